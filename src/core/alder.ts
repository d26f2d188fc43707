// Age from the CPR birth date (docs/domain.md §3, §8): the birth date with the century rule, age in
// whole years at a date, and the age groups Danmarks Statistik reports placements in.
import { dayToYmd, isValidYmd, ymdToDay } from "./calendar";
import { cprCentury, normaliseCpr } from "./cpr";
import { msg } from "./messages";
import { fail, ok, type Result } from "./result";

// Scratch for the birth date of the last CPR read: the bulk paths allocate nothing per person.
const ymd = new Int32Array(3);
const digits = new Int8Array(7);

/** The digit at i of a text, or -1. */
const digitAt = (t: string, i: number) => {
  const c = t.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/**
 * Reads the birth date of a CPR into `ymd`; false when the value is no CPR or its first six digits
 * are no date. The usual cell, "DDMMYY-SSSS" or ten digits, is read by hand; anything else goes
 * through the one normaliser (normaliseCpr), which is several times slower.
 */
function readBirth(cpr: unknown): boolean {
  let count = 0;
  if (typeof cpr === "string" && (cpr.length === 11 ? cpr.charCodeAt(6) === 45 : cpr.length === 10)) {
    // All ten digits must be digits (as normaliseCpr demands); the first seven carry the date.
    for (let i = 0; i < cpr.length; i++) {
      if (i === 6 && cpr.length === 11) continue;
      const c = digitAt(cpr, i);
      if (c < 0) {
        count = 0;
        break;
      }
      if (count < 7) digits[count] = c;
      count++;
    }
  }
  if (count < 10) {
    const n = normaliseCpr(cpr);
    if (n === null) return false;
    // The normalised form's first seven digits, whatever separator it keeps.
    count = 0;
    for (let i = 0; i < n.length && count < 7; i++) {
      const c = digitAt(n, i);
      if (c >= 0) digits[count++] = c;
    }
    if (count < 7) return false;
  }
  let dd = digits[0] * 10 + digits[1];
  const mm = digits[2] * 10 + digits[3];
  const yy = digits[4] * 10 + digits[5];
  if (dd > 60) dd -= 60;
  const y = cprCentury(yy, digits[6]) + yy;
  if (!isValidYmd(y, mm, dd)) return false;
  ymd[0] = y;
  ymd[1] = mm;
  ymd[2] = dd;
  return true;
}

/**
 * Birth date (day number) of a CPR, or NaN when the value is no CPR or its first six digits are
 * no date. Never throws. Substitute numbers (day + 60) give the real day.
 */
export function birthDaySafe(cpr: unknown): number {
  return readBirth(cpr) ? ymdToDay(ymd[0], ymd[1], ymd[2]) : NaN;
}

/**
 * Ages in whole years at `day` of many CPR values at once (an age column for a case table): NaN
 * where the value gives no birth date. The date is split once, not once per person.
 */
export function agesAt(cprs: readonly unknown[], day: number): Float64Array {
  const t = dayToYmd(day);
  const out = new Float64Array(cprs.length);
  for (let i = 0; i < cprs.length; i++) {
    out[i] = readBirth(cprs[i]) ? t.y - ymd[0] - (t.m < ymd[1] || (t.m === ymd[1] && t.d < ymd[2]) ? 1 : 0) : NaN;
  }
  return out;
}

/** Birth date of a CPR, or a problem naming the value ("… indeholder ikke en gyldig fødselsdato"). */
export function birthDay(cpr: unknown): Result<number> {
  const day = birthDaySafe(cpr);
  if (!Number.isNaN(day)) return ok(day);
  const text = typeof cpr === "number" ? String(cpr).padStart(10, "0") : String(cpr ?? "").trim();
  return normaliseCpr(cpr) === null ? fail("cpr.format", msg.cprFormat(text)) : fail("cpr.date", msg.cprDate(text));
}

/**
 * Age in whole years at `day` of a person born on `birth` (both day numbers): the years since
 * birth, one less until the birthday in that year has come — Excel's DATEDIF(birth; day; "y").
 * Someone born on 29.02 turns a year older on 01.03 in a year without 29.02, as DATEDIF counts.
 * Negative when `day` is before the birth.
 */
export function ageAt(birth: number, day: number): number {
  const b = dayToYmd(birth), t = dayToYmd(day);
  const years = t.y - b.y;
  return t.m < b.m || (t.m === b.m && t.d < b.d) ? years - 1 : years;
}

/**
 * The day a person born on `birth` turns `years` old: the birthday in that year, or 01.03 when the
 * person was born on 29.02 and that year has none (the same day ageAt first counts the new age).
 */
export function birthdayAt(birth: number, years: number): number {
  const b = dayToYmd(birth);
  const y = b.y + years;
  return isValidYmd(y, b.m, b.d) ? ymdToDay(y, b.m, b.d) : ymdToDay(y, 3, 1);
}

/** One age group: ages from..to inclusive (to = Infinity for the last). */
export interface AgeGroup {
  label: string;
  from: number;
  to: number;
}

/** Danmarks Statistik's groups for placements (docs/domain.md §8), youngest first. */
export const AGE_GROUPS: readonly AgeGroup[] = [
  { label: "0-5 år", from: 0, to: 5 },
  { label: "6-11 år", from: 6, to: 11 },
  { label: "12-17 år", from: 12, to: 17 },
  { label: "18-22 år", from: 18, to: 22 },
  { label: "23 år og derover", from: 23, to: Infinity },
];

/** Index into AGE_GROUPS of an age; -1 for a negative age (a date before the birth). */
export function ageGroupIndex(age: number): number {
  if (age < 0) return -1;
  for (let i = AGE_GROUPS.length - 1; i >= 0; i--) if (age >= AGE_GROUPS[i].from) return i;
  return -1;
}

/**
 * The day whose age counts for a case in a period ending `periodEnd` (docs/domain.md §8): the
 * period's end, or the case's stop when that is earlier.
 */
export function ageDay(stop: number, periodEnd: number): number {
  return stop < periodEnd ? stop : periodEnd;
}

/** Age of a CPR at a day, or the problem with the CPR. */
export function alder(cpr: unknown, day: number): Result<number> {
  const b = birthDay(cpr);
  return b.ok ? ok(ageAt(b.value, day)) : b;
}
