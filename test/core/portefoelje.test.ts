// Case workers over time (docs/domain.md §9): per rådgiver now, at earlier versions of the case
// table, and the change — against the hand counts of test/support/raadgiverHistorik.ts.
import { adviserChanges, adviserCounts } from "../../src/core";
import { LAST_MONTH, LAST_QUARTER, NOW } from "../support/raadgiverHistorik";

describe("adviserCounts", () => {
  it("counts cases, persons (each once), HÅP and disposed amount per rådgiver in the year", () => {
    const c = adviserCounts(NOW, 2025);
    expect([...c.keys()]).toEqual(["AKJ", "BMH"]);
    expect(c.get("AKJ")).toEqual({ sager: 2, personer: 2, haap: expect.closeTo(1 + 184 / 365, 12), disposed: 1_500_000 });
    expect(c.get("BMH")).toEqual({ sager: 1, personer: 1, haap: 1, disposed: 360_000 });
    expect(adviserCounts(NOW, 2023).size).toBe(0);
  });
});

describe("adviserChanges", () => {
  const rows = adviserChanges(NOW, [LAST_MONTH, LAST_QUARTER], 2025);
  const by = (r: string) => rows.find((x) => x.raadgiver === r)!;

  it("lists the rådgivere of now first, then those who had cases only before", () => {
    expect(rows.map((r) => r.raadgiver)).toEqual(["AKJ", "BMH", "CLS"]);
  });

  it("gives the change since last month", () => {
    expect(by("AKJ").change[0]).toEqual({ sager: 1, personer: 1, haap: expect.closeTo(184 / 365, 12), disposed: 300_000 });
    expect(by("BMH").change[0]).toEqual({ sager: -1, personer: -1, haap: expect.closeTo(-181 / 365, 12), disposed: -120_000 });
    expect(by("CLS")).toEqual({
      raadgiver: "CLS", now: { sager: 0, personer: 0, haap: 0, disposed: 0 },
      then: [{ sager: 1, personer: 1, haap: 1, disposed: 120_000 }, { sager: 0, personer: 0, haap: 0, disposed: 0 }],
      change: [{ sager: -1, personer: -1, haap: -1, disposed: -120_000 }, { sager: 0, personer: 0, haap: 0, disposed: 0 }],
    });
  });

  it("gives the change since the same month last quarter, when a case moved between rådgivere", () => {
    expect(by("AKJ").change[1]).toEqual({ sager: 2, personer: 2, haap: expect.closeTo(1 + 184 / 365, 12), disposed: 1_500_000 });
    expect(by("BMH").change[1]).toEqual({ sager: 0, personer: 0, haap: 0, disposed: 360_000 - 1_200_000 });
  });
});
