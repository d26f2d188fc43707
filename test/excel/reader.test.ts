// The reader's readTable against a strict request context: a value is readable only after load and
// sync, so leaving out either sync fails here. Header + body in two syncs, null without the table.
import { readTable } from "../../src/excel/reader";
import { StrictContext } from "../support/strictExcel";

/** A workbook whose tables sit on "Data" at the given address. */
function contextWith(tables: Record<string, { address: string; values: unknown[][] }>) {
  return new StrictContext((ctx) => ({
    tables: {
      getItemOrNullObject: (name: string) => {
        const t = tables[name];
        return ctx.proxy({}, { getRange: () => ctx.proxy({ address: t?.address, values: t?.values }) }, t === undefined);
      },
    },
  }));
}

describe("readTable", () => {
  it("returns the header, rows and position of a named table in two syncs", async () => {
    const ctx = contextWith({ Budget: { address: "Data!C4:E5", values: [["Konto", "Tekst", "Budget"], ["5.28.20", "Plejefamilier", 32755000]] } });
    expect(await readTable(ctx.context, "Budget")).toEqual({
      label: "tabellen Budget", sheet: "Data", origin: { row: 3, col: 2 },
      header: ["Konto", "Tekst", "Budget"], rows: [["5.28.20", "Plejefamilier", 32755000]],
    });
    expect(ctx.syncs).toBe(2);
  });

  it("returns null when the workbook has no such table, after one sync", async () => {
    const ctx = contextWith({});
    expect(await readTable(ctx.context, "Forbrug")).toBeNull();
    expect(ctx.syncs).toBe(1);
  });
});
