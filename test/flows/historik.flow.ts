// "Luk året" and the years before (docs/domain.md §8) against the workbook doubles: the year's figures
// go into one hidden sheet of ours, refreshed in place; Overblik reads that sheet and the table
// Regnskab, never today's case list.
import { HISTORIK_HEADER, readHistorik, ymdToDay } from "../../src/core";
import { closeYear, generateOverblik, readYearsBefore } from "../../src/flows";
import { writeSheets } from "../../src/excel";
import { buildHistorik, HISTORIK_KIND, HISTORIK_SHEET } from "../../src/sheets/historik";
import type { SheetSpec } from "../../src/sheets/spec";
import { ExcelDouble } from "../support/excelDouble";
import { WorkbookDouble } from "../support/workbookDouble";

const d = (y: number, m: number, day: number) => ymdToDay(y, m, day);
const HEADERS = ["Cpr-nr.", "Foranstaltning", "Konto", "Takst", "Takstenhed", "Startdato", "Stopdato"];
// Substitute-day CPR (day + 60), never real people. A: the whole of 2024; B: born 15.06.2006, an open
// placement that ends the day before the 18th birthday (14.06.2024): 166 days of 2024.
const A = ["610312-4123", "Plejefamilie", "5.28.20", 30000, "måned", d(2023, 1, 1), ""];
const B = ["750606-4456", "Opholdssted", "5.28.23", 1000, "døgn", d(2024, 1, 1), ""];
const ROWS = (values: unknown[][]) => values.map((r) => r.map((v) => v as string | number));
const generatedOn = d(2025, 1, 10);

/** The cells of a written history sheet, header first. */
const cells = (spec: SheetSpec) => (spec.blocks[0].kind === "cells" ? spec.blocks[0].cells : []);

describe("closeYear", () => {
  it("saves the year's HÅP, GNS-pris and amounts per foranstaltning, konto and for all cases in one hidden sheet of ours", async () => {
    const wb = new WorkbookDouble({ writes: true, settings: {}, sheets: [{ name: "Sager", values: ROWS([HEADERS, A, B]) }] });
    const out = await closeYear(wb, { source: "Sager", year: 2024, generatedOn });
    expect(out.sheets).toEqual([HISTORIK_SHEET]);
    expect(out.message).toBe(`Året 2024 er lukket: helårspersoner, GNS-pris og beløb for 2 foranstaltninger og 2 konti samt personer og helårspersoner pr. aldersgruppe er gemt i det skjulte ark "${HISTORIK_SHEET}". Overblik viser dem som tidligere år.`);
    const [spec] = wb.written[0];
    expect([spec.kind, spec.hidden]).toEqual([HISTORIK_KIND, true]);
    expect(cells(spec)[0]).toEqual([...HISTORIK_HEADER]);
    const rows = readHistorik(cells(spec).slice(1));
    const get = (art: string, niveau: string, name: string) => rows.find((r) => r.art === art && r.niveau === niveau && r.name === name)?.value;
    // A: 12 × 30.000; B: 01.01–14.06.2024 = 166 days at 1.000 (the 18th birthday ends the placement).
    expect(get("beloeb", "foranstaltning", "Plejefamilie")).toBeCloseTo(360000, 6);
    expect(get("beloeb", "foranstaltning", "Opholdssted")).toBeCloseTo(166000, 6);
    expect(get("haap", "foranstaltning", "Opholdssted")).toBeCloseTo(166 / 366, 12);
    expect(get("beloeb", "konto", "5.28.23")).toBeCloseTo(166000, 6);
    expect(get("haap", "alle", "I alt")).toBeCloseTo((366 + 166) / 366, 12);
    expect(get("gnsPris", "alle", "I alt")).toBeCloseTo((526000 * 366) / 532, 6);
    // Per age group: A (born 01.03.2012) is 12 at the year's end, B 17 on her last day: both 12-17 år.
    expect(get("personer", "aldersgruppe", "12-17 år")).toBe(2);
    expect(get("haap", "aldersgruppe", "12-17 år")).toBeCloseTo((366 + 166) / 366, 12);
    expect([get("personer", "aldersgruppe", "0-5 år"), get("personer", "aldersgruppe", "18-22 år"), get("personer", "alle", "I alt")]).toEqual([0, 0, 2]);
    wb.verify();
  });

  it("refreshes the sheet it finds by its marker (renamed or not): another year is kept, closing a year again replaces it", async () => {
    const saved = cells(buildHistorik([
      { year: 2023, art: "haap", niveau: "alle", name: "I alt", value: 1.5 },
      { year: 2024, art: "haap", niveau: "alle", name: "I alt", value: 99 },
    ]));
    const wb = new WorkbookDouble({
      writes: true, settings: {},
      sheets: [{ name: "Sager", values: ROWS([HEADERS, A]) }, { name: "Vores tal", kind: HISTORIK_KIND, values: saved }],
    });
    const out = await closeYear(wb, { source: "Sager", year: 2024, generatedOn });
    expect(out.sheets).toEqual(["Vores tal"]);
    expect(out.message).toContain("(i stedet for de tal, der var gemt for året før)");
    const rows = readHistorik(cells(wb.written[0][0]).slice(1));
    expect(rows.filter((r) => r.niveau === "alle" && r.art === "haap").map((r) => [r.year, r.value])).toEqual([[2023, 1.5], [2024, 1]]);
  });

  it("says so before the year is over, and closes nothing from a sheet without cases", async () => {
    const wb = new WorkbookDouble({ writes: true, settings: {}, sheets: [{ name: "Sager", values: ROWS([HEADERS, A]) }, { name: "Tom", values: [HEADERS] }] });
    const early = await closeYear(wb, { source: "Sager", year: 2025, generatedOn: d(2025, 11, 3) });
    expect(early.message).toMatch(/Året er ikke slut \(i dag er det 03\.11\.2025\): tallene er dispositionerne, som de ser ud nu; luk året igen efter nytår\.$/);
    const none = await closeYear(wb, { source: "Tom", year: 2024, generatedOn });
    expect([none.sheets, none.message]).toEqual([[], "Året 2024 er ikke lukket: arket Tom har ingen sager, der kan læses."]);
  });
});

describe("the history sheet in Excel", () => {
  it("is written hidden and replaced in place: closing twice leaves one sheet", async () => {
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, [buildHistorik([{ year: 2024, art: "haap", niveau: "alle", name: "I alt", value: 1 }])]);
    await writeSheets(wb.context, [buildHistorik([{ year: 2024, art: "haap", niveau: "alle", name: "I alt", value: 2 }])]);
    expect(wb.hidden()).toEqual([HISTORIK_SHEET]);
    expect(wb.value(HISTORIK_SHEET, "E2")).toBe(2);
  });
});

describe("readYearsBefore and Overblik", () => {
  it("reads the saved year-ends and the table Regnskab, with the table's problems at their cells", async () => {
    const saved = cells(buildHistorik([{ year: 2024, art: "beloeb", niveau: "alle", name: "I alt", value: 500000 }]));
    const wb = new WorkbookDouble({
      tables: [{ name: "Regnskab", sheet: "Regnskab", values: [["Konto", "År", "Regnskab"], ["5.28.20", 2023, "400.000"], ["5.28.20", "tyve", 1]] }],
      sheets: [{ name: HISTORIK_SHEET, kind: HISTORIK_KIND, values: saved }],
    });
    const out = await readYearsBefore(wb);
    expect(out.history.saved.map((r) => [r.year, r.value])).toEqual([[2024, 500000]]);
    expect(out.history.regnskab).toEqual([{ konto: "5.28.20", year: 2023, regnskab: 400000 }]);
    expect(out.problems.map((p) => [p.address, p.message])).toEqual([["B3", "Række 3, År: tyve er ikke et årstal"]]);
  });

  it("Overblik shows the saved and booked years, not years computed from the cases", async () => {
    const saved = cells(buildHistorik([{ year: 2024, art: "beloeb", niveau: "alle", name: "I alt", value: 500000 }, { year: 2024, art: "haap", niveau: "alle", name: "I alt", value: 2 }]));
    const wb = new WorkbookDouble({
      writes: true, settings: {}, tables: [{ name: "Regnskab", values: [["Konto", "År", "Regnskab"], ["5.28.20", 2023, 400000]] }],
      sheets: [{ name: "Sager", values: ROWS([HEADERS, A]) }, { name: HISTORIK_SHEET, kind: HISTORIK_KIND, values: saved }],
    });
    await generateOverblik(wb, { source: "Sager", year: 2025, baseYear: 2024, target: 0.75, maskCpr: true, generatedOn });
    const overblik = wb.written[0].find((s) => s.kind === "overblik")!;
    const values = overblik.blocks.flatMap((b) => (b.kind === "cells" ? b.cells : []));
    // A ran through 2023 and 2024 at 360.000 a year; the sheet shows what was saved and booked instead.
    expect(values).toContainEqual([2023, 400000, null, expect.anything(), "Regnskab (tabellen Regnskab)"]);
    expect(values).toContainEqual([2024, 500000, 2, expect.anything(), "Gemt ved årsafslutning"]);
  });
});
