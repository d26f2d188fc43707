// What the user typed into a generated sheet survives a refresh (docs/domain.md §7): inputs are
// matched to the new rows by case key, never by row position, and the inputs of cases that left the
// source are kept ("Fjernede sager"), never dropped. Pure: the adapters read and write the cells.

/** One row of what the user had: its case key and the values of its input and free cells. */
export interface InputRow {
  key: string;
  values: readonly unknown[];
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
  return [parts.cpr, parts.foranstaltning, parts.konto, parts.leverandoer, parts.start].map(norm).join("|");
}

/**
 * True when a row holds anything the user typed. A 0 counts as nothing: it is what an input cell
 * holds before anyone typed into it, and carrying or parking it would only add noise.
 */
export function hasInput(values: readonly unknown[]): boolean {
  return values.some((v) => norm(v) !== "" && v !== 0);
}

/**
 * Matches the user's rows to the new keys. Two rows with the same key (a supplement to the same
 * case) are matched in their order: the first old one to the first new one, and so on.
 */
export function mergeInputs(old: readonly InputRow[], keys: readonly string[]): MergedInputs {
  const queues = new Map<string, InputRow[]>();
  for (const r of old) {
    if (r.key === "" || !hasInput(r.values)) continue;
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
