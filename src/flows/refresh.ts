// Automatic refresh of the figures the add-in keeps as values (docs/domain.md §7): HÅP's merged periods
// on "Nøgletal ÅÅÅÅ" and the spans of Overblik and Portefølje are computed by the add-in, because
// merging a person's overlapping rows is beyond a native formula. When the case rows on "Disponering
// ÅÅÅÅ" change (a case ended, a row typed in below the last one), the sheets say so in red
// (`Styringsark_opdateret`); while the add-in is loaded, the Excel adapter calls this flow after the
// user's edits (debounced), and it rebuilds those sheets from the case rows as they now stand.
//
// Host-free: it reads our sheets back through the Workbook port and writes through it, so it is tested
// on the doubles. The user's inputs are carried over: booked amounts per konto (Disponering), the
// budget (Nøgletal), base year, target and budgets per foranstaltning (Overblik), notes right of the
// cases (the writer's input table).
import { casesChecksum, readCaseTable, type CaseRow } from "../core";
import { buildDisponering, buildNoegletal, buildOverblik, buildPortefoelje } from "../sheets";
import { readYearsBefore } from "./historik";
import { parseMaskCpr, pseudonymSecret, MASK_CPR_KEY } from "./settings";
import type { FlowOutcome } from "./outcome";
import type { SheetInfo, SourceTable, Workbook } from "./workbook";

/** What a refresh did, per budget year. */
export interface RefreshOutcome extends FlowOutcome {
  /** Budget years whose sheets were rebuilt. */
  refreshed: number[];
  /** Budget years whose sheets were already up to date. */
  upToDate: number[];
}

/** A sheet read back as a grid addressed like the worksheet (0-based row/col), whatever its used range. */
export interface Grid {
  at(row: number, col: number): unknown;
  rows: number;
}

export function gridOf(source: SourceTable): Grid {
  const all = [source.header, ...source.rows];
  return {
    at: (row, col) => all[row - source.origin.row]?.[col - source.origin.col],
    rows: source.origin.row + all.length,
  };
}

const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");
const findRow = (g: Grid, col: number, test: (t: string) => boolean, from = 0) => {
  for (let r = from; r < g.rows; r++) if (test(text(g.at(r, col)))) return r;
  return -1;
};

/** Disponering's columns as the builder writes them (src/sheets/disponering.ts): the case fields, then 12 months. */
const CASE_COLUMNS = 11;
const FIRST_MONTH = 11;

/** The cases and booked amounts of one of our Disponering sheets, as they stand now. */
export interface DisponeringBack {
  cases: CaseRow[];
  /** Booked amounts per konto as typed (month index 0 = January; null = not booked). */
  actuals: { konto: string; months: (number | null)[] }[];
  /** True when a CPR is masked: such rows cannot be merged per person, so nothing is refreshed. */
  masked: boolean;
  /**
   * Rows with an error (a row being typed, a takst as text): a refresh would drop them from the
   * rebuilt sheet, so while there are any nothing is refreshed and the sheet keeps saying so in red.
   */
  rejected: number;
}

/**
 * Reads the case block of a Disponering sheet back: the header row ("Cpr-nr." … "Stopdato"), the
 * rows under its note line down to "Aktuelle sager i alt" (the empty rows for new cases included), and the
 * booked amounts between "Bogført pr. konto" and "Måned med bogførte beløb". Null when the sheet
 * does not look like ours.
 */
export function readDisponeringBack(source: SourceTable): DisponeringBack | null {
  const g = gridOf(source);
  const headerRow = findRow(g, 0, (t) => t === "Cpr-nr.");
  if (headerRow < 0) return null;
  const end = findRow(g, 0, (t) => t === "Aktuelle sager i alt", headerRow + 1);
  if (end < 0) return null;
  const header = Array.from({ length: CASE_COLUMNS }, (_, c) => g.at(headerRow, c));
  // The sheet's note line under the header (text in column A only, no digits of a CPR) is not a case.
  let first = headerRow + 1;
  const onlyA = (r: number) => Array.from({ length: CASE_COLUMNS - 1 }, (_, c) => g.at(r, c + 1)).every((v) => v === null || v === undefined || v === "");
  while (first < end && onlyA(first) && typeof g.at(first, 0) === "string" && !/\d{6}/.test(g.at(first, 0) as string)) first++;
  const rows: unknown[][] = [];
  for (let r = first; r < end; r++) rows.push(Array.from({ length: CASE_COLUMNS }, (_, c) => g.at(r, c)));
  const table = readCaseTable({ header, rows });
  const masked = table.cases.some((c) => /x|\*/i.test(c.cpr ?? ""));
  const actuals: DisponeringBack["actuals"] = [];
  const bookedFrom = findRow(g, 0, (t) => t.startsWith("Bogført pr. konto"), end);
  const bookedTo = bookedFrom < 0 ? -1 : findRow(g, 0, (t) => t.startsWith("Måned med bogførte beløb"), bookedFrom);
  for (let r = bookedFrom + 1; bookedFrom >= 0 && r < bookedTo; r++) {
    const konto = g.at(r, 3);
    if (konto === null || konto === undefined || konto === "") continue;
    const months = Array.from({ length: 12 }, (_, m) => {
      const v = g.at(r, FIRST_MONTH + m);
      return typeof v === "number" ? v : null;
    });
    actuals.push({ konto: String(konto), months });
  }
  return { cases: table.cases, actuals, masked, rejected: table.rejectedRows };
}

/** The checksum Nøgletal kept when its HÅP was computed, and the budget typed there. */
export function readNoegletalBack(source: SourceTable, year: number): { checksum: number | null; budget: { amount: number; source: string } | null } {
  const g = gridOf(source);
  const c = findRow(g, 0, (t) => t.startsWith("Kontrolsum af sagerne, da HÅP blev regnet"));
  const checksum = c >= 0 && typeof g.at(c, 1) === "number" ? (g.at(c, 1) as number) : null;
  const b = findRow(g, 0, (t) => t.startsWith(`Budget ${year} (`));
  const amount = b >= 0 ? g.at(b, 1) : null;
  const label = b >= 0 ? text(g.at(b, 0)) : "";
  const said = /\((.*)\)$/.exec(label)?.[1];
  const budget = typeof amount === "number" ? { amount, source: said && said !== "indtast" ? said : "indtastet" } : null;
  return { checksum, budget };
}

/** Overblik's inputs: base year, target and the budget per foranstaltning typed in its budget table. */
export function readOverblikBack(source: SourceTable): { baseYear?: number; target?: number; budgets: Record<string, number> } {
  const g = gridOf(source);
  const num = (r: number, c: number) => (typeof g.at(r, c) === "number" ? (g.at(r, c) as number) : undefined);
  const base = findRow(g, 0, (t) => t === "Basisår for indeks");
  const target = findRow(g, 0, (t) => t === "Mål for andel i plejefamilie");
  const budgets: Record<string, number> = {};
  const head = findRow(g, 0, (t) => t.startsWith("Budget og forventet regnskab"));
  if (head >= 0) {
    for (let r = head + 2; r < g.rows; r++) {
      const name = text(g.at(r, 0));
      if (name === "" || name === "Ikke fordelt på foranstaltninger" || name === "I alt") break;
      const v = num(r, 1);
      if (v !== undefined && v !== 0) budgets[name] = v;
    }
  }
  return { baseYear: base >= 0 ? num(base, 1) : undefined, target: target >= 0 ? num(target, 1) : undefined, budgets };
}

const YEAR_OF = /^Disponering (\d{4})$/;

/** The typed months only (an empty month stays a hole, as the booked-amounts reader leaves it). */
function sparse(months: readonly (number | null)[]): number[] {
  const out: number[] = [];
  months.forEach((v, i) => {
    if (v !== null) out[i] = v;
  });
  return out;
}

/**
 * Rebuilds Disponering, Nøgletal and (where the workbook has them) Overblik and Portefølje of every
 * budget year whose case rows no longer match the checksum Nøgletal kept; a year that is up to date
 * is left alone, so a refresh caused by our own write ends there. `changed` limits it to the sheets
 * the user edited (by name).
 */
export async function refreshKeptFigures(wb: Workbook, options: { generatedOn: number; changed?: readonly string[] }): Promise<RefreshOutcome> {
  const sheets = await wb.listSheets();
  // By the name a sheet of ours was written under, so one the user renamed is still ours (and its year).
  const writtenAs = (s: SheetInfo) => s.writtenAs ?? s.name;
  const ours = (kind: string, name: string): SheetInfo | undefined => sheets.find((s) => s.kind === kind && writtenAs(s) === name);
  const refreshed: number[] = [], upToDate: number[] = [], written: string[] = [];
  const notes: string[] = [];
  for (const s of sheets) {
    const m = YEAR_OF.exec(writtenAs(s));
    if (s.kind !== "disponering" || !m) continue;
    if (options.changed && !options.changed.includes(s.name)) continue;
    const year = Number(m[1]);
    const noegletalSheet = ours("noegletal", `Nøgletal ${year}`);
    if (!noegletalSheet) continue;
    const [dispSource, nSource] = await Promise.all([wb.readSheet(s.name), wb.readSheet(noegletalSheet.name)]);
    const back = dispSource && readDisponeringBack(dispSource);
    if (!back || !nSource) continue;
    if (back.masked) {
      notes.push(`${s.name} har maskerede cpr-numre, så HÅP kan ikke regnes igen her; generér arket fra sagslisten.`);
      continue;
    }
    if (back.rejected > 0) {
      notes.push(`${s.name} har ${back.rejected === 1 ? "en række" : `${back.rejected} rækker`} med fejl (se kolonnen Fejl i rækken); tallene opdateres, når ${back.rejected === 1 ? "den er rettet" : "de er rettet"}.`);
      continue;
    }
    const kept = readNoegletalBack(nSource, year);
    if (kept.checksum !== null && Math.abs(casesChecksum(back.cases) - kept.checksum) < 1e-6) {
      upToDate.push(year);
      continue;
    }
    const booked = back.actuals.filter((a) => a.months.some((v) => v !== null));
    const d = buildDisponering({
      year, cases: back.cases, source: `arket ${s.name}`, generatedOn: options.generatedOn,
      ...(booked.length > 0 ? { actuals: booked.map((a) => ({ konto: a.konto, months: sparse(a.months) })) } : {}),
    });
    const specs = [d.spec, buildNoegletal({ year, disponering: d.layout, generatedOn: options.generatedOn, ...(kept.budget ? { budget: kept.budget } : {}) }).spec];
    const common = { year, cases: back.cases, disponering: d.layout, generatedOn: options.generatedOn, chartsDrawn: true };
    const overblik = ours("overblik", `Overblik ${year}`);
    if (overblik) {
      const o = await wb.readSheet(overblik.name);
      const inputs = o ? readOverblikBack(o) : { budgets: {} };
      const baseYear = inputs.baseYear ?? year - 1;
      // The years before as the Overblik flow reads them (saved year-ends, the table Regnskab).
      const history = (await readYearsBefore(wb).catch(() => null))?.history;
      specs.push(buildOverblik({ ...common, baseYear, target: inputs.target ?? 0.75, budgets: inputs.budgets, ...(history ? { history } : {}) }).spec);
    }
    if (ours("portefoelje", `Portefølje ${year}`)) {
      const mask = parseMaskCpr(await wb.loadSetting(MASK_CPR_KEY).catch(() => null));
      specs.push(buildPortefoelje({ ...common, maskCpr: mask, pseudonymSecret: mask ? await pseudonymSecret(wb).catch(() => undefined) : undefined }).spec);
    }
    for (const w of await wb.writeSheets(specs)) written.push(w.written);
    refreshed.push(year);
  }
  const message = refreshed.length > 0
    ? `Tallene er opdateret efter ændringerne på ${refreshed.map((y) => `Disponering ${y}`).join(" og ")}: ${written.join(", ")}.`
    : upToDate.length > 0 ? "Tallene er opdaterede." : "Der var intet at opdatere.";
  return { sheets: written, problems: [], message: notes.length > 0 ? `${message} ${notes.join(" ")}` : message, refreshed, upToDate };
}
