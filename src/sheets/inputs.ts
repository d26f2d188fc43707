// Putting what the user typed back into a freshly built sheet (docs/domain.md §7): the values of
// input and free columns go to the row of the same case; those whose case left the source go into a
// visible block "Fjernede sager" below everything else, in the same columns, so the next refresh
// finds them again (and puts them back if the case returns).
import { mergeInputs, type InputRow } from "../core";
import { shiftFormula } from "./a1";
import type { Block, Cell, FormatRule, SheetSpec } from "./spec";

/** A row the user had, as read from the sheet. */
export interface OldInputRow extends InputRow {
  /** Where it stood (formulas in free columns move with it, as Excel moves them). */
  row: number;
  /** Its key columns' values, to show a parked row for what it was. */
  keyCells: readonly [number, unknown][];
}

export interface KeptInputs {
  spec: SheetSpec;
  /** Rows whose values found their case again. */
  carried: number;
  /** Rows parked under "Fjernede sager". */
  parked: number;
}

export const REMOVED_TITLE = "Fjernede sager — det, der var skrevet ved sager, som ikke længere er i kildetabellen";

/** A value read back through Office.js `formulas` as a spec cell; formulas move by `dRow`. */
function toCell(v: unknown, dRow: number): Cell {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "string" && v.startsWith("=")) return { f: shiftFormula(v.slice(1), dRow, 0) };
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/** The spec with the user's inputs, free columns and their header put back. */
export function keepInputs(spec: SheetSpec, old: readonly OldInputRow[], header: readonly unknown[] | null): KeptInputs {
  const table = spec.inputs;
  if (!table) return { spec, carried: 0, parked: 0 };
  const { placed, removed, carried } = mergeInputs(old, table.keys);
  const nIn = table.inputCols.length;
  const blocks: Block[] = [...spec.blocks];
  const formats: FormatRule[] = [...spec.formats];
  const putRow = (row: number, values: readonly unknown[], dRow: number) => {
    table.inputCols.forEach((c, j) => {
      const cell = toCell(values[j], dRow);
      if (cell !== null) blocks.push({ kind: "cells", row, col: c, cells: [[cell]] });
    });
    const free = values.slice(nIn).map((v) => toCell(v, dRow));
    if (free.some((c) => c !== null)) blocks.push({ kind: "cells", row, col: table.freeFrom, cells: [free] });
  };
  const byValues = new Map(old.map((r) => [r.values, r]));
  placed.forEach((values, i) => {
    if (!values) return;
    const row = table.firstRow + i;
    putRow(row, values, row - (byValues.get(values)?.row ?? row));
  });
  if (header && header.some((v) => v !== "" && v !== null)) {
    blocks.push({ kind: "cells", row: table.headerRow, col: table.freeFrom, cells: [header.map((v) => toCell(v, 0))] });
  }
  if (removed.length > 0) {
    let bottom = 0;
    for (const b of spec.blocks) bottom = Math.max(bottom, b.kind === "cells" ? b.row + b.cells.length : b.rect.row + b.rect.rows);
    const titleRow = bottom + 2;
    blocks.push({ kind: "cells", row: titleRow, col: 0, cells: [[REMOVED_TITLE]] });
    formats.push({ rect: { row: titleRow, col: 0, rows: 1, cols: Math.max(1, table.freeFrom) }, style: "section" });
    removed.forEach((r, i) => {
      const row = titleRow + 1 + i;
      const o = r as OldInputRow;
      for (const [c, v] of o.keyCells) {
        const cell = toCell(v, 0);
        if (cell !== null) blocks.push({ kind: "cells", row, col: c, cells: [[cell]] });
      }
      putRow(row, r.values, row - o.row);
    });
  }
  return { spec: { ...spec, blocks, formats }, carried, parked: removed.length };
}
