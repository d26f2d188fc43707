// Shared by the Nøgletal recalculation tests (test/sheets/noegletal.recalc.ts and the extra
// random seeds in test/deep/): build both sheets, recalculate them, and compare every figure with core.
import { keyFigures, monthlyDisponering, monthlyTotals, type CaseRow } from "../../src/core";
import { a1 } from "../../src/sheets/a1";
import { buildDisponering, type DisponeringInput } from "../../src/sheets/disponering";
import { buildNoegletal } from "../../src/sheets/noegletal";
import { type Recalculated, recalcXlsx, writeForRecalc } from "./recalc";

/** Disponering and Nøgletal for `input`, written to .xlsx and recalculated. */
export async function buildNoegletalRecalculated(input: DisponeringInput) {
  const d = buildDisponering(input);
  const n = buildNoegletal({ year: input.year, disponering: d.layout, generatedOn: input.generatedOn });
  const wb = await recalcXlsx(await writeForRecalc([d.spec, n.spec]));
  return { d: d.layout, n: n.layout, wb };
}

/** Asserts every figure of both sheets against core. */
export function expectNoegletalAgreesWithCore(wb: Recalculated, d: ReturnType<typeof buildDisponering>["layout"], n: ReturnType<typeof buildNoegletal>["layout"], cases: CaseRow[], year: number) {
  const ds = d.sheetName;
  for (const { row, caseRow } of d.caseRows) {
    monthlyDisponering(caseRow, year).forEach((v, m) => expect(wb.num(ds, a1(row, d.firstMonthCol + m))).toBeCloseTo(v, 2));
  }
  const cur = monthlyTotals(cases.filter((c) => c.status === "aktuel"), year);
  const exp = monthlyTotals(cases.filter((c) => c.status === "forventet"), year);
  for (let m = 0; m < 12; m++) {
    expect(wb.num(ds, a1(d.currentTotalRow, d.firstMonthCol + m))).toBeCloseTo(cur[m], 2);
    expect(wb.num(ds, a1(d.expectedTotalRow, d.firstMonthCol + m))).toBeCloseTo(exp[m], 2);
  }
  for (const g of d.byForanstaltning) {
    const t = monthlyTotals(cases.filter((c) => c.foranstaltning === g.name), year);
    t.forEach((v, m) => expect(wb.num(ds, a1(g.row, d.firstMonthCol + m))).toBeCloseTo(v, 2));
  }
  for (const g of d.byKonto) {
    const t = monthlyTotals(cases.filter((c) => c.konto === g.name), year);
    t.forEach((v, m) => expect(wb.num(ds, a1(g.row, d.firstMonthCol + m))).toBeCloseTo(v, 2));
  }
  const kf = keyFigures(cases, year);
  const check = (rows: { row: number; name: string }[], figs: typeof kf.byForanstaltning) => {
    expect(rows.map((r) => r.name)).toEqual(figs.map((f) => f.name));
    rows.forEach((r, i) => {
      const f = figs[i];
      expect(wb.num(n.sheetName, a1(r.row, n.cols.antal))).toBe(f.antal);
      expect(wb.num(n.sheetName, a1(r.row, n.cols.haapDage))).toBeCloseTo(f.haapDage, 9);
      expect(wb.num(n.sheetName, a1(r.row, n.cols.haapMaaneder))).toBeCloseTo(f.haapMaaneder, 9);
      expect(wb.num(n.sheetName, a1(r.row, n.cols.disponeret))).toBeCloseTo(f.disponeret, 2);
      if (f.gnsPris.ok) expect(wb.num(n.sheetName, a1(r.row, n.cols.gnsPris))).toBeCloseTo(f.gnsPris.value, 2);
      // No HÅP: GNS-pris is NA(), which Excel shows as #N/A ("Returns the error value #N/A",
      // https://support.microsoft.com/da-dk/excel/functions/na-function) — not #NAME? or #DIV/0!.
      else expect(wb.error(n.sheetName, a1(r.row, n.cols.gnsPris))).toBe("#N/A");
    });
  };
  check(n.byForanstaltning, kf.byForanstaltning);
  check(n.byKonto, kf.byKonto);
  // I alt counts each person once: its count is antal borgere, core's persons with a day in the year.
  expect(wb.num(n.sheetName, a1(n.foranstaltningTotalRow, n.cols.antal))).toBe(kf.total.antal);
  expect(wb.num(n.sheetName, a1(n.foranstaltningTotalRow, n.cols.haapDage))).toBeCloseTo(kf.total.haapDage, 9);
  expect(wb.num(n.sheetName, a1(n.foranstaltningTotalRow, n.cols.disponeret))).toBeCloseTo(kf.total.disponeret, 2);
  if (kf.total.gnsPris.ok) expect(wb.num(n.sheetName, a1(n.foranstaltningTotalRow, n.cols.gnsPris))).toBeCloseTo(kf.total.gnsPris.value, 2);
}

