// The yellow cells of the analyses (docs/domain.md §9) survive a refresh in place on the Excel
// double: Budget og regnskab's base year stays while the task pane's choice is the same, and a
// new choice there wins; a new year in the table grows the sheet below the base year's cell.
// Rammetilpasning's frame, move and lines stay with their område and foranstaltning; Sammenligning's
// typed own figures with their key figure; Leverandører's types with their leverandør.
import { budgetAgainstRegnskab, compareWithPeers, ownFigures, readPeerTable, type RegnskabRow } from "../../src/core";
import { writeSheets } from "../../src/excel";
import { a1 } from "../../src/sheets/a1";
import { buildBudgetRegnskab, buildDisponering, buildLeverandoerer, buildRammetilpasning, buildSammenligning } from "../../src/sheets";
import { excelWorkbook } from "../../src/excel/workbook";
import { rammetilpasningSheet } from "../../src/flows/rammetilpasning";
import { ExcelDouble } from "../support/excelDouble";
import { CASES, TYPES } from "../support/leverandoerer";

const regnskab: RegnskabRow[] = [
  { konto: "5.28.21", year: 2022, budget: 10_000_000, regnskab: 10_400_000 },
  { konto: "5.28.21", year: 2023, budget: 10_500_000, regnskab: 11_550_000 },
];

describe("refreshing Budget og regnskab keeps a typed base year", () => {
  it("while the panel's base year is the same, also when the table gains a year; a new choice in the panel wins", async () => {
    const build = (rows: RegnskabRow[], baseYear: number) => buildBudgetRegnskab({ table: budgetAgainstRegnskab(rows, baseYear), generatedOn: 46000 });
    const first = build(regnskab, 2022);
    const S = first.layout.sheetName;
    const cell = a1(first.layout.baseYearCell.row, first.layout.baseYearCell.col);
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, [first.spec]);
    expect(wb.value(S, cell)).toBe(2022);
    wb.type(S, cell, 2023);
    const more = [...regnskab, { konto: "5.28.21", year: 2024, budget: 11_000_000, regnskab: 11_000_000 }];
    const again = build(more, 2022);
    expect(again.layout.baseYearCell).toEqual(first.layout.baseYearCell);
    const out = await writeSheets(wb.context, [again.spec]);
    expect(out.sheets[0]).toMatchObject({ replaced: true, inputsCarried: 1 });
    expect(wb.value(S, cell)).toBe(2023);
    // The third year is on the sheet (the totals block grew downwards).
    expect(wb.value(S, a1(again.layout.totalsFirstRow + 2, again.layout.cols.aar))).toBe(2024);
    await writeSheets(wb.context, [build(more, 2024).spec]);
    expect(wb.value(S, cell)).toBe(2024);
  });
});

describe("refreshing Rammetilpasning keeps the typed frame, move and lines", () => {
  const g = globalThis as unknown as { Excel?: unknown };
  afterEach(() => delete g.Excel);
  const table = (pris: number) => ({
    A1: "Område", B1: "Foranstaltning", C1: "Konto", D1: "HÅP", E1: "GNS-pris", F1: "HÅP sidste år", G1: "GNS-pris sidste år",
    A2: "anbringelsesområdet", B2: "Plejefamilie", C2: "5.28.20", D2: 40, E2: 400_000, F2: 39, G2: 390_000,
    A3: "anbringelsesområdet", B3: "Døgninstitution", C3: "5.28.24", D3: 8, E3: pris, F3: 8, G3: 1_900_000,
  });

  it("through the flow on the Office adapter: typed values stay at every refresh, an untouched line follows the table", async () => {
    const wb = new ExcelDouble([{ name: "Forudsætninger", cells: table(2_000_000) }], { tables: [{ name: "Budgetforudsætninger", sheet: "Forudsætninger", address: "A1:G3" }] });
    g.Excel = { run: <T>(fn: (ctx: Excel.RequestContext) => Promise<T>) => fn(wb.context) };
    const req = { year: 2026, target: 0.75, generatedOn: 46000 };
    const run = async () => {
      const out = (await rammetilpasningSheet(excelWorkbook, req))!;
      await excelWorkbook.writeSheets([out.spec]);
      return out.spec;
    };
    const first = buildRammetilpasning({ year: 2026, generatedOn: 46000, omraader: [{ omraade: "anbringelsesområdet", ramme: null, linjer: [] }] });
    const S = first.layout.sheetName;
    await run();
    const rowOf = (text: string) => {
      for (let r = 0; r < 80; r++) if (wb.value(S, a1(r, 0)) === text) return r;
      throw new Error(`${text} er ikke på arket`);
    };
    const valg = rowOf("anbringelsesområdet");
    expect(wb.value(S, a1(valg, 1))).toBe(null);
    wb.type(S, a1(valg, 1), 30_000_000);
    wb.type(S, a1(rowOf("Plejefamilie"), 2), 42);
    // The table's Døgninstitution price changes; nobody typed it on the sheet.
    wb.sheets.find((x) => x.name === "Forudsætninger")!.cells.set("2,4", 2_100_000);
    for (let k = 0; k < 2; k++) {
      const spec = await run();
      expect(wb.value(S, a1(rowOf("anbringelsesområdet"), 1))).toBe(30_000_000);
      expect(wb.value(S, a1(rowOf("Plejefamilie"), 2))).toBe(42);
      expect(wb.value(S, a1(rowOf("Døgninstitution"), 3))).toBe(2_100_000);
      // The sentence is written from what the sheet shows: F = 42 × 400.000 + 8 × 2.100.000 = 33.600.000.
      const text = spec.blocks.flatMap((b) => (b.kind === "cells" ? b.cells.flat() : [])).find((c) => typeof c === "string" && c.startsWith("Med de forventede"));
      expect(text).toContain("50 helårsforanstaltninger på anbringelsesområdet bliver udgiften 33,6 mio. kr., hvilket er 3,6 mio. kr. mere end budgetrammen på 30,0 mio. kr.");
    }
  });
});

describe("refreshing Sammenligning keeps the kommune's own typed figures", () => {
  it("of a key figure the cases cannot give, found by its block when the blocks above grow", async () => {
    const table = (rows: unknown[][]) => readPeerTable({ header: ["Kommune", "Nøgletal", "Værdi"], rows }).value;
    const build = (rows: unknown[][]) => {
      const peers = table(rows);
      return buildSammenligning({
        year: 2025, generatedOn: 46000, totalDisposed: 1_000_000, population: 1000, unknownNames: peers.unknownNames,
        anbragte: { personer: 9, dato: 46022 }, comparisons: compareWithPeers(peers.figures, ownFigures([], 2025, 1000), peers.others),
      });
    };
    const first = build([["Nordby (fiktiv)", "Antal underretninger pr. 1.000", 41]]);
    const S = first.layout.sheetName;
    const cell = (b: { ownRow: number }) => a1(b.ownRow, 1);
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, [first.spec]);
    const block = first.layout.blocks.find((b) => b.id === null)!;
    expect(wb.value(S, cell(block))).toBe(null);
    wb.type(S, cell(block), 37);
    // Next run: the peers' table gained six peers for GNS-pris pr. anbragt, so a block above is longer.
    const gns = ["Aby", "Bby", "Cby", "Dby", "Eby", "Fby"].map((k, i) => [`${k} (fiktiv)`, "GNS-pris pr. anbragt", 600_000 + i * 10_000]);
    const again = build([...gns, ["Nordby (fiktiv)", "Antal underretninger pr. 1.000", 41]]);
    const moved = again.layout.blocks.find((b) => b.id === null)!;
    expect(moved.ownRow).toBeGreaterThan(block.ownRow);
    const out = await writeSheets(wb.context, [again.spec]);
    expect(out.sheets[0]).toMatchObject({ replaced: true });
    expect(wb.value(S, cell(moved))).toBe(37);
  });
});

describe("refreshing Leverandører keeps the typed types", () => {
  it("on the leverandør's name when the order changes; a type nobody typed follows the table", async () => {
    const build = (cases: typeof CASES, types: typeof TYPES) =>
      buildLeverandoerer({ year: 2025, cases, disponering: buildDisponering({ year: 2025, cases, generatedOn: 46000 }).layout, types, generatedOn: 46000, maskCpr: false });
    const first = build(CASES, TYPES);
    const S = first.layout.sheetName;
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, [first.spec]);
    const typeAt = (layout: typeof first.layout, name: string) => wb.value(S, a1(layout.firstRow + layout.shown.indexOf(name), layout.cols.type));
    expect(first.layout.shown).toEqual(["Solbakken", "Plejefamilien Holm", "Familiecentret"]);
    expect(typeAt(first.layout, "Plejefamilien Holm")).toBe(null);
    // The user types Plejefamilien Holm as ekstern and Familiecentret (intern in the table) as ekstern.
    wb.type(S, a1(first.layout.firstRow + 1, first.layout.cols.type), "ekstern");
    wb.type(S, a1(first.layout.firstRow + 2, first.layout.cols.type), "ekstern");
    // Next month Familiecentret has a large case (it moves to the top), and the table calls Solbakken intern.
    const more = [...CASES, { ...CASES[5], row: 8, cpr: "050590-5678", takst: 500_000, start: CASES[5].start }];
    const again = build(more, new Map([["solbakken", "intern"], ["familiecentret", "intern"]]));
    expect(again.layout.shown).toEqual(["Familiecentret", "Solbakken", "Plejefamilien Holm"]);
    const out = await writeSheets(wb.context, [again.spec]);
    expect(out.sheets[0]).toMatchObject({ replaced: true });
    expect(typeAt(again.layout, "Familiecentret")).toBe("ekstern");
    expect(typeAt(again.layout, "Plejefamilien Holm")).toBe("ekstern");
    expect(typeAt(again.layout, "Solbakken")).toBe("intern");
  });
});
