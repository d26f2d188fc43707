// docs/domain.md §8: cases, HÅP and amount per age group and foranstaltning, and the age per month.
// A row's age is the person's age at the period's end, or at the row's stop when that is earlier;
// a row without a birth date is "Ukendt alder" and a problem on its row. Every figure is counted by
// hand in the comments (2025 has 365 days).
import {
  AGE_GROUPS, ageByMonth, ageDistribution, ageGroupOfRows, ageSpans, UNKNOWN_AGE_LABEL, yearEnd, yearStart, type CaseRow, type Unit,
} from "../../src/core";
import { d } from "./builders";

const row = (n: number, cpr: string | null, foranstaltning: string, takst: number, enhed: Unit, start: string, stop = ""): CaseRow => ({
  row: n, cpr, navn: "", foranstaltning, konto: "5.28.20", leverandoer: "", raadgiver: "", status: "aktuel", takst, enhed, start: d(start), stop: d(stop),
});

const Y = [yearStart(2025), yearEnd(2025)] as const;

// P1 born 31.12.2019 (digit 7 = 4, year 19 ≤ 36: the 2000s): 6 years old on 31.12.2025.
// P2 born 15.06.2012: 13 on 31.07.2025. P3 has no CPR. P4's first six digits are no date (day 32).
const cases: CaseRow[] = [
  row(2, "311219-4002", "Plejefamilie", 10_000, "måned", "01.01.2025", "30.12.2025"), // age at its stop 30.12: 5 → 0-5
  row(3, "311219-4002", "Kontaktperson", 5_000, "måned", "01.07.2025"), // open: age at 31.12, the birthday: 6 → 6-11
  row(4, "150612-4001", "Plejefamilie", 30_000, "måned", "01.01.2025", "30.06.2025"), // 13 → 12-17
  row(5, "150612-4001", "Plejefamilie", 10_000, "måned", "01.04.2025", "31.07.2025"), // overlaps row 4: the same person
  row(6, null, "Familiebehandling", 7_000, "uge", "01.03.2025", "31.03.2025"), // no CPR → ukendt
  row(7, "320112-4001", "Opholdssted", 1_000, "døgn", "01.12.2025", "31.12.2025"), // no birth date → ukendt
  row(8, null, "Opholdssted", 1_000, "døgn", "01.01.2024", "31.12.2024"), // outside 2025: not counted, no problem
];

describe("ageGroupOfRows: the group index of each row at the period's end or the row's stop", () => {
  it("puts the day before the 6th birthday in 0-5 and the birthday itself in 6-11; unknown = AGE_GROUPS.length; outside = -1", () => {
    expect([...ageGroupOfRows(cases, ...Y)]).toEqual([0, 1, 2, 2, AGE_GROUPS.length, AGE_GROUPS.length, -1]);
  });

  it("takes the row's stop when it is before the period's end, the period's end otherwise", () => {
    // Born 15.06.2007: 18 on 15.06.2025. Stopping 14.06.2025 it is 17 (12-17); stopping 15.06 or open, 18 (18-22).
    const young = [row(2, "150607-4003", "Plejefamilie", 1, "måned", "01.01.2025", "14.06.2025"), row(3, "150607-4003", "Efterværn", 1, "måned", "01.01.2025", "15.06.2025"), row(4, "150607-4003", "Efterværn", 1, "måned", "01.01.2025")];
    expect([...ageGroupOfRows(young, ...Y)]).toEqual([2, 3, 3]);
    // Over a period ending 31.05.2025 the open row is 17 too.
    expect([...ageGroupOfRows(young, yearStart(2025), d("31.05.2025"))]).toEqual([2, 2, 2]);
  });

  it("counts a row that only touches the period (its stop on the first day, its start on the last)", () => {
    const edge = [row(2, "311219-4002", "Plejefamilie", 1, "måned", "01.06.2024", "01.01.2025"), row(3, "311219-4002", "Plejefamilie", 1, "måned", "31.12.2025")];
    expect([...ageGroupOfRows(edge, ...Y)]).toEqual([0, 1]);
  });
});

describe("ageDistribution (2025)", () => {
  const r = ageDistribution(cases, ...Y);
  const close = (v: number) => expect.closeTo(v, 9);

  it("has a row per group and foranstaltning with cases, HÅP by days and the disposed amount", () => {
    expect(r.rows).toEqual([
      // 01.01–30.12 = 364 days; 11 whole months × 10.000 + 10.000 × 30/31 for December = 119.677,42.
      { gruppe: "0-5 år", foranstaltning: "Plejefamilie", sager: 1, haap: close(364 / 365), beloeb: close(110_000 + 300_000 / 31) },
      // 01.07–31.12 = 184 days; 6 months × 5.000.
      { gruppe: "6-11 år", foranstaltning: "Kontaktperson", sager: 1, haap: close(184 / 365), beloeb: close(30_000) },
      // Two overlapping rows of one person: the union 01.01–31.07 = 212 days, not 181 + 122 = 303;
      // the amount is both rows': 6 × 30.000 + 4 × 10.000 = 220.000.
      { gruppe: "12-17 år", foranstaltning: "Plejefamilie", sager: 2, haap: close(212 / 365), beloeb: close(220_000) },
      // Ukendt alder, foranstaltninger in Danish order: 31 days × 7.000 / 7 = 31.000; 31 days × 1.000.
      { gruppe: UNKNOWN_AGE_LABEL, foranstaltning: "Familiebehandling", sager: 1, haap: close(31 / 365), beloeb: close(31_000) },
      { gruppe: UNKNOWN_AGE_LABEL, foranstaltning: "Opholdssted", sager: 1, haap: close(31 / 365), beloeb: close(31_000) },
    ]);
  });

  it("has a total per group (every age group, empty ones as 0, then Ukendt alder), and the groups add up to all rows in the year", () => {
    expect(r.groups.map((g) => [g.gruppe, g.foranstaltning, g.sager])).toEqual([
      ["0-5 år", "I alt", 1], ["6-11 år", "I alt", 1], ["12-17 år", "I alt", 2], ["18-22 år", "I alt", 0], ["23 år og derover", "I alt", 0], [UNKNOWN_AGE_LABEL, "I alt", 2],
    ]);
    expect(r.groups[4]).toEqual({ gruppe: "23 år og derover", foranstaltning: "I alt", sager: 0, haap: 0, beloeb: 0 });
    expect(r.groups[5].haap).toBeCloseTo(62 / 365, 12);
    // 6 rows in 2025; 119.677,42 + 30.000 + 220.000 + 31.000 + 31.000.
    expect(r.groups.reduce((s, g) => s + g.sager, 0)).toBe(6);
    expect(r.groups.reduce((s, g) => s + g.beloeb, 0)).toBeCloseTo(431_677.419355, 5);
  });

  it("leaves out Ukendt alder when every row has a birth date", () => {
    expect(ageDistribution(cases.slice(0, 4), ...Y).groups.map((g) => g.gruppe)).toEqual(AGE_GROUPS.map((g) => g.label));
  });

  it("lists each row without a birth date as a warning on its row and CPR column, in the column's name", () => {
    expect(r.problems).toEqual([
      { code: "alder.ukendt", message: "Række 6, Cpr-nr.: mangler cpr-nummer — alderen kan ikke beregnes", row: 6, column: "Cpr-nr.", severity: "advarsel" },
      { code: "alder.ukendt", message: "Række 7, Cpr-nr.: 320112-4001 indeholder ikke en gyldig fødselsdato", row: 7, column: "Cpr-nr.", severity: "advarsel" },
    ]);
    expect(ageDistribution(cases, ...Y, "Personnummer").problems[0].message).toBe("Række 6, Personnummer: mangler cpr-nummer — alderen kan ikke beregnes");
  });
});

describe("ageSpans: each person's days merged across foranstaltninger", () => {
  it("merges one person's rows into disjoint spans, numbers persons in CPR order, a row without CPR last as its own person", () => {
    expect(ageSpans(cases, ...Y)).toEqual([
      // P2 (150612…) first: 01.01–30.06 and 01.04–31.07 → 01.01–31.07.
      { person: 1, birth: d("15.06.2012"), start: d("01.01.2025"), stop: d("31.07.2025") },
      // P1: 01.01–30.12 and 01.07–open (clipped to 31.12) → the whole year.
      { person: 2, birth: d("31.12.2019"), start: d("01.01.2025"), stop: d("31.12.2025") },
      { person: 3, birth: NaN, start: d("01.12.2025"), stop: d("31.12.2025") },
      { person: 4, birth: NaN, start: d("01.03.2025"), stop: d("31.03.2025") },
    ]);
  });

  it("joins spans that touch (one stops the day before the other starts) and keeps a gap as two spans", () => {
    const p = [
      row(2, "311219-4002", "Plejefamilie", 1, "måned", "01.01.2025", "31.03.2025"),
      row(3, "311219-4002", "Opholdssted", 1, "døgn", "01.04.2025", "30.04.2025"),
      row(4, "311219-4002", "Opholdssted", 1, "døgn", "02.05.2025", "31.05.2025"),
    ];
    expect(ageSpans(p, ...Y).map((s) => [s.person, s.start, s.stop])).toEqual([[1, d("01.01.2025"), d("30.04.2025")], [1, d("02.05.2025"), d("31.05.2025")]]);
  });

  it("keeps two rows without CPR apart (each is a person)", () => {
    const p = [row(2, null, "Opholdssted", 1, "døgn", "01.01.2025", "31.01.2025"), row(3, null, "Opholdssted", 1, "døgn", "01.01.2025", "31.01.2025")];
    expect(ageSpans(p, ...Y).map((s) => s.person)).toEqual([1, 2]);
  });
});

describe("ageByMonth: persons and HÅP per age group and month", () => {
  const groups = [...AGE_GROUPS.map((g) => g.label), UNKNOWN_AGE_LABEL];
  const m = ageByMonth(cases, 2025);

  it("moves a person into the next group in the month of the birthday, by the age at the month's end", () => {
    expect(m.labels).toEqual(groups);
    // P1 (31.12.2019) is 5 at the end of January–November and 6 on 31.12: 0-5 until November, 6-11 in December.
    expect(m.persons[0]).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(m.persons[1]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    // P2 is 12 until 14.06 and 13 after: 12-17 all the months January–July, once although two rows overlap.
    expect(m.persons[2]).toEqual([1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
    // Ukendt: P3 in March, P4 in December.
    expect(m.persons[5]).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it("gives HÅP as the persons' days in the month ÷ the month's days", () => {
    expect(m.haap[2]).toEqual([1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
    expect(m.haap[1][11]).toBe(1);
    expect(m.haap[3]).toEqual(new Array(12).fill(0));
  });

  it("counts a person with two spans in a month once, in the group of the first span; the days go to each span's group", () => {
    // Born 15.03.2007: 18 on 15.03.2025. 01.03–10.03 ends at 17 (12-17); 20.03–31.03 ends at 18 (18-22).
    const split = [row(2, "150307-4004", "Plejefamilie", 1, "måned", "01.03.2025", "10.03.2025"), row(3, "150307-4004", "Efterværn", 1, "måned", "20.03.2025", "31.03.2025")];
    const s = ageByMonth(split, 2025);
    expect([s.persons[2][2], s.persons[3][2]]).toEqual([1, 0]);
    expect(s.haap[2][2]).toBeCloseTo(10 / 31, 12);
    expect(s.haap[3][2]).toBeCloseTo(12 / 31, 12);
  });
});
