// What the user typed into a sheet of ours, read back before it is built again (docs/domain.md §7):
// a flow gives these values to core, so the figures it computes (the budget comments' text, the
// summary) use what the sheet shows, and the writer then keeps them in their cells.
import { locateInputRows, oldInputsAt, typedByKey } from "../sheets";
import { movedAsideFrom } from "../sheets";
import type { SheetSpec } from "../sheets";
import type { Grid } from "../sheets";
import type { SheetInfo, SourceTable, Workbook } from "./workbook";

/** A sheet read back (its used range) as a grid addressed like the worksheet, for the builders' readers. */
export function gridOf(source: SourceTable): Grid {
  const all = [source.header, ...source.rows];
  return {
    at: (row, col) => all[row - source.origin.row]?.[col - source.origin.col],
    rows: source.origin.row + all.length,
  };
}

/** Per input table of the spec: the typed values by key (undefined where the cell is the add-in's). */
export type TypedInputs = Map<string, (unknown | undefined)[]>[];

/**
 * Our sheet of the spec's kind that a write of the spec refreshes: the one of its name (compared as
 * Excel does, ignoring case), else "Navn (2)" where ours went beside a user's sheet of the name.
 */
export function sheetOfSpec(sheets: readonly SheetInfo[], spec: Pick<SheetSpec, "name" | "kind">): SheetInfo | undefined {
  const wanted = spec.name.toLowerCase();
  const exact = sheets.find((s) => s.name.toLowerCase() === wanted);
  if (exact && exact.kind !== null) return exact.kind === spec.kind ? exact : undefined;
  // A sheet of ours the user renamed is found by the name it was written under (as the writer does).
  if (!exact) {
    const renamed = sheets.find((s) => s.kind === spec.kind && s.writtenAs?.toLowerCase() === wanted);
    if (renamed) return renamed;
  }
  return sheets.find((s) => s.kind === spec.kind && movedAsideFrom(s.name) === wanted);
}

/** The values typed into the spec's input tables on its sheet in the workbook; empty maps when there is none. */
export async function typedOnSheet(wb: Workbook, spec: SheetSpec, sheets: readonly SheetInfo[]): Promise<TypedInputs> {
  const tables = spec.inputs ?? [];
  const none = tables.map(() => new Map<string, (unknown | undefined)[]>());
  const ours = sheetOfSpec(sheets, spec);
  if (!ours || tables.length === 0) return none;
  const source = await wb.readSheet(ours.name);
  if (!source) return none;
  const g = gridOf(source);
  const at = (col: number, row: number) => g.at(row, col);
  return locateInputRows(tables, at, g.rows).map((loc, k) => (loc ? typedByKey(tables[k], oldInputsAt(tables[k], loc, at, 0)) : none[k]));
}

/** A typed value that is a finite number, or undefined (text in a number cell is left to the sheet's validation). */
export function typedNumber(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}
