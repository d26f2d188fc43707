// readTableIn against an office-addin-mock request context: header + body in two syncs, null for a
// workbook without the table.
import { OfficeMockObject } from "office-addin-mock";
import { readTableIn } from "../../src/excel/actions";

function contextWith(tables: Record<string, unknown[][]>) {
  const mock = new OfficeMockObject({
    workbook: {
      tables: {
        getItemOrNullObject: (name: string) => {
          const values = tables[name];
          // Excel's load returns the proxy itself, so the caller reads .values from what load returned.
          const range = (v: unknown[][]) => ({ values: v, load() { return this; } });
          return {
            isNullObject: values === undefined,
            getHeaderRowRange: () => range(values ? [values[0]] : []),
            getDataBodyRange: () => range(values ? values.slice(1) : []),
          };
        },
      },
    },
  });
  return mock as unknown as Excel.RequestContext;
}

describe("readTableIn", () => {
  it("returns the header and rows of a named table", async () => {
    const ctx = contextWith({ Budget: [["Konto", "Tekst", "Budget"], ["5.28.20", "Plejefamilier", 32755000]] });
    expect(await readTableIn(ctx, "Budget")).toEqual({ header: ["Konto", "Tekst", "Budget"], rows: [["5.28.20", "Plejefamilier", 32755000]] });
  });
  it("returns null when the workbook has no such table", async () => {
    expect(await readTableIn(contextWith({}), "Forbrug")).toBeNull();
  });
});
