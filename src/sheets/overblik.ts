// "Overblik ÅÅÅÅ": the key figures the well-run kommuner follow every month (docs/domain.md §1.2):
// per foranstaltning the disposed amount, HÅP and GNS-pris month by month, budget against forventet
// regnskab, the share of placements in foster families against a target, the share of preventive
// measures, and an index against a base year — each a table of native formulas with a chart beside it.
//
// Amounts are SUMIFS over the Disponering sheet's case rows. HÅP is a SUMIFS over a block of person
// spans at the bottom of this sheet (core `mergedPersonSpans`: one person's overlapping rows merged,
// no CPR) with a days-per-month formula for each span, because merging overlapping rows is beyond a
// non-array native formula.
//
// The years before the budget year come from data for those years only (docs/domain.md §8): the
// figures saved when a year was closed (the hidden history sheet) and the user's regnskab table —
// never from today's case list, in which cases that ended long ago are missing. Without such data
// the development table shows the budget year alone and says why.
import {
  ageSpansInSteps, ageYears, dayToSerial, inputKey, mapInSteps, FORANSTALTNING_TYPE_LABELS, foranstaltningSeriesInSteps, mergedPersonSpansInSteps, yearEnd, yearSeries, yearStart,
  type AgeSpan, type CaseRow, type HistorikRow, type ForanstaltningSeries, type ForanstaltningType, type PersonSpanRow, type RegnskabRow, type YearPoint, type YearSource,
} from "../core";
import { a1, colName, rect, sheetRef } from "./a1";
import type { DisponeringLayout } from "./disponering";
import { ageBlockFirstRow, ageLabels, ageYearLabels, writeAgeMonths, writeAgeYears } from "./overblikAlder";
import {
  draft, drain, generatedBy, MONTHS_DA, NOTE_NO_CHARTS, reportTitle, type ChartOptions, type ReportOptions, type SheetDraft,
} from "./draft";
import { headlineNames, staleBanner } from "./headline";
import { cellNumber, cellText, findRow, type Grid } from "./grid";
import { YEAR_SHEET_NAMES } from "./sheetNames";
import { NUMBER_FORMATS, type Cell, type ChartRequest, type SheetSpec } from "./spec";

export interface OverblikInput extends ReportOptions, ChartOptions {
  year: number;
  cases: readonly CaseRow[];
  /** Layout of the Disponering sheet written in the same batch (its case rows are the source). */
  disponering: DisponeringLayout;
  /** Base year of the index (an input cell; the user may change it). Defaults to the first year shown. */
  baseYear?: number;
  /**
   * The years before: figures saved at year-end and the regnskab table (konto, år, regnskab). Up to
   * the four years before the budget year that have figures are shown; none without this.
   */
  history?: OverblikHistory;
  /** Target share of placements in foster families, 0–1 (e.g. 0.75). */
  target?: number;
  /** Budget per foranstaltning (input cells; 0 when absent). The total is always `Budget_ÅÅÅÅ`. */
  budgets?: Record<string, number>;
  /** Where the budgets per foranstaltning came from, said in the section title (e.g. "budgetforudsætningerne"). */
  budgetSource?: string;
  /** Type per foranstaltning overriding the classification by name. */
  types?: Record<string, ForanstaltningType>;
}

export interface OverblikHistory {
  saved: readonly HistorikRow[];
  regnskab: readonly RegnskabRow[];
  /** A line under the table saying where the figures come from (the demo's are invented, say). */
  note?: string;
}

/** Years before the budget year the development table can show at most (five years in all). */
export const EARLIER_YEARS = 4;

/** Where things ended up (0-based rows/cols), for tests and for the panel's summary. */
export interface OverblikLayout {
  sheetName: string;
  yearCell: { row: number; col: number };
  baseYearCell: { row: number; col: number };
  targetCell: { row: number; col: number };
  /** First data row of each per-foranstaltning table; rows follow `names`. Month m is column m (1–12), the year column 13. */
  names: string[];
  disposedRow: number;
  haapRow: number;
  prisRow: number;
  /** Row of the "I alt" line of each table (HÅP: the sum over foranstaltninger, helårsforanstaltninger). */
  disposedTotalRow: number;
  haapTotalRow: number;
  /** HÅP with each person counted once: months from the span block, the year column is `HÅP_ÅÅÅÅ`. */
  haapPersonRow: number;
  /** GNS-pris per helårsperson (each person once); the year column is `GNS_pris_ÅÅÅÅ`. */
  prisTotalRow: number;
  /** Budget table: col 1 budget, 2 forventet regnskab, 3 afvigelse, 4 type. */
  budgetRow: number;
  /** The line with what is not distributed on foranstaltninger, and the I alt line (the workbook's names). */
  budgetRestRow: number;
  budgetTotalRow: number;
  /** The red line shown while the spans kept below are out of date. */
  alertCell: { row: number; col: number };
  /** 12 month rows; col 1 share, col 2 target. */
  plejeRow: number;
  /** 12 month rows; col 1 share. */
  forebygRow: number;
  /** Year rows; cols 1–3 amount, HÅP, GNS-pris, col 4 the source; the budget year last. */
  yearsRow: number;
  /** Row of the note under the year rows (why earlier years are missing, or where they come from). */
  yearsNoteRow: number;
  indexRow: number;
  years: number[];
  /** Age per month: persons (cols 1–12) and HÅP (cols 1–12, year col 13) per group in `ageLabels` order, "I alt" below. */
  agePersonsRow: number;
  ageHaapRow: number;
  ageLabels: string[];
  /**
   * Persons and HÅP per age group over the years closed with Luk året: group rows in `ageYearLabels`
   * order, then "I alt"; year i in column i + 1 (`ageYears`). Nothing but a note when no year has them.
   */
  ageYearsPersonsRow: number;
  ageYearsHaapRow: number;
  ageYearLabels: string[];
  ageYears: number[];
  /** First row of the age block's spans (person, birth date, from, to, days, group, counted group). */
  ageBlockRow: number;
  spansRow: number;
}

export { NOTE_NO_CHARTS };
const YEAR_COL = 13;
const CHART_COL = 15;
/**
 * The hidden record of the yellow cells (sheets/inputs.ts): right of the widest block (the age basis,
 * columns A–AN) and the same on every refresh, or the record would not be found again.
 */
const RECORD_COL = 41;
/** First of the span block's 12 days-per-month columns. */
const SPAN_MONTH_COL = 4;
/** Rows a table section occupies at least, so the charts beside the tables never overlap. */
const SECTION_MIN_ROWS = 20;
/** Group of the span block's rows that merge all of a person's rows (HÅP with each person once). */
export const ALL_PERSONS_GROUP = "Alle foranstaltninger (hver borger én gang)";
const ALERT_CELL = { row: 6, col: 0 };

/** The row plan (fixed up front: the span block's place follows the tables) and shared references. */
interface Plan {
  d: SheetDraft;
  input: OverblikInput;
  year: number;
  years: number[];
  /** The earlier years shown, oldest first (the budget year is not among them). */
  earlier: YearPoint[];
  series: ForanstaltningSeries[];
  ageSpans: AgeSpan[];
  ageLabels: string[];
  names: string[];
  n: number;
  spans: PersonSpanRow[];
  /** $B$3: the budget year. */
  Y: string;
  rows: Omit<OverblikLayout, "sheetName" | "yearCell" | "baseYearCell" | "targetCell" | "names" | "years" | "yearsNoteRow" | "alertCell" | "ageLabels" | "ageBlockRow" | "ageYearLabels" | "ageYears"> & { spansTitleRow: number };
  /** The workbook-level names of the headline figures for the year. */
  headline: ReturnType<typeof headlineNames>;
}

const YEAR_CELL = { row: 2, col: 1 };
const BASE_YEAR_CELL = { row: 3, col: 1 };
const TARGET_CELL = { row: 4, col: 1 };
/** Labels of the inputs a refresh reads back (readOverblikBack). */
const BASE_YEAR_LABEL = "Basisår for indeks";
const TARGET_LABEL = "Mål for andel i plejefamilie";
const BUDGET_TITLE = "Budget og forventet regnskab";
const BUDGET_REST_LABEL = "Ikke fordelt på foranstaltninger";
const BUDGET_TOTAL_LABEL = "I alt";
const MONTH_HEADER: Cell[] = ["Foranstaltning", ...MONTHS_DA, "I alt"];

/** Rows a section of `rows` rows takes, at least SECTION_MIN_ROWS. */
const sectionRows = (rows: number) => Math.max(rows, SECTION_MIN_ROWS);

function planRows(n: number, years: number, ageGroups: number, ageYearGroups: number): Plan["rows"] {
  const perForanstaltningRows = n + 4; // title, header, rows, total (HÅP and budget: two total lines)
  const disposedRow = 9;
  const haapRow = disposedRow + sectionRows(perForanstaltningRows);
  const prisRow = haapRow + sectionRows(perForanstaltningRows);
  const budgetRow = prisRow + sectionRows(perForanstaltningRows);
  const plejeRow = budgetRow + sectionRows(perForanstaltningRows);
  const forebygRow = plejeRow + sectionRows(15);
  const yearsRow = forebygRow + sectionRows(15);
  // Year rows, the note under them, a blank row, then the index section's title and header.
  const indexRow = yearsRow + years + 4;
  const agePersonsRow = indexRow + sectionRows(years + 3);
  const ageHaapRow = agePersonsRow + sectionRows(ageGroups + 3);
  const ageYearsPersonsRow = ageHaapRow + sectionRows(ageGroups + 3);
  const ageYearsHaapRow = ageYearsPersonsRow + sectionRows(ageYearGroups + 3);
  const spansTitleRow = ageYearsHaapRow + sectionRows(ageYearGroups + 3) - 2;
  return {
    disposedRow, haapRow, prisRow, budgetRow, plejeRow, forebygRow, yearsRow, indexRow, agePersonsRow, ageHaapRow, ageYearsPersonsRow, ageYearsHaapRow,
    spansTitleRow, spansRow: spansTitleRow + 3,
    disposedTotalRow: disposedRow + n, haapTotalRow: haapRow + n, haapPersonRow: haapRow + n + 1, prisTotalRow: prisRow + n,
    budgetRestRow: budgetRow + n, budgetTotalRow: budgetRow + n + 1,
  };
}

/**
 * Section title two rows above `first`, column headers right above it, wrapped: a header longer than
 * its column ("Forventet regnskab", "Helårspersoner") gets the lines and width it needs (sheets/print.ts).
 */
function sectionHead(p: Plan, first: number, title: string, header: Cell[]): void {
  p.d.section(first - 2, title).header(first - 1, 0, header, true);
}

/** A chart beside the section whose title is at row `at`. */
function chart(p: Plan, c: Omit<ChartRequest, "at">, at: number): void {
  p.d.chart({ ...c, at: rect(at, CHART_COL, SECTION_MIN_ROWS - 2, 9) });
}

/** "I alt" line summing the month and year columns of rows from..to-1. */
function totalLine(p: Plan, r: number, from: number, to: number, label = "I alt"): void {
  const cells: Cell[] = [label];
  for (let c = 1; c <= YEAR_COL; c++) cells.push(p.n > 0 ? { f: `SUM(${a1(from, c)}:${a1(to - 1, c)})` } : 0);
  p.d.put(r, 0, [cells]).style(rect(r, 0, 1, YEAR_COL + 1), "total");
}

/** Column c of the span block. */
function spanRange(p: Plan, c: number): string {
  const { spansRow } = p.rows;
  return `$${colName(c)}$${spansRow + 1}:$${colName(c)}$${Math.max(spansRow, spansRow + p.spans.length)}`;
}

/** Rows of the per-foranstaltning table starting at `first`, column c, absolute. */
function foranstaltningRange(p: Plan, first: number, c: number): string {
  return `${a1(first, c, true, true)}:${a1(Math.max(first, first + p.n - 1), c, true, true)}`;
}

function writeHeading(p: Plan): void {
  const { d, input, year } = p;
  d.heading({
    title: reportTitle(`Overblik ${year}`, input.kommune),
    banner: `${generatedBy(input.generatedOn)} fra arket ${input.disponering.sheetName}. Gule celler kan rettes; resten beregnes.`,
    width: YEAR_COL + 1,
    rows: [["Budgetår", year], [BASE_YEAR_LABEL, input.baseYear ?? p.years[0]], [TARGET_LABEL, input.target ?? 0.75]],
    chartsDrawn: input.chartsDrawn,
  });
  d.format(rect(2, 0, 3, 1), { bold: true }).numberFormat(rect(2, 1, 2, 1), NUMBER_FORMATS.integer);
  d.style(rect(3, 1, 2, 1), "input").numberFormat(rect(4, 1), NUMBER_FORMATS.percent);
}

/** 1. Disposed amount per month: SUMIFS over the Disponering sheet's case rows. */
function writeDisposed(p: Plan): void {
  const { d, names, n } = p;
  const { disposedRow, disposedTotalRow } = p.rows;
  const disp = p.input.disponering;
  const ref = sheetRef(disp.sheetName);
  const dispRange = (col: number) => `${ref}$${colName(col)}$${disp.casesFrom + 1}:$${colName(col)}$${disp.casesTo + 1}`;
  sectionHead(p, disposedRow, "Disponeret beløb pr. måned (kr.)", MONTH_HEADER);
  d.put(disposedRow, 0, names.map((name, i) => {
    const r = disposedRow + i;
    const cells: Cell[] = [name];
    for (let m = 0; m < 12; m++) {
      cells.push({ f: `SUMIFS(${dispRange(disp.firstMonthCol + m)},${dispRange(disp.cols.foranstaltning)},${a1(r, 0, false, true)})` });
    }
    cells.push({ f: `SUM(${a1(r, 1)}:${a1(r, 12)})` });
    return cells;
  }));
  totalLine(p, disposedTotalRow, disposedRow, disposedTotalRow);
  d.numberFormat(rect(disposedRow, 1, n + 1, YEAR_COL), NUMBER_FORMATS.kr);
  chart(p, { type: "line", title: "Disponeret beløb pr. måned", source: rect(disposedRow - 1, 0, n + 1, 13), seriesBy: "rows", xAxisTitle: "Måned", yAxisTitle: "Kr." }, disposedRow - 2);
}

/** 2. HÅP per month (and for the year) from the span block. */
function writeHaap(p: Plan): void {
  const { d, names, n, Y } = p;
  const { haapRow, haapTotalRow } = p.rows;
  sectionHead(p, haapRow, "Helårspersoner pr. måned", MONTH_HEADER);
  const G = spanRange(p, 0);
  d.put(haapRow, 0, names.map((name, i) => {
    const match = a1(haapRow + i, 0, false, true);
    const cells: Cell[] = [name];
    for (let m = 1; m <= 12; m++) {
      cells.push({ f: `SUMIFS(${spanRange(p, SPAN_MONTH_COL + m - 1)},${G},${match})/DAY(EOMONTH(DATE(${Y},${m},1),0))` });
    }
    cells.push({ f: `SUMIFS(${spanRange(p, 3)},${G},${match})/(DATE(${Y}+1,1,1)-DATE(${Y},1,1))` });
    return cells;
  }));
  // The sum over foranstaltninger counts a borger once per foranstaltning: helårsforanstaltninger, not
  // HÅP (docs/domain.md §4). The I alt line merges all of a person's rows; its year is HÅP_ÅÅÅÅ itself.
  totalLine(p, haapTotalRow, haapRow, haapTotalRow, "Helårsforanstaltninger i alt (sum af rækkerne)");
  d.style(rect(haapTotalRow, 0, 1, YEAR_COL + 1), "subtotal");
  const all = `"${ALL_PERSONS_GROUP}"`;
  const person: Cell[] = ["I alt (hver borger én gang)"];
  for (let m = 1; m <= 12; m++) person.push({ f: `SUMIFS(${spanRange(p, SPAN_MONTH_COL + m - 1)},${G},${all})/DAY(EOMONTH(DATE(${Y},${m},1),0))` });
  person.push({ f: p.headline.haap });
  d.put(p.rows.haapPersonRow, 0, [person]).style(rect(p.rows.haapPersonRow, 0, 1, YEAR_COL + 1), "total");
  d.numberFormat(rect(haapRow, 1, n + 2, YEAR_COL), NUMBER_FORMATS.haap);
  chart(p, { type: "line", title: "Helårspersoner pr. måned", source: rect(haapRow - 1, 0, n + 1, 13), seriesBy: "rows", xAxisTitle: "Måned", yAxisTitle: "Helårspersoner" }, haapRow - 2);
}

/** 3. GNS-pris per month: disposed ÷ HÅP of the same rows; #I/T where HÅP is 0 (a gap in the chart). */
function writePris(p: Plan): void {
  const { d, names, n } = p;
  const { prisRow, prisTotalRow, disposedRow, disposedTotalRow, haapRow, haapPersonRow } = p.rows;
  sectionHead(p, prisRow, "Gennemsnitspris pr. helårsperson (kr.; måneder: pr. måned, I alt: pr. år)", MONTH_HEADER);
  const priceLine = (r: number, dRow: number, hRow: number, label: string): Cell[] => {
    const cells: Cell[] = [label];
    for (let c = 1; c <= YEAR_COL; c++) cells.push({ f: `IF(${a1(hRow, c)}=0,NA(),${a1(dRow, c)}/${a1(hRow, c)})` });
    return cells;
  };
  d.put(prisRow, 0, names.map((name, i) => priceLine(prisRow + i, disposedRow + i, haapRow + i, name)));
  // I alt: per helårsperson (each person once); the year is GNS_pris_ÅÅÅÅ itself.
  const total = priceLine(prisTotalRow, disposedTotalRow, haapPersonRow, "I alt (pr. helårsperson)");
  total[YEAR_COL] = { f: p.headline.gnsPris };
  d.put(prisTotalRow, 0, [total]);
  d.style(rect(prisTotalRow, 0, 1, YEAR_COL + 1), "total");
  d.numberFormat(rect(prisRow, 1, n + 1, YEAR_COL), NUMBER_FORMATS.kr);
  chart(p, { type: "line", title: "Gennemsnitspris pr. helårsperson pr. måned", source: rect(prisRow - 1, 0, n + 1, 13), seriesBy: "rows", xAxisTitle: "Måned", yAxisTitle: "Kr." }, prisRow - 2);
}

/** 4. Budget against forventet regnskab, with the type that drives the shares below. */
function writeBudget(p: Plan): void {
  const { d, series, n } = p;
  const { budgetRow, disposedRow, budgetRestRow, budgetTotalRow } = p.rows;
  const source = p.input.budgetSource ? `budget pr. foranstaltning: ${p.input.budgetSource}` : "budget pr. foranstaltning kan indtastes";
  sectionHead(p, budgetRow, `${BUDGET_TITLE} (kr.; ${source})`, ["Foranstaltning", "Budget", "Forventet regnskab", "Afvigelse", "Type"]);
  d.put(budgetRow, 0, series.map((s, i) => {
    const r = budgetRow + i;
    return [s.foranstaltning, p.input.budgets?.[s.foranstaltning] ?? 0, { f: a1(disposedRow + i, YEAR_COL) }, { f: `${a1(r, 2)}-${a1(r, 1)}` }, FORANSTALTNING_TYPE_LABELS[s.type]];
  }));
  // I alt is the workbook's one budget, forventet regnskab and afvigelse (names on Nøgletal); what the
  // rows above do not account for (budget not distributed, booked months, the pool) stands on its own line.
  const rows = (c: number) => (n > 0 ? `SUM(${a1(budgetRow, c)}:${a1(budgetRestRow - 1, c)})` : "0");
  const { budget, forventet, afvigelse } = p.headline;
  d.put(budgetRestRow, 0, [[BUDGET_REST_LABEL, { f: `N(${budget})-${rows(1)}` }, { f: `${forventet}-${rows(2)}` }, { f: `${a1(budgetRestRow, 2)}-${a1(budgetRestRow, 1)}` }]]);
  d.style(rect(budgetRestRow, 0, 1, 5), "note");
  d.put(budgetTotalRow, 0, [[BUDGET_TOTAL_LABEL, { f: budget }, { f: forventet }, { f: afvigelse }]]);
  d.style(rect(budgetTotalRow, 0, 1, 5), "total");
  d.numberFormat(rect(budgetRow, 1, n + 2, 3), NUMBER_FORMATS.kr);
  if (n > 0) {
    d.style(rect(budgetRow, 1, n, 1), "input").style(rect(budgetRow, 4, n, 1), "input");
    const types = Object.values(FORANSTALTNING_TYPE_LABELS);
    d.validate(rect(budgetRow, 4, n, 1), { type: "list", values: types }, `Typen skal være en af: ${types.join(", ")}`);
  }
  chart(p, { type: "columnClustered", title: "Budget og forventet regnskab", source: rect(budgetRow - 1, 0, n + 1, 3), seriesBy: "columns", xAxisTitle: "Foranstaltning", yAxisTitle: "Kr." }, budgetRow - 2);
}

/** 5. Share of placements in foster families (HÅP), against the user's target. */
function writePleje(p: Plan): void {
  const { d } = p;
  const { plejeRow, haapRow, budgetRow } = p.rows;
  const L = FORANSTALTNING_TYPE_LABELS;
  const typeRange = foranstaltningRange(p, budgetRow, 4);
  sectionHead(p, plejeRow, "Andel af anbringelser i plejefamilie (helårspersoner)", ["Måned", "Andel i plejefamilie", "Mål"]);
  d.put(plejeRow, 0, MONTHS_DA.map((label, m) => {
    const h = foranstaltningRange(p, haapRow, m + 1);
    const pleje = `SUMIFS(${h},${typeRange},"${L.plejefamilie}")`;
    const placed = `(${pleje}+SUMIFS(${h},${typeRange},"${L.anbringelse}"))`;
    return [label, { f: `IF(${placed}=0,NA(),${pleje}/${placed})` }, { f: a1(TARGET_CELL.row, TARGET_CELL.col, true, true) }];
  }));
  d.numberFormat(rect(plejeRow, 1, 12, 2), NUMBER_FORMATS.percent);
  chart(p, { type: "line", title: "Andel af anbringelser i plejefamilie mod målet", source: rect(plejeRow - 1, 0, 13, 3), seriesBy: "columns", xAxisTitle: "Måned", yAxisTitle: "Andel" }, plejeRow - 2);
}

/** 6. Share of spending on preventive measures. */
function writeForebyg(p: Plan): void {
  const { d } = p;
  const { forebygRow, disposedRow, budgetRow } = p.rows;
  const typeRange = foranstaltningRange(p, budgetRow, 4);
  sectionHead(p, forebygRow, "Andel af udgiften til forebyggende foranstaltninger", ["Måned", "Andel forebyggende"]);
  d.put(forebygRow, 0, MONTHS_DA.map((label, m) => {
    const dr = foranstaltningRange(p, disposedRow, m + 1);
    return [label, { f: `IF(SUM(${dr})=0,NA(),SUMIFS(${dr},${typeRange},"${FORANSTALTNING_TYPE_LABELS.forebyggende}")/SUM(${dr}))` }];
  }));
  d.numberFormat(rect(forebygRow, 1, 12, 1), NUMBER_FORMATS.percent);
  chart(p, { type: "line", title: "Andel af udgiften til forebyggende foranstaltninger", source: rect(forebygRow - 1, 0, 13, 2), seriesBy: "columns", xAxisTitle: "Måned", yAxisTitle: "Andel" }, forebygRow - 2);
}

const SOURCE_TEXT: Record<YearSource, string> = {
  regnskab: "Regnskab (tabellen Regnskab)",
  aarsafslutning: "Gemt ved årsafslutning",
  begge: "Regnskab; helårspersoner fra årsafslutning",
};

/** Why the table shows no earlier year (Danish, on the sheet). */
export const NO_HISTORY_NOTE =
  "Tidligere år vises ikke: arbejdsbogen har hverken tal gemt ved årsafslutning (Luk året) eller en tabel Regnskab med Konto, År og Regnskab. " +
  "Tidligere år beregnes aldrig ud fra dagens sagsliste, for sager, der sluttede for længe siden, er ikke med i den.";

/**
 * 7. Years: the earlier years as saved or booked (values; a missing figure stays empty, never 0),
 * the budget year from the tables above.
 */
function writeYears(p: Plan): void {
  const { d, years, earlier, Y } = p;
  const { yearsRow, disposedTotalRow, haapPersonRow } = p.rows;
  sectionHead(p, yearsRow, "Udvikling over år", ["År", "Disponeret / regnskab", "Helårspersoner", "GNS-pris", "Kilde"]);
  const price = (r: number): Cell => ({ f: `IF(AND(ISNUMBER(${a1(r, 1)}),ISNUMBER(${a1(r, 2)})),IF(${a1(r, 2)}=0,"",${a1(r, 1)}/${a1(r, 2)}),"")` });
  const rows: Cell[][] = earlier.map((e, i) => [e.year, e.beloeb, e.haap, price(yearsRow + i), SOURCE_TEXT[e.source!]]);
  const last = yearsRow + earlier.length;
  rows.push([{ f: Y }, { f: a1(disposedTotalRow, YEAR_COL) }, { f: a1(haapPersonRow, YEAR_COL) }, price(last), "Budgetåret (beregnet af sagerne)"]);
  d.put(yearsRow, 0, rows);
  d.numberFormat(rect(yearsRow, 0, years.length, 1), NUMBER_FORMATS.integer);
  d.numberFormat(rect(yearsRow, 1, years.length, 1), NUMBER_FORMATS.kr).numberFormat(rect(yearsRow, 2, years.length, 1), NUMBER_FORMATS.haap);
  d.numberFormat(rect(yearsRow, 3, years.length, 1), NUMBER_FORMATS.kr);
  const note = earlier.length === 0
    ? NO_HISTORY_NOTE
    : `Tidligere år er tal gemt ved årsafslutning og tabellen Regnskab, aldrig beregnet ud fra dagens sagsliste.${p.input.history?.note ? ` ${p.input.history.note}` : ""}`;
  d.put(yearsRow + years.length, 0, [[note]]).style(rect(yearsRow + years.length, 0), "note");
}

/**
 * 8. Index against the base year (base = 100). The year column is text so a chart reads it as
 * categories; a year or base without the figure shows an empty cell, a base year not in the table
 * says so.
 */
function writeIndex(p: Plan): void {
  const { d, years } = p;
  const { indexRow, yearsRow } = p.rows;
  sectionHead(p, indexRow, "Indeks (basisår = 100)", ["År", "Disponeret / regnskab", "Helårspersoner", "GNS-pris"]);
  const yearCol = `${a1(yearsRow, 0, true, true)}:${a1(yearsRow + years.length - 1, 0, true, true)}`;
  const base = a1(BASE_YEAR_CELL.row, BASE_YEAR_CELL.col, true, true);
  d.put(indexRow, 0, years.map((_y, i) => {
    const src = yearsRow + i;
    const cells: Cell[] = [{ f: `""&${a1(src, 0)}` }];
    for (let c = 1; c <= 3; c++) {
      const col = `${a1(yearsRow, c, true, false)}:${a1(yearsRow + years.length - 1, c, true, false)}`;
      const b = `INDEX(${col},MATCH(${base},${yearCol},0))`;
      const v = a1(src, c);
      cells.push({ f: `IF(ISNA(MATCH(${base},${yearCol},0)),"basisåret er ikke i tabellen",IF(AND(ISNUMBER(${v}),ISNUMBER(${b})),IF(${b}=0,"",${v}/${b}*100),""))` });
    }
    return cells;
  }));
  d.numberFormat(rect(indexRow, 1, years.length, 3), NUMBER_FORMATS.haap);
  chart(p, { type: "line", title: "Indeks (basisår = 100)", source: rect(indexRow - 1, 0, years.length + 1, 4), seriesBy: "columns", xAxisTitle: "År", yAxisTitle: "Indeks" }, yearsRow - 2);
}

/** The span block HÅP counts: merged person spans with their days per month. */
function* writeSpans(p: Plan): Generator<void, void> {
  const { d, spans, Y } = p;
  const { spansTitleRow, spansRow } = p.rows;
  d.put(spansTitleRow, 0, [["Grundlag for helårspersoner"], ["Samme persons rækker inden for en foranstaltning er slået sammen, så overlappende bevillinger tælles én gang. Perioderne er afgrænset til budgetåret; ingen cpr-numre."]]);
  d.style(rect(spansTitleRow, 0), "section").style(rect(spansTitleRow + 1, 0), "note");
  const spanHeader: Cell[] = ["Foranstaltning", "Fra", "Til", "Dage i året"];
  for (let m = 1; m <= 12; m++) spanHeader.push({ f: `DATE(${Y},${m},1)` });
  d.header(spansRow - 1, 0, spanHeader, true);
  d.numberFormat(rect(spansRow - 1, SPAN_MONTH_COL, 1, 12), "mmm");
  if (spans.length === 0) return;
  d.put(spansRow, 0, yield* mapInSteps(spans, (s) => [s.group, dayToSerial(s.start), dayToSerial(s.stop)]));
  yield;
  d.fill(rect(spansRow, 3, spans.length, 1), `${a1(spansRow, 2)}-${a1(spansRow, 1)}+1`);
  const h = a1(spansRow - 1, SPAN_MONTH_COL, true, false);
  const from = a1(spansRow, 1, false, true), to = a1(spansRow, 2, false, true);
  d.fill(rect(spansRow, SPAN_MONTH_COL, spans.length, 12), `MAX(0,MIN(${to},EOMONTH(${h},0))-MAX(${from},${h})+1)`);
  d.numberFormat(rect(spansRow, 1, spans.length, 2), NUMBER_FORMATS.date);
}

export function buildOverblik(input: OverblikInput): { spec: SheetSpec; layout: OverblikLayout } {
  return drain(buildOverblikInSteps(input));
}

/** buildOverblik as steps (see buildDisponeringInSteps): the series and spans over all cases pause every few ms. */
export function* buildOverblikInSteps(input: OverblikInput): Generator<void, { spec: SheetSpec; layout: OverblikLayout }> {
  const { year } = input;
  const sheetName = input.sheetName ?? YEAR_SHEET_NAMES.overblik(year);
  // Only the years with figures; the base year does not change which years are shown.
  const earlier = input.history
    ? yearSeries(input.history.saved, input.history.regnskab, year - 1, year - 1, EARLIER_YEARS).filter((e) => e.source !== null)
    : [];
  const years = [...earlier.map((e) => e.year), year];
  const series = yield* foranstaltningSeriesInSteps(input.cases, year, input.types);
  const names = series.map((s) => s.foranstaltning);
  const spansByAge = yield* ageSpansInSteps(input.cases, yearStart(year), yearEnd(year));
  const labels = ageLabels(spansByAge);
  // Per foranstaltning, then all of a person's rows merged (the I alt line counts each person once).
  const spans = (yield* mergedPersonSpansInSteps(input.cases, (c) => c.foranstaltning, yearStart(year), yearEnd(year)))
    .concat(yield* mergedPersonSpansInSteps(input.cases, () => ALL_PERSONS_GROUP, yearStart(year), yearEnd(year)));
  // The saved years only (never recomputed from today's cases), before the budget year.
  const savedAges = ageYears((input.history?.saved ?? []).filter((r) => r.year < year));
  const savedAgeLabels = ageYearLabels(savedAges);
  const p: Plan = {
    d: draft(), input, year, years, earlier, series, ageSpans: spansByAge, ageLabels: labels, names, n: names.length,
    spans,
    Y: a1(YEAR_CELL.row, YEAR_CELL.col, true, true),
    rows: planRows(names.length, years.length, labels.length, savedAgeLabels.length + 1),
    headline: headlineNames(year),
  };
  writeHeading(p);
  staleBanner(p.d, ALERT_CELL.row, ALERT_CELL.col, input.disponering.sheetName, "helårspersonerne her");
  writeDisposed(p);
  writeHaap(p);
  writePris(p);
  writeBudget(p);
  writePleje(p);
  writeForebyg(p);
  writeYears(p);
  writeIndex(p);
  writeAgeYears({
    d: p.d, years: savedAges, labels: savedAgeLabels, personsRow: p.rows.ageYearsPersonsRow, haapRow: p.rows.ageYearsHaapRow, chart: (c, at) => chart(p, c, at),
  });
  yield;
  yield* writeSpans(p);
  // The age block below the span block.
  const ageBlockTitleRow = p.rows.spansRow + Math.max(p.spans.length, 1) + 2;
  writeAgeMonths({
    d: p.d, Y: p.Y, spans: p.ageSpans, labels: p.ageLabels, personsRow: p.rows.agePersonsRow, haapRow: p.rows.ageHaapRow,
    blockTitleRow: ageBlockTitleRow, chart: (c, at) => chart(p, c, at),
  });

  yield;
  const columnWidths: Record<number, number> = { 0: 30, [YEAR_COL]: 13 };
  for (let m = 1; m <= 12; m++) columnWidths[m] = 11;
  const { spansTitleRow: _spansTitleRow, ...rows } = p.rows;
  return {
    // Tables of different heights below each other have no one header row: column A (foranstaltning,
    // måned, år) stays in view while the month columns scroll.
    spec: p.d.toSpec({
      name: sheetName, kind: "overblik", columnWidths, freeze: { rows: 0, cols: 1 }, protect: true, tabColor: "#548235",
      // The figures print; the basis for HÅP and ages below them does not.
      print: { rows: p.rows.spansTitleRow },
      // The budget and type typed per foranstaltning survive a refresh, by foranstaltning. The record
      // says 0 and the default type: budgets given to the builder were typed by the user (read back
      // from this sheet), so they stay the user's when a later run has none to give.
      inputs: [{
        // Base year and target typed here stay while the Overblik panel's choice is the same; a new
        // choice there replaces them.
        headerRow: BASE_YEAR_CELL.row, firstRow: BASE_YEAR_CELL.row, rows: 2, keyCols: { label: 0 }, inputCols: [BASE_YEAR_CELL.col],
        keys: [BASE_YEAR_LABEL, TARGET_LABEL].map((label) => inputKey({ label })), recordCol: RECORD_COL, sourceWins: true, label: "Valg",
      }, {
        headerRow: p.rows.budgetRow - 2, firstRow: p.rows.budgetRow, anchor: { col: 0, text: BUDGET_TITLE },
        keys: p.series.map((s) => inputKey({ label: s.foranstaltning })), keyCols: { label: 0 }, inputCols: [1, 4],
        end: { col: 0, text: BUDGET_REST_LABEL }, recordCol: RECORD_COL, recorded: p.series.map((s) => [0, FORANSTALTNING_TYPE_LABELS[s.type]]),
      }],
    }),
    layout: {
      sheetName, yearCell: YEAR_CELL, baseYearCell: BASE_YEAR_CELL, targetCell: TARGET_CELL, names, years, yearsNoteRow: rows.yearsRow + years.length,
      alertCell: ALERT_CELL, ageLabels: labels, ageBlockRow: ageBlockFirstRow(ageBlockTitleRow), ageYearLabels: savedAgeLabels,
      ageYears: savedAges.map((y) => y.year), ...rows,
    },
  };
}

/**
 * Overblik's inputs read back by the labels this builder writes: base year, target and the budget per
 * foranstaltning typed in its budget table (the rows under the table's header down to its rest line).
 */
export function readOverblikBack(g: Grid): { baseYear?: number; target?: number; budgets: Record<string, number> } {
  const valueRight = (label: string) => {
    const r = findRow(g, 0, (t) => t === label);
    return r >= 0 ? cellNumber(g, r, 1) : undefined;
  };
  const budgets: Record<string, number> = {};
  const head = findRow(g, 0, (t) => t.startsWith(BUDGET_TITLE));
  if (head >= 0) {
    // The title row, then the table's header row, then one row per foranstaltning.
    for (let r = head + 2; r < g.rows; r++) {
      const name = cellText(g.at(r, 0));
      if (name === "" || name === BUDGET_REST_LABEL || name === BUDGET_TOTAL_LABEL) break;
      const v = cellNumber(g, r, 1);
      if (v !== undefined && v !== 0) budgets[name] = v;
    }
  }
  return { baseYear: valueRight(BASE_YEAR_LABEL), target: valueRight(TARGET_LABEL), budgets };
}
