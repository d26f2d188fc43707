// Portefølje and Økonomitjek as reports that are shared (docs/domain.md §7): masked, a person is a
// pseudonym (no CPR, no birth date, no name) and no formula reads the Disponering sheet; with
// valuesOnly ("Del som fil") there is no formula at all, and every value is the one the formula
// version gives when HyperFormula recalculates it.
import { leverandoerPseudonym, pseudonym, shareableCases, type CaseRow } from "../../src/core";
import { buildLeverandoerer } from "../../src/sheets/leverandoerer";
import { buildDisponering } from "../../src/sheets/disponering";
import { buildPortefoelje } from "../../src/sheets/portefoelje";
import { buildOekonomitjek } from "../../src/sheets/oekonomitjek";
import type { Cell, SheetSpec } from "../../src/sheets/spec";
import { writeXlsxBuffer } from "../../src/xlsx";
import { recalcXlsx, type Recalculated } from "../support/recalc";
import { smallKommune, snapshotBefore, snapshotNow } from "../support/smallKommune";

const SECRET = "hemmelig";

/** Every written cell of a spec: value blocks cell by cell, fill blocks as their formula. */
function cellsOf(spec: SheetSpec): { row: number; col: number; cell: Cell }[] {
  const out: { row: number; col: number; cell: Cell }[] = [];
  for (const b of spec.blocks) {
    if (b.kind === "cells") b.cells.forEach((r, i) => r.forEach((cell, j) => out.push({ row: b.row + i, col: b.col + j, cell })));
    else if (b.kind === "fill") out.push({ row: b.rect.row, col: b.rect.col, cell: { f: b.formula } });
  }
  return out;
}
const isFormula = (c: Cell): c is { f: string } => c !== null && typeof c === "object" && "f" in c;

/** No CPR in any spelling (docs/domain.md §3), no masked one, no name of the cases. */
function expectNoPerson(spec: SheetSpec, cases: readonly CaseRow[]) {
  const names = new Set(cases.map((c) => c.navn).filter((n): n is string => !!n && n.length > 0));
  for (const { cell } of cellsOf(spec)) {
    if (typeof cell !== "string") continue;
    expect(cell).not.toMatch(/\d{2}\s?\d{2}\s?\d{2}[\s.\-\u2013\u2014]*(\d{4}|x{4})/i);
    expect(names.has(cell.trim())).toBe(false);
  }
}

/**
 * Every cell of a values-only report equals what its formula version recalculates to: numbers to the
 * øre (HyperFormula rounds to 10 significant digits), texts exactly (an empty text as an empty cell) —
 * except the banner, which alone says that the figures are values. Returns how many numbers were compared.
 */
function expectSameAsRecalculated(cells: ReturnType<typeof cellsOf>, wb: Recalculated, sheet: string): number {
  let numbers = 0;
  for (const { row, col, cell } of cells) {
    const want = wb.at(sheet, row, col);
    if (typeof cell === "number") {
      numbers++;
      expect(want as number).toBeCloseTo(cell, 2);
    } else if (!(typeof want === "string" && want.startsWith("Genereret af")) && (typeof want !== "object" || want === null)) {
      // A formula that says "" for an empty cell (Økonomitjek's Navn (skjult)) shows what an empty cell shows.
      expect(cell).toEqual(want === "" ? null : want ?? null);
    }
  }
  return numbers;
}

describe("Portefølje masked", () => {
  const cases = smallKommune();
  const disp = buildDisponering({ year: 2025, cases, generatedOn: 45000 });
  const base = { year: 2025, cases, disponering: disp.layout, generatedOn: 45000, topN: 2, pseudonymSecret: SECRET };

  it("shows pseudonyms, no CPR and no name, and no formula reads the Disponering sheet", () => {
    const pf = buildPortefoelje(base);
    expectNoPerson(pf.spec, cases);
    const formulas = cellsOf(pf.spec).filter((x) => isFormula(x.cell)).map((x) => (x.cell as { f: string }).f);
    expect(formulas.length).toBeGreaterThan(0);
    // No reference to another sheet and no name but the TRUE/FALSE of the out-of-date line.
    expect(formulas.filter((f) => f.includes("!") || /HÅP_|GNS_pris_/.test(f))).toEqual([]);
    const top = pf.layout.topRows[0];
    expect(cellsOf(pf.spec).find((x) => x.row === top.row && x.col === 1)?.cell).toBe(pseudonym(top.caseRow.cpr, SECRET));
    // Unmasked, the same report links to Disponering (the living workbook).
    const open = buildPortefoelje({ ...base, maskCpr: false });
    expect(cellsOf(open.spec).some((x) => isFormula(x.cell) && x.cell.f.includes(`'${disp.layout.sheetName}'!`))).toBe(true);
  });

  it("shows a leverandør that may be a private person (a foster family) by its pseudonym, an institution by name", () => {
    // smallKommune's top cases: Nordlys is a Plejefamilie's leverandør, Solbakken an opholdssted.
    const family = cases.map((c) => (c.leverandoer === "Nordlys" ? { ...c, leverandoer: "Familien Jensen, Nordlys" } : c));
    const d = buildDisponering({ year: 2025, cases: family, generatedOn: 45000 });
    const masked = buildPortefoelje({ ...base, cases: family, disponering: d.layout });
    const texts = cellsOf(masked.spec).map((x) => x.cell).filter((c): c is string => typeof c === "string");
    expect(texts.filter((t) => /Jensen|Nordlys/.test(t))).toEqual([]);
    expect(texts).toContain(leverandoerPseudonym("Familien Jensen, Nordlys", SECRET));
    expect(texts).toContain("Solbakken");
    // Unmasked (the workbook's own working copy), the name as typed.
    const open = buildPortefoelje({ ...base, cases: family, disponering: d.layout, maskCpr: false });
    expect(cellsOf(open.spec).map((x) => x.cell)).toContain("Familien Jensen, Nordlys");
  });

  it("hides a leverandør with one foster-family case in all its cases, the same way as Leverandører and a shared file", () => {
    // Solbakken is B's opholdssted (a top case), and here also a network family's leverandør for
    // another child: it may be a private person, so none of its cases shows the name.
    const mixed: CaseRow[] = [...cases, { ...cases[2], row: 9, cpr: "690190-1009", navn: "I", foranstaltning: "Netværksplejefamilie", takst: 100 }];
    const d = buildDisponering({ year: 2025, cases: mixed, generatedOn: 45000 });
    const pseudo = leverandoerPseudonym("Solbakken", SECRET);
    const pf = buildPortefoelje({ ...base, cases: mixed, disponering: d.layout });
    const top = pf.layout.topRows.find((t) => t.caseRow.leverandoer === "Solbakken")!;
    expect(top.caseRow.foranstaltning).toBe("Opholdssted");
    expect(cellsOf(pf.spec).find((x) => x.row === top.row && x.col === 4)?.cell).toBe(pseudo);
    const lv = buildLeverandoerer({ year: 2025, cases: mixed, disponering: d.layout, types: new Map(), pseudonymSecret: SECRET, generatedOn: 45000, chartsDrawn: true });
    expect(lv.layout.shown).toContain(pseudo);
    expect(lv.layout.shown).not.toContain("Solbakken");
    expect(shareableCases(mixed, SECRET).filter((c) => c.row === 4 || c.row === 9).map((c) => c.leverandoer)).toEqual([pseudo, pseudo]);
  });

  it("with valuesOnly has no formula and the values the formula version recalculates to", async () => {
    const values = buildPortefoelje({ ...base, valuesOnly: true });
    const cells = cellsOf(values.spec);
    expect(cells.filter((x) => isFormula(x.cell))).toEqual([]);
    expectNoPerson(values.spec, cases);
    const formulas = buildPortefoelje(base);
    const wb = await recalcXlsx(await writeXlsxBuffer([disp.spec, formulas.spec]));
    const numbers = expectSameAsRecalculated(cells, wb, formulas.layout.sheetName);
    expect(numbers).toBeGreaterThan(30);
  });
});

describe("Økonomitjek masked", () => {
  const input = { year: 2025, month: 10, before: snapshotBefore(), now: snapshotNow(), beforeLabel: "Sager september", nowLabel: "Sager", generatedOn: 45000, topN: 2, pseudonymSecret: SECRET };

  it("shows the same pseudonym for the same person before and now, and no name", () => {
    const { spec, layout } = buildOekonomitjek(input);
    expectNoPerson(spec, [...snapshotBefore(), ...snapshotNow()]);
    const ch = layout.changes[0];
    const cell = cellsOf(spec).find((x) => x.row === layout.tableRow && x.col === layout.cols.cpr)?.cell;
    expect(cell).toBe(pseudonym((ch.now ?? ch.before)!.cpr, SECRET));
  });

  it("with valuesOnly has no formula and the values the formula version recalculates to", async () => {
    const values = buildOekonomitjek({ ...input, valuesOnly: true });
    const cells = cellsOf(values.spec);
    expect(cells.filter((x) => isFormula(x.cell))).toEqual([]);
    const formulas = buildOekonomitjek(input);
    const wb = await recalcXlsx(await writeXlsxBuffer([formulas.spec]));
    const numbers = expectSameAsRecalculated(cells, wb, formulas.layout.sheetName);
    // Every case's amount before, now and its effect is there as a number.
    expect(numbers).toBeGreaterThan(formulas.layout.changes.length * 3);
  });
});
