// docs/domain.md §4: risk cases, pool for unknown intake, moving average, twelfths, PL, index.
import fc from "fast-check";
import {
  risikoprognose, monthsToYearEnd, lambdaFromHistory, pulje, glidendeGennemsnit, tolvtedele, plFremskrivning, indeks,
} from "../../src/core";
import { closeRel, d, problem, value } from "./builders";

describe("monthsToYearEnd (pro rata like a monthly rate)", () => {
  test.each<[string, number]>([
    ["01.01.2024", 12],
    ["01.07.2024", 6],
    ["01.12.2024", 1],
    ["31.12.2024", 1 / 31],
    ["16.11.2024", 15 / 30 + 1], // 16.11–30.11 = 15 of 30 days, then December
    ["15.02.2024", 15 / 29 + 10], // leap February: 15.02–29.02 = 15 of 29
    ["15.02.2023", 14 / 28 + 10],
  ])("%s → %d months", (start, months) => {
    expect(monthsToYearEnd(d(start))).toBeCloseTo(months, 12);
  });
});

describe("risikoprognose = Σ antal × udgift/md × sandsynlighed × måneder", () => {
  test("given months: 2 × 50.000 × 0,4 × 6 = 240.000", () => {
    expect(risikoprognose([{ antal: 2, udgiftPrMaaned: 50000, sandsynlighed: 0.4, maaneder: 6 }])).toBeCloseTo(240000, 9);
  });

  test("a start date gives the months to year end: from 01.07.2024 the same 240.000", () => {
    expect(risikoprognose([{ antal: 2, udgiftPrMaaned: 50000, sandsynlighed: 0.4, forventetStart: d("01.07.2024") }])).toBeCloseTo(
      240000,
      9,
    );
  });

  test("a start date mid-month: 1 × 60.000 × 0,5 × 1,5 (16.11.2024) = 45.000", () => {
    expect(risikoprognose([{ antal: 1, udgiftPrMaaned: 60000, sandsynlighed: 0.5, forventetStart: d("16.11.2024") }])).toBeCloseTo(
      45000,
      9,
    );
  });

  test("the start date wins over maaneder; no months means 0", () => {
    expect(
      risikoprognose([{ antal: 1, udgiftPrMaaned: 10000, sandsynlighed: 1, maaneder: 12, forventetStart: d("01.10.2024") }]),
    ).toBeCloseTo(30000, 9);
    expect(risikoprognose([{ antal: 1, udgiftPrMaaned: 10000, sandsynlighed: 1 }])).toBe(0);
  });

  test("several cases add up: 240.000 + 45.000 + 0 (probability 0)", () => {
    const total = risikoprognose([
      { antal: 2, udgiftPrMaaned: 50000, sandsynlighed: 0.4, maaneder: 6 },
      { antal: 1, udgiftPrMaaned: 60000, sandsynlighed: 0.5, forventetStart: d("16.11.2024") },
      { antal: 3, udgiftPrMaaned: 90000, sandsynlighed: 0, maaneder: 12 },
    ]);
    expect(total).toBeCloseTo(285000, 9);
    expect(risikoprognose([])).toBe(0);
  });
});

describe("pulje = Σ_{m=k+1..12} λ × pris_mdl × (12 − m + 1)", () => {
  test("k = 9, λ = 2, 50.000/md: 2 × 50.000 × (3 + 2 + 1) = 600.000", () => {
    expect(pulje(2, 50000, 9)).toBe(600000);
  });

  test("k = 0, λ = 1, 10.000/md: 10.000 × (12 + 11 + … + 1) = 10.000 × 78 = 780.000", () => {
    expect(pulje(1, 10000, 0)).toBe(780000);
  });

  test("k = 12: nothing left to pool", () => {
    expect(pulje(5, 10000, 12)).toBe(0);
  });

  test("one λ per month: k = 10, λ = [1, 3], 1.000/md → 1 × 1.000 × 2 + 3 × 1.000 × 1 = 5.000", () => {
    expect(pulje([1, 3], 1000, 10)).toBe(5000);
  });

  test("fractional λ: k = 6, λ = 0,5, 80.000/md → 0,5 × 80.000 × 21 = 840.000", () => {
    expect(pulje(0.5, 80000, 6)).toBeCloseTo(840000, 9);
  });
});

describe("lambdaFromHistory", () => {
  test("mean of the last N: [1,2,3,4,5,6], N = 3 → (4+5+6)/3 = 5 for each future month", () => {
    expect(value(lambdaFromHistory([1, 2, 3, 4, 5, 6], { kind: "gennemsnit", months: 3 }, 3))).toEqual([5, 5, 5]);
  });

  test("mean of the last 12 ignores older months", () => {
    const history = [100, 100, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    expect(value(lambdaFromHistory(history, { kind: "gennemsnit", months: 12 }, 2))).toEqual([1, 1]);
  });

  test("linear trend: [2,4,6,8] has slope 2 → 10, 12", () => {
    const l = value(lambdaFromHistory([2, 4, 6, 8], { kind: "trend" }, 2));
    expect(l[0]).toBeCloseTo(10, 12);
    expect(l[1]).toBeCloseTo(12, 12);
  });

  test("linear trend with noise: [1,3,2,4] → slope 4/5 = 0,8, at month 5: 2,5 + 0,8 × 2,5 = 4,5", () => {
    // x̄ = 2,5, ȳ = 2,5; Sxy = 2,25 − 0,25 − 0,25 + 2,25 = 4; Sxx = 5
    const l = value(lambdaFromHistory([1, 3, 2, 4], { kind: "trend" }, 2));
    expect(l[0]).toBeCloseTo(4.5, 12);
    expect(l[1]).toBeCloseTo(5.3, 12);
  });

  test("a falling trend is floored at 0 (no negative intake): [8,6,4,2] → 0, 0", () => {
    expect(value(lambdaFromHistory([8, 6, 4, 2], { kind: "trend" }, 2))).toEqual([0, 0]);
  });

  test("trend from one month is that month", () => {
    expect(value(lambdaFromHistory([3], { kind: "trend" }, 2))).toEqual([3, 3]);
  });

  test("empty history is an error", () => {
    const p = problem(lambdaFromHistory([], { kind: "trend" }, 3));
    expect(p.code).toBe("pool.history");
    expect(p.message).toBe("der er ingen historik at beregne tilgangen ud fra");
    expect(problem(lambdaFromHistory([], { kind: "gennemsnit", months: 3 }, 3)).code).toBe("pool.history");
  });

  test("λ per month feeds pulje: trend [2,4,6,8] booked to k = 10 → 10 × 1.000 × 2 + 12 × 1.000 × 1 = 32.000", () => {
    const l = value(lambdaFromHistory([2, 4, 6, 8], { kind: "trend" }, 2));
    expect(pulje(l, 1000, 10)).toBeCloseTo(32000, 9);
  });
});

describe("12-måneders glidende gennemsnit = booked(1..k) + mean(last 12 booked) × (12 − k)", () => {
  test("across a year boundary", () => {
    // 2023: 12 × 100.000; 2024 booked Jan–Mar: 130.000, 140.000, 150.000 (k = 3).
    // Last 12 months = Apr–Dec 2023 (9 × 100.000) + 420.000 = 1.320.000 → mean 110.000.
    // 420.000 + 110.000 × 9 = 1.410.000
    const history = [...new Array(12).fill(100000), 130000, 140000, 150000];
    expect(value(glidendeGennemsnit(history, 3))).toBeCloseTo(1410000, 6);
  });

  test("k = 0: last year's mean × 12", () => {
    const history = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => m * 10000); // mean 65.000
    expect(value(glidendeGennemsnit(history, 0))).toBeCloseTo(780000, 6);
  });

  test("k = 12: the booked amounts", () => {
    const history = [...new Array(12).fill(1), ...new Array(12).fill(1000)];
    expect(value(glidendeGennemsnit(history, 12))).toBe(12000);
  });

  test("fewer than 12 booked months is an error", () => {
    const p = problem(glidendeGennemsnit(new Array(11).fill(1000), 3));
    expect(p.code).toBe("prognosis.history");
    expect(p.message).toBe("kræver 12 bogførte måneder, men der er kun 11");
  });
});

describe("periodisering i 12-dele = booked(1..k) + budget/12 × (12 − k)", () => {
  test("k = 3, budget 1.800.000: 300.000 + 150.000 × 9 = 1.650.000", () => {
    expect(tolvtedele([100000, 110000, 90000], 1800000)).toBe(1650000);
  });
  test("k = 0 is the budget; k = 12 is the booked amounts", () => {
    expect(tolvtedele([], 1200000)).toBe(1200000);
    expect(tolvtedele(new Array(12).fill(5000), 1200000)).toBe(60000);
  });
});

describe("PL-fremskrivning = A × Π(1 + pl_i)", () => {
  test("1.000.000 at 2 % then 3 %: 1.020.000, 1.050.600", () => {
    const v = plFremskrivning(1000000, [0.02, 0.03]);
    expect(v).toHaveLength(2);
    expect(v[0]).toBeCloseTo(1020000, 6);
    expect(v[1]).toBeCloseTo(1050600, 6);
  });
  test("four overslagsår at 2,5 % = 1.025^4", () => {
    const v = plFremskrivning(4000000, [0.025, 0.025, 0.025, 0.025]);
    expect(v[3]).toBeCloseTo(4000000 * 1.025 ** 4, 6);
    expect(v[3]).toBeCloseTo(4415251.5625, 3);
  });
  test("no years gives no values; a negative PL deflates", () => {
    expect(plFremskrivning(100, [])).toEqual([]);
    expect(plFremskrivning(100000, [-0.01])[0]).toBeCloseTo(99000, 9);
  });
});

describe("indeks = value / base × 100", () => {
  test("105.000 vs base 100.000 = 105; 2.450.000 vs 3.900.000 ≈ 62,82", () => {
    expect(value(indeks(105000, 100000))).toBeCloseTo(105, 12);
    expect(value(indeks(2450000, 3900000))).toBeCloseTo(62.8205128, 6);
  });
  test("base 0 is an error", () => {
    const p = problem(indeks(5, 0));
    expect(p.code).toBe("index.baseZero");
    expect(p.message).toBe("Basisårets værdi er 0 — indekset kan ikke beregnes");
  });
});

describe("properties", () => {
  test("pulje with constant λ = λ × pris × (12 − k)(13 − k) / 2", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 20, noNaN: true }), fc.double({ min: 0, max: 500000, noNaN: true }), fc.integer({ min: 0, max: 12 }), (l, pris, k) => {
        expect(closeRel(pulje(l, pris, k), (l * pris * (12 - k) * (13 - k)) / 2, 1e-12)).toBe(true);
      }),
    );
  });

  test("glidende gennemsnit on a flat history is the flat amount × 12", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 12 }), (amount, k) => {
        const history = new Array(12 + k).fill(amount);
        expect(closeRel(value(glidendeGennemsnit(history, k)), amount * 12, 1e-12)).toBe(true);
      }),
    );
  });
});
