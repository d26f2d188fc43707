// Sagsbehandlerportefølje: per rådgiver the cases running in the year, their HÅP,
// disposed amount and GNS-pris, and the most expensive cases. CPR is masked by the sheet builder.
import { yearEnd, yearStart } from "./calendar";
import { disponeringInPeriod, disposedAmountInSteps } from "./disponering";
import type { CaseRow } from "./cases";
import { compareDa } from "./collation";
import { haapOfColumns, personColumnsInSteps, personsOfColumns } from "./haap";
import { groupSortedInSteps } from "./overblik";
import { filterInSteps, finish, endsStep } from "./steps";

/** Label used for cases without a rådgiver. */
export const NO_ADVISER = "(uden rådgiver)";

export interface CaseAmount {
  case: CaseRow;
  /** Disposed amount of the case in the year. */
  amount: number;
}

export interface AdviserFigures {
  raadgiver: string;
  /** Case rows with at least one day in the year. */
  sager: number;
  /** HÅP (dage) of the rådgiver's rows; a person's overlapping rows are merged. */
  haap: number;
  disposed: number;
  gnsPris: number | null;
  /** The rådgiver's most expensive cases in the year, most expensive first. */
  top: CaseAmount[];
}

export const adviserOf = (c: CaseRow): string => c.raadgiver || NO_ADVISER;

/** Cases by disposed amount in year y, most expensive first; ties by row number. */
export function mostExpensive(cases: readonly CaseRow[], y: number, n: number): CaseAmount[] {
  return finish(mostExpensiveInSteps(cases, y, n));
}

/** `mostExpensive` in steps: a pause every ITEMS_PER_STEP cases. */
export function* mostExpensiveInSteps(cases: readonly CaseRow[], y: number, n: number): Generator<void, CaseAmount[]> {
  const a = yearStart(y), b = yearEnd(y);
  const before = (p: CaseAmount, q: CaseAmount) => q.amount - p.amount || p.case.row - q.case.row;
  // The first n of the sorted list, kept while reading: sorting all 50.000 cases for three was a long task.
  const top: CaseAmount[] = [];
  for (let i = 0; i < cases.length; i++) {
    if (endsStep(i)) yield;
    const x = { case: cases[i], amount: disponeringInPeriod(cases[i], a, b) };
    if (x.amount <= 0 || n <= 0 || (top.length === n && before(x, top[n - 1]) >= 0)) continue;
    let at = top.length;
    while (at > 0 && before(x, top[at - 1]) < 0) at--;
    top.splice(at, 0, x);
    if (top.length > n) top.pop();
  }
  return top;
}

/** Figures per rådgiver for year y, rådgivere in Danish alphabetical order. */
export function adviserPortfolio(cases: readonly CaseRow[], y: number, topN = 3): AdviserFigures[] {
  return finish(adviserPortfolioInSteps(cases, y, topN));
}

/**
 * `adviserPortfolio` in steps: a pause every ITEMS_PER_STEP rows of a rådgiver (a table without a
 * rådgiver column is one rådgiver of every case) and between the amounts, HÅP and dearest cases.
 */
export function* adviserPortfolioInSteps(cases: readonly CaseRow[], y: number, topN = 3): Generator<void, AdviserFigures[]> {
  const a = yearStart(y), b = yearEnd(y);
  const out: AdviserFigures[] = [];
  for (const [raadgiver, rows] of yield* groupSortedInSteps(cases, adviserOf)) {
    yield;
    const inYear = yield* filterInSteps(rows, (c) => c.start <= b && c.stop >= a);
    const disposed = yield* disposedAmountInSteps(inYear, a, b);
    yield;
    const h = haapOfColumns(yield* personColumnsInSteps(rows), a, b, "dage");
    yield;
    out.push({ raadgiver, sager: inYear.length, haap: h, disposed, gnsPris: h === 0 ? null : disposed / h, top: yield* mostExpensiveInSteps(rows, y, topN) });
  }
  return out;
}

/** What a rådgiver's portfolio counts in a year, for comparing versions of the case table. */
export interface AdviserCounts {
  /** Case rows with at least one day in the year. */
  sager: number;
  /** Persons with at least one day in the year, each once. */
  personer: number;
  haap: number;
  disposed: number;
}

const NO_COUNTS: AdviserCounts = { sager: 0, personer: 0, haap: 0, disposed: 0 };

/** Per rådgiver for year y: cases, persons, HÅP and disposed amount (a rådgiver without a case in the year is absent). */
export function adviserCounts(cases: readonly CaseRow[], y: number): Map<string, AdviserCounts> {
  return finish(adviserCountsInSteps(cases, y));
}

/** `adviserCounts` in steps: pauses between a rådgiver's amounts, persons and HÅP. */
export function* adviserCountsInSteps(cases: readonly CaseRow[], y: number): Generator<void, Map<string, AdviserCounts>> {
  const a = yearStart(y), b = yearEnd(y);
  const out = new Map<string, AdviserCounts>();
  const groups = yield* groupSortedInSteps(yield* filterInSteps(cases, (c) => c.start <= b && c.stop >= a), adviserOf);
  yield;
  for (const [raadgiver, rows] of groups) {
    const disposed = yield* disposedAmountInSteps(rows, a, b);
    yield;
    // Persons and HÅP from one reading of the rådgiver's persons.
    const persons = yield* personColumnsInSteps(rows);
    const personer = personsOfColumns(persons, a, b);
    yield;
    out.set(raadgiver, { sager: rows.length, personer, haap: haapOfColumns(persons, a, b, "dage"), disposed });
    yield;
  }
  return out;
}

/** One rådgiver now and in earlier versions of the case table (docs/domain.md §9, case workers over time). */
export interface AdviserChange {
  raadgiver: string;
  now: AdviserCounts;
  /** Per earlier version, in the order given: the counts then (zeros when the rådgiver had no case). */
  then: AdviserCounts[];
  /** Per earlier version: now − then. */
  change: AdviserCounts[];
}

/**
 * Per rådgiver the counts of year y now and in each earlier version of the case table, with the
 * change; rådgivere of now first in Danish order, then those only in an earlier version.
 */
export function adviserChanges(now: readonly CaseRow[], earlier: readonly (readonly CaseRow[])[], y: number): AdviserChange[] {
  return finish(adviserChangesInSteps(now, earlier, y));
}

/** `adviserChanges` in steps (the counts of each version in steps). */
export function* adviserChangesInSteps(now: readonly CaseRow[], earlier: readonly (readonly CaseRow[])[], y: number): Generator<void, AdviserChange[]> {
  const nowCounts = yield* adviserCountsInSteps(now, y);
  const thenCounts: Map<string, AdviserCounts>[] = [];
  for (const cases of earlier) thenCounts.push(yield* adviserCountsInSteps(cases, y));
  const gone = [...new Set(thenCounts.flatMap((m) => [...m.keys()]))].filter((r) => !nowCounts.has(r)).sort(compareDa);
  return [...nowCounts.keys(), ...gone].map((raadgiver) => {
    const n = nowCounts.get(raadgiver) ?? NO_COUNTS;
    const then = thenCounts.map((m) => m.get(raadgiver) ?? NO_COUNTS);
    const change = then.map((t) => ({ sager: n.sager - t.sager, personer: n.personer - t.personer, haap: n.haap - t.haap, disposed: n.disposed - t.disposed }));
    return { raadgiver, now: n, then, change };
  });
}
