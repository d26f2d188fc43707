// The one shape of a table read from anywhere (an Excel table, a sheet's used range, a CSV, a test):
// its header row and its data rows of raw cell values.

/** A table as header + rows of raw cell values (dates as Excel serials or text). */
export interface TableData {
  header: readonly unknown[];
  rows: readonly (readonly unknown[])[];
}

/** A cell with nothing in it: null, undefined or only spaces. A 0 is a value, not blank. */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}
