// Test-data builders for the core tests (docs/habits.md §5): cases read as the consultant writes them.
// Shared fixtures live in test/support/: Tabel 5.2 in tabel52.ts, random data in randomCases.ts.
import { OPEN_END, parseDate, type CaseSpan, type Result, type Unit } from "../../src/core";

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
