// Dispositions (docs/domain.md §4): a case's rate projected onto calendar months, and sums over periods.
import { dayToYmd, daysInMonth, monthEnd, monthStart, monthStarts, overlapDays } from "./calendar";
import { dayFactor, unitRule, type Unit } from "./units";

/** A case as the engine sees it: validated, dates as day numbers, open stop as OPEN_END. */
export interface CaseSpan {
  takst: number;
  enhed: Unit;
  start: number;
  stop: number;
}

/** Disposed amount of one case in [a, b] (inclusive day numbers), month by month. */
export function dispositionInPeriod(c: CaseSpan, a: number, b: number): number {
  const s = c.start > a ? c.start : a;
  const e = c.stop < b ? c.stop : b;
  if (e < s) return 0;
  const rule = unitRule(c.enhed);
  if (rule.fixedDays !== undefined) return (c.takst * (e - s + 1)) / rule.fixedDays;
  // måned and år depend on the length of each month / year: walk the months of [s, e] on the
  // cached month starts (starts[m] is the first day of month m + 1).
  let { y, m } = dayToYmd(s);
  let starts = monthStarts(y);
  let total = 0;
  let cursor = s;
  while (cursor <= e) {
    const next = starts[m];
    const hi = next - 1 < e ? next - 1 : e;
    total += (hi - cursor + 1) / rule.days(next - starts[m - 1], starts[12] - starts[0]);
    cursor = next;
    if (++m > 12) {
      m = 1;
      starts = monthStarts(++y);
    }
  }
  return c.takst * total;
}

/** Disposition of a case in calendar month (y, m). */
export function dispositionInMonth(c: CaseSpan, y: number, m: number): number {
  const a = monthStart(y, m);
  const days = overlapDays(c.start, c.stop, a, a + daysInMonth(y, m) - 1);
  return days === 0 ? 0 : c.takst * days * dayFactor(c.enhed, y, m);
}

/** The 12 monthly dispositions of a case in year y. */
export function monthlyDispositions(c: CaseSpan, y: number): number[] {
  const out = new Array<number>(12).fill(0);
  const starts = monthStarts(y);
  // Outside the year: nothing to do (most rows of a long case history).
  if (c.stop < starts[0] || c.start >= starts[12]) return out;
  const yearDays = starts[12] - starts[0];
  const rule = unitRule(c.enhed);
  for (let m = 0; m < 12; m++) {
    const a = starts[m], e = starts[m + 1] - 1;
    const lo = c.start > a ? c.start : a;
    const hi = c.stop < e ? c.stop : e;
    if (hi < lo) continue;
    out[m] = (c.takst * (hi - lo + 1)) / rule.days(e - a + 1, yearDays);
  }
  return out;
}

/** Σ disposed amount of all cases in [a, b]. */
export function disposedAmount(cases: readonly CaseSpan[], a: number, b: number): number {
  let total = 0;
  for (const c of cases) total += dispositionInPeriod(c, a, b);
  return total;
}

/** Month-by-month totals of many cases in year y. */
export function monthlyTotals(cases: readonly CaseSpan[], y: number): number[] {
  const out = new Array<number>(12).fill(0);
  for (const c of cases) {
    const months = monthlyDispositions(c, y);
    for (let m = 0; m < 12; m++) out[m] += months[m];
  }
  return out;
}

export interface ForecastInput {
  year: number;
  /** Booked actuals for months 1..k (k = actuals.length, 0–12). */
  actuals: readonly number[];
  /** Current cases (aktuelle sager). */
  cases: readonly CaseSpan[];
  /** Expected known cases (forventede sager), disposed like the current ones. */
  expected?: readonly CaseSpan[];
  /** Risk-case amount for the rest of the year (see risikoprognose). */
  risk?: number;
  /** Pool for unknown intake for the rest of the year. */
  pool?: number;
}

/** Forventet regnskab: Σ actuals(1..k) + Σ dispositions(k+1..12) + expected + risk + pool. */
export function forventetRegnskab(input: ForecastInput): number {
  const k = input.actuals.length;
  let total = input.actuals.reduce((s, v) => s + v, 0);
  if (k < 12) {
    const from = monthStart(input.year, k + 1);
    const to = monthEnd(input.year, 12);
    total += disposedAmount(input.cases, from, to);
    if (input.expected) total += disposedAmount(input.expected, from, to);
  }
  return total + (input.risk ?? 0) + (input.pool ?? 0);
}
