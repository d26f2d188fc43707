// The generated follow-up sheets recalculated by HyperFormula agree with core for every method, the
// pool (mean and trend), the risk cases, the variance split and the PL-fremskrivning.
import { monthsToYearEnd, plFremskrivning, ymdToDay } from "../../src/core";
import { a1 } from "../../src/sheets/a1";
import { buildPrognosePackage } from "../../src/sheets/prognosePackage";
import { recalcOnce, type Recalculated, recalcXlsx, writeForRecalc } from "../support/recalc";
import { FIXTURE_KONTOS, fixtureData, fixtureSettings } from "../support/prognoseFixture";
import { arithmeticErrors, readParagraph } from "../support/budgetTextReader";

const generatedOn = ymdToDay(2025, 11, 5);

async function recalcPackage(lambda?: ReturnType<typeof fixtureSettings>["lambda"]) {
  if (lambda === undefined) return recalcDefault();
  const pkg = buildPrognosePackage(fixtureData(), fixtureSettings(lambda), { generatedOn, kommune: "Testkommune" });
  const wb = await recalcXlsx(await writeForRecalc(pkg.specs));
  return { pkg, wb };
}

// The package with the fixture's own settings, which six tests read and none edits: recalculated once.
const defaultPackage = buildPrognosePackage(fixtureData(), fixtureSettings(), { generatedOn, kommune: "Testkommune" });
const recalcDefaultOnce = recalcOnce(() => writeForRecalc(defaultPackage.specs));
const recalcDefault = async () => ({ pkg: defaultPackage, wb: await recalcDefaultOnce() });

const forventetCol = (wb: Recalculated, sheet: string, row: number, col: number) => wb.num(sheet, a1(row, col));

describe("Prognose 2025-10 recalculated", () => {
  // Hand calculations (test/support/prognoseFixture.ts; k = 10, forbrug til dato = 1.000.000·(i+1) + 165.000):
  const expected: Record<string, number> = {
    "5.28.20": 1_165_000 + 132_000, // disponering: Plejefamilie nov–dec (30.000 + 36.000) × 2
    "5.28.23": 2_165_000 + 160_000 + 99_000, // + Opholdssted 80.000 × 2 + risk 69.000 + 30.000
    "5.28.24": 3_165_000 + 45_000 + 625_000, // + Døgninstitution nov + pool 5 × 500.000/12 × 3
    "5.28.21": 4_165_000 + 415_500 * 2, // mean of nov 2024 … okt 2025 = 400.000 + 1.000 × 15,5
    "5.28.26": 5_165_000 + (6_006_000 / 12) * 2,
    "5.28.27": 7_206_000,
    "5.28.28": 8_765_432,
  };

  it("each method's forventet regnskab equals the hand calculation, core and the native formulas", async () => {
    const { pkg, wb } = await recalcPackage();
    const { prognose: lay } = pkg.layouts;
    expect(pkg.problems).toEqual([]);
    expect(pkg.figures.k).toBe(10);
    expect(lay.sheetName).toBe("Prognose 2025-10");
    for (const [konto, method] of FIXTURE_KONTOS) {
      const fig = pkg.figures.kontos.find((k) => k.konto === konto)!;
      expect(fig.method).toBe(method);
      expect(fig.forventet.ok && fig.forventet.value).toBeCloseTo(expected[konto], 2);
      const { row } = lay.kontoRows.find((r) => r.konto.konto === konto)!;
      expect(forventetCol(wb, lay.sheetName, row, lay.cols.forventet)).toBeCloseTo(expected[konto], 2);
      expect(forventetCol(wb, lay.sheetName, row, lay.cols.forbrug)).toBeCloseTo(fig.forbrugTilDato, 2);
      expect(forventetCol(wb, lay.sheetName, row, lay.cols.afvigelse)).toBeCloseTo(expected[konto] - fig.budget, 2);
    }
    const total = Object.values(expected).reduce((s, v) => s + v, 0);
    expect(wb.num(lay.sheetName, a1(lay.totalRow, lay.cols.forventet))).toBeCloseTo(total, 2);
    // The method's name is printed beside each konto.
    expect(wb.value(lay.sheetName, a1(lay.kontoRows[3].row, lay.cols.metode))).toBe("12-måneders glidende gennemsnit");
  });

  it("the pool by linear trend: λ 7 and 8 → (7 × 2 + 8) × 500.000/12 = 916.666,67", async () => {
    const { pkg, wb } = await recalcPackage({ kind: "trend" });
    const lay = pkg.layouts.prognose;
    const pool = lay.pools[0];
    expect(wb.num(lay.sheetName, a1(pool.lambdaRows[0], pool.lambdaCol))).toBeCloseTo(7, 10);
    expect(wb.num(lay.sheetName, a1(pool.lambdaRows[1], pool.lambdaCol))).toBeCloseTo(8, 10);
    expect(wb.num(lay.sheetName, pool.totalCell)).toBeCloseTo((22 * 500_000) / 12, 2);
    const fig = pkg.figures.kontos.find((k) => k.konto === "5.28.24")!;
    expect(fig.pulje).toBeCloseTo((22 * 500_000) / 12, 2);
    const { row } = lay.kontoRows.find((r) => r.konto.konto === "5.28.24")!;
    expect(wb.num(lay.sheetName, a1(row, lay.cols.forventet))).toBeCloseTo(3_165_000 + 45_000 + (22 * 500_000) / 12, 2);
  });

  it("risk cases: months from the start (at the earliest month k+1) to year end, summed per konto", async () => {
    const { pkg, wb } = await recalcPackage();
    const rs = pkg.layouts.risikosager;
    const months = rs.rows.map((r) => wb.num(rs.sheetName, a1(r.row, rs.cols.maaneder)));
    expect(months[0]).toBeCloseTo(16 / 30 + 1, 10);
    expect(months[0]).toBeCloseTo(monthsToYearEnd(ymdToDay(2025, 11, 15)), 10);
    expect(months[1]).toBeCloseTo(2, 10);
    expect(months[2]).toBe(0);
    expect(wb.num(rs.sheetName, a1(rs.totalRow, rs.cols.vaegtet))).toBeCloseTo(99_000, 2);
    const opholdssted = rs.byForanstaltning.find((x) => x.name === "Opholdssted")!;
    expect(wb.num(rs.sheetName, a1(opholdssted.row, rs.summaryAmountCol))).toBeCloseTo(99_000, 2);
    expect(pkg.figures.kontos.find((k) => k.konto === "5.28.23")!.risiko).toBeCloseTo(99_000, 6);
  });

  it("splits each type's afvigelse into mængde and pris that add up to the total", async () => {
    const { pkg, wb } = await recalcPackage();
    const lay = pkg.layouts.prognose;
    const s = lay.sheetName, c = lay.varianceCols;
    // Plejefamilie: HÅP 2 at 396.000 vs budget 2,5 at 400.000: mængde −200.000, pris −8.000, total −208.000.
    const pf = lay.varianceRows.find((r) => r.line.foranstaltning === "Plejefamilie")!.row;
    expect(wb.num(s, a1(pf, c.maengde))).toBeCloseTo(-200_000, 2);
    expect(wb.num(s, a1(pf, c.pris))).toBeCloseTo(-8_000, 2);
    expect(wb.num(s, a1(pf, c.afvigelse))).toBeCloseTo(-208_000, 2);
    for (const t of pkg.figures.types) {
      const r = lay.varianceRows.find((x) => x.line.foranstaltning === t.foranstaltning)!.row;
      expect(t.split.maengdeeffekt + t.split.priseffekt).toBe(t.split.total);
      expect(wb.num(s, a1(r, c.maengde))).toBeCloseTo(t.split.maengdeeffekt, 2);
      expect(wb.num(s, a1(r, c.pris))).toBeCloseTo(t.split.priseffekt, 2);
      expect(wb.num(s, a1(r, c.maengde)) + wb.num(s, a1(r, c.pris))).toBeCloseTo(wb.num(s, a1(r, c.afvigelse)), 2);
    }
    const sumTotal = pkg.figures.types.reduce((x, t) => x + t.split.total, 0);
    expect(wb.num(s, a1(lay.varianceTotalRow, c.afvigelse))).toBeCloseTo(sumTotal, 2);
  });

  it("values typed on the sheet (pool price, expected HÅP) give the same figures in core and in the recalculated sheet", async () => {
    const typed = { puljePris: { "5.28.24": 50_000 }, expected: { Plejefamilie: { haap: 3 } } };
    const pkg = buildPrognosePackage(fixtureData(), fixtureSettings(), { generatedOn, kommune: "Testkommune", typed });
    const wb = await recalcXlsx(await writeForRecalc(pkg.specs));
    const lay = pkg.layouts.prognose, s = lay.sheetName, c = lay.varianceCols;
    // Pool: λ 5 × 3 months × 50.000 kr. = 750.000 (was 625.000 at 500.000/12 a month).
    const fig = pkg.figures.kontos.find((k) => k.konto === "5.28.24")!;
    expect(fig.pulje).toBeCloseTo(750_000, 6);
    expect(wb.num(s, lay.pools[0].totalCell)).toBeCloseTo(750_000, 2);
    const { row } = lay.kontoRows.find((r) => r.konto.konto === "5.28.24")!;
    expect(wb.num(s, a1(row, lay.cols.forventet))).toBeCloseTo(3_165_000 + 45_000 + 750_000, 2);
    // Plejefamilie: HÅP 3 (typed) at 396.000 vs budget 2,5 at 400.000: mængde +200.000, pris −12.000.
    const t = pkg.figures.types.find((x) => x.foranstaltning === "Plejefamilie")!;
    expect([t.split.maengdeeffekt, t.split.priseffekt]).toEqual([200_000, -12_000]);
    const pf = lay.varianceRows.find((r) => r.line.foranstaltning === "Plejefamilie")!.row;
    expect([wb.num(s, a1(pf, c.maengde)), wb.num(s, a1(pf, c.pris))]).toEqual([expect.closeTo(200_000, 2), expect.closeTo(-12_000, 2)]);
  });

  it("Budgetbemærkninger says in red when a yellow cell its figures came from is typed over, and not before", async () => {
    const checkSheets = { budgetforudsaetninger: "Budgetforudsætninger", risikosager: "Risikosager", prognose: "Prognose 2025-10" };
    const pkg = buildPrognosePackage(fixtureData(), fixtureSettings(), { generatedOn, kommune: "Testkommune", checkSheets });
    const bb = pkg.layouts.budgetbemaerkninger.sheetName;
    const banner = (wb: Recalculated) => wb.value(bb, "A4");
    expect(banner(await recalcXlsx(await writeForRecalc(pkg.specs)))).toBe("");
    // A probability typed over on Risikosager (as the user would): the same specs with that one cell changed.
    const rs = pkg.layouts.risikosager;
    const typed = pkg.specs.map((s) => (s.name !== rs.sheetName ? s : { ...s, blocks: [...s.blocks, { kind: "cells" as const, row: rs.rows[0].row, col: rs.cols.sandsynlighed, cells: [[0.99]] }] }));
    expect(String(banner(await recalcXlsx(await writeForRecalc(typed))))).toMatch(/^Tallene på arkene Budgetforudsætninger, Risikosager eller Prognose 2025-10 er ikke dem, teksten er skrevet ud fra/);
    // Risikosager deleted: its references are #REF!, and the line says a sheet is gone.
    const without = pkg.specs.filter((s) => s.name !== rs.sheetName);
    expect(banner(await recalcXlsx(await writeForRecalc(without)))).toBe("Et af arkene, teksten er skrevet ud fra, findes ikke længere — generér budgetbemærkningerne igen.");
  });

  it("Budgetforudsætninger: HÅP × GNS-pris per year, prices carried forward with PL", async () => {
    const { pkg, wb } = await recalcPackage();
    const bf = pkg.layouts.budgetforudsaetninger;
    const dg = bf.rows.find((r) => r.assumption.foranstaltning === "Døgninstitution")!.row;
    // 10 × 500.000 = 5.000.000; 2026: 500.000 × 1,03 = 515.000 → 5.150.000; 2027: × 1,02 = 525.300 → 5.253.000.
    const budgets = bf.yearCols.map((yc) => wb.num(bf.sheetName, a1(dg, yc.budget)));
    expect(budgets.slice(0, 3)).toEqual([5_000_000, expect.closeTo(5_150_000, 4), expect.closeTo(5_253_000, 4)]);
    const [p26, p27] = plFremskrivning(500_000, [0.03, 0.02]);
    expect(wb.num(bf.sheetName, a1(dg, bf.yearCols[2].pris))).toBeCloseTo(p27, 4);
    expect(p26).toBeCloseTo(515_000, 6);
    // 2028 has no PL in the table: the input cell is 0, so the price stays.
    expect(wb.num(bf.sheetName, a1(dg, bf.yearCols[3].pris))).toBeCloseTo(p27, 4);
    // Total 2025: 2,5 × 400.000 + 900.000 + 5.000.000 = 6.900.000.
    expect(wb.num(bf.sheetName, a1(bf.totalRow, bf.yearCols[0].budget))).toBeCloseTo(6_900_000, 4);
    // Under it the budget table's total, 1.206.000 + 2.406.000 + … + 8.406.000 = 33.642.000 for the seven
    // konti, and what the assumptions leave of it: 33.642.000 − 6.900.000 = 26.742.000, to the krone.
    const { ikkeFordelt, budget } = bf.budgetRows!;
    const bcol = bf.yearCols[0].budget;
    expect(wb.value(bf.sheetName, a1(ikkeFordelt, 0))).toBe("Ikke fordelt på foranstaltninger (budgettabellen minus forudsætningerne)");
    expect(wb.num(bf.sheetName, a1(budget, bcol))).toBe(33_642_000);
    expect(wb.num(bf.sheetName, a1(ikkeFordelt, bcol))).toBeCloseTo(26_742_000, 4);
  });

  it("writes the budget comment for the område from the same figures", async () => {
    const { pkg, wb } = await recalcPackage();
    const bb = pkg.layouts.budgetbemaerkninger;
    const text = wb.value(bb.sheetName, a1(bb.textRows[0], 0));
    expect(text).toBe(pkg.figures.omraader[0].text);
    // HÅP: 2 + 184/365 + 334/365 = 3,42 → "3,4"; budget 2,5 + 1 + 10 = 13,5.
    expect(String(text)).toMatch(/^Der forventes i 2025 i alt 3,4 helårsforanstaltninger på anbringelsesområdet mod 13,5 i budgettet\. /);
  });

  it("Budgetbemærkninger's recalculated figures give the text's prices and split: amounts ÷ helårsforanstaltninger, mængde + pris = afvigelse", async () => {
    const { pkg, wb } = await recalcPackage();
    const bb = pkg.layouts.budgetbemaerkninger;
    const F = bb.figureCols, S = bb.splitCols;
    pkg.figures.omraader.forEach((o, i) => {
      const text = o.text;
      expect(arithmeticErrors(text)).toEqual([]);
      const read = readParagraph(text);
      const fig = (c: number) => wb.num(bb.sheetName, a1(bb.figureRows[i], c));
      const split = (c: number) => wb.num(bb.sheetName, a1(bb.splitRows[i], c));
      // The sheet's prices are its amounts ÷ its helårsforanstaltninger, and the text shows them rounded.
      expect(fig(F.prisForventet)).toBeCloseTo(fig(F.forventet) / fig(F.haapForventet), 2);
      expect(fig(F.prisBudget)).toBeCloseTo(fig(F.budget) / fig(F.haapBudget), 2);
      // Shown to the krone (Excel's ROUND: half away from zero, so compared within half a krone).
      expect(Math.abs(read.prisForventet!.value - fig(F.prisForventet))).toBeLessThanOrEqual(0.5 + 1e-6);
      expect(Math.abs(read.prisBudget!.value - fig(F.prisBudget))).toBeLessThanOrEqual(0.5 + 1e-6);
      // The split on the sheet adds up to the deviation; the text's whole kroner are within 1 kr. of it.
      expect(split(S.maengde) + split(S.pris)).toBeCloseTo(split(S.afvigelse), 2);
      expect(split(S.sum)).toBeCloseTo(split(S.afvigelse), 2);
      expect(Math.abs(read.split!.afvigelse - split(S.afvigelse))).toBeLessThanOrEqual(0.5 + 1e-6);
      expect(Math.abs(read.split!.maengde - split(S.maengde))).toBeLessThanOrEqual(0.5 + 1e-6);
      expect(Math.abs(read.split!.pris - split(S.pris))).toBeLessThanOrEqual(1 + 1e-6);
    });
    // Hand calculation (test/support/prognoseFixture.ts): anbringelsesområdet is konti 5.28.20, 5.28.23 and
    // 5.28.24: budget 1.206.000 + 2.406.000 + 3.606.000 = 7.218.000 over 2,5 + 1 + 10 = 13,5 budget
    // HÅP → 534.666,67 kr.; forventet 1.297.000 + 2.424.000 + 3.835.000 = 7.556.000 (the first test).
    const row0 = (c: number) => wb.num(bb.sheetName, a1(bb.figureRows[0], c));
    expect([row0(F.budget), row0(F.haapBudget), row0(F.forventet)]).toEqual([7_218_000, 13.5, 7_556_000]);
    expect(row0(F.prisBudget)).toBeCloseTo(534_666.67, 2);
    expect(wb.num(bb.sheetName, a1(bb.splitRows[0], S.afvigelse))).toBeCloseTo(338_000, 2);
  });
});
