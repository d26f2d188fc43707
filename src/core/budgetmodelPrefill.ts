// Pre-filling a budget model (docs/domain.md §5) from tables already in the workbook: last year's regnskab
// and this year's budget from the økonomisystem per cost line, and helårspersoner per service level.
// Every row that cannot be used becomes a Problem with row and column; nothing is dropped silently.
import { BASE_COLUMNS, COL_BUDGET_TAKST, type BudgetModelInput, type CostLine, type ServiceLevel } from "./budgetmodel";
import { headerKey } from "./headers";
import { msg } from "./messages";
import { parseAmount } from "./numbers";
import { cellProblem, type TableData } from "./prognoseTables";
import type { Problem } from "./result";

/** Base column the regnskab table fills (last year's regnskab). */
export const COL_REGNSKAB_FOER = BASE_COLUMNS.indexOf("regnskabFoer");
/** Base column the økonomisystem's budget table fills (this year's budget, økonomisystem). */
export const COL_BUDGET_OEKONOMI = BASE_COLUMNS.indexOf("budgetOekonomi");

/** A table read from the workbook, with the name the user knows it by (used in messages). */
export interface NamedTable {
  name: string;
  table: TableData;
}

/** The optional source tables; each one present fills its part of the model. */
export interface BudgetPrefillTables {
  /** Cost line + amount: last year's regnskab. */
  regnskab?: NamedTable;
  /** Cost line + amount: this year's budget from the økonomisystem. */
  budget?: NamedTable;
  /** Funktionsniveau (or ydelsespakke) + optional intern/ekstern + HÅP (or antal). */
  haap?: NamedTable;
}

export interface BudgetPrefillOutcome {
  model: BudgetModelInput;
  problems: Problem[];
  /** How many cost lines / service-level rows each table filled. */
  filled: { regnskab: number; budget: number; haap: number };
}

// Header synonyms (docs/habits.md §3); the first is the label shown in messages. Compared as header keys.
const LINE_HEADERS = ["Omkostningslinje", "Omkostningstype", "Post", "Linje", "Tekst", "Kontotekst"];
const REGNSKAB_HEADERS = ["Beløb", "Regnskab", "Forbrug"];
const BUDGET_HEADERS = ["Budget", "Beløb", "Korrigeret budget", "Oprindeligt budget"];
const LEVEL_HEADERS = ["Funktionsniveau", "Ydelsespakke", "Niveau"];
const KIND_HEADERS = ["Intern/ekstern", "Intern eller ekstern", "Borgertype", "Type"];
const HAAP_HEADERS = ["HÅP", "Helårspersoner", "Antal", "Antal borgere"];

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
const isEmptyRow = (r: readonly unknown[]) => r.every((v) => text(v) === "");

/**
 * Index of the first header among the synonyms; a header starting with `prefix` ("Regnskab 2024")
 * also counts, since the økonomisystem puts the year in the column name.
 */
function findColumn(header: readonly unknown[], synonyms: readonly string[], prefix?: string): number {
  const keys = header.map(headerKey);
  const wanted = synonyms.map(headerKey);
  for (const w of wanted) {
    const i = keys.indexOf(w);
    if (i >= 0) return i;
  }
  return prefix ? keys.findIndex((k) => k.startsWith(prefix) && /^\d*$/.test(k.slice(prefix.length))) : -1;
}

const rowProblem = (row: number, column: string, code: string, message: string): Problem =>
  ({ code, message: msg.rowColumn(row, column, message), row, column, severity: "fejl" });

const SECTIONS = ["variable", "fixed", "subsidies", "central", "otherIncome"] as const;
type Section = (typeof SECTIONS)[number];
interface LineRef { section: Section; index: number; label: string }

/** "Ejendomme (fx husleje og afskrivninger)" → "ejendomme": the short name a user may type. */
const shortKey = (label: string) => headerKey(label.replace(/\([^)]*\)/g, ""));

/**
 * Finds the model's cost line for a text: the full label (case, accents and punctuation ignored)
 * first, then the label without its parenthesis when that is unique.
 */
function matchLine(lines: readonly LineRef[], raw: string): { line: LineRef } | { ambiguous: LineRef[] } | null {
  const key = headerKey(raw);
  const exact = lines.filter((l) => headerKey(l.label) === key);
  if (exact.length === 1) return { line: exact[0] };
  const short = exact.length > 1 ? exact : lines.filter((l) => shortKey(l.label) === key);
  if (short.length === 1) return { line: short[0] };
  return short.length > 1 ? { ambiguous: short } : null;
}

/** Sums a cost-line table's amounts per model line (an økonomisystem often books one line on several konti). */
function readAmounts(t: NamedTable, lines: readonly LineRef[], amountHeaders: readonly string[], prefix: string, problems: Problem[]) {
  const lineCol = findColumn(t.table.header, LINE_HEADERS);
  const amountCol = findColumn(t.table.header, amountHeaders, prefix);
  if (lineCol < 0) problems.push({ code: "table.column", message: msg.tableColumnMissing(t.name, LINE_HEADERS[0]), severity: "fejl", column: LINE_HEADERS[0] });
  if (amountCol < 0) problems.push({ code: "table.column", message: msg.tableColumnMissing(t.name, amountHeaders[0]), severity: "fejl", column: amountHeaders[0] });
  const sums = new Map<LineRef, number>();
  if (lineCol < 0 || amountCol < 0) return sums;
  const lineLabel = text(t.table.header[lineCol]), amountLabel = text(t.table.header[amountCol]);
  t.table.rows.forEach((r, i) => {
    if (isEmptyRow(r)) return;
    const row = i + 2;
    const raw = text(r[lineCol]);
    const amount = text(r[amountCol]) === "" ? ({ ok: true, value: 0 } as const) : parseAmount(r[amountCol]);
    if (cellProblem(problems, row, amountLabel, amount) || !amount.ok) return;
    if (raw === "") {
      problems.push(rowProblem(row, lineLabel, "value.required", msg.required()));
      return;
    }
    const m = matchLine(lines, raw);
    if (m === null) problems.push(rowProblem(row, lineLabel, "budget.line.unknown", msg.budgetLineUnknown(raw)));
    else if ("ambiguous" in m) problems.push(rowProblem(row, lineLabel, "budget.line.ambiguous", msg.budgetLineAmbiguous(raw, m.ambiguous.map((l) => l.label))));
    else sums.set(m.line, (sums.get(m.line) ?? 0) + amount.value);
  });
  return sums;
}

/** A service level for a text: its name, or "3" for "Funktionsniveau 3". */
function matchLevel(levels: readonly ServiceLevel[], raw: string): number {
  const key = headerKey(raw);
  const i = levels.findIndex((l) => headerKey(l.name) === key);
  return i >= 0 ? i : levels.findIndex((l) => headerKey(l.name) === `funktionsniveau${key}`);
}

/** Sums HÅP per service level and intern/ekstern; rows without intern/ekstern count as intern (the kommune's own citizens). */
function readHaap(t: NamedTable, levels: readonly ServiceLevel[], problems: Problem[]) {
  const levelCol = findColumn(t.table.header, LEVEL_HEADERS);
  const haapCol = findColumn(t.table.header, HAAP_HEADERS);
  const kindCol = findColumn(t.table.header, KIND_HEADERS);
  if (levelCol < 0) problems.push({ code: "table.column", message: msg.tableColumnMissing(t.name, LEVEL_HEADERS[0]), severity: "fejl", column: LEVEL_HEADERS[0] });
  if (haapCol < 0) problems.push({ code: "table.column", message: msg.tableColumnMissing(t.name, HAAP_HEADERS[0]), severity: "fejl", column: HAAP_HEADERS[0] });
  const sums = levels.map(() => ({ intern: 0, ekstern: 0, rows: 0 }));
  if (levelCol < 0 || haapCol < 0) return sums;
  const levelLabel = text(t.table.header[levelCol]), haapLabel = text(t.table.header[haapCol]);
  const kindLabel = kindCol >= 0 ? text(t.table.header[kindCol]) : "";
  t.table.rows.forEach((r, i) => {
    if (isEmptyRow(r)) return;
    const row = i + 2;
    const n = parseAmount(r[haapCol]);
    if (cellProblem(problems, row, haapLabel, n) || !n.ok) return;
    if (n.value < 0) {
      problems.push(rowProblem(row, haapLabel, "number.negative", msg.numberNegative(text(r[haapCol]))));
      return;
    }
    const rawLevel = text(r[levelCol]);
    const k = matchLevel(levels, rawLevel);
    if (k < 0) {
      problems.push(rowProblem(row, levelLabel, "budget.level.unknown", msg.budgetLevelUnknown(rawLevel, levels.map((l) => l.name))));
      return;
    }
    const rawKind = kindCol >= 0 ? text(r[kindCol]) : "";
    const kind = headerKey(rawKind);
    if (kind !== "" && kind !== "intern" && kind !== "ekstern") {
      problems.push(rowProblem(row, kindLabel, "budget.kind", msg.budgetInternEkstern(rawKind)));
      return;
    }
    sums[k][kind === "ekstern" ? "ekstern" : "intern"] += n.value;
    sums[k].rows++;
  });
  return sums;
}

/**
 * Fills a budget model from the tables given: the regnskab table's amounts go into "Regnskab
 * <år−1>", the budget table's into "Budget <år> (økonomisystem)" of the matching cost lines; the
 * HÅP table's helårspersoner per service level go into this year's rate budget, the prognose and
 * the overslagsår (the citizens there now are the starting expectation; the earlier years' HÅP
 * belong to their own regnskab and are left as they are). Lines a table does not mention keep
 * their values. Never throws for bad data: unusable rows and missing columns are returned as problems.
 */
export function prefillBudgetModel(base: BudgetModelInput, tables: BudgetPrefillTables): BudgetPrefillOutcome {
  const problems: Problem[] = [];
  const refs: LineRef[] = SECTIONS.flatMap((section) => base[section].map((l, index) => ({ section, index, label: l.label })));
  const values = new Map<LineRef, number[]>(refs.map((r) => [r, [...base[r.section][r.index].values]]));
  const apply = (t: NamedTable | undefined, col: number, headers: readonly string[], prefix: string) => {
    if (!t) return 0;
    const sums = readAmounts(t, refs, headers, prefix, problems);
    for (const [ref, v] of sums) values.get(ref)![col] = v;
    return sums.size;
  };
  const regnskab = apply(tables.regnskab, COL_REGNSKAB_FOER, REGNSKAB_HEADERS, "regnskab");
  const budget = apply(tables.budget, COL_BUDGET_OEKONOMI, BUDGET_HEADERS, "budget");
  const section = (s: Section): CostLine[] => base[s].map((l, index) => ({ ...l, values: values.get(refs.find((r) => r.section === s && r.index === index)!)! }));

  let levels = base.levels;
  let haap = 0;
  if (tables.haap) {
    const sums = readHaap(tables.haap, base.levels, problems);
    haap = sums.reduce((s, x) => s + x.rows, 0);
    if (haap > 0) {
      // A table that names only some levels still describes all citizens: the others have none.
      const fill = (xs: readonly number[], v: number) => xs.map((x, j) => (j >= COL_BUDGET_TAKST ? v : x));
      levels = base.levels.map((l, k) => ({ ...l, intern: fill(l.intern, sums[k].intern), ekstern: fill(l.ekstern, sums[k].ekstern) }));
    }
  }
  return {
    model: { ...base, variable: section("variable"), fixed: section("fixed"), subsidies: section("subsidies"), central: section("central"), otherIncome: section("otherIncome"), levels },
    problems,
    filled: { regnskab, budget, haap },
  };
}
