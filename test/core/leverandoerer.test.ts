// Providers per year (docs/domain.md §9), against a hand calculation for 2025 (365 days).
import {
  leverandoerYear, leverandoerTypesOfCaseTable, parseLeverandoerType, readLeverandoerTypes, type LeverandoerType,
} from "../../src/core";
import { CASES, TYPES } from "../support/leverandoerer";

describe("leverandoerYear", () => {
  const o = leverandoerYear(CASES, 2025, TYPES);

  it("gives per leverandør cases, persons, HÅP, amount and GNS-pris, largest first", () => {
    expect(o.leverandoerer.map((l) => [l.leverandoer, l.type, l.privat, l.sager, l.personer, l.disposed])).toEqual([
      ["Solbakken", "ekstern", false, 3, 2, 1_291_000],
      ["Plejefamilien Holm", null, true, 1, 1, 180_000],
      ["Familiecentret", "intern", true, 1, 1, 36_000],
    ]);
    const [sol, holm, fam] = o.leverandoerer;
    expect(sol.haap).toBeCloseTo(1 + 31 / 365, 12);
    expect(sol.gnsPris).toBeCloseTo(1_291_000 / (1 + 31 / 365), 6);
    expect(holm.haap).toBeCloseTo(181 / 365, 12);
    expect(fam.haap).toBeCloseTo(90 / 365, 12);
    expect(fam.gnsPris).toBeCloseTo(36_000 / (90 / 365), 6);
  });

  it("a leverandør is private when any of its cases may be a private person's, also a case of another year", () => {
    // A network family's case with Solbakken in 2024 (ended before 2025): Solbakken is private in 2025 too,
    // as in Portefølje and a shared file, which read all the cases (core privateLeverandoerer).
    const earlier = { ...CASES.find((c) => c.leverandoer === "Solbakken")!, row: 99, foranstaltning: "Netværksplejefamilie", start: 45292, stop: 45600 };
    const solbakken = leverandoerYear([...CASES, earlier], 2025, TYPES).leverandoerer.find((l) => l.leverandoer === "Solbakken")!;
    expect([solbakken.privat, solbakken.sager]).toEqual([true, 3]);
  });

  it("counts each person once in the total and gives the external share of the amount", () => {
    expect(o.total.sager).toBe(5);
    expect(o.total.personer).toBe(4);
    expect(o.total.haap).toBeCloseTo(1 + 302 / 365, 12);
    expect(o.total.disposed).toBe(1_507_000);
    expect(o.byType).toEqual({ ekstern: 1_291_000, intern: 36_000, ukendt: 180_000 });
    expect(o.eksternAndel).toBeCloseTo(1_291_000 / 1_507_000, 12);
  });

  it("has no share and no GNS-pris where nothing is disposed", () => {
    const none = leverandoerYear(CASES, 2023, TYPES);
    expect(none.leverandoerer).toEqual([]);
    expect(none.eksternAndel).toBeNull();
    expect(none.total.gnsPris).toBeNull();
  });
});

describe("the type per leverandør", () => {
  test.each<[unknown, LeverandoerType | null]>([
    ["intern", "intern"], ["Ekstern", "ekstern"], ["Ekstern leverandør", "ekstern"], [" INTERNT ", "intern"], ["kommunal", "intern"],
    ["privat", "ekstern"], ["", null], ["måske", null], [1, null],
  ])("%p → %p", (text, type) => expect(parseLeverandoerType(text)).toBe(type));

  it("from the table Leverandører, by name ignoring case and spacing; a bad type is a problem at its cell", () => {
    const read = readLeverandoerTypes({
      header: ["Leverandør", "Type"],
      rows: [["Solbakken", "ekstern"], ["  familiecentret", "Intern"], ["Lyngly", "halvt"], ["", ""]],
    });
    expect([...read.value]).toEqual([["solbakken", "ekstern"], ["familiecentret", "intern"]]);
    expect(read.problems).toEqual([expect.objectContaining({ row: 4, col: 1, severity: "fejl", message: 'Række 4, Type: "halvt" er ikke en leverandørtype; skriv intern eller ekstern' })]);
    expect(readLeverandoerTypes({ header: ["Navn", "Slags"], rows: [] }).problems.map((p) => p.message)).toEqual(['Tabellen "Leverandører" mangler kolonnen "Type"']);
  });

  it("from a column of the case table, or none when it has no such column", () => {
    const t = { header: ["Cpr-nr.", "Leverandør", "Intern/ekstern"], rows: [["010190-1234", "Solbakken", "ekstern"], ["020290-2345", "Lyngly", "intern"]] };
    expect([...leverandoerTypesOfCaseTable(t)!.value]).toEqual([["solbakken", "ekstern"], ["lyngly", "intern"]]);
    expect(leverandoerTypesOfCaseTable({ header: ["Cpr-nr.", "Leverandør", "Type"], rows: [] })).toBeNull();
  });
});
