// Comparison with peer kommuner (docs/domain.md §8), counted by hand.
import { anbragtePersoner, compareWithPeers, ownFigures, readPeerTable, type CaseRow, type Unit } from "../../src/core";
import { d } from "./builders";

const row = (n: number, cpr: string, foranstaltning: string, takst: number, enhed: Unit, start: string, stop = ""): CaseRow => ({
  row: n, cpr, navn: "", foranstaltning, konto: "5.28.20", leverandoer: "", raadgiver: "", status: "aktuel",
  takst, enhed, start: d(start), stop: d(stop),
});

// 2025: A and B in foster families (1 + 184/365 HÅP, 180.000 kr.), C at an opholdssted (1 HÅP,
// 365.000 kr.), D with a kontaktperson (not a placement, 60.000 kr.). Σ 605.000 kr.
const cases = [
  row(2, "010115-4001", "Plejefamilie", 10000, "måned", "01.01.2025"),
  row(3, "010115-4002", "Plejefamilie", 10000, "måned", "01.07.2025"),
  row(4, "010110-4003", "Opholdssted", 1000, "døgn", "01.01.2025"),
  row(5, "010112-4004", "Kontaktperson", 5000, "måned", "01.01.2025"),
];

describe("ownFigures", () => {
  it("udgift pr. 0-22-årig, andel i plejefamilie by HÅP, GNS-pris pr. anbragt", () => {
    const own = ownFigures(cases, 2025, 1000);
    expect(own.udgiftPr022).toBeCloseTo(605, 9);
    expect(own.andelPlejefamilie).toBeCloseTo((365 + 184) / (2 * 365 + 184), 12); // 549 / 914
    expect(own.gnsPrisAnbragt).toBeCloseTo((545000 * 365) / 914, 6); // 217.642,23
  });

  it("gives null without a population or without placements", () => {
    expect(ownFigures(cases, 2025, null).udgiftPr022).toBeNull();
    expect(ownFigures(cases, 2025, null).anbragtePr1000).toBeNull();
    expect(ownFigures([cases[3]], 2025, 1000)).toEqual({ udgiftPr022: 60, anbragtePr1000: 0, andelPlejefamilie: null, gnsPrisAnbragt: null });
  });

  it("anbragte pr. 1.000 0-22-årige: distinct persons in anbringelse at the year's end ÷ population × 1.000", () => {
    // A, B (plejefamilie) and C (opholdssted) on 31.12.2025; D's kontaktperson is no anbringelse: 3 / 1.000 × 1.000 = 3.
    expect(ownFigures(cases, 2025, 1000).anbragtePr1000).toBe(3);
    expect(ownFigures(cases, 2025, 1500).anbragtePr1000).toBe(2);
    // A person with two placements counts once (C also at a plejefamilie, cpr spelt without the dash);
    // a case stopped before the date does not count; a row without cpr is a person of its own.
    const more = [
      ...cases,
      row(6, "0101104003", "Plejefamilie", 9000, "måned", "01.06.2025"),
      row(7, "010115-4005", "Døgninstitution", 2000, "døgn", "01.01.2025", "30.11.2025"),
      { ...row(8, "", "Opholdssted", 1000, "døgn", "01.01.2025"), cpr: null },
    ];
    expect(anbragtePersoner(more, d("31.12.2025"))).toBe(4);
    expect(anbragtePersoner(more, d("30.11.2025"))).toBe(5);
    expect(anbragtePersoner(more, d("31.12.2024"))).toBe(0);
  });
});

describe("readPeerTable and compareWithPeers", () => {
  const parsed = readPeerTable({
    header: ["Kommune", "Nøgletal", "Værdi"],
    rows: [
      ["Aby (fiktiv)", "Udgift pr. 0-22-årig", "700"],
      ["Bby (fiktiv)", "udgift pr 0-22 årige", 500],
      ["Aby (fiktiv)", "Andel i plejefamilie", "55 %"],
      ["Bby (fiktiv)", "andel i plejefamilie", 0.65],
      ["Aby (fiktiv)", "Antal anbragte", 120],
      ["Bby (fiktiv)", "GNS-pris pr. anbragt", "250.000"],
      ["Aby (fiktiv)", "gns pris pr anbragt", "kr. 200.000"],
      ["Cby (fiktiv)", "Udgift pr. 0-22-årig", "ca. 500"],
      ["Cby (fiktiv)", "Antal anbragte", 80],
    ],
  });

  it("reads known names in their usual spellings and keeps the others once with their values, never guessed", () => {
    expect(parsed.value.figures).toHaveLength(6);
    expect(parsed.value.unknownNames).toEqual(["Antal anbragte"]);
    expect(parsed.value.others).toEqual([{ name: "Antal anbragte", peers: [{ kommune: "Aby (fiktiv)", vaerdi: 120 }, { kommune: "Cby (fiktiv)", vaerdi: 80 }] }]);
    expect(parsed.problems.map((p) => p.message)).toEqual([
      "Række 9, Værdi: ca. 500 er ikke et gyldigt beløb",
      `Disse nøgletal kan ikke beregnes ud fra sagerne: "Antal anbragte" — skriv kommunens eget tal i den gule celle på arket Sammenligning`,
    ]);
  });

  it("compares a figure it cannot compute with the kommune's own typed figure, and never fills it in otherwise", () => {
    const all = compareWithPeers(parsed.value.figures, ownFigures(cases, 2025, 1000), parsed.value.others);
    expect(all.map((c) => [c.name, c.kind])).toEqual([
      ["Udgift pr. 0-22-årig", "beloeb"], ["Anbragte pr. 1.000 0-22-årige", "pr1000"], ["Andel af anbragte i plejefamilie", "andel"],
      ["GNS-pris pr. anbragt", "beloeb"], ["Antal anbragte", "pr1000"],
    ]);
    expect(all[4]).toMatchObject({ id: null, own: null, peerMean: 100, rank: null, difference: null });
    const typed = compareWithPeers(parsed.value.figures, ownFigures(cases, 2025, 1000), parsed.value.others, { "Antal anbragte": 90 });
    expect(typed[4]).toMatchObject({ own: 90, rank: 2, difference: -10 });
  });

  it("ranks the own figure among the peers (1 = lowest) and gives the difference to their mean", () => {
    const [udgift, , andel, gns] = compareWithPeers(parsed.value.figures, ownFigures(cases, 2025, 1000));
    expect(udgift).toMatchObject({ name: "Udgift pr. 0-22-årig", peerMean: 600, rank: 2 });
    expect(udgift.difference).toBeCloseTo(5, 9);
    expect(andel.peerMean).toBeCloseTo(0.6, 12);
    expect(andel.rank).toBe(2);
    expect(andel.difference).toBeCloseTo(549 / 914 - 0.6, 12);
    expect(gns).toMatchObject({ peerMean: 225000, rank: 2 });
    expect(gns.difference).toBeCloseTo((545000 * 365) / 914 - 225000, 6);
  });

  it("names a missing column", () => {
    expect(readPeerTable({ header: ["Kommune", "Værdi"], rows: [] }).problems[0].message).toBe('Tabellen "Sammenligning" mangler kolonnen "Nøgletal"');
  });
});
