// The demo's analyses (docs/domain.md §9) recalculated by HyperFormula agree with core and with hand
// sums of the invented regnskab table of Eksempel Kommune.
import { ymdToDay } from "../../src/core";
import { buildDemoAnalyser } from "../../src/cli/demoAnalyser";
import { a1 } from "../../src/sheets/a1";
import { writeXlsxBuffer } from "../../src/xlsx";
import { recalcXlsx, type Recalculated } from "../support/recalc";

const demo = buildDemoAnalyser(2025, ymdToDay(2025, 11, 1));
let wb: Recalculated;

beforeAll(async () => {
  wb = await recalcXlsx(await writeXlsxBuffer(demo.specs));
}, 60000);

describe("demo: Budget og regnskab", () => {
  it("gives each year's total of the four konti by hand and as core, labelled as invented", () => {
    const { layout, table } = demo.budgetRegnskab;
    const S = layout.sheetName;
    expect(S).toBe("Budget og regnskab");
    expect(wb.at(S, 4, 0)).toBe("Demo: regnskabstabellens budget- og regnskabstal er opdigtede som resten af Eksempel Kommune.");
    expect(table.years).toEqual([2022, 2023, 2024]);
    const at = (r: number, c: number) => wb.num(S, a1(r, c));
    const t = layout.totalsFirstRow, c = layout.cols;
    // 2022: budget 19.660.000 + 10.826.000 + 26.858.000 + 20.598.000 = 77.942.000;
    // regnskab 20.478.911 + 12.736.745 + 27.977.238 + 22.886.367 = 84.079.261; afvigelse 6.137.261 = 7,874 %.
    expect(at(t, c.budget)).toBe(77_942_000);
    expect(at(t, c.regnskab)).toBe(84_079_261);
    expect(at(t, c.afvigelse)).toBe(6_137_261);
    expect(at(t, c.afvigelsePct)).toBeCloseTo(6_137_261 / 77_942_000, 10);
    // 2024 against 2022: budget 91.989.000 / 77.942.000, regnskab 99.852.354 / 84.079.261.
    expect(at(t + 2, c.indeksBudget)).toBeCloseTo((91_989_000 / 77_942_000) * 100, 6);
    expect(at(t + 2, c.indeksRegnskab)).toBeCloseTo((99_852_354 / 84_079_261) * 100, 6);
    table.totals.forEach((l, i) => {
      expect(at(t + i, c.afvigelse)).toBeCloseTo(l.afvigelse!, 6);
      expect(at(t + i, c.indeksRegnskab)).toBeCloseTo(l.indeksRegnskab!, 6);
    });
    table.konti.forEach((l, i) => {
      const r = layout.kontiFirstRow + i;
      expect([wb.at(S, r, 0), at(r, c.afvigelsePct), at(r, c.indeksBudget)]).toEqual([l.konto, expect.closeTo(l.afvigelsePct!, 10), expect.closeTo(l.indeksBudget!, 6)]);
    });
  });
});
