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
    // "Starttidspunkt" (bold: 13,1 digit widths, sheets/textWidth.ts) does not fit 8 → widened with 5 %
    // and a digit of padding, so it does not break mid-word.
    expect(layout.columnWidths[1]).toBe(14.75);
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
    // Columns of 20 + 14,75 (+ 8,43 × 2 merged) fit the page at 100 %: one page wide.
    expect(sheet).toContain('<pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="landscape"/>');
    // 45962 = 01.11.2025.
    expect(sheet).toContain("<oddFooter>&amp;L&amp;A&amp;CSide &amp;P af &amp;N&amp;RDannet af Styringsark 01.11.2025</oddFooter>");
    expect(sheet).toContain('<row r="2" ht="62" customHeight="1">');
    expect(sheet).toContain('<mergeCells count="1"><mergeCell ref="A2:D2"/></mergeCells>');
    expect(strFromU8(zip["xl/workbook.xml"])).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Tekst'!$1:$1</definedName>`);
  });
});

describe("a section that begins a page", () => {
  const sectioned = (breakRow: number): SheetSpec => ({
    name: "Afsnit", kind: "test",
    blocks: [{ kind: "fill", rect: { row: 0, col: 0, rows: 40, cols: 2 }, formula: "ROW()" }],
    formats: [],
    print: { breaksBefore: [breakRow] },
  });

  it("puts a manual break above the section's row in Excel, and a refresh moves it instead of adding one", async () => {
    const wb = new ExcelDouble([{ name: "Ark1" }]);
    await writeSheets(wb.context, [sectioned(30)]);
    expect(wb.sheet("Afsnit")!.rowBreaks).toEqual([30]);
    // The section moved up (fewer rows above it): the old break goes, the new one comes.
    await writeSheets(wb.context, [sectioned(25)]);
    expect(wb.sheet("Afsnit")!.rowBreaks).toEqual([25]);
  });

  it("writes the same break into the .xlsx (above 0-based row 30, i.e. row 31 begins the page)", async () => {
    const zip = unzipSync(new Uint8Array(await writeXlsxBuffer([sectioned(30)], { generatedOn: 45962 })));
    const sheet = strFromU8(zip["xl/worksheets/sheet1.xml"]);
    expect(sheet).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="30" max="16383" man="1"/></rowBreaks></worksheet>');
  });

  it("writes no breaks for a sheet without sections that begin a page", async () => {
    const zip = unzipSync(new Uint8Array(await writeXlsxBuffer([spec], { generatedOn: 45962 })));
    expect(strFromU8(zip["xl/worksheets/sheet1.xml"])).not.toContain("rowBreaks");
    const wb = new ExcelDouble([{ name: "Ark1" }]);
    await writeSheets(wb.context, [spec]);
    expect(wb.sheet("Tekst")!.rowBreaks).toEqual([]);
  });
});

// docs/domain.md §7 "Printed pages are readable": never under 8 pt on paper, helper columns off the
// paper, texts whole, no row taller than its content.
describe("readable print", () => {
  /** 384 characters, about 360 digit widths: more than the 28 printed columns of 11 hold. */
  const banner = "Genereret af Styringsark — en lang linje, der ellers løber ud over kanten af papiret og får siden til at skrumpe, når den ikke brydes. ".repeat(3);
  /** A case table 30 columns of 11 wide (≈ 1.780 pt at 100 %): one page wide would print at 43 %. */
  const wide: SheetSpec = {
    name: "Bred", kind: "test",
    blocks: [
      { kind: "cells", row: 0, col: 0, cells: [["Titel"], [banner]] },
      { kind: "cells", row: 2, col: 0, cells: [Array.from({ length: 30 }, (_, i) => `Kolonne ${i + 1}`)] },
      { kind: "fill", rect: { row: 3, col: 0, rows: 40, cols: 28 }, formula: "ROW()" },
      // Helper columns (28, 29) and a hidden record column (31).
      { kind: "fill", rect: { row: 3, col: 28, rows: 40, cols: 2 }, formula: "ROW()*1000000000" },
      { kind: "cells", row: 3, col: 31, cells: [["{}"]] },
    ],
    formats: [],
    columnWidths: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [i, 11])),
    freeze: { rows: 3, cols: 2 },
    hiddenCols: [31],
    print: { columns: 28 },
  };

  it("prints a sheet too wide for one page at 75 % or more, over several pages, identifying columns repeated, across first", () => {
    const page = sheetLayout(wide).print;
    // 28 printed columns of 11 (82 px = 61,5 pt each, with "Kolonne 10" widening none): 1.722 pt → 44 % for one page.
    expect(page.fit).toEqual({ scale: 75 });
    expect(page.titleCols).toEqual({ first: 0, last: 1 });
    expect(page.titleRows).toEqual({ first: 0, last: 2 });
    expect(page.order).toBe("overThenDown");
    expect(page.area).toEqual({ cols: 28 });
  });

  it("fits a sheet to one page wide when it fits at 100 %", () => {
    expect(sheetLayout(spec).print.fit).toEqual({ pagesWide: 1 });
  });

  it("merges a long line alone in its row across the printed columns and gives it the height of its lines", () => {
    const layout = sheetLayout(wide);
    expect(layout.merges).toContainEqual({ row: 1, col: 0, rows: 1, cols: 28 });
    expect(layout.wraps).toContainEqual({ row: 1, col: 0, rows: 1, cols: 1 });
    // 28 × 11 = 308 digit widths less padding hold it in two lines of 15 pt + 2.
    expect(layout.rowHeights[1]).toBe(32);
    // A third as long, it runs over the empty cells to its right and stays as it is.
    const short = sheetLayout({ ...wide, blocks: [{ kind: "cells", row: 1, col: 0, cells: [[banner.slice(0, 128)]] }, ...wide.blocks.slice(1)] });
    expect(short.merges).toEqual([]);
    expect(short.rowHeights[1]).toBeUndefined();
  });

  it("widens a label's column so it is not cut by the figure beside it, and wraps one wider than 50", () => {
    const labels: SheetSpec = {
      name: "Etiketter", kind: "test",
      blocks: [{ kind: "cells", row: 0, col: 0, cells: [
        ["Helårsforanstaltninger i alt (sum af rækkerne)", 1],
        ["Kort", 2],
        ["En meget lang forklaring, der står ved siden af et tal og er længere end halvtreds tegn i alt, så den brydes", 3],
      ] }],
      formats: [],
      columnWidths: { 0: 30 },
    };
    const layout = sheetLayout(labels);
    // The longest label, capped at 50, sets the column; the first alone needs 36,3 digit widths + 5 % + 1 of padding → 39,25.
    expect(layout.columnWidths[0]).toBe(50);
    expect(layout.wraps).toEqual([{ row: 2, col: 0, rows: 1, cols: 1 }]);
    // About 90 digit widths in a column of 50: two lines of 15 pt + 2.
    expect(layout.rowHeights[2]).toBe(32);
    expect(layout.rowHeights[0]).toBeUndefined();
    const alone = sheetLayout({ ...labels, blocks: [{ kind: "cells", row: 0, col: 0, cells: [["Helårsforanstaltninger i alt (sum af rækkerne)", 1]] }] });
    expect(alone.columnWidths[0]).toBe(39.25);
  });

  it("writes the fixed scale, page order, repeated columns and the print area without helper columns into the .xlsx", async () => {
    const zip = unzipSync(new Uint8Array(await writeXlsxBuffer([wide], { generatedOn: 45962 })));
    const sheet = strFromU8(zip["xl/worksheets/sheet1.xml"]);
    expect(sheet).not.toContain("fitToPage");
    expect(sheet).toContain('<pageSetup paperSize="9" scale="75" pageOrder="overThenDown" orientation="landscape"/>');
    const book = strFromU8(zip["xl/workbook.xml"]);
    expect(book).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Bred'!$A:$B,'Bred'!$1:$3</definedName>`);
    expect(book).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'Bred'!$A:$AB</definedName>`);
  });

  it("writes the same page setup into Excel", async () => {
    const wb = new ExcelDouble([{ name: "Ark1" }]);
    await writeSheets(wb.context, [wide]);
    expect(wb.sheet("Bred")!.pageLayout).toMatchObject({
      zoom: { scale: 75 }, printOrder: "OverThenDown", printTitleColumns: "$A:$B", printTitleRows: "$1:$3", printArea: "$A:$AB",
    });
  });
});
