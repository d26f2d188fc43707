// Excel's limits a sheet description must respect, checked by both writers (Office and .xlsx)
// before anything is written: 1.048.576 rows × 16.384 columns, 32.767 characters per cell ("Excel
// specifications and limits"), and no value that is not finite (docs/domain.md §3: ∞ and NaN never
// reach a cell, whatever builder made the sheet).
import { finish, msg } from "../core";
import { rectA1, sheetNameProblem } from "./a1";
import { widest } from "./columns";
import { cellsInSteps, type SheetSpec } from "./spec";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
export const MAX_CELL_CHARS = 32767;

/** Problems that make a spec unwritable, found before the workbook is touched (Danish). */
export function specProblems(spec: SheetSpec): string[] {
  return finish(specProblemsInSteps(spec));
}

/** `specProblems` in steps: a pause every ITEMS_PER_STEP rows of a block (a sheet of 20.000 rows is checked cell by cell). */
export function* specProblemsInSteps(spec: SheetSpec): Generator<void, string[]> {
  const out: string[] = [];
  const nameProblem = sheetNameProblem(spec.name);
  if (nameProblem) out.push(nameProblem);
  for (const b of spec.blocks) {
    const rows = b.kind === "cells" ? b.cells.length : b.rect.rows;
    const cols = b.kind === "cells" ? widest(b.cells, 0) : b.rect.cols;
    const row = b.kind === "cells" ? b.row : b.rect.row;
    const col = b.kind === "cells" ? b.col : b.rect.col;
    if (row + rows > MAX_ROWS) out.push(`Arket "${spec.name}" ville få ${row + rows} rækker; Excel tillader højst ${MAX_ROWS}`);
    if (col + cols > MAX_COLS) out.push(`Arket "${spec.name}" ville få ${col + cols} kolonner; Excel tillader højst ${MAX_COLS}`);
  }
  yield* cellsInSteps(spec, (c, row, col) => {
    const at = `Cellen ${rectA1({ row, col, rows: 1, cols: 1 })} på arket "${spec.name}"`;
    if (typeof c === "number" && !Number.isFinite(c)) {
      out.push(msg.valueNotFinite(at));
      return;
    }
    const text = typeof c === "string" ? c : c !== null && typeof c === "object" ? c.f : "";
    if (text.length > MAX_CELL_CHARS) out.push(`${at} har ${text.length} tegn; Excel tillader højst ${MAX_CELL_CHARS}`);
  });
  return out;
}

