// The 18th birthday (docs/domain.md §8), counted by hand: a child born 15.06.2008 (CPR 150608-4xxx:
// digit 4, YY 08 ≤ 36 → 2008) turns 18 on 15.06.2026, so an open anbringelse's last day is 14.06.2026.
import {
  applyAgeLimits, defaultArt, disponeringInPeriod, overgange18, parseArt, lastDayByAge, ymdToDay, OPEN_END,
  type CaseRow, type Unit,
} from "../../src/core";
import { d, problem, value } from "./builders";

const row = (n: number, cpr: string | null, foranstaltning: string, takst: number, enhed: Unit, start: string, stop = ""): CaseRow => ({
  row: n, cpr, navn: `Ung ${n}`, foranstaltning, konto: "5.28.20", leverandoer: "", raadgiver: "", status: "aktuel",
  takst, enhed, start: d(start), stop: d(stop),
});
const year2026 = [d("01.01.2026"), d("31.12.2026")] as const;

describe("the art of a foranstaltning", () => {
  it("defaults from the name: placements, efterværn before placement, the rest øvrig", () => {
    expect(defaultArt("Plejefamilie")).toBe("anbringelse");
    expect(defaultArt("Døgninstitution")).toBe("anbringelse");
    expect(defaultArt("Opholdssted")).toBe("anbringelse");
    expect(defaultArt("Efterværn på opholdssted")).toBe("eftervaern");
    expect(defaultArt("Kontaktperson")).toBe("oevrig");
  });

  it("reads the user's column, blank meaning the default; an unknown text is a problem", () => {
    expect(value(parseArt("Efterværn", "Plejefamilie"))).toBe("eftervaern");
    expect(value(parseArt("", "Plejefamilie"))).toBe("anbringelse");
    expect(value(parseArt("øvrig", "Plejefamilie"))).toBe("oevrig");
    expect(problem(parseArt("ja", "Plejefamilie")).message).toBe("ja er ikke en kendt art (anbringelse, efterværn eller øvrig)");
  });
});

describe("applyAgeLimits", () => {
  it("disposes an open anbringelse through 14.06.2026 — monthly rate: 5 months + 14/30 of June", () => {
    const { cases, problems } = applyAgeLimits([row(2, "150608-4123", "Opholdssted", 30000, "måned", "01.01.2026")]);
    expect(problems).toEqual([]);
    expect(cases[0].stop).toBe(d("14.06.2026"));
    expect(disponeringInPeriod(cases[0], ...year2026)).toBeCloseTo(5 * 30000 + (30000 * 14) / 30, 6); // 164.000
  });

  it("disposes an open anbringelse through 14.06.2026 — daily rate: 31+28+31+30+31+14 = 165 days", () => {
    const { cases } = applyAgeLimits([row(2, "150608-4123", "Plejefamilie", 2000, "døgn", "01.01.2026")]);
    expect(disponeringInPeriod(cases[0], ...year2026)).toBe(330000);
  });

  it("runs an efterværn case to the day before the 23rd birthday (14.06.2031)", () => {
    const { cases } = applyAgeLimits([row(2, "150608-4123", "Efterværn på opholdssted", 20000, "måned", "15.06.2026")]);
    expect(cases[0].stop).toBe(d("14.06.2031"));
    expect(disponeringInPeriod(cases[0], d("01.01.2031"), d("31.12.2031"))).toBeCloseTo(5 * 20000 + (20000 * 14) / 30, 6);
    expect(lastDayByAge("eftervaern", ymdToDay(2008, 6, 15))).toBe(d("14.06.2031"));
  });

  it("warns with the cell address about a stop after the 18th birthday and keeps the stop", () => {
    const input = [row(7, "150608-4123", "Opholdssted", 30000, "måned", "01.01.2026", "31.12.2026")];
    const { cases, problems } = applyAgeLimits(input, { stopAddress: (r) => `F${r}` });
    expect(cases[0].stop).toBe(d("31.12.2026"));
    expect(problems).toEqual([{
      code: "alder.graense",
      message: "Celle F7: stopdato 31.12.2026 ligger efter 14.06.2026, dagen før 18-årsdagen: anbringelsen løber efter 18-årsdagen — er det efterværn?",
      row: 7, column: "F7", severity: "advarsel",
    }]);
  });

  it("leaves a stop before the birthday, an øvrig measure, a mapped art and a row without birth date alone", () => {
    const input = [
      row(2, "150608-4123", "Opholdssted", 30000, "måned", "01.01.2026", "31.03.2026"),
      row(3, "150608-4123", "Kontaktperson", 5000, "måned", "01.01.2026"),
      row(4, "150608-4123", "Opholdssted (fortsat)", 30000, "måned", "01.01.2026"),
      row(5, "150608-xxxx", "Opholdssted", 30000, "måned", "01.01.2026"),
    ];
    const { cases, problems } = applyAgeLimits(input, { arts: new Map([["Opholdssted (fortsat)", "eftervaern" as const]]) });
    expect(cases.map((c) => c.stop)).toEqual([d("31.03.2026"), OPEN_END, d("14.06.2031"), OPEN_END]);
    expect(problems).toEqual([]);
  });
});

describe("overgange18 — youths turning 18 in the budget year and the two overslagsår", () => {
  const cases = [
    row(2, "150608-4123", "Opholdssted", 30000, "måned", "01.01.2025"), // 18 on 15.06.2026
    row(3, "150608-4123", "Kontaktperson", 3000, "måned", "01.01.2025"),
    row(4, "010310-4222", "Plejefamilie", 2000, "døgn", "01.01.2025"), // 18 on 01.03.2028
    row(5, "010111-4333", "Plejefamilie", 2000, "døgn", "01.01.2025"), // 18 in 2029: outside
    row(6, "010109-4444", "Plejefamilie", 2000, "døgn", "01.01.2025", "30.11.2025"), // ended before the list date
  ];
  const list = overgange18(cases, 2026, d("01.01.2026"));

  it("lists the two youths with their measures, monthly cost and 18th birthday", () => {
    expect(list.map((p) => [p.cpr, p.attenAarsdag])).toEqual([["150608-4123", d("15.06.2026")], ["010310-4222", d("01.03.2028")]]);
    expect(list[0].foranstaltninger.map((m) => [m.foranstaltning, m.art, m.maanedspris])).toEqual([
      ["Opholdssted", "anbringelse", 30000], ["Kontaktperson", "oevrig", 3000],
    ]);
    expect(list[0].maanedspris).toBe(33000);
    expect(list[1].maanedspris).toBe((2000 * 366) / 12); // 2028 has 366 days: 61.000
  });

  it("prices continuing the placement as efterværn per year from the 18th birthday", () => {
    // 2026: 16/30 of June + 6 months; then two whole years. The kontaktperson is not a placement.
    expect(list[0].effekt[0]).toBeCloseTo((30000 * 16) / 30 + 6 * 30000, 6); // 196.000
    expect(list[0].effekt[1]).toBeCloseTo(360000, 6);
    expect(list[0].effekt[2]).toBeCloseTo(360000, 6);
    // 01.03–31.12.2028 = 306 days at 2.000
    expect(list[1].effekt).toEqual([0, 0, 612000]);
  });
});
