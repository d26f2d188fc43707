// core/prognoseFigures.ts: the follow-up's figures per konto, type and område (docs/domain.md §5),
// on the fixture whose hand calculations stand in test/support/prognoseFixture.ts.
import { poolPrice, prognoseFigures, riskRest } from "../../src/core";
import { fixtureData, fixtureSettings } from "../support/prognoseFixture";

describe("prognoseFigures", () => {
  const data = fixtureData();

  test("risk for November–December 2025: 69.000 (from 15.11) + 30.000 (counts from 01.11) + 0 (starts 2026) = 99.000", () => {
    expect(riskRest(data.risk, 2025, 10)).toBeCloseTo(99_000, 6);
  });

  test("the pool's price per month of 5.28.24: HÅP-weighted GNS-pris 500.000 ÷ 12 = 41.666,67", () => {
    expect(poolPrice(data.assumptions, "5.28.24")).toBeCloseTo(500_000 / 12, 6);
    expect(poolPrice(data.assumptions, "9.99.99")).toBe(0);
  });

  test("booked through October: 5.28.20 disposes 2 × (30.000 + 36.000) = 132.000 for the rest of the year, 5.28.23 carries the risk", () => {
    const { figures, problems } = prognoseFigures(data, fixtureSettings(), undefined, false);
    expect(figures.k).toBe(10);
    const by = new Map(figures.kontos.map((f) => [f.konto, f]));
    expect(by.get("5.28.20")!.disponeretRest).toBeCloseTo(132_000, 6);
    // Opholdssted's risk cases belong to its konto 5.28.23 (Budgetforudsætninger).
    expect(by.get("5.28.23")!.risiko).toBeCloseTo(99_000, 6);
    expect(by.get("5.28.20")!.risiko).toBe(0);
    // Konto 0 books 100.000 + 1.000 × month index; January–October 2025 are indexes 12–21.
    expect(by.get("5.28.20")!.forbrugTilDato).toBe(10 * 100_000 + 1_000 * (12 + 21) * 5);
    expect(problems.filter((p) => p.severity !== "advarsel")).toEqual([]);
  });

  test("a typed disposed rest counts only where the Prognose sheet has no disponeringsark to link to", () => {
    const typed = { disponeret: { "5.28.20": 1 } };
    const unlinked = prognoseFigures(data, fixtureSettings(), typed, false).figures.kontos[0];
    const linked = prognoseFigures(data, fixtureSettings(), typed, true).figures.kontos[0];
    expect(unlinked.disponeretRest).toBe(1);
    expect(linked.disponeretRest).toBeCloseTo(132_000, 6);
  });
});
