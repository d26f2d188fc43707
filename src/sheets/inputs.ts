// Putting what the user typed back into a freshly built sheet (docs/domain.md §7): the values of
// input and free columns go to the row of the same case; those whose case left the source go into a
// visible block "Fjernede sager" below everything else, in the same columns, so the next refresh
// finds them again (and puts them back if the case returns).
import { mergeInputs, type InputRow } from "../core";
import { shiftFormula } from "./a1";
import type { Block, Cell, FormatRule, InputTable, SheetSpec } from "./spec";

/** A row the user had, as read from the sheet. */
export interface OldInputRow extends InputRow {
  /** Where it stood (formulas in free columns move with it, as Excel moves them). */
  row: number;
  /** Its key columns' values, to show a parked row for what it was. */
  keyCells: readonly [number, unknown][];
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

/**
 * The spec with the user's inputs, free columns and their header put back, table by table (`old[i]`
 * is what table i held; undefined when the sheet is new). A table whose values came from a source
 * this run (`fromSource`) keeps the build's values.
 */
export function keepInputs(spec: SheetSpec, old: readonly (OldInputs | undefined)[]): KeptInputs {
  const tables = spec.inputs ?? [];
  if (tables.length === 0 || old.every((o) => !o)) return { spec, carried: 0, parked: 0 };
  const blocks: Block[] = [...spec.blocks];
  const formats: FormatRule[] = [...spec.formats];
  let bottom = 0;
  for (const b of spec.blocks) bottom = Math.max(bottom, b.kind === "cells" ? b.row + b.cells.length : b.rect.row + b.rect.rows);
  let carried = 0, parked = 0;
  tables.forEach((table, t) => {
    const o = old[t];
    if (!o || table.fromSource) return;
    const merged = table.scan ? scanned(o.rows, table.keys) : mergeInputs(o.rows, table.keys);
    carried += merged.carried;
    parked += merged.removed.length;
    const nIn = table.inputCols.length;
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
    const byValues = new Map(o.rows.map((r) => [r.values, r]));
    merged.placed.forEach((values, i) => {
      if (!values) return;
      const row = table.keyRows?.[i] ?? table.firstRow + i;
      putRow(row, values, row - (byValues.get(values)?.row ?? row), true);
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
    });
    bottom = titleRow + 1 + merged.removed.length;
  });
  return { spec: { ...spec, blocks, formats }, carried, parked };
}
