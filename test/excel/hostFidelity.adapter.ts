// What only real Excel shows about the Office writer: frozen panes, column widths in points, and
// blocks with Excel's full row count. Asserted on the office-addin-mock based double.
import { writeSheets } from "../../src/excel";
import { excelWouldConvert, officeCell, specProblems } from "../../src/excel/plan";
import { columnWidthPixels, columnWidthPoints } from "../../src/sheets/columns";
import type { SheetSpec } from "../../src/sheets/spec";
import { writeXlsxBuffer } from "../../src/xlsx";
import { unzipSync, strFromU8 } from "fflate";
import { FakeWorkbook } from "../support/fakeExcel";

const sheet = (over: Partial<SheetSpec>): SheetSpec => ({
  name: "Test", kind: "test", blocks: [{ kind: "cells", row: 0, col: 0, cells: [["a", 1]] }], formats: [], ...over,
});

describe("frozen panes", () => {
  // freezeAt takes a range and freezes everything above and left of its bottom-right corner; a pane
  // of rows only is freezeRows(count), of columns only freezeColumns(count):
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetfreezepanes
  it.each([
    [{ rows: 3, cols: 0 }, "rows 3"],
    [{ rows: 0, cols: 2 }, "columns 2"],
    [{ rows: 3, cols: 2 }, "at 0,0,3,2"],
  ])("freezes %p as %p (no column A when no columns were asked for)", async (freeze, sent) => {
    const wb = new FakeWorkbook();
    await writeSheets(wb.context, [sheet({ freeze })]);
    expect(wb.sheet("Test")!.freeze).toBe(sent);
  });
});

describe("column widths: one rule for both writers", () => {
  // The .xlsx width is characters of the widest digit (7 px in Calibri 11) with 5 px padding;
  // Excel shows Truncate(((256·w + Truncate(128/7)) / 256) · 7) pixels (ECMA-376 Part 1, 18.3.1.13,
  // and MS-OI29500 2.1.598:
  // https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/727f4736-6cba-40e3-b4d3-ce319885780e).
  // Office.js RangeFormat.columnWidth is in points (72 per 96 px):
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member
  it("turns the .xlsx width into the same on-screen width in points", () => {
    expect(columnWidthPixels(11)).toBe(77);
    expect(columnWidthPoints(11)).toBe(57.75);
    expect(columnWidthPixels(30)).toBe(210);
    expect(columnWidthPoints(30)).toBe(157.5);
  });

  it("sends the same width to Excel as the .xlsx file carries", async () => {
    const spec = sheet({ columnWidths: { 0: 30, 1: 11 } });
    const wb = new FakeWorkbook();
    await writeSheets(wb.context, [spec]);
    const widths = wb.sheet("Test")!.formats.filter((f) => f.what === "format.columnWidth");
    expect(widths).toEqual([
      { address: "0,0,1,1", what: "format.columnWidth", value: 157.5 },
      { address: "0,1,1,1", what: "format.columnWidth", value: 57.75 },
    ]);
    const xml = strFromU8(unzipSync(new Uint8Array(await writeXlsxBuffer([spec])))["xl/worksheets/sheet1.xml"]);
    expect(xml).toContain('<col min="1" max="1" width="30" customWidth="1"/><col min="2" max="2" width="11" customWidth="1"/>');
  });
});

// Blocks of Excel's full 1.048.576 rows: test/deep/rowLimit.deep.ts.

describe("text Excel would convert: linear on a 32.767-character cell", () => {
  // 32.767 characters is Excel's limit for a cell (Excel specifications and limits, above).
  it("keeps long digit runs and text apart without backtracking", () => {
    const digits = "1".repeat(32766);
    const started = Date.now();
    for (let i = 0; i < 20; i++) {
      expect(excelWouldConvert(`${digits}x`)).toBe(false);
      expect(excelWouldConvert(`${digits}5`)).toBe(true);
      expect(officeCell(`(kr. ${"1 ".repeat(16000)}x)`)).toBe(`(kr. ${"1 ".repeat(16000)}x)`);
    }
    // The quadratic expression took ~2,5 s per cell; the 10 ms target is measured in the bench.
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.each([["  =1"], ["(1.200)"], ["kr.1.200"], ["(kr 5)"], [" falsk "], ["12:30"], ["-"]])("still marks %p as text to keep", (t) => {
    expect(excelWouldConvert(t)).toBe(true);
  });
  it.each([["Plejefamilie"], ["krone 5"], ["("], [""], ["Alle ugens 7 dage"]])("leaves %p alone", (t) => {
    expect(excelWouldConvert(t)).toBe(false);
  });
});

describe("no value that is not finite reaches a cell, from any builder (docs/domain.md §3)", () => {
  const bad = sheet({ blocks: [{ kind: "cells", row: 0, col: 0, cells: [["Beløb", Infinity], ["I alt", NaN]] }] });
  const problems = [
    'Cellen B1 på arket "Test": værdien er ikke et endeligt tal (∞ eller ikke et tal) og skrives ikke',
    'Cellen B2 på arket "Test": værdien er ikke et endeligt tal (∞ eller ikke et tal) og skrives ikke',
  ];

  it("is refused by the Office writer before the workbook is touched", async () => {
    expect(specProblems(bad)).toEqual(problems);
    const wb = new FakeWorkbook();
    const before = wb.snapshot();
    await expect(writeSheets(wb.context, [bad])).rejects.toThrow(problems.join("\n"));
    expect(wb.snapshot()).toEqual(before);
  });

  it("is refused by the .xlsx writer", async () => {
    await expect(writeXlsxBuffer([bad])).rejects.toThrow(problems.join("\n"));
  });
});
