// "Overblik ÅÅÅÅ": the key figures the well-run kommuner follow every month (docs/domain.md §1.2):
// per foranstaltning the disposed amount, HÅP and GNS-pris month by month, budget against forventet
// regnskab, the share of placements in foster families against a target, the share of preventive
// measures, and an index against a base year — each a table of native formulas with a chart beside it.
//
// Amounts are SUMIFS over the Disponering sheet's case rows. HÅP is a SUMIFS over a block of person
// spans at the bottom of this sheet (core `mergedPersonSpans`: one person's overlapping rows merged,
// no CPR) with a days-per-month formula for each span, because merging overlapping rows is beyond a
// non-array native formula.
import {
  dayToSerial, formatDate, MEASURE_TYPE_LABELS, measureSeries, mergedPersonSpans, yearEnd, yearFigures, yearStart,
  type CaseRow, type MeasureType,
} from "../core";
import { MONTHS_DA, NOTE_NO_CHARTS } from "./draft";
import { a1, colName, rect, sheetRef } from "./a1";
import type { DisponeringLayout } from "./disponering";
import { NUMBER_FORMATS, type Block, type Cell, type ChartRequest, type FormatRule, type SheetSpec } from "./spec";

export interface OverblikInput {
  year: number;
  cases: readonly CaseRow[];
  /** Layout of the Disponering sheet written in the same batch (its case rows are the source). */
  disponering: DisponeringLayout;
  /** Base year of the index (an input cell; the user may change it). Defaults to the first year shown. */
  baseYear?: number;
  /** Years of the index table, oldest first; the budget year is added. Defaults to the 3 years before. */
  years?: readonly number[];
  /** Target share of placements in foster families, 0–1 (e.g. 0.75). */
  target?: number;
  /** Budget per foranstaltning (input cells; 0 when absent). */
  budgets?: Record<string, number>;
  /** Type per foranstaltning overriding the classification by name. */
  types?: Record<string, MeasureType>;
  kommune?: string;
  generatedOn: number;
  /** False for the .xlsx path, which cannot draw charts: a note row says where they appear. */
  chartsDrawn?: boolean;
  sheetName?: string;
}

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
  /** Row of the "I alt" line of each table. */
  disposedTotalRow: number;
  haapTotalRow: number;
  prisTotalRow: number;
  /** Budget table: col 1 budget, 2 forventet regnskab, 3 afvigelse, 4 type. */
  budgetRow: number;
  /** 12 month rows; col 1 share, col 2 target. */
  plejeRow: number;
  /** 12 month rows; col 1 share. */
  forebygRow: number;
  /** Year rows; cols 1–3 disposed, HÅP, GNS-pris. */
  yearsRow: number;
  indexRow: number;
  years: number[];
  spansRow: number;
}

export { NOTE_NO_CHARTS };
const YEAR_COL = 13;
const CHART_COL = 15;
/** First of the span block's 12 days-per-month columns. */
const SPAN_MONTH_COL = 4;
/** Rows a table section occupies at least, so the charts beside the tables never overlap. */
const SECTION_MIN_ROWS = 20;

export function buildOverblik(input: OverblikInput): { spec: SheetSpec; layout: OverblikLayout } {
  const { year, disponering: disp } = input;
  const sheetName = input.sheetName ?? `Overblik ${year}`;
  const years = [...(input.years ?? [year - 3, year - 2, year - 1]).filter((y) => y < year), year];
  const blocks: Block[] = [];
  const formats: FormatRule[] = [];
  const charts: ChartRequest[] = [];
  const put = (row: number, col: number, cells: Cell[][]) => blocks.push({ kind: "cells", row, col, cells });

  const yearCell = { row: 2, col: 1 };
  const baseYearCell = { row: 3, col: 1 };
  const targetCell = { row: 4, col: 1 };
  const Y = a1(yearCell.row, yearCell.col, true, true);
  put(0, 0, [[`Overblik ${year}${input.kommune ? ` — ${input.kommune}` : ""}`]]);
  put(1, 0, [[`Genereret af Styringsark ${formatDate(input.generatedOn)} fra arket ${disp.sheetName}. Gule celler kan rettes; resten beregnes.`]]);
  put(2, 0, [["Budgetår", year], ["Basisår for indeks", input.baseYear ?? years[0]], ["Mål for andel i plejefamilie", input.target ?? 0.75]]);
  formats.push({ rect: rect(0, 0), style: "title" }, { rect: rect(1, 0, 1, YEAR_COL + 1), style: "banner" });
  formats.push({ rect: rect(2, 0, 3, 1), bold: true }, { rect: rect(2, 1, 2, 1), numberFormat: NUMBER_FORMATS.integer });
  formats.push({ rect: rect(3, 1, 2, 1), style: "input" }, { rect: rect(4, 1), numberFormat: NUMBER_FORMATS.percent });
  let row = 5;
  if (input.chartsDrawn === false) {
    put(row, 0, [[`${NOTE_NO_CHARTS}.`]]);
    formats.push({ rect: rect(row, 0), style: "note" });
  }
  row = 7;

  const series = measureSeries(input.cases, year, input.types);
  const names = series.map((s) => s.foranstaltning);
  const n = names.length;
  const spans = mergedPersonSpans(input.cases, (c) => c.foranstaltning, yearStart(year), yearEnd(year));

  const ref = sheetRef(disp.sheetName);
  const dFrom = disp.casesFrom + 1, dTo = disp.casesTo + 1;
  const dispRange = (col: number) => `${ref}$${colName(col)}$${dFrom}:$${colName(col)}$${dTo}`;

  // The span block's place is fixed after the tables; its rows are known up front.
  const sectionRows = (rows: number) => Math.max(rows, SECTION_MIN_ROWS);
  const perMeasureRows = n + 3; // title, header, rows, total
  const disposedRow = row + 2;
  const haapRow = disposedRow + sectionRows(perMeasureRows);
  const prisRow = haapRow + sectionRows(perMeasureRows);
  const budgetRow = prisRow + sectionRows(perMeasureRows);
  const plejeRow = budgetRow + sectionRows(perMeasureRows);
  const forebygRow = plejeRow + sectionRows(15);
  const yearsRow = forebygRow + sectionRows(15);
  const indexRow = yearsRow + years.length + 3;
  const spansTitleRow = indexRow + sectionRows(years.length + 3) - 2;
  const spansRow = spansTitleRow + 3;
  const spanRange = (c: number) => `$${colName(c)}$${spansRow + 1}:$${colName(c)}$${Math.max(spansRow, spansRow + spans.length)}`;

  const monthHeader = ["Foranstaltning", ...MONTHS_DA, "I alt"];
  const sectionHead = (first: number, title: string, header: Cell[]) => {
    put(first - 2, 0, [[title]]);
    put(first - 1, 0, [header]);
    formats.push({ rect: rect(first - 2, 0), style: "section" }, { rect: rect(first - 1, 0, 1, header.length), style: "header" });
  };
  const chart = (c: Omit<ChartRequest, "at">, at: number) => charts.push({ ...c, at: rect(at, CHART_COL, SECTION_MIN_ROWS - 2, 9) });

  // 1. Disposed amount per month.
  sectionHead(disposedRow, "Disponeret beløb pr. måned (kr.)", monthHeader);
  const disposedTotalRow = disposedRow + n;
  put(disposedRow, 0, names.map((name, i) => {
    const r = disposedRow + i;
    const cells: Cell[] = [name];
    for (let m = 0; m < 12; m++) {
      cells.push({ f: `SUMIFS(${dispRange(disp.firstMonthCol + m)},${dispRange(disp.cols.foranstaltning)},${a1(r, 0, false, true)})` });
    }
    cells.push({ f: `SUM(${a1(r, 1)}:${a1(r, 12)})` });
    return cells;
  }));
  const totalLine = (r: number, from: number, to: number, label = "I alt") => {
    const cells: Cell[] = [label];
    for (let c = 1; c <= YEAR_COL; c++) cells.push(n > 0 ? { f: `SUM(${a1(from, c)}:${a1(to - 1, c)})` } : 0);
    put(r, 0, [cells]);
    formats.push({ rect: rect(r, 0, 1, YEAR_COL + 1), style: "total" });
  };
  totalLine(disposedTotalRow, disposedRow, disposedTotalRow);
  formats.push({ rect: rect(disposedRow, 1, n + 1, YEAR_COL), numberFormat: NUMBER_FORMATS.kr });
  chart({ type: "line", title: "Disponeret beløb pr. måned", source: rect(disposedRow - 1, 0, n + 1, 13), seriesBy: "rows", xAxisTitle: "Måned", yAxisTitle: "Kr." }, disposedRow - 2);

  // 2. HÅP per month (and for the year) from the span block.
  sectionHead(haapRow, "Helårspersoner pr. måned", monthHeader);
  const haapTotalRow = haapRow + n;
  const G = spanRange(0);
  put(haapRow, 0, names.map((name, i) => {
    const match = a1(haapRow + i, 0, false, true);
    const cells: Cell[] = [name];
    for (let m = 1; m <= 12; m++) {
      cells.push({ f: `SUMIFS(${spanRange(SPAN_MONTH_COL + m - 1)},${G},${match})/DAY(EOMONTH(DATE(${Y},${m},1),0))` });
    }
    cells.push({ f: `SUMIFS(${spanRange(3)},${G},${match})/(DATE(${Y}+1,1,1)-DATE(${Y},1,1))` });
    return cells;
  }));
  totalLine(haapTotalRow, haapRow, haapTotalRow, "I alt (sum af foranstaltningerne)");
  formats.push({ rect: rect(haapRow, 1, n + 1, YEAR_COL), numberFormat: NUMBER_FORMATS.haap });
  chart({ type: "line", title: "Helårspersoner pr. måned", source: rect(haapRow - 1, 0, n + 1, 13), seriesBy: "rows", xAxisTitle: "Måned", yAxisTitle: "Helårspersoner" }, haapRow - 2);

  // 3. GNS-pris per month: disposed ÷ HÅP of the same rows; #I/T where HÅP is 0 (a gap in the chart).
  sectionHead(prisRow, "Gennemsnitspris pr. helårsperson (kr.; måneder: pr. måned, I alt: pr. år)", monthHeader);
  const prisTotalRow = prisRow + n;
  const priceLine = (r: number, dRow: number, hRow: number, label: string): Cell[] => {
    const cells: Cell[] = [label];
    for (let c = 1; c <= YEAR_COL; c++) cells.push({ f: `IF(${a1(hRow, c)}=0,NA(),${a1(dRow, c)}/${a1(hRow, c)})` });
    return cells;
  };
  put(prisRow, 0, names.map((name, i) => priceLine(prisRow + i, disposedRow + i, haapRow + i, name)));
  put(prisTotalRow, 0, [priceLine(prisTotalRow, disposedTotalRow, haapTotalRow, "I alt")]);
  formats.push({ rect: rect(prisTotalRow, 0, 1, YEAR_COL + 1), style: "total" });
  formats.push({ rect: rect(prisRow, 1, n + 1, YEAR_COL), numberFormat: NUMBER_FORMATS.kr });
  chart({ type: "line", title: "Gennemsnitspris pr. helårsperson pr. måned", source: rect(prisRow - 1, 0, n + 1, 13), seriesBy: "rows", xAxisTitle: "Måned", yAxisTitle: "Kr." }, prisRow - 2);

  // 4. Budget against forventet regnskab, with the type that drives the shares below.
  sectionHead(budgetRow, "Budget og forventet regnskab (kr.)", ["Foranstaltning", "Budget", "Forventet regnskab", "Afvigelse", "Type"]);
  const budgetTotalRow = budgetRow + n;
  put(budgetRow, 0, series.map((s, i) => {
    const r = budgetRow + i;
    return [s.foranstaltning, input.budgets?.[s.foranstaltning] ?? 0, { f: a1(disposedRow + i, YEAR_COL) }, { f: `${a1(r, 2)}-${a1(r, 1)}` }, MEASURE_TYPE_LABELS[s.type]];
  }));
  put(budgetTotalRow, 0, [["I alt", ...[1, 2, 3].map((c) => (n > 0 ? { f: `SUM(${a1(budgetRow, c)}:${a1(budgetTotalRow - 1, c)})` } : 0))]]);
  formats.push({ rect: rect(budgetTotalRow, 0, 1, 5), style: "total" });
  formats.push({ rect: rect(budgetRow, 1, n + 1, 3), numberFormat: NUMBER_FORMATS.kr });
  if (n > 0) formats.push({ rect: rect(budgetRow, 1, n, 1), style: "input" }, { rect: rect(budgetRow, 4, n, 1), style: "input" });
  chart({ type: "columnClustered", title: "Budget og forventet regnskab", source: rect(budgetRow - 1, 0, n + 1, 3), seriesBy: "columns", xAxisTitle: "Foranstaltning", yAxisTitle: "Kr." }, budgetRow - 2);
  const typeRange = `${a1(budgetRow, 4, true, true)}:${a1(Math.max(budgetRow, budgetTotalRow - 1), 4, true, true)}`;
  const colRange = (first: number, c: number) => `${a1(first, c, true, true)}:${a1(Math.max(first, first + n - 1), c, true, true)}`;
  const L = MEASURE_TYPE_LABELS;

  // 5. Share of placements in foster families (HÅP), against the user's target.
  sectionHead(plejeRow, "Andel af anbringelser i plejefamilie (helårspersoner)", ["Måned", "Andel i plejefamilie", "Mål"]);
  put(plejeRow, 0, MONTHS_DA.map((label, m) => {
    const h = colRange(haapRow, m + 1);
    const pleje = `SUMIFS(${h},${typeRange},"${L.plejefamilie}")`;
    const placed = `(${pleje}+SUMIFS(${h},${typeRange},"${L.anbringelse}"))`;
    return [label, { f: `IF(${placed}=0,NA(),${pleje}/${placed})` }, { f: a1(targetCell.row, targetCell.col, true, true) }];
  }));
  formats.push({ rect: rect(plejeRow, 1, 12, 2), numberFormat: NUMBER_FORMATS.percent });
  chart({ type: "line", title: "Andel af anbringelser i plejefamilie mod målet", source: rect(plejeRow - 1, 0, 13, 3), seriesBy: "columns", xAxisTitle: "Måned", yAxisTitle: "Andel" }, plejeRow - 2);

  // 6. Share of spending on preventive measures.
  sectionHead(forebygRow, "Andel af udgiften til forebyggende foranstaltninger", ["Måned", "Andel forebyggende"]);
  put(forebygRow, 0, MONTHS_DA.map((label, m) => {
    const d = colRange(disposedRow, m + 1);
    return [label, { f: `IF(SUM(${d})=0,NA(),SUMIFS(${d},${typeRange},"${L.forebyggende}")/SUM(${d}))` }];
  }));
  formats.push({ rect: rect(forebygRow, 1, 12, 1), numberFormat: NUMBER_FORMATS.percent });
  chart({ type: "line", title: "Andel af udgiften til forebyggende foranstaltninger", source: rect(forebygRow - 1, 0, 13, 2), seriesBy: "columns", xAxisTitle: "Måned", yAxisTitle: "Andel" }, forebygRow - 2);

  // 7. Years: earlier years are inputs prefilled from the case table; the budget year is the tables above.
  sectionHead(yearsRow, "Udvikling over år (tidligere år kan rettes til regnskabstal)", ["År", "Disponeret", "Helårspersoner", "GNS-pris"]);
  const figures = yearFigures(input.cases, years);
  put(yearsRow, 0, figures.map((f, i) => {
    const r = yearsRow + i;
    const last = f.year === year;
    const price: Cell = { f: `IF(${a1(r, 2)}=0,NA(),${a1(r, 1)}/${a1(r, 2)})` };
    return last
      ? [{ f: Y }, { f: a1(disposedTotalRow, YEAR_COL) }, { f: a1(haapTotalRow, YEAR_COL) }, price]
      : [f.year, f.disposed, f.haap, price];
  }));
  if (years.length > 1) formats.push({ rect: rect(yearsRow, 1, years.length - 1, 2), style: "input" });
  formats.push({ rect: rect(yearsRow, 0, years.length, 1), numberFormat: NUMBER_FORMATS.integer });
  formats.push({ rect: rect(yearsRow, 1, years.length, 1), numberFormat: NUMBER_FORMATS.kr }, { rect: rect(yearsRow, 2, years.length, 1), numberFormat: NUMBER_FORMATS.haap });
  formats.push({ rect: rect(yearsRow, 3, years.length, 1), numberFormat: NUMBER_FORMATS.kr });

  // 8. Index against the base year (base = 100). The year column is text so a chart reads it as categories.
  sectionHead(indexRow, "Indeks (basisår = 100)", ["År", "Disponeret", "Helårspersoner", "GNS-pris"]);
  const yearCol = `${a1(yearsRow, 0, true, true)}:${a1(yearsRow + years.length - 1, 0, true, true)}`;
  put(indexRow, 0, years.map((_y, i) => {
    const src = yearsRow + i;
    const cells: Cell[] = [{ f: `""&${a1(src, 0)}` }];
    for (let c = 1; c <= 3; c++) {
      const col = `${a1(yearsRow, c, true, false)}:${a1(yearsRow + years.length - 1, c, true, false)}`;
      cells.push({ f: `${a1(src, c)}/INDEX(${col},MATCH(${a1(baseYearCell.row, baseYearCell.col, true, true)},${yearCol},0))*100` });
    }
    return cells;
  }));
  formats.push({ rect: rect(indexRow, 1, years.length, 3), numberFormat: NUMBER_FORMATS.haap });
  chart({ type: "line", title: "Indeks (basisår = 100)", source: rect(indexRow - 1, 0, years.length + 1, 4), seriesBy: "columns", xAxisTitle: "År", yAxisTitle: "Indeks" }, yearsRow - 2);

  // The span block HÅP counts.
  put(spansTitleRow, 0, [["Grundlag for helårspersoner"], ["Samme persons rækker inden for en foranstaltning er slået sammen, så overlappende bevillinger tælles én gang. Perioderne er afgrænset til budgetåret; ingen cpr-numre."]]);
  formats.push({ rect: rect(spansTitleRow, 0), style: "section" }, { rect: rect(spansTitleRow + 1, 0), style: "note" });
  const spanHeader: Cell[] = ["Foranstaltning", "Fra", "Til", "Dage i året"];
  for (let m = 1; m <= 12; m++) spanHeader.push({ f: `DATE(${Y},${m},1)` });
  put(spansRow - 1, 0, [spanHeader]);
  formats.push({ rect: rect(spansRow - 1, 0, 1, SPAN_MONTH_COL + 12), style: "header" });
  formats.push({ rect: rect(spansRow - 1, SPAN_MONTH_COL, 1, 12), numberFormat: "mmm" });
  if (spans.length > 0) {
    put(spansRow, 0, spans.map((s) => [s.group, dayToSerial(s.start), dayToSerial(s.stop)]));
    blocks.push({ kind: "fill", rect: rect(spansRow, 3, spans.length, 1), formula: `${a1(spansRow, 2)}-${a1(spansRow, 1)}+1` });
    const h = a1(spansRow - 1, SPAN_MONTH_COL, true, false);
    const from = a1(spansRow, 1, false, true), to = a1(spansRow, 2, false, true);
    blocks.push({
      kind: "fill", rect: rect(spansRow, SPAN_MONTH_COL, spans.length, 12),
      formula: `MAX(0,MIN(${to},EOMONTH(${h},0))-MAX(${from},${h})+1)`,
    });
    formats.push({ rect: rect(spansRow, 1, spans.length, 2), numberFormat: NUMBER_FORMATS.date });
  }

  const validations = n > 0 ? [{
    rect: rect(budgetRow, 4, n, 1),
    rule: { type: "list" as const, values: Object.values(MEASURE_TYPE_LABELS) },
    error: `Typen skal være en af: ${Object.values(MEASURE_TYPE_LABELS).join(", ")}`,
  }] : [];
  const columnWidths: Record<number, number> = { 0: 30, [YEAR_COL]: 13 };
  for (let m = 1; m <= 12; m++) columnWidths[m] = 11;
  return {
    spec: { name: sheetName, kind: "overblik", blocks, formats, columnWidths, validations, charts, protect: true, tabColor: "#548235" },
    layout: {
      sheetName, yearCell, baseYearCell, targetCell, names, disposedRow, haapRow, prisRow, disposedTotalRow, haapTotalRow,
      prisTotalRow, budgetRow, plejeRow, forebygRow, yearsRow, indexRow, years, spansRow,
    },
  };
}
