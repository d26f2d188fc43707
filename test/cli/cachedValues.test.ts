// Cached results in the .xlsx (docs/domain.md §7): every formula carries its result, computed by
// HyperFormula from the formulas the file holds (filled blocks shifted as Excel fills them).
import { strFromU8, unzipSync } from "fflate";
import { computeCachedValues } from "../../src/cli/cachedValues";
import type { SheetSpec } from "../../src/sheets/spec";
import { writeXlsxBuffer } from "../../src/xlsx";

const specs: SheetSpec[] = [
  {
    name: "Tal", kind: "test",
    blocks: [
      { kind: "cells", row: 0, col: 0, cells: [["0101901234", 2, { f: "A1&\"-x\"" }, { f: "B1>1" }, { f: "1/0" }, { f: "B1*0.5" }]] },
      { kind: "cells", row: 1, col: 0, cells: [[1], [2], [3]] },
      // A filled block: B2:B4 = A2*10, A3*10, A4*10.
      { kind: "fill", rect: { row: 1, col: 1, rows: 3, cols: 1 }, formula: "A2*10" },
    ],
    formats: [],
    names: [{ name: "Halv", rect: { row: 0, col: 5, rows: 1, cols: 1 } }],
  },
  { name: "Andet ark", kind: "test", blocks: [{ kind: "cells", row: 0, col: 0, cells: [[{ f: "SUM('Tal'!B2:B4)+Halv" }]] }], formats: [] },
];

describe("computeCachedValues + writer", () => {
  const values = computeCachedValues(specs);

  it("computes texts, truth values, errors, filled blocks, other sheets and names", () => {
    // A CPR-shaped text stays a text (not the number 101901234).
    expect(values(0, 0, 2)).toBe("0101901234-x");
    expect(values(0, 0, 3)).toBe(true);
    expect(values(0, 0, 4)).toEqual({ error: "#DIV/0!" });
    expect([values(0, 1, 1), values(0, 2, 1), values(0, 3, 1)]).toEqual([10, 20, 30]);
    // Halv is sheet-scoped to Tal, so Andet ark's "Halv" does not see it: 60 + #NAME? is an error.
    expect(values(1, 0, 0)).toEqual({ error: "#NAME?" });
    expect(values(0, 0, 0)).toBeUndefined();
  });

  it("writes each result as <v> with its type", async () => {
    const zip = unzipSync(new Uint8Array(await writeXlsxBuffer(specs, { cachedValues: values })));
    const xml = strFromU8(zip["xl/worksheets/sheet1.xml"]);
    expect(xml).toContain('<c r="C1" t="str"><f>A1&amp;&quot;-x&quot;</f><v>0101901234-x</v></c>');
    expect(xml).toContain('<c r="D1" t="b"><f>B1&gt;1</f><v>1</v></c>');
    expect(xml).toContain('<c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c>');
    expect(xml).toContain('<c r="F1"><f>B1*0.5</f><v>1</v></c>');
    expect(xml).toContain('<c r="B3"><f t="shared" si="0"/><v>20</v></c>');
    // Every formula has a result.
    expect(xml.match(/<f[ >]/g)?.length).toBe(xml.match(/<\/f><v>|<f [^>]*\/><v>/g)?.length);
  });

  it("computes the full double, never HyperFormula's rounded display (docs/domain.md §3)", () => {
    const sum: SheetSpec = {
      name: "Sum", kind: "test",
      blocks: [{ kind: "cells", row: 0, col: 0, cells: [[2352347822000, 606, { f: "A1+B1" }, 0.1, 0.2, { f: "D1+E1" }, { f: "C1=2352347822606" }]] }],
      formats: [],
    };
    const v = computeCachedValues([sum]);
    // Rounded for display, HyperFormula gives 2352347822600 and 0.3.
    expect(v(0, 0, 2)).toBe(2352347822606);
    expect(v(0, 0, 5)).toBe(0.30000000000000004);
    expect(v(0, 0, 6)).toBe(true);
  });
});
