// "Indsæt eksempeltabeller" (Oversigt → Kom i gang): Eksempel Kommune's tables — the same data
// `npm run demo` builds its workbook from — inserted into the open workbook as Excel tables on new
// sheets, so a new user can try every panel at once. The user's sheets and tables are never
// touched: a name that is taken gets a free one, and the message says which.
import { COL_BUDGET_OEKONOMI, COL_BUDGET_TAKST, COL_REGNSKAB_FOER, dayToSerial, headerKey, parseAmount, parseDate, parseFraction, type TableData } from "../../core";
import type { FlowOutcome } from "../outcome";
import type { NewTable, Workbook } from "../workbook";
import { botilbudA } from "./botilbudA";
import { parseCsv } from "./csv";
import { EKSEMPEL_CSV, type EksempelFile } from "./data";
import { flowMsg } from "../messages";

export { EKSEMPEL_CSV, type EksempelFile } from "./data";
export { botilbudA } from "./botilbudA";
export { parseCsv } from "./csv";

/** A bundled CSV as header + rows (text cells, as Danish Excel saved them). */
export function eksempelTable(file: EksempelFile): TableData {
  const [header, ...rows] = parseCsv(EKSEMPEL_CSV[file]).filter((r) => r.length > 1 || r[0] !== "");
  return { header, rows };
}

const DATE = /^\d{2}\.\d{2}\.\d{4}$/;
const PERCENT = /%$/;
const NUMBER = /^-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;

/**
 * The CSV's text as the typed cells a user's table has: a column whose every filled cell is a Danish
 * date becomes Excel dates, percentages fractions, Danish numbers numbers; anything else stays text
 * (the "@" format keeps "5.28.20" from turning into a date). Each cell then reads back through the
 * core's parsers as the same value as its text.
 */
export function typedTable(sheet: string, name: string, t: TableData): NewTable {
  const cols = t.header.length;
  const numberFormats: string[] = [];
  const convert: ((s: string) => string | number)[] = [];
  for (let c = 0; c < cols; c++) {
    const cells = t.rows.map((r) => String(r[c] ?? "").trim()).filter((s) => s !== "");
    // A column is typed only when every filled cell reads: the demo's deliberate mistakes (a 31.02.)
    // stay text, so the panels report them exactly as they do for the demo.
    const all = (re: RegExp, read: (s: string) => { ok: boolean }) => cells.length > 0 && cells.every((s) => re.test(s) && read(s).ok);
    const value = <T>(r: { ok: true; value: T } | { ok: false }): T => (r as { value: T }).value;
    if (all(DATE, (s) => parseDate(s))) {
      numberFormats.push("dd-mm-yyyy");
      convert.push((s) => dayToSerial(value(parseDate(s)) as number));
    } else if (all(PERCENT, (s) => parseFraction(s, { kind: "rate" }))) {
      numberFormats.push("0.0%");
      convert.push((s) => value(parseFraction(s, { kind: "rate" })));
    } else if (all(NUMBER, parseAmount)) {
      // Thousands separators for amounts; a year (2025) or a count stays as typed.
      const big = cells.some((s) => s.includes(".") || Math.abs(value(parseAmount(s))) >= 10000), decimals = cells.some((s) => s.includes(","));
      numberFormats.push(big ? (decimals ? "#,##0.00" : "#,##0") : decimals ? "0.0" : "General");
      convert.push((s) => value(parseAmount(s)));
    } else {
      numberFormats.push("@");
      convert.push((s) => s);
    }
  }
  const values: (string | number)[][] = [t.header.map((h) => String(h ?? ""))];
  for (const r of t.rows) {
    const row: (string | number)[] = [];
    for (let c = 0; c < cols; c++) {
      const s = String(r[c] ?? "").trim();
      row.push(s === "" ? "" : convert[c](s));
    }
    values.push(row);
  }
  return { sheet, name, values, numberFormats };
}

const MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

/** The booked amounts of the budget year (the last year in Forbrug), as Disponeringsark reads them: Konto, jan … */
function bookedTable(forbrug: TableData): TableData {
  const months = forbrug.header.slice(1).map((h) => /^(\d{4})-(\d{2})$/.exec(String(h)));
  const year = months.reduce((y, m) => (m && Number(m[1]) > y ? Number(m[1]) : y), 0);
  const cols = months.flatMap((m, i) => (m && Number(m[1]) === year ? [{ col: i + 1, month: Number(m[2]) }] : []));
  return {
    header: ["Konto", ...cols.map((c) => MONTHS[c.month - 1])],
    rows: forbrug.rows.map((r) => [r[0], ...cols.map((c) => r[c.col])]),
  };
}

const da = (n: number) => String(n).replace(".", ",");

/** Botilbud A's regnskab, økonomisystem budget and HÅP per funktionsniveau, as Budgetmodel pre-fills from. */
function budgetmodelTables(): { regnskab: TableData; budget: TableData; haap: TableData } {
  const m = botilbudA();
  const lines = [...m.variable, ...m.fixed, ...m.subsidies, ...m.central, ...m.otherIncome];
  const amounts = (col: number) => lines.filter((l) => l.values[col] !== 0).map((l) => [l.label, da(l.values[col])]);
  const haap = m.levels.flatMap((l) =>
    (["intern", "ekstern"] as const).filter((k) => l[k][COL_BUDGET_TAKST] > 0).map((k) => [l.name, k, da(l[k][COL_BUDGET_TAKST])]),
  );
  return {
    regnskab: { header: ["Omkostningslinje", "Regnskab"], rows: amounts(COL_REGNSKAB_FOER) },
    budget: { header: ["Omkostningslinje", "Budget"], rows: amounts(COL_BUDGET_OEKONOMI) },
    haap: { header: ["Funktionsniveau", "Intern/ekstern", "HÅP"], rows: haap },
  };
}

/** What the example tables are made from; each read once per call of eksempelTables. */
interface EksempelSources {
  forbrug: () => TableData;
  budgetmodel: () => ReturnType<typeof budgetmodelTables>;
}

/**
 * What each example table is for, in the order they are inserted: sheet, table name, and its data
 * (read only when the tables are made, so asking for the names parses no CSV).
 */
const EKSEMPEL_TABLES: readonly { sheet: string; name: string; data: (s: EksempelSources) => TableData }[] = [
  { sheet: "Sager", name: "Sager", data: () => eksempelTable("eksempel-kommune-sager.csv") },
  { sheet: "Sager forrige måned", name: "Sager_forrige_måned", data: () => eksempelTable("eksempel-kommune-sager-forrige-maaned.csv") },
  { sheet: "Bogført", name: "Bogført", data: (s) => bookedTable(s.forbrug()) },
  { sheet: "Budget", name: "Budget", data: () => eksempelTable("eksempel-kommune-budget.csv") },
  { sheet: "Forbrug", name: "Forbrug", data: (s) => s.forbrug() },
  // Prognose generates sheets named Budgetforudsætninger and Risikosager: the tables they are made
  // from stand on sheets of another name, so the generated ones never end up as "… (2)".
  { sheet: "Tabel Budgetforudsætninger", name: "Budgetforudsætninger", data: () => eksempelTable("eksempel-kommune-budgetforudsaetninger.csv") },
  { sheet: "Tabel Risikosager", name: "Risikosager", data: () => eksempelTable("eksempel-kommune-risikosager.csv") },
  { sheet: "Tilgang", name: "Tilgang", data: () => eksempelTable("eksempel-kommune-tilgang.csv") },
  { sheet: "PL", name: "PL", data: () => eksempelTable("eksempel-kommune-pl.csv") },
  { sheet: "Regnskab", name: "Regnskab", data: () => eksempelTable("eksempel-kommune-regnskab.csv") },
  // Overblik generates "Leverandører ÅÅÅÅ": the table of types stands on a sheet of another name.
  { sheet: "Tabel Leverandører", name: "Leverandører", data: () => eksempelTable("eksempel-kommune-leverandoerer.csv") },
  { sheet: "Regnskab sidste år", name: "Regnskab_sidste_år", data: (s) => s.budgetmodel().regnskab },
  { sheet: "Økonomisystem", name: "Økonomisystem", data: (s) => s.budgetmodel().budget },
  { sheet: "HÅP", name: "HÅP", data: (s) => s.budgetmodel().haap },
];

const once = <T>(make: () => T): (() => T) => {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
};

/** Every example table, typed as a user's table is, in the order they are inserted. */
export function eksempelTables(): NewTable[] {
  const sources: EksempelSources = { forbrug: once(() => eksempelTable("eksempel-kommune-forbrug.csv")), budgetmodel: once(budgetmodelTables) };
  return EKSEMPEL_TABLES.map((e) => typedTable(e.sheet, e.name, e.data(sources)));
}

/** Sheet names: Excel's are unique ignoring case and at most 31 characters. */
function freeSheet(wanted: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${wanted.slice(0, 31 - ` (${n})`.length)} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Table names: unique ignoring case; "_eksempel" keeps a suffix from making a cell address ("PL2"). */
function freeTable(wanted: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${wanted}_eksempel${n === 2 ? "" : n - 1}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export interface InsertedTable {
  /** The table's name in the workbook and the name the panels look for. */
  name: string;
  wanted: string;
  sheet: string;
}

export interface EksempelOutcome extends FlowOutcome {
  tables: InsertedTable[];
}

/**
 * The example tables the workbook already has under their own names (a second insert would put a
 * second set beside them, which the panel asks about first).
 */
export async function eksempelTablesPresent(wb: Workbook): Promise<string[]> {
  const have = new Set((await wb.listTables()).map((t) => t.name.toLowerCase()));
  return EKSEMPEL_TABLES.map((e) => e.name).filter((name) => have.has(name.toLowerCase()));
}

/** Inserts every example table on a new sheet of its own; an existing sheet or table is never changed. */
export async function insertEksempelTables(wb: Workbook): Promise<EksempelOutcome> {
  const [sheets, tables] = await Promise.all([wb.listSheets(), wb.listTables()]);
  const takenSheets = new Set(sheets.map((s) => s.name.toLowerCase()));
  const takenTables = new Set(tables.map((t) => t.name.toLowerCase()));
  const planned = eksempelTables().map((t) => {
    const sheet = freeSheet(t.sheet, takenSheets);
    const name = freeTable(t.name, takenTables);
    takenSheets.add(sheet.toLowerCase());
    takenTables.add(name.toLowerCase());
    return { table: { ...t, sheet, name }, wantedSheet: t.sheet, wanted: t.name };
  });
  await wb.addTables(planned.map((p) => p.table));
  const inserted = planned.map((p) => ({ name: p.table.name, wanted: p.wanted, sheet: p.table.sheet }));
  const renamed = planned.filter((p) => headerKey(p.table.name) !== headerKey(p.wanted));
  const movedSheets = planned.filter((p) => p.table.sheet !== p.wantedSheet && headerKey(p.table.name) === headerKey(p.wanted));
  const parts = [flowMsg.eksempel.inserted(inserted.length, inserted.map((t) => t.name))];
  if (renamed.length > 0) {
    parts.push(flowMsg.eksempel.renamed(renamed.map((p) => ({ wanted: p.wanted, name: p.table.name }))));
  }
  if (movedSheets.length > 0) parts.push(flowMsg.eksempel.movedSheets(movedSheets.map((p) => p.table.sheet)));
  parts.push(flowMsg.eksempel.untouched());
  return { sheets: inserted.map((t) => t.sheet), problems: [], message: parts.join(" "), tables: inserted };
}
