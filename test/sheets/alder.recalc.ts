// "Metodevalg", "Overgang 18 år" and "Sammenligning" written to .xlsx and recalculated by HyperFormula:
// the native formulas give what core computes and the hand-counted figures of the core tests.
import {
  anbragtePersoner, backtest, compareWithPeers, disposedAmount, ownFigures, overgange18, readPeerTable, yearEnd, yearStart, type CaseRow, type Unit,
} from "../../src/core";
import { buildMetodevalg, NOT_TESTABLE } from "../../src/sheets/metodevalg";
import { buildOvergang } from "../../src/sheets/overgang";
import { buildSammenligning } from "../../src/sheets/sammenligning";
import { recalcXlsx, writeForRecalc } from "../support/recalc";
import { d } from "../core/builders";

const flat = (v: number) => new Array<number>(12).fill(v);
const row = (n: number, cpr: string, foranstaltning: string, takst: number, enhed: Unit, start: string, stop = ""): CaseRow => ({
  row: n, cpr, navn: `Ung ${n}`, foranstaltning, konto: "5.28.20", leverandoer: "", raadgiver: "", status: "aktuel",
  takst, enhed, start: d(start), stop: d(stop),
});

describe("Metodevalg 2026 recalculated", () => {
  it("suggests the method with the smallest mean error per konto — 12-dele for one, the moving average for the other", async () => {
    const results = backtest([
      { konto: "5.28.20", years: [{ year: 2024, months: flat(110), budget: 1200 }, { year: 2025, months: flat(210), budget: 2400 }] },
      { konto: "5.28.21", years: [{ year: 2024, months: flat(100), budget: 600 }, { year: 2025, months: flat(100), budget: 600 }] },
      { konto: "5.28.22", years: [{ year: 2025, months: flat(100) }] },
    ]);
    const { spec, layout } = buildMetodevalg({ year: 2026, results, generatedOn: 46000 });
    expect(spec.name).toBe("Metodevalg 2026");
    const wb = await recalcXlsx(await writeForRecalc([spec]));
    const s = layout.sheetName;
    const r = layout.firstRow;
    expect(wb.at(s, r, layout.suggestionCol)).toBe("Periodisering i 12-dele");
    expect(wb.at(s, r, layout.errorCol) as number).toBeCloseTo((450 / 1320 + 450 / 2520) / 18, 12);
    expect(wb.at(s, r + 1, layout.suggestionCol)).toBe("12-måneders glidende gennemsnit");
    expect(wb.at(s, r + 1, layout.errorCol)).toBe(0);
    expect(wb.at(s, r + 2, layout.suggestionCol)).toBe(NOT_TESTABLE); // no budget, no year before
    expect(wb.at(s, r, layout.methodCol)).toBe(NOT_TESTABLE); // disponering
    expect(wb.at(s, r, 1)).toBe("2024, 2025");
  });
});

describe("Overgang 18 år 2026 recalculated", () => {
  const cases = [
    row(2, "150608-4123", "Opholdssted", 30000, "måned", "01.01.2025"), // 18 on 15.06.2026
    row(3, "150608-4123", "Kontaktperson", 3000, "måned", "01.01.2025"),
    row(4, "010310-4222", "Plejefamilie", 2000, "døgn", "01.01.2025"), // 18 on 01.03.2028
  ];
  const youths = overgange18(cases, 2026, d("01.01.2026"));

  it("lists the youths and sums the effect of the \"ja\" rows only, keeping earlier answers", async () => {
    const { spec, layout } = buildOvergang({ year: 2026, youths, generatedOn: 46000, answers: new Map([["150608-4123", "ja"]]) });
    expect(spec.name).toBe("Overgang 18 år 2026");
    const wb = await recalcXlsx(await writeForRecalc([spec]));
    const s = layout.sheetName;
    expect(wb.at(s, layout.rows[0], 2)).toBe(46188); // 15.06.2026 as a serial
    expect(wb.at(s, layout.rows[0], 3)).toBe("Opholdssted (anbringelse); Kontaktperson (øvrig)");
    expect(wb.at(s, layout.rows[0], layout.answerCol)).toBe("ja");
    // All: 196.000 + 0 | 360.000 + 0 | 360.000 + 612.000; "ja" only: the first youth.
    expect(wb.at(s, layout.totalRow, layout.effectCol + 2) as number).toBeCloseTo(972000, 6);
    expect(wb.at(s, layout.totalRow + 1, layout.effectCol) as number).toBeCloseTo(196000, 6);
    expect(wb.at(s, layout.totalRow + 1, layout.effectCol + 2) as number).toBeCloseTo(360000, 6);
    expect(wb.at(s, layout.totalRow + 1, layout.answerCol)).toBe(1);
    expect(wb.at(s, layout.totalRow + 2, layout.answerCol)).toBe(1); // one unanswered
  });
});

describe("Sammenligning 2025 recalculated", () => {
  const cases = [
    row(2, "010115-4001", "Plejefamilie", 10000, "måned", "01.01.2025"),
    row(3, "010115-4002", "Plejefamilie", 10000, "måned", "01.07.2025"),
    row(4, "010110-4003", "Opholdssted", 1000, "døgn", "01.01.2025"),
    row(5, "010112-4004", "Kontaktperson", 5000, "måned", "01.01.2025"),
  ];
  const peers = readPeerTable({
    header: ["Kommune", "Nøgletal", "Værdi"],
    rows: [
      ["Aby (fiktiv)", "Udgift pr. 0-22-årig", 700], ["Bby (fiktiv)", "Udgift pr. 0-22-årig", 500],
      ["Aby (fiktiv)", "Andel i plejefamilie", 0.55], ["Bby (fiktiv)", "Andel i plejefamilie", 0.65],
      ["Aby (fiktiv)", "GNS-pris pr. anbragt", 200000], ["Bby (fiktiv)", "GNS-pris pr. anbragt", 250000],
      ["Aby (fiktiv)", "Anbragte pr. 1.000 0-22-årige", "2,5"], ["Bby (fiktiv)", "Anbragte pr. 1.000 0-22-årige", 4],
      ["Bby (fiktiv)", "Antal anbragte", 80],
    ],
  }).value;
  const build = (population: number | null) => buildSammenligning({
    year: 2025, generatedOn: 46000, totalDisposed: disposedAmount(cases, yearStart(2025), yearEnd(2025)), population,
    anbragte: { personer: anbragtePersoner(cases, yearEnd(2025)), dato: yearEnd(2025) },
    comparisons: compareWithPeers(peers.figures, ownFigures(cases, 2025, population), peers.others), unknownNames: peers.unknownNames,
  });

  it("gives own figure, peers' mean, difference and rank as core does (population typed in: 1.000)", async () => {
    const { spec, layout } = build(1000);
    const wb = await recalcXlsx(await writeForRecalc([spec]));
    const s = layout.sheetName;
    const core = compareWithPeers(peers.figures, ownFigures(cases, 2025, 1000), peers.others);
    expect(core).toHaveLength(5);
    layout.blocks.slice(0, 4).forEach((b, i) => {
      expect(wb.at(s, b.ownRow, 1) as number).toBeCloseTo(core[i].own!, 3);
      expect(wb.at(s, b.meanRow, 1) as number).toBeCloseTo(core[i].peerMean!, 6);
      expect(wb.at(s, b.diffRow, 1) as number).toBeCloseTo(core[i].difference!, 3);
      expect(wb.at(s, b.rankRow, 1)).toBe(core[i].rank);
    });
    expect(wb.at(s, layout.blocks[0].ownRow, 1) as number).toBeCloseTo(605, 9); // 605.000 / 1.000
    // A, B and C in anbringelse on 31.12.2025: 3 / 1.000 × 1.000 = 3 against the peers' 2,5 and 4 (mean 3,25, rank 2).
    expect(layout.blocks[1].id).toBe("anbragtePr1000");
    expect(wb.at(s, layout.blocks[1].ownRow, 1)).toBe(3);
    expect(wb.at(s, layout.blocks[1].meanRow, 1)).toBe(3.25);
    expect(wb.at(s, layout.blocks[1].rankRow, 1)).toBe(2);
    // "Antal anbragte" cannot be computed: a yellow cell for the kommune's own figure, never a text.
    const other = layout.blocks[4];
    expect(wb.at(s, other.ownRow, 1)).toBeNull();
    expect(spec.formats).toContainEqual(expect.objectContaining({ rect: { row: other.ownRow, col: 1, rows: 1, cols: 1 }, style: "input" }));
    expect(wb.at(s, other.rankRow, 1)).toBe("");
    wb.hf.setCellContents({ sheet: wb.hf.getSheetId(s)!, row: other.ownRow, col: 1 }, 70);
    expect([wb.at(s, other.diffRow, 1), wb.at(s, other.rankRow, 1)]).toEqual([-10, 1]);
    expect(wb.at(s, layout.unknownRow + 1, 0)).toBe("Antal anbragte");
    expect(spec.charts).toHaveLength(5);
  });

  it("says what is missing instead of an error when the population is not typed in", async () => {
    const { spec, layout } = build(null);
    const wb = await recalcXlsx(await writeForRecalc([spec]));
    const b = layout.blocks[0];
    expect(wb.at(layout.sheetName, b.ownRow, 1)).toBe("mangler antal 0-22-årige");
    expect(wb.at(layout.sheetName, b.diffRow, 1)).toBe("");
    expect(wb.at(layout.sheetName, b.rankRow, 1)).toBe("");
  });
});
