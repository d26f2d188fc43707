// The disposition sheet and the key-figure sheet, written to .xlsx and recalculated by HyperFormula,
// agree with core to the øre: every month cell, every subtotal, HÅP (both methods) and GNS-pris.
import {
  OPEN_END, forventetRegnskab, keyFigures, monthlyDispositions, monthlyTotals, ymdToDay, type CaseRow,
} from "../../src/core";
import { a1 } from "../../src/sheets/a1";
import { buildDisponering, type DisponeringInput } from "../../src/sheets/disponering";
import { buildNoegletal } from "../../src/sheets/noegletal";
import { writeXlsxBuffer } from "../../src/xlsx";
import { prng } from "../support/demoData";
import { recalcXlsx, type Recalculated } from "../support/recalc";
import { tabel52Cases } from "../support/tabel52";

async function build(input: DisponeringInput) {
  const d = buildDisponering(input);
  const n = buildNoegletal({ year: input.year, disponering: d.layout, generatedOn: input.generatedOn });
  const wb = await recalcXlsx(await writeXlsxBuffer([d.spec, n.spec]));
  return { d: d.layout, n: n.layout, wb };
}

/** Asserts every figure of both sheets against core. */
function expectAgreesWithCore(wb: Recalculated, d: ReturnType<typeof buildDisponering>["layout"], n: ReturnType<typeof buildNoegletal>["layout"], cases: CaseRow[], year: number) {
  const ds = d.sheetName;
  for (const { row, caseRow } of d.caseRows) {
    monthlyDispositions(caseRow, year).forEach((v, m) => expect(wb.num(ds, a1(row, d.firstMonthCol + m))).toBeCloseTo(v, 2));
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
      else expect(String(JSON.stringify(wb.value(n.sheetName, a1(r.row, n.cols.gnsPris))))).toMatch(/NA/);
    });
  };
  check(n.byForanstaltning, kf.byForanstaltning);
  check(n.byKonto, kf.byKonto);
  expect(wb.num(n.sheetName, a1(n.foranstaltningTotalRow, n.cols.haapDage))).toBeCloseTo(kf.total.haapDage, 9);
  expect(wb.num(n.sheetName, a1(n.foranstaltningTotalRow, n.cols.disponeret))).toBeCloseTo(kf.total.disponeret, 2);
  if (kf.total.gnsPris.ok) expect(wb.num(n.sheetName, a1(n.foranstaltningTotalRow, n.cols.gnsPris))).toBeCloseTo(kf.total.gnsPris.value, 2);
}

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
    expectAgreesWithCore(wb, dl, n, cases, 2017);
  });

  it("uses booked actuals for the closed months and dispositions for the rest", async () => {
    const cases = tabel52Cases();
    const actuals = [{ konto: "5.28.21", months: [310000, 320000, 330000] }];
    const { d, wb } = await build({ year: 2017, cases, generatedOn: 45000, actuals, bookedMonths: 3 });
    // 310.000 + 320.000 + 330.000 + 9 × 325.000 = 960.000 + 2.925.000 = 3.885.000.
    expect(wb.num(d.sheetName, a1(d.grandTotalRow, d.totalCol))).toBeCloseTo(3885000, 6);
    expect(forventetRegnskab({ year: 2017, actuals: actuals[0].months, cases })).toBeCloseTo(3885000, 6);
    expect(wb.num(d.sheetName, a1(d.forecastByKonto[0].row, d.totalCol))).toBeCloseTo(3885000, 6);
    expect(wb.num(d.sheetName, a1(d.grandTotalRow, d.firstMonthCol))).toBeCloseTo(310000, 6);
    expect(wb.num(d.sheetName, a1(d.grandTotalRow, d.firstMonthCol + 3))).toBeCloseTo(325000, 6);
  });
});

/** Random case tables: several rows per person, overlaps, rows outside the year, all units. */
function randomCases(seed: number, n: number, year: number): CaseRow[] {
  const rnd = prng(seed);
  const measures = [["Plejefamilie", "5.28.20"], ["Opholdssted", "5.28.23"], ["Kontaktperson", "5.28.21"], ["Familiebehandling", "5.28.21"]];
  const units = ["måned", "døgn", "uge", "år"] as const;
  const out: CaseRow[] = [];
  for (let i = 0; i < n; i++) {
    const person = Math.floor(rnd() * (n / 3));
    const [foranstaltning, konto] = measures[Math.floor(rnd() * (rnd() < 0.7 ? 2 : measures.length))];
    const start = ymdToDay(year - 1, 1, 1) + Math.floor(rnd() * 900);
    const r = rnd();
    const stop = r < 0.3 ? OPEN_END : start + Math.floor(rnd() * 400);
    out.push({
      row: i + 2, cpr: rnd() < 0.1 ? null : `${61 + (person % 28)}0${1 + (person % 9)}17-${String(1000 + person)}`,
      navn: "", foranstaltning, konto: rnd() < 0.05 ? "" : konto, leverandoer: "", raadgiver: "",
      status: rnd() < 0.2 ? "forventet" : "aktuel", takst: Math.round(rnd() * 80000) / 4, enhed: units[Math.floor(rnd() * 4)], start, stop,
    });
  }
  return out;
}

describe("random case tables", () => {
  it.each([[1, 2024], [2, 2025], [3, 2025], [4, 2028]])("seed %i, year %i: every month cell, subtotal, HÅP and GNS-pris equals core", async (seed, year) => {
    const cases = randomCases(seed, 120, year);
    const { d, n, wb } = await build({ year, cases, generatedOn: 45000 });
    expectAgreesWithCore(wb, d, n, cases, year);
  });
});
