// The demo workbook's follow-up sheets for Eksempel Kommune, recalculated: the Prognose sheet links
// to the Disponering 2025 sheet and to Risikosager, and still agrees with core for every konto.
import { readAssumptions, readMonthSeries, readRiskCases, ymdToDay } from "../../src/core";
import { buildDemoWorkbook } from "../../src/cli/demoWorkbook";
import { buildPrognoseDemo, readTableCsv } from "../../src/cli/prognoseDemo";
import { a1 } from "../../src/sheets/a1";
import { writeXlsxBuffer } from "../../src/xlsx";
import { recalcXlsx } from "../support/recalc";

describe("demo: prognosis, variance split and budget comments", () => {
  it("reads the bundled CSVs without problems", () => {
    const demo = buildDemoWorkbook();
    const pkg = buildPrognoseDemo(demo.cases, ymdToDay(2025, 11, 1));
    expect(pkg.problems).toEqual([]);
    expect(readMonthSeries(readTableCsv("eksempel-kommune-forbrug.csv"), "Forbrug").value.months).toHaveLength(22);
    expect(readRiskCases(readTableCsv("eksempel-kommune-risikosager.csv")).value).toHaveLength(6);
    expect(readAssumptions(readTableCsv("eksempel-kommune-budgetforudsaetninger.csv")).value.map((a) => a.foranstaltning)).toEqual([
      "Plejefamilie", "Netværksplejefamilie", "Opholdssted", "Døgninstitution", "Kontaktperson", "Familiebehandling",
    ]);
    // The prognosis sheets are in the demo, together and in this order.
    const names = demo.specs.map((s) => s.name);
    const at = names.indexOf("Budgetforudsætninger");
    expect(names.slice(at, at + 4)).toEqual(["Budgetforudsætninger", "Risikosager", "Prognose 2025-10", "Budgetbemærkninger 2025"]);
    expect(names).toContain("Disponering 2025");
    expect(demo.summary.some((l) => l.startsWith("Budgetbemærkning: Der forventes i 2025 i alt"))).toBe(true);
  });

  it("recalculates every konto's forventet regnskab and the variance split as core computes them", async () => {
    const generatedOn = ymdToDay(2025, 11, 1);
    const demo = buildDemoWorkbook(generatedOn);
    const pkg = buildPrognoseDemo(demo.cases, generatedOn);
    const wb = await recalcXlsx(await writeXlsxBuffer(demo.specs));
    const lay = pkg.layouts.prognose;
    expect(pkg.figures.kontos.map((k) => k.method)).toEqual(["disponering", "glidende", "risikosager", "pulje"]);
    for (const { row, konto } of lay.kontoRows) {
      const fig = pkg.figures.kontos.find((k) => k.konto === konto.konto)!;
      if (!fig.forventet.ok) throw new Error(fig.forventet.problem.message);
      expect(wb.num(lay.sheetName, a1(row, lay.cols.forventet))).toBeCloseTo(fig.forventet.value, 2);
      // The disposition link into Disponering 2025 gives core's disposed amount for nov–dec.
      const b = lay.basisRows.find((x) => x.konto === konto.konto)!.row;
      expect(wb.num(lay.sheetName, a1(b, lay.basisCols.disponeret))).toBeCloseTo(fig.disponeretRest, 2);
    }
    for (const { row, line } of lay.varianceRows) {
      const t = pkg.figures.types.find((x) => x.foranstaltning === line.foranstaltning)!;
      expect(wb.num(lay.sheetName, a1(row, lay.varianceCols.maengde))).toBeCloseTo(t.split.maengdeeffekt, 2);
      expect(wb.num(lay.sheetName, a1(row, lay.varianceCols.pris))).toBeCloseTo(t.split.priseffekt, 2);
    }
  });
});
