// Chart creation through the Office writer: type, source range, series orientation, title
// and axis titles of every chart on the Overblik, Portefølje and Økonomitjek sheets, asserted on the
// office-addin-mock based test double. The type is sent as Excel.ChartType's value, which is
// PascalCase ("Line", "ColumnClustered", "BarClustered"):
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.charttype
import { buildDisponering } from "../../src/sheets/disponering";
import { buildOverblik } from "../../src/sheets/overblik";
import { buildPortefoelje } from "../../src/sheets/portefoelje";
import { buildOekonomitjek } from "../../src/sheets/oekonomitjek";
import { writeSheets } from "../../src/excel";
import { FakeWorkbook } from "../support/fakeExcel";
import { smallKommune, snapshotBefore, snapshotNow } from "../support/smallKommune";

describe("charts written into Excel", () => {
  it("draws the Overblik and Portefølje charts from their tables, titled in Danish", async () => {
    const cases = smallKommune();
    const disp = buildDisponering({ year: 2025, cases, generatedOn: 45000 });
    const ov = buildOverblik({ year: 2025, cases, disponering: disp.layout, generatedOn: 45000, history: { saved: [], regnskab: [{ konto: "5.28.20", year: 2023, regnskab: 900000 }, { konto: "5.28.20", year: 2024, regnskab: 950000 }] } });
    const pf = buildPortefoelje({ year: 2025, cases, disponering: disp.layout, generatedOn: 45000 });
    const wb = new FakeWorkbook([{ name: "Sager" }]);
    await writeSheets(wb.context, [disp.spec, ov.spec, pf.spec]);
    const L = ov.layout;
    // Fake addresses are "row,col,rows,cols" (0-based). 4 foranstaltninger → header + 4 rows.
    expect(wb.sheet("Overblik 2025")!.charts).toEqual([
      { type: "Line", source: `${L.disposedRow - 1},0,5,13`, seriesBy: "Rows", title: "Disponeret beløb pr. måned", xAxisTitle: "Måned", yAxisTitle: "Kr." },
      { type: "Line", source: `${L.haapRow - 1},0,5,13`, seriesBy: "Rows", title: "Helårspersoner pr. måned", xAxisTitle: "Måned", yAxisTitle: "Helårspersoner" },
      { type: "Line", source: `${L.prisRow - 1},0,5,13`, seriesBy: "Rows", title: "Gennemsnitspris pr. helårsperson pr. måned", xAxisTitle: "Måned", yAxisTitle: "Kr." },
      { type: "ColumnClustered", source: `${L.budgetRow - 1},0,5,3`, seriesBy: "Columns", title: "Budget og forventet regnskab", xAxisTitle: "Foranstaltning", yAxisTitle: "Kr." },
      { type: "Line", source: `${L.plejeRow - 1},0,13,3`, seriesBy: "Columns", title: "Andel af anbringelser i plejefamilie mod målet", xAxisTitle: "Måned", yAxisTitle: "Andel" },
      { type: "Line", source: `${L.forebygRow - 1},0,13,2`, seriesBy: "Columns", title: "Andel af udgiften til forebyggende foranstaltninger", xAxisTitle: "Måned", yAxisTitle: "Andel" },
      { type: "Line", source: `${L.indexRow - 1},0,4,4`, seriesBy: "Columns", title: "Indeks (basisår = 100)", xAxisTitle: "År", yAxisTitle: "Indeks" },
      // Age per month: header and the five age groups (no one without a birth date here), months as categories.
      { type: "Line", source: `${L.agePersonsRow - 1},0,6,13`, seriesBy: "Rows", title: "Børn og unge pr. aldersgruppe pr. måned", xAxisTitle: "Måned", yAxisTitle: "Personer" },
      { type: "Line", source: `${L.ageHaapRow - 1},0,6,13`, seriesBy: "Rows", title: "Helårspersoner pr. aldersgruppe pr. måned", xAxisTitle: "Måned", yAxisTitle: "Helårspersoner" },
    ]);
    // The chart sources hold the tables' header and category column as written.
    const sheet = wb.sheet("Overblik 2025")!;
    expect(sheet.cells.get(`${L.disposedRow - 1},1`)).toBe("jan");
    expect(sheet.cells.get(`${L.disposedRow},0`)).toBe("Familiebehandling");
    expect(sheet.cells.get(`${L.plejeRow - 1},2`)).toBe("Mål");
    expect(wb.sheet("Portefølje 2025")!.charts).toEqual([
      { type: "BarClustered", source: `${pf.layout.adviserRow - 1},0,4,2`, seriesBy: "Columns", title: "Disponeret beløb pr. rådgiver", xAxisTitle: "Rådgiver", yAxisTitle: "Kr." },
    ]);
    // No note about charts on the Office path: Excel draws them.
    expect([...sheet.cells.values()]).not.toContain("Diagrammerne tegnes, når arket genereres i Excel.");
  });

  it("draws the økonomitjek's effect per kind of change", async () => {
    const tj = buildOekonomitjek({ year: 2025, month: 10, before: snapshotBefore(), now: snapshotNow(), beforeLabel: "Sager september", nowLabel: "Sager", generatedOn: 45000 });
    const wb = new FakeWorkbook();
    await writeSheets(wb.context, [tj.spec]);
    expect(wb.sheet("Økonomitjek 2025-10")!.charts).toEqual([
      { type: "ColumnClustered", source: `${tj.layout.summaryRow - 1},0,7,2`, seriesBy: "Columns", title: "Effekt på forventet regnskab pr. type ændring", xAxisTitle: "Ændring", yAxisTitle: "Kr." },
    ]);
  });
});
