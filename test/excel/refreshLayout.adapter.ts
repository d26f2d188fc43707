// The automatic refresh finds our sheets by the names sheets/sheetNames.ts gives them, also where ours
// stand beside a user's sheet of the wanted name ("Disponering 2025 (2)"), and reads them by the
// layout their builders wrote (the builders' readers), on the Excel double.
import { casesChecksum, ymdToDay } from "../../src/core";
import { writeSheets } from "../../src/excel";
import { excelWorkbook } from "../../src/excel/workbook";
import { headlineSheets, refreshKeptFigures } from "../../src/flows";
import { a1 } from "../../src/sheets/a1";
import { buildDisponering, buildNoegletal } from "../../src/sheets";
import { ExcelDouble } from "../support/excelDouble";
import { dropExcelDouble, useExcelDouble } from "../support/autoRefresh";
import { smallKommune } from "../support/smallKommune";

afterEach(dropExcelDouble);

describe("our year sheets beside a user's sheets of the same names", () => {
  it("are found as 'X (2)' and refreshed there; the user's sheets are left as they were", async () => {
    const cases = smallKommune().map((c) => ({ ...c, konto: "5.28.20" }));
    const d = buildDisponering({ year: 2025, cases, generatedOn: 45000 });
    const n = buildNoegletal({ year: 2025, disponering: d.layout, generatedOn: 45000 });
    const wb = new ExcelDouble([{ name: "Disponering 2025", cells: { A1: "min egen" } }, { name: "nøgletal 2025", cells: { A1: "mine tal" } }]);
    const out = await writeSheets(wb.context, [d.spec, n.spec]);
    expect(out.sheets.map((s) => s.written)).toEqual(["Disponering 2025 (2)", "Nøgletal 2025 (2)"]);
    useExcelDouble(wb);
    expect(await headlineSheets(excelWorkbook, 2025)).toEqual({ disponeringSheet: "Disponering 2025 (2)" });
    expect((await refreshKeptFigures(excelWorkbook, { generatedOn: 45001 })).upToDate).toEqual([2025]);

    const b = d.layout.caseRows.find((r) => r.caseRow.navn === "B")!;
    wb.type("Disponering 2025 (2)", a1(b.row, d.layout.cols.stop), 45869); // 31.07.2025
    const refreshed = await refreshKeptFigures(excelWorkbook, { generatedOn: 45001, changed: ["Disponering 2025 (2)"] });
    expect([refreshed.refreshed, refreshed.sheets]).toEqual([[2025], ["Disponering 2025 (2)", "Nøgletal 2025 (2)"]]);
    expect(refreshed.message).toBe("Tallene er opdateret efter ændringerne på Disponering 2025 (2): Disponering 2025 (2), Nøgletal 2025 (2).");
    const kept = casesChecksum(cases.map((c) => (c.navn === "B" ? { ...c, stop: ymdToDay(2025, 7, 31) } : c)));
    let row = 1;
    while (row < 200 && !String(wb.formula("Nøgletal 2025 (2)", `A${row}`)).startsWith("Kontrolsum af sagerne, da")) row++;
    expect(wb.formula("Nøgletal 2025 (2)", `B${row}`)).toBe(kept);
    expect([wb.value("Disponering 2025", "A1"), wb.value("nøgletal 2025", "A1")]).toEqual(["min egen", "mine tal"]);
  });
});
