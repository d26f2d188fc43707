// Two error channels (docs/habits.md §1): misuse of the API throws; bad *data* is returned as a Problem
// value so the caller can list it for the user with row and column.

/** A problem with user data, with a Danish message ready to show. */
export interface Problem {
  /** Stable machine code, e.g. "date.invalid". */
  code: string;
  /** Danish message for the user. */
  message: string;
  /** 1-based row number in the user's table, when known. */
  row?: number;
  /** Column (header text) in the user's table, when known. */
  column?: string;
  /** 0-based column index in the table, when known (to point at the cell). */
  col?: number;
  /** "fejl" blocks the row; "advarsel" is shown but the row is still used. */
  severity: "fejl" | "advarsel";
}

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: string, message: string, severity: Problem["severity"] = "fejl"): Result<T> {
  return { ok: false, problem: { code, message, severity } };
}

/** Thrown only for programming errors (misuse of the core API), never for bad user data. */
export class CoreUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CoreUsageError";
  }
}
