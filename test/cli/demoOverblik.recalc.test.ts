// The demo's Overblik, Portefølje and Økonomitjek, written to .xlsx and recalculated by
// HyperFormula, agree with core; the økonomitjek finds exactly what the generator of last month's
// copy changed (test/support/forrigeMaaned.ts).
import { readFileSync } from "fs";
import path from "path";
import { adviserPortfolio, compareSnapshots, measureSeries, monthlyShares, yearFigures } from "../../src/core";
import { buildDemoWorkbook, DEMO_DIR, readCaseCsv } from "../../src/cli/demoWorkbook";
import { buildDemoOverblik, DEMO_PREVIOUS_CSV } from "../../src/cli/demoOverblik";
import { writeXlsxBuffer } from "../../src/xlsx";
import { recalcXlsx, type Recalculated } from "../support/recalc";
import { previousMonthCsv, RATE_CHANGED, REMOVED_NOW, STOP_CHANGED } from "../support/forrigeMaaned";

describe("demo overview sheets", () => {
  const demo = buildDemoWorkbook();
  const previous = readCaseCsv(DEMO_PREVIOUS_CSV);
  const ov = buildDemoOverblik(2025, demo.cases, previous, 45962);
  let wb: Recalculated;
  beforeAll(async () => {
    wb = await recalcXlsx(await writeXlsxBuffer(demo.specs));
  });

  it("bundles last month's copy exactly as its generator derives it", () => {
    const now = readFileSync(path.join(DEMO_DIR, "eksempel-kommune-sager.csv"), "utf8");
    expect(readFileSync(path.join(DEMO_DIR, DEMO_PREVIOUS_CSV), "utf8")).toBe(previousMonthCsv(now));
    expect(demo.specs.map((s) => s.name)).toEqual(expect.arrayContaining(["Overblik 2025", "Portefølje 2025", "Økonomitjek 2025-10"]));
  });

  it("Overblik: every foranstaltning's monthly amount and HÅP, the shares and the index agree with core", () => {
    const L = ov.overblik.layout;
    const series = measureSeries(demo.cases, 2025);
    expect(L.names).toEqual(series.map((s) => s.foranstaltning));
    series.forEach((x, i) => {
      for (let m = 0; m < 12; m++) {
        expect(wb.at(L.sheetName, L.disposedRow + i, m + 1) as number).toBeCloseTo(x.disposed[m], 2);
        expect(wb.at(L.sheetName, L.haapRow + i, m + 1) as number).toBeCloseTo(x.haap[m], 9);
        expect(wb.at(L.sheetName, L.prisRow + i, m + 1) as number).toBeCloseTo(x.gnsPris[m]!, 2);
      }
      expect(wb.at(L.sheetName, L.prisRow + i, 13) as number).toBeCloseTo(x.yearGnsPris!, 2);
    });
    const sh = monthlyShares(series);
    for (let m = 0; m < 12; m++) {
      expect(wb.at(L.sheetName, L.plejeRow + m, 1) as number).toBeCloseTo(sh.plejefamilie[m]!, 9);
      expect(wb.at(L.sheetName, L.forebygRow + m, 1) as number).toBeCloseTo(sh.forebyggende[m]!, 9);
    }
    // Index, base 2024: 2025's disposed amount ÷ 2024's × 100 with 2025 from the formulas above.
    const [y24, y25] = yearFigures(demo.cases, [2024, 2025]);
    expect(wb.at(L.sheetName, L.indexRow + 1, 1) as number).toBe(100);
    expect(wb.at(L.sheetName, L.indexRow + 2, 1) as number).toBeCloseTo((y25.disposed / y24.disposed) * 100, 6);
    expect(wb.at(L.sheetName, L.indexRow + 2, 3) as number).toBeCloseTo((y25.gnsPris! / y24.gnsPris!) * 100, 6);
  });

  it("Portefølje: per rådgiver figures agree with core", () => {
    const L = ov.portefoelje.layout;
    adviserPortfolio(demo.cases, 2025).forEach((f, i) => {
      expect(wb.at(L.sheetName, L.adviserRow + i, 0)).toBe(f.raadgiver);
      expect(wb.at(L.sheetName, L.adviserRow + i, 1) as number).toBeCloseTo(f.disposed, 2);
      expect(wb.at(L.sheetName, L.adviserRow + i, 2)).toBe(f.sager);
      expect(wb.at(L.sheetName, L.adviserRow + i, 3) as number).toBeCloseTo(f.haap, 9);
    });
  });

  it("Økonomitjek: finds the generator's changes and their effect", () => {
    const L = ov.oekonomitjek.layout;
    const report = compareSnapshots(previous.cases, demo.cases, 2025);
    const counts = [0, 1, 2, 3, 4].map((i) => wb.at(L.sheetName, L.summaryRow + i, 2));
    // 9 rows starting 10.–31.10.2025 are new; the 2 removed rows are gone; 3 rates and 2 stops changed.
    expect(counts).toEqual([9, REMOVED_NOW.length, RATE_CHANGED.length, STOP_CHANGED.length, 0]);
    expect(wb.at(L.sheetName, L.totalsRow + 2, 1) as number).toBeCloseTo(report.totalEffect, 2);
    expect(wb.at(L.sheetName, L.totalsRow + 1, 1) as number).toBeCloseTo(report.totalNow, 2);
  });
});
