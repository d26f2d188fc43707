// Key figures over time, portfolio and økonomitjek in core, against hand-counted figures.
import {
  adviserPortfolio, compareSnapshots, indexAgainst, largestChanges, foranstaltningSeries, mergedPersonSpans, mostExpensive,
  monthlyShares, yearFigures, classifyForanstaltning, haap, yearStart, yearEnd, ymdToDay,
} from "../../src/core";
import { tabel52Cases } from "../support/tabel52";
import { smallKommune, snapshotBefore, snapshotNow } from "../support/smallKommune";

describe("foranstaltningSeries", () => {
  it("gives Tabel 5.2's 325.000 and 4 HÅP in every month, GNS-pris 81.250 per month and 975.000 per year", () => {
    const [s] = foranstaltningSeries(tabel52Cases(), 2017);
    expect(s.foranstaltning).toBe("Anbringelse");
    expect(s.type).toBe("anbringelse");
    for (let m = 0; m < 12; m++) {
      expect(s.disposed[m]).toBeCloseTo(325000, 6);
      expect(s.haap[m]).toBeCloseTo(4, 12);
      expect(s.gnsPris[m]).toBeCloseTo(81250, 6);
    }
    expect(s.yearDisposed).toBeCloseTo(3900000, 6);
    expect(s.yearHaap).toBeCloseTo(4, 12);
    expect(s.yearGnsPris).toBeCloseTo(975000, 6);
  });

  it("counts a person's overlapping rows once and gives null GNS-pris where HÅP is 0", () => {
    const series = foranstaltningSeries(smallKommune(), 2025);
    expect(series.map((s) => s.foranstaltning)).toEqual(["Familiebehandling", "Kontaktperson", "Opholdssted", "Plejefamilie"]);
    const pleje = series[3];
    // Jan: 30.000 + 10.000 = 40.000 with ONE helårsperson (A's two rows merged).
    expect(pleje.disposed[0]).toBeCloseTo(40000, 6);
    expect(pleje.haap[0]).toBeCloseTo(1, 12);
    expect(pleje.gnsPris[0]).toBeCloseTo(40000, 6);
    expect(pleje.yearDisposed).toBeCloseTo(390000, 6);
    expect(pleje.yearHaap).toBeCloseTo(1, 12);
    const ophold = series[2];
    expect(ophold.haap[5]).toBe(0);
    expect(ophold.gnsPris[5]).toBeNull();
    expect(ophold.disposed[6]).toBeCloseTo(31 * 3000, 6);
    expect(ophold.yearHaap).toBeCloseTo(184 / 365, 12);
    expect(ophold.yearGnsPris).toBeCloseTo((552000 * 365) / 184, 6);
  });
});

describe("shares", () => {
  it("gives the foster-family share of placements (HÅP) and the preventive share of spending", () => {
    const sh = monthlyShares(foranstaltningSeries(smallKommune(), 2025));
    // Jan–jun only A is placed (1/1); jul–dec A and B (1/2).
    expect(sh.plejefamilie.slice(0, 6)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(sh.plejefamilie.slice(6)).toEqual([0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    // Jan: 8.000 / (40.000 + 8.000); mar: (8.000 + 31.000) / (40.000 + 39.000); apr: 8.000 / 38.000; jul: 0.
    expect(sh.forebyggende[0]).toBeCloseTo(1 / 6, 12);
    expect(sh.forebyggende[2]).toBeCloseTo(39 / 79, 12);
    expect(sh.forebyggende[3]).toBeCloseTo(8 / 38, 12);
    expect(sh.forebyggende[6]).toBe(0);
  });

  it("classifies foranstaltninger by name", () => {
    expect(["Plejefamilie", "Netværksplejefamilie", "Opholdssted", "Døgninstitution", "Kontaktperson", "Familiebehandling", "Ungdomsbolig"].map(classifyForanstaltning))
      .toEqual(["plejefamilie", "plejefamilie", "anbringelse", "anbringelse", "forebyggende", "forebyggende", "oevrig"]);
  });
});

describe("yearFigures and index", () => {
  it("sums the year and indexes against a chosen base year", () => {
    const [y] = yearFigures(smallKommune(), [2025]);
    // 390.000 + 552.000 + 48.000 + 31.000; HÅP 1 + 184/365 + 181/365 + 31/365.
    expect(y.disposed).toBeCloseTo(1021000, 6);
    expect(y.haap).toBeCloseTo(1 + 396 / 365, 12);
    const idx = indexAgainst([2023, 2024, 2025], [100, 110, 121], 2024).map((r) => (r.ok ? r.value : NaN));
    expect(idx[0]).toBeCloseTo(90.909090909, 6);
    expect(idx[1]).toBe(100);
    expect(idx[2]).toBeCloseTo(110, 12);
    const missing = indexAgainst([2024, 2025], [0, 5], 2024)[1];
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.problem.message).toBe("Basisårets værdi er 0 — indekset kan ikke beregnes");
  });

  it("merges a person's rows into disjoint spans whose days give core's HÅP", () => {
    const a = yearStart(2025), b = yearEnd(2025);
    const spans = mergedPersonSpans(smallKommune(), (c) => c.foranstaltning, a, b);
    expect(spans.filter((s) => s.group === "Plejefamilie")).toEqual([{ group: "Plejefamilie", start: a, stop: b }]);
    const days = spans.reduce((s, x) => s + x.stop - x.start + 1, 0);
    expect(days).toBe(365 + 184 + 181 + 31);
    expect(JSON.stringify(spans)).not.toMatch(/1001/); // no CPR in the spans
    expect(haap(smallKommune(), a, b)).toBeCloseTo(days / 365, 12);
  });
});

describe("adviserPortfolio", () => {
  it("gives cases, HÅP, disposed amount, GNS-pris and the most expensive cases per rådgiver", () => {
    const p = adviserPortfolio(smallKommune(), 2025, 1);
    expect(p.map((x) => [x.raadgiver, x.sager])).toEqual([["AKJ", 2], ["BMH", 2], ["CLS", 1]]);
    expect(p[0].haap).toBeCloseTo(1, 12); // A's two rows are one person
    expect(p[0].disposed).toBeCloseTo(390000, 6);
    expect(p[1].haap).toBeCloseTo((184 + 181) / 365, 12); // = 1
    expect(p[1].gnsPris).toBeCloseTo(600000, 6);
    expect(p[2].gnsPris).toBeCloseTo((31000 * 365) / 31, 6); // 365.000
    expect(p[1].top.map((t) => [t.case.navn, t.amount])).toEqual([["B", 552000]]);
    expect(mostExpensive(smallKommune(), 2025, 3).map((t) => t.amount)).toEqual([552000, 360000, 48000]);
  });
});

describe("compareSnapshots (økonomitjek)", () => {
  const report = compareSnapshots(snapshotBefore(), snapshotNow(), 2025);
  it("counts tilgang, afgang and changes by hand", () => {
    const counts = Object.fromEntries(Object.entries(report.byKind).map(([k, v]) => [k, v.count]));
    // Tilgang: B. Afgang: E. Takst: A2. Start: F (01.02 → 01.03). Stop: C. Both: G. Unchanged: A1, D.
    expect(counts).toEqual({ tilgang: 1, afgang: 1, takst: 1, start: 1, stop: 1, takstOgStop: 1, uaendret: 2 });
  });

  it("gives each change's effect on the forventet regnskab, adding up to the difference of the totals", () => {
    const e = Object.fromEntries(Object.entries(report.byKind).map(([k, v]) => [k, v.effect]));
    expect(e.tilgang).toBeCloseTo(552000, 6); // B 184 × 3.000
    expect(e.afgang).toBeCloseTo(-(365 * 5000), 6); // E all year
    expect(e.takst).toBeCloseTo(3 * 1000, 6); // A2 +1.000 jan–mar
    expect(e.start).toBeCloseTo(10 * 5000 - 11 * 5000, 6); // F mar–dec instead of feb–dec
    expect(e.stop).toBeCloseTo(-6 * 8000, 6); // C jul–dec gone
    expect(e.takstOgStop).toBeCloseTo(31 * 2500 - 365 * 2000, 6); // −652.500
    expect(e.uaendret).toBe(0);
    expect(report.totalNow).toBeCloseTo(1021000 + 50000 + 77500, 6);
    expect(report.totalBefore).toBeCloseTo(360000 + 27000 + 96000 + 31000 + 1825000 + 55000 + 730000, 6);
    expect(report.totalEffect).toBeCloseTo(-1975500, 6);
    const sum = report.changes.reduce((s, c) => s + c.effect, 0);
    expect(sum).toBeCloseTo(report.totalEffect, 6);
  });

  it("lists the largest rises and falls", () => {
    const { up, down } = largestChanges(report, 2);
    expect(up.map((c) => [c.now?.navn, c.effect])).toEqual([["B", 552000], ["A", 3000]]);
    expect(down.map((c) => [c.before?.navn, c.effect])).toEqual([["E", -1825000], ["G", -652500]]);
  });

  it("treats a corrected start date as one Ændret startdato, not afgang + tilgang (docs/domain.md §4)", () => {
    const f = report.changes.filter((c) => (c.now ?? c.before)?.navn === "F");
    expect(f.map((c) => [c.kind, c.before?.start, c.now?.start])).toEqual([["start", ymdToDay(2025, 2, 1), ymdToDay(2025, 3, 1)]]);
  });
});
