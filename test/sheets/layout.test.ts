// Layout of the sheets with cases (docs/domain.md §7, print and layout): the panes frozen at the column
// headers and the identifying columns, written the same by both writers; headers and long texts that
// wrap get the lines they need (sheets/print.ts), so nothing is cut off or overlaps.
import { strFromU8, unzipSync } from "fflate";
import { budgetParagraph, type OmraadeFigures } from "../../src/core";
import { writeSheets } from "../../src/excel";
import { buildBudgetbemaerkninger } from "../../src/sheets/budgetbemaerkninger";
import { buildDisponering } from "../../src/sheets/disponering";
import { buildOekonomitjek } from "../../src/sheets/oekonomitjek";
import { buildOverblik } from "../../src/sheets/overblik";
import { buildPortefoelje } from "../../src/sheets/portefoelje";
import { sheetLayout } from "../../src/sheets/print";
import type { SheetSpec } from "../../src/sheets/spec";
import { writeXlsxBuffer } from "../../src/xlsx";
import { ExcelDouble } from "../support/excelDouble";
import { smallKommune, snapshotBefore, snapshotNow } from "../support/smallKommune";

const cases = smallKommune();
const disp = buildDisponering({ year: 2025, cases, generatedOn: 45000 });
const specs: SheetSpec[] = [
  disp.spec,
  buildOverblik({ year: 2025, cases, disponering: disp.layout, generatedOn: 45000, chartsDrawn: false }).spec,
  buildPortefoelje({ year: 2025, cases, disponering: disp.layout, generatedOn: 45000 }).spec,
  buildOekonomitjek({ year: 2025, month: 10, before: snapshotBefore(), now: snapshotNow(), beforeLabel: "Sager september", nowLabel: "Sager", generatedOn: 45000 }).spec,
];

describe("frozen panes", () => {
  // Disponering: the header row (row 5) and cpr-nummer + navn. The others stack several tables, so only
  // their identifying columns freeze: Overblik's foranstaltning; Portefølje's rådgiver, cpr-nummer,
  // navn; Økonomitjek's ændring, cpr-nummer, navn.
  const expected = [{ rows: 5, cols: 2 }, { rows: 0, cols: 1 }, { rows: 0, cols: 3 }, { rows: 0, cols: 3 }];

  it("are set in the sheet descriptions", () => {
    expect(specs.map((s) => [s.kind, s.freeze])).toEqual(["disponering", "overblik", "portefoelje", "oekonomitjek"].map((k, i) => [k, expected[i]]));
    // The columns frozen on Disponering are its cpr-nummer and navn.
    expect(disp.layout.cols.navn + 1).toBe(2);
  });

  it("are written into the .xlsx", async () => {
    const zip = unzipSync(new Uint8Array(await writeXlsxBuffer(specs, { generatedOn: 45962 })));
    const panes = specs.map((_s, i) => /<pane [^>]*\/>/.exec(strFromU8(zip[`xl/worksheets/sheet${i + 1}.xml`]))?.[0]);
    expect(panes).toEqual([
      '<pane xSplit="2" ySplit="5" topLeftCell="C6" activePane="bottomRight" state="frozen"/>',
      '<pane xSplit="1" topLeftCell="B1" activePane="topRight" state="frozen"/>',
      '<pane xSplit="3" topLeftCell="D1" activePane="topRight" state="frozen"/>',
      '<pane xSplit="3" topLeftCell="D1" activePane="topRight" state="frozen"/>',
    ]);
  });

  it("are written into Excel", async () => {
    const wb = new ExcelDouble([{ name: "Ark1" }]);
    await writeSheets(wb.context, specs);
    // The double records freezeAt by its range (row,col,rows,cols) and freezeColumns by the count.
    expect(specs.map((s) => wb.sheet(s.name)!.freeze)).toEqual(["at 0,0,5,2", "columns 1", "columns 3", "columns 3"]);
  });
});

describe("the cpr-nummer rule (text only)", () => {
  // A custom rule's formula is relative to the range's top-left cell, in Office.js as in the file
  // (https://learn.microsoft.com/en-us/javascript/api/excel/excel.customdatavalidation: "=COUNTIF($B$2:$B$7,B8)=0" on B8).
  const cpr = disp.spec.validations!.find((v) => v.rule.type === "text")!;
  const top = `A${disp.layout.casesFrom + 1}`;

  it("is a custom ISTEXT rule over the cpr-nummer column of every case row in the .xlsx", async () => {
    expect(cpr.rect).toEqual({ row: disp.layout.casesFrom, col: 0, rows: disp.layout.casesTo - disp.layout.casesFrom + 1, cols: 1 });
    const sheet = strFromU8(unzipSync(new Uint8Array(await writeXlsxBuffer([disp.spec], { generatedOn: 45962 })))["xl/worksheets/sheet1.xml"]);
    expect(sheet).toContain(
      `<dataValidation type="custom" allowBlank="1" showErrorMessage="1" errorTitle="Styringsark" error="${cpr.error}" sqref="${top}:A${disp.layout.casesTo + 1}"><formula1>ISTEXT(${top})</formula1></dataValidation>`,
    );
  });

  it("is a custom ISTEXT rule in Excel", async () => {
    const wb = new ExcelDouble([{ name: "Ark1" }]);
    await writeSheets(wb.context, [disp.spec]);
    const rules = wb.sheet(disp.spec.name)!.validations.filter((v) => JSON.stringify(v.rule).includes("custom"));
    expect(rules.map((v) => v.rule)).toEqual([{ custom: { formula: `=ISTEXT(${top})` } }]);
  });
});

describe("wrapped texts", () => {
  it("Økonomitjek's wrapped summary header (B6) gets the height of its three lines", async () => {
    const zip = unzipSync(new Uint8Array(await writeXlsxBuffer([specs[3]], { generatedOn: 45962 })));
    // Column B is widened from 14 to 20,5 so the bold header "Person (pseudonym)" below fits (18,7 digit
    // widths + 5 % + padding); "Effekt på forventet regnskab" (bold, 23,6 digit widths) then takes two
    // lines of 15 pt + 2 (three in the column 14 wide).
    const xml = strFromU8(zip["xl/worksheets/sheet1.xml"]);
    expect(xml).toContain('<col min="2" max="2" width="20.5" customWidth="1"/>');
    expect(xml).toContain('<row r="6" ht="32" customHeight="1">');
  });

  it("Overblik's column headers wrap and get their lines and widths instead of being cut", () => {
    const ov = specs[1];
    const layout = sheetLayout(ov);
    const headerRows = ov.formats.filter((f) => f.style === "header").map((f) => f.rect);
    expect(headerRows.length).toBeGreaterThan(5);
    for (const r of headerRows.filter((h) => h.col === 0)) expect(ov.formats).toContainEqual({ rect: r, style: "header", wrap: true });
    // "Helårspersoner" (14 characters, bold) was cut in a column 11 wide; "Forventet regnskab" takes two lines.
    expect(layout.columnWidths[2]).toBeGreaterThanOrEqual(15);
    const budgetHeader = ov.blocks.find((b) => b.kind === "cells" && b.cells[0]?.[2] === "Forventet regnskab")!;
    expect(budgetHeader.kind === "cells" && layout.rowHeights[budgetHeader.row]).toBe(32);
  });

  it("Budgetbemærkninger's paragraphs stand in merged, wrapped cells as high as the whole paragraph", async () => {
    const f: OmraadeFigures = {
      omraade: "anbringelsesområdet", year: 2025, haapForventet: 108, haapBudget: 102.2, haapSidsteAar: 104,
      prisSidsteAar: 779_000, pl: 0.042, forventet: 87_700_000, budget: 83_000_000,
    };
    const text = budgetParagraph(f);
    const { spec, layout } = buildBudgetbemaerkninger({ year: 2025, paragraphs: [{ figures: f, text }], generatedOn: 45962 });
    const row = layout.textRows[0];
    expect(spec.merges).toContainEqual({ row, col: 0, rows: 1, cols: 8 });
    // Lines needed over the merged A:H at about 1,1 characters per unit of width: LibreOffice fitted the
    // demo's 304-character paragraph into two lines over the same columns (optimal height 28,3 pt,
    // measured over UNO; ours 47), and a 296-character one into three lines when they were 117 wide.
    const layoutNow = sheetLayout(spec);
    const width = [0, 1, 2, 3, 4, 5, 6, 7].reduce((w, c) => w + (layoutNow.columnWidths[c] ?? 8.43), 0);
    const lines = Math.ceil(text.length / (1.1 * width));
    const height = layoutNow.rowHeights[row];
    expect(lines).toBeGreaterThanOrEqual(2);
    expect(height).toBeGreaterThanOrEqual(lines * 15 + 2);
    const sheet = strFromU8(unzipSync(new Uint8Array(await writeXlsxBuffer([spec], { generatedOn: 45962 })))["xl/worksheets/sheet1.xml"]);
    expect(sheet).toContain(`<row r="${row + 1}" ht="${height}" customHeight="1">`);
    expect(sheet).toContain(`<mergeCell ref="A${row + 1}:H${row + 1}"/>`);
  });
});
