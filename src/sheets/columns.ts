// One column-width rule for both writers. A width in a SheetSpec is the .xlsx `<col width>` value:
// characters of the widest digit of the default font (Calibri 11: 7 pixels at 96 dpi) including
// the 5 pixels of cell padding and gridline. The .xlsx writer writes it as it is; Office.js wants
// points (`RangeFormat.columnWidth`), so the Office writer converts through the pixels Excel itself
// derives from the file value — the two paths give the same column on screen.
// See docs/architecture.md ("Column widths") for the sources.

/** Widest digit of Calibri 11 in pixels at 96 dpi (Excel's default Normal style). */
export const MAX_DIGIT_WIDTH_PX = 7;

/** Pixels Excel shows for a file width: Truncate(((256·w + Truncate(128/MDW)) / 256) · MDW). */
export function columnWidthPixels(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / MAX_DIGIT_WIDTH_PX)) / 256) * MAX_DIGIT_WIDTH_PX);
}

/** Points for Office.js (`format.columnWidth`): 96 pixels are 72 points. */
export function columnWidthPoints(width: number): number {
  return (columnWidthPixels(width) * 72) / 96;
}

/**
 * Columns a cells block spans: its longest row, at least `min`. A loop, not `Math.max(...rows)`:
 * spreading a row-sized array into a call overflows the stack from about 120.000 rows.
 */
export function widest(rows: readonly (readonly unknown[])[], min: number): number {
  let w = min;
  for (const r of rows) if (r.length > w) w = r.length;
  return w;
}
