// The reader's readTable against a strict request context: a value is readable only after load and
// sync, so leaving out any sync fails here. Header + body in three syncs (values in row chunks below
// the 5 MB response limit, see readerChunks.test.ts), null without the table.
import { readTable } from "../../src/excel/reader";
import { StrictContext } from "../support/strictExcel";

/** A workbook whose tables sit on "Data" at the given address. */
function contextWith(tables: Record<string, { address: string; values: unknown[][] }>) {
  return new StrictContext((ctx) => ({
    tables: {
      getItemOrNullObject: (name: string) => {
        const t = tables[name];
        const part = (r: number, rows: number) => ctx.proxy({ values: t?.values.slice(r, r + rows) });
        const range = () =>
          ctx.proxy(
            { address: t?.address, rowCount: t?.values.length, columnCount: t?.values[0]?.length },
            { getCell: (r: number) => ({ getResizedRange: (dr: number) => part(r, dr + 1) }) },
          );
        return ctx.proxy({}, { getRange: range }, t === undefined);
      },
    },
  }));
}

describe("readTable", () => {
  it("returns the header, rows and position of a named table in three syncs (is it there, its size, its values)", async () => {
    const ctx = contextWith({ Budget: { address: "Data!C4:E5", values: [["Konto", "Tekst", "Budget"], ["5.28.20", "Plejefamilier", 32755000]] } });
    expect(await readTable(ctx.context, "Budget")).toEqual({
      label: "tabellen Budget", sheet: "Data", origin: { row: 3, col: 2 },
      header: ["Konto", "Tekst", "Budget"], rows: [["5.28.20", "Plejefamilier", 32755000]],
    });
    expect(ctx.syncs).toBe(3);
  });

  it("returns null when the workbook has no such table, after one sync", async () => {
    const ctx = contextWith({});
    expect(await readTable(ctx.context, "Forbrug")).toBeNull();
    expect(ctx.syncs).toBe(1);
  });
});
