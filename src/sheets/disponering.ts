// "Disponering ÅÅÅÅ": one row per case with native month formulas (docs/domain.md §4, §6, §7), so the
// sheet recalculates when someone edits a takst or a date, even without the add-in. The formulas and
// every range over the cases run on through empty rows below the last case (a case typed there
// counts at once); a row with a bad value is named in its "Fejl" column, counted in the heading and
// left out of the sums instead of turning them into #VALUE!.
import {
  birthDaySafe, casesChecksumInSteps, CHECKSUM_ALPHABET, checksumFormula, compareDa, dayToSerial, disposedAmountInSteps, forventetRegnskabWithBooked, inputKey, groupInSteps, isMaskedCpr, endsStep, mapInSteps,
  OPEN_END, readCaseTable, sortInSteps, unitFormula, UNITS, UNITS_TEXT, yearEnd, yearStart, type CaseRow,
} from "../core";
import { a1, colName, rect } from "./a1";
import { cprCell, draft, drain, generatedBy, reportTitle, type CprOptions, type ReportOptions, type SheetDraft } from "./draft";
import { findRow, type Grid } from "./grid";
import { YEAR_SHEET_NAMES } from "./sheetNames";
import { NUMBER_FORMATS, type Cell, type InputTable, type SheetSpec } from "./spec";

export interface DisponeringInput extends ReportOptions, CprOptions {
  year: number;
  cases: readonly CaseRow[];
  /** Where the cases came from, e.g. "tabellen Sager". */
  source?: string;
  // maskCpr (default false): merging a person's rows for HÅP then works on the masked text.
  /**
   * Booked amounts per konto and month (index 0 = January). Konti listed here get an input row in
   * "Bogført pr. konto"; the other konti of the cases get an empty input row.
   */
  booked?: readonly { konto: string; months: readonly number[] }[];
  /**
   * Months 1..k of `booked` are booked and written into the booked rows (a konto's month left
   * empty uses its disposed amount). Default: up to the last month with an amount.
   */
  bookedMonths?: number;
  /**
   * The pool as typed on the sheet this build refreshes (readPoolBack; the writer keeps those cells),
   * month index 0 = January: counted in `figures.forventet` for the months after the last booked one,
   * as the sheet's "Forventet regnskab i alt" counts it. Not written by the builder.
   */
  pool?: readonly (number | null)[];
}

/** Where things ended up, for builders that refer to this sheet (Nøgletal) and for tests. */
export interface DisponeringLayout {
  sheetName: string;
  /** 0-based column indices. */
  cols: typeof COLS;
  firstMonthCol: number;
  totalCol: number;
  headerRow: number;
  yearCell: { row: number; col: number };
  /**
   * The number of booked months (0–12): a formula, the last month with a booked amount on any konto
   * (never an input that could switch months to booked without amounts, docs/domain.md §4).
   */
  bookedMonthsCell: { row: number; col: number };
  /** How many case rows have an error (a formula counting the "Fejl" helper column). */
  problemCountCell: { row: number; col: number };
  /**
   * How many rows in the case block — rows inserted among the cases or right above the current total
   * included — hold a case (a start date or a takst) but none of the sheet's formulas: such a row is in
   * no sum, so while there are any the sheet says so and Nøgletal's figures count as not up to date.
   */
  unformulatedCountCell: { row: number; col: number };
  /** 0-based rows of each case, in the order of `cases` after sorting. */
  caseRows: { row: number; caseRow: CaseRow }[];
  /**
   * First and last row of the case block (current and expected cases together, sorted), the empty
   * rows for new cases below the last case included: every range over the cases spans all of them,
   * so a case typed in below the last one is in every total.
   */
  casesFrom: number;
  casesTo: number;
  /** First of the empty rows for new cases (the row below the last case). */
  spareFrom: number;
  /** Row of the month flags "Måned med bogførte beløb" (0 where no konto has a booked amount). */
  bookedFlagsRow: number;
  currentTotalRow: number;
  expectedTotalRow: number;
  currentAndExpectedRow: number;
  poolRow: number;
  grandTotalRow: number;
  byForanstaltning: { row: number; name: string }[];
  byKonto: { row: number; name: string }[];
  /** Input rows of booked amounts per konto. */
  bookedByKonto: { row: number; name: string }[];
  /** Forventet regnskab per konto: booked amounts for booked months, dispositions for the rest. */
  forventetByKonto: { row: number; name: string }[];
  /** Helper columns for the key figures (per case row). */
  helperCols: typeof HELPER;
  /** The case's birth date (a value in its row, see BIRTH_COL). */
  birthCol: number;
  /**
   * Σ of the "Kontrol" helper column as written (docs/domain.md §7): a figure kept as values (HÅP's
   * merged periods) is up to date exactly while the sheet's sum still equals this.
   */
  checksum: number;
  /**
   * The sheet's totals as core computes them from the same cases (the recalculation tests hold the
   * sheet's formulas to these), for a pane that reports in figures: disponeret over the year (row
   * "Aktuelle og forventede sager") and forventet regnskab with the pool typed on the sheet (`pool`) —
   * null when this build was given no booked amounts, because the writer then keeps those typed on the
   * sheet, which are not known here.
   */
  figures: { disponeret: number; forventet: number | null };
}

const COLS = {
  cpr: 0, navn: 1, foranstaltning: 2, konto: 3, leverandoer: 4, raadgiver: 5, status: 6,
  takst: 7, enhed: 8, start: 9, stop: 10,
} as const;
/** The case columns' headers, in the order of COLS: a refresh reads the case rows back under them. */
const CASE_HEADERS = [
  "Cpr-nr.", "Navn", "Foranstaltning", "Konto", "Leverandør", "Rådgiver", "Status", "Takst", "Takstenhed", "Startdato", "Stopdato",
] as const;
const FIRST_MONTH = CASE_HEADERS.length;
/** Column of the number of cases a total includes ("12 sager"), on the total rows. */
const COUNT_COL = COLS.status;
const COUNT_FORMAT = '#,##0" sager"';
const POOL_LABEL = "Pulje til ukendt tilgang (indtast skøn pr. måned)";
const BOOKED_TITLE = "Bogført pr. konto";
const BOOKED_FLAGS_LABEL = "Måned med bogførte beløb (månedens nr.; 0 = ingen)";
const TOTAL_COL = FIRST_MONTH + 12;
const WIDTH = TOTAL_COL + 1;
/**
 * Helper columns right of the sheet (after one empty column), one formula per case row that reads
 * only its own row, so sorting or filtering the rows never changes a figure: the row's problem (a
 * code and its Danish text; a row with a problem counts nowhere instead of spreading #VALUE!), whether
 * the case is in the budget year (for the number of cases) and the row's share of the case checksum.
 */
const HELPER = { problem: TOTAL_COL + 2, problemCode: TOTAL_COL + 3, inYear: TOTAL_COL + 4, check: TOTAL_COL + 5 } as const;
const HELPER_HEADERS = ["Fejl i rækken", "Fejlkode (0 = ingen fejl)", "Sag i året", "Kontrol (til kontrolsummen)"];
/**
 * The birth date from the CPR (century rule in core) as a value in the case's own row, so it moves with
 * the row when the user sorts; Nøgletal's age section reads it from here. A value, not a formula:
 * masked CPR numbers no longer hold the digit the century rule needs.
 */
const BIRTH_COL = TOTAL_COL + 6;
/**
 * First column the user owns right of the sheet. Kept where earlier versions' nine helper columns
 * ended, so a refresh of an older sheet reads the user's own columns from the same place.
 */
const FREE_FROM = TOTAL_COL + 11;
/**
 * The characters the checksum formula looks a text's characters up in (core CHECKSUM_ALPHABET), in one
 * cell above the helper columns right of the birth date, so the per-row formula stays short.
 */
const ALPHABET_COL = BIRTH_COL + 1;
/** Empty rows with formulas below the last case: a case typed there is in every total at once. */
export const SPARE_ROWS = 50;
/** The row right under the rows for new cases. */
const CURRENT_TOTAL_LABEL = "Aktuelle sager i alt";

/** The Danish text of each problem code of the "Fejlkode" column (code 0: no problem). */
export const ROW_PROBLEMS = [
  "",
  "Takst er ikke et tal (skriv fx 4700, uden kr.)",
  "Takst er negativ",
  "Startdato mangler eller er ikke en dato",
  "Stopdato er ikke en dato (skriv fx 31.12.2025, eller lad feltet stå tomt)",
  "Stopdato ligger før startdato",
  `Ukendt takstenhed (brug ${UNITS_TEXT})`,
  "Status skal være aktuel eller forventet",
  "Rækken indeholder en fejlværdi",
] as const;

/**
 * The month formula of one case cell, relative to its own row and its month's header cell:
 * takst × days of [start, stop] in the month × the unit's day factor. An empty stop is open-ended;
 * a row with a problem (helper column "Fejlkode") gives 0, and an empty row gives 0 too.
 */
export function monthFormula(row: number, monthCol: number, headerRow: number): string {
  const h = a1(headerRow, monthCol, true, false); // L$5
  const r = (c: number) => a1(row, c, false, true); // $H7
  const eom = `EOMONTH(${h},0)`;
  const days = `MAX(0,MIN(IF(${r(COLS.stop)}>0,${r(COLS.stop)},${eom}),${eom})-MAX(${r(COLS.start)},${h})+1)`;
  const factor = unitFormula(r(COLS.enhed), (u) => u.dayFactorFormula(h));
  return `IF(${r(HELPER.problemCode)}=0,${r(COLS.takst)}*${days}*${factor},0)`;
}

/**
 * Each distinct text's place in Danish order (texts the collator finds equal share a place). Sorting
 * 20.000 cases by comparing texts with the collator took a third of a second; the distinct texts are
 * few (foranstaltninger, konti) or sorted once (cpr), and the cases are then sorted by numbers.
 */
function* danishRanks(values: readonly string[]): Generator<void, Map<string, number>> {
  const distinct = new Set<string>();
  for (let i = 0; i < values.length; i++) {
    if (endsStep(i)) yield;
    distinct.add(values[i]);
  }
  const sorted = yield* sortInSteps([...distinct], compareDa);
  const ranks = new Map<string, number>();
  let rank = 0;
  // A collator comparison per neighbour: 50.000 distinct cpr-numre in one piece were a long task.
  for (let i = 0; i < sorted.length; i++) {
    if (endsStep(i)) yield;
    if (i > 0 && compareDa(sorted[i - 1], sorted[i]) !== 0) rank++;
    ranks.set(sorted[i], rank);
  }
  return ranks;
}

/** Cases by foranstaltning, konto, cpr (Danish order), start and source row. */
function* sortCases(cases: readonly CaseRow[]): Generator<void, CaseRow[]> {
  const n = cases.length;
  const rankOf = function* (get: (c: CaseRow) => string) {
    const ranks = yield* danishRanks(yield* mapInSteps(cases, get));
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      if (endsStep(i)) yield;
      out[i] = ranks.get(get(cases[i]))!;
    }
    return out;
  };
  const f = yield* rankOf((c) => c.foranstaltning);
  const k = yield* rankOf((c) => c.konto);
  const p = yield* rankOf((c) => c.cpr ?? "");
  // One number for the three texts (ranks below 2^16 · 2^16 · 2^20 fit a double exactly).
  const first = new Float64Array(n);
  for (let i = 0; i < n; i++) first[i] = (f[i] * 65536 + k[i]) * 1048576 + p[i];
  yield;
  const order = yield* sortInSteps(Array.from({ length: n }, (_, i) => i), (i, j) => first[i] - first[j] || cases[i].start - cases[j].start || cases[i].row - cases[j].row);
  return yield* mapInSteps(order, (i) => cases[i]);
}

const uniqueSorted = (xs: string[]) => [...new Set(xs)].sort(compareDa);

/** The helper formulas of one case row (0-based `row`), see HELPER. */
export function helperFormulas(row: number, yearCell: { row: number; col: number }, alphabetCell: { row: number; col: number }): Record<keyof typeof HELPER, string> {
  const R = row + 1;
  const y = a1(yearCell.row, yearCell.col, true, true);
  const c = (col: number) => `$${colName(col)}${R}`;
  const [cpr, status, takst, enhed, start, stop] = [COLS.cpr, COLS.status, COLS.takst, COLS.enhed, COLS.start, COLS.stop].map(c);
  const units = UNITS.map((u) => `${enhed}<>"${u}"`).join(",");
  // Checked in this order; the first that fails is the row's code (ROW_PROBLEMS). An empty row is fine.
  const checks: [number, string][] = [
    [1, `NOT(ISNUMBER(${takst}))`],
    [2, `${takst}<0`],
    [3, `NOT(ISNUMBER(${start}))`],
    // A stop date typed as text would otherwise read as open-ended (docs/domain.md §3): flagged instead.
    [4, `AND(${stop}<>"",NOT(ISNUMBER(${stop})))`],
    [5, `AND(ISNUMBER(${stop}),${stop}<${start})`],
    [6, `AND(${enhed}<>"",${units})`],
    [7, `AND(${status}<>"aktuel",${status}<>"forventet")`],
  ];
  const code = checks.reduceRight((inner, [n, test]) => `IF(${test},${n},${inner})`, "0");
  const yStart = `DATE(${y},1,1)`;
  const yEnd = `DATE(${y},12,31)`;
  const codeCell = c(HELPER.problemCode);
  return {
    problem: `IF(${codeCell}=0,"",CHOOSE(${codeCell},${ROW_PROBLEMS.slice(1).map((t) => `"${t}"`).join(",")}))`,
    problemCode: `IFERROR(IF(COUNTA(${cpr}:${stop})=0,0,${code}),${ROW_PROBLEMS.length - 1})`,
    inYear: `IF(AND(${codeCell}=0,ISNUMBER(${start})),IF(MIN(IF(ISNUMBER(${stop}),${stop},${yEnd}),${yEnd})>=MAX(${start},${yStart}),1,0),0)`,
    // Only this row's own cells: the sum over the rows is the same in any order (sort-proof).
    // Any error in the row's cells counts as 0 here: the row is flagged by its own problem code, and
    // the checksum it had when it was valid is gone from the sum, so the sheet says it is out of date.
    check: `IFERROR(IF(COUNTA(${cpr}:${stop})=0,0,IF(${codeCell}=0,${checksumFormula({
      cpr, foranstaltning: c(COLS.foranstaltning), konto: c(COLS.konto), leverandoer: c(COLS.leverandoer), raadgiver: c(COLS.raadgiver),
      status, takst, enhed, start, stop,
    }, a1(alphabetCell.row, alphabetCell.col, true, true))},0)),0)`,
  };
}

type Line = { row: number; name: string };

/** Rows and cells fixed before the sections are written; `row` is the next free row. */
interface Plan {
  d: SheetDraft;
  year: number;
  headerRow: number;
  yearCell: { row: number; col: number };
  bookedMonthsCell: { row: number; col: number };
  problemCountCell: { row: number; col: number };
  unformulatedCountCell: { row: number; col: number };
  sorted: CaseRow[];
  casesFrom: number;
  casesTo: number;
  spareFrom: number;
  row: number;
}

const sumFormula = (r: number) => `SUM(${a1(r, FIRST_MONTH)}:${a1(r, FIRST_MONTH + 11)})`;
const sumRow = (r: number): Cell => ({ f: sumFormula(r) });

/** Month cells (and the year total) of row r, with an optional label in column A. */
function lineAcross(p: Plan, r: number, label: string, make: (c: number) => Cell): void {
  const cells: Cell[] = [];
  for (let c = FIRST_MONTH; c <= TOTAL_COL; c++) cells.push(make(c));
  if (label !== "") p.d.put(r, 0, [[label]]);
  p.d.put(r, FIRST_MONTH, [cells]);
}

/** A column of the case block and the current total's row below it, absolute ($J$7:$J$13). */
function spanThroughTotal(p: Plan, col: number): string {
  const c = colName(col);
  return `$${c}$${p.casesFrom + 1}:$${c}$${p.casesTo + 2}`;
}

/** A column of the case block, e.g. L$7:L$12 (or $G$7:$G$12). */
function span(p: Plan, col: number, abs = false): string {
  const c = colName(col);
  return abs ? `$${c}$${p.casesFrom + 1}:$${c}$${p.casesTo + 1}` : `${c}$${p.casesFrom + 1}:${c}$${p.casesTo + 1}`;
}

/**
 * Title, banner and the year row: budget year, the booked months (its formula is put by writeActuals
 * once the booked rows are placed) and the number of case rows with an error, with a red sentence when
 * there are any.
 */
function writeHeading(p: Plan, input: DisponeringInput): void {
  const { d, year, problemCountCell: pc } = p;
  d.heading({
    title: reportTitle(`Disponeringsark ${year}`, input.kommune),
    banner: `${generatedBy(input.generatedOn)}${input.source ? ` fra ${input.source}` : ""}. Ret i kildetabellen — dette ark genskabes.`,
    width: WIDTH, year, yearRowMore: ["Bogført t.o.m. måned"],
  });
  const count = a1(pc.row, pc.col);
  const where = `kolonnen ${colName(HELPER.problem)} (Fejl i rækken)`;
  d.put(pc.row, pc.col - 1, [[
    "Rækker med fejl",
    { f: `COUNTIF(${span(p, HELPER.problemCode, true)},">0")` },
    { f: `IF(${count}=0,"",IF(${count}=1,"1 sagsrække med fejl indgår",${count}&" sagsrækker med fejl indgår")&" ikke i summerne: se ${where}")` },
  ]]);
  // Rows the user inserted have none of the formulas (Excel copies no formulas into an inserted row
  // outside a table). Counted over the case block through the current total's row, so a row inserted
  // right above the total is inside the range too: rows with a start date or a takst whose Kontrol
  // cell holds no number.
  const uc = p.unformulatedCountCell;
  const [start, takst, check] = [COLS.start, COLS.takst, HELPER.check].map((c) => spanThroughTotal(p, c));
  const missing = (col: string) => `COUNTIFS(${col},"<>")-COUNTIFS(${col},"<>",${check},">=0")`;
  const inserted = a1(uc.row, uc.col);
  d.put(uc.row, uc.col - 1, [[
    "Rækker uden formler",
    { f: `MAX(${missing(start)},${missing(takst)})` },
    { f: `IF(${inserted}=0,"",IF(${inserted}=1,"1 indsat række",${inserted}&" indsatte rækker")&" uden arkets formler tælles ikke med: generér arket igen (eller åbn Styringsark, som gør det)")` },
  ]]);
  d.style(rect(uc.row, uc.col), "output", NUMBER_FORMATS.integer).style(rect(uc.row, uc.col + 1), "alert");
  d.format(rect(uc.row, uc.col - 1), { bold: true });
  d.format(rect(2, 2), { bold: true }).format(rect(2, 4), { bold: true });
  d.style(rect(p.bookedMonthsCell.row, p.bookedMonthsCell.col), "output", NUMBER_FORMATS.integer);
  d.style(rect(pc.row, pc.col), "output", NUMBER_FORMATS.integer).style(rect(pc.row, pc.col + 1), "alert");
}

function writeColumnHeaders(p: Plan): void {
  const { d, headerRow, yearCell } = p;
  const header: Cell[] = [...CASE_HEADERS];
  for (let m = 1; m <= 12; m++) header.push({ f: `DATE(${a1(yearCell.row, yearCell.col, true, true)},${m},1)` });
  header.push("Forventet regnskab");
  d.header(headerRow, 0, header, true);
  d.put(headerRow - 1, HELPER.problem, [["Hjælpekolonner (fejl, antal sager, kontrolsum) — beregnes, ret ikke her"]]).style(rect(headerRow - 1, HELPER.problem), "note");
  d.header(headerRow, HELPER.problem, HELPER_HEADERS, true);
  d.header(headerRow, BIRTH_COL, ["Fødselsdato (af cpr-nummeret)"], true);
  d.put(headerRow - 1, ALPHABET_COL, [[CHECKSUM_ALPHABET]]).style(rect(headerRow - 1, ALPHABET_COL), "note");
  d.numberFormat(rect(headerRow, FIRST_MONTH, 1, 12), "mmm");
}

/**
 * One block for current and expected cases: a person's rows must be adjacent for the HÅP helper
 * columns, across both statuses. The Status column decides which subtotal a row belongs to.
 */
function* writeCases(p: Plan, mask: boolean): Generator<void, DisponeringLayout["caseRows"]> {
  const { d, sorted, casesFrom } = p;
  d.section(p.row - 1, `Sager (aktuelle og forventede — kolonnen Status afgør hvilken sum rækken indgår i). Nye sager kan skrives i de ${SPARE_ROWS} gule rækker under den sidste sag; de bliver stående, når arket opdateres, indtil kildetabellen har dem.`);
  const caseRows: DisponeringLayout["caseRows"] = [];
  if (sorted.length > 0) {
    d.put(casesFrom, 0, yield* mapInSteps(sorted, (c) => [
      cprCell(c.cpr, mask),
      c.navn || null, c.foranstaltning, c.konto || null, c.leverandoer || null, c.raadgiver || null, c.status,
      c.takst, c.enhed, dayToSerial(c.start), c.stop >= OPEN_END ? null : dayToSerial(c.stop),
    ]));
    yield;
    d.put(casesFrom, BIRTH_COL, yield* mapInSteps(sorted, (c) => {
      const birth = birthDaySafe(c.cpr);
      return [Number.isNaN(birth) ? null : dayToSerial(birth)];
    }));
    yield;
  }
  for (const c of sorted) caseRows.push({ row: p.row++, caseRow: c });
  // The formulas run on through the empty rows below the last case: a case typed there counts at once.
  const n = p.casesTo - casesFrom + 1;
  d.fill(rect(casesFrom, FIRST_MONTH, n, 12), monthFormula(casesFrom, FIRST_MONTH, p.headerRow));
  d.fill(rect(casesFrom, TOTAL_COL, n, 1), sumFormula(casesFrom));
  const helpers = helperFormulas(casesFrom, p.yearCell, { row: p.headerRow - 1, col: ALPHABET_COL });
  for (const key of Object.keys(HELPER) as (keyof typeof HELPER)[]) d.fill(rect(casesFrom, HELPER[key], n, 1), helpers[key]);
  d.style(rect(p.spareFrom, 0, SPARE_ROWS, COLS.stop + 1), "input");
  p.row = p.casesTo + 1;
  return caseRows;
}

/** Subtotals by status, their sum and the pool input row; the grand total's row is reserved here. */
function writeStatusTotals(p: Plan) {
  const { d } = p;
  const statusSum = (r: number, status: string) => (c: number): Cell =>
    c === TOTAL_COL ? sumRow(r) : { f: `SUMIFS(${span(p, c)},${span(p, COLS.status, true)},"${status}")` };
  // How many case rows each total includes (rows with an error are in none), next to its label.
  const count = (status: string) => `COUNTIFS(${span(p, COLS.status, true)},"${status}",${span(p, HELPER.problemCode, true)},0)`;
  const countCell = (r: number, f: string) => {
    d.put(r, COUNT_COL, [[{ f }]]).numberFormat(rect(r, COUNT_COL), COUNT_FORMAT);
  };
  const currentTotalRow = p.row++;
  lineAcross(p, currentTotalRow, CURRENT_TOTAL_LABEL, statusSum(currentTotalRow, "aktuel"));
  countCell(currentTotalRow, count("aktuel"));
  d.style(rect(currentTotalRow, 0, 1, WIDTH), "subtotal");
  const expectedTotalRow = p.row++;
  lineAcross(p, expectedTotalRow, "Forventede sager i alt", statusSum(expectedTotalRow, "forventet"));
  countCell(expectedTotalRow, count("forventet"));
  d.style(rect(expectedTotalRow, 0, 1, WIDTH), "subtotal");
  const currentAndExpectedRow = p.row++;
  lineAcross(p, currentAndExpectedRow, "Aktuelle og forventede sager i alt", (c) => ({ f: `${a1(currentTotalRow, c)}+${a1(expectedTotalRow, c)}` }));
  countCell(currentAndExpectedRow, `${a1(currentTotalRow, COUNT_COL)}+${a1(expectedTotalRow, COUNT_COL)}`);
  d.style(rect(currentAndExpectedRow, 0, 1, WIDTH), "subtotal");
  const poolRow = p.row++;
  lineAcross(p, poolRow, POOL_LABEL, (c) => (c === TOTAL_COL ? sumRow(poolRow) : 0));
  d.style(rect(poolRow, FIRST_MONTH, 1, 12), "input");
  const grandTotalRow = p.row++;
  p.row++;
  return { currentTotalRow, expectedTotalRow, currentAndExpectedRow, poolRow, grandTotalRow };
}

/** "Disponeret pr. …": one SUMIFS line per distinct value of `col`. */
function writeGroup(p: Plan, label: string, col: number, names: string[]): Line[] {
  const { d } = p;
  d.section(p.row++, label);
  const out: Line[] = [];
  for (const name of names) {
    const r = p.row++;
    d.put(r, col, [[name]]);
    lineAcross(p, r, "", (c) =>
      c === TOTAL_COL ? sumRow(r) : { f: `SUMIFS(${span(p, c)},${span(p, col, true)},${a1(r, col, false, true)})` },
    );
    out.push({ row: r, name });
  }
  if (out.length > 0) d.style(rect(out[0].row, 0, out.length, WIDTH), "output");
  return out;
}

/**
 * Booked amounts per konto (inputs), and under them the months that have a booked amount: a month
 * is booked when a konto has an amount in it; "Bogført t.o.m. måned" is the last such month.
 * Months of a konto left empty use the disposed amount, so no setting can zero a forecast.
 */
function writeBooked(p: Plan, konti: string[], booked: DisponeringInput["booked"], bookedMonths: number): { lines: Line[]; flagsRow: number } {
  const { d } = p;
  d.section(p.row++, `${BOOKED_TITLE} (indtast beløb for de bogførte måneder; en tom måned bruger det disponerede beløb)`);
  const out: Line[] = [];
  for (const name of konti) {
    const r = p.row++;
    const months = booked?.find((a) => a.konto === name)?.months;
    d.put(r, COLS.konto, [[name]]);
    lineAcross(p, r, "", (c) => (c === TOTAL_COL ? sumRow(r) : months && c - FIRST_MONTH < bookedMonths ? months[c - FIRST_MONTH] ?? 0 : null));
    d.style(rect(r, FIRST_MONTH, 1, 12), "input");
    out.push({ row: r, name });
  }
  const flagsRow = p.row++;
  lineAcross(p, flagsRow, BOOKED_FLAGS_LABEL, (c) =>
    c === TOTAL_COL ? null : out.length > 0 ? { f: `IF(COUNT(${a1(out[0].row, c)}:${a1(out[out.length - 1].row, c)})>0,MONTH(${a1(p.headerRow, c, true, false)}),0)` } : 0,
  );
  d.style(rect(flagsRow, 0, 1, WIDTH), "note").numberFormat(rect(flagsRow, FIRST_MONTH, 1, 12), NUMBER_FORMATS.integer);
  d.put(p.bookedMonthsCell.row, p.bookedMonthsCell.col, [[{ f: `MAX(${a1(flagsRow, FIRST_MONTH)}:${a1(flagsRow, FIRST_MONTH + 11)})` }]]);
  return { lines: out, flagsRow };
}

/** "MONTH(L$5)<=$D$3": month c is at or before the last booked month. */
function closed(p: Plan, c: number): string {
  return `MONTH(${a1(p.headerRow, c, true, false)})<=${a1(p.bookedMonthsCell.row, p.bookedMonthsCell.col, true, true)}`;
}

/** Forventet regnskab per konto: the booked amount where one is given, else the disposed amount. */
function writeForventet(p: Plan, bookedByKonto: Line[], byKonto: Line[]): Line[] {
  const { d } = p;
  d.section(p.row++, "Forventet regnskab pr. konto (bogført beløb, hvor det er indtastet, ellers disponeret)");
  const out: Line[] = [];
  for (const a of bookedByKonto) {
    const r = p.row++;
    const disp = byKonto.find((b) => b.name === a.name);
    d.put(r, COLS.konto, [[a.name]]);
    lineAcross(p, r, "", (c) =>
      c === TOTAL_COL ? sumRow(r) : { f: `IF(ISNUMBER(${a1(a.row, c)}),${a1(a.row, c)},${disp ? a1(disp.row, c) : 0})` },
    );
    out.push({ row: r, name: a.name });
  }
  if (out.length > 0) d.style(rect(out[0].row, 0, out.length, WIDTH), "output");
  return out;
}

/**
 * Forventet regnskab i alt per month: the konti's forecasts, plus the disposed amount of cases whose
 * konto has no line (no konto, or one typed in below the last case), plus the pool for the months
 * after the last booked one (docs/domain.md §4).
 */
function writeGrandTotal(
  p: Plan, rows: { grandTotalRow: number; currentAndExpectedRow: number; poolRow: number }, byKonto: Line[], forventetByKonto: Line[],
): void {
  const { grandTotalRow, currentAndExpectedRow, poolRow } = rows;
  const sumOf = (lines: Line[], c: number) => `SUM(${a1(lines[0].row, c)}:${a1(lines[lines.length - 1].row, c)})`;
  const month = (c: number) => {
    const konti = forventetByKonto.length > 0 ? `${sumOf(forventetByKonto, c)}+` : "";
    const withoutLine = byKonto.length > 0 ? `-${sumOf(byKonto, c)}` : "";
    return `${konti}${a1(currentAndExpectedRow, c)}${withoutLine}+IF(${closed(p, c)},0,${a1(poolRow, c)})`;
  };
  lineAcross(p, grandTotalRow, "Forventet regnskab i alt (bogført + disponeret + pulje)", (c) => (c === TOTAL_COL ? sumRow(grandTotalRow) : { f: month(c) }));
  p.d.put(grandTotalRow, COUNT_COL, [[{ f: a1(currentAndExpectedRow, COUNT_COL) }]]).numberFormat(rect(grandTotalRow, COUNT_COL), COUNT_FORMAT);
  p.d.style(rect(grandTotalRow, 0, 1, WIDTH), "total");
}

/** Number formats over the whole body, and the input rules. */
/**
 * Number formats over the whole body, and the input rules over every case row, the empty ones
 * included: Excel refuses a bad value with the Danish message; a value that gets in anyway (pasted,
 * or typed before the rule) is caught by the row's "Fejl" column and counted in the heading.
 */
function writeFormatsAndRules(p: Plan): void {
  const { d, headerRow, casesFrom } = p;
  const body = p.row - headerRow;
  const n = p.casesTo - casesFrom + 1;
  d.numberFormat(rect(headerRow + 1, COLS.takst, body, 1), NUMBER_FORMATS.kr);
  d.numberFormat(rect(headerRow + 1, COLS.start, body, 2), NUMBER_FORMATS.date);
  d.numberFormat(rect(headerRow + 1, FIRST_MONTH, body, 13), NUMBER_FORMATS.kr);
  // A cpr-nummer is text: typed into a text cell it keeps its leading zero.
  d.numberFormat(rect(casesFrom, COLS.cpr, n, 1), NUMBER_FORMATS.text);
  d.style(rect(casesFrom, HELPER.problem, n, HELPER_HEADERS.length), "note");
  d.numberFormat(rect(casesFrom, HELPER.problemCode, n, 2), NUMBER_FORMATS.integer);
  d.style(rect(casesFrom, BIRTH_COL, n, 1), "note").numberFormat(rect(casesFrom, BIRTH_COL, n, 1), NUMBER_FORMATS.date);
  d.validate(rect(casesFrom, COLS.cpr, n, 1), { type: "text" }, "Cpr-nummeret skal skrives som tekst, fx 010190-1234 (så det første 0 ikke forsvinder)");
  d.validate(rect(casesFrom, COLS.status, n, 1), { type: "list", values: ["aktuel", "forventet"] }, "Status skal være aktuel eller forventet");
  d.nonNegative(rect(casesFrom, COLS.takst, n, 1), "Taksten (kr., uden tekst)");
  d.validate(rect(casesFrom, COLS.enhed, n, 1), { type: "list", values: UNITS }, `Takstenhed skal være ${UNITS_TEXT}`);
  d.validate(rect(casesFrom, COLS.start, n, 2), { type: "date" }, "Skriv en dato, fx 01.03.2025 (stopdatoen må være tom for en sag uden slut)");
}

/**
 * The typed pool of the months the sheet's grand total adds it to: after "Bogført t.o.m. måned",
 * which is the last booked month when a konto has a booked row, else 0 (docs/domain.md §4).
 */
function poolAfterBooked(input: DisponeringInput): number {
  const k = (input.booked ?? []).some((a) => a.konto !== "") ? bookedMonthsOf(input) : 0;
  let sum = 0;
  (input.pool ?? []).forEach((v, m) => { if (m >= k && m < 12 && typeof v === "number" && Number.isFinite(v)) sum += v; });
  return sum;
}

/** Months written into the booked rows: the months asked for, or up to the last one with an amount. */
function bookedMonthsOf(input: DisponeringInput): number {
  if (input.bookedMonths !== undefined) return Math.max(0, Math.min(12, Math.floor(input.bookedMonths)));
  let last = 0;
  for (const a of input.booked ?? []) a.months.forEach((v, m) => { if (v !== 0) last = Math.max(last, m + 1); });
  return last;
}

export function buildDisponering(input: DisponeringInput): { spec: SheetSpec; layout: DisponeringLayout } {
  return drain(buildDisponeringInSteps(input));
}

/**
 * buildDisponering as steps: it pauses (yields) between pieces of work of a few tens of ms at 20.000
 * cases, so the task pane can run it with runInSteps (src/flows/steps.ts) and stay responsive.
 */
export function* buildDisponeringInSteps(input: DisponeringInput): Generator<void, { spec: SheetSpec; layout: DisponeringLayout }> {
  const { year } = input;
  const sheetName = input.sheetName ?? YEAR_SHEET_NAMES.disponering(year);
  const headerRow = 4;
  const sorted = yield* sortCases(input.cases);
  yield;
  const casesFrom = headerRow + 2;
  const spareFrom = casesFrom + sorted.length;
  const p: Plan = {
    d: draft(), year, headerRow, yearCell: { row: 2, col: 1 }, bookedMonthsCell: { row: 2, col: 3 }, problemCountCell: { row: 2, col: 5 }, unformulatedCountCell: { row: headerRow - 1, col: 5 }, sorted,
    casesFrom, casesTo: spareFrom + SPARE_ROWS - 1, spareFrom, row: casesFrom,
  };
  writeHeading(p, input);
  writeColumnHeaders(p);
  const caseRows = yield* writeCases(p, input.maskCpr ?? false);
  yield;
  const totals = writeStatusTotals(p);
  const hasCases = sorted.length > 0;
  // The distinct foranstaltninger and konti, read in steps (the sort is of the few distinct names).
  const foranstaltninger = [...(yield* groupInSteps(sorted, (c) => c.foranstaltning)).keys()];
  const caseKonti = [...(yield* groupInSteps(sorted, (c) => c.konto)).keys()];
  const byForanstaltning = hasCases ? writeGroup(p, "Disponeret pr. foranstaltning", COLS.foranstaltning, uniqueSorted(foranstaltninger)) : [];
  const byKonto = hasCases ? writeGroup(p, "Disponeret pr. konto", COLS.konto, uniqueSorted(caseKonti.filter((k) => k !== ""))) : [];
  const konti = uniqueSorted([...caseKonti, ...(input.booked ?? []).map((a) => a.konto)].filter((k) => k !== ""));
  const bookedSection = p.row;
  const { lines: bookedByKonto, flagsRow } = writeBooked(p, konti, input.booked, bookedMonthsOf(input));
  const forventetByKonto = writeForventet(p, bookedByKonto, byKonto);
  writeGrandTotal(p, totals, byKonto, forventetByKonto);
  writeFormatsAndRules(p);
  yield;

  const columnWidths: Record<number, number> = { 0: 13, 1: 18, 2: 22, 3: 10, 4: 20, 5: 12, 6: 12, 7: 11, 8: 10, 9: 11, 10: 11, [TOTAL_COL]: 14 };
  for (let m = 0; m < 12; m++) columnWidths[FIRST_MONTH + m] = 11;
  for (let h = 0; h < HELPER_HEADERS.length; h++) columnWidths[HELPER.problem + h] = 12;
  columnWidths[BIRTH_COL] = 12;
  columnWidths[HELPER.problem] = 40;

  // The user's notes and own columns right of the helper columns follow their case on a refresh;
  // the pool and the booked amounts keep what was typed, by label and konto (the booked months follow
  // from which months have an amount).
  const mask = input.maskCpr ?? false;
  const months = Array.from({ length: 12 }, (_, m) => FIRST_MONTH + m);
  const caseCols = { cpr: COLS.cpr, foranstaltning: COLS.foranstaltning, konto: COLS.konto, leverandoer: COLS.leverandoer, start: COLS.start };
  const caseKeys = (cpr: (c: CaseRow) => string | null) =>
    mapInSteps(sorted, (c) => inputKey({ cpr: cpr(c), foranstaltning: c.foranstaltning, konto: c.konto, leverandoer: c.leverandoer, start: dayToSerial(c.start) }));
  // The source's keys (full cpr-nummer); the sheet's rows show it masked when asked, so are keyed so.
  const sourceKeys = yield* caseKeys((c) => c.cpr);
  const inputs: InputTable[] = [
    {
      headerRow, firstRow: casesFrom, freeFrom: FREE_FROM, inputCols: [], keyCols: caseCols,
      keys: mask ? yield* caseKeys((c) => cprCell(c.cpr, true) as string | null) : sourceKeys,
    },
    {
      // Cases typed into the yellow rows under the last case stay there until the source table has
      // them (then they are among the rows above): found as the rows right above "Aktuelle sager i alt".
      headerRow: p.casesTo + 1, firstRow: spareFrom, rows: SPARE_ROWS, label: "Nye sager", anchor: { col: 0, text: CURRENT_TOTAL_LABEL },
      keyCols: {}, inputCols: Array.from({ length: COLS.stop + 1 }, (_, c) => c), keys: Array.from({ length: SPARE_ROWS }, (_, i) => `#${i + 1}`),
      spare: { sourceKeys, caseCols },
    },
    {
      headerRow: totals.poolRow, firstRow: totals.poolRow, rows: 1, label: "Pulje", anchor: { col: 0, text: POOL_LABEL },
      keyCols: { label: 0 }, inputCols: months, keys: [inputKey({ label: POOL_LABEL })],
    },
    {
      headerRow: bookedSection, firstRow: bookedSection + 1, label: "Bogført pr. konto", anchor: { col: 0, text: BOOKED_TITLE },
      keyCols: { label: COLS.konto }, inputCols: months, keys: bookedByKonto.map((a) => inputKey({ label: a.name })),
      fromSource: input.booked !== undefined,
    },
  ];
  yield;
  // Frozen: the column headers and the identifying columns (cpr-nummer, navn). Printed: up to the
  // row's error text; Fejlkode, Sag i året, Kontrol and Fødselsdato are for the formulas, not for paper.
  const spec = p.d.toSpec({
    name: sheetName, kind: "disponering", columnWidths, freeze: { rows: headerRow + 1, cols: COLS.navn + 1 }, tabColor: "#1F4E79", inputs,
    print: { columns: HELPER.problem + 1 },
  });
  yield;
  const checksum = yield* casesChecksumInSteps(yield* mapInSteps(sorted, (c) => ({ ...c, cpr: cprCell(c.cpr, mask) as string | null })));
  const disponeret = yield* disposedAmountInSteps(sorted, yearStart(year), yearEnd(year));
  yield;
  const forventet = input.booked
    ? forventetRegnskabWithBooked(sorted, { byKonto: input.booked.map((a) => ({ konto: a.konto, months: [...a.months] })), bookedMonths: bookedMonthsOf(input) }, year) + poolAfterBooked(input)
    : null;
  return {
    spec,
    layout: {
      sheetName, cols: COLS, firstMonthCol: FIRST_MONTH, totalCol: TOTAL_COL, headerRow, yearCell: p.yearCell,
      bookedMonthsCell: p.bookedMonthsCell, problemCountCell: p.problemCountCell, unformulatedCountCell: p.unformulatedCountCell, caseRows, casesFrom, casesTo: p.casesTo, spareFrom, bookedFlagsRow: flagsRow, ...totals,
      byForanstaltning, byKonto, bookedByKonto, forventetByKonto, helperCols: HELPER, birthCol: BIRTH_COL,
      checksum, figures: { disponeret, forventet },
    },
  };
}

/** The cases and booked amounts of one of our Disponering sheets, as they stand now. */
export interface DisponeringBack {
  cases: CaseRow[];
  /** Booked amounts per konto as typed (month index 0 = January; null = not booked). */
  booked: { konto: string; months: (number | null)[] }[];
  /** True when a CPR is masked: such rows cannot be merged per person, so nothing is refreshed. */
  masked: boolean;
  /**
   * Rows with an error (a row being typed, a takst as text): a refresh would drop them from the
   * rebuilt sheet, so while there are any nothing is refreshed and the sheet keeps saying so in red.
   */
  rejected: number;
}

/**
 * The pool row of a Disponering sheet as it stands (month index 0 = January; null where a month holds
 * no number), found by its label wherever the user moved it; null when the sheet has no pool row.
 */
export function readPoolBack(g: Grid): (number | null)[] | null {
  const row = findRow(g, 0, (t) => t === POOL_LABEL);
  if (row < 0) return null;
  return Array.from({ length: 12 }, (_, m) => {
    const v = g.at(row, FIRST_MONTH + m);
    return typeof v === "number" ? v : null;
  });
}

/**
 * Reads the case block of a Disponering sheet back, by the labels this builder writes (the user may
 * have inserted rows anywhere): the case header row, every row under its note line down to the
 * current total (the empty rows for new cases and rows the user inserted included), and the booked
 * amounts between the booked-amounts title and the month flags. Null when the sheet does not look like ours.
 */
export function readDisponeringBack(g: Grid): DisponeringBack | null {
  const headerRow = findRow(g, COLS.cpr, (t) => t === CASE_HEADERS[COLS.cpr]);
  if (headerRow < 0) return null;
  const end = findRow(g, 0, (t) => t === CURRENT_TOTAL_LABEL, headerRow + 1);
  if (end < 0) return null;
  const caseCells = (r: number) => Array.from({ length: CASE_HEADERS.length }, (_, c) => g.at(r, c));
  // The sheet's note line under the header (text in column A only, no digits of a CPR) is not a case.
  let first = headerRow + 1;
  const onlyA = (r: number) => caseCells(r).slice(1).every((v) => v === null || v === undefined || v === "");
  while (first < end && onlyA(first) && typeof g.at(first, 0) === "string" && !/\d{6}/.test(g.at(first, 0) as string)) first++;
  const rows: unknown[][] = [];
  for (let r = first; r < end; r++) rows.push(caseCells(r));
  const table = readCaseTable({ header: caseCells(headerRow), rows });
  // On the cells as written: the case reader drops a row whose CPR is masked (it identifies no one).
  const masked = rows.some((r) => isMaskedCpr(r[COLS.cpr]));
  const booked: DisponeringBack["booked"] = [];
  const bookedFrom = findRow(g, 0, (t) => t.startsWith(BOOKED_TITLE), end);
  const bookedTo = bookedFrom < 0 ? -1 : findRow(g, 0, (t) => t === BOOKED_FLAGS_LABEL, bookedFrom);
  for (let r = bookedFrom + 1; bookedFrom >= 0 && r < bookedTo; r++) {
    const konto = g.at(r, COLS.konto);
    if (konto === null || konto === undefined || konto === "") continue;
    const months = Array.from({ length: 12 }, (_, m) => {
      const v = g.at(r, FIRST_MONTH + m);
      return typeof v === "number" ? v : null;
    });
    booked.push({ konto: String(konto), months });
  }
  return { cases: table.cases, booked, masked, rejected: table.rejectedRows };
}
