// The yellow cells of the analyses (docs/domain.md §9) survive a refresh in place on the Excel
// double: Budget og regnskab's base year stays while the task pane's choice is the same, and a
// new choice there wins; a new year in the table grows the sheet below the base year's cell.
import { budgetAgainstRegnskab, type RegnskabRow } from "../../src/core";
import { writeSheets } from "../../src/excel";
import { a1 } from "../../src/sheets/a1";
import { buildBudgetRegnskab } from "../../src/sheets";
import { ExcelDouble } from "../support/excelDouble";

const regnskab: RegnskabRow[] = [
  { konto: "5.28.21", year: 2022, budget: 10_000_000, regnskab: 10_400_000 },
  { konto: "5.28.21", year: 2023, budget: 10_500_000, regnskab: 11_550_000 },
];

describe("refreshing Budget og regnskab keeps a typed base year", () => {
  it("while the panel's base year is the same, also when the table gains a year; a new choice in the panel wins", async () => {
    const build = (rows: RegnskabRow[], baseYear: number) => buildBudgetRegnskab({ table: budgetAgainstRegnskab(rows, baseYear), generatedOn: 46000 });
    const first = build(regnskab, 2022);
    const S = first.layout.sheetName;
    const cell = a1(first.layout.baseYearCell.row, first.layout.baseYearCell.col);
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, [first.spec]);
    expect(wb.value(S, cell)).toBe(2022);
    wb.type(S, cell, 2023);
    const more = [...regnskab, { konto: "5.28.21", year: 2024, budget: 11_000_000, regnskab: 11_000_000 }];
    const again = build(more, 2022);
    expect(again.layout.baseYearCell).toEqual(first.layout.baseYearCell);
    const out = await writeSheets(wb.context, [again.spec]);
    expect(out.sheets[0]).toMatchObject({ replaced: true, inputsCarried: 1 });
    expect(wb.value(S, cell)).toBe(2023);
    // The third year is on the sheet (the totals block grew downwards).
    expect(wb.value(S, a1(again.layout.totalsFirstRow + 2, again.layout.cols.aar))).toBe(2024);
    await writeSheets(wb.context, [build(more, 2024).spec]);
    expect(wb.value(S, cell)).toBe(2024);
  });
});
