// The years before (docs/domain.md §8): saved year-end figures and a regnskab table, never today's cases.
import {
  ageYears, historikCells, kontoHistories, mergeSnapshot, readHistorik, readRegnskab, yearEndSnapshot, yearSeries,
  type CaseRow, type HistorikRow, type Unit,
} from "../../src/core";
import { d } from "./builders";

const row = (n: number, cpr: string, foranstaltning: string, konto: string, takst: number, enhed: Unit, start: string, stop = ""): CaseRow => ({
  row: n, cpr, navn: "", foranstaltning, konto, leverandoer: "", raadgiver: "", status: "aktuel", takst, enhed, start: d(start), stop: d(stop),
});

describe("yearEndSnapshot", () => {
  it("saves HÅP, GNS-pris and amount per foranstaltning and the amount per konto", () => {
    const cases = [
      row(2, "010115-4001", "Plejefamilie", "5.28.20", 10000, "måned", "01.01.2025"),
      row(3, "010115-4002", "Plejefamilie", "5.28.20", 10000, "måned", "01.07.2025"),
      row(4, "010110-4003", "Opholdssted", "5.28.21", 1000, "døgn", "01.01.2025", "31.01.2025"),
    ];
    const snap = yearEndSnapshot(cases, 2025);
    const get = (art: string, name: string) => snap.find((r) => r.art === art && r.name === name)!.value;
    expect(get("haap", "Plejefamilie")).toBeCloseTo((365 + 184) / 365, 12);
    expect(get("beloeb", "Plejefamilie")).toBeCloseTo(180000, 6);
    expect(get("gnsPris", "Plejefamilie")).toBeCloseTo((180000 * 365) / 549, 6);
    expect(get("haap", "Opholdssted")).toBeCloseTo(31 / 365, 12);
    expect(snap.filter((r) => r.niveau === "konto").map((r) => [r.name, Math.round(r.value)])).toEqual([["5.28.20", 180000], ["5.28.21", 31000]]);
    // Written to the hidden sheet and read back unchanged.
    expect(readHistorik(historikCells(snap))).toEqual(snap);
  });

  it("saves the total of all cases with each person counted once (the sum over foranstaltninger counts a person in two twice)", () => {
    const cases = [
      row(2, "010115-4001", "Plejefamilie", "5.28.20", 10000, "måned", "01.01.2025"),
      row(3, "010110-4003", "Opholdssted", "5.28.21", 1000, "døgn", "01.01.2025", "31.01.2025"),
      // The same person in January as row 3, in another foranstaltning: 31 days once, not twice.
      row(4, "010110-4003", "Kontaktperson", "5.28.22", 3100, "måned", "01.01.2025", "31.01.2025"),
    ];
    const snap = yearEndSnapshot(cases, 2025);
    const alle = snap.filter((r) => r.niveau === "alle");
    expect(alle.map((r) => [r.art, r.name])).toEqual([["haap", "I alt"], ["gnsPris", "I alt"], ["beloeb", "I alt"], ["personer", "I alt"]]);
    expect(alle[3].value).toBe(2);
    expect(alle[0].value).toBeCloseTo((365 + 31) / 365, 12);
    expect(alle[2].value).toBeCloseTo(120000 + 31000 + 3100, 6);
    expect(alle[1].value).toBeCloseTo((154100 * 365) / 396, 6);
    const sumOverTypes = snap.filter((r) => r.art === "haap" && r.niveau === "foranstaltning").reduce((a, r) => a + r.value, 0);
    expect(sumOverTypes).toBeCloseTo((365 + 31 + 31) / 365, 12);
    // The series takes the persons-once figure.
    const [p] = yearSeries(snap, [], 2025, 2025, 1);
    expect([p.beloeb, p.haap, p.source]).toEqual([alle[2].value, alle[0].value, "aarsafslutning"]);
    expect(readHistorik(historikCells(snap))).toEqual(snap);
  });

  it("saves persons and HÅP per age group: age at the year's end or at the case's stop, each person once within a group", () => {
    const cases: CaseRow[] = [
      row(2, "010120-4004", "Plejefamilie", "5.28.20", 10000, "måned", "01.01.2025"), // born 2020: 5 at 31.12 → 0-5 år, HÅP 1
      row(3, "010115-4001", "Plejefamilie", "5.28.20", 10000, "måned", "01.01.2025"), // 10 → 6-11 år, HÅP 1
      // Born 15.07.2008: 16 at the stop 31.03 and 17 at 31.12 — both 12-17 år, one person, (90 + 92) / 365 HÅP.
      row(4, "150708-4003", "Opholdssted", "5.28.23", 1000, "døgn", "01.01.2025", "31.03.2025"),
      row(5, "150708-4003", "Kontaktperson", "5.28.21", 5000, "måned", "01.10.2025"),
      row(6, "010105-4002", "Efterværn", "5.28.21", 8000, "måned", "01.01.2025", "30.06.2025"), // 20 at 30.06 → 18-22 år, 181/365
      { ...row(7, "", "Kontaktperson", "5.28.21", 5000, "måned", "01.01.2025", "31.01.2025"), cpr: null }, // no birth date: 31/365
      row(8, "010150-1234", "Botilbud", "5.38.50", 1000, "døgn", "01.01.2024", "31.12.2024"), // not in 2025
    ];
    const snap = yearEndSnapshot(cases, 2025);
    const groups = snap.filter((r) => r.niveau === "aldersgruppe");
    const of = (art: string) => groups.filter((r) => r.art === art).map((r) => [r.name, r.value]);
    expect(of("personer")).toEqual([["0-5 år", 1], ["6-11 år", 1], ["12-17 år", 1], ["18-22 år", 1], ["23 år og derover", 0], ["Ukendt alder", 1]]);
    expect(of("haap")).toEqual([
      ["0-5 år", 1], ["6-11 år", 1], ["12-17 år", expect.closeTo(182 / 365, 12)], ["18-22 år", expect.closeTo(181 / 365, 12)], ["23 år og derover", 0],
      ["Ukendt alder", expect.closeTo(31 / 365, 12)],
    ]);
    expect(snap.find((r) => r.niveau === "alle" && r.art === "personer")!.value).toBe(5);
    expect(readHistorik(historikCells(snap))).toEqual(snap);
    // Overblik's reading of the saved years: per group, and the year's persons and HÅP each person once.
    const [y] = ageYears(mergeSnapshot(yearEndSnapshot(cases.slice(0, 2), 2024), snap).filter((r) => r.year === 2025));
    expect([y.year, y.personer.get("12-17 år"), y.personerIalt]).toEqual([2025, 1, 5]);
    expect(y.haapIalt).toBeCloseTo(2 + (182 + 181 + 31) / 365, 12);
    expect(ageYears(snap.filter((r) => r.niveau !== "aldersgruppe"))).toEqual([]);
  });

  it("closing a year again replaces that year only", () => {
    const a: HistorikRow = { year: 2024, art: "haap", niveau: "foranstaltning", name: "X", value: 1 };
    const b: HistorikRow = { ...a, year: 2025, value: 2 };
    expect(mergeSnapshot([a, b], [{ ...b, value: 3 }])).toEqual([a, { ...b, value: 3 }]);
  });
});

describe("yearSeries — five years against a base year from saved figures and the regnskab table", () => {
  const regnskab = readRegnskab({
    header: ["Konto", "År", "Regnskab", "Budget"],
    rows: [["5.28.20", 2021, "600.000", ""], ["5.28.21", "2021", 400000, ""], ["5.28.20", 2022, "1.100.000", "1.000.000"]],
  });
  const history: HistorikRow[] = [
    { year: 2023, art: "beloeb", niveau: "konto", name: "5.28.20", value: 1200000 },
    { year: 2023, art: "haap", niveau: "foranstaltning", name: "Plejefamilie", value: 6 },
    { year: 2023, art: "haap", niveau: "foranstaltning", name: "Opholdssted", value: 4 },
    { year: 2024, art: "beloeb", niveau: "konto", name: "5.28.20", value: 1320000 },
    { year: 2024, art: "haap", niveau: "foranstaltning", name: "Plejefamilie", value: 11 },
  ];
  const s = yearSeries(history, regnskab.value, 2025, 2022);

  it("reads the regnskab table", () => {
    expect(regnskab.problems).toEqual([]);
    expect(regnskab.value[2]).toEqual({ konto: "5.28.20", year: 2022, regnskab: 1100000, budget: 1000000 });
  });

  it("amount, HÅP, GNS-pris and index per year; a year without data is null, never 0", () => {
    expect(s.map((p) => [p.year, p.beloeb, p.haap, p.gnsPris, p.source])).toEqual([
      [2021, 1000000, null, null, "regnskab"],
      [2022, 1100000, null, null, "regnskab"],
      [2023, 1200000, 10, 120000, "aarsafslutning"],
      [2024, 1320000, 11, 120000, "aarsafslutning"],
      [2025, null, null, null, null],
    ]);
    const idx = s.map((p) => (p.indeks.ok ? Math.round(p.indeks.value * 100) / 100 : p.indeks.problem.message));
    expect(idx).toEqual([90.91, 100, 109.09, 120, "der er ingen tal for 2025 (hverken gemt ved årsafslutning eller i regnskabstabellen)"]);
  });
});

describe("kontoHistories — the backtest's input from the Forbrug table", () => {
  it("splits months by year, a running year keeps its first months, past budgets come from the regnskab table", () => {
    const months = [...Array.from({ length: 12 }, (_, i) => ({ y: 2024, m: i + 1 })), { y: 2025, m: 1 }, { y: 2025, m: 2 }];
    const [k] = kontoHistories(
      { months, rows: [{ konto: "5.28.20", values: [...new Array<number>(12).fill(100), 110, 120] }] },
      [{ konto: "5.28.20", year: 2024, regnskab: 1200, budget: 1000 }],
    );
    expect(k.years).toEqual([{ year: 2024, months: new Array<number>(12).fill(100), budget: 1000 }, { year: 2025, months: [110, 120] }]);
  });
});
