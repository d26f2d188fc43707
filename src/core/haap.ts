// Helårspersoner (HÅP) and GNS-pris (docs/domain.md §4).
import { dayToYmd, monthsInPeriod } from "./calendar";
import { disposedAmountInSteps, type CaseSpan } from "./disponering";
import { fail, ok, type Result } from "./result";
import { msg } from "./messages";
import { CPR_TEXT, cprCode } from "./cpr";
import { describeValue } from "./numbers";
import { finish, endsStep } from "./steps";

export type HaapMethod = "dage" | "måneder";

export interface PersonSpan {
  start: number;
  stop: number;
  /** Rows with the same CPR are one person; without CPR each row is a person. */
  cpr?: string | null;
}

export function parseHaapMethod(input: unknown): Result<HaapMethod> {
  if (input === null || input === undefined || input === "" || input === 0) return ok("dage");
  const key = String(input).trim().toLowerCase();
  if (key === "dage" || key === "dag") return ok("dage");
  if (key === "måneder" || key === "maaneder" || key === "måned" || key === "mdr") return ok("måneder");
  return fail("haap.method", msg.methodInvalid(describeValue(input)));
}

/** Rows as typed columns with integer person ids (0 … persons − 1), for callers that read cells. */
export interface PersonColumns {
  count: number;
  persons: number;
  person: Int32Array;
  start: Float64Array;
  stop: Float64Array;
}

/** Gives every CPR a person id (rows without CPR are a person each), in columns for haapOfColumns. */
export function personColumns(rows: readonly PersonSpan[]): PersonColumns {
  return finish(personColumnsInSteps(rows));
}

/**
 * `personColumns` in steps: reading every row's CPR is the costly part (50.000 rows in one piece were
 * a long task of the pane), so it pauses every ITEMS_PER_STEP rows; the ids then come from typed arrays.
 */
export function* personColumnsInSteps(rows: readonly PersonSpan[]): Generator<void, PersonColumns> {
  const n = rows.length;
  const start = new Float64Array(n), stop = new Float64Array(n);
  const keys = new Float64Array(n);
  const text = new Array<string | null>(n);
  for (let i = 0; i < n; i++) {
    if (endsStep(i)) yield;
    start[i] = rows[i].start;
    stop[i] = rows[i].stop;
    personKeyInto(rows[i].cpr, keys, text, i);
  }
  yield;
  const { person, persons } = personIdsOfKeys(keys, text);
  return { count: n, persons, person, start, stop };
}

/** The person key of one CPR value (see personIds) into `keys[i]` and `text[i]`. */
function personKeyInto(c: string | null | undefined, keys: Float64Array, text: (string | null)[], i: number): void {
  const code = cprCode(c);
  keys[i] = code >= 0 ? code : -1;
  text[i] = code === CPR_TEXT ? c!.trim() : null;
}

/**
 * Person ids for a column of CPR values by the core's one rule (`personKey` in cpr.ts): the same CPR
 * (in any of its written forms) is one id; a row without CPR, or with one that identifies no one
 * (masked, a truth value, 0), is a person of its own; any other text is its own person, trimmed.
 */
export function personIds(cprs: readonly (string | null | undefined)[]): { person: Int32Array; persons: number } {
  const n = cprs.length;
  const keys = new Float64Array(n);
  const text = new Array<string | null>(n);
  for (let i = 0; i < n; i++) personKeyInto(cprs[i], keys, text, i);
  return personIdsOfKeys(keys, text);
}

/**
 * Person ids from keys: `keys[i]` ≥ 0 is a CPR number (core `cprCode`); otherwise `text[i]` is the
 * row's own key, and a null or empty one is a person of its own. CPR numbers go through an
 * open-addressing table on typed arrays — a Map of 35.000 strings cost more than everything else in
 * SOC.HÅP together — and any other text through a Map.
 */
export function personIdsOfKeys(keys: Float64Array, text: readonly (string | null | undefined)[] | null): { person: Int32Array; persons: number } {
  const n = keys.length;
  const person = new Int32Array(n);
  // The table grows with the number of distinct CPRs, not the rows: 100.000 persons in a million
  // rows fit a table that stays in the processor's cache, a table sized by the rows does not.
  let size = 1024, used = 0;
  let mask = size - 1;
  let table = new Float64Array(size).fill(-1);
  let slotIds = new Int32Array(size);
  const slotOf = (k: number) => (Math.imul(Math.floor(k / 10000), 0x9e3779b1) ^ Math.imul(k % 10000, 0x85ebca6b)) & mask;
  let other: Map<string, number> | undefined;
  let persons = 0;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (k < 0) {
      const key = text ? text[i] : null;
      if (!key) {
        person[i] = persons++;
        continue;
      }
      other ??= new Map();
      let id = other.get(key);
      if (id === undefined) other.set(key, (id = persons++));
      person[i] = id;
      continue;
    }
    // Mix the two halves of the number (each below 2^31) into a slot; probe linearly.
    let slot = slotOf(k);
    while (table[slot] !== -1 && table[slot] !== k) slot = (slot + 1) & mask;
    if (table[slot] === -1) {
      table[slot] = k;
      slotIds[slot] = persons++;
      if (++used * 2 > size) {
        // Keep the table at most half full: rehash into twice the size.
        const oldTable = table, oldIds = slotIds;
        size <<= 1;
        mask = size - 1;
        table = new Float64Array(size).fill(-1);
        slotIds = new Int32Array(size);
        for (let j = 0; j < oldTable.length; j++) {
          const kk = oldTable[j];
          if (kk === -1) continue;
          let sl = slotOf(kk);
          while (table[sl] !== -1) sl = (sl + 1) & mask;
          table[sl] = kk;
          slotIds[sl] = oldIds[j];
        }
      }
      person[i] = persons - 1;
      continue;
    }
    person[i] = slotIds[slot];
  }
  return { person, persons };
}

/**
 * HÅP of rows in [a, b] by method "dage" (default) or "måneder". Persons get integer ids, rows are
 * bucketed by person with a counting sort and merged in one pass over typed arrays: this runs over
 * 50.000 rows on every recalculation of SOC.HÅP.
 */
export function haap(rows: readonly PersonSpan[], a: number, b: number, method: HaapMethod = "dage"): number {
  return haapOfColumns(personColumns(rows), a, b, method);
}

/**
 * Antal borgere: the persons (rows of one CPR merged, as HÅP merges them) with at least one day in
 * [a, b]. The count a row that counts each person once shows, never the number of case rows
 * (docs/domain.md §4 "Totals of HÅP").
 */
export function personsInPeriod(rows: readonly PersonSpan[], a: number, b: number): number {
  return personsOfColumns(personColumns(rows), a, b);
}

/** Antal borgere (see personsInPeriod) of rows given as person columns. */
export function personsOfColumns(cols: PersonColumns, a: number, b: number): number {
  const seen = new Uint8Array(cols.persons);
  let n = 0;
  for (let i = 0; i < cols.count; i++) {
    const s = cols.start[i], e = cols.stop[i];
    if (e < a || s > b || e < s || seen[cols.person[i]]) continue;
    seen[cols.person[i]] = 1;
    n++;
  }
  return n;
}

/** HÅP by both methods and antal borgere of the same rows in [a, b]. */
export interface HaapFigures {
  dage: number;
  maaneder: number;
  persons: number;
}

/**
 * HÅP (dage and måneder) and antal borgere of the same rows, in steps: the persons are read once for
 * the three (`personColumnsInSteps`), the merges run on typed arrays with a pause between them.
 */
export function* haapFiguresInSteps(rows: readonly PersonSpan[], a: number, b: number): Generator<void, HaapFigures> {
  const cols = yield* personColumnsInSteps(rows);
  const dage = haapOfColumns(cols, a, b, "dage");
  yield;
  const maaneder = haapOfColumns(cols, a, b, "måneder");
  yield;
  return { dage, maaneder, persons: personsOfColumns(cols, a, b) };
}

/** HÅP of rows given as person columns (see personColumns). */
export function haapOfColumns(cols: PersonColumns, a: number, b: number, method: HaapMethod = "dage"): number {
  if (b < a) return 0;
  const n = cols.count;
  const person = new Int32Array(n);
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const s = cols.start[i], e = cols.stop[i];
    if (e < a || s > b || e < s) continue;
    lo[m] = s > a ? s : a;
    hi[m] = e < b ? e : b;
    person[m++] = cols.person[i];
  }
  return haapOfSpans({ count: m, persons: cols.persons, person, start: lo, stop: hi }, a, b, method);
}

/**
 * HÅP of person columns whose every span already lies within [a, b] (clipped by the caller, rows
 * outside the period left out): SOC.HÅP clips while it reads the cells, so a million rows are not
 * copied once more.
 */
export function haapOfSpans(cols: PersonColumns, a: number, b: number, method: HaapMethod = "dage"): number {
  if (b < a) return 0;
  const { person, count: m } = cols;
  if (method === "måneder") {
    // Months are contiguous too: the same merge works on month indices counted from a's month.
    const { y: y0, m: m0 } = dayToYmd(a);
    const lo = new Float64Array(m), hi = new Float64Array(m);
    for (let k = 0; k < m; k++) {
      const s = dayToYmd(cols.start[k]), e = dayToYmd(cols.stop[k]);
      lo[k] = (s.y - y0) * 12 + (s.m - m0);
      hi[k] = (e.y - y0) * 12 + (e.m - m0);
    }
    return mergedLength(person, lo, hi, m, cols.persons) / monthsInPeriod(a, b);
  }
  return mergedLength(person, cols.start, cols.stop, m, cols.persons) / (b - a + 1);
}

/** Σ over persons of the length of the union of their inclusive integer spans [lo, hi]. */
function mergedLength(person: Int32Array, lo: Float64Array, hi: Float64Array, m: number, persons: number): number {
  const start = new Int32Array(persons + 1);
  for (let k = 0; k < m; k++) start[person[k] + 1]++;
  for (let p = 0; p < persons; p++) start[p + 1] += start[p];
  const order = new Int32Array(m);
  const fill = start.slice(0, persons);
  for (let k = 0; k < m; k++) order[fill[person[k]]++] = k;
  let total = 0;
  for (let p = 0; p < persons; p++) {
    const from = start[p], to = start[p + 1];
    if (to === from) continue; // every row of this person lies outside the period
    if (to - from === 1) {
      const k = order[from];
      total += hi[k] - lo[k] + 1;
      continue;
    }
    // A person's rows are few: insertion sort by start, then merge overlapping or adjacent spans.
    for (let i = from + 1; i < to; i++) {
      const k = order[i];
      let j = i - 1;
      while (j >= from && lo[order[j]] > lo[k]) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = k;
    }
    let cs = lo[order[from]], ce = hi[order[from]];
    for (let i = from + 1; i < to; i++) {
      const k = order[i];
      if (lo[k] <= ce + 1) {
        if (hi[k] > ce) ce = hi[k];
      } else {
        total += ce - cs + 1;
        cs = lo[k];
        ce = hi[k];
      }
    }
    total += ce - cs + 1;
  }
  return total;
}

/** GNS-pris = disposed amount ÷ HÅP (dage) of the same rows; HÅP 0 is an error, never 0 or ∞. */
export function gnsPris(cases: readonly (CaseSpan & PersonSpan)[], a: number, b: number): Result<number> {
  return finish(gnsPrisInSteps(cases, a, b));
}

/** `gnsPris` in steps: the persons read and the amounts summed with a pause every ITEMS_PER_STEP rows. */
export function* gnsPrisInSteps(cases: readonly (CaseSpan & PersonSpan)[], a: number, b: number, haapDage?: number): Generator<void, Result<number>> {
  // A caller that has the cases' HÅP already (the prognose's types show it too) hands it over, so the persons are read once.
  const h = haapDage ?? haapOfColumns(yield* personColumnsInSteps(cases), a, b, "dage");
  // The amount is summed only when there is a HÅP to divide by.
  return gnsPrisOf(h > 0 ? yield* disposedAmountInSteps(cases, a, b) : 0, h);
}

/** GNS-pris from its two figures: the one rule, HÅP 0 an error (never 0 or ∞). */
export function gnsPrisOf(disposed: number, haapDage: number): Result<number> {
  return haapDage > 0 ? ok(disposed / haapDage) : fail("haap.zero", msg.haapZero());
}
