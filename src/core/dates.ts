// Reading dates from cells: Excel serials, JS dates and Danish text → day numbers (calendar.ts).
import { fail, ok, type Result } from "./result";
import { msg } from "./messages";
import { OPEN_END, dayToYmd, isValidYmd, ymdToDay } from "./calendar";

/** Excel 1900-system serial → day number. Serial 60 (29.02.1900) does not exist. */
export function serialToDay(serial: number): Result<number> {
  const whole = Math.floor(serial);
  if (whole === 60) return fail("date.fictitious", msg.dateFictitious1900());
  if (whole < 1 || whole > OPEN_END) return fail("date.range", msg.dateOutOfRange(String(serial)));
  return ok(whole < 60 ? whole + 1 : whole);
}

const TEXT_DATE = [
  // dd.mm.yyyy, dd-mm-yyyy, d/m/yyyy (day first, as Danes write it)
  { re: /^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d+)$/, order: "dmy" as const },
  // ISO yyyy-mm-dd
  { re: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: "ymd" as const },
];

/** What a parsed stop date may be: a day, or open-ended. */
export type DateValue = number | "open";

/**
 * Parses a date cell: Excel serial, JS Date or Danish text. Empty input gives "open" only when
 * `allowOpen` (stop dates); any date in year 9999 is open-ended too.
 */
export function parseDate(input: unknown, allowOpen = false): Result<DateValue> {
  if (input === null || input === undefined || input === "" || (allowOpen && input === 0)) {
    return allowOpen ? ok("open") : fail("date.missing", msg.dateMissing());
  }
  let day: number;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return fail("date.invalid", msg.dateInvalid(String(input)));
    const r = serialToDay(input);
    if (!r.ok) return r;
    day = r.value;
  } else if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return fail("date.invalid", msg.dateInvalid(String(input)));
    // A Date is the date it names: a local-midnight Date (typed by a user's code) by its local
    // calendar day, anything else (ExcelJS gives UTC-based Dates, possibly with a time of day) by
    // its UTC day. Rounding the epoch milliseconds instead shifted a 18:00 time to the next day and
    // failed for local midnight beyond ±12 h of UTC.
    const localMidnight =
      input.getHours() === 0 && input.getMinutes() === 0 && input.getSeconds() === 0 && input.getMilliseconds() === 0;
    day = localMidnight
      ? ymdToDay(input.getFullYear(), input.getMonth() + 1, input.getDate())
      : ymdToDay(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
  } else if (typeof input === "string") {
    const text = input.trim();
    if (text === "") return allowOpen ? ok("open") : fail("date.missing", msg.dateMissing());
    const r = parseTextDate(text);
    if (!r.ok) return r;
    day = r.value;
  } else {
    return fail("date.invalid", msg.dateInvalid(String(input)));
  }
  if (day < 2 || day > OPEN_END) return fail("date.range", msg.dateOutOfRange(String(input)));
  if (dayToYmd(day).y === 9999) return allowOpen ? ok("open") : ok(day);
  return ok(day);
}

function parseTextDate(text: string): Result<number> {
  if (/^\d{1,7}$/.test(text)) return serialToDay(Number(text)); // a serial that arrived as text
  for (const { re, order } of TEXT_DATE) {
    const mt = re.exec(text);
    if (!mt) continue;
    const [a, b, c] = [mt[1], mt[2], mt[3]];
    const [ys, ms, ds] = order === "dmy" ? [c, b, a] : [a, b, c];
    if (ys.length !== 4) {
      return ys.length === 2
        ? fail("date.twoDigitYear", msg.dateTwoDigitYear(text))
        : fail("date.invalid", msg.dateInvalid(text));
    }
    const y = Number(ys), m = Number(ms), d = Number(ds);
    if (y < 1900 || !isValidYmd(y, m, d)) return fail("date.invalid", msg.dateInvalid(text));
    return ok(ymdToDay(y, m, d));
  }
  return fail("date.invalid", msg.dateInvalid(text));
}
