// A budget model pre-filled from Regnskab, Økonomisystem and HÅP tables, written to .xlsx and
// recalculated by HyperFormula: the table figures sit in the right cells and drive the sheet's totals
// and HÅP × takst income exactly as core computes them.
import { computeBudgetModel, prefillBudgetModel } from "../../src/core";
import { buildBudgetmodel, defaultBudgetModel } from "../../src/sheets/budgetmodel";
import { a1 } from "../../src/sheets/a1";
import { type Recalculated, recalcXlsx, writeForRecalc } from "../support/recalc";

describe("Budgetmodel pre-filled from the workbook's tables, recalculated", () => {
  const empty = defaultBudgetModel("Botilbud B", 2025, 2);
  // Rates are not in the tables: the tilbudsleder types them; here FN3 600.000 and FN4 800.000 a year.
  const base = {
    ...empty,
    pl: [0.025, 0.03],
    levels: empty.levels.map((l, k) => (k === 2 ? { ...l, rates: [600000, 600000, 600000, 600000, 600000] } : k === 3 ? { ...l, rates: [800000, 800000, 800000, 800000, 800000] } : l)),
  };
  const { model, problems } = prefillBudgetModel(base, {
    regnskab: {
      name: "Regnskab",
      table: {
        header: ["Omkostningslinje", "Regnskab 2024"],
        rows: [
          ["Ledelse", "1.200.000"], ["Borgerrelateret personale (faguddannet)", "8.000.000"],
          ["Ejendomme (fx husleje og afskrivninger)", "2.400.000"], ["Overførsler", "-150.000"],
        ],
      },
    },
    budget: {
      name: "Økonomisystem",
      table: { header: ["Tekst", "Budget 2025"], rows: [["Ledelse", "1.250.000"], ["borgerrelateret personale (faguddannet)", 8300000]] },
    },
    haap: {
      name: "HÅP",
      table: { header: ["Funktionsniveau", "Intern/ekstern", "HÅP"], rows: [["3", "Intern", 10], ["3", "Ekstern", 2], ["Funktionsniveau 4", "Intern", "4,5"]] },
    },
  });
  const { spec, layout } = buildBudgetmodel(model, { generatedOn: 45000, source: "tabellerne Regnskab, Økonomisystem og HÅP" });
  const core = computeBudgetModel(model);
  const s = layout.sheetName;
  let wb: Recalculated;
  beforeAll(async () => {
    wb = await recalcXlsx(await writeForRecalc([spec]));
  });
  /** Row of the first label in column A equal to `label`. */
  const rowOf = (label: string) => {
    for (let r = 0; r < 200; r++) if (wb.at(s, r, 0) === label) return r;
    throw new Error(`ingen række ${label}`);
  };
  const col = (j: number) => layout.firstCol + j;

  it("uses every table row", () => {
    expect(problems).toEqual([]);
    expect(String(wb.at(s, 1, 0))).toContain("med tal fra tabellerne Regnskab, Økonomisystem og HÅP.");
  });

  it("shows last year's regnskab and the økonomisystem's budget in their columns", () => {
    const ledelse = rowOf("Ledelse");
    expect([0, 1, 2, 3, 4].map((j) => wb.num(s, a1(ledelse, col(j))))).toEqual([1200000, 0, 1250000, 0, 0]);
    expect(wb.num(s, a1(rowOf("Ejendomme (fx husleje og afskrivninger)"), col(0)))).toBe(2400000);
    // Regnskab 2024: 1.200.000 + 8.000.000 + 2.400.000 − 150.000 = 11.450.000.
    expect(wb.num(s, a1(layout.rows.udgiftsgrundlag, col(0)))).toBeCloseTo(11450000, 2);
    // Budget 2025 (økonomisystem): 1.250.000 + 8.300.000 = 9.550.000; variable alone 9.550.000 too.
    expect(wb.num(s, a1(layout.rows.udgiftsgrundlag, col(2)))).toBeCloseTo(9550000, 2);
    expect(wb.num(s, a1(layout.rows.variableTotal, col(2)))).toBeCloseTo(9550000, 2);
    expect(core.columns[0].udgiftsgrundlag).toBeCloseTo(11450000, 2);
  });

  it("computes the income from the tables' HÅP", () => {
    // Prognose 2025: HÅP 10 + 2 + 4,5 = 16,5; income 12 × 600.000 + 4,5 × 800.000 = 10.800.000.
    expect(wb.num(s, a1(layout.rows.haapTotal, col(4)))).toBeCloseTo(16.5, 9);
    expect(wb.num(s, a1(layout.rows.income, col(4)))).toBeCloseTo(10800000, 2);
    expect(wb.num(s, a1(layout.rows.income, col(3)))).toBeCloseTo(10800000, 2);
    // First overslagsår, rates × 1,025: 12 × 615.000 + 4,5 × 820.000 = 11.070.000.
    expect(wb.num(s, a1(layout.rows.income, col(5)))).toBeCloseTo(11070000, 2);
    // Last year's columns keep no HÅP, so no income.
    expect(wb.num(s, a1(layout.rows.income, col(0)))).toBe(0);
    core.columns.forEach((c, j) => {
      expect([j, wb.num(s, a1(layout.rows.income, col(j)))]).toEqual([j, expect.closeTo(c.income, 2)]);
      expect([j, wb.num(s, a1(layout.rows.result, col(j)))]).toEqual([j, expect.closeTo(c.result, 2)]);
    });
  });
});
