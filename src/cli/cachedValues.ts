// The results a written .xlsx carries for its formulas (docs/domain.md §7 "A file that shows its numbers"):
// without them Protected View, previews and mail readers show empty sums. They are computed by
// HyperFormula, an engine independent of src/core, from the same formulas the file contains.
//
// HyperFormula is a devDependency: only the command-line tools (which run with devDependencies
// installed) use it, never the add-in bundle. Its licence key "gpl-v3" is HyperFormula's GPLv3 licence;
// distributing a tool that embeds it under other terms would need a commercial key.
import { HyperFormula, type RawCellContent } from "hyperformula";
import { rectAbs, sheetRef, shiftFormula } from "../sheets";
import type { SheetSpec } from "../sheets";
import type { CachedValue, CachedValues } from "../xlsx";

/** One sheet's contents as HyperFormula input: texts stay texts (a leading ' keeps "0101901234" a text). */
function sheetContents(spec: SheetSpec): { data: RawCellContent[][]; formulas: [number, number][] } {
  const data: RawCellContent[][] = [];
  const formulas: [number, number][] = [];
  const set = (r: number, c: number, v: RawCellContent) => {
    const row = (data[r] ??= []);
    row[c] = v;
  };
  for (const b of spec.blocks) {
    if (b.kind === "cells") {
      b.cells.forEach((cells, i) =>
        cells.forEach((cell, j) => {
          const r = b.row + i, c = b.col + j;
          if (cell === null) set(r, c, null);
          else if (typeof cell === "object") {
            set(r, c, `=${cell.f}`);
            formulas.push([r, c]);
          } else if (typeof cell === "string") set(r, c, `'${cell}`);
          else set(r, c, cell);
        }),
      );
    } else {
      const { rect, formula } = b;
      for (let r = rect.row; r < rect.row + rect.rows; r++) {
        for (let c = rect.col; c < rect.col + rect.cols; c++) {
          set(r, c, `=${shiftFormula(formula, r - rect.row, c - rect.col)}`);
          formulas.push([r, c]);
        }
      }
    }
  }
  // Later blocks overwrite earlier ones, as in the writers; a formula overwritten by a value is not one.
  const live = formulas.filter(([r, c]) => typeof data[r]?.[c] === "string" && (data[r][c] as string).startsWith("="));
  for (let r = 0; r < data.length; r++) {
    const row = (data[r] ??= []);
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
  return { data, formulas: [...new Map(live.map((x) => [`${x[0]},${x[1]}`, x])).values()] };
}

function cached(v: unknown): CachedValue {
  if (v === null || v === undefined) return 0; // Excel shows a reference to an empty cell as 0.
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "object" && "value" in v) return { error: String((v as { value: unknown }).value) };
  return { error: "#VALUE!" };
}

/** Computes the result of every formula in `specs` (one workbook, sheets in order). */
export function computeCachedValues(specs: readonly SheetSpec[]): CachedValues {
  const contents = specs.map(sheetContents);
  const sheets: Record<string, RawCellContent[][]> = {};
  specs.forEach((s, i) => (sheets[s.name] = contents[i].data));
  // smartRounding off: HyperFormula otherwise hands out results rounded to 10 digits after the point
  // and to about 11 significant digits (2352347822606 came out as 2352347822600), and a check that
  // compares a cached sum with a stored one then says "not up to date" in any reader that does not
  // recalculate (docs/domain.md §3: a number in a file is the full double).
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false });
  try {
    specs.forEach((spec, i) => {
      for (const n of spec.names ?? []) hf.addNamedExpression(n.name, `=${sheetRef(spec.name)}${rectAbs(n.rect)}`, n.workbook ? undefined : i);
    });
    const out: Map<number, CachedValue>[] = specs.map((spec, i) => {
      const sheet = hf.getSheetId(spec.name)!;
      const m = new Map<number, CachedValue>();
      for (const [row, col] of contents[i].formulas) m.set(row * 16384 + col, cached(hf.getCellValue({ sheet, row, col })));
      return m;
    });
    return (sheet, row, col) => out[sheet]?.get(row * 16384 + col);
  } finally {
    hf.destroy();
  }
}
