// Backtest of the prognose methods (docs/domain.md §8), worked by hand. For each whole past year
// and k = 3..11: error = |forecast − actual| / |actual|; mean over every (year, k) the method ran.
import { backtest, backtestKonto, type BacktestResult, type MethodId } from "../../src/core";

const flat = (v: number) => new Array<number>(12).fill(v);
const score = (r: BacktestResult, id: MethodId) => {
  const s = r.scores.find((x) => x.id === id)!;
  if (s.status !== "ok") throw new Error(`${id}: ${s.reason}`);
  return s;
};
const ks = [3, 4, 5, 6, 7, 8, 9, 10, 11];
const sumK = (f: (k: number) => number) => ks.reduce((s, k) => s + f(k), 0);

describe("backtestKonto — 12-dele must win", () => {
  // The budget follows the level (1.200 → 2.400) but spending runs 10 a month above it each year;
  // the moving average carries last year's lower level into 2025.
  const r = backtestKonto({
    konto: "5.28.20",
    years: [
      { year: 2025, months: flat(210), budget: 2400 }, // actual 2.520
      { year: 2024, months: flat(110), budget: 1200 }, // actual 1.320
    ],
  });

  it("12-dele: forecast = budget + 10k, error (120 − 10k) / actual; Σ over k = 1080 − 10·63 = 450", () => {
    const s = score(r, "tolvtedele");
    expect(s.runs).toBe(18);
    expect(s.meanError).toBeCloseTo((450 / 1320 + 450 / 2520) / 18, 12); // 0,02886
  });

  it("rammestyring: error 120 / actual in every run", () => {
    expect(score(r, "ramme").meanError).toBeCloseTo((9 * 120) / 1320 / 18 + (9 * 120) / 2520 / 18, 12); // 0,0693
  });

  it("moving average runs only in 2025 (12 known months) and misses by (12 − k)² · 100 / 12", () => {
    // forecast = 210k + (110 + 100k/12)(12 − k); e.g. k = 3: 630 + 135 · 9 = 1.845, off by 675.
    const s = score(r, "glidende");
    expect(s.runs).toBe(9);
    expect(s.meanError).toBeCloseTo(sumK((k) => ((12 - k) ** 2 * 100) / 12) / 2520 / 9, 12); // 2.375 / 2.520 / 9
  });

  it("suggests 12-dele and shows the methods that need unsaved inputs as not testable", () => {
    expect(r.best).toBe("tolvtedele");
    expect(r.years).toEqual([2024, 2025]);
    for (const id of ["disponering", "risikosager", "pulje", "skoen"] as const) {
      expect(r.scores.find((s) => s.id === id)).toEqual({
        id, status: "kan ikke efterprøves", reason: "kan ikke efterprøves: metoden bruger oplysninger, som ikke er gemt for tidligere år",
      });
    }
  });
});

describe("backtestKonto — the moving average must win", () => {
  // Steady spending of 100 a month against a budget of only 600.
  const r = backtestKonto({
    konto: "5.28.21",
    years: [{ year: 2024, months: flat(100), budget: 600 }, { year: 2025, months: flat(100), budget: 600 }],
  });

  it("moving average: exact in 2025 (every known month is 100)", () => {
    expect(score(r, "glidende")).toEqual({ id: "glidende", status: "ok", meanError: 0, runs: 9 });
  });

  it("12-dele: forecast 600 + 50k, error (600 − 50k) / 1.200; rammestyring 0,5", () => {
    expect(score(r, "tolvtedele").meanError).toBeCloseTo((2 * sumK((k) => (600 - 50 * k) / 1200)) / 18, 12); // 0,2083
    expect(score(r, "ramme").meanError).toBeCloseTo(0.5, 12);
    expect(r.best).toBe("glidende");
  });
});

describe("backtest — what is left out", () => {
  it("skips konti without a whole past year and budget methods without a budget", () => {
    const out = backtest([
      { konto: "A", years: [{ year: 2026, months: [1, 2, 3] }] },
      { konto: "B", years: [{ year: 2025, months: flat(100) }] },
    ]);
    expect(out.map((r) => r.konto)).toEqual(["B"]);
    expect(out[0].best).toBeNull();
    expect(out[0].scores.find((s) => s.id === "tolvtedele")).toMatchObject({ status: "kan ikke efterprøves", reason: "kan ikke efterprøves: der mangler budget for de tidligere år" });
    expect(out[0].scores.find((s) => s.id === "glidende")).toMatchObject({ status: "kan ikke efterprøves" });
  });

  it("uses no month after the as-of month: a shift late in the year is not foreseen", () => {
    const months = [...flat(100).slice(0, 11), 1300]; // December books 1.300: actual 2.400
    const r = backtestKonto({ konto: "C", years: [{ year: 2024, months: flat(100), budget: 1200 }, { year: 2025, months, budget: 1200 }] });
    // 2025, any k ≤ 11: moving average forecasts 1.200, off by 1.200 / 2.400 = 0,5.
    expect(score(r, "glidende").meanError).toBeCloseTo(0.5, 12);
  });
});
