// A døgnskema's totals (docs/domain.md §4): ATA hours delivered per week and year against the granted
// hours, and the difference in kroner at the provider's ATA-timepris.
import { ataHoursPerWeek, parseFrequency, parseRatio, perYear } from "./ata";
import { fail, ok, type Problem, type Result } from "./result";
import { msg } from "./messages";

export interface DoegnskemaRow {
  /** Frequency text ("Hverdage", "2 gange ugentligt" …) or occurrences per week. */
  hyppighed: unknown;
  minutter: number;
  /** "1:1", "1:3", "2:1" … (M staff : N citizens; empty = 1:1). */
  normering: unknown;
}

export interface DoegnskemaTotals {
  /** Hours per week of each row. */
  rows: number[];
  perWeek: number;
  perYear: number;
  grantedPerWeek: number;
  grantedPerYear: number;
  /** Delivered − granted per year (positive = more than granted). */
  differencePerYear: number;
  differenceKr: number;
}

/** Totals of a døgnskema; the first bad row is returned as a Problem with its 1-based row number. */
export function doegnskemaTotals(rows: readonly DoegnskemaRow[], grantedPerWeek: number, ataTimepris: number): Result<DoegnskemaTotals> {
  const hours: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const freq = parseFrequency(r.hyppighed);
    const ratio = parseRatio(r.normering);
    const bad: Problem | null = !freq.ok ? freq.problem : !ratio.ok ? ratio.problem : null;
    if (bad) return { ok: false, problem: { ...bad, message: msg.row(i + 1, bad.message), row: i + 1 } };
    if (!Number.isFinite(r.minutter) || r.minutter < 0) return fail("ata.minutes", msg.row(i + 1, msg.minutesInvalid(String(r.minutter))));
    hours.push(ataHoursPerWeek({ minutter: r.minutter, gangePrUge: freq.ok ? freq.value : 0, normering: ratio.ok ? ratio.value : 1 }));
  }
  const perWeek = hours.reduce((s, h) => s + h, 0);
  const differencePerYear = perYear(perWeek) - perYear(grantedPerWeek);
  return ok({
    rows: hours, perWeek, perYear: perYear(perWeek), grantedPerWeek, grantedPerYear: perYear(grantedPerWeek),
    differencePerYear, differenceKr: differencePerYear * ataTimepris,
  });
}
