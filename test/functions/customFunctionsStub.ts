// A stand-in for Excel's CustomFunctions global (only Error and ErrorCode, which is all the
// functions use), so the functions run under jest and their thrown errors can be inspected.

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionError {
  constructor(
    public readonly code: string,
    public readonly message?: string,
  ) {}
}

/** Installs the stub as the CustomFunctions global (idempotent). */
export function installCustomFunctionsStub(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = { Error: CustomFunctionError, ErrorCode };
}

/** The CustomFunctions.Error `fn` throws; fails when it returns or throws anything else. */
export function excelError(fn: () => unknown): CustomFunctionError {
  let result: unknown;
  try {
    result = fn();
  } catch (e) {
    if (e instanceof CustomFunctionError) return e;
    throw e;
  }
  throw new Error(`expected a CustomFunctions.Error, got ${JSON.stringify(result)}`);
}

/** A column range as Excel passes it: one inner array per row. */
export const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

/** A row range as Excel passes it. */
export const row = (...values: unknown[]): unknown[][] => [values];
