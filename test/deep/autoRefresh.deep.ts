// The automatic refresh (src/flows/refresh.ts) through the Office adapter on the Excel double, with every
// sheet it rebuilds (reading four generated sheets back through the double's evaluator is too slow for
// npm test; test/excel/autoRefresh.adapter.ts covers the rest): a case ended by hand on Disponering 2025
// makes the flow rebuild Nøgletal's periods and checksum, Overblik and Portefølje in place, keeping the
// user's inputs (budget, booked amounts, Overblik's choices) and the headline names; a second run finds
// everything up to date and writes nothing, so the change event caused by our own write ends there.
import { casesChecksum, OPEN_END, ymdToDay } from "../../src/core";
import { excelWorkbook } from "../../src/excel/workbook";
import { refreshKeptFigures } from "../../src/flows";
import { a1 } from "../../src/sheets/a1";
import { dropExcelDouble, generatedWorkbook, keptChecksum, useExcelDouble as on } from "../support/autoRefresh";

afterEach(dropExcelDouble);
const YEAR = 2025;
const NAMES = ["HÅP_2025", "GNS_pris_2025", "Forventet_regnskab_2025", "Budget_2025", "Afvigelse_2025", "Styringsark_opdateret"];

describe("refreshKeptFigures on the Excel double (deep)", () => {
  it("rebuilds Nøgletal, Overblik and Portefølje in place after a case is ended by hand, keeping inputs and names", async () => {
    const { wb, cases, d, n } = await generatedWorkbook(true);
    on(wb);
    const ids = ["Disponering 2025", "Nøgletal 2025", "Overblik 2025", "Portefølje 2025"].map((s) => wb.sheet(s)!.id);
    expect(keptChecksum(wb)).toBe(casesChecksum(cases));
    // Up to date: nothing is written.
    const idle = await refreshKeptFigures(excelWorkbook, { generatedOn: 45001 });
    expect(idle).toMatchObject({ refreshed: [], upToDate: [YEAR], sheets: [], message: "Tallene er opdaterede." });

    // The user ends B's open Opholdssted case on 31.07.2025 by typing a date serial into its stop cell.
    const b = d.caseRows.find((r) => r.caseRow.navn === "B")!;
    wb.type(d.sheetName, a1(b.row, d.cols.stop), 45869);
    const ended = cases.map((c) => (c.navn === "B" ? { ...c, stop: ymdToDay(2025, 7, 31) } : c));
    const out = await refreshKeptFigures(excelWorkbook, { generatedOn: 45001 });
    expect(out.refreshed).toEqual([YEAR]);
    expect(out.sheets).toEqual(["Disponering 2025", "Nøgletal 2025", "Overblik 2025", "Portefølje 2025"]);
    expect(out.message).toBe("Tallene er opdateret efter ændringerne på Disponering 2025: Disponering 2025, Nøgletal 2025, Overblik 2025, Portefølje 2025.");
    // The same worksheets, refreshed: the checksum kept is the ended table's, the names are all there.
    expect(["Disponering 2025", "Nøgletal 2025", "Overblik 2025", "Portefølje 2025"].map((s) => wb.sheet(s)!.id)).toEqual(ids);
    expect(keptChecksum(wb)).toBe(casesChecksum(ended));
    expect(ended.find((c) => c.navn === "B")!.stop).not.toBe(OPEN_END);
    for (const name of NAMES) expect(wb.names.has(name)).toBe(true);
    // The user's inputs survived: the budget on Nøgletal, the booked January, Overblik's choices.
    expect(wb.formula("Nøgletal 2025", a1(n.headline.budget.row, n.headline.budget.col))).toBe(900_000);
    expect(wb.formula("Disponering 2025", a1(d.bookedByKonto[0].row, d.firstMonthCol))).toBe(41000);
    expect([wb.formula("Overblik 2025", "B4"), wb.formula("Overblik 2025", "B5")]).toEqual([2024, 0.6]);
    // B's merged period on Nøgletal now ends 31.07.2025 (serial 45869).
    const periods = [...Array(300).keys()].map((r) => [wb.formula("Nøgletal 2025", `D${r + 1}`), wb.formula("Nøgletal 2025", `E${r + 1}`)]);
    expect(periods).toContainEqual([45839, 45869]);
    expect(periods).not.toContainEqual([45839, 46022]);
    // A second run (the change event of our own write) finds it up to date.
    expect((await refreshKeptFigures(excelWorkbook, { generatedOn: 45002 })).refreshed).toEqual([]);
  });

});
