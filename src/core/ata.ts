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

/** Staffing ratio "1:N" → N (citizens sharing one staff member). Default 1:1. */
export function parseRatio(input: unknown): Result<number> {
  if (input === null || input === undefined || input === "") return ok(1);
  if (typeof input === "number") {
    return Number.isFinite(input) && input >= 1 ? ok(input) : fail("ata.ratio", msg.ratioInvalid(String(input)));
  }
  const key = String(input).trim().toLowerCase().replace(/\s/g, "");
  if (key === "1:flere" || key === "flere") return fail("ata.ratioNeedsNumber", msg.ratioNeedsNumber(String(input)));
  const m = /^1:(\d+(?:,\d+)?)$/.exec(key);
  if (!m) return fail("ata.ratio", msg.ratioInvalid(String(input)));
  const n = Number(m[1].replace(",", "."));
  return n >= 1 ? ok(n) : fail("ata.ratio", msg.ratioInvalid(String(input)));
}

export interface AtaActivity {
  minutter: number;
  /** Occurrences per week. */
  gangePrUge: number;
  /** N in 1:N. */
  normering: number;
}

/** Hours per week of one activity: minutes × occurrences / N / 60. */
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
