// CPR numbers (docs/domain.md §3): ONE normaliser for every layer — the custom functions, the case
// table, Økonomitjek, Overblik, masking and pseudonyms all ask `normaliseCpr` who a cell is.
// A CPR is its 10 digits after removing spaces, no-break spaces, hyphens, en/em dashes and dots;
// a number with 9 digits lost its leading zero in Excel. Masked numbers and truth values identify
// no one. Format and date checks are *warnings* (a case is never blocked by an odd CPR); a masked
// CPR or a truth value is an error (it would merge different people). CPR never leaves the
// workbook (docs/domain.md §7).
import { isValidYmd } from "./calendar";
import { msg } from "./messages";
import type { Problem } from "./result";

/** Century from the 7th digit and the two-digit year (CPR-kontoret's rule). */
export function cprCentury(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

// Characters that may separate the digits of a CPR as people write it.
const SEPARATOR = /[\s\u00a0\u202f.\-\u2010\u2011\u2012\u2013\u2014\u2212]/;
/** Longer texts are not a CPR however they are spaced; the scan below stops there. */
const MAX_CPR_TEXT = 40;

/** Normalised "DDMMYY-SSSS", or null when the value does not identify a person by CPR. */
export function normaliseCpr(input: unknown): string | null {
  if (typeof input === "number") {
    // 9 digits: the leading zero Excel dropped from a CPR typed without dash (0101901234).
    if (!Number.isInteger(input) || input < 1e8 || input >= 1e10) return null;
    const d = String(input).padStart(10, "0");
    return `${d.slice(0, 6)}-${d.slice(6)}`;
  }
  if (typeof input !== "string" || input.length > MAX_CPR_TEXT) return null;
  let digits = "";
  for (const ch of input) {
    if (ch >= "0" && ch <= "9") {
      digits += ch;
      if (digits.length > 10) return null;
    } else if (!SEPARATOR.test(ch)) return null;
  }
  return digits.length === 10 ? `${digits.slice(0, 6)}-${digits.slice(6)}` : null;
}

/**
 * The CPR number of a value as the number DDMMYYSSSS (exact in a double), or -1 when `normaliseCpr`
 * finds no CPR: the same rule, without building a string. Used where a column of a million cells is
 * grouped by person (SOC.HÅP); the digits and the separators people type most are read here, any
 * other character is left to `normaliseCpr`, so both always agree.
 */
export function cprKey(input: unknown): number {
  if (typeof input === "number") return Number.isInteger(input) && input >= 1e8 && input < 1e10 ? input : -1;
  if (typeof input !== "string" || input.length > MAX_CPR_TEXT) return -1;
  let k = 0, digits = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits > 10) return -1;
      k = k * 10 + (c - 48);
    } else if (c !== 45 && c !== 32 && c !== 46 && c !== 0x2013) {
      const n = normaliseCpr(input);
      return n === null ? -1 : Number(n.slice(0, 6) + n.slice(7));
    }
  }
  return digits === 10 ? k : -1;
}

/** "010190-xxxx", "******-1234": shaped like a CPR with some digits hidden. */
export function isMaskedCpr(input: unknown): boolean {
  if (typeof input !== "string" || input.length > MAX_CPR_TEXT) return false;
  let digits = 0, hidden = 0;
  for (const ch of input) {
    if (ch >= "0" && ch <= "9") digits++;
    else if (ch === "x" || ch === "X" || ch === "*") hidden++;
    else if (!SEPARATOR.test(ch)) return false;
  }
  return hidden > 0 && digits + hidden === 10;
}

const TRUTH_TEXTS = new Set(["true", "false", "sand", "falsk"]);

/** TRUE/FALSE (or SAND/FALSK as text): a checkbox column mapped as CPR. */
export function isTruthValue(input: unknown): boolean {
  return typeof input === "boolean" || (typeof input === "string" && input.length < 8 && TRUTH_TEXTS.has(input.trim().toLowerCase()));
}

/** The error when a value cannot identify a person (masked or a truth value); null otherwise. */
export function cprUnusable(input: unknown): Problem | null {
  const text = String(input).trim();
  if (isMaskedCpr(input)) return { code: "cpr.masked", message: msg.cprMasked(text), severity: "fejl" };
  if (isTruthValue(input)) return { code: "cpr.truth", message: msg.cprTruth(text), severity: "fejl" };
  return null;
}

// The text as the user wrote it, for messages; a number cell's lost leading zero restored.
const cprText = (input: unknown) => (typeof input === "number" ? String(input).padStart(10, "0") : String(input ?? "").trim());

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
