// The independent recalculation (recalc.ts) reads empty cells as Excel does: a formula that lands on
// an empty cell shows 0, only a cell with nothing in it is empty (null). HyperFormula on its own says
// null for both, so a sheet showing "0" where it should be empty would pass a test that expects
// an empty cell.
import { writeXlsxBuffer } from "../../src/xlsx";
import type { SheetSpec } from "../../src/sheets/spec";
import { unzipSync } from "fflate";
import { recalcOnce, recalcXlsx, writeForRecalc } from "./recalc";

const spec: SheetSpec = {
  name: "Tomme", kind: "test",
  blocks: [
    // A1 empty; B1 a number; C1.. formulas reading A1 (empty) in the ways our sheets do.
    { kind: "cells", row: 0, col: 1, cells: [[5, { f: "A1" }, { f: "IF(B1>0,A1,1)" }, { f: "INDEX(A1:B1,1,1)" }, { f: "A1+B1" }, { f: 'IF(ISBLANK(A1),"",A1)' }, { f: "ISBLANK(A1)" }, { f: "'Andet ark'!A1" }]] },
  ],
  formats: [],
};
const other: SheetSpec = { name: "Andet ark", kind: "test", blocks: [{ kind: "cells", row: 0, col: 1, cells: [[1]] }], formats: [] };

describe("recalcXlsx and empty cells", () => {
  it("gives 0 for a formula that returns an empty cell (Excel shows 0), null only for a cell without anything", async () => {
    const wb = await recalcXlsx(await writeXlsxBuffer([spec, other]));
    expect(wb.value("Tomme", "A1")).toBeNull();
    expect(["C1", "D1", "E1", "F1", "I1"].map((a) => wb.value("Tomme", a))).toEqual([0, 0, 0, 5, 0]);
    // A formula that means empty says "" (an empty text), and ISBLANK still sees the empty cell.
    expect([wb.value("Tomme", "G1"), wb.value("Tomme", "H1")]).toEqual(["", true]);
    expect(wb.num("Tomme", "C1")).toBe(0);
  });
});

describe("recalcOnce", () => {
  it("recalculates once for every test that reads it, and refuses edits to the engine they share", async () => {
    let writes = 0;
    const recalc = recalcOnce(() => { writes++; return writeXlsxBuffer([spec, other]); });
    const [a, b] = [await recalc(), await recalc()];
    expect(writes).toBe(1);
    expect(b).toBe(a);
    expect(a.num("Tomme", "F1")).toBe(5);
    expect(a.hf.getCellValue({ sheet: a.hf.getSheetId("Tomme")!, row: 0, col: 1 })).toBe(5);
    const sheet = a.hf.getSheetId("Tomme")!;
    expect(() => a.hf.setCellContents({ sheet, row: 0, col: 0 }, 1)).toThrow(/deles af flere tests/);
    expect(() => a.hf.batch(() => undefined)).toThrow(/deles af flere tests/);
    expect(() => a.hf.addRows(sheet, [0, 1])).toThrow(/deles af flere tests/);
    expect(() => a.hf.undo()).toThrow(/deles af flere tests/);
    expect(a.num("Tomme", "F1")).toBe(5);
  });
});

describe("writeForRecalc", () => {
  it("writes the parts writeXlsxBuffer writes, byte for byte, stored instead of compressed", async () => {
    const options = { generatedOn: 45962 };
    const [stored, compressed] = [await writeForRecalc([spec, other], options), await writeXlsxBuffer([spec, other], options)];
    const parts = unzipSync(new Uint8Array(compressed));
    expect(unzipSync(new Uint8Array(stored))).toEqual(parts);
    expect(Object.keys(parts)).toContain("xl/worksheets/sheet2.xml");
    // Stored: the archive is at least as large as its parts.
    const size = Object.values(parts).reduce((n, p) => n + p.length, 0);
    expect(stored.length).toBeGreaterThan(size);
    expect(compressed.length).toBeLessThan(size);
  });
});
