// core/portefoelje.ts: per rådgiver the year's cases, HÅP, disposed amount and GNS-pris, counted by
// hand on the small kommune (2025): A 30.000/md all year + 10.000/md jan–mar (AKJ); B 3.000/døgn
// from 01.07, 184 days, and C 8.000/md jan–jun (BMH); D 7.000/uge in March, 31 days (CLS).
import { adviserPortfolio, mostExpensive, NO_ADVISER } from "../../src/core";
import { smallKommune } from "../support/smallKommune";

describe("adviserPortfolio", () => {
  it("gives each rådgiver's figures, each person once in HÅP", () => {
    const p = adviserPortfolio(smallKommune(), 2025, 1);
    expect(p.map((x) => [x.raadgiver, x.sager, x.disposed])).toEqual([
      ["AKJ", 2, 360_000 + 30_000],
      ["BMH", 2, 3_000 * 184 + 8_000 * 6],
      ["CLS", 1, 1_000 * 31],
    ]);
    // A's overlapping rows are one person all year: HÅP 1. B and C: (184 + 181) ÷ 365 = 1. D: 31 ÷ 365.
    expect(p.map((x) => x.haap)).toEqual([1, 1, 31 / 365]);
    expect(p[0].gnsPris).toBe(390_000);
    expect(p[2].gnsPris).toBeCloseTo(31_000 / (31 / 365), 6);
    expect(p.map((x) => x.top.map((t) => t.amount))).toEqual([[360_000], [552_000], [31_000]]);
  });

  it("puts cases without a rådgiver under one label, and a rådgiver with no day in the year (2024: before every start) has no GNS-pris", () => {
    const cases = smallKommune().map((c) => ({ ...c, raadgiver: "" }));
    expect(adviserPortfolio(cases, 2025).map((x) => [x.raadgiver, x.sager])).toEqual([[NO_ADVISER, 5]]);
    expect(adviserPortfolio(smallKommune(), 2024).map((x) => [x.sager, x.haap, x.gnsPris])).toEqual([[0, 0, null], [0, 0, null], [0, 0, null]]);
  });
});

describe("mostExpensive", () => {
  it("orders by the year's amount, most expensive first", () => {
    expect(mostExpensive(smallKommune(), 2025, 3).map((x) => [x.case.navn, x.amount])).toEqual([["B", 552_000], ["A", 360_000], ["C", 48_000]]);
  });
});
