// doegnskemaTotals: docs/domain.md §4 hours per week/year, the difference to the granted hours, bad rows.
import { doegnskemaTotals } from "../../src/core";

describe("doegnskemaTotals", () => {
  it("sums hours per week and year and prices the difference", () => {
    // 30×7/60 = 3,5 + 45×5/3/60 = 1,25 + 60×2/60 = 2 → 6,75 h/week; granted 5 → 1,75 × 365/7 = 91,25 h/year × 500 = 45.625 kr.
    const r = doegnskemaTotals([
      { hyppighed: "Alle ugens 7 dage", minutter: 30, normering: "1:1" },
      { hyppighed: "Hverdage", minutter: 45, normering: "1:3" },
      { hyppighed: "Weekend", minutter: 60, normering: "" },
    ], 5, 500);
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.value.rows).toEqual([3.5, 1.25, 2]);
    expect(r.value.perWeek).toBe(6.75);
    expect(r.value.perYear).toBeCloseTo(351.964286, 6);
    expect(r.value.differencePerYear).toBeCloseTo(91.25, 10);
    expect(r.value.differenceKr).toBeCloseTo(45625, 6);
  });
  it("names the row of a ratio without a number", () => {
    const r = doegnskemaTotals([{ hyppighed: "Dagligt", minutter: 10, normering: "1:1" }, { hyppighed: "Dagligt", minutter: 10, normering: "1:flere" }], 0, 0);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.row).toBe(2);
      expect(r.problem.message).toBe("Række 2: 1:flere: angiv hvor mange borgere én medarbejder deler sig imellem, fx 1:3");
    }
  });
  it("rejects an unknown frequency and negative minutes", () => {
    const f = doegnskemaTotals([{ hyppighed: "hver anden dag", minutter: 10, normering: "1:1" }], 0, 0);
    expect(f.ok ? null : f.problem.code).toBe("ata.frequency");
    const m = doegnskemaTotals([{ hyppighed: "Dagligt", minutter: -5, normering: "1:1" }], 0, 0);
    expect(m.ok ? null : m.problem.message).toBe("Række 1: -5 er ikke et gyldigt antal minutter");
  });
});
