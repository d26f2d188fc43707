// The Excel double keeps Excel's semantics (pages cited in excelDouble.ts): these tests pin each one,
// so a test that passes against the double would also pass against Excel in that respect.
import { ExcelDouble, OfficeError, UNEVALUATED, mapSheetPrefixes } from "./excelDouble";

const NT = "Nøgletal 2025";

function workbook(options = {}) {
  return new ExcelDouble(
    [
      { name: "Mine tal", cells: { A1: `='${NT}'!C15`, A2: `=SUM('${NT}'!C15:C16)`, A3: "=A1*2", A4: "tekst" } },
      { name: NT, marker: "noegletal", cells: { C15: 100, C16: 23 }, names: { HAAP: `='${NT}'!$C$16` } },
    ],
    { names: { Forventet_regnskab_2025: `='${NT}'!$C$15` }, ...options },
  );
}

describe("the Excel double", () => {
  it("evaluates direct references, ranges in SUM, arithmetic and names", () => {
    const wb = workbook();
    expect(wb.value("Mine tal", "A1")).toBe(100);
    expect(wb.value("Mine tal", "A2")).toBe(123);
    expect(wb.value("Mine tal", "A3")).toBe(200);
    expect(wb.value("Mine tal", "A4")).toBe("tekst");
    expect(wb.nameValue("Forventet_regnskab_2025")).toBe(100);
    expect(wb.nameValue("HAAP", NT)).toBe(23);
    wb.type("Mine tal", "B1", "=Forventet_regnskab_2025+1");
    expect(wb.value("Mine tal", "B1")).toBe(101);
    wb.type("Mine tal", "B2", "=SUMIFS(A1:A2,A1:A2,1)");
    expect(wb.value("Mine tal", "B2")).toBe(UNEVALUATED);
  });

  it("reads a loaded property only after context.sync, as Office.js does", async () => {
    const wb = workbook();
    const r = wb.context.workbook.worksheets.getItem(NT).getRange("C15").load("values");
    expect(() => r.values).toThrow(/ikke indlæst/);
    await wb.context.sync();
    expect(r.values).toEqual([[100]]);
    // Formulas are only sent back when asked for.
    expect(() => r.formulas).toThrow(/ikke indlæst/);
  });

  it("applies the operations before a failing one and none after it", async () => {
    const wb = workbook();
    const sheets = wb.context.workbook.worksheets;
    sheets.add("Ny 1");
    sheets.add("NØGLETAL 2025"); // clashes, ignoring case, with "Nøgletal 2025"
    sheets.add("Ny 2");
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Mine tal", NT, "Ny 1"]);
    // The queue is empty after a failed sync; the next sync starts afresh.
    await wb.context.sync();
    expect(wb.sheets).toHaveLength(3);
  });

  it("hides whole columns only, as Excel's Range.Hidden requires", async () => {
    const wb = workbook();
    const ws = wb.context.workbook.worksheets.getItem(NT);
    ws.getRangeByIndexes(0, 3, 1, 1).columnHidden = true;
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    ws.getRangeByIndexes(0, 3, 1, 1).getEntireColumn().columnHidden = true;
    await wb.context.sync();
    expect([...wb.sheet(NT)!.hiddenCols]).toEqual([3]);
  });

  it("finds sheets ignoring case and refuses a rename onto another sheet's name in any case", async () => {
    const wb = workbook();
    wb.context.workbook.worksheets.getItem("mine TAL").name = "nøgletal 2025";
    await expect(wb.context.sync()).rejects.toBeInstanceOf(OfficeError);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Mine tal", NT]);
  });

  it("rewrites references and names on rename and keeps the sheet id", async () => {
    const wb = workbook();
    const id = wb.sheet(NT)!.id;
    wb.context.workbook.worksheets.getItem(NT).name = "Nøgletal";
    await wb.context.sync();
    expect(wb.formula("Mine tal", "A1")).toBe("='Nøgletal'!C15");
    expect(wb.value("Mine tal", "A2")).toBe(123);
    expect(wb.names.get("Forventet_regnskab_2025")).toBe("='Nøgletal'!$C$15");
    expect(wb.sheet("Nøgletal")!.id).toBe(id);
  });

  it("turns every reference to a deleted sheet into #REF! for good, names included", async () => {
    const wb = workbook();
    wb.context.workbook.worksheets.getItem(NT).delete();
    await wb.context.sync();
    expect(wb.formula("Mine tal", "A1")).toBe("=#REF!C15");
    expect(wb.value("Mine tal", "A1")).toBe("#REF!");
    expect(wb.value("Mine tal", "A2")).toBe("#REF!");
    expect(wb.value("Mine tal", "A3")).toBe("#REF!");
    expect(wb.nameValue("Forventet_regnskab_2025")).toBe("#REF!");
    // A new sheet with the old name does not bring the references back.
    wb.context.workbook.worksheets.add(NT);
    await wb.context.sync();
    expect(wb.value("Mine tal", "A1")).toBe("#REF!");
  });

  it("keeps references when the cells are cleared and rewritten in place", async () => {
    const wb = workbook();
    const ws = wb.context.workbook.worksheets.getItem(NT);
    ws.getUsedRange().clear("All");
    ws.getRange("C15").formulas = [[250]];
    await wb.context.sync();
    expect(wb.value("Mine tal", "A1")).toBe(250);
    expect(wb.nameValue("HAAP", NT)).toBe(null);
  });

  it("hides sheets but never the last visible one", async () => {
    const wb = new ExcelDouble([{ name: "A" }, { name: "B" }]);
    wb.context.workbook.worksheets.getItem("A").visibility = "Hidden";
    wb.context.workbook.worksheets.getItem("B").visibility = "Hidden";
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(wb.hidden()).toEqual(["A"]);
    wb.context.workbook.worksheets.getItem("B").delete();
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("refuses changes to a protected sheet until it is unprotected", async () => {
    const wb = new ExcelDouble([{ name: "A", protected: true }]);
    const ws = wb.context.workbook.worksheets.getItem("A");
    ws.getRange("A1").formulas = [[1]];
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    ws.protection.unprotect();
    ws.getRange("A1").formulas = [[1]];
    await wb.context.sync();
    expect(wb.value("A", "A1")).toBe(1);
  });

  it("needs the password to unprotect, and refuses protect on a protected sheet and unprotect on an unprotected one", async () => {
    const wb = new ExcelDouble([{ name: "A", password: "hemmelig" }, { name: "B" }]);
    const a = wb.context.workbook.worksheets.getItem("A");
    a.protection.unprotect();
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    a.protection.unprotect("forkert");
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    a.protection.protect();
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect([wb.sheet("A")!.protected, wb.sheet("A")!.password]).toEqual([true, "hemmelig"]);
    a.protection.unprotect("hemmelig");
    await wb.context.sync();
    expect(wb.sheet("A")!.protected).toBe(false);
    wb.context.workbook.worksheets.getItem("B").protection.unprotect();
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("with the workbook's structure protected, refuses to add, delete, rename, hide or show sheets", async () => {
    const wb = new ExcelDouble([{ name: "A" }, { name: "B" }], { structure: {} });
    const sheets = wb.context.workbook.worksheets;
    for (const change of [
      () => sheets.add("C"),
      () => sheets.getItem("B").delete(),
      () => void (sheets.getItem("B").name = "D"),
      () => void (sheets.getItem("B").visibility = "Hidden"),
    ]) {
      change();
      await expect(wb.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    }
    expect(wb.sheets.map((s) => [s.name, s.visibility])).toEqual([["A", "Visible"], ["B", "Visible"]]);
    const p = wb.context.workbook.protection.load("protected");
    await wb.context.sync();
    expect(p.protected).toBe(true);
  });

  it("keeps names and table names in one namespace, ignoring case, whichever comes first", async () => {
    const wb = new ExcelDouble([{ name: "A", names: { Egen: "=A!$A$1" } }], { tables: [{ name: "Budget_2025", sheet: "A", address: "A1:B3" }] });
    wb.context.workbook.names.add("BUDGET_2025", "=A!$C$1");
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    wb.context.workbook.worksheets.getItem("A").names.add("budget_2025", "=A!$C$1");
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    const t = wb.context.workbook.worksheets.getItem("A").tables.add("D1:E3", true);
    t.name = "egen";
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses to activate a hidden sheet, and to freeze panes or set the page layout on one", async () => {
    const wb = new ExcelDouble([{ name: "A" }, { name: "B", visibility: "Hidden" }]);
    const b = wb.context.workbook.worksheets.getItem("B");
    for (const change of [() => b.activate(), () => b.freezePanes.freezeRows(1), () => void (b.pageLayout.orientation = "Landscape")]) {
      change();
      await expect(wb.context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    }
    b.visibility = "Visible";
    b.freezePanes.freezeRows(1);
    b.activate();
    await wb.context.sync();
    expect([wb.sheet("B")!.freeze, wb.activated]).toEqual(["rows 1", ["B"]]);
  });

  it("keeps the ownership marker as a worksheet custom property", async () => {
    const wb = workbook();
    const mine = wb.context.workbook.worksheets.getItem(NT).customProperties.getItemOrNullObject("Styringsark").load("value");
    const theirs = wb.context.workbook.worksheets.getItem("Mine tal").customProperties.getItemOrNullObject("Styringsark").load("value");
    await wb.context.sync();
    expect([mine.isNullObject, mine.value, theirs.isNullObject]).toEqual([false, "noegletal", true]);
  });

  it("rejects a request above 5 MB before applying any of it", async () => {
    const wb = new ExcelDouble([{ name: "A" }]);
    const ws = wb.context.workbook.worksheets.getItem("A");
    ws.getRange("A1").formulas = [["lille"]];
    const big = Array.from({ length: 60000 }, () => ["x".repeat(100)]);
    ws.getRange(`B1:B${big.length}`).formulas = big;
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(wb.sheet("A")!.cells.size).toBe(0);
  });

  it("rejects a response above 5 MB after the batch was applied", async () => {
    const cells = { A1: "y".repeat(2_000_000), A2: "y".repeat(2_000_000), A3: "y".repeat(2_000_000) };
    const wb = new ExcelDouble([{ name: "A", cells }]);
    const ws = wb.context.workbook.worksheets.getItem("A");
    ws.getRange("B1").formulas = [[7]];
    ws.getUsedRange().load("values");
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(wb.value("A", "B1")).toBe(7);
  });

  it("fails exactly at the k-th operation of the run", async () => {
    const wb = new ExcelDouble([{ name: "A" }], { failAtOperation: 3 });
    const ws = wb.context.workbook.worksheets.getItem("A");
    ws.getRange("A1").formulas = [[1]];
    await wb.context.sync(); // operation 1
    ws.getRange("A2").formulas = [[2]]; // 2
    ws.getRange("A3").formulas = [[3]]; // 3 fails
    ws.getRange("A4").formulas = [[4]];
    await expect(wb.context.sync()).rejects.toThrow("Simuleret fejl ved operation 3");
    expect([wb.value("A", "A1"), wb.value("A", "A2"), wb.value("A", "A3"), wb.value("A", "A4")]).toEqual([1, 2, null, null]);
  });

  it("fills a formula row down relative to each row and copies ranges with their formats", async () => {
    const wb = new ExcelDouble([{ name: "A", cells: { A1: 1, A2: 2, A3: 3 } }, { name: "B" }]);
    const a = wb.context.workbook.worksheets.getItem("A");
    a.getRange("B1").formulas = [["=A1*10"]];
    a.getRange("B1").autoFill(a.getRange("B1:B3"), "FillCopy");
    a.getRange("B1:B3").numberFormat = [["#,##0"]];
    const b = wb.context.workbook.worksheets.getItem("B");
    b.getRange("A1").copyFrom(a.getRange("A1:B3"), "All");
    await wb.context.sync();
    expect([wb.value("A", "B3"), wb.formula("A", "B3")]).toEqual([30, "=A3*10"]);
    expect([wb.value("B", "B2"), wb.formula("B", "B2")]).toEqual([20, "=A2*10"]);
    expect(wb.sheet("B")!.formats).toEqual([{ address: "0,1,3,1", what: "numberFormat", value: [["#,##0"]] }]);
    // Each row of a fill read on its own, in any order, is the top formula moved by its own offset.
    const c = wb.context.workbook.worksheets.getItem("A");
    c.getRange("C1").formulas = [["=A1+B1"]];
    c.getRange("C1").autoFill(c.getRange("C1:C3"), "FillCopy");
    await wb.context.sync();
    expect(["C3", "C2", "C1", "C3"].map((x) => wb.formula("A", x))).toEqual(["=A3+B3", "=A2+B2", "=A1+B1", "=A3+B3"]);
  });

  it("stores workbook settings per file", async () => {
    const wb = new ExcelDouble([{ name: "A" }]);
    wb.context.workbook.settings.add("kolonner", '{"takst":4}');
    const s = wb.context.workbook.settings.getItemOrNullObject("kolonner").load("value");
    const none = wb.context.workbook.settings.getItemOrNullObject("andet").load("value");
    await wb.context.sync();
    expect([s.value, none.isNullObject]).toEqual(['{"takst":4}', true]);
  });

  it("finds sheet prefixes outside string literals only", () => {
    const seen: string[] = [];
    mapSheetPrefixes(`='A b'!C1+B!D2&"'X'!E3"+'It''s'!A1`, (s) => (seen.push(s), null));
    expect(seen).toEqual(["A b", "B", "It's"]);
  });
});
