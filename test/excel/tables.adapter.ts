// The Office adapter's addTables on the Excel double: each table on a new sheet, named after it is
// created (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables), readable by
// name afterwards ignoring case as Excel's getItem is; a taken name is refused with InvalidArgument
// (https://github.com/OfficeDev/office-js/issues/551) and the sheets already added go again.
import { excelWorkbook } from "../../src/excel/workbook";
import type { NewTable } from "../../src/flows";
import { ExcelDouble } from "../support/excelDouble";

const g = globalThis as unknown as { Excel?: unknown };
afterEach(() => delete g.Excel);
const on = (wb: ExcelDouble) => {
  g.Excel = { run: <T>(fn: (ctx: Excel.RequestContext) => Promise<T>) => fn(wb.context) };
};

const BUDGET: NewTable = {
  sheet: "Budget", name: "Budget", numberFormats: ["@", "@", "#,##0"],
  values: [["Konto", "Tekst", "Budget"], ["5.28.20", "Plejefamilier", 32755000], ["5.28.21", "Forebyggende", 17399000]],
};
const PL: NewTable = { sheet: "PL", name: "PL", numberFormats: ["General", "0.0%"], values: [["År", "PL"], [2025, 0.034]] };

describe("addTables through the Office adapter", () => {
  it("writes each table on a new sheet with header text formats, readable by its name in any case", async () => {
    const wb = new ExcelDouble([{ name: "Mine data", cells: { A1: "Noget" } }]);
    on(wb);
    await excelWorkbook.addTables([BUDGET, PL]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Mine data", "Budget", "PL"]);
    expect(await excelWorkbook.listTables()).toEqual([{ name: "Budget", sheet: "Budget" }, { name: "PL", sheet: "PL" }]);
    const t = (await excelWorkbook.readTable("budget"))!;
    expect(t).toEqual({
      label: "tabellen budget", sheet: "Budget", origin: { row: 0, col: 0 },
      header: ["Konto", "Tekst", "Budget"], rows: [["5.28.20", "Plejefamilier", 32755000], ["5.28.21", "Forebyggende", 17399000]],
    });
    const formats = wb.sheet("Budget")!.formats.filter((f) => f.what === "numberFormat").map((f) => [f.address, f.value]);
    expect(formats).toEqual([["0,0,1,3", [["@", "@", "@"]]], ["1,0,2,3", [["@", "@", "#,##0"], ["@", "@", "#,##0"]]]]);
    expect(wb.formula("Mine data", "A1")).toBe("Noget");
  });

  it("refuses a table name taken in another case and removes the sheets it had added; the user's sheets stay as they were", async () => {
    const wb = new ExcelDouble([{ name: "Ark1", cells: { A1: "Konto" } }], { tables: [{ name: "pl", sheet: "Ark1", address: "A1:A1" }] });
    on(wb);
    const before = JSON.stringify(wb.snapshot());
    await expect(excelWorkbook.addTables([BUDGET, PL])).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Ark1"]);
    expect(JSON.stringify(wb.snapshot())).toBe(before);
    expect(await excelWorkbook.listTables()).toEqual([{ name: "pl", sheet: "Ark1" }]);
  });

  it("refuses a sheet name that exists, leaving the existing sheet alone", async () => {
    const wb = new ExcelDouble([{ name: "budget", cells: { A1: "Mit budget" } }]);
    on(wb);
    await expect(excelWorkbook.addTables([PL, BUDGET])).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(wb.sheets.map((s) => s.name)).toEqual(["budget"]);
    expect(wb.formula("budget", "A1")).toBe("Mit budget");
    expect(await excelWorkbook.listTables()).toEqual([]);
  });
});

describe("table names in the Excel double", () => {
  it("refuses a name that is a cell address or has a space, and gives a new table Excel's default name until named", async () => {
    const wb = new ExcelDouble();
    const ws = wb.context.workbook.worksheets.getItem("Ark1");
    const t = ws.tables.add("A1:B2", true);
    t.name = "PL2";
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(wb.tables.map((x) => x.name)).toEqual(["Tabel1"]);
    t.name = "Mit budget";
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    t.name = "Sager_forrige_måned";
    await wb.context.sync();
    expect(wb.tables.map((x) => x.name)).toEqual(["Sager_forrige_måned"]);
    ws.tables.add("B2:C3", true);
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
