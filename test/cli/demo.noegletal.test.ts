// `npm run demo`: Eksempel Kommune's disposition sheet and key figures, recalculated by the formula
// engine, equal core's figures.
import { disposedAmount, keyFigures, monthlyTotals, yearEnd, yearStart } from "../../src/core";
import { buildDemoWorkbook, DEMO_YEAR } from "../../src/cli/demoWorkbook";
import { a1 } from "../../src/sheets/a1";
import { buildDisponering } from "../../src/sheets/disponering";
import { buildNoegletal } from "../../src/sheets/noegletal";
import { writeXlsxBuffer } from "../../src/xlsx";
import { recalcXlsx } from "../support/recalc";

describe("demo workbook: Eksempel Kommune", () => {
  it("contains Disponering 2025 and Nøgletal 2025 whose totals equal core after recalculation", async () => {
    const demo = buildDemoWorkbook();
    expect(demo.specs.slice(0, 2).map((s) => s.name)).toEqual([`Disponering ${DEMO_YEAR}`, `Nøgletal ${DEMO_YEAR}`]);
    const wb = await recalcXlsx(await writeXlsxBuffer(demo.specs));
    // The layouts of the demo's own sheets (the builders are deterministic).
    const d = buildDisponering({ year: DEMO_YEAR, cases: demo.cases, generatedOn: 0 }).layout;
    const n = buildNoegletal({ year: DEMO_YEAR, disponering: d, generatedOn: 0 }).layout;
    const totals = monthlyTotals(demo.cases, DEMO_YEAR);
    totals.forEach((v, m) => expect(wb.num(d.sheetName, a1(d.currentAndExpectedRow, d.firstMonthCol + m))).toBeCloseTo(v, 2));
    expect(wb.num(d.sheetName, a1(d.grandTotalRow, d.totalCol))).toBeCloseTo(disposedAmount(demo.cases, yearStart(DEMO_YEAR), yearEnd(DEMO_YEAR)), 2);
    const kf = keyFigures(demo.cases, DEMO_YEAR);
    expect(n.byForanstaltning.map((r) => r.name)).toEqual(kf.byForanstaltning.map((f) => f.name));
    n.byForanstaltning.forEach((r, i) => {
      const f = kf.byForanstaltning[i];
      expect(wb.num(n.sheetName, a1(r.row, n.cols.antal))).toBe(f.antal);
      expect(wb.num(n.sheetName, a1(r.row, n.cols.haapDage))).toBeCloseTo(f.haapDage, 8);
      expect(wb.num(n.sheetName, a1(r.row, n.cols.haapMaaneder))).toBeCloseTo(f.haapMaaneder, 8);
      expect(wb.num(n.sheetName, a1(r.row, n.cols.gnsPris))).toBeCloseTo(f.gnsPris.ok ? f.gnsPris.value : NaN, 2);
    });
    n.byKonto.forEach((r, i) => expect(wb.num(n.sheetName, a1(r.row, n.cols.haapDage))).toBeCloseTo(kf.byKonto[i].haapDage, 8));
    expect(wb.num(n.sheetName, a1(n.foranstaltningTotalRow, n.cols.haapDage))).toBeCloseTo(kf.total.haapDage, 8);
    expect(wb.num(n.sheetName, a1(n.foranstaltningTotalRow, n.cols.disponeret))).toBeCloseTo(kf.total.disponeret, 2);
    expect(wb.num(n.sheetName, a1(n.foranstaltningTotalRow, n.cols.gnsPris))).toBeCloseTo((kf.total.gnsPris as { value: number }).value, 2);
  });
});
