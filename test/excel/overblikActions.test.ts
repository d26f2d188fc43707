// Issue 7's Excel actions against the FakeWorkbook double: which worksheets count as case tables,
// what the generated sheets are written as, and the Danish problems handed back from the rows.
import { overblikActions, casesFromValues } from "../../src/excel/overblikActions";
import { ymdToDay } from "../../src/core";
import { FakeWorkbook } from "../support/fakeExcel";

const HEADERS = ["Cpr-nr.", "Navn", "Foranstaltning", "Konto", "Takst", "Takstenhed", "Startdato", "Stopdato", "Leverandør", "Rådgiver", "Status"];
const d = (y: number, m: number, day: number) => ymdToDay(y, m, day);
// CPR numbers with day 61–91 (substitute numbers), so never real people.
const ANNA = ["610312-4123", "Anna Jensen", "Plejefamilie", "5.28.20", 30000, "måned", d(2024, 3, 1), "", "Kragereden", "AKJ", "aktuel"];
const BO = ["620508-4456", "Bo Hansen", "Opholdssted", "5.28.23", 3000, "døgn", d(2025, 2, 1), d(2025, 9, 30), "Solbakken", "BMH", "aktuel"];
// Row 4 of "Sager": no takst, which the core rejects with a Danish message.
const NO_TAKST = ["630601-4789", "Clara Nielsen", "Kontaktperson", "5.28.21", "", "måned", d(2025, 1, 1), "", "Familiecentret", "AKJ", "aktuel"];

/** A table as the double's cells ("row,col" → value), top-left at (row, col). */
function cells(table: unknown[][], row = 0, col = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  table.forEach((r, i) => r.forEach((v, j) => (out[`${row + i},${col + j}`] = v)));
  return out;
}

function workbook(failAtSync?: number) {
  const wb = new FakeWorkbook(
    [
      { name: "Sager", cells: cells([HEADERS, ANNA, BO, NO_TAKST]) },
      // The consultant's own words for the two required columns, with the header in row 3 from B.
      { name: "Sager september", cells: cells([["Takst (mdl.)", "Bevilget fra", "Cpr"], [30000, d(2024, 3, 1), "610312-4123"]], 2, 1) },
      { name: "Noter", cells: cells([["Note", "Dato"], ["Husk budgetmøde", d(2025, 10, 1)]]) },
      { name: "Tom" },
      // Our own earlier output has case-like headers but is not a source.
      { name: "Disponering 2024", marker: "disponering", cells: cells([HEADERS, ANNA]) },
    ],
    { failAtSync },
  );
  (globalThis as unknown as { Excel: unknown }).Excel = { run: <T>(cb: (c: Excel.RequestContext) => Promise<T>) => cb(wb.context) };
  return wb;
}

afterEach(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

describe("listCaseSheets", () => {
  it("lists the user's sheets whose first used row has Takst and Startdato, not ours, not empty ones", async () => {
    const wb = workbook();
    expect(await overblikActions.listCaseSheets()).toEqual(["Sager", "Sager september"]);
    // One sync for the names, one for every sheet's first row and marker: not one per sheet.
    expect(wb.syncs).toBe(2);
  });

  it("passes a failing read on to the panel", async () => {
    workbook(2);
    await expect(overblikActions.listCaseSheets()).rejects.toThrow("Simuleret fejl ved sync 2");
  });
});

describe("generateOverblik", () => {
  it("writes Disponering, Overblik and Portefølje with our marker and returns the rows' problems in Danish", async () => {
    const wb = workbook();
    const out = await overblikActions.generateOverblik({ source: "Sager", year: 2025, baseYear: 2024, target: 0.75, maskCpr: true });
    expect(out.sheets).toEqual(["Disponering 2025", "Overblik 2025", "Portefølje 2025"]);
    expect(out.problems).toEqual(["Række 4, Takst: skal udfyldes"]);
    expect(wb.sheets.map((s) => [s.name, s.props.get("Styringsark") ?? null])).toEqual([
      ["Sager", null], ["Sager september", null], ["Noter", null], ["Tom", null], ["Disponering 2024", "disponering"],
      ["Disponering 2025", "disponering"], ["Overblik 2025", "overblik"], ["Portefølje 2025", "portefoelje"],
    ]);
    // The user's sheet is read, never written.
    // (Excel keeps no empty cells: the blank stop dates and takst are not cells.)
    expect(wb.sheet("Sager")!.cells.size).toBe([HEADERS, ANNA, BO, NO_TAKST].flat().filter((v) => v !== "").length);
    // The Disponering sheet holds the two valid cases, not the rejected row.
    const disp = [...wb.sheet("Disponering 2025")!.cells.values()];
    expect(disp).toContain("Anna Jensen");
    expect(disp).toContain("Bo Hansen");
    expect(disp).not.toContain("Clara Nielsen");
    // Masking reaches the portfolio: 610312-xxxx, never the full number.
    const port = [...wb.sheet("Portefølje 2025")!.cells.values()].map(String);
    expect(port.some((v) => v.includes("610312-xxxx"))).toBe(true);
    expect(port.some((v) => v.includes("610312-4123"))).toBe(false);
  });

  it("shows full CPR in the portfolio when the report is not masked", async () => {
    const wb = workbook();
    await overblikActions.generateOverblik({ source: "Sager", year: 2025, baseYear: 2024, target: 0.75, maskCpr: false });
    const port = [...wb.sheet("Portefølje 2025")!.cells.values()].map(String);
    expect(port.some((v) => v.includes("610312-4123"))).toBe(true);
  });

  it("says which required columns a sheet lacks", async () => {
    workbook();
    const out = await overblikActions.generateOverblik({ source: "Noter", year: 2025, baseYear: 2024, target: 0.75, maskCpr: true });
    expect(out.problems).toEqual(["Arket mangler kolonnerne: Takst, Startdato"]);
  });
});

describe("generateOekonomitjek", () => {
  it("writes one Økonomitjek sheet and prefixes each problem with its sheet", async () => {
    const wb = workbook();
    const out = await overblikActions.generateOekonomitjek({ before: "Sager september", now: "Sager", year: 2025, month: 10, maskCpr: true });
    expect(out.sheets).toEqual(["Økonomitjek 2025-10"]);
    expect(out.problems).toEqual(["Sager: Række 4, Takst: skal udfyldes"]);
    expect(wb.sheet("Økonomitjek 2025-10")!.props.get("Styringsark")).toBe("oekonomitjek");
    const tjek = [...wb.sheet("Økonomitjek 2025-10")!.cells.values()].map(String);
    // Bo is new since September; his CPR appears masked only.
    expect(tjek.some((v) => v.includes("620508-xxxx"))).toBe(true);
    expect(tjek.some((v) => v.includes("620508-4456"))).toBe(false);
  });
});

describe("casesFromValues", () => {
  it("uses the takst header's unit when the table has no Takstenhed column", () => {
    const out = casesFromValues([["Døgntakst", "Startdato"], [2500, d(2025, 1, 1)]]);
    expect(out.problems).toEqual([]);
    expect(out.cases.map((c) => [c.row, c.takst, c.enhed, c.start])).toEqual([[2, 2500, "døgn", d(2025, 1, 1)]]);
  });
});
