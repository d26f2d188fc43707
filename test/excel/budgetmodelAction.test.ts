// excelActions.createBudgetmodel builds the pre-filled model the panel sends (and the empty one
// otherwise), with the source in the banner; Excel.run is pointed at the office-addin-mock workbook.
import { excelActions } from "../../src/excel/actions";
import { buildBudgetmodel, defaultBudgetModel } from "../../src/sheets/budgetmodel";
import { FakeWorkbook } from "../support/fakeExcel";

describe("excelActions.createBudgetmodel", () => {
  const g = globalThis as unknown as { Excel?: unknown };
  let wb: FakeWorkbook;
  beforeEach(() => {
    wb = new FakeWorkbook([{ name: "Ark1" }]);
    g.Excel = { run: <T>(fn: (ctx: Excel.RequestContext) => Promise<T>) => fn(wb.context) };
  });
  afterEach(() => {
    delete g.Excel;
  });

  it("writes the pre-filled regnskab figure and names the source", async () => {
    const empty = defaultBudgetModel("Botilbud A", 2025);
    const model = { ...empty, variable: empty.variable.map((l) => (l.label === "Ledelse" ? { ...l, values: [1200000, 0, 1250000, 0, 0] } : l)) };
    const out = await excelActions.createBudgetmodel!({ tilbud: "Botilbud A", year: 2025, model, source: "tabellen Regnskab" });
    expect(out.sheets).toEqual(["Budgetmodel Botilbud A"]);
    const sheet = wb.sheet("Budgetmodel Botilbud A")!;
    // Same layout as the spec built here: Ledelse's row, columns B (regnskab 2024) and D (økonomisystem 2025).
    const { spec } = buildBudgetmodel(model, { generatedOn: 0 });
    const row = spec.blocks.flatMap((b) => (b.kind === "cells" && b.cells[0]?.[0] === "Ledelse" ? [b.row] : []))[0];
    expect(row).toBeGreaterThan(0);
    expect([sheet.cells.get(`${row},1`), sheet.cells.get(`${row},2`), sheet.cells.get(`${row},3`)]).toEqual([1200000, 0, 1250000]);
    expect(String(sheet.cells.get("1,0"))).toContain("med tal fra tabellen Regnskab.");
  });

  it("builds the empty model when no model is sent", async () => {
    await excelActions.createBudgetmodel!({ tilbud: "Botilbud A", year: 2025 });
    const sheet = wb.sheet("Budgetmodel Botilbud A")!;
    expect(String(sheet.cells.get("1,0"))).not.toContain("med tal fra");
    expect(sheet.cells.get("0,0")).toBe("Budgetmodel Botilbud A — budget 2025");
  });
});
