// Choosing a prognose method on data (docs/domain.md §8): each method of the METHODS table is run
// as of months 3..11 of every whole past year with only what was known then, and its year total
// compared with the actual year. The smallest mean relative error is a *suggestion*; the user
// chooses (the panel and the Metodevalg sheet show it, nothing is changed silently).
import { METHODS, prognose, type MethodId, type MethodInput, type PrognoseInputs } from "./methods";
import { msg } from "./messages";

/** One year of booked amounts for a konto: months[0] = januar; fewer than 12 while the year runs. */
export interface BookedYear {
  year: number;
  months: readonly number[];
  /** The year's budget, when known (12-dele and rammestyring need it). */
  budget?: number;
}

export interface KontoHistory {
  konto: string;
  years: readonly BookedYear[];
}

// What can be rebuilt for a past month from booked amounts and budgets alone. The disposition of a
// past month cannot: cases that ended long ago are no longer in the list (docs/domain.md §8), and
// risk cases, pool parameters and estimates were never saved.
const REBUILDABLE: ReadonlySet<MethodInput> = new Set<MethodInput>(["historik", "budget"]);

export const AS_OF_MONTHS: readonly number[] = [3, 4, 5, 6, 7, 8, 9, 10, 11];

export type MethodScore =
  | { id: MethodId; status: "ok"; meanError: number; runs: number }
  | { id: MethodId; status: "kan ikke efterprøves"; reason: string };

export interface BacktestResult {
  konto: string;
  /** Whole past years that were tested (actual year total ≠ 0). */
  years: number[];
  scores: MethodScore[];
  /** The method with the smallest mean error (first in METHODS order on a tie); null when none ran. */
  best: MethodId | null;
}

const isWholeYear = (y: BookedYear) => y.months.length === 12 && y.months.every((v) => Number.isFinite(v));

/**
 * Backtest of one konto. `years` may come in any order; a year is tested when it has 12 booked
 * months and a non-zero total. The moving average reaches back only through consecutive whole
 * years before it, as it could have then.
 */
export function backtestKonto(history: KontoHistory): BacktestResult {
  const years = [...history.years].sort((a, b) => a.year - b.year);
  const sums = new Map<MethodId, { total: number; runs: number }>();
  const tested: number[] = [];
  const testable = METHODS.filter((m) => m.needs.every((n) => REBUILDABLE.has(n)));
  for (let i = 0; i < years.length; i++) {
    const y = years[i];
    if (!isWholeYear(y)) continue;
    let actual = 0;
    for (const v of y.months) actual += v;
    if (actual === 0) continue;
    tested.push(y.year);
    // Booked months before this year that were known then: the consecutive whole years just before.
    let first = i;
    while (first > 0 && isWholeYear(years[first - 1]) && years[first - 1].year === years[first].year - 1) first--;
    const before: number[] = [];
    for (let j = first; j < i; j++) for (const m of years[j].months) before.push(m);
    for (const k of AS_OF_MONTHS) {
      const booked = y.months.slice(0, k);
      const inputs: PrognoseInputs = { budget: y.budget ?? NaN, booked, history: before.concat(booked) };
      for (const m of testable) {
        if (m.needs.includes("budget") && y.budget === undefined) continue;
        const r = prognose(m.id, inputs);
        if (!r.ok) continue;
        const s = sums.get(m.id) ?? { total: 0, runs: 0 };
        s.total += Math.abs(r.value - actual) / Math.abs(actual);
        s.runs++;
        sums.set(m.id, s);
      }
    }
  }
  let best: MethodId | null = null;
  let bestError = Infinity;
  const scores: MethodScore[] = METHODS.map((m) => {
    if (!testable.includes(m)) return { id: m.id, status: "kan ikke efterprøves", reason: msg.backtestNotRebuildable() };
    const s = sums.get(m.id);
    if (!s) return { id: m.id, status: "kan ikke efterprøves", reason: msg.backtestNoRuns(m.needs.includes("budget")) };
    const meanError = s.total / s.runs;
    if (meanError < bestError) {
      bestError = meanError;
      best = m.id;
    }
    return { id: m.id, status: "ok", meanError, runs: s.runs };
  });
  return { konto: history.konto, years: tested, scores, best };
}

/** Backtest of every konto with at least one whole past year (others are left out). */
export function backtest(konti: readonly KontoHistory[]): BacktestResult[] {
  return konti.filter((k) => k.years.some(isWholeYear)).map(backtestKonto);
}
