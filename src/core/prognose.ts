// Prognose methods per account (docs/domain.md §4). All take booked amounts for months 1..k of the
// budget year and return the forventet regnskab for the whole year unless named otherwise.
import { dayToYmd, yearEnd } from "./calendar";
import { disponeringInPeriod } from "./disponering";
import { fail, ok, type Result } from "./result";
import { msg } from "./messages";

const sum = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0);

export interface RiskCase {
  antal: number;
  /** Expected cost per month per case. */
  udgiftPrMaaned: number;
  /** Probability in [0, 1]. */
  sandsynlighed: number;
  /** Months the case is expected to run (used when no start date is given). */
  maaneder?: number;
  /** Expected start (day number): contributes the months from this date to year end. */
  forventetStart?: number;
}

/**
 * Months from a start date to year end, pro rata by days in the start month exactly as a monthly
 * rate is disposed, so a risk case that materialises costs what its disposition will.
 */
export function monthsToYearEnd(start: number): number {
  const { y } = dayToYmd(start);
  return disponeringInPeriod({ takst: 1, enhed: "måned", start, stop: yearEnd(y) }, start, yearEnd(y));
}

/** Risikosag-prognose = Σ antal × udgift pr. måned × sandsynlighed × måneder. */
export function risikoprognose(cases: readonly RiskCase[]): number {
  let total = 0;
  for (const c of cases) {
    const months = c.forventetStart !== undefined ? monthsToYearEnd(c.forventetStart) : (c.maaneder ?? 0);
    total += c.antal * c.udgiftPrMaaned * c.sandsynlighed * months;
  }
  return total;
}

export type LambdaMethod = { kind: "gennemsnit"; months: number } | { kind: "trend" };

/**
 * Expected new cases per month for the months after the history. `history` is the count of new
 * cases per month, oldest first, ending with the last booked month. Returns one λ per future month.
 */
export function lambdaFromHistory(history: readonly number[], method: LambdaMethod, futureMonths: number): Result<number[]> {
  if (history.length === 0) return fail("pool.history", msg.historyEmpty());
  if (method.kind === "gennemsnit") {
    const n = Math.min(method.months, history.length);
    const mean = sum(history.slice(history.length - n)) / n;
    return ok(new Array<number>(futureMonths).fill(mean));
  }
  // Least-squares line through (1, h1) … (n, hn), extrapolated and floored at 0 (no negative intake).
  const n = history.length;
  if (n === 1) return ok(new Array<number>(futureMonths).fill(history[0]));
  const xMean = (n + 1) / 2;
  const yMean = sum(history) / n;
  let sxy = 0, sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (i + 1 - xMean) * (history[i] - yMean);
    sxx += (i + 1 - xMean) ** 2;
  }
  const slope = sxy / sxx;
  const out: number[] = [];
  for (let j = 1; j <= futureMonths; j++) out.push(Math.max(0, yMean + slope * (n + j - xMean)));
  return ok(out);
}

/**
 * Pool for unknown intake: Σ_{m=k+1..12} λ_m × pris_mdl × (12 − m + 1).
 * `lambda` is one value for all months or one per month k+1..12.
 */
export function pulje(lambda: number | readonly number[], prisPrMaaned: number, k: number): number {
  let total = 0;
  for (let m = k + 1; m <= 12; m++) {
    const l = typeof lambda === "number" ? lambda : lambda[m - k - 1];
    total += l * prisPrMaaned * (12 - m + 1);
  }
  return total;
}

/**
 * 12-måneders glidende gennemsnit: booked(1..k) + mean of the last 12 booked months × (12 − k).
 * `history` is every booked month, oldest first, ending with month k of the budget year, so the
 * mean may reach back into earlier years.
 */
export function glidendeGennemsnit(history: readonly number[], k: number): Result<number> {
  if (history.length < 12) return fail("prognosis.history", msg.historyTooShort(12, history.length));
  const thisYear = sum(history.slice(history.length - k));
  const mean = sum(history.slice(history.length - 12)) / 12;
  return ok(thisYear + mean * (12 - k));
}

/** Periodisering i 12-dele: booked(1..k) + budget/12 × (12 − k). */
export function tolvtedele(booked: readonly number[], budget: number): number {
  return sum(booked) + (budget / 12) * (12 - booked.length);
}

/** PL-fremskrivning: A × Π(1 + pl_i), one value per year 1..n. */
export function plFremskrivning(amount: number, rates: readonly number[]): number[] {
  const out: number[] = [];
  let v = amount;
  for (const r of rates) {
    v *= 1 + r;
    out.push(v);
  }
  return out;
}

/** Index against a base year: value / base × 100. */
export function indeks(value: number, base: number): Result<number> {
  if (base === 0) return fail("index.baseZero", msg.indexBaseZero());
  return ok((value / base) * 100);
}
