// "Budget og regnskab" (docs/domain.md §9): budget (korrigeret) against regnskab per year from the
// table Regnskab, in total and per konto — afvigelse, afvigelse % and the index of both against a
// base year — with native formulas over the values shown, and a chart of the totals. The base year
// is a yellow input that a refresh keeps while the task pane's choice is the same.
import { BUDGET_YEAR_MAX, BUDGET_YEAR_MIN, inputKey, msg, type BudgetRegnskab } from "../core";
import { a1, rect } from "./a1";
import { draft, generatedBy, reportTitle, type ChartOptions, type ReportOptions, type SheetDraft } from "./draft";
import { NUMBER_FORMATS, type Cell, type SheetSpec } from "./spec";

export interface BudgetRegnskabInput extends ReportOptions, ChartOptions {
  /** From core `budgetAgainstRegnskab`: the lines per konto and year (their values are written). */
  table: BudgetRegnskab;
  /** A line saying where the figures come from (e.g. that the demo's are invented). */
  source?: string;
}

export interface BudgetRegnskabLayout {
  sheetName: string;
  baseYearCell: { row: number; col: number };
  /** The totals per year: first row and one row per year of `table.years`. */
  totalsFirstRow: number;
  /** The lines per konto: first row, one per `table.konti` line. */
  kontiFirstRow: number;
  cols: typeof COLS;
}

/** Columns of both blocks: the totals leave Konto empty. */
const COLS = { konto: 0, aar: 1, budget: 2, regnskab: 3, afvigelse: 4, afvigelsePct: 5, indeksBudget: 6, indeksRegnskab: 7 } as const;
const WIDTH = 8;
const RECORD_COL = WIDTH + 1;
const BASE_YEAR_LABEL = "Basisår for indeks";
const HEADERS = ["Konto", "År", "Budget (korrigeret)", "Regnskab", "Afvigelse (regnskab − budget)", "Afvigelse %", "Indeks budget", "Indeks regnskab"];

/** Afvigelse and afvigelse % of a row from its budget and regnskab cells; "" without a budget. */
function writeDeviation(d: SheetDraft, first: number, n: number): void {
  const b = a1(first, COLS.budget), r = a1(first, COLS.regnskab), dev = a1(first, COLS.afvigelse);
  d.fill(rect(first, COLS.afvigelse, n, 1), `IF(${b}="","",${r}-${b})`);
  d.fill(rect(first, COLS.afvigelsePct, n, 1), `IF(OR(${b}="",${b}=0),"",${dev}/${b})`);
  d.numberFormat(rect(first, COLS.budget, n, 3), NUMBER_FORMATS.kr);
  d.numberFormat(rect(first, COLS.afvigelsePct, n, 1), NUMBER_FORMATS.percent);
  d.numberFormat(rect(first, COLS.indeksBudget, n, 2), "0.0");
}

/** The index of a value against the base year's value found by `base` (a formula); "" when it is missing or 0. */
const indexFormula = (value: string, base: string) => `IFERROR(IF(OR(${value}="",${base}="",${base}=0),"",${value}/${base}*100),"")`;

export function buildBudgetRegnskab(input: BudgetRegnskabInput): { spec: SheetSpec; layout: BudgetRegnskabLayout } {
  const { table } = input;
  const sheetName = input.sheetName ?? "Budget og regnskab";
  const d = draft();
  let row = d.heading({
    title: reportTitle("Budget og regnskab pr. år", input.kommune),
    banner: `${generatedBy(input.generatedOn)} fra tabellen Regnskab (Konto, År, Budget, Regnskab; budgettet er det korrigerede). ` +
      "Afvigelse = regnskab − budget (positiv = merforbrug); indeks = årets tal ÷ basisårets × 100. Gule celler kan rettes.",
    width: WIDTH, wrapBanner: true, rows: [[BASE_YEAR_LABEL, table.baseYear]], chartsDrawn: input.chartsDrawn,
  });
  const baseYearCell = { row: 2, col: 1 };
  d.format(rect(2, 0), { bold: true }).input(rect(2, 1), NUMBER_FORMATS.integer);
  // The base year is a year the add-in works with: the fields' range and message (core/fields.ts).
  d.validate(rect(2, 1), { type: "wholeNumber", min: BUDGET_YEAR_MIN, max: BUDGET_YEAR_MAX }, msg.field.year());
  const basis = a1(baseYearCell.row, baseYearCell.col, true, true);
  if (input.source) d.put(row++, 0, [[input.source]]).style(rect(row - 1, 0), "note");
  row++;

  // 1. Totals per year: sums of the konto lines below (each konto's rows were added up by core).
  const nYears = table.years.length, nKonti = table.konti.length;
  d.section(row, "I alt pr. år");
  const totalsHeader = row + 1;
  d.header(totalsHeader, 0, HEADERS.map((h, c) => (c === COLS.konto ? "" : h)), true);
  const totalsFirst = totalsHeader + 1;
  const kontiHeader = totalsFirst + Math.max(nYears, 1) + 2;
  const kontiFirst = kontiHeader + 1;
  const kontiLast = kontiFirst + Math.max(nKonti, 1) - 1;
  const col = (c: number) => `${a1(kontiFirst, c, true, true)}:${a1(kontiLast, c, true, true)}`;
  if (nYears > 0) {
    const y = a1(totalsFirst, COLS.aar, false, true);
    d.put(totalsFirst, COLS.aar, table.years.map((year): Cell[] => [year]));
    // A year's budget is missing when a konto of that year has none: a part is not the whole budget.
    d.fill(rect(totalsFirst, COLS.budget, nYears, 1),
      `IF(COUNTIFS(${col(COLS.aar)},${y},${col(COLS.budget)},"")>0,"",SUMIFS(${col(COLS.budget)},${col(COLS.aar)},${y}))`);
    d.fill(rect(totalsFirst, COLS.regnskab, nYears, 1), `SUMIFS(${col(COLS.regnskab)},${col(COLS.aar)},${y})`);
    writeDeviation(d, totalsFirst, nYears);
    const years = `${a1(totalsFirst, COLS.aar, true, true)}:${a1(totalsFirst + nYears - 1, COLS.aar, true, true)}`;
    for (const [c, v] of [[COLS.indeksBudget, COLS.budget], [COLS.indeksRegnskab, COLS.regnskab]] as const) {
      const values = `${a1(totalsFirst, v, true, true)}:${a1(totalsFirst + nYears - 1, v, true, true)}`;
      d.fill(rect(totalsFirst, c, nYears, 1), indexFormula(a1(totalsFirst, v), `INDEX(${values},MATCH(${basis},${years},0))`));
    }
    d.style(rect(totalsFirst, COLS.budget, nYears, WIDTH - COLS.budget), "output");
    d.chart({
      type: "columnClustered", title: "Budget og regnskab pr. år", source: rect(totalsHeader, COLS.aar, nYears + 1, 3), seriesBy: "columns",
      at: rect(row, WIDTH + 3, Math.max(12, nYears + 4), 8), xAxisTitle: "År", yAxisTitle: "Kr.",
    });
  } else {
    d.put(totalsFirst, 0, [["Tabellen Regnskab har ingen rækker."]]).style(rect(totalsFirst, 0), "note");
  }

  // 2. Per konto and year: the table's figures as values, the rest by formula.
  d.section(kontiHeader - 1, "Pr. konto");
  d.header(kontiHeader, 0, HEADERS, true);
  if (nKonti > 0) {
    d.put(kontiFirst, 0, table.konti.map((l): Cell[] => [l.konto, l.year, l.budget, l.regnskab]));
    writeDeviation(d, kontiFirst, nKonti);
    const k = a1(kontiFirst, COLS.konto, false, true);
    for (const [c, v] of [[COLS.indeksBudget, COLS.budget], [COLS.indeksRegnskab, COLS.regnskab]] as const) {
      // The same konto's line in the base year; none (COUNTIFS 0) leaves the index empty.
      const base = `IF(COUNTIFS(${col(COLS.konto)},${k},${col(COLS.aar)},${basis})=0,"",SUMIFS(${col(v)},${col(COLS.konto)},${k},${col(COLS.aar)},${basis}))`;
      d.fill(rect(kontiFirst, c, nKonti, 1), indexFormula(a1(kontiFirst, v), base));
    }
    d.numberFormat(rect(kontiFirst, COLS.aar, nKonti, 1), NUMBER_FORMATS.integer);
  }

  const spec = d.toSpec({
    name: sheetName, kind: "budgetRegnskab", protect: true, tabColor: "#548235",
    columnWidths: { 0: 20, 1: 8, 2: 15, 3: 15, 4: 15, 5: 11, 6: 10, 7: 10 },
    freeze: { rows: 0, cols: 2 },
    // The base year typed here stays while the task pane's choice is the same; a new choice there wins.
    inputs: [{
      headerRow: baseYearCell.row, firstRow: baseYearCell.row, rows: 1, keyCols: { label: 0 }, inputCols: [baseYearCell.col],
      keys: [inputKey({ label: BASE_YEAR_LABEL })], recordCol: RECORD_COL, sourceWins: true, label: "Valg",
    }],
  });
  return { spec, layout: { sheetName, baseYearCell, totalsFirstRow: totalsFirst, kontiFirstRow: kontiFirst, cols: COLS } };
}
