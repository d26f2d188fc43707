// The workbook's own history (docs/domain.md §8): the figures saved each time a year was closed, in
// a hidden sheet of ours, one row per year, art, level and name. It is read back by the flows that
// show the years before (Overblik) and rewritten in place when a year is closed again.
import { historikCells, HISTORIK_HEADER, type HistorikRow } from "../core";
import type { SheetSpec } from "./spec";

/** Our marker on the history sheet: the flows find it by this, whatever it is called. */
export const HISTORIK_KIND = "historik";
export const HISTORIK_SHEET = "Styringsark historik";

/** The hidden history sheet: header and rows, values only, sorted by year. */
export function buildHistorik(rows: readonly HistorikRow[], sheetName = HISTORIK_SHEET): SheetSpec {
  return {
    name: sheetName, kind: HISTORIK_KIND, hidden: true, formats: [],
    blocks: [{ kind: "cells", row: 0, col: 0, cells: [[...HISTORIK_HEADER], ...historikCells(rows)] }],
  };
}
