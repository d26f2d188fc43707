// The reader on what only real Excel shows: whole-column and whole-row selections, and tables
// too large for one response on the web (5 MB per request and response, "Resource limits and
// performance optimization for Office Add-ins":
// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
import { readSelection, readTable, readValues, topLeft } from "../../src/excel/reader";
import { rowBytes } from "../../src/excel/plan";
import { StrictContext } from "../support/strictExcel";

/** A strict range proxy over `values` at (row0, col0) of sheet "Data": size, getCell, getResizedRange. */
function rangeOf(ctx: StrictContext, values: unknown[][], row0 = 0, col0 = 0, reads: number[] = []): unknown {
  const a1 = (r: number, c: number) => `${String.fromCharCode(65 + c)}${r + 1}`;
  const rows = values.length, cols = values[0]?.length ?? 0;
  return ctx.proxy(
    { address: `Data!${a1(row0, col0)}:${a1(row0 + rows - 1, col0 + cols - 1)}`, rowCount: rows, columnCount: cols, values },
    {
      getCell: (r: number, c: number) => ({
        getResizedRange: (dr: number, dc: number) => {
          reads.push((dr + 1) * (dc + 1));
          return ctx.proxy({ values: values.slice(r, r + dr + 1).map((row) => row.slice(c, c + dc + 1)) });
        },
      }),
    },
  );
}

describe("topLeft", () => {
  it.each([
    ["Ark1!B3", { sheet: "Ark1", row: 2, col: 1 }],
    ["Ark1!A:K", { sheet: "Ark1", row: 0, col: 0 }],
    ["'Mit ark'!$C:$K", { sheet: "Mit ark", row: 0, col: 2 }],
    ["Ark1!1:500", { sheet: "Ark1", row: 0, col: 0 }],
    ["Ark1!$4:$9", { sheet: "Ark1", row: 3, col: 0 }],
  ])("reads %p", (address, at) => {
    expect(topLeft(address)).toEqual(at);
  });
});

describe("large tables are read in row chunks", () => {
  it("reads 250.000 × 4 cells: a first chunk of 100.000 cells, then as many rows as 4 MB hold at the heaviest row read, in order", async () => {
    const values: unknown[][] = [];
    for (let i = 0; i < 250000; i++) values.push([`010190-${String(i % 10000).padStart(4, "0")}`, i, 45658, ""]);
    const ctx = new StrictContext(() => ({}));
    const reads: number[] = [];
    const out = await readValues(ctx.context, rangeOf(ctx, values, 0, 0, reads) as Excel.Range);
    // The heaviest of the first 25.000 rows, ["010190-9999",24999,45658,""] and its comma, is 31 bytes
    // of JSON: 4 MiB / 31 = 135.300 rows of 4 cells, then the 89.700 left.
    expect(rowBytes(["010190-9999", 24999, 45658, ""])).toBe(31);
    expect(reads).toEqual([100000, 135300 * 4, 89700 * 4]);
    expect(ctx.syncs).toBe(4); // the size, then 3 chunks
    expect(out.values).toHaveLength(250000);
    expect(out.values[249999]).toEqual(["010190-9999", 249999, 45658, ""]);
  });

  it("reads a small table in one piece after its size", async () => {
    const ctx = new StrictContext((c) => ({
      tables: { getItemOrNullObject: () => c.proxy({}, { getRange: () => rangeOf(c, [["Konto", "Budget"], ["5.28.20", 1000]], 3, 2) }) },
    }));
    expect(await readTable(ctx.context, "Budget")).toEqual({
      label: "tabellen Budget", sheet: "Data", origin: { row: 3, col: 2 }, header: ["Konto", "Budget"], rows: [["5.28.20", 1000]],
    });
    expect(ctx.syncs).toBe(3);
  });
});

describe("whole-column and whole-row selections read the used part", () => {
  function selection(address: string, cellCount: number, used: unknown[][] | null) {
    const asked: string[] = [];
    const ctx = new StrictContext((c) => ({
      getSelectedRange: () =>
        c.proxy({ address, cellCount }, {
          getIntersectionOrNullObject: () => {
            asked.push("intersection");
            return used === null ? c.proxy({}, {}, true) : rangeOf(c, used);
          },
          // The unbounded selection's own values would be null: reading them is a bug.
          getCell: () => {
            throw new Error("the unbounded selection itself was read");
          },
        } as Record<string, (...args: never[]) => unknown>),
    }));
    // worksheet.getUsedRange is reached through the selection.
    const sel = (ctx.workbook as { getSelectedRange: () => Record<string, unknown> }).getSelectedRange;
    (ctx.workbook as Record<string, unknown>).getSelectedRange = () => Object.assign(sel(), { worksheet: { getUsedRange: () => ({}) } });
    return { ctx, asked };
  }

  it("A:K gives the used rows, not 'Ugyldig adresse'", async () => {
    const { ctx, asked } = selection("Data!A:K", 11 * 1048576, [["Cpr", "Takst"], ["010190-1234", 1000]]);
    const out = await readSelection(ctx.context);
    expect(asked).toEqual(["intersection"]);
    expect(out.header).toEqual(["Cpr", "Takst"]);
    expect(out.rows).toEqual([["010190-1234", 1000]]);
    expect(out.origin).toEqual({ row: 0, col: 0 });
  });

  it("a selection outside the used range is an empty table", async () => {
    const { ctx } = selection("Data!1:500", 500 * 16384, null);
    const out = await readSelection(ctx.context);
    expect(out).toEqual({ label: "Data!1:500", sheet: "Data", origin: { row: 0, col: 0 }, header: [], rows: [] });
  });
});
