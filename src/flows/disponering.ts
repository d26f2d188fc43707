// Disponeringsark: read the chosen case table (or the selection), recognise or restore the column
// mapping, check every row with its cell, and write "Disponering ÅÅÅÅ" + "Nøgletal ÅÅÅÅ" with the
// booked amounts when a table of them is chosen.
import {
  applyAgeLimits, artOfCase, CASE_FIELDS, compareDa, FIELD_LABELS, finish, headerKey, readBookedAmounts, readCaseTableInSteps, recogniseHeaders, ROWS_PER_STEP,
  type BookedAmounts, type CaseField, type CaseRow, type ColumnMapping, type Foranstaltningsart,
} from "../core";
import { buildDisponeringInSteps, readPoolBack, YEAR_SHEET_NAMES, type DisponeringLayout } from "../sheets";
import { buildNoegletalInSteps } from "../sheets";
import type { SheetSpec } from "../sheets";
import { locate, movedNote, type FlowOutcome, type LocatedProblem } from "./outcome";
import type { SourceTable, TableInfo, Workbook, WriteProgress } from "./workbook";
import { budgetFromTable } from "./budgetTable";
import { bookedFromForbrug, isForbrugTable } from "./booked";
import { pause, runInSteps } from "./steps";
import { artMap, loadArts, loadMappings, MAPPING_SETTING, type SavedArts, type SavedMappings } from "./settings";
import { flowMsg, type HeadlineFigures } from "./messages";
import { gridOf, sheetOfSpec } from "./sheetInputs";

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
    loadMappings(wb),
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
  if (!source) throw new Error(flowMsg.common.tableMissing(String(table)));
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

const rows = flowMsg.disponering.rows;

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
    ? flowMsg.disponering.notCaseTable(capitalised(source.label))
    : missing.length > 0
    ? flowMsg.disponering.chooseColumn(missing)
    : flowMsg.disponering.checked(rows(out.dataRows), out.cases.length, rows(out.rejectedRows), warnings);
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
  /** The headline figures of the written Nøgletal in Danish ("HÅP 185,4 · GNS-pris …"), for the pane to show; absent when nothing was written. */
  headline?: string;
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
  /** The pool typed on the sheet (typedPool), for the forventet regnskab the pane reports. */
  pool?: readonly (number | null)[];
  generatedOn: number;
}

/**
 * "Disponering ÅÅÅÅ" and "Nøgletal ÅÅÅÅ", built the same way by every action that writes them (the
 * Disponeringsark panel, Overblik, Opdatér måned), so one panel never undoes the other's sheet:
 * always both sheets, never masked (the sheet stays in the workbook; masking is for the reports),
 * and the booked amounts are either this run's table or — kept by the writer as input cells — the
 * ones the sheet holds. Pauses before each build so the pane can paint between them.
 */
export async function disponeringSheets(input: DisponeringSheetsInput): Promise<{ specs: SheetSpec[]; layout: DisponeringLayout; figures: HeadlineFigures }> {
  // The two builds of a large table take half a second each: run in steps with a pause whenever a
  // slice of work has taken `slicing.ms` (and one before the first), so the pane paints its busy state at
  // once and no task of the browser gets long.
  await pause();
  const d = (await runInSteps(buildDisponeringInSteps({
    year: input.year, cases: input.cases, source: input.source, generatedOn: input.generatedOn,
    booked: input.booked?.byKonto, bookedMonths: input.booked?.bookedMonths, pool: input.pool,
  })))!;
  const n = (await runInSteps(buildNoegletalInSteps({
    year: input.year, disponering: d.layout, generatedOn: input.generatedOn, ...(input.budget ? { budget: input.budget } : {}),
  })))!;
  // The figures as the two builders computed them for their sheets, not computed a third time here.
  const figures = { ...n.layout.figures, ...d.layout.figures };
  return { specs: [d.spec, n.spec], layout: d.layout, figures };
}

/**
 * The pool typed on our Disponering sheet of the year, which the writer keeps: the forventet regnskab
 * the pane reports counts it as the sheet's grand total does. Undefined when there is no such sheet.
 */
async function typedPool(wb: Workbook, year: number): Promise<(number | null)[] | undefined> {
  const ours = sheetOfSpec(await wb.listSheets(), { name: YEAR_SHEET_NAMES.disponering(year), kind: "disponering" });
  const source = ours ? await wb.readSheet(ours.name) : null;
  return (source && readPoolBack(gridOf(source))) ?? undefined;
}

/** Danish: a chosen table with no booked month; nothing is written. */
const noMonthsText = flowMsg.disponering.noMonths;

/** Reads the booked amounts (if chosen), builds both sheets and writes them. */
export async function generateDisponering(wb: Workbook, req: DisponeringRequest): Promise<DisponeringOutcome> {
  let booked: BookedAmounts | undefined;
  let bookedNote = "";
  // One booked-months state (docs/domain.md §4): the workbook's Forbrug table, which the prognose is
  // made from, is Disponering's too — also when no table was chosen; another chosen table is the user's.
  if (req.bookedTable === null || isForbrugTable(req.bookedTable)) {
    const forbrug = await bookedFromForbrug(wb, req.year);
    if (forbrug) {
      booked = forbrug.booked;
      bookedNote = flowMsg.disponering.bookedFromForbrug(forbrug.table, forbrug.booked.bookedMonths);
    } else if (req.bookedTable !== null) {
      return { written: false, sheets: [], problems: [], message: noMonthsText(req.bookedTable) };
    }
  } else {
    const table = await wb.readTable(req.bookedTable);
    if (!table) throw new Error(flowMsg.common.tableMissing(req.bookedTable));
    const read = readBookedAmounts(table, req.bookedTable);
    if (read.problems.length > 0) {
      const problems = read.problems.map((p) => locate(p, table));
      return { written: false, sheets: [], problems, message: flowMsg.disponering.amountsUnreadable(req.bookedTable, problems.length) };
    }
    // A table without month columns (or with nothing in them) would give the same sheets as none:
    // say so instead of "Færdig", which would read as if the booked amounts had been used.
    if (read.value.bookedMonths === 0) return { written: false, sheets: [], problems: [], message: noMonthsText(req.bookedTable) };
    booked = read.value;
  }
  const budget = await budgetFromTable(wb, req.year);
  // Only a forventet regnskab (booked amounts known) counts the pool; without one the pane says disponeret.
  const pool = booked ? await typedPool(wb, req.year) : undefined;
  const { specs, figures } = await disponeringSheets({ year: req.year, cases: req.cases, source: req.source.label, booked, budget, pool, generatedOn: req.generatedOn });
  const written = await wb.writeSheets(specs, { onProgress: req.onProgress });
  const note = movedNote(written);
  return {
    written: true,
    sheets: written.map((w) => w.written),
    problems: [],
    message: flowMsg.disponering.done(written.map((w) => w.written), req.cases.length, bookedNote, note),
    headline: flowMsg.headline(figures),
  };
}
