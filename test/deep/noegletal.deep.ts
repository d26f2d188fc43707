// More random case tables for test/sheets/noegletal.recalc.ts (which runs seed 2, year 2025):
// three other seeds and years (2024 and 2028 are leap years).
import { randomCases } from "../support/randomCases";
import { buildNoegletalRecalculated, expectNoegletalAgreesWithCore } from "../support/noegletalRecalc";

describe("random case tables (deep)", () => {
  it.each([[1, 2024], [3, 2025], [4, 2028]])("seed %i, year %i: every month cell, subtotal, HÅP and GNS-pris equals core", async (seed, year) => {
    const cases = randomCases(seed, 120, year);
    const { d, n, wb } = await buildNoegletalRecalculated({ year, cases, generatedOn: 45000 });
    expectNoegletalAgreesWithCore(wb, d, n, cases, year);
  });
});
