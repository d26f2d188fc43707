// The disposition sheet and the key-figure sheet, written to .xlsx and recalculated by HyperFormula,
// agree with core to the øre: every month cell, every subtotal, HÅP (both methods) and GNS-pris.
import { OPEN_END, forventetRegnskab, keyFigures, ymdToDay, type CaseRow } from "../../src/core";
import { a1 } from "../../src/sheets/a1";
import { buildNoegletalRecalculated as build, expectNoegletalAgreesWithCore as expectAgreesWithCore } from "../support/noegletalRecalc";
import { randomCases } from "../support/randomCases";
import { tabel52Cases } from "../support/tabel52";

describe("Disponering + Nøgletal 2017 (Tabel 5.2, docs/domain.md §6)", () => {
  it("gives 325.000 every month, 3.900.000, HÅP 4,0 by both methods and GNS-pris 975.000", async () => {
    const cases = tabel52Cases();
    const { d, n, wb } = await build({ year: 2017, cases, generatedOn: 45000 });
    for (let m = 0; m < 12; m++) expect(wb.num(d.sheetName, a1(d.currentAndExpectedRow, d.firstMonthCol + m))).toBeCloseTo(325000, 6);
    expect(wb.num(d.sheetName, a1(d.currentTotalRow, d.totalCol))).toBeCloseTo(2450000, 6);
    expect(wb.num(d.sheetName, a1(d.grandTotalRow, d.totalCol))).toBeCloseTo(3900000, 6);
    // Days: 365 + 365 + 181 (jan–jun) + 59 (jan–feb) + 184 (jul–dec) + 306 (mar–dec) = 1460 = 4 × 365.
    // Months: 12 + 12 + 6 + 2 + 6 + 10 = 48 = 4 × 12.
    const [anbringelse] = n.byForanstaltning;
    expect(anbringelse.name).toBe("Anbringelse");
    expect(wb.num(n.sheetName, a1(anbringelse.row, n.cols.antal))).toBe(6);
    expect(wb.num(n.sheetName, a1(anbringelse.row, n.cols.haapDage))).toBeCloseTo(4, 12);
    expect(wb.num(n.sheetName, a1(anbringelse.row, n.cols.haapMaaneder))).toBeCloseTo(4, 12);
    expect(wb.num(n.sheetName, a1(anbringelse.row, n.cols.disponeret))).toBeCloseTo(3900000, 6);
    expect(wb.num(n.sheetName, a1(anbringelse.row, n.cols.gnsPris))).toBeCloseTo(975000, 6);
    expect(wb.num(n.sheetName, a1(n.byKonto[0].row, n.cols.gnsPris))).toBeCloseTo(975000, 6);
    expectAgreesWithCore(wb, d, n, cases, 2017);
  });

  it("merges a person's overlapping and adjacent rows (running max end) and counts rows without CPR apart", async () => {
    const base = tabel52Cases()[0];
    const d = (dd: number, mm: number) => ymdToDay(2017, mm, dd);
    const cases: CaseRow[] = [
      // Person A: 01.01–31.03, 01.03–30.04 (overlap), 15.06–15.06 (one day), 01.12.2016–10.01.2017.
      { ...base, row: 2, cpr: "610117-1001", start: d(1, 1), stop: d(31, 3) },
      { ...base, row: 3, cpr: "610117-1001", start: d(1, 3), stop: d(30, 4) },
      { ...base, row: 4, cpr: "610117-1001", start: d(15, 6), stop: d(15, 6) },
      { ...base, row: 5, cpr: "610117-1001", start: ymdToDay(2016, 12, 1), stop: d(10, 1) },
      // Two rows without CPR over the same period: two persons.
      { ...base, row: 6, cpr: null, start: d(1, 1), stop: d(31, 1) },
      { ...base, row: 7, cpr: null, start: d(1, 1), stop: d(31, 1) },
      // Entirely after the year: no days, and it must not cover anything.
      { ...base, row: 8, cpr: "620117-1002", start: ymdToDay(2018, 2, 1), stop: OPEN_END },
    ];
    const { n, wb, d: dl } = await build({ year: 2017, cases, generatedOn: 45000 });
    // A: jan–apr = 31+28+31+30 = 120 days + 1 (15.06) = 121; months jan–apr + jun = 5.
    // No-CPR rows: 31 + 31 = 62 days, 1 + 1 = 2 months. Total 183 days / 365; 7 months / 12.
    const r = n.byForanstaltning[0].row;
    expect(wb.num(n.sheetName, a1(r, n.cols.haapDage))).toBeCloseTo(183 / 365, 9);
    expect(wb.num(n.sheetName, a1(r, n.cols.haapMaaneder))).toBeCloseTo(7 / 12, 9);
    expect(wb.num(n.sheetName, a1(r, n.cols.antal))).toBe(6);
    // I alt counts persons, not rows: A (four rows) and the two rows without CPR are 3 borgere.
    expect(wb.num(n.sheetName, a1(n.foranstaltningTotalRow, n.cols.antal))).toBe(3);
    expect(keyFigures(cases, 2017).total.antal).toBe(3);
    expectAgreesWithCore(wb, dl, n, cases, 2017);
  });

  it("uses booked amounts for the closed months and dispositions for the rest", async () => {
    const cases = tabel52Cases();
    const booked = [{ konto: "5.28.21", months: [310000, 320000, 330000] }];
    const { d, wb } = await build({ year: 2017, cases, generatedOn: 45000, booked, bookedMonths: 3 });
    // 310.000 + 320.000 + 330.000 + 9 × 325.000 = 960.000 + 2.925.000 = 3.885.000.
    expect(wb.num(d.sheetName, a1(d.grandTotalRow, d.totalCol))).toBeCloseTo(3885000, 6);
    expect(forventetRegnskab({ year: 2017, booked: booked[0].months, cases })).toBeCloseTo(3885000, 6);
    expect(wb.num(d.sheetName, a1(d.forecastByKonto[0].row, d.totalCol))).toBeCloseTo(3885000, 6);
    expect(wb.num(d.sheetName, a1(d.grandTotalRow, d.firstMonthCol))).toBeCloseTo(310000, 6);
    expect(wb.num(d.sheetName, a1(d.grandTotalRow, d.firstMonthCol + 3))).toBeCloseTo(325000, 6);
  });
});

describe("GNS-pris without HÅP", () => {
  it("is #N/A (NA()) for a foranstaltning whose only case lies after the year, and the total leaves it out", async () => {
    const cases: CaseRow[] = [
      ...tabel52Cases(),
      { ...tabel52Cases()[0], row: 8, cpr: "670117-1007", foranstaltning: "Kontaktperson", start: ymdToDay(2018, 1, 1), stop: OPEN_END },
    ];
    const { d, n, wb } = await build({ year: 2017, cases, generatedOn: 45000 });
    expect(n.byForanstaltning.map((r) => r.name)).toEqual(["Anbringelse", "Kontaktperson"]);
    const kontakt = n.byForanstaltning[1].row;
    expect(wb.num(n.sheetName, a1(kontakt, n.cols.haapDage))).toBe(0);
    expect(wb.error(n.sheetName, a1(kontakt, n.cols.gnsPris))).toBe("#N/A");
    expect(wb.num(n.sheetName, a1(n.foranstaltningTotalRow, n.cols.gnsPris))).toBeCloseTo(975000, 6);
    expect(keyFigures(cases, 2017).byForanstaltning[1].gnsPris.ok).toBe(false);
    expectAgreesWithCore(wb, d, n, cases, 2017);
  });
});

// One seed here; `npm run test:deep` (run by CI) checks more seeds and years (test/deep/).
describe("random case tables", () => {
  it.each([[2, 2025]])("seed %i, year %i: every month cell, subtotal, HÅP and GNS-pris equals core", async (seed, year) => {
    const cases = randomCases(seed, 120, year);
    const { d, n, wb } = await build({ year, cases, generatedOn: 45000 });
    expectAgreesWithCore(wb, d, n, cases, year);
  });
});
