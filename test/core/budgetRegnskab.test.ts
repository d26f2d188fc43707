// docs/domain.md §9 "Budget against regnskab per year": the worked example and hand calculations.
import { budgetAgainstRegnskab, type RegnskabRow } from "../../src/core";

const row = (konto: string, year: number, budget: number | undefined, regnskab: number): RegnskabRow =>
  budget === undefined ? { konto, year, regnskab } : { konto, year, budget, regnskab };

describe("budgetAgainstRegnskab", () => {
  it("gives docs/domain.md §9's example: afvigelse 400.000 (4,0 %) and 1.050.000 (10,0 %), index 111,1 and 105,0", () => {
    const r = budgetAgainstRegnskab([row("5.28.21", 2022, 10_000_000, 10_400_000), row("5.28.21", 2023, 10_500_000, 11_550_000)], 2022);
    const [y22, y23] = r.totals;
    expect(r.years).toEqual([2022, 2023]);
    expect(y22).toEqual({ konto: null, year: 2022, budget: 10_000_000, regnskab: 10_400_000, afvigelse: 400_000, afvigelsePct: 0.04, indeksBudget: 100, indeksRegnskab: 100 });
    expect(y23.afvigelse).toBe(1_050_000);
    expect(y23.afvigelsePct).toBeCloseTo(0.1, 12);
    // 11.550.000 / 10.400.000 × 100 = 111,0577; 10.500.000 / 10.000.000 × 100 = 105.
    expect(y23.indeksRegnskab).toBeCloseTo(111.0577, 4);
    expect(y23.indeksBudget).toBeCloseTo(105, 12);
    expect(r.konti.map((l) => [l.konto, l.year, l.afvigelse])).toEqual([["5.28.21", 2022, 400_000], ["5.28.21", 2023, 1_050_000]]);
  });

  it("adds konti per year, indexes each konto against its own base year, and adds rows of the same konto and year", () => {
    const r = budgetAgainstRegnskab([
      row("5.28.23", 2023, 2_000_000, 1_800_000),
      row("5.28.21", 2023, 1_000_000, 1_200_000),
      row("5.28.21", 2022, 1_000_000, 900_000),
      row("5.28.23", 2022, 1_500_000, 1_500_000),
      row("5.28.23", 2022, 500_000, 600_000), // a second line of 5.28.23 in 2022: added
    ], 2022);
    // 2022: budget 1.000.000 + 2.000.000 = 3.000.000, regnskab 900.000 + 2.100.000 = 3.000.000 → afvigelse 0.
    // 2023: budget 3.000.000, regnskab 3.000.000 → 0; index 100 for both.
    expect(r.totals.map((t) => [t.year, t.budget, t.regnskab, t.afvigelse, t.indeksBudget, t.indeksRegnskab]))
      .toEqual([[2022, 3_000_000, 3_000_000, 0, 100, 100], [2023, 3_000_000, 3_000_000, 0, 100, 100]]);
    // 5.28.21 2023: afvigelse 200.000 = 20 %; regnskab index 1.200.000 / 900.000 = 133,33; 5.28.23 2023: −200.000 = −10 %, 1.800.000 / 2.100.000 = 85,71.
    const k = (konto: string, year: number) => r.konti.find((l) => l.konto === konto && l.year === year)!;
    expect(r.konti.map((l) => `${l.konto} ${l.year}`)).toEqual(["5.28.21 2022", "5.28.21 2023", "5.28.23 2022", "5.28.23 2023"]);
    expect(k("5.28.21", 2023).afvigelsePct).toBeCloseTo(0.2, 12);
    expect(k("5.28.21", 2023).indeksRegnskab).toBeCloseTo(133.3333, 4);
    expect(k("5.28.23", 2022).budget).toBe(2_000_000);
    expect(k("5.28.23", 2023).afvigelse).toBe(-200_000);
    expect(k("5.28.23", 2023).afvigelsePct).toBeCloseTo(-0.1, 12);
    expect(k("5.28.23", 2023).indeksRegnskab).toBeCloseTo(85.7143, 4);
  });

  it("leaves budget figures empty where the table has no budget, and the index where the base year is missing or 0", () => {
    const r = budgetAgainstRegnskab([
      row("A", 2022, 0, 100), row("A", 2023, 500, 300),
      row("B", 2023, undefined, 50),
    ], 2021);
    const [y22, y23] = r.totals;
    expect(y22.afvigelse).toBe(100);
    expect(y22.afvigelsePct).toBeNull(); // budget 0
    expect(y23.budget).toBeNull(); // B has no budget in 2023: the year's budget is not whole
    expect(y23.afvigelse).toBeNull();
    expect(y23.regnskab).toBe(350);
    expect(y23.indeksRegnskab).toBeNull(); // no 2021 in the table
    const b = budgetAgainstRegnskab([row("A", 2022, 0, 100), row("A", 2023, 500, 300)], 2022);
    expect(b.totals[1].indeksBudget).toBeNull(); // base budget 0
    expect(b.totals[1].indeksRegnskab).toBe(300);
  });
});
