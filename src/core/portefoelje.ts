// Sagsbehandlerportefølje: per rådgiver the cases running in the year, their HÅP,
// disposed amount and GNS-pris, and the most expensive cases. CPR is masked by the sheet builder.
import { yearEnd, yearStart } from "./calendar";
import { dispositionInPeriod } from "./disposition";
import type { CaseRow } from "./cases";
import { haap } from "./haap";
import { groupSorted } from "./overblik";
import { finish } from "./steps";

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
  const a = yearStart(y), b = yearEnd(y);
  const before = (p: CaseAmount, q: CaseAmount) => q.amount - p.amount || p.case.row - q.case.row;
  // The first n of the sorted list, kept while reading: sorting all 50.000 cases for three was a long task.
  const top: CaseAmount[] = [];
  for (const c of cases) {
    const x = { case: c, amount: dispositionInPeriod(c, a, b) };
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

/** `adviserPortfolio` in steps: pauses between a rådgiver's amounts, HÅP and dearest cases. */
export function* adviserPortfolioInSteps(cases: readonly CaseRow[], y: number, topN = 3): Generator<void, AdviserFigures[]> {
  const a = yearStart(y), b = yearEnd(y);
  const out: AdviserFigures[] = [];
  for (const [raadgiver, rows] of groupSorted(cases, adviserOf)) {
    yield;
    const inYear = rows.filter((c) => c.start <= b && c.stop >= a);
    let disposed = 0;
    for (const c of inYear) disposed += dispositionInPeriod(c, a, b);
    yield;
    const h = haap(rows, a, b, "dage");
    yield;
    out.push({ raadgiver, sager: inYear.length, haap: h, disposed, gnsPris: h === 0 ? null : disposed / h, top: mostExpensive(rows, y, topN) });
  }
  return out;
}
