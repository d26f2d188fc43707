// Cases, HÅP and amount per age group and foranstaltning (docs/domain.md §8) — the figures Kolding,
// Syddjurs and Randers report. A case row's age is the person's age at the period's end, or at the
// case's stop when that is earlier; a row whose CPR gives no birth date is counted under "ukendt
// alder" and listed as a problem on its row, so the groups still add up to the whole.
import { compareDa } from "./collation";
import { AGE_GROUPS, ageAt, ageDay, ageGroupIndex, birthDaySafe } from "./alder";
import type { CaseRow } from "./cases";
import { dispositionInPeriod } from "./disposition";
import { haap } from "./haap";
import { msg } from "./messages";
import type { Problem } from "./result";

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
  const out = new Int32Array(cases.length);
  for (let i = 0; i < cases.length; i++) {
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
    for (const c of rows) beloeb += dispositionInPeriod(c, a, b);
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
