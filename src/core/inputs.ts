// What the user typed into a generated sheet survives a refresh (docs/domain.md §7): inputs are
// matched to the new rows by case key, never by row position, and the inputs of cases that left the
// source are kept ("Fjernede sager"), never dropped. Pure: the adapters read and write the cells.
import { cprRowKey } from "./cpr";

/** One row of what the user had: its case key and the values of its input and free cells. */
export interface InputRow {
  key: string;
  values: readonly unknown[];
  /**
   * Whether the row holds anything the user typed, when the caller knows it better than `hasInput`
   * can guess (a row compared with what the add-in last wrote there: a typed 0 counts).
   */
  typed?: boolean;
}

export interface MergedInputs {
  /** For each new row (same order as the new keys): the user's values, or null when it had none. */
  placed: (readonly unknown[] | null)[];
  /** Rows whose case is no longer in the table, in their old order, with their values. */
  removed: InputRow[];
  /** How many rows' values found their case again. */
  carried: number;
}

const norm = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim().toLowerCase());

/**
 * The key that finds a case's row again in a refreshed sheet: the case id when the source has one, else
 * CPR + foranstaltning + konto + leverandør + start (docs/domain.md §7).
 */
export function inputKey(parts: { id?: unknown; cpr?: unknown; foranstaltning?: unknown; konto?: unknown; leverandoer?: unknown; start?: unknown; label?: unknown }): string {
  // A table of lines rather than cases (konto, budget line, activity) is keyed by its label.
  if ("label" in parts) return norm(parts.label) === "" ? "" : `label:${norm(parts.label)}`;
  if (norm(parts.id) !== "") return `id:${norm(parts.id)}`;
  // The same person however the cpr-nummer is spelled (0101901234, 010190-1234, a number without its leading 0).
  const cpr = cprRowKey(parts.cpr);
  return [cpr, parts.foranstaltning, parts.konto, parts.leverandoer, parts.start].map(norm).join("|");
}

/**
 * True when a row holds anything the user typed. A 0 counts as nothing: it is what an input cell
 * holds before anyone typed into it, and carrying or parking it would only add noise.
 */
export function hasInput(values: readonly unknown[]): boolean {
  return values.some(isTyped);
}

/** A value that counts as typed when nothing says what the add-in wrote there: not empty, not 0 (see hasInput). */
const isTyped = (v: unknown): boolean => norm(v) !== "" && v !== 0;

/**
 * Matches the user's rows to the new keys. Two rows with the same key (a supplement to the same
 * case) are matched in their order: the first old one to the first new one, and so on.
 */
export function mergeInputs(old: readonly InputRow[], keys: readonly string[]): MergedInputs {
  const queues = new Map<string, InputRow[]>();
  for (const r of old) {
    if (r.key === "" || !(r.typed ?? hasInput(r.values))) continue;
    const q = queues.get(r.key);
    if (q) q.push(r);
    else queues.set(r.key, [r]);
  }
  let carried = 0;
  const placed = keys.map((k) => {
    const q = queues.get(k);
    const r = q?.shift();
    if (!r) return null;
    carried++;
    return r.values;
  });
  const left = new Set([...queues.values()].flat());
  return { placed, removed: old.filter((r) => left.has(r)), carried };
}

/** Two cell values are the same input: numbers within rounding of a read-back, text ignoring case and spaces around. */
export function sameInput(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return norm(a) === norm(b);
}

/**
 * Which of a row's input values the user typed (docs/domain.md §7), given what the add-in wrote
 * there last time (`recorded`, from the source tables and choices of that run): a value is the
 * user's only where it differs from that. So a changed source table still reaches a cell nobody
 * touched, and a value typed on the sheet is kept; an emptied cell is "typed empty" and takes the
 * source's value again. Without a record every non-empty value counts as typed.
 */
export function typedInputs(values: readonly unknown[], recorded: readonly unknown[] | null): boolean[] {
  return values.map((v, j) => (recorded ? !sameInput(v, recorded[j] ?? null) : isTyped(v)));
}

/** The record of what was written into a row's input cells, as kept in a hidden cell (JSON); null if unreadable. */
export function parseRecord(text: unknown): unknown[] | null {
  if (typeof text !== "string" || !text.startsWith("[")) return null;
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}
