// "Budget og regnskab" recalculated by HyperFormula equals src/core and docs/domain.md §9's example.
import { budgetAgainstRegnskab, type BudgetRegnskabLine, type RegnskabRow } from "../../src/core";
import { buildBudgetRegnskab } from "../../src/sheets/budgetRegnskab";
import { a1 } from "../../src/sheets/a1";
import type { SheetSpec } from "../../src/sheets/spec";
import { type Recalculated, recalcXlsx, writeForRecalc } from "../support/recalc";

const rows: RegnskabRow[] = [
  // docs/domain.md §9: 2022 10.000.000 / 10.400.000; 2023 10.500.000 / 11.550.000 (konto 5.28.21).
  { konto: "5.28.21", year: 2022, budget: 10_000_000, regnskab: 10_400_000 },
  { konto: "5.28.21", year: 2023, budget: 10_500_000, regnskab: 11_550_000 },
  // A second konto; in 2024 one konto has no budget, so the year's total budget is empty.
  { konto: "5.28.23", year: 2022, budget: 2_000_000, regnskab: 1_900_000 },
  { konto: "5.28.23", year: 2023, budget: 2_100_000, regnskab: 2_310_000 },
  { konto: "5.28.21", year: 2024, budget: 11_000_000, regnskab: 11_000_000 },
  { konto: "5.28.23", year: 2024, regnskab: 2_500_000 },
];

/** Each figure of a core line against the sheet's row: numbers to 6 decimals, null as an empty cell (or "" by formula). */
function expectRow(wb: Recalculated, spec: SheetSpec, r: number, l: BudgetRegnskabLine): void {
  const cells = [l.budget, l.regnskab, l.afvigelse, l.afvigelsePct, l.indeksBudget, l.indeksRegnskab];
  cells.forEach((v, i) => {
    const got = wb.at(spec.name, r, 2 + i);
    if (v === null) expect([r, i, got === null ? "" : got]).toEqual([r, i, ""]);
    else expect([r, i, got]).toEqual([r, i, expect.closeTo(v, 6)]);
  });
}

describe("Budget og regnskab recalculated", () => {
  const table = budgetAgainstRegnskab(rows, 2022);
  const { spec, layout } = buildBudgetRegnskab({ table, generatedOn: 46000 });
  let wb: Recalculated;
  beforeAll(async () => {
    wb = await recalcXlsx(await writeForRecalc([spec]));
  });

  it("gives docs/domain.md §9's afvigelse and index per konto (400.000 = 4,0 %, 1.050.000 = 10,0 %, 111,1 and 105,0)", () => {
    const r = layout.kontiFirstRow;
    const at = (row: number, c: number) => wb.num(spec.name, a1(row, c));
    expect(wb.at(spec.name, r, 0)).toBe("5.28.21");
    expect(at(r, layout.cols.afvigelse)).toBe(400_000);
    expect(at(r, layout.cols.afvigelsePct)).toBeCloseTo(0.04, 12);
    expect(at(r + 1, layout.cols.afvigelse)).toBe(1_050_000);
    expect(at(r + 1, layout.cols.afvigelsePct)).toBeCloseTo(0.1, 12);
    expect(at(r + 1, layout.cols.indeksRegnskab)).toBeCloseTo(111.0577, 4);
    expect(at(r + 1, layout.cols.indeksBudget)).toBeCloseTo(105, 10);
  });

  it("equals core on every konto line and every year's total, also where a budget is missing", () => {
    table.konti.forEach((l, i) => expectRow(wb, spec, layout.kontiFirstRow + i, l));
    table.totals.forEach((l, i) => expectRow(wb, spec, layout.totalsFirstRow + i, l));
    // Hand: 2023 in total: budget 12.600.000, regnskab 13.860.000 → 1.260.000 = 10,0 %; regnskab index 13.860.000 / 12.300.000.
    const t23 = layout.totalsFirstRow + 1;
    expect(wb.num(spec.name, a1(t23, layout.cols.budget))).toBe(12_600_000);
    expect(wb.num(spec.name, a1(t23, layout.cols.afvigelse))).toBe(1_260_000);
    expect(wb.num(spec.name, a1(t23, layout.cols.indeksRegnskab))).toBeCloseTo((13_860_000 / 12_300_000) * 100, 6);
    expect(wb.at(spec.name, layout.totalsFirstRow + 2, layout.cols.budget)).toBe("");
  });

  it("follows a base year typed over the yellow cell: base 2023 gives 2023 = 100 and 2022 = 12.300.000 / 13.860.000 × 100", () => {
    const cell = a1(layout.baseYearCell.row, layout.baseYearCell.col);
    wb.hf.setCellContents({ sheet: wb.hf.getSheetId(spec.name)!, row: layout.baseYearCell.row, col: layout.baseYearCell.col }, 2023);
    const core = budgetAgainstRegnskab(rows, 2023);
    expect(wb.value(spec.name, cell)).toBe(2023);
    table.konti.forEach((_, i) => expectRow(wb, spec, layout.kontiFirstRow + i, core.konti[i]));
    core.totals.forEach((l, i) => expectRow(wb, spec, layout.totalsFirstRow + i, l));
    expect(wb.num(spec.name, a1(layout.totalsFirstRow, layout.cols.indeksRegnskab))).toBeCloseTo((12_300_000 / 13_860_000) * 100, 6);
  });

  it("asks Excel for a chart of the totals, and keeps the base year as a declared input", () => {
    expect(spec.charts).toHaveLength(1);
    expect(spec.charts![0].source).toEqual({ row: layout.totalsFirstRow - 1, col: 1, rows: 4, cols: 3 });
    expect(spec.inputs).toEqual([expect.objectContaining({ firstRow: layout.baseYearCell.row, inputCols: [1], sourceWins: true })]);
  });
});
