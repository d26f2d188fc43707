// Overblik's age per month (docs/domain.md §8; Kolding reports the children's age distribution
// monthly): persons and HÅP per age group for each month of the budget year, with a chart each.
// Native formulas over a block of our own at the bottom of the sheet: every person's days in the year
// as merged spans (core `ageSpans`: rows of one CPR merged across foranstaltninger, no CPR written,
// only an anonymous person number and the birth date), the days of each span in each month, the
// person's age group in the month (DATEDIF at the month's end, or at the span's end when earlier),
// and — for the count — the group once per person and month (on the first of the person's spans in
// the month). The block is sorted by person on a protected sheet, so comparing a row with the one
// above it is safe here, unlike on the user's sortable case sheet.
import { AGE_GROUPS, dayToSerial, UNKNOWN_AGE_LABEL, type AgeSpan, type AgeYear } from "../core";
import { a1, colName, rect } from "./a1";
import { MONTHS_DA, type SheetDraft } from "./draft";
import { NUMBER_FORMATS, type Cell, type ChartRequest } from "./spec";

/** Columns of the age block: person, birth date, from, to, then 12 × days, 12 × group, 12 × counted group. */
export const AGE_BLOCK = { person: 0, birth: 1, from: 2, to: 3, days: 4, group: 16, counted: 28, width: 40 } as const;

/** The age-group labels the tables list: the five groups, and "Ukendt alder" when a person has no birth date. */
export function ageLabels(spans: readonly AgeSpan[]): string[] {
  const labels = AGE_GROUPS.map((g) => g.label);
  return spans.some((s) => Number.isNaN(s.birth)) ? [...labels, UNKNOWN_AGE_LABEL] : labels;
}

/** Nested IF from an age to its group label. */
function groupOfAge(age: string): string {
  let f = `"${AGE_GROUPS[AGE_GROUPS.length - 1].label}"`;
  for (let i = AGE_GROUPS.length - 2; i >= 0; i--) f = `IF(${age}<${AGE_GROUPS[i + 1].from},"${AGE_GROUPS[i].label}",${f})`;
  return f;
}

export interface AgeMonthsPlan {
  d: SheetDraft;
  /** Absolute reference to the budget-year cell. */
  Y: string;
  spans: readonly AgeSpan[];
  labels: readonly string[];
  /** First data row of the persons table and of the HÅP table (title two rows above each). */
  personsRow: number;
  haapRow: number;
  /** Title row of the block; the block's header is two rows below it, its spans from the next. */
  blockTitleRow: number;
  chart: (c: Omit<ChartRequest, "at">, at: number) => void;
}

/** Rows the age block starts its spans at, given its title row. */
export const ageBlockFirstRow = (blockTitleRow: number) => blockTitleRow + 3;

/** Writes the two tables with their charts and the block they count over. */
export function writeAgeMonths(p: AgeMonthsPlan): void {
  const { d, Y, spans, labels } = p;
  const first = ageBlockFirstRow(p.blockTitleRow);
  const col = (c: number) => `$${colName(c)}$${first + 1}:$${colName(c)}$${Math.max(first + 1, first + spans.length)}`;
  const g = labels.length;
  const monthHeader: Cell[] = ["Aldersgruppe", ...MONTHS_DA];

  // Persons per group and month: COUNTIF over the counted-group column of the month.
  d.section(p.personsRow - 2, "Børn og unge pr. aldersgruppe pr. måned (antal personer; alder ved månedens udgang)");
  d.header(p.personsRow - 1, 0, monthHeader, true);
  d.put(p.personsRow, 0, labels.map((label, i) => {
    const L = a1(p.personsRow + i, 0, false, true);
    return [label, ...MONTHS_DA.map((_m, m): Cell => (spans.length > 0 ? { f: `COUNTIF(${col(AGE_BLOCK.counted + m)},${L})` } : 0))];
  }));
  d.put(p.personsRow + g, 0, [["I alt (hver person én gang)", ...MONTHS_DA.map((_m, m): Cell => ({ f: `SUM(${a1(p.personsRow, m + 1)}:${a1(p.personsRow + g - 1, m + 1)})` }))]]);
  d.style(rect(p.personsRow + g, 0, 1, 13), "total");
  d.numberFormat(rect(p.personsRow, 1, g + 1, 12), NUMBER_FORMATS.integer);
  p.chart({ type: "line", title: "Børn og unge pr. aldersgruppe pr. måned", source: rect(p.personsRow - 1, 0, g + 1, 13), seriesBy: "rows", xAxisTitle: "Måned", yAxisTitle: "Personer" }, p.personsRow - 2);

  // HÅP per group and month: the days of the month in the group ÷ the month's days; the year column
  // sums the twelve months' days ÷ the year's days.
  d.section(p.haapRow - 2, "Helårspersoner pr. aldersgruppe pr. måned");
  d.header(p.haapRow - 1, 0, [...monthHeader, "I alt"], true);
  d.put(p.haapRow, 0, labels.map((label, i) => {
    const L = a1(p.haapRow + i, 0, false, true);
    const days = (m: number) => `SUMIFS(${col(AGE_BLOCK.days + m)},${col(AGE_BLOCK.group + m)},${L})`;
    const cells: Cell[] = [label];
    for (let m = 0; m < 12; m++) cells.push(spans.length > 0 ? { f: `${days(m)}/DAY(EOMONTH(DATE(${Y},${m + 1},1),0))` } : 0);
    cells.push(spans.length > 0 ? { f: `(${MONTHS_DA.map((_m, m) => days(m)).join("+")})/(DATE(${Y}+1,1,1)-DATE(${Y},1,1))` } : 0);
    return cells;
  }));
  d.put(p.haapRow + g, 0, [["I alt (hver person én gang)", ...Array.from({ length: 13 }, (_x, m): Cell => ({ f: `SUM(${a1(p.haapRow, m + 1)}:${a1(p.haapRow + g - 1, m + 1)})` }))]]);
  d.style(rect(p.haapRow + g, 0, 1, 14), "total");
  d.numberFormat(rect(p.haapRow, 1, g + 1, 13), NUMBER_FORMATS.haap);
  p.chart({ type: "line", title: "Helårspersoner pr. aldersgruppe pr. måned", source: rect(p.haapRow - 1, 0, g + 1, 13), seriesBy: "rows", xAxisTitle: "Måned", yAxisTitle: "Helårspersoner" }, p.haapRow - 2);

  // The block.
  d.put(p.blockTitleRow, 0, [
    ["Grundlag for alder pr. måned"],
    ["Hver persons dage i budgetåret (rækker med samme cpr-nummer slået sammen på tværs af foranstaltninger); personnummeret er et løbenummer, ingen cpr-numre."],
  ]);
  d.style(rect(p.blockTitleRow, 0), "section").style(rect(p.blockTitleRow + 1, 0), "note");
  const header: Cell[] = ["Person", "Fødselsdato", "Fra", "Til"];
  for (let m = 1; m <= 12; m++) header.push({ f: `DATE(${Y},${m},1)` });
  for (const name of MONTHS_DA) header.push(`Gruppe ${name}`);
  for (const name of MONTHS_DA) header.push(`Tælles ${name}`);
  d.header(first - 1, 0, header, true);
  d.numberFormat(rect(first - 1, AGE_BLOCK.days, 1, 12), "mmm");
  if (spans.length === 0) return;
  d.put(first, 0, spans.map((s) => [s.person, Number.isNaN(s.birth) ? "" : dayToSerial(s.birth), dayToSerial(s.start), dayToSerial(s.stop)]));
  d.numberFormat(rect(first, 1, spans.length, 3), NUMBER_FORMATS.date);
  const h = a1(first - 1, AGE_BLOCK.days, true, false);
  const from = a1(first, AGE_BLOCK.from, false, true), to = a1(first, AGE_BLOCK.to, false, true), birth = a1(first, AGE_BLOCK.birth, false, true);
  d.fill(rect(first, AGE_BLOCK.days, spans.length, 12), `MAX(0,MIN(${to},EOMONTH(${h},0))-MAX(${from},${h})+1)`);
  // The group in month m: from the age at the month's end or the span's end; a birth after that day
  // (a case before the birth, bad data) counts in the youngest group rather than failing.
  const days = a1(first, AGE_BLOCK.days, false, false);
  const monthHead = a1(first - 1, AGE_BLOCK.days, true, false);
  const end = `MIN(${to},EOMONTH(${monthHead},0))`;
  d.fill(rect(first, AGE_BLOCK.group, spans.length, 12),
    `IF(${days}=0,"",IF(${birth}="","${UNKNOWN_AGE_LABEL}",IF(${birth}>${end},"${AGE_GROUPS[0].label}",${groupOfAge(`DATEDIF(${birth},${end},"Y")`)})))`);
  // Counted once per person and month: on the person's first span with days in the month.
  const person = a1(first, AGE_BLOCK.person, false, true);
  const personAbove = a1(first - 1, AGE_BLOCK.person, false, true);
  const daysAbove = a1(first - 1, AGE_BLOCK.days, false, false);
  const group = a1(first, AGE_BLOCK.group, false, false);
  d.fill(rect(first, AGE_BLOCK.counted, spans.length, 12), `IF(AND(${days}>0,OR(${person}<>${personAbove},${daysAbove}=0)),${group},"")`);
}

/** The age-group labels of the saved years: the five groups, and "Ukendt alder" when a year saved it. */
export function ageYearLabels(years: readonly AgeYear[]): string[] {
  const labels = AGE_GROUPS.map((g) => g.label);
  return years.some((y) => y.personer.has(UNKNOWN_AGE_LABEL)) ? [...labels, UNKNOWN_AGE_LABEL] : labels;
}

export interface AgeYearsPlan {
  d: SheetDraft;
  /** The saved years with figures per age group, oldest first. */
  years: readonly AgeYear[];
  labels: readonly string[];
  /** First data row of the persons table and of the HÅP table (title two rows above each). */
  personsRow: number;
  haapRow: number;
  chart: (c: Omit<ChartRequest, "at">, at: number) => void;
}

/** Said where no closed year has figures per age group. */
export const NO_AGE_YEARS_NOTE = "Ingen år er lukket med aldersgrupper endnu: Luk året gemmer personer og helårspersoner pr. aldersgruppe, og så vises de her.";

/**
 * Persons and HÅP per age group over the years closed with Luk året (docs/domain.md §8; Randers
 * "aldersfordeling over år"): the saved figures as values — never recomputed from today's cases —
 * with the year's total of persons and HÅP, each person once, as saved.
 */
export function writeAgeYears(p: AgeYearsPlan): void {
  const { d, years, labels } = p;
  const title = (what: string) => `${what} pr. aldersgruppe over år (gemt ved Luk året; alder ved årets udgang eller sagens ophør)`;
  d.section(p.personsRow - 2, title("Børn og unge (antal personer)"));
  if (years.length === 0) {
    d.put(p.personsRow - 1, 0, [[NO_AGE_YEARS_NOTE]]).style(rect(p.personsRow - 1, 0), "note");
    return;
  }
  const header: Cell[] = ["Aldersgruppe", ...years.map((y) => String(y.year))];
  const table = (row: number, of: (y: AgeYear) => Map<string, number>, total: (y: AgeYear) => number | null, format: string) => {
    d.header(row - 1, 0, header);
    d.put(row, 0, labels.map((label) => [label, ...years.map((y) => of(y).get(label) ?? 0)]));
    d.put(row + labels.length, 0, [["I alt (hver person én gang)", ...years.map(total)]]).style(rect(row + labels.length, 0, 1, years.length + 1), "total");
    d.numberFormat(rect(row, 1, labels.length + 1, years.length), format);
  };
  table(p.personsRow, (y) => y.personer, (y) => y.personerIalt, NUMBER_FORMATS.integer);
  p.chart({ type: "columnClustered", title: "Børn og unge pr. aldersgruppe over år", source: rect(p.personsRow - 1, 0, labels.length + 1, years.length + 1), seriesBy: "columns", xAxisTitle: "Aldersgruppe", yAxisTitle: "Personer" }, p.personsRow - 2);
  d.section(p.haapRow - 2, title("Helårspersoner"));
  table(p.haapRow, (y) => y.haap, (y) => y.haapIalt, NUMBER_FORMATS.haap);
  p.chart({ type: "columnClustered", title: "Helårspersoner pr. aldersgruppe over år", source: rect(p.haapRow - 1, 0, labels.length + 1, years.length + 1), seriesBy: "columns", xAxisTitle: "Aldersgruppe", yAxisTitle: "Helårspersoner" }, p.haapRow - 2);
}
