// Test-data builders for the core tests (docs/habits.md §5): cases read as the consultant writes them.
import fc from "fast-check";
import { OPEN_END, parseDate, type CaseSpan, type Result, type Unit, UNITS, ymdToDay } from "../../src/core";

/** Day number of a Danish date text, e.g. d("01.07.2017"); "open"/"" → OPEN_END. */
export function d(text: string): number {
  const r = parseDate(text, true);
  if (!r.ok) throw new Error(`bad test date ${text}: ${r.problem.message}`);
  return r.value === "open" ? OPEN_END : r.value;
}

/** A case with rate, unit and inclusive dates in Danish text. */
export function kase(takst: number, enhed: Unit, start: string, stop = ""): CaseSpan {
  return { takst, enhed, start: d(start), stop: d(stop) };
}

/** The value of an ok Result; fails the test with the Danish message otherwise. */
export function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.problem.code}: ${r.problem.message}`);
  return r.value;
}

/** The problem of a failed Result; fails the test when it was ok. */
export function problem<T>(r: Result<T>) {
  if (r.ok) throw new Error(`expected a problem, got ${JSON.stringify(r.value)}`);
  return r.problem;
}

/** |a − b| ≤ rel × max(|a|, |b|, 1). */
export function closeRel(a: number, b: number, rel = 1e-6): boolean {
  return Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), 1);
}

/** VIVE Tabel 5.2 (docs/domain.md §6), budget year 2017, monthly rates. */
export const TABEL_5_2 = {
  current: [
    kase(100000, "måned", "01.01.2017", "01.01.9999"),
    kase(50000, "måned", "01.01.2017", "01.01.9999"),
    kase(75000, "måned", "01.01.2017", "30.06.2017"),
    kase(100000, "måned", "01.01.2017", "28.02.2017"),
  ],
  expected: [kase(75000, "måned", "01.07.2017"), kase(100000, "måned", "01.03.2017")],
};

const DAY_2010 = ymdToDay(2010, 1, 1);
const DAY_2035 = ymdToDay(2035, 12, 31);

/** A day number between 2010 and 2035. */
export const arbDay = fc.integer({ min: DAY_2010, max: DAY_2035 });

/** An arbitrary valid case: start ≤ stop, sometimes open-ended. */
export const arbCase: fc.Arbitrary<CaseSpan> = fc
  .record({
    takst: fc.double({ min: 0, max: 2_000_000, noNaN: true, noDefaultInfinity: true }),
    enhed: fc.constantFrom(...UNITS),
    a: arbDay,
    b: arbDay,
    open: fc.boolean(),
  })
  .map(({ takst, enhed, a, b, open }) => ({
    takst,
    enhed,
    start: Math.min(a, b),
    stop: open ? OPEN_END : Math.max(a, b),
  }));
