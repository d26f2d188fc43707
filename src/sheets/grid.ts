// A sheet of ours read back from the workbook, addressed like the worksheet (0-based row and column,
// whatever its used range). The builders that write a sheet also read it back from such a grid, so its
// layout — columns, labels, the order of its blocks — is known in one place: the builder's file.

/** A sheet's cells as they stand now; `rows` is one past the last row read. */
export interface Grid {
  at(row: number, col: number): unknown;
  rows: number;
}

/** The text of a cell, trimmed; "" for anything that is not text. */
export const cellText = (v: unknown): string => (typeof v === "string" ? v.trim() : "");

/** The first row from `from` on whose cell in `col` passes `test` (on its trimmed text), or -1. */
export function findRow(g: Grid, col: number, test: (t: string) => boolean, from = 0): number {
  for (let r = from; r < g.rows; r++) if (test(cellText(g.at(r, col)))) return r;
  return -1;
}

/** The number in a cell, or undefined. */
export const cellNumber = (g: Grid, row: number, col: number): number | undefined => {
  const v = g.at(row, col);
  return typeof v === "number" ? v : undefined;
};
