// CPR numbers (docs/domain.md §3): ONE normaliser for every layer — the custom functions, the case
// table, Økonomitjek, Overblik, HÅP's person keys, masking, pseudonyms and the last scan of a shared
// file all ask `cprCode` (or one of its faces below) who a cell is.
//
// A CPR is its 10 digits after removing spaces of any kind (also no-break, thin and zero-width),
// every dash and hyphen character, dots, slashes and a leading apostrophe; full-width digits are
// digits. Nine digits — a number or a text — lost their leading zero in Excel. A masked number, a
// truth value, 0 or an empty cell identifies no one and never merges with another row: in a sheet
// the row is a validation problem, in a custom function an error. Format and date checks of a real
// CPR are *warnings* (a case is never blocked by an odd CPR). CPR never leaves the workbook
// (docs/domain.md §7).
import { isValidYmd } from "./calendar";
import { msg } from "./messages";
import type { Problem } from "./result";
import { finish, ITEMS_PER_STEP } from "./steps";

/** Century from the 7th digit and the two-digit year (CPR-kontoret's rule). */
export function cprCentury(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

/** `cprCode` of an empty cell (or one of separators only): no person; a row of its own. */
export const CPR_EMPTY = -1;
/** `cprCode` of a masked CPR ("010190-xxxx", "******-1234", "010190-####", "010190-...."). */
export const CPR_MASKED = -2;
/** `cprCode` of TRUE/FALSE (SAND/FALSK as text): a checkbox column mapped as CPR. */
export const CPR_TRUTH = -3;
/** `cprCode` of 0 ("0", "000000-0000"): a formula's empty answer, or a placeholder. */
export const CPR_ZERO = -4;
/** `cprCode` of any other value: a name or a local id typed where the CPR belongs (its own key). */
export const CPR_TEXT = -5;

/** Longer texts are not a CPR however they are spaced; the scan stops there. */
const MAX_CPR_TEXT = 40;

// What a character is to the normaliser.
const DIGIT = 0, SEPARATOR = 1, DOT = 2, APOSTROPHE = 3, MASK = 4, LETTER = 5;

/**
 * Separators, by code point: whitespace of every kind (Unicode White_Space), the zero-width
 * characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen), every dash and hyphen (hyphen-minus,
 * hyphen, non-breaking hyphen, figure dash, en/em dash, horizontal bar, minus sign, small and
 * full-width hyphen-minus) and slashes (solidus, fraction slash, division slash, full-width solidus).
 */
const SEPARATORS = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
  0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
  0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad,
  0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d,
  0x2f, 0x2044, 0x2215, 0xff0f,
]);

function charClass(c: number): number {
  if (c >= 48 && c <= 57) return DIGIT;
  if (c === 45 || c === 32) return SEPARATOR;
  if (c === 46 || c === 0xff0e) return DOT;
  if (c >= 0xff10 && c <= 0xff19) return DIGIT; // full-width digits
  if (SEPARATORS.has(c)) return SEPARATOR;
  if (c === 39 || c === 0x2019) return APOSTROPHE;
  if (c === 120 || c === 88) return MASK; // x X
  // Any other letter (of any script) makes the text a name or an id; any other symbol (* # ? _ • …)
  // stands in place of a digit.
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch.toUpperCase() ? LETTER : MASK;
}

const TRUTH_TEXTS = new Set(["true", "false", "sand", "falsk"]);

/**
 * Who a CPR cell is: the CPR as the number DDMMYYSSSS (≥ 0, exact in a double) or one of
 * `CPR_EMPTY`, `CPR_MASKED`, `CPR_TRUTH`, `CPR_ZERO`, `CPR_TEXT`. Reads a column of a million cells
 * (SOC.HÅP) without building a string.
 */
export function cprCode(input: unknown): number {
  if (typeof input !== "string") {
    if (typeof input === "number") {
      if (input === 0) return CPR_ZERO;
      return Number.isInteger(input) && input >= 1e8 && input < 1e10 ? input : CPR_TEXT;
    }
    if (typeof input === "boolean") return CPR_TRUTH;
    return input === null || input === undefined ? CPR_EMPTY : CPR_TEXT;
  }
  if (input.length > MAX_CPR_TEXT) return CPR_TEXT;
  const usual = usualCode(input);
  if (usual >= 0) return usual === 0 ? CPR_ZERO : usual;
  let key = 0, digits = 0, masks = 0, dots = 0, dotRun = 0, longestDotRun = 0, seen = false, gap = false, gaps = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    // The usual characters first, without asking charClass: a digit, a dash, a space.
    if (c >= 48 && c <= 57) {
      if (gap && digits > 0) gaps++;
      gap = false;
      if (++digits <= 10) key = key * 10 + (c - 48);
      seen = true;
      dotRun = 0;
      continue;
    }
    if (c === 45 || c === 32) {
      gap = true;
      dotRun = 0;
      continue;
    }
    const kind = charClass(c);
    if (kind === DIGIT) {
      if (gap && digits > 0) gaps++;
      gap = false;
      // Digits beyond ten are no CPR, but the text is read to the end: a letter makes it a name.
      if (++digits <= 10) key = key * 10 + (c >= 0xff10 ? c - 0xff10 : c - 48);
    } else if (kind === DOT) {
      dots++;
      gap = true;
      if (++dotRun > longestDotRun) longestDotRun = dotRun;
      seen = true;
      continue;
    } else if (kind === APOSTROPHE) {
      // Excel's text marker, typed or pasted: only before anything else.
      if (seen) return CPR_TEXT;
      continue;
    } else if (kind === MASK) masks++;
    else if (kind === LETTER) return truthOrText(input);
    if (kind !== SEPARATOR) seen = true;
    else gap = true;
    dotRun = 0;
  }
  if (!seen) return CPR_EMPTY;
  if (masks > 0) return digits + masks === 10 ? CPR_MASKED : CPR_TEXT;
  // Dots in place of digits ("010190-...."), not between groups ("01.01.90-1234").
  if (longestDotRun >= 2 && digits + dots === 10 && digits < 10) return CPR_MASKED;
  // Nine digits in one run are a CPR that lost its leading zero in a number cell; nine digits in
  // groups ("010190-123") are a CPR with a digit missing.
  if (digits === 10 || (digits === 9 && gaps === 0)) return key === 0 ? CPR_ZERO : key;
  return digits > 0 && key === 0 && digits <= 10 ? CPR_ZERO : CPR_TEXT;
}

/**
 * The usual cell, "DDMMYY-SSSS" or ten digits, as its number; -1 for anything else (the general loop
 * reads it). Small enough for the engine to inline where a million cells are read (SOC.HÅP).
 */
function usualCode(input: string): number {
  const n = input.length;
  if (n !== 11 && n !== 10) return -1;
  let k = 0, digits = 0;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      k = k * 10 + (c - 48);
      digits++;
    } else if (c !== 45 || i !== 6) return -1;
  }
  return digits === 10 ? k : -1;
}

function truthOrText(input: string): number {
  if (input.length < 8 && TRUTH_TEXTS.has(input.trim().toLowerCase())) return CPR_TRUTH;
  // "010190-xxxx" and "XXXXXX-XXXX" were read as masks; any other letter makes a name or an id.
  return CPR_TEXT;
}

/** "DDMMYY-SSSS" of a `cprCode` ≥ 0. */
function formatCode(code: number): string {
  const d = String(code).padStart(10, "0");
  return `${d.slice(0, 6)}-${d.slice(6)}`;
}

/** Normalised "DDMMYY-SSSS", or null when the value does not identify a person by CPR. */
export function normaliseCpr(input: unknown): string | null {
  // The usual cell is already normalised: return it without a second look.
  if (typeof input === "string" && input.length === 11 && isNormalised(input)) return input === "000000-0000" ? null : input;
  const code = cprCode(input);
  return code >= 0 ? formatCode(code) : null;
}

function isNormalised(v: string): boolean {
  for (let k = 0; k < 11; k++) {
    const ch = v.charCodeAt(k);
    if (k === 6 ? ch !== 45 : ch < 48 || ch > 57) return false;
  }
  return true;
}

/** The CPR number of a value as the number DDMMYYSSSS, or -1 when it is no CPR (`cprCode` < 0). */
export function cprKey(input: unknown): number {
  if (typeof input === "string") {
    const usual = usualCode(input);
    if (usual > 0) return usual;
  }
  const code = cprCode(input);
  return code >= 0 ? code : -1;
}

/**
 * The key that makes rows one person (docs/domain.md §3, §4): the normalised CPR; the trimmed text
 * of a name or a local id typed where the CPR belongs (the same text is the same person); null for
 * an empty, masked, truth-value or 0 cell, which identifies no one — each such row is a person of
 * its own, never merged with another.
 */
export function personKey(input: unknown): string | null {
  if (typeof input === "string" && input.length === 11 && isNormalised(input) && input !== "000000-0000") return input;
  const code = cprCode(input);
  if (code >= 0) return formatCode(code);
  return code === CPR_TEXT ? String(input).trim() : null;
}

/**
 * The CPR part of the key that finds a case's row again in a refreshed sheet (core `inputKey`): the
 * person key, or for a cell that identifies no one the text as shown — a masked sheet shows
 * "010190-xxxx", and finding a row again needs what is on the row, not a person.
 */
export function cprRowKey(input: unknown): string {
  return personKey(input) ?? (input === null || input === undefined ? "" : String(input).trim());
}

/** "010190-xxxx", "******-1234": shaped like a CPR with some digits hidden. */
export function isMaskedCpr(input: unknown): boolean {
  return cprCode(input) === CPR_MASKED;
}

/** TRUE/FALSE (or SAND/FALSK as text): a checkbox column mapped as CPR. */
export function isTruthValue(input: unknown): boolean {
  return cprCode(input) === CPR_TRUTH;
}

// The text as the user wrote it, for messages; a number cell's lost leading zero restored.
const cprText = (input: unknown) => (typeof input === "number" && input >= 1e8 ? String(input).padStart(10, "0") : String(input ?? "").trim());

/** The error when a value cannot identify a person (masked, a truth value or 0); null otherwise. */
export function cprUnusable(input: unknown): Problem | null {
  const code = cprCode(input);
  const text = cprText(input);
  if (code === CPR_MASKED) return { code: "cpr.masked", message: msg.cprMasked(text), severity: "fejl" };
  if (code === CPR_TRUTH) return { code: "cpr.truth", message: msg.cprTruth(text), severity: "fejl" };
  if (code === CPR_ZERO) return { code: "cpr.zero", message: msg.cprZero(text), severity: "fejl" };
  return null;
}

/** Problems of a CPR value: an error when it cannot identify anyone, warnings for format and date. */
export function checkCpr(input: unknown): Problem[] {
  const unusable = cprUnusable(input);
  if (unusable) return [unusable];
  const text = cprText(input);
  const n = normaliseCpr(input);
  if (!n) return [{ code: "cpr.format", message: msg.cprFormat(text), severity: "advarsel" }];
  const dd = Number(n.slice(0, 2)), mm = Number(n.slice(2, 4)), yy = Number(n.slice(4, 6));
  const y = cprCentury(yy, Number(n[7])) + yy;
  if (dd > 60 && isValidYmd(y, mm, dd - 60)) {
    return [{ code: "cpr.substitute", message: msg.cprSubstitute(text), severity: "advarsel" }];
  }
  if (!isValidYmd(y, mm, dd)) return [{ code: "cpr.date", message: msg.cprDate(text), severity: "advarsel" }];
  return [];
}

/** "010190-1234" → "010190-xxxx"; anything not CPR-shaped is masked entirely. */
export function maskCpr(input: unknown): string {
  const n = normaliseCpr(input);
  if (n) return `${n.slice(0, 6)}-xxxx`;
  const text = String(input ?? "");
  return text === "" ? "" : "x".repeat(Math.min(text.length, 11));
}

/**
 * The first CPR of `source` (numbers DDMMYYSSSS, as `cprCode` gives them) that a cell of a file to
 * share holds in any spelling (docs/domain.md §7): every 10-digit window of the cell's digits, read
 * across any separator and glued to other digits ("020290-2345 2", "2 0909901234", "070790.6789 9"),
 * and every 9-digit window, a CPR whose leading zero a number cell dropped. A number is read by its
 * whole part: a CPR is stored as a whole number, while the 17 digits of a computed amount's fraction
 * would now and then match one of 20.000 source CPRs by chance and refuse a clean file. -1 when none.
 */
export function cprInCell(value: unknown, source: ReadonlySet<number>): number {
  if (source.size === 0) return -1;
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return -1;
    const whole = Math.trunc(Math.abs(value));
    // Past 1e21 String() writes an exponent; BigInt writes every digit.
    text = whole < 1e21 ? String(whole) : BigInt(whole).toString();
  } else if (typeof value === "string") text = value;
  else return -1;
  let w10 = 0, w9 = 0, digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 0xff10 && c <= 0xff19 ? c - 0xff10 : -1;
    if (d < 0) continue;
    digits++;
    w10 = (w10 % 1e9) * 10 + d;
    w9 = (w9 % 1e8) * 10 + d;
    if (digits >= 10 && source.has(w10)) return w10;
    // Nine digits are a CPR with its leading 0 dropped: the window's number is that CPR's number.
    if (digits >= 9 && source.has(w9)) return w9;
  }
  return -1;
}

/**
 * Every CPR a case table holds (numbers DDMMYYSSSS), for the last scan of a file to share: each cell
 * of its CPR column (rows with an error too: their CPR is the source's all the same), and each text
 * cell of another column that is a CPR by itself (a CPR typed in Navn).
 */
export function cprsOfTable(rows: readonly (readonly unknown[])[], cprCol: number | undefined): Set<number> {
  return finish(cprsOfTableInSteps(rows, cprCol));
}

/** `cprsOfTable` in steps: a pause every ITEMS_PER_STEP rows. */
export function* cprsOfTableInSteps(rows: readonly (readonly unknown[])[], cprCol: number | undefined): Generator<void, Set<number>> {
  const out = new Set<number>();
  let n = 0;
  for (const r of rows) {
    if (++n % ITEMS_PER_STEP === 0) yield;
    for (let k = 0; k < r.length; k++) {
      const v = r[k];
      if (k !== cprCol && typeof v !== "string") continue;
      const code = cprCode(v);
      if (code >= 0) out.add(code);
    }
  }
  return out;
}

/**
 * True when a text holds a CPR number in any spelling of the one normaliser, a masked one (it still
 * shows the birth date), or ten digits in a row, glued to others, that read as a birth date and a
 * serial: for a text whose source CPRs are not known (a sheet name typed by the user). Letters end
 * a candidate; digits, separators and symbols make one.
 */
export function containsCpr(text: string): boolean {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const kind = i < text.length ? charClass(text.charCodeAt(i)) : LETTER;
    if (kind !== LETTER) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && candidateIsCpr(text.slice(start, i))) return true;
    start = -1;
  }
  return false;
}

function candidateIsCpr(run: string): boolean {
  const code = cprCode(run);
  if (code >= 0 || code === CPR_MASKED) return true;
  let digits = "";
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += run[i];
    else if (c >= 0xff10 && c <= 0xff19) digits += String.fromCharCode(c - 0xff10 + 48);
  }
  for (let i = 0; i + 10 <= digits.length; i++) {
    const problems = checkCpr(digits.slice(i, i + 10));
    if (problems.length === 0 || problems[0].code === "cpr.substitute") return true;
  }
  return false;
}
