// Putting what the user typed back into a freshly built sheet (docs/domain.md §7): the values of
// input and free columns go to the row of the same case; those whose case left the source go into a
// visible block "Fjernede sager" below everything else, in the same columns, so the next refresh
// finds them again (and puts them back if the case returns).
import { hasInput, inputKey, mergeInputs, parseRecord, sameInput, typedInputs, type InputRow } from "../core";
import { a1, sheetRef, shiftFormula } from "./a1";
import type { Block, Cell, FormatRule, InputTable, SheetSpec } from "./spec";

/** A row the user had, as read from the sheet. */
export interface OldInputRow extends InputRow {
  /** Where it stood (formulas in free columns move with it, as Excel moves them). */
  row: number;
  /** Its key columns' values, to show a parked row for what it was. */
  keyCells: readonly [number, unknown][];
  /** What the add-in wrote into its input cells last time (the table's `recordCol`), or null. */
  recorded?: readonly unknown[] | null;
}

/** What one table of inputs held in the sheet being refreshed. */
export interface OldInputs {
  rows: OldInputRow[];
  /** The user's titles over the free columns (null when the table has none). */
  header: readonly unknown[] | null;
}

export interface KeptInputs {
  spec: SheetSpec;
  /** Rows whose values found their key again. */
  carried: number;
  /** Rows parked under "Fjernede sager". */
  parked: number;
  /**
   * Cells kept because the user typed them where the source has since changed too (the sheet's value
   * wins; the source's new value is what an emptied cell gets).
   */
  conflicts: number;
}

export const REMOVED_TITLE = "Fjernede sager — det, der var skrevet ved sager, som ikke længere er i kildetabellen";
/** Every "Fjernede sager" title starts so (the reader stops a table's rows at one). */
export const REMOVED_PREFIX = "Fjernede sager";

/** The title of a table's parked rows: the case table's plain, another table's with its label. */
export function removedTitle(table: InputTable): string {
  return table.label ? `${REMOVED_PREFIX} (${table.label}) — det, der var skrevet i rækker, som ikke længere er på arket` : REMOVED_TITLE;
}

/** A scanned table: only the rows whose key is one of the table's count; nothing is parked. */
function scanned(rows: readonly OldInputRow[], keys: readonly string[]) {
  const wanted = new Set(keys);
  const merged = mergeInputs(rows.filter((r) => wanted.has(r.key)), keys);
  return { ...merged, removed: [] };
}

/** A value read back through Office.js `formulas` as a spec cell; formulas move by `dRow`. */
function toCell(v: unknown, dRow: number): Cell {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "string" && v.startsWith("=")) return { f: shiftFormula(v.slice(1), dRow, 0) };
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/** Where a table's rows are in a sheet's cells. */
export interface LocatedTable {
  rows: { row: number; key: string; keyCells: [number, unknown][] }[];
  /** The table's header row in the old sheet (its free columns' titles). */
  header: number;
}

/** The columns the locator reads: A (titles), the key columns, the anchor and end columns. */
export function locatorColumns(tables: readonly InputTable[]): number[] {
  const cols = new Set<number>([0]);
  for (const table of tables) {
    for (const c of Object.values(table.keyCols)) cols.add(c);
    if (table.anchor) cols.add(table.anchor.col);
    if (table.end) cols.add(table.end.col);
  }
  return [...cols];
}

/**
 * Where each input table's rows stand in a sheet being refreshed, read from the locator columns
 * alone (`at(col, row)`, rows 0 … end − 1): its anchor or header row, then keyed rows until an
 * empty key, its end, another table's anchor or a "Fjernede sager" title, then its parked rows.
 * Null for a table whose anchor is not found.
 */
export function locateInputRows(tables: readonly InputTable[], at: (col: number, row: number) => unknown, end: number): (LocatedTable | null)[] {
  const text = (c: number, row: number) => String(at(c, row) ?? "");
  const blank = (v: unknown) => v === null || v === undefined || v === "";
  // Rows where a table's rows stop: another table's anchor, a "Fjernede sager" title.
  const stops = new Set<number>();
  const anchors = tables.map((table) => {
    if (!table.anchor) return table.headerRow;
    const { col, text: t } = table.anchor;
    for (let row = 0; row < end; row++) if (text(col, row).startsWith(t)) return row;
    return -1;
  });
  tables.forEach((table, k) => table.anchor && anchors[k] >= 0 && stops.add(anchors[k]));
  for (let row = 0; row < end; row++) if (text(0, row).startsWith(REMOVED_PREFIX)) stops.add(row);
  return tables.map((table, k) => {
    if (anchors[k] < 0) return null;
    const keyCols = Object.entries(table.keyCols) as [string, number][];
    // A list without key columns (a døgnskema's activities) is kept by position: row i of the list
    // is #i (a parked row has left the list and keeps its place under the title only).
    const positional = keyCols.length === 0;
    const run = (from: number, max: number, parked: boolean) => {
      const out: LocatedTable["rows"] = [];
      for (let row = from, seen = 0; row < end && seen < max; row++, seen++) {
        if (row !== anchors[k] && stops.has(row) && !(table.scan && !text(0, row).startsWith(REMOVED_PREFIX))) break;
        if (table.end && text(table.end.col, row).startsWith(table.end.text)) break;
        if (positional) {
          out.push({ row, key: parked ? `parkeret ${seen + 1}` : `#${seen + 1}`, keyCells: [] });
          continue;
        }
        if (keyCols.every(([, c]) => blank(at(c, row)))) {
          if (table.scan) continue;
          break;
        }
        const parts: Record<string, unknown> = {};
        for (const [part, c] of keyCols) parts[part] = at(c, row);
        out.push({ row, key: inputKey(parts), keyCells: keyCols.map(([, c]) => [c, at(c, row)] as [number, unknown]) });
      }
      return out;
    };
    let rows = run(anchors[k] + table.firstRow - table.headerRow, table.rows ?? (positional && !table.end ? 0 : Infinity), false);
    const title = removedTitle(table);
    for (let row = 0; row < end; row++) {
      if (text(0, row) === title) {
        rows = rows.concat(run(row + 1, Infinity, true));
        break;
      }
    }
    return { rows, header: anchors[k] };
  });
}

/**
 * What a located table held, from its cells (`get(col, row)`): each row's input and free values and
 * its record; `nFree` free columns from the table's `freeFrom`.
 */
export function oldInputsAt(table: InputTable, loc: LocatedTable, get: (col: number, row: number) => unknown, nFree: number): OldInputs {
  const free = (row: number) => Array.from({ length: nFree }, (_, f) => get(table.freeFrom! + f, row));
  const rows: OldInputRow[] = [];
  for (const x of loc.rows) {
    const vals = [...table.inputCols.map((c) => get(c, x.row)), ...free(x.row)];
    // A position holds a row of the list only when something is typed in it.
    if (x.keyCells.length === 0 && !hasInput(vals)) continue;
    const recorded = table.recordCol === undefined ? null : parseRecord(get(table.recordCol, x.row));
    rows.push({ key: x.key, row: x.row, values: vals, keyCells: x.keyCells, recorded });
  }
  return { rows, header: nFree > 0 ? free(loc.header) : null };
}

/**
 * The row with only what the user typed in its input cells (the rest null): compared with the
 * record of what the add-in wrote there when the table has one (docs/domain.md §7).
 */
function typedRow(row: OldInputRow, nIn: number, recordCol: boolean): OldInputRow {
  const inputs = row.values.slice(0, nIn), free = row.values.slice(nIn);
  // A row of a table with a record column but without its record was written before the add-in kept
  // one: the values are the add-in's (they were refilled at every refresh then), none the user's.
  const typed = typedInputs(inputs, row.recorded ?? (recordCol ? inputs : null));
  const values = [...inputs.map((v, j) => (typed[j] ? v : null)), ...free];
  const filled = (v: unknown) => v !== null && v !== undefined && v !== "";
  return { ...row, values, typed: inputs.some((v, j) => typed[j] && filled(v)) || hasInput(free) };
}

/**
 * The values the user typed into a table's rows, by key (what a flow gives core, so its figures use
 * what the sheet shows): per key the input values, undefined where the cell is the add-in's.
 */
export function typedByKey(table: InputTable, old: OldInputs): Map<string, (unknown | undefined)[]> {
  const out = new Map<string, (unknown | undefined)[]>();
  const nIn = table.inputCols.length;
  for (const r of old.rows) {
    const t = typedRow(r, nIn, table.recordCol !== undefined);
    if (!t.typed || out.has(r.key)) continue;
    out.set(r.key, t.values.slice(0, nIn).map((v) => (v === null || v === "" ? undefined : v)));
  }
  return out;
}

/** The typed rows of a block of new cases that stay in it: those whose case the source does not have yet, in order. */
function keepSpare(table: InputTable, rows: readonly OldInputRow[]): OldInputRow[] {
  const { sourceKeys, caseCols } = table.spare!;
  const source = new Set(sourceKeys);
  const at = (r: OldInputRow, c: number) => r.values[table.inputCols.indexOf(c)];
  return rows
    .filter((r) => hasInput(r.values))
    .filter((r) => !source.has(inputKey({ cpr: at(r, caseCols.cpr), foranstaltning: at(r, caseCols.foranstaltning), konto: at(r, caseCols.konto), leverandoer: at(r, caseCols.leverandoer), start: at(r, caseCols.start) })))
    .slice(0, table.rows ?? Infinity);
}

/** A kept row of new cases written at `row` (a formula typed in it moves with it, as Excel moves it). */
function spareCells(table: InputTable, r: OldInputRow, row: number): Block {
  const cells = table.inputCols.map((_c, j) => toCell(r.values[j], row - r.row));
  return { kind: "cells", row, col: table.inputCols[0], cells: [cells] };
}

/** What the built spec writes at each cell of `rows` × `cols` (values only; a formula or nothing is null). */
function builtValues(spec: SheetSpec, rows: ReadonlySet<number>): (row: number, col: number) => unknown {
  const cells = new Map<number, Map<number, unknown>>();
  for (const b of spec.blocks) {
    if (b.kind !== "cells") continue;
    b.cells.forEach((line, i) => {
      if (!rows.has(b.row + i)) return;
      let m = cells.get(b.row + i);
      if (!m) cells.set(b.row + i, (m = new Map()));
      line.forEach((c, j) => m!.set(b.col + j, c !== null && typeof c === "object" ? null : c));
    });
  }
  return (row, col) => cells.get(row)?.get(col) ?? null;
}

/**
 * The input cells of a spec's tables as ranges on `sheet` (one per column and run of rows) and the
 * sum of the numbers the build writes there: a checksum a formula compares with, so a text written
 * from those numbers can say in red when one of them was typed over since (docs/domain.md §7).
 */
export function inputsChecksum(spec: SheetSpec, sheet: string): { ranges: string[]; value: number } {
  const ranges: string[] = [];
  const rowsOf = (t: InputTable) => t.keys.map((_k, i) => t.keyRows?.[i] ?? t.firstRow + i);
  const tables = (spec.inputs ?? []).filter((t) => !t.spare && t.keys.length > 0);
  const value = builtValues(spec, new Set(tables.flatMap(rowsOf)));
  let sum = 0;
  for (const t of tables) {
    const rows = rowsOf(t);
    for (const c of t.inputCols) {
      for (let i = 0; i < rows.length; i++) {
        let j = i;
        while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
        ranges.push(`${sheetRef(sheet)}${i === j ? a1(rows[i], c, true, true) : `${a1(rows[i], c, true, true)}:${a1(rows[j], c, true, true)}`}`);
        for (let k = i; k <= j; k++) {
          const v = value(rows[k], c);
          if (typeof v === "number") sum += v;
        }
        i = j;
      }
    }
  }
  return { ranges, value: sum };
}

const RECORD_TITLE = "Styringsark (skjult kolonne): det, der sidst blev skrevet i rækkens gule celler";

/**
 * The record of every table with a `recordCol`: in that hidden column of each keyed row, what the
 * build writes into the row's input cells (JSON), taken from `from` by key — the spec itself, or,
 * when a flow built it with the user's typed values, the spec built from the sources alone (the
 * record must say what the sources said, or a typed value would count as the add-in's next time).
 * Blocks are written in order, so these replace an earlier record of the same rows.
 */
export function withRecords(spec: SheetSpec, from: SheetSpec = spec): SheetSpec {
  const tables = spec.inputs ?? [];
  if (!tables.some((t) => t.recordCol !== undefined)) return spec;
  const blocks = [...spec.blocks];
  const hidden = new Set(spec.hiddenCols ?? []);
  tables.forEach((table, t) => {
    if (table.recordCol === undefined) return;
    const src = from.inputs?.[t] ?? table;
    const rowOf = (tb: InputTable, i: number) => tb.keyRows?.[i] ?? tb.firstRow + i;
    const srcRow = new Map<string, number>();
    src.keys.forEach((k, i) => srcRow.has(k) || srcRow.set(k, rowOf(src, i)));
    const value = builtValues(from, new Set(srcRow.values()));
    hidden.add(table.recordCol);
    blocks.push({ kind: "cells", row: table.headerRow, col: table.recordCol, cells: [[RECORD_TITLE]] });
    table.keys.forEach((k, i) => {
      const r = srcRow.get(k);
      const given = table.recorded?.[i];
      const record = given ? JSON.stringify(given) : r === undefined ? null : JSON.stringify(table.inputCols.map((c) => value(r, c)));
      blocks.push({ kind: "cells", row: rowOf(table, i), col: table.recordCol!, cells: [[record]] });
    });
  });
  return { ...spec, blocks, hiddenCols: [...hidden].sort((a, b) => a - b) };
}

/**
 * The spec with the user's inputs, free columns and their header put back, table by table (`old[i]`
 * is what table i held; undefined when the sheet is new). A table whose values came from a source
 * this run (`fromSource`) keeps the build's values. In a table with a record only what the user
 * typed is put back (see typedRow); an untouched cell gets the build's value.
 */
export function keepInputs(spec: SheetSpec, old: readonly (OldInputs | undefined)[]): KeptInputs {
  const tables = spec.inputs ?? [];
  if (tables.length === 0 || old.every((o) => !o)) return { spec, carried: 0, parked: 0, conflicts: 0 };
  const blocks: Block[] = [...spec.blocks];
  const formats: FormatRule[] = [...spec.formats];
  let bottom = 0;
  for (const b of spec.blocks) bottom = Math.max(bottom, b.kind === "cells" ? b.row + b.cells.length : b.rect.row + b.rect.rows);
  let carried = 0, parked = 0, conflicts = 0;
  tables.forEach((table, t) => {
    const o = old[t];
    if (!o || table.fromSource) return;
    const nIn = table.inputCols.length;
    if (table.spare) {
      const kept = keepSpare(table, o.rows);
      kept.forEach((r, i) => blocks.push(spareCells(table, r, table.firstRow + i)));
      carried += kept.length;
      return;
    }
    const recorded = table.recordCol !== undefined;
    const rows = recorded ? o.rows.map((r) => typedRow(r, nIn, true)) : o.rows;
    const merged = table.scan ? scanned(rows, table.keys) : mergeInputs(rows, table.keys);
    carried += merged.carried;
    parked += merged.removed.length;
    const putRow = (row: number, values: readonly unknown[], dRow: number, placed: boolean) => {
      table.inputCols.forEach((c, j) => {
        if (placed && table.sourceCols?.includes(c)) return;
        const cell = toCell(values[j], dRow);
        if (cell !== null) blocks.push({ kind: "cells", row, col: c, cells: [[cell]] });
      });
      if (table.freeFrom === undefined) return;
      const free = values.slice(nIn).map((v) => toCell(v, dRow));
      if (free.some((c) => c !== null)) blocks.push({ kind: "cells", row, col: table.freeFrom, cells: [free] });
    };
    const byValues = new Map(rows.map((r) => [r.values, r as OldInputRow]));
    const rowOf = (i: number) => table.keyRows?.[i] ?? table.firstRow + i;
    const built = recorded ? builtValues(spec, new Set(table.keys.map((_k, i) => rowOf(i)))) : null;
    merged.placed.forEach((typed, i) => {
      if (!typed) return;
      const row = rowOf(i);
      const was = byValues.get(typed);
      let values = typed;
      // Typed where the source changed too since it was written: the sheet's value is kept and
      // counted — or, for a choice just made in the task pane (`sourceWins`), gives way to it.
      if (built && was?.recorded) {
        values = typed.map((v, j) => {
          if (j >= nIn || v === null || v === "" || sameInput(built(row, table.inputCols[j]), was.recorded![j] ?? null)) return v;
          if (table.sourceWins) return null;
          conflicts++;
          return v;
        });
      }
      putRow(row, values, row - (was?.row ?? row), true);
    });
    if (table.freeFrom !== undefined && o.header && o.header.some((v) => v !== "" && v !== null)) {
      blocks.push({ kind: "cells", row: table.headerRow, col: table.freeFrom, cells: [o.header.map((v) => toCell(v, 0))] });
    }
    if (merged.removed.length === 0) return;
    const titleRow = bottom + 2;
    blocks.push({ kind: "cells", row: titleRow, col: 0, cells: [[removedTitle(table)]] });
    formats.push({ rect: { row: titleRow, col: 0, rows: 1, cols: Math.max(1, table.freeFrom ?? 1) }, style: "section" });
    merged.removed.forEach((r, i) => {
      const row = titleRow + 1 + i;
      const or = r as OldInputRow;
      for (const [c, v] of or.keyCells) {
        const cell = toCell(v, 0);
        if (cell !== null) blocks.push({ kind: "cells", row, col: c, cells: [[cell]] });
      }
      putRow(row, r.values, row - or.row, false);
      // A parked row keeps its record, so what was typed is still told apart if the case returns.
      if (recorded && or.recorded) blocks.push({ kind: "cells", row, col: table.recordCol!, cells: [[JSON.stringify(or.recorded)]] });
    });
    bottom = titleRow + 1 + merged.removed.length;
  });
  return { spec: { ...spec, blocks, formats }, carried, parked, conflicts };
}
