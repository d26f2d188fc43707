// "Leverandører 2025" recalculated by HyperFormula equals core and the hand calculation of
// test/support/leverandoerer.ts (docs/domain.md §9); masked, a private person is a pseudonym.
import { leverandoerYear, leverandoerPseudonym } from "../../src/core";
import { buildDisponering } from "../../src/sheets/disponering";
import { buildLeverandoerer } from "../../src/sheets/leverandoerer";
import { buildNoegletal } from "../../src/sheets/noegletal";
import { CASES, TYPES } from "../support/leverandoerer";
import { type Recalculated, recalcXlsx, writeForRecalc } from "../support/recalc";

describe("Leverandører 2025 recalculated", () => {
  const disp = buildDisponering({ year: 2025, cases: CASES, generatedOn: 45000 });
  const noegletal = buildNoegletal({ year: 2025, disponering: disp.layout, generatedOn: 45000 });
  const open = buildLeverandoerer({ year: 2025, cases: CASES, disponering: disp.layout, generatedOn: 45000, types: TYPES, maskCpr: false });
  const masked = buildLeverandoerer({
    year: 2025, cases: CASES, disponering: disp.layout, generatedOn: 45000, types: TYPES, pseudonymSecret: "hemmelig", sheetName: "Maskeret",
  });
  const core = leverandoerYear(CASES, 2025, TYPES);
  let wb: Recalculated;
  beforeAll(async () => {
    wb = await recalcXlsx(await writeForRecalc([disp.spec, noegletal.spec, open.spec, masked.spec]));
  });

  it("gives per leverandør the hand-counted cases, persons, HÅP, amount, GNS-pris and share, largest first", () => {
    const s = open.layout.sheetName;
    const c = open.layout.cols;
    expect(s).toBe("Leverandører 2025");
    const row = (i: number) => [c.navn, c.type, c.sager, c.personer, c.haap, c.disposed, c.gnsPris, c.andel].map((k) => wb.at(s, open.layout.firstRow + i, k));
    // HyperFormula keeps 10 significant digits: amounts to the øre, HÅP and shares to 9 decimals.
    const close = (v: number) => expect.closeTo(v, Math.abs(v) > 1000 ? 2 : 9);
    expect(row(0)).toEqual(["Solbakken", "ekstern", 3, 2, close(1 + 31 / 365), close(1_291_000), close(1_291_000 / (1 + 31 / 365)), close(1_291_000 / 1_507_000)]);
    expect(row(1)).toEqual(["Plejefamilien Holm", null, 1, 1, close(181 / 365), close(180_000), close(180_000 / (181 / 365)), close(180_000 / 1_507_000)]);
    expect(row(2)).toEqual(["Familiecentret", "intern", 1, 1, close(90 / 365), close(36_000), close(36_000 / (90 / 365)), close(36_000 / 1_507_000)]);
    // The linked rows are formulas into Disponering; "solbakken " is spelled two ways there, so Solbakken's are the core's values.
    const block = open.spec.blocks.find((b) => b.kind === "cells" && b.row === open.layout.firstRow)!;
    const cells = (block as { cells: unknown[][] }).cells;
    expect(typeof cells[1][c.disposed]).toBe("object");
    expect(cells[0][c.disposed]).toBe(1_291_000);
  });

  it("counts each person once in I alt: the workbook's HÅP_2025 and GNS_pris_2025, 4 borgere", () => {
    const s = open.layout.sheetName, r = open.layout.totalRow, c = open.layout.cols;
    expect(wb.at(s, r, c.haap)).toBeCloseTo(1 + 302 / 365, 9);
    expect(wb.at(s, r, c.haap)).toBe(wb.workbookName("HÅP_2025"));
    expect(wb.at(s, r, c.gnsPris)).toBe(wb.workbookName("GNS_pris_2025"));
    expect([wb.at(s, r, c.sager), wb.at(s, r, c.personer), wb.at(s, r, c.disposed)]).toEqual([5, 4, 1_507_000]);
    // Masked, the same figures are the core's values.
    for (const k of [c.sager, c.personer, c.haap, c.disposed, c.gnsPris]) expect(wb.at("Maskeret", masked.layout.totalRow, k) as number).toBeCloseTo(wb.at(s, r, k) as number, 6);
    expect(core.total.haap).toBeCloseTo(1 + 302 / 365, 12);
  });

  it("gives the amount and share per type, the external share named, and follows a type typed over the yellow cell", () => {
    const s = open.layout.sheetName, t = open.layout.typeRows;
    expect([1, 2].map((k) => wb.at(s, t.ekstern, k))).toEqual([1_291_000, expect.closeTo(1_291_000 / 1_507_000, 9)]);
    expect(wb.at(s, t.intern, 1)).toBe(36_000);
    expect(wb.at(s, t.ukendt, 1)).toBe(180_000);
    expect(wb.at(s, t.total, 1)).toBe(1_507_000);
    expect(wb.name(s, "Ekstern_andel")).toBeCloseTo(core.eksternAndel!, 9);
    // Plejefamilien Holm typed as ekstern: (1.291.000 + 180.000) / 1.507.000.
    wb.hf.setCellContents({ sheet: wb.hf.getSheetId(s)!, row: open.layout.firstRow + 1, col: open.layout.cols.type }, "ekstern");
    expect(wb.name(s, "Ekstern_andel")).toBeCloseTo(1_471_000 / 1_507_000, 9);
    expect(wb.at(s, t.ukendt, 1)).toBe(0);
    wb.hf.setCellContents({ sheet: wb.hf.getSheetId(s)!, row: open.layout.firstRow + 1, col: open.layout.cols.type }, null);
  });

  it("shows a leverandør that may be a private person by its pseudonym when masked, with the same figures", () => {
    const c = masked.layout.cols;
    expect(masked.layout.shown).toEqual(["Solbakken", leverandoerPseudonym("Plejefamilien Holm", "hemmelig"), leverandoerPseudonym("Familiecentret", "hemmelig")]);
    for (let i = 0; i < 3; i++) {
      expect(wb.at("Maskeret", masked.layout.firstRow + i, c.navn)).toBe(masked.layout.shown[i]);
      for (const k of [c.sager, c.personer, c.haap, c.disposed, c.gnsPris, c.andel]) {
        expect(wb.at("Maskeret", masked.layout.firstRow + i, k) as number).toBeCloseTo(wb.at(open.layout.sheetName, open.layout.firstRow + i, k) as number, 6);
      }
    }
    const texts = masked.spec.blocks.flatMap((b) => (b.kind === "cells" ? b.cells.flat() : [])).filter((v) => typeof v === "string");
    expect(texts.filter((v) => /Holm|Familiecentret/.test(v as string))).toEqual([]);
    expect(masked.spec.inputs![0]).toMatchObject({ inputCols: [c.type], keyCols: { label: 0 } });
  });
});
