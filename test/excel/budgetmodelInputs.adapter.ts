// The budget model made again keeps the tilbudsleder's yellow cells, line by line (docs/domain.md
// §7), except the columns a table filled in this run — on the Excel double.
import { writeSheets } from "../../src/excel";
import { buildBudgetmodel, defaultBudgetModel } from "../../src/sheets/budgetmodel";
import { COL_BUDGET_OEKONOMI } from "../../src/core";
import { colName } from "../../src/sheets/a1";
import { ExcelDouble } from "../support/excelDouble";

const SHEET = "Budgetmodel Botilbud A";

describe("refreshing the budget model", () => {
  it("puts typed cost lines, PL, HÅP, årsværk, key inputs and the comment back on their lines; a prefilled column wins", async () => {
    const first = buildBudgetmodel(defaultBudgetModel("Botilbud A", 2025), { generatedOn: 45000 });
    const wb = new ExcelDouble([{ name: "Ark1" }]);
    await writeSheets(wb.context, [first.spec]);
    const L = first.layout;
    /** 1-based rows whose column A is `text`: "Ledelse" is a cost line and a staff category. */
    const rowsOf = (text: string) => [...Array(200).keys()].map((i) => i + 1).filter((r) => wb.value(SHEET, `A${r}`) === text);
    const [ledelseCost, ledelseStaff] = rowsOf("Ledelse");
    const oek = colName(1 + COL_BUDGET_OEKONOMI); // "Budget 2025 (økonomisystem)"
    wb.type(SHEET, `B${ledelseCost}`, 1_100_000); // Regnskab 2024
    wb.type(SHEET, `${oek}${ledelseCost}`, 1_250_000); // will be replaced by the prefill
    wb.type(SHEET, `G${L.rows.pl + 1}`, 0.031);
    const haap = rowsOf("Funktionsniveau 2: intern (HÅP)")[0];
    wb.type(SHEET, `E${haap}`, 7.5);
    wb.type(SHEET, `B${ledelseStaff}`, 2.5);
    wb.type(SHEET, `D${ledelseStaff}`, 620_000);
    wb.type(SHEET, `B${L.cells.grantedAtaHours.row + 1}`, 41_000);
    wb.type(SHEET, `B${L.cells.rammePct.row + 1}`, 0.02);
    const comment = rowsOf("Tilbudsleders kommentar til økonomiopfølgningen")[0] + 1;
    wb.type(SHEET, `A${comment}`, "Overbelægning i marts.");

    // Made again with the økonomisystem's budget table: Ledelse 1.300.000 in that column.
    const model = defaultBudgetModel("Botilbud A", 2025);
    model.variable = model.variable.map((l) => (l.label === "Ledelse" ? { ...l, values: l.values.map((v, j) => (j === COL_BUDGET_OEKONOMI ? 1_300_000 : v)) } : l));
    const out = await writeSheets(wb.context, [buildBudgetmodel(model, { generatedOn: 45001, source: "tabellen Økonomisystem", prefilled: { budget: true } }).spec]);
    expect(out.sheets[0]).toMatchObject({ replaced: true, inputsParked: 0 });
    expect([wb.value(SHEET, `B${ledelseCost}`), wb.value(SHEET, `${oek}${ledelseCost}`)]).toEqual([1_100_000, 1_300_000]);
    expect(wb.value(SHEET, `G${L.rows.pl + 1}`)).toBe(0.031);
    expect(wb.value(SHEET, `E${haap}`)).toBe(7.5);
    // The staff row keeps its own figures, not the cost line's of the same name (and vice versa).
    expect([wb.value(SHEET, `B${ledelseStaff}`), wb.value(SHEET, `D${ledelseStaff}`)]).toEqual([2.5, 620_000]);
    expect(wb.formula(SHEET, `C${ledelseStaff}`)).toMatch(/^=IF\(/);
    expect([wb.value(SHEET, `B${L.cells.grantedAtaHours.row + 1}`), wb.value(SHEET, `B${L.cells.rammePct.row + 1}`)]).toEqual([41_000, 0.02]);
    expect(wb.value(SHEET, `A${comment}`)).toBe("Overbelægning i marts.");
    expect(wb.value(SHEET, "A2")).toContain("tabellen Økonomisystem");
  });
});
