// Cases, HÅP and amount per age group and foranstaltning (docs/domain.md §8) — the figures Kolding,
// Syddjurs and Randers report. A case row's age is the person's age at the period's end, or at the
// case's stop when that is earlier; a row whose CPR gives no birth date is counted under "ukendt
// alder" and listed as a problem on its row, so the groups still add up to the whole.
import { compareDa } from "./collation";
import { AGE_GROUPS, ageAt, ageDay, ageGroupIndex, birthDaySafe } from "./alder";
import { mergeDaySpans, monthEnd, monthStart, yearEnd, yearStart } from "./calendar";
import type { CaseRow } from "./cases";
import { personKey } from "./cpr";
import { disponeringInPeriod } from "./disponering";
import { haap } from "./haap";
import { msg } from "./messages";
import type { Problem } from "./result";
import { finish, endsStep, sortInSteps } from "./steps";

/** Label of the extra group for rows without a birth date. */
export const UNKNOWN_AGE_LABEL = "Ukendt alder";

export interface AgeGroupFigures {
  /** AGE_GROUPS label, or UNKNOWN_AGE_LABEL. */
  gruppe: string;
  foranstaltning: string;
  /** Case rows with at least one day in the period. */
  sager: number;
  /** HÅP by days; rows of one CPR within the group and foranstaltning are one person. */
  haap: number;
  beloeb: number;
}

export interface AgeDistribution {
  /** One entry per (group, foranstaltning) that has a case, groups youngest first, names in Danish order. */
  rows: AgeGroupFigures[];
  /** Per group (AGE_GROUPS order, then "ukendt alder" when any): a person counted once over the foranstaltninger. */
  groups: AgeGroupFigures[];
  problems: Problem[];
}

/** Group index of every row (AGE_GROUPS.length = unknown), or -1 when the row is outside [a, b]. */
export function ageGroupOfRows(cases: readonly CaseRow[], a: number, b: number): Int32Array {
  return finish(ageGroupOfRowsInSteps(cases, a, b));
}

/** `ageGroupOfRows` in steps: a birth date read from every CPR, a pause every ITEMS_PER_STEP rows. */
export function* ageGroupOfRowsInSteps(cases: readonly CaseRow[], a: number, b: number): Generator<void, Int32Array> {
  const out = new Int32Array(cases.length);
  for (let i = 0; i < cases.length; i++) {
    if (endsStep(i)) yield;
    const c = cases[i];
    if (c.start > b || c.stop < a) {
      out[i] = -1;
      continue;
    }
    const birth = birthDaySafe(c.cpr);
    const g = Number.isNaN(birth) ? -1 : ageGroupIndex(ageAt(birth, ageDay(c.stop, b)));
    out[i] = g < 0 ? AGE_GROUPS.length : g;
  }
  return out;
}

/** The age distribution of the case rows in the period [a, b] (day numbers, inclusive). */
export function ageDistribution(cases: readonly CaseRow[], a: number, b: number, cprColumn = "Cpr-nr."): AgeDistribution {
  const groupOf = ageGroupOfRows(cases, a, b);
  const labels = [...AGE_GROUPS.map((g) => g.label), UNKNOWN_AGE_LABEL];
  const problems: Problem[] = [];
  const byGroup: CaseRow[][] = labels.map(() => []);
  cases.forEach((c, i) => {
    const g = groupOf[i];
    if (g < 0) return;
    byGroup[g].push(c);
    if (g === AGE_GROUPS.length) {
      const text = c.cpr ?? "";
      const message = text === "" ? msg.ageNoCpr() : msg.cprDate(text);
      problems.push({ code: "alder.ukendt", message: msg.rowColumn(c.row, cprColumn, message), row: c.row, column: cprColumn, severity: "advarsel" });
    }
  });
  const figures = (gruppe: string, foranstaltning: string, rows: readonly CaseRow[]): AgeGroupFigures => {
    let beloeb = 0;
    for (const c of rows) beloeb += disponeringInPeriod(c, a, b);
    return { gruppe, foranstaltning, sager: rows.length, haap: haap(rows, a, b, "dage"), beloeb };
  };
  const rows: AgeGroupFigures[] = [];
  const groups: AgeGroupFigures[] = [];
  byGroup.forEach((list, g) => {
    if (g === AGE_GROUPS.length && list.length === 0) return;
    groups.push(figures(labels[g], "I alt", list));
    const names = [...new Set(list.map((c) => c.foranstaltning))].sort(compareDa);
    for (const name of names) rows.push(figures(labels[g], name, list.filter((c) => c.foranstaltning === name)));
  });
  return { rows, groups, problems };
}

/** One person's merged days in the year with the birth date: the basis of the age per month. */
export interface AgeSpan {
  /** 1, 2, … per person, in the order of their CPR (the CPR itself is not carried). */
  person: number;
  /** Birth date (day number), NaN when the CPR gives none (then the age is unknown). */
  birth: number;
  start: number;
  stop: number;
}

/**
 * Every person's days in [a, b] as disjoint spans, rows of the same CPR merged across all
 * foranstaltninger (a person is counted once), sorted by person and start. A row without a CPR is
 * its own person with an unknown age.
 */
export function ageSpans(cases: readonly CaseRow[], a: number, b: number): AgeSpan[] {
  return finish(ageSpansInSteps(cases, a, b));
}

/** `ageSpans` in steps: a pause every ITEMS_PER_STEP rows and persons, also while sorting. */
export function* ageSpansInSteps(cases: readonly CaseRow[], a: number, b: number): Generator<void, AgeSpan[]> {
  const persons = new Map<string, { birth: number; spans: [number, number][] }>();
  for (let i = 0; i < cases.length; i++) {
    if (endsStep(i)) yield;
    const c = cases[i];
    const s = Math.max(c.start, a), e = Math.min(c.stop, b);
    if (e < s) continue;
    const key = personKey(c.cpr) ?? `\uffff${String(i).padStart(9, "0")}`;
    let p = persons.get(key);
    if (!p) persons.set(key, (p = { birth: birthDaySafe(c.cpr), spans: [] }));
    p.spans.push([s, e]);
  }
  const out: AgeSpan[] = [];
  const keys = yield* sortInSteps([...persons.keys()], (x, y) => (x < y ? -1 : x > y ? 1 : 0));
  for (let i = 0; i < keys.length; i++) {
    if (endsStep(i)) yield;
    const { birth, spans } = persons.get(keys[i])!;
    for (const [start, stop] of mergeDaySpans(spans)) out.push({ person: i + 1, birth, start, stop });
  }
  return out;
}

/** Persons and HÅP per age group for each month of a year (index 0 = januar). */
export interface AgeByMonth {
  /** AGE_GROUPS labels, then UNKNOWN_AGE_LABEL. */
  labels: string[];
  /** [group][month]: persons with at least one day in the month, each once. */
  persons: number[][];
  /** [group][month]: the persons' days in the month ÷ the month's days. */
  haap: number[][];
}

/**
 * Age per month (docs/domain.md §8): a person's age in a month is the age at the month's end, or at
 * the end of the person's days when earlier; the person counts once in the month, in the group of
 * the first of their spans in it. What the Overblik sheet computes with native formulas.
 */
export function ageByMonth(cases: readonly CaseRow[], y: number): AgeByMonth {
  const labels = [...AGE_GROUPS.map((g) => g.label), UNKNOWN_AGE_LABEL];
  const persons = labels.map(() => new Array<number>(12).fill(0));
  const haapOut = labels.map(() => new Array<number>(12).fill(0));
  const spans = ageSpans(cases, yearStart(y), yearEnd(y));
  for (let m = 1; m <= 12; m++) {
    const ms = monthStart(y, m), me = monthEnd(y, m);
    let last = -1;
    for (const s of spans) {
      const days = Math.min(s.stop, me) - Math.max(s.start, ms) + 1;
      if (days <= 0) continue;
      const g = Number.isNaN(s.birth) ? AGE_GROUPS.length : Math.max(0, ageGroupIndex(ageAt(s.birth, Math.min(s.stop, me))));
      haapOut[g][m - 1] += days / (me - ms + 1);
      if (s.person !== last) persons[g][m - 1]++;
      last = s.person;
    }
  }
  return { labels, persons, haap: haapOut };
}
