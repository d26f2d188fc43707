// Blocks of Excel's full row count through the Office writer's checks and chunking: nothing spreads
// a row-sized array into a call (that overflowed the stack from ~123.500 rows), and one row more than
// Excel has is refused in Danish before the workbook is touched.
import { chunkCells, specProblems } from "../../src/excel/plan";
import type { SheetSpec } from "../../src/sheets/spec";

const sheet = (over: Partial<SheetSpec>): SheetSpec => ({
  name: "Test", kind: "test", blocks: [{ kind: "cells", row: 0, col: 0, cells: [["a", 1]] }], formats: [], ...over,
});

describe("row-sized blocks", () => {
  // Excel's grid is 1.048.576 rows × 16.384 columns:
  // https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
  const tall = (rows: number): SheetSpec => {
    const cells: (string | number)[][] = [];
    for (let i = 0; i < rows; i++) cells.push([i]);
    return sheet({ blocks: [{ kind: "cells", row: 0, col: 0, cells }] });
  };

  it("checks and chunks a block of 1.048.576 rows without spreading it into a call", () => {
    const spec = tall(1048576);
    expect(specProblems(spec)).toEqual([]);
    const block = spec.blocks[0] as Extract<SheetSpec["blocks"][number], { kind: "cells" }>;
    const chunks = chunkCells(block);
    expect(chunks.reduce((n, c) => n + c.data.length, 0)).toBe(1048576);
    expect(chunks[chunks.length - 1].data[chunks[chunks.length - 1].data.length - 1]).toEqual([1048575]);
  });

  it("refuses one row more than Excel has, in Danish, before touching the workbook", () => {
    expect(specProblems(tall(1048577))).toEqual(['Arket "Test" ville få 1048577 rækker; Excel tillader højst 1048576']);
  });
});

