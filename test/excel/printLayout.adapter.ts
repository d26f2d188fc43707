// Page setup, row heights and merged cells written by the Office writer (sheets/print.ts): the same
// rules as the .xlsx writer, so a sheet prints the same from Excel and from the demo file.
import { strFromU8, unzipSync } from "fflate";
import { writeSheets } from "../../src/excel";
import { writeXlsxBuffer } from "../../src/xlsx";
import { sheetLayout, wrappedLines } from "../../src/sheets/print";
import type { SheetSpec } from "../../src/sheets/spec";
import { ExcelDouble } from "../support/excelDouble";

const paragraph =
  "Der forventes i 2025 i alt 108 helårsforanstaltninger på anbringelsesområdet mod 102,2 i budgettet. Gennemsnitsprisen forventes at stige 4,2 % svarende til KL's pris- og lønskøn.";
const spec: SheetSpec = {
  name: "Tekst", kind: "test",
  blocks: [{ kind: "cells", row: 0, col: 0, cells: [["Overskrift", "Starttidspunkt"], [paragraph]] }],
  formats: [{ rect: { row: 0, col: 0, rows: 1, cols: 2 }, style: "header", wrap: true }, { rect: { row: 1, col: 0, rows: 1, cols: 1 }, wrap: true }],
  columnWidths: { 0: 20, 1: 8 },
  merges: [{ row: 1, col: 0, rows: 1, cols: 4 }],
  freeze: { rows: 1, cols: 0 },
};

describe("print layout", () => {
  it("wraps words greedily and breaks a word longer than a line", () => {
    expect(wrappedLines("aaa bbb ccc", 7)).toBe(2);
    expect(wrappedLines("aaaaaaaaaa", 4)).toBe(3);
    expect(wrappedLines("a\nb", 10)).toBe(2);
  });

  it("widens a column to the longest word of a wrapped header and gives a long merged text its lines", () => {
    const layout = sheetLayout(spec);
    // "Starttidspunkt" (14 characters, bold) does not fit 8 → widened so it does not break mid-word.
    expect(layout.columnWidths[1]).toBeGreaterThanOrEqual(15);
    expect(layout.columnWidths[0]).toBe(20);
    // 171 characters over the merged A:D (20 + 15 + 2 × 8,43 ≈ 52 wide) → 4 lines of 15 pt + 2.
    expect(layout.rowHeights[1]).toBe(62);
    expect(layout.rowHeights[0]).toBeUndefined();
  });

  it("writes landscape, one page wide, repeated header rows, a footer, row heights and merges into Excel", async () => {
    const wb = new ExcelDouble([{ name: "Ark1" }]);
    await writeSheets(wb.context, [spec]);
    const sheet = wb.sheet("Tekst")!;
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftFooter: "&A", centerFooter: "Side &P af &N", printTitleRows: "$1:$1",
    });
    expect(String(sheet.pageLayout.rightFooter)).toMatch(/^Dannet af Styringsark \d\d\.\d\d\.\d{4}$/);
    expect(sheet.merges).toEqual(["1,0,1,4"]); // the double records addresses as row,col,rows,cols
    expect(sheet.formats).toContainEqual({ address: "1,0,1,1", what: "format.rowHeight", value: 62 });
  });

  it("writes the same page setup, row heights and merges into the .xlsx", async () => {
    const zip = unzipSync(new Uint8Array(await writeXlsxBuffer([spec], { generatedOn: 45962 })));
    const sheet = strFromU8(zip["xl/worksheets/sheet1.xml"]);
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    // 45962 = 01.11.2025.
    expect(sheet).toContain("<oddFooter>&amp;L&amp;A&amp;CSide &amp;P af &amp;N&amp;RDannet af Styringsark 01.11.2025</oddFooter>");
    expect(sheet).toContain('<row r="2" ht="62" customHeight="1">');
    expect(sheet).toContain('<mergeCells count="1"><mergeCell ref="A2:D2"/></mergeCells>');
    expect(strFromU8(zip["xl/workbook.xml"])).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Tekst'!$1:$1</definedName>`);
  });
});
