// One number everywhere (docs/domain.md §4 "Totals of HÅP", §7): the headline figures are workbook-level
// names on Nøgletal, recalculated by HyperFormula equal to core's computation, unchanged when the case
// rows are sorted by any column, and flagged as not up to date (Styringsark_opdateret = FALSE, red
// text) when a case is ended after HÅP was computed.
import { disposedAmount, haap, yearEnd, yearStart } from "../../src/core";
import { build, expectHeadlineEqualsCore, expectSortProof, names, YEAR } from "../support/headline";
import { randomCases } from "../support/randomCases";
import { tabel52Cases } from "../support/tabel52";

// HyperFormula rounds what it returns to about 10 significant digits (its precisionRounding), so kroner compare to 0,05.

describe("headline figures as workbook-level names", () => {
  it("gives Tabel 5.2's figures: HÅP counts each person once, GNS-pris, forventet, budget and deviation", async () => {
    const cases = tabel52Cases();
    const { d, n } = build(cases, 3_500_000);
    const { wb, values } = await names([d.spec, n.spec]);
    const h = haap(cases, yearStart(YEAR), yearEnd(YEAR), "dage");
    const disp = disposedAmount(cases, yearStart(YEAR), yearEnd(YEAR));
    expect(values["HÅP_2025"]).toBeCloseTo(h, 10);
    expect(values["Forventet_regnskab_2025"]).toBeCloseTo(disp, 1);
    expect(values["Budget_2025"]).toBe(3_500_000);
    expect(values["Afvigelse_2025"]).toBeCloseTo(disp - 3_500_000, 1);
    expect(values["Styringsark_opdateret"]).toBe(true);
    expect(wb.at(n.layout.sheetName, n.layout.alertCell.row, n.layout.alertCell.col)).toBe("");
  });

  // One random table here; 22, 33 and 44 in `npm run test:deep` (test/deep/headline.deep.ts).
  it("equals core for random case table 11, and the I alt row counts each person once", async () => {
    await expectHeadlineEqualsCore(11);
  });

  // Three columns here (Takst, Startdato, Cpr-nr.: the amount, a date and the person); every one of
  // the 11 case columns in `npm run test:deep` (test/deep/headline.deep.ts).
  it("leaves every named figure unchanged when the case rows are sorted by Takst, Startdato or Cpr-nr.", async () => {
    await expectSortProof([7, 9, 0]);
  });

  it("flips Styringsark_opdateret to FALSE with the red text visible when a case is ended, while amounts follow", async () => {
    const cases = randomCases(5, 40, YEAR);
    const { d, n } = build(cases);
    const { wb } = await names([d.spec, n.spec]);
    const sheet = wb.hf.getSheetId(d.layout.sheetName)!;
    const forventetBefore = wb.workbookName("Forventet_regnskab_2025") as number;
    // End an open case on 31.01.2025 (serial 45688).
    const open = d.layout.caseRows.find((r) => r.caseRow.stop > yearEnd(YEAR) && r.caseRow.start < yearStart(YEAR))!;
    wb.hf.setCellContents({ sheet, row: open.row, col: d.layout.cols.stop }, 45688);
    expect(wb.workbookName("Styringsark_opdateret")).toBe(false);
    expect(String(wb.at(n.layout.sheetName, n.layout.alertCell.row, n.layout.alertCell.col))).toMatch(/^HÅP ER IKKE OPDATERET/);
    expect(wb.workbookName("Forventet_regnskab_2025") as number).toBeLessThan(forventetBefore);
  });
});

describe("the year on the disponeringsark", () => {
  it("flips Styringsark_opdateret to FALSE when the year cell is typed over: HÅP was computed for the year it was built for", async () => {
    const cases = randomCases(7, 60, YEAR);
    const { d, n } = build(cases);
    const { wb } = await names([d.spec, n.spec]);
    const sheet = wb.hf.getSheetId(d.layout.sheetName)!;
    expect(wb.workbookName("Styringsark_opdateret")).toBe(true);
    wb.hf.setCellContents({ sheet, row: d.layout.yearCell.row, col: d.layout.yearCell.col }, [[YEAR + 1]]);
    expect(wb.workbookName("Styringsark_opdateret")).toBe(false);
    expect(String(wb.at(n.layout.sheetName, n.layout.alertCell.row, n.layout.alertCell.col))).toMatch(/^HÅP ER IKKE OPDATERET: sagerne eller året/);
    wb.hf.setCellContents({ sheet, row: d.layout.yearCell.row, col: d.layout.yearCell.col }, [[YEAR]]);
    expect(wb.workbookName("Styringsark_opdateret")).toBe(true);
  });
});
