// Key figures over time (docs/domain.md §1.2, §4): per foranstaltning the disposed amount, HÅP
// and GNS-pris month by month, shares of foster-family placements and of preventive measures, and
// yearly figures for an index against a base year. Everything is computed from validated case rows.
import { compareDa } from "./collation";
import { mergeDaySpans, monthEnd, monthStart, yearEnd, yearStart } from "./calendar";
import { disponeringInMonth, disposedAmount, disposedAmountInSteps } from "./disponering";
import type { CaseRow } from "./cases";
import { personKey } from "./cpr";
import { haap, haapOfColumns, personColumnsInSteps } from "./haap";
import { indeks } from "./prognose";
import type { Result } from "./result";
import { finish, groupInSteps, endsStep, ITEMS_PER_STEP, sortInSteps } from "./steps";

import type { ForanstaltningType } from "./foranstaltning";
import { classifyForanstaltning } from "./foranstaltning";

/** One foranstaltning's figures in a year: 12 months (index 0 = januar) and the year. */
export interface ForanstaltningSeries {
  foranstaltning: string;
  type: ForanstaltningType;
  disposed: number[];
  haap: number[];
  /** Disposed ÷ HÅP in the month; null where HÅP is 0 (docs/domain.md §4: an error, never 0 or ∞). */
  gnsPris: (number | null)[];
  yearDisposed: number;
  yearHaap: number;
  yearGnsPris: number | null;
}

const byName = compareDa;

/** Case rows per group, groups sorted by Danish collation. */
export function groupSorted<T>(xs: readonly T[], key: (x: T) => string): [string, T[]][] {
  return finish(groupSortedInSteps(xs, key));
}

/** `groupSorted` in steps: a pause every ITEMS_PER_STEP rows while grouping (the groups are few). */
export function* groupSortedInSteps<T>(xs: readonly T[], key: (x: T) => string): Generator<void, [string, T[]][]> {
  return [...(yield* groupInSteps(xs, key))].sort((a, b) => byName(a[0], b[0]));
}

/**
 * Monthly series per foranstaltning for year y (HÅP by method "dage", rows of the same CPR within
 * a foranstaltning merged). `types` overrides the default classification by name.
 */
export function foranstaltningSeries(cases: readonly CaseRow[], y: number, types: Record<string, ForanstaltningType> = {}): ForanstaltningSeries[] {
  return finish(foranstaltningSeriesInSteps(cases, y, types));
}

/**
 * `foranstaltningSeries` in steps: a pause every ITEMS_PER_STEP rows of a foranstaltning in each month
 * (a month over all rows of one foranstaltning in one piece was Overblik's longest task), the persons
 * read once per foranstaltning for its thirteen HÅP.
 */
export function* foranstaltningSeriesInSteps(cases: readonly CaseRow[], y: number, types: Record<string, ForanstaltningType> = {}): Generator<void, ForanstaltningSeries[]> {
  const out: ForanstaltningSeries[] = [];
  for (const [foranstaltning, rows] of yield* groupSortedInSteps(cases, (c) => c.foranstaltning)) {
    const disposed: number[] = [];
    const h: number[] = [];
    const pris: (number | null)[] = [];
    const persons = yield* personColumnsInSteps(rows);
    for (let m = 1; m <= 12; m++) {
      let d = 0;
      for (let i = 0; i < rows.length; i++) {
        if (endsStep(i)) yield;
        d += disponeringInMonth(rows[i], y, m);
      }
      const hm = haapOfColumns(persons, monthStart(y, m), monthEnd(y, m), "dage");
      disposed.push(d);
      h.push(hm);
      pris.push(hm === 0 ? null : d / hm);
      yield;
    }
    const yearDisposed = yield* disposedAmountInSteps(rows, yearStart(y), yearEnd(y));
    const yearHaap = haapOfColumns(persons, yearStart(y), yearEnd(y), "dage");
    out.push({
      foranstaltning, type: types[foranstaltning] ?? classifyForanstaltning(foranstaltning), disposed, haap: h, gnsPris: pris,
      yearDisposed, yearHaap, yearGnsPris: yearHaap === 0 ? null : yearDisposed / yearHaap,
    });
    yield;
  }
  return out;
}

/** Shares per month (index 0 = januar); null where the denominator is 0. */
export interface MonthlyShares {
  /** HÅP in foster families ÷ HÅP in all placements (foster family + other placement). */
  plejefamilie: (number | null)[];
  /** Disposed amount on preventive measures ÷ all disposed amount. */
  forebyggende: (number | null)[];
}

export function monthlyShares(series: readonly ForanstaltningSeries[]): MonthlyShares {
  const plejefamilie: (number | null)[] = [];
  const forebyggende: (number | null)[] = [];
  for (let m = 0; m < 12; m++) {
    let pleje = 0, placed = 0, prev = 0, all = 0;
    for (const s of series) {
      if (s.type === "plejefamilie") pleje += s.haap[m];
      if (s.type === "plejefamilie" || s.type === "anbringelse") placed += s.haap[m];
      if (s.type === "forebyggende") prev += s.disposed[m];
      all += s.disposed[m];
    }
    plejefamilie.push(placed === 0 ? null : pleje / placed);
    forebyggende.push(all === 0 ? null : prev / all);
  }
  return { plejefamilie, forebyggende };
}

/** Disposed amount, HÅP and GNS-pris of all cases in one year. */
export interface YearFigures {
  year: number;
  disposed: number;
  /** HÅP of all the cases, each person counted once (docs/domain.md §4 "Totals of HÅP"). */
  haap: number;
  gnsPris: number | null;
}

export function yearFigures(cases: readonly CaseRow[], years: readonly number[]): YearFigures[] {
  return years.map((year) => {
    const a = yearStart(year), b = yearEnd(year);
    const disposed = disposedAmount(cases, a, b);
    const h = haap(cases, a, b, "dage");
    return { year, disposed, haap: h, gnsPris: h === 0 ? null : disposed / h };
  });
}

/** Index of each value against the value of `baseYear` (base = 100), via core `indeks`. */
export function indexAgainst(years: readonly number[], values: readonly number[], baseYear: number): Result<number>[] {
  const i = years.indexOf(baseYear);
  const base = i < 0 ? 0 : values[i];
  return values.map((v) => indeks(v, base));
}

/** A person's days within a group, rows of the same CPR merged into disjoint spans. */
export interface PersonSpanRow {
  group: string;
  start: number;
  stop: number;
}

/**
 * The spans HÅP counts, clipped to [a, b]: per group and person (CPR; a row without CPR is its own
 * person) the union of the rows' days as disjoint spans. Σ (stop − start + 1) ÷ days(P) over a
 * group's spans is exactly core `haap(rows, a, b, "dage")` — which lets a sheet count HÅP with a
 * plain SUMPRODUCT and still merge a person's overlapping rows. Contains no CPR.
 */
export function mergedPersonSpans(cases: readonly CaseRow[], group: (c: CaseRow) => string, a: number, b: number): PersonSpanRow[] {
  return finish(mergedPersonSpansInSteps(cases, group, a, b));
}

/** `mergedPersonSpans` in steps: a pause every ITEMS_PER_STEP rows, persons and spans. */
export function* mergedPersonSpansInSteps(cases: readonly CaseRow[], group: (c: CaseRow) => string, a: number, b: number): Generator<void, PersonSpanRow[]> {
  const out: PersonSpanRow[] = [];
  let n = 0;
  const groups = yield* groupSortedInSteps(cases, group);
  yield;
  for (const [g, rows] of groups) {
    const persons = new Map<string, [number, number][]>();
    for (let i = 0; i < rows.length; i++) {
      if (++n % ITEMS_PER_STEP === 0) yield;
      const c = rows[i];
      const s = Math.max(c.start, a), e = Math.min(c.stop, b);
      if (e < s) continue;
      const key = personKey(c.cpr) ?? `\u0000${i}`;
      const list = persons.get(key);
      if (list) list.push([s, e]);
      else persons.set(key, [[s, e]]);
    }
    for (const spans of persons.values()) {
      if (++n % ITEMS_PER_STEP === 0) yield;
      for (const [start, stop] of mergeDaySpans(spans)) out.push({ group: g, start, stop });
    }
  }
  // The same order as one stable sort of the whole list.
  return yield* sortInSteps(out, (x, y) => byName(x.group, y.group) || x.start - y.start || x.stop - y.stop);
}
