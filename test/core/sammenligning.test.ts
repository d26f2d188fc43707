// Comparison with peer kommuner (docs/domain.md §8), counted by hand.
import { compareWithPeers, ownFigures, readPeerTable, type CaseRow, type Unit } from "../../src/core";
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
    expect(ownFigures([cases[3]], 2025, 1000)).toEqual({ udgiftPr022: 60, andelPlejefamilie: null, gnsPrisAnbragt: null });
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

  it("reads known names in their usual spellings and lists the unknown ones once, never guessed", () => {
    expect(parsed.value.figures).toHaveLength(6);
    expect(parsed.value.unknownNames).toEqual(["Antal anbragte"]);
    expect(parsed.problems.map((p) => p.message)).toEqual([
      "Række 9, Værdi: ca. 500 er ikke et gyldigt beløb",
      `Disse nøgletal kendes ikke og er ikke brugt: "Antal anbragte" — brug udgift pr. 0-22-årig, andel af anbragte i plejefamilie eller GNS-pris pr. anbragt`,
    ]);
  });

  it("ranks the own figure among the peers (1 = lowest) and gives the difference to their mean", () => {
    const [udgift, andel, gns] = compareWithPeers(parsed.value.figures, ownFigures(cases, 2025, 1000));
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
