// Calendar arithmetic on *day numbers*: whole days since 1899-12-30 on the real calendar. From
// 1900-03-01 on this equals Excel's 1900-system serial, so numbers pass between the core and the
// sheets unchanged; only serials 1–60 differ, because Excel counts the fictitious 29.02.1900
// (serial 60). Pure arithmetic: no messages, no parsing (those live in dates.ts), so the text
// formatters can use it without an import circle.
export interface Ymd {
  y: number;
  m: number; // 1–12
  d: number;
}

/** Day number of 31.12.9999, Excel's last date; also what an open-ended stop becomes. */
export const OPEN_END = 2958465;
const EPOCH_OFFSET = daysFromCivil(1899, 12, 30);

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function ymdToDay(y: number, m: number, d: number): number {
  return daysFromCivil(y, m, d) - EPOCH_OFFSET;
}

export function dayToYmd(day: number): Ymd {
  const z = day + EPOCH_OFFSET + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return { y, m, d };
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // A constant table: this sits in the innermost loop of every disposition.
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1];
}

export function daysInYear(y: number): number {
  return isLeapYear(y) ? 366 : 365;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Day number → Excel serial (inverse of serialToDay). */
export function dayToSerial(day: number): number {
  return day <= 60 ? day - 1 : day;
}

export function yearStart(y: number): number {
  return ymdToDay(y, 1, 1);
}
export function yearEnd(y: number): number {
  return ymdToDay(y, 12, 31);
}
// Month starts per year, computed once: dispositions ask for them for every case and month.
const monthStartCache = new Map<number, Int32Array>();
/** Day numbers of the first of each month of y, plus 1 January of y + 1 at index 12. */
export function monthStarts(y: number): Int32Array {
  let starts = monthStartCache.get(y);
  if (!starts) {
    starts = new Int32Array(13);
    for (let m = 1; m <= 12; m++) starts[m - 1] = ymdToDay(y, m, 1);
    starts[12] = ymdToDay(y + 1, 1, 1);
    if (monthStartCache.size > 512) monthStartCache.clear();
    monthStartCache.set(y, starts);
  }
  return starts;
}

export function monthStart(y: number, m: number): number {
  return monthStarts(y)[m - 1];
}
export function monthEnd(y: number, m: number): number {
  return monthStarts(y)[m] - 1;
}


/** Number of days in [s, e] ∩ [a, b], inclusive; 0 if disjoint. */
export function overlapDays(s: number, e: number, a: number, b: number): number {
  const lo = s > a ? s : a;
  const hi = e < b ? e : b;
  return hi >= lo ? hi - lo + 1 : 0;
}

/** Number of calendar months touched by [a, b]. */
export function monthsInPeriod(a: number, b: number): number {
  const s = dayToYmd(a), e = dayToYmd(b);
  return (e.y - s.y) * 12 + (e.m - s.m) + 1;
}

/**
 * Day spans [start, stop] (inclusive) as the fewest disjoint spans covering the same days, by start:
 * overlapping spans and spans that touch (one stops the day before the next starts) become one, so a
 * person's days are counted once. Sorts `spans` in place.
 */
export function mergeDaySpans(spans: [number, number][]): [number, number][] {
  spans.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [s, e] of spans) {
    const last = out[out.length - 1];
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
