// Disponeringsark: read the chosen case table (or the selection), recognise or restore the column
// mapping, check every row with its cell, and write "Disponering ÅÅÅÅ" + "Nøgletal ÅÅÅÅ" with the
// booked amounts when a table of them is chosen.
import {
  applyAgeLimits, artOfCase, CASE_FIELDS, compareDa, defaultArt, disposedAmount, FIELD_LABELS, finish, formatKr, formatNumber, haap, yearEnd, yearStart, headerKey, readBookedAmounts, readCaseTableInSteps, recogniseHeaders, ROWS_PER_STEP,
  type BookedAmounts, type CaseField, type CaseRow, type ColumnMapping, type Foranstaltningsart,
} from "../core";
import { buildDisponeringInSteps, type DisponeringLayout } from "../sheets/disponering";
import { buildNoegletalInSteps } from "../sheets/noegletal";
import { YEAR_SHEET_NAMES } from "../sheets/sheetNames";
import type { SheetSpec } from "../sheets/spec";
import { locate, movedNote, type FlowOutcome, type LocatedProblem } from "./outcome";
import type { SourceTable, TableInfo, Workbook, WriteProgress } from "./workbook";
import { budgetFromTable } from "./budgetTable";
import { bookedFromForbrug, isForbrugTable } from "./booked";
import { pause, runInSteps } from "./steps";

/** Document-settings key of the remembered mappings. */
export const MAPPING_SETTING = "Styringsark.disponering.kolonner";

/** Remembered mappings, per source label: field → header text (survives reordered columns). */
export type SavedMappings = Record<string, Partial<Record<CaseField, string>>>;

// Workbooks saved before the mapping's fields took the case row's names still carry these keys.
const EARLIER_FIELD_NAMES: Record<string, CaseField> = { takstenhed: "enhed", startdato: "start", stopdato: "stop" };

export function parseSavedMappings(text: string | null): SavedMappings {
  if (!text) return {};
  try {
    const v = JSON.parse(text) as unknown;
    if (!v || typeof v !== "object" || Array.isArray(v)) return {};
    const out: SavedMappings = {};
    for (const [label, entry] of Object.entries(v as Record<string, Record<string, string>>)) {
      if (!entry || typeof entry !== "object") continue;
      out[label] = Object.fromEntries(Object.entries(entry).map(([f, h]) => [EARLIER_FIELD_NAMES[f] ?? f, h]));
    }
    return out;
  } catch {
    return {};
  }
}

/** The remembered mapping for this source where its headers still exist, else the recognised one. */
export function initialMapping(source: SourceTable, saved: SavedMappings): ColumnMapping {
  const mapping = recogniseHeaders(source.header);
  const remembered = saved[source.label];
  if (!remembered) return mapping;
  const keys = source.header.map(headerKey);
  for (const f of CASE_FIELDS) {
    if (!(f in remembered)) continue;
    const h = remembered[f];
    const i = h === "" || h === undefined ? -1 : keys.indexOf(headerKey(h));
    if (i >= 0) mapping[f] = i;
    else delete mapping[f];
  }
  return mapping;
}

/** Stores a corrected mapping for the source in the settings object (returns a new object). */
export function rememberMapping(saved: SavedMappings, source: SourceTable, mapping: ColumnMapping): SavedMappings {
  const entry: Partial<Record<CaseField, string>> = {};
  for (const f of CASE_FIELDS) entry[f] = mapping[f] !== undefined ? String(source.header[mapping[f]!] ?? "") : "";
  return { ...saved, [source.label]: entry };
}

/** Document-settings key of the user's art per foranstaltning (anbringelse, efterværn, øvrig). */
export const ARTS_SETTING = "Styringsark.disponering.arter";

/**
 * The art the user chose per foranstaltning in the task pane, where it differs from the default
 * from the name (docs/domain.md §8); workbook-wide, since a kommune names its measures the same in
 * every extract. A row's own Art cell goes before it.
 */
export type SavedArts = Record<string, Foranstaltningsart>;

const ARTS: readonly Foranstaltningsart[] = ["anbringelse", "eftervaern", "oevrig"];

export function parseSavedArts(text: string | null): SavedArts {
  if (!text) return {};
  try {
    const v = JSON.parse(text) as unknown;
    if (!v || typeof v !== "object" || Array.isArray(v)) return {};
    const out: SavedArts = {};
    for (const [name, art] of Object.entries(v as Record<string, unknown>)) if (ARTS.includes(art as Foranstaltningsart)) out[name] = art as Foranstaltningsart;
    return out;
  } catch {
    return {};
  }
}

/** Loads the user's arts; a host that cannot read settings has none (the defaults apply). */
export function loadArts(wb: Workbook): Promise<SavedArts> {
  return wb.loadSetting(ARTS_SETTING).then(parseSavedArts, () => ({}));
}

/**
 * Sets the art of a foranstaltning and saves it; choosing the default from the name removes the
 * entry, so a later change of the defaults reaches it. Returns the new object.
 */
export async function saveArt(wb: Workbook, saved: SavedArts, foranstaltning: string, art: Foranstaltningsart): Promise<SavedArts> {
  const next = { ...saved };
  if (art === defaultArt(foranstaltning)) delete next[foranstaltning];
  else next[foranstaltning] = art;
  await wb.saveSetting(ARTS_SETTING, JSON.stringify(next));
  return next;
}

/** The arts as the core's age-limit options take them. */
export const artMap = (arts: SavedArts): Map<string, Foranstaltningsart> => new Map(Object.entries(arts));

/** What the panel offers before anything is read: the tables, the remembered mappings and arts. */
export interface DisponeringStart {
  tables: TableInfo[];
  saved: SavedMappings;
  arts: SavedArts;
}

/** Lists the tables and loads the remembered mappings; a host that cannot do either offers none. */
export async function startDisponering(wb: Workbook): Promise<DisponeringStart> {
  const [tables, saved, arts] = await Promise.all([
    wb.listTables().catch(() => [] as TableInfo[]),
    wb.loadSetting(MAPPING_SETTING).then(parseSavedMappings, () => ({}) as SavedMappings),
    loadArts(wb),
  ]);
  return { tables, saved, arts };
}

/** The source read, with the mapping to start from. */
export interface ReadSource {
  source: SourceTable;
  mapping: ColumnMapping;
}

/** Reads a table by name, or the selection when `table` is null. */
export async function readCaseSource(wb: Workbook, table: string | null, saved: SavedMappings): Promise<ReadSource> {
  const source = table === null ? await wb.readSelection() : await wb.readTable(table);
  if (!source) throw new Error(`Tabellen "${table}" findes ikke i arbejdsbogen`);
  return { source, mapping: initialMapping(source, saved) };
}

/** One foranstaltning of the table and how the 18th birthday applies to it. */
export interface ArtChoice {
  foranstaltning: string;
  /** The art in effect for its rows without their own Art cell. */
  art: Foranstaltningsart;
  /** True when the user chose it in the pane (else the default from the name). */
  chosen: boolean;
  /** Rows whose own Art cell says otherwise (the cell goes first). */
  ownCells: number;
}

export interface CheckedSource {
  cases: CaseRow[];
  /** The foranstaltninger of the used rows, alphabetically, with their art. */
  arts: ArtChoice[];
  problems: LocatedProblem[];
  /** Rows left out because of errors (never guessed). */
  rejectedRows: number;
  /** Non-empty data rows. */
  dataRows: number;
  /** Required fields without a column (Danish labels). */
  missing: string[];
  warnings: number;
  /** Danish summary line: "5 rækker: 2 sager bruges, …". */
  summary: string;
  /** True when no header is like a case table's at all (the Budget table picked by mistake, say). */
  notCaseTable: boolean;
}

// Headers that only a case table has; a table with none of them is another kind of table.
const CASE_LIKE: readonly CaseField[] = ["cpr", "takst", "start", "stop", "foranstaltning", "enhed"];

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const rows = (n: number) => `${n} ${n === 1 ? "række" : "rækker"}`;

/** Validates every row under the mapping; problems carry the cell address in the user's sheet. */
export function checkCaseSource(source: SourceTable, mapping: ColumnMapping, arts: SavedArts = {}): CheckedSource {
  return finish(checkCaseSourceInSteps(source, mapping, arts));
}

/** The foranstaltninger of the cases with the art each has, alphabetically. */
function artChoices(cases: readonly CaseRow[], arts: SavedArts): ArtChoice[] {
  const out = new Map<string, ArtChoice>();
  const map = artMap(arts);
  for (const c of cases) {
    let a = out.get(c.foranstaltning);
    if (!a) {
      const name = c.foranstaltning;
      a = { foranstaltning: name, art: artOfCase({ foranstaltning: name }, map), chosen: name in arts, ownCells: 0 };
      out.set(name, a);
    }
    if (c.art !== undefined && c.art !== a.art) a.ownCells++;
  }
  return [...out.values()].sort((x, y) => compareDa(x.foranstaltning, y.foranstaltning));
}

/**
 * `checkCaseSource` in steps, for the task pane: run it with `runInSteps` so a 20.000-row table is
 * checked without freezing the pane (every mapping change checks the whole table again).
 */
/** Cases given the age limits between two pauses of the check. */
const AGE_STEP = 2000;
type CaseProblems = ReturnType<typeof applyAgeLimits>["problems"];

export function* checkCaseSourceInSteps(source: SourceTable, mapping: ColumnMapping, arts: SavedArts = {}): Generator<number, CheckedSource> {
  const read = yield* readCaseTableInSteps(source, mapping);
  // The 18th birthday (docs/domain.md §8): an open anbringelse is disposed until the day before it,
  // a stop after it is a warning at the stop cell and is kept as typed. Which measures are
  // anbringelser: the row's Art cell, else the user's choice per foranstaltning, else the name.
  const stopCol = mapping.stop;
  const ageOptions = {
    arts: artMap(arts), stopCol, stopLabel: stopCol !== undefined ? String(source.header[stopCol] ?? FIELD_LABELS.stop).trim() || FIELD_LABELS.stop : FIELD_LABELS.stop,
  };
  // Case by case, so in parts with a pause between them (20.000 cases in one piece were a long task).
  const limited = { cases: [] as CaseRow[], problems: [] as CaseProblems };
  for (let i = 0; i < read.cases.length || i === 0; i += AGE_STEP) {
    const part = applyAgeLimits(read.cases.slice(i, i + AGE_STEP), ageOptions);
    for (const c of part.cases) limited.cases.push(c);
    limited.problems = limited.problems.concat(part.problems);
    yield i;
  }
  const out = { ...read, cases: limited.cases, problems: read.problems.concat(limited.problems) };
  const missing = out.missing.map((f) => FIELD_LABELS[f]);
  const problems: LocatedProblem[] = [];
  for (const p of out.problems) {
    problems.push(locate(p, source));
    if (problems.length % ROWS_PER_STEP === 0) yield problems.length;
  }
  const warnings = problems.filter((p) => p.severity === "advarsel").length;
  const notCaseTable = CASE_LIKE.every((f) => recogniseHeaders(source.header)[f] === undefined);
  const summary = notCaseTable
    ? `${capitalised(source.label)} ligner ikke en sagstabel: ingen kolonne hedder noget med cpr-nummer, foranstaltning, takst eller startdato. Vælg tabellen med sagerne (én række pr. sag), eller vælg kolonnerne herunder.`
    : missing.length > 0
    ? `Vælg en kolonne til ${missing.join(" og ")}.`
    : `${rows(out.dataRows)}: ${out.cases.length} sager bruges, ${rows(out.rejectedRows)} har fejl og er udeladt, ${warnings} advarsler.`;
  return { cases: out.cases, arts: artChoices(read.cases, arts), problems, rejectedRows: out.rejectedRows, dataRows: out.dataRows, missing, warnings, summary, notCaseTable };
}

/** Remembers the user's corrected mapping in the workbook; returns the new settings object. */
export async function saveMapping(wb: Workbook, saved: SavedMappings, source: SourceTable, mapping: ColumnMapping): Promise<SavedMappings> {
  const next = rememberMapping(saved, source, mapping);
  await wb.saveSetting(MAPPING_SETTING, JSON.stringify(next));
  return next;
}

export interface DisponeringRequest {
  year: number;
  cases: readonly CaseRow[];
  source: SourceTable;
  /** Table with booked amounts per konto and month, or null for none. */
  bookedTable: string | null;
  generatedOn: number;
  onProgress?: (p: WriteProgress) => void;
}

export interface DisponeringOutcome extends FlowOutcome {
  /** False when nothing was written (the booked amounts had problems). */
  written: boolean;
  /** The headline figures as the written Nøgletal names them (Danish), for the pane to show; absent when nothing was written. */
  headline?: string;
}

/**
 * HÅP and GNS-pris of the cases as Nøgletal's names hold them (docs/domain.md §7: the same figure in
 * the pane as on the sheets): core's computation, which the sheet's formulas are tested to equal.
 */
export function headlineSentence(year: number, cases: readonly CaseRow[]): string {
  const a = yearStart(year), b = yearEnd(year);
  const h = haap(cases, a, b, "dage");
  const pris = h > 0 ? formatKr(disposedAmount(cases, a, b) / h) : "kan ikke opgøres (ingen helårspersoner)";
  return `${YEAR_SHEET_NAMES.noegletal(year)}: HÅP_${year} er ${formatNumber(h, 2)} helårspersoner (hver borger én gang), GNS_pris_${year} ${pris}${pris.endsWith(".") ? "" : "."} ` +
    `Forventet regnskab, budget og afvigelse står under navnene Forventet_regnskab_${year}, Budget_${year} og Afvigelse_${year}.`;
}

/** What every action that writes "Disponering ÅÅÅÅ" needs to build it. */
export interface DisponeringSheetsInput {
  year: number;
  cases: readonly CaseRow[];
  /** Where the cases came from ("tabellen Sager", "arket Sager"), for the banner. */
  source: string;
  /** Booked amounts read from a table in this run; without them the sheet keeps what it holds. */
  booked?: BookedAmounts;
  /** The budget for Nøgletal (Budget_ÅÅÅÅ) from the user's budget table (budgetFromTable). */
  budget?: { amount: number; source: string };
  generatedOn: number;
}

/**
 * "Disponering ÅÅÅÅ" and "Nøgletal ÅÅÅÅ", built the same way by every action that writes them (the
 * Disponeringsark panel, Overblik, Opdatér måned), so one panel never undoes the other's sheet:
 * always both sheets, never masked (the sheet stays in the workbook; masking is for the reports),
 * and the booked amounts are either this run's table or — kept by the writer as input cells — the
 * ones the sheet holds. Pauses before each build so the pane can paint between them.
 */
export async function disponeringSheets(input: DisponeringSheetsInput): Promise<{ specs: SheetSpec[]; layout: DisponeringLayout }> {
  // The two builds of a large table take half a second each: run in steps with a pause whenever a
  // slice of work has taken 30 ms (and one before the first), so the pane paints its busy state at
  // once and no task of the browser gets long.
  await pause();
  const d = (await runInSteps(buildDisponeringInSteps({
    year: input.year, cases: input.cases, source: input.source, generatedOn: input.generatedOn,
    actuals: input.booked?.byKonto, bookedMonths: input.booked?.bookedMonths,
  })))!;
  const n = (await runInSteps(buildNoegletalInSteps({
    year: input.year, disponering: d.layout, generatedOn: input.generatedOn, ...(input.budget ? { budget: input.budget } : {}),
  })))!;
  return { specs: [d.spec, n.spec], layout: d.layout };
}

/** Danish: a chosen table with no booked month; nothing is written. */
function noMonthsText(table: string): string {
  return `Tabellen ${table} har ingen bogførte beløb i månedskolonner (jan … dec eller 1 … 12); intet er skrevet. Giv tabellen en kolonne pr. måned med beløbene, eller vælg "Ingen bogførte beløb".`;
}

/** Reads the booked amounts (if chosen), builds both sheets and writes them. */
export async function generateDisponering(wb: Workbook, req: DisponeringRequest): Promise<DisponeringOutcome> {
  let booked: BookedAmounts | undefined;
  let bookedNote = "";
  // One booked-months state (docs/domain.md §4): the workbook's Forbrug table, which the prognosis is
  // made from, is Disponering's too — also when no table was chosen; another chosen table is the user's.
  if (req.bookedTable === null || isForbrugTable(req.bookedTable)) {
    const forbrug = await bookedFromForbrug(wb, req.year);
    if (forbrug) {
      booked = forbrug.booked;
      bookedNote = ` De bogførte beløb er tabellen ${forbrug.table}s til og med måned ${forbrug.booked.bookedMonths}, de samme som prognosen bruger.`;
    } else if (req.bookedTable !== null) {
      return { written: false, sheets: [], problems: [], message: noMonthsText(req.bookedTable) };
    }
  } else {
    const table = await wb.readTable(req.bookedTable);
    if (!table) throw new Error(`Tabellen "${req.bookedTable}" findes ikke i arbejdsbogen`);
    const read = readBookedAmounts(table, req.bookedTable);
    if (read.problems.length > 0) {
      const problems = read.problems.map((p) => locate(p, table));
      return { written: false, sheets: [], problems, message: `Tabellen ${req.bookedTable} har ${problems.length === 1 ? "et beløb" : `${problems.length} beløb`}, der ikke kan læses; intet er skrevet.` };
    }
    // A table without month columns (or with nothing in them) would give the same sheets as none:
    // say so instead of "Færdig", which would read as if the booked amounts had been used.
    if (read.value.bookedMonths === 0) return { written: false, sheets: [], problems: [], message: noMonthsText(req.bookedTable) };
    booked = read.value;
  }
  const budget = await budgetFromTable(wb, req.year);
  const { specs } = await disponeringSheets({ year: req.year, cases: req.cases, source: req.source.label, booked, budget, generatedOn: req.generatedOn });
  const written = await wb.writeSheets(specs, { onProgress: req.onProgress });
  const note = movedNote(written);
  return {
    written: true,
    sheets: written.map((w) => w.written),
    problems: [],
    message: `Færdig: ${written.map((w) => `"${w.written}"`).join(" og ")} er skrevet med ${req.cases.length} sager.${bookedNote}${note ? ` ${note}` : ""}`,
    headline: headlineSentence(req.year, req.cases),
  };
}
