// ATA hours (ansigt-til-ansigt) from a døgnskema (docs/domain.md §4). Frequency texts are a table.
import { fail, ok, type Result } from "./result";
import { msg } from "./messages";

const WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"];

/** Fixed frequency texts → occurrences per week. The drop-down in the sheet offers these. */
export const FREQUENCIES: ReadonlyArray<readonly [string, number]> = [
  ["Alle ugens 7 dage", 7],
  ["Dagligt", 7],
  ["Hverdage", 5],
  ["Weekend", 2],
  ["Månedligt", 12 / 52],
  ...WEEKDAYS.map((d) => [d[0].toUpperCase() + d.slice(1), 1] as const),
  ["1 gang ugentligt", 1],
  ["2 gange ugentligt", 2],
  ["3 gange ugentligt", 3],
  ["4 gange ugentligt", 4],
];

const FREQ_BY_KEY = new Map(FREQUENCIES.map(([t, n]) => [t.toLowerCase(), n]));

/** Frequency (number per week or Danish text) → occurrences per week. */
export function parseFrequency(input: unknown): Result<number> {
  if (typeof input === "number") {
    return Number.isFinite(input) && input >= 0 ? ok(input) : fail("ata.frequency", msg.frequencyInvalid(String(input)));
  }
  if (typeof input !== "string") return fail("ata.frequency", msg.frequencyInvalid(String(input)));
  const key = input.trim().toLowerCase().replace(/\s+/g, " ");
  const fixed = FREQ_BY_KEY.get(key);
  if (fixed !== undefined) return ok(fixed);
  const times = /^(\d+(?:,\d+)?) gange? (?:ugentligt|om ugen|pr\.? uge)$/.exec(key);
  if (times) return ok(Number(times[1].replace(",", ".")));
  if (/^\d+(,\d+)?$/.test(key)) return ok(Number(key.replace(",", ".")));
  return fail("ata.frequency", msg.frequencyInvalid(input));
}

/**
 * Staffing ratio "M:N" (M staff with N citizens) → citizens per staff member, N ÷ M: the divisor of
 * the minutes. "1:3" → 3 (each citizen gets a third), "2:1" (to-mandsbetjening) → 0,5 (the minutes
 * count twice), "2:3" → 1,5 (minutes × 2/3). Default 1:1. A number of 1 or more is N of 1:N; a
 * number below 1 is a ratio Excel turned into a time of day as it was typed (2:1 → 02:01), read
 * back as M hours and N minutes, as the døgnskema's formula does.
 */
export function parseRatio(input: unknown): Result<number> {
  if (input === null || input === undefined || input === "") return ok(1);
  if (typeof input === "number") {
    if (!Number.isFinite(input) || input <= 0) return fail("ata.ratio", msg.ratioInvalid(String(input)));
    if (input >= 1) return ok(input);
    const minutes = Math.round(input * 1440);
    // Only a whole number of minutes is a typed time; any other fraction is not a ratio.
    if (Math.abs(minutes - input * 1440) > 1e-6) return fail("ata.ratio", msg.ratioInvalid(String(input)));
    return ratio(Math.floor(minutes / 60), minutes % 60, String(input));
  }
  const key = String(input).trim().toLowerCase().replace(/\s/g, "");
  if (/^(\d+(?:,\d+)?:)?flere$/.test(key)) return fail("ata.ratioNeedsNumber", msg.ratioNeedsNumber(String(input)));
  const m = /^(\d+(?:,\d+)?):(\d+(?:,\d+)?)$/.exec(key);
  if (!m) return fail("ata.ratio", msg.ratioInvalid(String(input)));
  return ratio(Number(m[1].replace(",", ".")), Number(m[2].replace(",", ".")), String(input));
}

function ratio(staff: number, citizens: number, text: string): Result<number> {
  return staff > 0 && citizens > 0 ? ok(citizens / staff) : fail("ata.ratio", msg.ratioInvalid(text));
}

export interface AtaActivity {
  minutter: number;
  /** Occurrences per week. */
  gangePrUge: number;
  /** Citizens per staff member: N ÷ M of the ratio M:N (3 for 1:3, 0,5 for 2:1). */
  normering: number;
}

/** Hours per week of one activity: minutes × occurrences × M / N / 60. */
export function ataHoursPerWeek(a: AtaActivity): number {
  return (a.minutter * a.gangePrUge) / a.normering / 60;
}

/** Hours per year from hours per week: × 365/7. */
export function perYear(hoursPerWeek: number): number {
  return (hoursPerWeek * 365) / 7;
}

export function totalAtaHoursPerWeek(activities: readonly AtaActivity[]): number {
  return activities.reduce((s, a) => s + ataHoursPerWeek(a), 0);
}

/** ATA capacity of staff, ATA-timepris and over-delivery. */
export function ataCapacity(ataAarsvaerk: number, timerPrAarsvaerk: number): number {
  return ataAarsvaerk * timerPrAarsvaerk;
}
export function ataTimepris(udgiftsgrundlag: number, staffAtaHours: number): number {
  return udgiftsgrundlag / staffAtaHours;
}
export function overDelivery(staffAtaHours: number, grantedAtaHours: number): number {
  return staffAtaHours - grantedAtaHours;
}
