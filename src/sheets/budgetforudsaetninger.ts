// "Budgetforudsætninger": HÅP × GNS-pris = budget per foranstaltningstype for the budget year and the
// overslagsår (docs/domain.md §1.5, §4 PL-fremskrivning). The controller edits HÅP, prices and PL rates;
// the overslagsår prices are the previous year's × (1 + PL) as native formulas.
import { inputKey, type Assumption, type PlRate } from "../core";
import { a1, rect } from "./a1";
import { draft, generatedBy, reportTitle, type ReportOptions, type SheetDraft } from "./draft";
import { NUMBER_FORMATS, type Cell, type SheetSpec } from "./spec";

export interface BudgetforudsaetningerInput extends ReportOptions {
  /** Budget year; the overslagsår follow it. */
  year: number;
  assumptions: readonly Assumption[];
  /** PL rates by year; a missing year gets 0 (the input cell stays editable). */
  pl: readonly PlRate[];
  /** Number of overslagsår after the budget year. */
  overslagsaar?: number;
  /**
   * The budget year's budget from the budget table (Budget_ÅÅÅÅ), when known: what the assumptions
   * do not distribute stands on its own line under I alt, so the sheet's budget agrees to the krone.
   */
  budgetTotal?: number;
}

export interface BudgetforudsaetningerLayout {
  sheetName: string;
  years: number[];
  plRow: number;
  /** Column of each year's PL cell (index as years). */
  plCols: number[];
  headerRow: number;
  /** 0-based row per assumption, in input order. */
  rows: { row: number; assumption: Assumption }[];
  totalRow: number;
  /** With a budget total: the line "Ikke fordelt på foranstaltninger" and the budget table's total under I alt. */
  budgetRows?: { ikkeFordelt: number; budget: number };
  /** Per year: columns of HÅP, GNS-pris and budget. */
  yearCols: { year: number; haap: number; pris: number; budget: number }[];
  lastYearCols: { haap: number; pris: number };
}

const FIRST_YEAR_COL = 5;

export function buildBudgetforudsaetninger(input: BudgetforudsaetningerInput): { spec: SheetSpec; layout: BudgetforudsaetningerLayout } {
  const { year } = input;
  const n = input.overslagsaar ?? 3;
  const sheetName = input.sheetName ?? "Budgetforudsætninger";
  const years = Array.from({ length: n + 1 }, (_, i) => year + i);
  const d = draft();
  const yearCols = years.map((y, i) => ({ year: y, haap: FIRST_YEAR_COL + 3 * i, pris: FIRST_YEAR_COL + 3 * i + 1, budget: FIRST_YEAR_COL + 3 * i + 2 }));
  const width = FIRST_YEAR_COL + 3 * years.length;

  d.heading({
    title: reportTitle(`Budgetforudsætninger ${year}–${year + n}`, input.kommune),
    banner: `${generatedBy(input.generatedOn)}. Gule celler er forudsætninger, der kan rettes; budget = HÅP × GNS-pris, overslagsårenes priser fremskrives med PL.`,
    width,
  });

  const plHeaderRow = 3, plRow = 4;
  const plCols = years.map((_, i) => 1 + i);
  d.put(plHeaderRow, 0, [["År", ...years], ["PL-sats (KL)", ...years.map((y) => input.pl.find((p) => p.year === y)?.rate ?? 0)]]);
  d.style(rect(plHeaderRow, 0, 1, years.length + 1), "header");
  d.input(rect(plRow, 1, 1, years.length), NUMBER_FORMATS.percent);
  d.validate(rect(plRow, 1, 1, years.length), { type: "decimal", min: -0.5, max: 0.5 }, "PL-satsen skal skrives som en procent, fx 4,2 %");

  const headerRow = 6;
  const header: Cell[] = ["Område", "Foranstaltning", "Konto", `HÅP ${year - 1} (regnskab)`, `GNS-pris ${year - 1} (regnskab)`];
  for (const y of years) header.push(`HÅP ${y}`, `GNS-pris ${y}`, `Budget ${y}`);
  d.header(headerRow, 0, header, true);

  const first = headerRow + 1;
  const rows: BudgetforudsaetningerLayout["rows"] = [];
  const data: Cell[][] = input.assumptions.map((a, i) => {
    const r = first + i;
    rows.push({ row: r, assumption: a });
    const line: Cell[] = [a.omraade, a.foranstaltning, a.konto, a.haapSidsteAar, a.prisSidsteAar];
    yearCols.forEach((yc, j) => {
      line.push(a.haap);
      // The budget year's price is the assumption; later years carry it forward with that year's PL.
      line.push(j === 0 ? a.pris : { f: `${a1(r, yearCols[j - 1].pris)}*(1+${a1(plRow, plCols[j], true, true)})` });
      line.push({ f: `${a1(r, yc.haap)}*${a1(r, yc.pris)}` });
    });
    return line;
  });
  if (data.length > 0) d.put(first, 0, data);
  const last = first + data.length - 1;
  const totalRow = first + data.length;
  const colSum = (c: number): Cell => (data.length > 0 ? { f: `SUM(${a1(first, c)}:${a1(last, c)})` } : 0);
  const total: Cell[] = ["I alt", null, null, colSum(3), { f: `IF(${a1(totalRow, 3)}=0,NA(),SUMPRODUCT(${a1(first, 3)}:${a1(Math.max(last, first), 3)},${a1(first, 4)}:${a1(Math.max(last, first), 4)})/${a1(totalRow, 3)})` }];
  for (const yc of yearCols) total.push(colSum(yc.haap), { f: `IF(${a1(totalRow, yc.haap)}=0,NA(),${a1(totalRow, yc.budget)}/${a1(totalRow, yc.haap)})` }, colSum(yc.budget));
  d.put(totalRow, 0, [total]).style(rect(totalRow, 0, 1, width), "total");
  const budgetRows = input.budgetTotal === undefined ? undefined : writeBudgetTable(d, totalRow, yearCols[0].budget, input.budgetTotal);

  if (data.length > 0) {
    // Område, foranstaltning and konto are the table's (the foranstaltning finds the row again).
    d.style(rect(first, 3, data.length, 2), "input");
    for (const [j, yc] of yearCols.entries()) {
      d.style(rect(first, yc.haap, data.length, j === 0 ? 2 : 1), "input");
      d.style(rect(first, yc.budget, data.length, 1), "output");
    }
  }
  const all = data.length + 1;
  d.numberFormat(rect(first, 3, all, 1), NUMBER_FORMATS.haap).numberFormat(rect(first, 4, all, 1), NUMBER_FORMATS.kr);
  for (const yc of yearCols) {
    d.numberFormat(rect(first, yc.haap, all, 1), NUMBER_FORMATS.haap);
    d.numberFormat(rect(first, yc.pris, all, 2), NUMBER_FORMATS.kr);
  }
  const columnWidths: Record<number, number> = { 0: 26, 1: 22, 2: 10, 3: 11, 4: 13 };
  for (const yc of yearCols) Object.assign(columnWidths, { [yc.haap]: 9, [yc.pris]: 12, [yc.budget]: 14 });

  // The yellow cells survive a refresh (docs/domain.md §7): the PL rates by year, each line's figures
  // by its foranstaltning; a hidden column records what was written, so a changed table still reaches
  // a cell nobody typed in.
  const recordCol = width + 1;
  const lineInputs = [3, 4, yearCols[0].haap, yearCols[0].pris, ...yearCols.slice(1).map((yc) => yc.haap)];
  return {
    spec: d.toSpec({
      name: sheetName, kind: "budgetforudsaetninger", columnWidths, freeze: { rows: headerRow + 1, cols: 2 }, protect: true, tabColor: "#7F6000",
      inputs: [
        { headerRow: plHeaderRow, firstRow: plRow, rows: 1, keys: [inputKey({ label: "PL-sats (KL)" })], keyCols: { label: 0 }, inputCols: plCols, recordCol, label: "PL-satser" },
        {
          headerRow, firstRow: first, keys: input.assumptions.map((a) => inputKey({ label: a.foranstaltning })), keyCols: { label: 1 },
          inputCols: lineInputs, recordCol, end: { col: 0, text: "I alt" }, label: "forudsætninger",
        },
      ],
    }),
    layout: { sheetName, years, plRow, plCols, headerRow, rows, totalRow, ...(budgetRows ? { budgetRows } : {}), yearCols, lastYearCols: { haap: 3, pris: 4 } },
  };
}

/**
 * Under I alt: the budget table's total for the budget year and what the assumptions leave of it
 * ("Ikke fordelt", a formula of the two), so the sheet shows the workbook's one budget to the krone
 * (docs/domain.md §7) and the difference as a line of its own rather than a silent mismatch.
 */
function writeBudgetTable(d: SheetDraft, totalRow: number, budgetCol: number, budgetTotal: number): { ikkeFordelt: number; budget: number } {
  const ikkeFordelt = totalRow + 1, budget = totalRow + 2;
  d.put(ikkeFordelt, 0, [["Ikke fordelt på foranstaltninger (budgettabellen minus forudsætningerne)"]]);
  d.put(ikkeFordelt, budgetCol, [[{ f: `${a1(budget, budgetCol)}-${a1(totalRow, budgetCol)}` }]]);
  d.put(budget, 0, [["Budget i alt (budgettabellen)"]]);
  d.put(budget, budgetCol, [[budgetTotal]]);
  d.style(rect(ikkeFordelt, 0, 1, budgetCol + 1), "note").style(rect(budget, 0, 1, budgetCol + 1), "total");
  d.numberFormat(rect(ikkeFordelt, budgetCol, 2, 1), NUMBER_FORMATS.kr);
  return { ikkeFordelt, budget };
}
