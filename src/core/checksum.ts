// The case checksum (docs/domain.md §7 "A stale figure always says so"): one number that tells whether
// the case rows still are the ones the add-in computed its kept figures (HÅP's merged periods) from.
// Each row's fields are combined into one value *before* the rows are summed — a per-column sum is blind
// to two rows swapping a cpr-nummer or a date — and the sum over the rows makes it independent of
// their order, so sorting or filtering the sheet never flags it.
//
// The same value is computed here and by the case sheet's native formula (one helper cell per row), so
// it must come out identical in Excel, LibreOffice and HyperFormula: integers only, every intermediate
// below 10^14 (exact doubles), and every MOD's quotient below 10^7, where no engine's rounding of the
// quotient can move a remainder. The row value is a product of one factor per field modulo the prime
// P: a swap or a compensating edit between two rows changes the sum unless the two rows agree on every
// other field (then the rows as a whole are unchanged) or a product collides modulo P (about 1 in 10^7).
import { dayToSerial, OPEN_END } from "./calendar";
import { roundForDisplay } from "./format";
import { finish, endsStep } from "./steps";

/** The modulus: a prime below 10^7 (see above). */
export const CHECKSUM_PRIME = 9999991;
/** Base of the text hash. */
const TEXT_BASE = 65599;
/**
 * The characters a text field's sampled characters are looked up in (with FIND, which every engine
 * has and which is case-sensitive): "~" before each, so a character is found only at its own place and
 * the empty text beyond the end is found at 1. A character outside the list counts as 0.
 */
export const CHECKSUM_ALPHABET = [
  ..."abcdefghijklmnopqrstuvwxyzæøåéüöä",
  ..."ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅÉÜÖÄ",
  ..."0123456789 .,-/()&+'",
].map((c) => `~${c}`).join("");

/** A case row's fields as its cells on the case sheet hold them (cpr as written, possibly masked). */
export interface ChecksumRow {
  cpr?: string | null;
  foranstaltning: string;
  konto: string;
  leverandoer: string;
  raadgiver: string;
  status: string;
  takst: number;
  enhed: string;
  /** Day numbers (core's calendar); stop ≥ OPEN_END is an empty cell. */
  start: number;
  stop: number;
}

export type ChecksumField = Exclude<keyof ChecksumRow, "cpr"> | "cpr";

const P = CHECKSUM_PRIME;
const mod = (a: number, m: number) => ((a % m) + m) % m;

/** FIND("~"&ch, alphabet) for each listed character ("" beyond a text's end is found at 1). */
const FOUND_AT = new Map<string, number>([...CHECKSUM_ALPHABET].map((ch, i) => [ch, i] as const).filter(([ch, i]) => i % 2 === 1 && ch !== "~").map(([ch, i]) => [ch, i]));

/** Excel's MID(s, p, 1) then FIND("~"&…, alphabet): 0 for p < 1 (MID's error) or a character not listed. */
function charCode(s: string, p: number): number {
  if (p < 1) return 0;
  if (p > s.length) return 1;
  return FOUND_AT.get(s[p - 1]) ?? 0;
}

/** Positions sampled from a text of length n: the first two, the middle one and the last two. */
const positions = (n: number) => [1, 2, Math.floor((n + 1) / 2), n - 1, n];

function textValue(s: string): number {
  let h = s.length;
  for (const p of positions(s.length)) h = mod(h * TEXT_BASE + charCode(s, p), P);
  return h;
}

function textFormula(cell: string, alphabet: string): string {
  const n = `LEN(${cell})`;
  const at = [`1`, `2`, `INT((${n}+1)/2)`, `${n}-1`, n];
  return at.reduce((h, p) => `MOD(${h}*${TEXT_BASE}+IFERROR(FIND("~"&MID(${cell},${p},1),${alphabet}),0),${P})`, n);
}

/** The digits of a cpr cell as a number, as IFERROR(VALUE(SUBSTITUTE(cpr,"-","")),0) reads them (0 when masked or empty). */
function cprValue(cpr: string | null | undefined): number {
  const s = (cpr ?? "").replace(/-/g, "");
  return /^\d+$/.test(s) ? Number(s) : 0;
}

/**
 * ROUND(takst × 100, 0). Where the product is within 10^-6 of a whole number (a takst in øre: almost
 * always), every engine's ROUND gives that number; only a takst with more decimals needs Excel's rounding.
 */
function oere(takst: number): number {
  const x = takst * 100;
  const near = Math.round(x);
  return Math.abs(x - near) < 1e-6 ? near : roundForDisplay(x, 0);
}

/**
 * One row per field (docs/habits.md §3): its value as core computes it from the row, and the same as
 * the sheet's formula computes it from the cell; both below P. `a`, `b` make each field's factor its own.
 */
const FIELDS: readonly { key: ChecksumField; a: number; b: number; value(r: ChecksumRow): number; formula(cell: string, alphabet: string): string }[] = [
  { key: "cpr", a: 1, b: 7, value: (r) => mod(cprValue(r.cpr), P), formula: (c) => `MOD(IFERROR(VALUE(SUBSTITUTE(${c},"-","")),0),${P})` },
  { key: "foranstaltning", a: 3, b: 11, value: (r) => textValue(r.foranstaltning), formula: textFormula },
  { key: "konto", a: 5, b: 13, value: (r) => textValue(r.konto), formula: textFormula },
  { key: "leverandoer", a: 7, b: 17, value: (r) => textValue(r.leverandoer), formula: textFormula },
  { key: "raadgiver", a: 11, b: 19, value: (r) => textValue(r.raadgiver), formula: textFormula },
  { key: "status", a: 13, b: 23, value: (r) => textValue(r.status), formula: textFormula },
  // Øre, as ROUND(takst × 100) reads them.
  { key: "takst", a: 17, b: 29, value: (r) => mod(oere(r.takst), P), formula: (c) => `MOD(ROUND(N(${c})*100,0),${P})` },
  { key: "enhed", a: 19, b: 31, value: (r) => textValue(r.enhed), formula: textFormula },
  { key: "start", a: 23, b: 37, value: (r) => dayToSerial(r.start), formula: (c) => `INT(N(${c}))` },
  { key: "stop", a: 29, b: 41, value: (r) => (r.stop >= OPEN_END ? 0 : dayToSerial(r.stop)), formula: (c) => `INT(N(${c}))` },
];

/** A field's factor: 1 … P − 1, never 0 modulo the prime, so no field can hide the others. */
const factor = (f: (typeof FIELDS)[number], v: number) => 1 + mod(v * f.a + f.b, P - 1);
const factorFormula = (f: (typeof FIELDS)[number], v: string) => `(1+MOD(${v}*${f.a}+${f.b},${P - 1}))`;

/** The row's value: the product of its fields' factors modulo P (1 … P − 1). */
export function checksumTerm(r: ChecksumRow): number {
  let h = 1;
  for (const f of FIELDS) h = mod(h * factor(f, f.value(r)), P);
  return h;
}

/**
 * Σ checksumTerm over the rows, modulo P (the sheet: MOD(SUM(column), P)). The sum itself is exact
 * (below 2^53 for any number of rows a sheet holds); taken modulo P the kept figure has at most seven
 * digits, so no writer or engine that rounds to fewer significant digits can change it.
 */
export function casesChecksum(rows: readonly ChecksumRow[]): number {
  return finish(casesChecksumInSteps(rows));
}

/** `casesChecksum` in steps: a pause every ITEMS_PER_STEP rows (20.000 rows in one piece were a long task). */
export function* casesChecksumInSteps(rows: readonly ChecksumRow[]): Generator<void, number> {
  let s = 0;
  for (let i = 0; i < rows.length; i++) {
    if (endsStep(i)) yield;
    s += checksumTerm(rows[i]);
  }
  return mod(s, P);
}

/** The sheet's formula for casesChecksum over a column of row values (a range reference). */
export function checksumSumFormula(column: string): string {
  return `MOD(SUM(${column}),${P})`;
}

/**
 * The native formula of checksumTerm over one row's cells (A1 references) and the cell holding
 * CHECKSUM_ALPHABET (an absolute reference): the same integer for the cells core's row describes.
 */
export function checksumFormula(cells: Record<ChecksumField, string>, alphabet: string): string {
  const [first, ...rest] = FIELDS;
  return rest.reduce((h, f) => `MOD(${h}*${factorFormula(f, f.formula(cells[f.key], alphabet))},${P})`, factorFormula(first, first.formula(cells[first.key], alphabet)));
}
