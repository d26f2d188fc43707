// The .xlsx writer, read back with an independent reader (ExcelJS): values, formulas, formats,
// frozen panes, widths, validation, protection with unlocked inputs, and sheet-scoped names.
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { finish, ITEMS_PER_STEP } from "../../src/core";
import { writeXlsxBuffer, writeXlsxBytes, writeXlsxInSteps } from "../../src/xlsx";
import type { SheetSpec } from "../../src/sheets/spec";
import { size } from "../support/deep";
import { recalcXlsx } from "../support/recalc";

const spec: SheetSpec = {
  name: "Model & <test>",
  kind: "test",
  blocks: [
    { kind: "cells", row: 0, col: 0, cells: [["Tekst med & < > \" og \u0001styretegn", 1200000.5, true, null, { f: "B1*2" }]] },
    { kind: "cells", row: 1, col: 0, cells: [["a", 1], ["b", 2], ["c", 3]] },
    { kind: "fill", rect: { row: 1, col: 2, rows: 3, cols: 2 }, formula: "$B2*10+COLUMN()" },
  ],
  formats: [
    { rect: { row: 0, col: 1, rows: 4, cols: 1 }, numberFormat: "#,##0" },
    { rect: { row: 1, col: 1, rows: 3, cols: 1 }, style: "input" },
    { rect: { row: 0, col: 0, rows: 1, cols: 5 }, style: "header" },
  ],
  columnWidths: { 0: 30, 1: 12 },
  freeze: { rows: 1, cols: 1 },
  names: [{ name: "Resultat", rect: { row: 0, col: 4, rows: 1, cols: 1 } }],
  validations: [
    { rect: { row: 1, col: 1, rows: 3, cols: 1 }, rule: { type: "decimal", min: 0 }, error: "Skal være et tal ≥ 0" },
    { rect: { row: 5, col: 1, rows: 1, cols: 1 }, rule: { type: "wholeNumber", min: 2000, max: 2100 }, error: "Skriv et årstal" },
  ],
  protect: true,
  tabColor: "#1F4E79",
};

describe("writeXlsxBuffer", () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let buf: Buffer;
  beforeAll(async () => {
    buf = await writeXlsxBuffer([spec]);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    ws = wb.getWorksheet("Model & <test>")!;
  });

  it("keeps values, escapes text and drops characters XML cannot carry", () => {
    expect(ws.getCell("A1").value).toBe('Tekst med & < > " og styretegn');
    expect(ws.getCell("B1").value).toBe(1200000.5);
    expect(ws.getCell("C1").value).toBe(true);
    expect(ws.getCell("D1").value).toBeNull();
    expect(ws.getCell("E1").formula).toBe("B1*2");
  });

  it("writes a fill block as one shared formula that moves like Excel's fill handle", () => {
    expect(ws.getCell("C2").formula).toBe("$B2*10+COLUMN()");
    expect(ws.getCell("D4").formula).toBe("$B4*10+COLUMN()");
  });

  it("recalculates to the hand-computed values", async () => {
    const r = await recalcXlsx(buf);
    expect(r.num("Model & <test>", "E1")).toBe(2400001); // 1.200.000,5 × 2
    expect(r.num("Model & <test>", "C2")).toBe(13); // 1×10 + column 3
    expect(r.num("Model & <test>", "D4")).toBe(34); // 3×10 + column 4
  });

  it("applies number formats, styles, widths, frozen panes and tab colour", () => {
    expect(ws.getCell("B2").numFmt).toBe("#,##0");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect((ws.getCell("B2").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFF2CC");
    // A1's bold header (29,8 digit widths, sheets/textWidth.ts) is cut by B1 at 30: widened with 5 % and padding.
    expect(ws.getColumn(1).width).toBe(32.5);
    expect(ws.getColumn(2).width).toBe(12);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(ws.properties.tabColor?.argb).toBe("FF1F4E79");
  });

  it("protects the sheet without a password and leaves input cells unlocked", () => {
    const xml = strFromU8(unzipSync(new Uint8Array(buf))["xl/worksheets/sheet1.xml"]);
    expect(xml).toMatch(/<sheetProtection sheet="1"[^>]*\/>/);
    expect(xml).not.toMatch(/password/);
    expect(ws.getCell("B2").protection?.locked).toBe(false);
    expect(ws.getCell("E1").protection?.locked ?? true).toBe(true);
  });

  it("writes data validation with a Danish message", () => {
    const dv = ws.getCell("B3").dataValidation;
    expect(dv).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", error: "Skal være et tal ≥ 0" });
  });

  it("writes a whole-number rule as Excel's 'whole' type (a year: 2025,5 is refused), between both bounds", () => {
    expect(ws.getCell("B6").dataValidation).toMatchObject({ type: "whole", operator: "between", formulae: [2000, 2100], error: "Skriv et årstal" });
  });

  it("writes worksheet-scoped defined names", () => {
    const xml = strFromU8(unzipSync(new Uint8Array(buf))["xl/workbook.xml"]);
    expect(xml).toContain(`<definedName name="Resultat" localSheetId="0">'Model &amp; &lt;test&gt;'!$E$1</definedName>`);
  });
});

// docs/domain.md §3: a number written into a file is the full double, so a check comparing two numbers
// of the file (Nøgletal's checksum 2352347822606 against the sum of the Kontrol column) sees the same
// numbers in a reader that does not recalculate.
describe("numbers in the written XML", () => {
  const numbers = [2352347822606, 0.1 + 0.2, 1 / 3, -4483562.05, 1e-7, 1e21, 9007199254740993, 123456.78901234567];

  /** Every `<v>` of sheet1, by cell reference. */
  async function written(cachedValues?: (sheet: number, row: number, col: number) => number | undefined): Promise<Map<string, string>> {
    const row = numbers.map((n, i) => (cachedValues ? { f: `${i}+0` } : n));
    const s: SheetSpec = { name: "Tal", kind: "test", blocks: [{ kind: "cells", row: 0, col: 0, cells: [row] }], formats: [] };
    const xml = strFromU8(unzipSync(new Uint8Array(await writeXlsxBuffer([s], { cachedValues })))["xl/worksheets/sheet1.xml"]);
    return new Map([...xml.matchAll(/<c r="([A-Z]+1)"[^>]*>(?:<f>[^<]*<\/f>)?<v>([^<]*)<\/v>/g)].map((m) => [m[1], m[2]]));
  }

  it("writes a value so that it reads back as the same double (2352347822606, 0,1 + 0,2 = 0,30000000000000004)", async () => {
    const v = await written();
    expect(v.get("A1")).toBe("2352347822606");
    expect(v.get("B1")).toBe("0.30000000000000004");
    numbers.forEach((n, i) => expect(Number(v.get(`${String.fromCharCode(65 + i)}1`))).toBe(n));
  });

  it("writes a formula's cached result at full precision too", async () => {
    const v = await written((_s, _r, c) => numbers[c]);
    expect(v.get("A1")).toBe("2352347822606");
    numbers.forEach((n, i) => expect(Number(v.get(`${String.fromCharCode(65 + i)}1`))).toBe(n));
  });
});

describe("writing in steps (Del som fil in the task pane)", () => {
  // 5.000 rows here (the parts are still many pieces long, and a step over all rows reads 5 × the
  // bound); 20.000 in `npm run test:deep` (test/deep/xlsxWriter.deep.ts runs this file at full size).
  const ROWS = size(5000, 20000);
  const last = ROWS - 1;
  /** A report of ROWS rows: a pseudonym, an amount and a formula per row, a header and a number format over all of them. */
  function large(): SheetSpec {
    return {
      name: "Stor", kind: "test",
      blocks: [
        { kind: "cells", row: 0, col: 0, cells: [["Person", "Beløb", "Dobbelt"]] },
        { kind: "cells", row: 1, col: 0, cells: Array.from({ length: ROWS }, (_, i) => [`Person ${String(i).padStart(5, "0")}`, i * 10 + 0.5, { f: `B${i + 2}*2` }]) },
      ],
      formats: [{ rect: { row: 0, col: 0, rows: 1, cols: 3 }, style: "header" }, { rect: { row: 1, col: 1, rows: ROWS, cols: 2 }, numberFormat: "#,##0" }],
    };
  }

  it(`reads back every row of a ${ROWS}-row report whose parts are compressed in many pieces`, async () => {
    const bytes = finish(writeXlsxInSteps([large()], { cachedValues: (_s, r) => ((r - 1) * 10 + 0.5) * 2 }));
    const parts = unzipSync(bytes);
    // The parts of a streamed zip in the order written, [Content_Types].xml first.
    expect(Object.keys(parts)).toEqual([
      "[Content_Types].xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
      "docProps/app.xml", "_rels/.rels",
    ]);
    // Both parts are far longer than one piece (32.768 characters) and end where they should: the
    // sheet ≈ 150 bytes a row (over 40 pieces at 20.000 rows, 10 at 5.000), the texts ≈ 30 (10, 2).
    expect(parts["xl/worksheets/sheet1.xml"].length).toBeGreaterThan((ROWS / 500) * 32768);
    expect(strFromU8(parts["xl/worksheets/sheet1.xml"]).endsWith("</worksheet>")).toBe(true);
    expect(parts["xl/sharedStrings.xml"].length).toBeGreaterThan((ROWS / 2000) * 32768);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Stor")!;
    expect(ws.rowCount).toBe(ROWS + 1);
    expect(ws.getCell("A2").value).toBe("Person 00000");
    expect(ws.getCell(`A${ROWS + 1}`).value).toBe(`Person ${String(last).padStart(5, "0")}`);
    expect(ws.getCell(`B${ROWS + 1}`).value).toBe(last * 10 + 0.5); // 4.999 × 10 + 0,5 = 49.990,5 at 5.000 rows
    expect(ws.getCell(`C${ROWS + 1}`).value).toMatchObject({ formula: `B${ROWS + 1}*2`, result: (last * 10 + 0.5) * 2 });
    expect(ws.getCell(`B${ROWS + 1}`).numFmt).toBe("#,##0");
  });

  it("reads at most ITEMS_PER_STEP rows of the report, and writes at most 200 rows' XML, between two pauses", () => {
    const spec = large();
    const block = spec.blocks[1] as Extract<SheetSpec["blocks"][number], { kind: "cells" }>;
    let read = new Set<number>();
    let written = new Set<number>();
    // Every row of the cells watched (the limits, the layout and the cells read them); the rows' XML asks
    // each formula's cached value. A row's length alone is how wide the sheet is (`widest`, a few µs for
    // all rows), not work on the row.
    const watched = block.cells.map((row, i) => new Proxy(row, { get: (t, p, r) => (p !== "length" && read.add(i), Reflect.get(t, p, r)) }));
    const steps = writeXlsxInSteps([{ ...spec, blocks: [spec.blocks[0], { ...block, cells: watched }] }], { cachedValues: (_s, r) => (written.add(r), 0) });
    let mostRead = 0, mostWritten = 0, pauses = 0;
    for (;;) {
      read = new Set();
      written = new Set();
      const next = steps.next();
      mostRead = Math.max(mostRead, read.size);
      mostWritten = Math.max(mostWritten, written.size);
      if (next.done) break;
      pauses++;
    }
    expect(written.size + mostWritten).toBeGreaterThan(0);
    expect(mostRead).toBeLessThanOrEqual(ITEMS_PER_STEP);
    expect(mostWritten).toBeLessThanOrEqual(200);
    expect(pauses).toBeGreaterThanOrEqual(ROWS / 200);
  });

  it("gives the one-piece writer's parts", async () => {
    const spec = large();
    const a = unzipSync(finish(writeXlsxInSteps([spec], { generatedOn: 46000 })));
    const b = unzipSync(await writeXlsxBytes([spec], { generatedOn: 46000 }));
    expect(Object.fromEntries(Object.entries(a).map(([k, v]) => [k, strFromU8(v)]))).toEqual(Object.fromEntries(Object.entries(b).map(([k, v]) => [k, strFromU8(v)])));
  });
});
