// Age from CPR (docs/domain.md §3, §8), every expected value counted by hand from the CPR digits.
import {
  AGE_GROUPS, ageAt, ageDistribution, ageGroupIndex, alder, birthDay, birthDaySafe, birthdayAt, ymdToDay,
  type CaseRow, type Unit,
} from "../../src/core";
import { d, problem, value } from "./builders";

describe("birthDay — the century rule on the 7th digit", () => {
  it.each([
    // digit 7 = 0 (0–3): always the 1900s
    ["010136-0123", 1936, 1, 1],
    ["311299-0123", 1999, 12, 31],
    ["010100-3123", 1900, 1, 1],
    // digit 7 = 4 (and 9): 2000s up to YY = 36, the 1900s from 37
    ["010136-4123", 2036, 1, 1],
    ["010137-4123", 1937, 1, 1],
    ["150636-9123", 2036, 6, 15],
    ["150637-9123", 1937, 6, 15],
    // digit 7 = 5 (5–8): 2000s up to YY = 57, the 1800s from 58
    ["010157-5123", 2057, 1, 1],
    ["010158-5123", 1858, 1, 1],
    ["200857-8123", 2057, 8, 20],
    ["200858-8123", 1858, 8, 20],
    // substitute numbers: day + 60
    ["610190-1234", 1990, 1, 1],
    ["910190-1234", 1990, 1, 31],
    ["890208-4123", 2008, 2, 29],
  ])("%s → %i-%i-%i", (cpr, y, m, dd) => {
    expect(value(birthDay(cpr))).toBe(ymdToDay(y, m, dd));
  });

  it("reads a CPR whose leading zero Excel dropped (a 9-digit number)", () => {
    expect(value(birthDay(101904123))).toBe(ymdToDay(1990, 1, 1)); // 010190-4123: YY 90 > 36 → 1990
  });

  it("gives a problem, not a date, for a CPR without a valid birth date", () => {
    expect(problem(birthDay("310290-1234")).message).toBe("310290-1234 indeholder ikke en gyldig fødselsdato");
    expect(problem(birthDay("920190-1234")).code).toBe("cpr.date"); // day 92 − 60 = 32
    expect(problem(birthDay("290201-1234")).code).toBe("cpr.date"); // 1901 is no leap year
    expect(problem(birthDay("010190-xxxx")).code).toBe("cpr.format");
    expect(Number.isNaN(birthDaySafe(true))).toBe(true);
    expect(Number.isNaN(birthDaySafe(null))).toBe(true);
  });
});

describe("ageAt", () => {
  const born = ymdToDay(2008, 6, 15);
  it("is one less until the birthday has come (DATEDIF …;\"y\")", () => {
    expect(ageAt(born, d("14.06.2026"))).toBe(17);
    expect(ageAt(born, d("15.06.2026"))).toBe(18);
    expect(ageAt(born, d("31.12.2025"))).toBe(17);
    expect(ageAt(born, d("15.06.2008"))).toBe(0);
    expect(ageAt(born, d("14.06.2008"))).toBe(-1);
  });

  it("lets someone born 29.02 turn a year older on 01.03 in a year without 29.02", () => {
    const leap = ymdToDay(2008, 2, 29);
    expect(ageAt(leap, d("28.02.2026"))).toBe(17);
    expect(ageAt(leap, d("01.03.2026"))).toBe(18);
    expect(birthdayAt(leap, 18)).toBe(d("01.03.2026"));
    expect(birthdayAt(leap, 20)).toBe(d("29.02.2028"));
  });

  it("alder combines the two and passes the CPR's problem on", () => {
    expect(value(alder("150608-4123", d("31.12.2026")))).toBe(18);
    expect(problem(alder("150608-xxxx", d("31.12.2026"))).code).toBe("cpr.format");
  });
});

describe("age groups", () => {
  it("follow Danmarks Statistik: 0–5, 6–11, 12–17, 18–22, 23+", () => {
    expect(AGE_GROUPS.map((g) => g.label)).toEqual(["0-5 år", "6-11 år", "12-17 år", "18-22 år", "23 år og derover"]);
    expect([0, 5, 6, 11, 12, 17, 18, 22, 23, 80, -1].map(ageGroupIndex)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, -1]);
  });
});

const row = (n: number, cpr: string | null, foranstaltning: string, takst: number, enhed: Unit, start: string, stop = ""): CaseRow => ({
  row: n, cpr, navn: "", foranstaltning, konto: "5.28.20", leverandoer: "", raadgiver: "", status: "aktuel",
  takst, enhed, start: d(start), stop: d(stop),
});

describe("ageDistribution — age at the period's end, or at the stop when earlier", () => {
  const cases = [
    row(2, "010121-4001", "Plejefamilie", 10000, "måned", "01.01.2026"), // 5 at 31.12.2026 → 0–5
    row(3, "311220-4002", "Plejefamilie", 10000, "måned", "01.07.2026"), // 6 at 31.12.2026 → 6–11
    row(4, "150608-4003", "Opholdssted", 1000, "døgn", "01.01.2026", "30.04.2026"), // 17 at its stop → 12–17
    row(5, "150608-4003", "Kontaktperson", 5000, "måned", "01.05.2026"), // 18 at 31.12.2026 → 18–22
    row(6, "010103-4004", "Kontaktperson", 5000, "måned", "01.01.2026"), // 23 at 31.12.2026 → 23+
    row(7, null, "Kontaktperson", 5000, "måned", "01.01.2026", "31.01.2026"), // no CPR → ukendt
    row(8, "010125-4005", "Plejefamilie", 10000, "måned", "01.01.2025", "31.12.2025"), // outside 2026
  ];
  const dist = ageDistribution(cases, d("01.01.2026"), d("31.12.2026"));

  it("counts cases, HÅP and amount per group and foranstaltning", () => {
    const pick = (g: string, f: string) => dist.rows.find((r) => r.gruppe === g && r.foranstaltning === f)!;
    expect(pick("0-5 år", "Plejefamilie")).toMatchObject({ sager: 1, haap: 1, beloeb: 120000 });
    expect(pick("6-11 år", "Plejefamilie").haap).toBeCloseTo(184 / 365, 12); // 01.07–31.12 = 184 days
    expect(pick("6-11 år", "Plejefamilie").beloeb).toBeCloseTo(60000, 6);
    expect(pick("12-17 år", "Opholdssted").beloeb).toBeCloseTo(120 * 1000, 6); // 31+28+31+30 days
    expect(pick("12-17 år", "Opholdssted").haap).toBeCloseTo(120 / 365, 12);
    expect(pick("18-22 år", "Kontaktperson").beloeb).toBeCloseTo(40000, 6);
    expect(pick("23 år og derover", "Kontaktperson").sager).toBe(1);
    expect(pick("Ukendt alder", "Kontaktperson").beloeb).toBeCloseTo(5000, 6);
    expect(dist.groups.map((g) => g.gruppe)).toEqual(["0-5 år", "6-11 år", "12-17 år", "18-22 år", "23 år og derover", "Ukendt alder"]);
    expect(dist.groups.reduce((s, g) => s + g.sager, 0)).toBe(6);
  });

  it("lists a row without a birth date as a problem on its row", () => {
    expect(dist.problems).toEqual([
      { code: "alder.ukendt", message: "Række 7, Cpr-nr.: mangler cpr-nummer — alderen kan ikke beregnes", row: 7, column: "Cpr-nr.", severity: "advarsel" },
    ]);
  });

  it("counts a person with two rows in one group once in that group's HÅP", () => {
    const two = [row(2, "010121-4001", "Plejefamilie", 10000, "måned", "01.01.2026"), row(3, "010121-4001", "Aflastning", 2000, "måned", "01.01.2026")];
    const g = ageDistribution(two, d("01.01.2026"), d("31.12.2026")).groups[0];
    expect(g).toMatchObject({ gruppe: "0-5 år", sager: 2, haap: 1, beloeb: 144000 });
  });
});
