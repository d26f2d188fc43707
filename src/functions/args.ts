// Turning Excel's arguments into core values, and core problems into Excel errors. Excel hands a
// range to a custom function as a 2-D array and a single cell as a bare value, and an empty cell as
// null, "" or 0 depending on the build, so every function goes through these helpers and never
// sees those differences. Bad data always throws a CustomFunctions.Error with a Danish message;
// nothing here guesses a number.
import {
  cprKey, personIdsOfKeys, personKey, type PersonColumns, cprUnusable, describeValue, isBlank,
  msg, OPEN_END, parseAmount, parseDate, parseFraction, parseFrequency, parseRatio, parseUnit, ymdToDay,
  type CaseColumns, type CaseSpan, type PersonSpan, type Problem, type Unit,
} from "../core";

/** A validated case row: the fields of both a disposition and a HÅP row. */
export type CaseInput = CaseSpan & PersonSpan;

/** Throws the Excel error (#VALUE! unless told otherwise) with a Danish message. */
export function raise(message: string, code?: CustomFunctions.ErrorCode): never {
  throw new CustomFunctions.Error(code ?? CustomFunctions.ErrorCode.invalidValue, message);
}

/**
 * A blank cell as any Excel build may send it, 0 included: some builds send 0 for a blank cell, so
 * where 0 cannot be a real value (an open stop date, a missing unit) it counts as blank. Where 0 is a
 * real value, the core's strict `isBlank` (never 0) is used instead.
 */
export function isBlankOrZero(v: unknown): boolean {
  // A number is blank only as 0; asked first, because most cells of a case table are numbers. The
  // empty text (an open stop date as most builds send it) is answered here too, before the core's
  // general rule, which costs a call per row.
  return typeof v === "number" ? v === 0 : v === null || v === undefined || v === "" || isBlank(v);
}

/** The cells of an argument, row by row; a single value is a list of one. */
export function cells(arg: unknown): unknown[] {
  if (!Array.isArray(arg)) return [arg];
  if (arg.length === 0 || !Array.isArray(arg[0])) return arg;
  // A column (the usual shape of a case table) is copied without the inner loop.
  if ((arg[0] as unknown[]).length === 1) {
    const out = new Array<unknown>(arg.length);
    for (let i = 0; i < arg.length; i++) out[i] = (arg[i] as unknown[])[0];
    return out;
  }
  const out: unknown[] = [];
  for (const row of arg as unknown[][]) for (const v of row) out.push(v);
  return out;
}

/** A range of one column as Excel passes it (rows × 1), or null for any other shape. */
function columnOf(arg: unknown): unknown[][] | null {
  return Array.isArray(arg) && arg.length > 0 && Array.isArray(arg[0]) && (arg[0] as unknown[]).length === 1 ? (arg as unknown[][]) : null;
}

/** The one value of an argument that must be a single cell (a range of one cell is accepted). */
export function single(arg: unknown, label: string): unknown {
  const list = cells(arg);
  if (list.length !== 1) raise(msg.oneCellExpected(label, list.length));
  const v = list[0];
  linkedGuard(v, label);
  return v;
}

/**
 * A linked data type (Stocks, Geography …) reaches a custom function as an object; name it in
 * Danish instead of "[object Object]". Dates never arrive as objects from Excel (they are serials).
 */
function linkedGuard(v: unknown, label: string, row?: number): void {
  if (v !== null && typeof v === "object" && !(v instanceof Date)) {
    raise(row === undefined ? msg.argument(label, msg.linkedDataType()) : msg.rowColumn(row, label, msg.linkedDataType()));
  }
}

/**
 * The result of a function, only when it is a finite number: an overflow (takst 9,99e307 × 12)
 * is #NUM! (docs/domain.md §3), never ∞ in a cell. Excel shows no custom message for #NUM!
 * (CustomFunctions.ErrorCode: "A custom error message can't be used"), so the message is for the
 * few hosts and tools that read it; the cell's #NUM! is what the user sees.
 */
export function finite(x: number): number {
  if (!Number.isFinite(x)) raise(msg.resultNotFinite(), CustomFunctions.ErrorCode.invalidNumber);
  return x;
}

/** How an argument lines up with the others of its function. */
export type Shape =
  /** One cell per row of the table. */
  | "rows"
  /** One cell for all rows, or one per row (takstenhed, normering). */
  | "rowsOrOne"
  /** A single cell (fra, til, metode …). */
  | "one"
  /** Any number of cells of its own (the months of DISPONERING, the PL rates). */
  | "list";

/** An argument of a custom function: its name in Excel's tooltip, its shape and its cell reader. */
export interface ArgDef<T = unknown> {
  label: string;
  shape: Shape;
  /** Reads one cell; `row` is 1-based in the range (for "one" and "list" the cell number or 0). */
  read: (v: unknown, row: number, label: string) => T;
}

/** One argument of a table of rows, with the value Excel passed. */
export interface ColumnArg {
  label: string;
  value: unknown;
  /** May be a single value applying to every row (e.g. takstenhed), or one value per row. */
  perRowOrAll?: boolean;
}

/** An argument of the table with its value, as `alignRows` takes it. */
export function arg(def: ArgDef, value: unknown): ColumnArg {
  return { label: def.label, value, perRowOrAll: def.shape === "rowsOrOne" };
}

/** Row-aligned cells of several arguments. */
export interface RowTable {
  /** Number of rows, empty ones included (1-based row n in messages = index n − 1). */
  count: number;
  /** Cells per argument, in the order given; a column of one cell applies to every row. */
  columns: unknown[][];
  /** 1 where every row-aligned cell of the row is empty, or the row is a header: such rows are skipped. */
  empty: Uint8Array;
}

/** The cell of a column in row i (a one-cell "per row or all" column applies to all rows). */
export function at(column: readonly unknown[], i: number): unknown {
  return column.length === 1 ? column[0] : column[i];
}

/** At most this many text rows at the top of the ranges are taken as a header (=SOC.HÅP(J:J; …)). */
const MAX_HEADER_ROWS = 3;

/**
 * Aligns row arguments: all must have the same number of cells (rangeShape error naming the odd
 * one out), except that a `perRowOrAll` argument may be a single value. An omitted optional
 * argument (undefined) is left out. A whole column (J:J) brings the table's header along as its
 * first rows: up to three leading rows of text without digits are skipped like empty rows, so
 * "Startdato" in row 1 is a header, not a bad date.
 */
export function alignRows(args: readonly ColumnArg[]): RowTable {
  const columns = args.map((a) => cells(a.value));
  let count = 0;
  args.forEach((a, k) => {
    if (!a.perRowOrAll && columns[k].length > count) count = columns[k].length;
  });
  args.forEach((a, k) => {
    const n = columns[k].length;
    if (a.perRowOrAll ? n !== 1 && n !== count : n !== count) raise(msg.rangeShape(a.label));
  });
  const aligned: unknown[][] = [];
  args.forEach((a, k) => {
    if (!a.perRowOrAll) aligned.push(columns[k]);
  });
  return { count, columns, empty: skippedRows(count, aligned.length, (k, i) => aligned[k][i]) };
}

/**
 * 1 for each row to skip: every row-aligned cell empty, or one of the (at most three) text rows at
 * the top that make a header. `cell(k, i)` is the k-th row-aligned argument's cell in row i.
 */
function skippedRows(count: number, width: number, cell: (k: number, i: number) => unknown): Uint8Array {
  const empty = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    let allEmpty = 1;
    for (let k = 0; k < width; k++) {
      if (!isBlankOrZero(cell(k, i))) {
        allEmpty = 0;
        break;
      }
    }
    empty[i] = allEmpty;
  }
  empty.fill(1, 0, headerRows(count, width, cell));
  return empty;
}

/**
 * How many rows at the top are skipped as a header: the leading rows (at most three, none in a table
 * of one row) whose every cell is a header cell — an empty row among them counts as one.
 */
function headerRows(count: number, width: number, cell: (k: number, i: number) => unknown): number {
  if (count < 2) return 0;
  let i = 0;
  for (; i < Math.min(count, MAX_HEADER_ROWS); i++) {
    let header = true;
    for (let k = 0; k < width && header; k++) header = isHeaderCell(cell(k, i));
    if (!header) break;
  }
  return i;
}

/**
 * A header cell: empty, or a text without digits ("Startdato", "Cpr-nr.", "Takst (mdl)"). A data
 * row has a date, an amount or a CPR number in it, so a row with a mistyped date is never taken
 * for a header and skipped silently.
 */
function isHeaderCell(v: unknown): boolean {
  return isBlankOrZero(v) || (typeof v === "string" && !/\d/.test(v));
}

function cellError(row: number, label: string, p: Problem): never {
  raise(msg.rowColumn(row, label, p.message));
}

/** The first check of every slow path: a linked data type is named, never parsed as text. */
const guard = (v: unknown, row: number, label: string) => linkedGuard(v, label, row);

const FIRST_DAY_9999 = ymdToDay(9999, 1, 1);
/**
 * OPEN_END read once: where this module runs as CommonJS (jest, the bench under tsx) every use of an
 * imported binding is a getter call through core/index.ts, and rowStop returns it for every open row.
 */
const openEnd = OPEN_END;

/**
 * Day number of a date cell; "open" only when allowOpen. Whole serials between 01.03.1900 and
 * 31.12.9998 are their own day number (see core dates), so they skip the general parser: a case
 * table is mostly such numbers.
 */
function dateCell(v: unknown, allowOpen: boolean): ReturnType<typeof parseDate> {
  if (typeof v === "number" && v >= 61 && v < FIRST_DAY_9999) return { ok: true, value: Math.floor(v) };
  return parseDate(v === 0 ? null : v, allowOpen);
}

/** Start date of row `row` (required). */
export function rowStart(v: unknown, row: number, label: string): number {
  // The usual cell, a whole serial, without allocating a Result: this runs for every row.
  if (typeof v === "number" && v >= 61 && v < FIRST_DAY_9999) return Math.floor(v);
  guard(v, row, label);
  const r = dateCell(v, false);
  if (!r.ok) cellError(row, label, r.problem);
  return r.value as number;
}

/** Stop date of row `row`: empty, 0 or a date in 9999 is open-ended (OPEN_END). */
export function rowStop(v: unknown, row: number, label: string): number {
  if (typeof v === "number" && v >= 61 && v < FIRST_DAY_9999) return Math.floor(v);
  if (isBlankOrZero(v)) return openEnd;
  guard(v, row, label);
  const r = dateCell(v, true);
  if (!r.ok) cellError(row, label, r.problem);
  return r.value === "open" ? openEnd : r.value;
}

/** Amount of row `row`: required (a blank is never 0); negative only when allowed. */
export function rowAmount(v: unknown, row: number, label: string, allowNegative = false): number {
  if (typeof v === "number" && v >= 0 && v < Infinity) return v;
  if (isBlank(v)) raise(msg.rowColumn(row, label, msg.required()));
  guard(v, row, label);
  const r = parseAmount(v);
  if (!r.ok) cellError(row, label, r.problem);
  if (!allowNegative && r.value < 0) raise(msg.rowColumn(row, label, msg.numberNegative(describeValue(v))));
  return r.value;
}

/** Rate unit of row `row`; empty means måned. */
export function rowUnit(v: unknown, row: number, label: string): Unit {
  if (isBlankOrZero(v)) return "måned";
  guard(v, row, label);
  const r = parseUnit(v);
  if (!r.ok) cellError(row, label, r.problem);
  return r.value;
}

/** Probability of row `row` in [0, 1]: 0,4, "0,4" or "40 %"; a bare number above 1 is an error. */
export function rowProbability(v: unknown, row: number, label: string): number {
  if (isBlank(v)) raise(msg.rowColumn(row, label, msg.required()));
  guard(v, row, label);
  const r = parseFraction(v, { nonNegative: true, kind: "probability" });
  if (!r.ok) cellError(row, label, r.problem);
  return r.value;
}

/**
 * CPR of a row as a grouping key, through the core's one normaliser (`personKey`: every spelling of
 * docs/domain.md §3 is one person; a number cell's lost leading zero is restored). A masked CPR, a
 * truth value or a text 0 identifies no one: an error naming the row. Other text stays its own key.
 * The number 0 is a blank cell: Excel on the desktop passes an empty cell of a range as 0
 * (https://github.com/OfficeDev/office-js/issues/4702), so it is a row of its own, as a blank is —
 * never merged with another row.
 */
export function rowCpr(v: unknown, row = 0, label: string = msg.fnArg.cpr): string | null {
  if (isBlankOrZero(v)) return null;
  guard(v, row, label);
  const key = personKey(v);
  if (key !== null) return key;
  const unusable = cprUnusable(v);
  if (unusable) cellError(row, label, unusable);
  return null;
}

/** The arguments of a case table; takst/takstenhed are absent for HÅP, cpr when not given. */
export interface CaseArgs {
  takst?: unknown;
  startdato: unknown;
  stopdato: unknown;
  takstenhed?: unknown;
  cpr?: unknown;
}

/**
 * Validated cases, one per row of the ranges; an empty row gives null (the grid of DISPONERING
 * keeps its place). Throws on the first bad row, naming it ("Række 3, startdato: …",
 * "Række 3: stopdato … ligger før startdato …").
 */
export function readCases(args: CaseArgs): (CaseInput | null)[] {
  return readRows(args, true);
}

/** The non-empty rows only (the sums and HÅP do not care where a row stood). */
export function presentCases(args: CaseArgs): CaseInput[] {
  return readRows(args, false) as CaseInput[];
}

function readRows(args: CaseArgs, keepEmpty: boolean): (CaseInput | null)[] {
  const L = msg.fnArg;
  const spec: ColumnArg[] = [arg(ARGS.startdato, args.startdato), arg(ARGS.stopdato, args.stopdato)];
  const hasTakst = args.takst !== undefined;
  const hasCpr = args.cpr !== undefined && args.cpr !== null;
  if (hasTakst) spec.push(arg(ARGS.takst, args.takst));
  if (hasCpr) spec.push(arg(ARGS.cpr, args.cpr));
  // Takstenhed may be one value for all rows; it does not make a row non-empty.
  spec.push(arg(ARGS.takstenhed, args.takstenhed ?? null));
  const table = alignRows(spec);
  const [starts, stops] = table.columns;
  const takster = hasTakst ? table.columns[2] : undefined;
  const cprs = hasCpr ? table.columns[hasTakst ? 3 : 2] : undefined;
  const units = table.columns[table.columns.length - 1];
  // One takstenhed for all rows is an argument of its own: its error names no row.
  let sameUnit: Unit | undefined;
  if (units.length === 1) {
    const u = isBlankOrZero(units[0]) ? ({ ok: true, value: "måned" } as const) : parseUnit(units[0]);
    if (!u.ok) argProblem(L.takstenhed, u.problem);
    sameUnit = u.value;
  }
  const out: (CaseInput | null)[] = [];
  for (let i = 0; i < table.count; i++) {
    if (table.empty[i]) {
      if (keepEmpty) out.push(null);
      continue;
    }
    const row = i + 1;
    const start = rowStart(starts[i], row, L.startdato);
    const stop = rowStop(stops[i], row, L.stopdato);
    if (stop < start) raise(msg.row(row, msg.stopBeforeStart(stop, start)));
    out.push({
      takst: takster ? rowAmount(takster[i], row, L.takst) : 0,
      enhed: sameUnit ?? rowUnit(units[i], row, L.takstenhed),
      start,
      stop,
      cpr: cprs ? rowCpr(cprs[i], row, L.cpr) : null,
    });
  }
  return out;
}

/**
 * The cases of SOC.DISPONERET as columns (core disposedAmountOfColumns): the same checks, in the
 * same order and with the same messages as presentCases, but without an object per row. The usual
 * call gives columns of one length, read where Excel put them; any other shape goes through
 * alignRows and its messages.
 */
export function caseColumns(args: { takst: unknown; startdato: unknown; stopdato: unknown; takstenhed?: unknown }): CaseColumns {
  const unitArg = args.takstenhed ?? null;
  const unitColumn = columnOf(unitArg);
  let starts = columnOf(args.startdato), stops = columnOf(args.stopdato), takster = columnOf(args.takst);
  const n = starts ? starts.length : -1;
  let units: unknown[];
  if (
    starts && stops && takster && stops.length === n && takster.length === n &&
    (unitColumn === null ? !Array.isArray(unitArg) : unitColumn.length === 1 || unitColumn.length === n)
  ) {
    units = unitColumn === null ? [unitArg] : unitColumn.length === 1 && n !== 1 ? [unitColumn[0][0]] : cells(unitColumn);
  } else {
    const table = alignRows([arg(ARGS.startdato, args.startdato), arg(ARGS.stopdato, args.stopdato), arg(ARGS.takst, args.takst), arg(ARGS.takstenhed, unitArg)]);
    units = table.columns[3];
    // The rare shapes (a row, a block) as columns, so one loop reads every shape.
    [starts, stops, takster] = table.columns.slice(0, 3).map((c) => c.map((v) => [v]));
  }
  // One takstenhed for all rows is an argument of its own: its error names no row.
  let sameUnit: Unit | undefined;
  if (units.length === 1) {
    const u = isBlankOrZero(units[0]) ? ({ ok: true, value: "måned" } as const) : parseUnit(units[0]);
    if (!u.ok) argProblem(msg.fnArg.takstenhed, u.problem);
    sameUnit = u.value;
  }
  return caseRows(starts!, stops!, takster!, units, sameUnit);
}

/**
 * The row loop of caseColumns, a function of its own so that the engine optimises it apart from the
 * argument handling: a deoptimisation there (an argument array of a new shape) sent the loop back
 * to the interpreter, and SOC.DISPONERET over 50.000 rows took 7–10 ms for twenty calls instead of
 * 2,5 ms. The rows skipped are skippedRows' (a header at the top, rows of empty cells), asked here
 * instead of in a pass of its own over every cell first.
 */
function caseRows(starts: unknown[][], stops: unknown[][], takster: unknown[][], units: unknown[], sameUnit: Unit | undefined): CaseColumns {
  const L = msg.fnArg;
  const n = starts.length;
  const header = headerRows(n, 3, (k, i) => (k === 0 ? starts : k === 1 ? stops : takster)[i][0]);
  const takst = new Float64Array(n), start = new Float64Array(n), stop = new Float64Array(n);
  const perRow: Unit[] | undefined = sameUnit === undefined ? new Array<Unit>(n) : undefined;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const sv = starts[i][0], ev = stops[i][0], tv = takster[i][0];
    if (i < header || (isBlankOrZero(sv) && isBlankOrZero(ev) && isBlankOrZero(tv))) continue;
    const row = i + 1;
    const s = rowStart(sv, row, L.startdato);
    const e = rowStop(ev, row, L.stopdato);
    if (e < s) raise(msg.row(row, msg.stopBeforeStart(e, s)));
    takst[count] = rowAmount(tv, row, L.takst);
    if (perRow) perRow[count] = rowUnit(units[i], row, L.takstenhed);
    start[count] = s;
    stop[count++] = e;
  }
  return { count, takst, start, stop, enhed: sameUnit ?? perRow! };
}

/** A required date argument (fra, til, a month); `cell` (1-based) names a cell of a range. */
export function argDate(v: unknown, label: string, cell?: number): number {
  linkedGuard(v, cell === undefined ? label : `${label}, celle ${cell}`);
  const r = dateCell(v, false);
  if (!r.ok) raise(cell === undefined ? msg.argument(label, r.problem.message) : msg.argumentCell(label, cell, r.problem.message));
  return r.value as number;
}

/** The period [fra, til] as day numbers; til before fra is an error. */
export function readPeriod(fra: unknown, til: unknown): [number, number] {
  const a = argDate(single(fra, msg.fnArg.fra), msg.fnArg.fra);
  const b = argDate(single(til, msg.fnArg.til), msg.fnArg.til);
  if (b < a) raise(msg.periodInvalid(a, b));
  return [a, b];
}

/** Raises a core problem about a single (non-row) argument. */
export function argProblem(label: string, p: Problem): never {
  raise(msg.argument(label, p.message));
}

/**
 * The rows of SOC.HÅP as person columns, without building a case object per row: the same checks
 * and messages as readCases, but straight into typed arrays (50.000 rows per recalculation). With
 * `within` [a, b], every row is still checked, but only the rows touching the period are kept,
 * clipped to it (for core haapOfSpans).
 */
export function personRows(args: { startdato: unknown; stopdato: unknown; cpr?: unknown }, within?: readonly [number, number]): PersonColumns {
  const L = msg.fnArg;
  const hasCpr = args.cpr !== undefined && args.cpr !== null;
  const given = hasCpr ? [args.startdato, args.stopdato, args.cpr] : [args.startdato, args.stopdato];
  // The usual call gives columns of one length: their cells are read where Excel put them. Copying
  // three columns of a million cells into new arrays (alignRows) made V8 collect its whole heap
  // every other call of SOC.HÅP. Any other shape goes through alignRows and its messages.
  const direct = given.map(columnOf);
  let n: number, empty: Uint8Array, cell: (k: number, i: number) => unknown;
  if (direct.every((c) => c !== null && c.length === direct[0]!.length)) {
    const cols = direct as unknown[][][];
    n = cols[0].length;
    cell = (k, i) => cols[k][i][0];
    empty = skippedRows(n, cols.length, cell);
  } else {
    const spec: ColumnArg[] = [arg(ARGS.startdato, args.startdato), arg(ARGS.stopdato, args.stopdato)];
    if (hasCpr) spec.push(arg(ARGS.cpr, args.cpr));
    const table = alignRows(spec);
    n = table.count;
    empty = table.empty;
    cell = (k, i) => table.columns[k][i];
  }
  const start = new Float64Array(n), stop = new Float64Array(n);
  // The CPR as a number (core cprKey: no string is built for the usual spellings); only a cell that
  // is no CPR goes through rowCpr, which names masked numbers and truth values, and keeps its text.
  const keys = new Float64Array(n);
  let text: (string | null)[] | null = null;
  const [lo, hi] = within ?? [0, 0];
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (empty[i]) continue;
    const row = i + 1;
    const s = rowStart(cell(0, i), row, L.startdato);
    const e = rowStop(cell(1, i), row, L.stopdato);
    if (e < s) raise(msg.row(row, msg.stopBeforeStart(e, s)));
    const cv = hasCpr ? cell(2, i) : null;
    const k = cv === null ? -1 : cprKey(cv);
    let key: string | null = null;
    if (k < 0 && cv !== null) key = rowCpr(cv, row, L.cpr); // checked in every row, in the period or not
    if (within && (e < lo || s > hi)) continue;
    if (key) (text ??= new Array<string | null>(n).fill(null))[count] = key;
    keys[count] = k;
    start[count] = within && s < lo ? lo : s;
    stop[count++] = within && e > hi ? hi : e;
  }
  const { person, persons } = personIdsOfKeys(count === n ? keys : keys.subarray(0, count), text);
  return { count, persons, person, start, stop };
}

function ataMinutes(v: unknown, row: number, label: string): number {
  if (isBlank(v)) raise(msg.rowColumn(row, label, msg.required()));
  guard(v, row, label);
  const r = parseAmount(v);
  if (!r.ok || r.value < 0) raise(msg.rowColumn(row, label, msg.minutesInvalid(describeValue(v))));
  return r.value;
}

function ataFrequency(v: unknown, row: number, label: string): number {
  if (isBlank(v)) raise(msg.rowColumn(row, label, msg.required()));
  guard(v, row, label);
  const r = parseFrequency(v);
  if (!r.ok) cellError(row, label, r.problem);
  return r.value;
}

function ataRatio(v: unknown, row: number, label: string): number {
  // A blank normering means 1:1; builds that send 0 for a blank cell must not make that an error.
  if (!isBlankOrZero(v)) guard(v, row, label);
  const r = parseRatio(isBlankOrZero(v) ? null : v);
  if (!r.ok) cellError(row, label, r.problem);
  return r.value;
}

/** A PL rate cell (0,042 or "4,2 %"); blanks are skipped by the caller. */
function plRate(v: unknown, cell: number, label: string): number {
  linkedGuard(v, `${label}, celle ${cell}`);
  const r = parseFraction(v, { kind: "rate" });
  if (!r.ok) raise(msg.argumentCell(label, cell, r.problem.message));
  return r.value;
}

const def = <T>(label: string, shape: Shape, read: ArgDef<T>["read"]): ArgDef<T> => ({ label, shape, read });
const L = msg.fnArg;

/**
 * Every argument of the SOC functions: the name Excel's tooltip shows (and messages use), how it
 * lines up with the others, and how one cell is read. The functions, the row alignment and the
 * messages all take the argument from here; FUNCTION_ARGS below lists each function's arguments
 * in Excel's order, and the metadata test holds the JSDoc in functions.ts to it.
 */
export const ARGS = {
  takst: def(L.takst, "rows", (v, r, l) => rowAmount(v, r, l)),
  startdato: def(L.startdato, "rows", rowStart),
  stopdato: def(L.stopdato, "rows", rowStop),
  takstenhed: def(L.takstenhed, "rowsOrOne", rowUnit),
  cpr: def(L.cpr, "rows", rowCpr),
  maaned: def(L.maaned, "list", (v, cell, l) => argDate(v, l, cell || undefined)),
  fra: def(L.fra, "one", (v, _r, l) => argDate(v, l)),
  til: def(L.til, "one", (v, _r, l) => argDate(v, l)),
  metode: def(L.metode, "one", (v) => v),
  antal: def(L.antal, "rows", (v, r, l) => rowAmount(v, r, l)),
  enhedsudgift: def(L.udgift, "rows", (v, r, l) => rowAmount(v, r, l)),
  sandsynlighed: def(L.sandsynlighed, "rows", rowProbability),
  maaneder: def(L.maaneder, "rows", (v, r, l) => rowAmount(v, r, l)),
  minutter: def(L.minutter, "rows", ataMinutes),
  hyppighed: def(L.hyppighed, "rows", ataFrequency),
  normering: def(L.normering, "rowsOrOne", ataRatio),
  periode: def(L.periode, "one", (v) => v),
  beloeb: def(L.beloeb, "one", (v) => v),
  plSatser: def(L.plSatser, "list", plRate),
  dato: def(L.dato, "one", (v) => v),
} satisfies Record<string, ArgDef>;

/** Each function's parameters in Excel's order: [name in the JSDoc, argument]. */
export const FUNCTION_ARGS: Record<string, readonly (readonly [string, ArgDef])[]> = {
  DISPONERING: [["takst", ARGS.takst], ["startdato", ARGS.startdato], ["stopdato", ARGS.stopdato], ["måned", ARGS.maaned], ["takstenhed", ARGS.takstenhed]],
  DISPONERET: [["takster", ARGS.takst], ["startdatoer", ARGS.startdato], ["stopdatoer", ARGS.stopdato], ["fra", ARGS.fra], ["til", ARGS.til], ["takstenhed", ARGS.takstenhed]],
  HAAP: [["startdatoer", ARGS.startdato], ["stopdatoer", ARGS.stopdato], ["fra", ARGS.fra], ["til", ARGS.til], ["cpr", ARGS.cpr], ["metode", ARGS.metode]],
  GNSPRIS: [["takster", ARGS.takst], ["startdatoer", ARGS.startdato], ["stopdatoer", ARGS.stopdato], ["fra", ARGS.fra], ["til", ARGS.til], ["cpr", ARGS.cpr], ["takstenhed", ARGS.takstenhed]],
  RISIKOPROGNOSE: [["antal", ARGS.antal], ["enhedsudgift", ARGS.enhedsudgift], ["sandsynlighed", ARGS.sandsynlighed], ["måneder", ARGS.maaneder]],
  ATATIMER: [["minutter", ARGS.minutter], ["hyppighed", ARGS.hyppighed], ["normering", ARGS.normering], ["periode", ARGS.periode]],
  PLFREMSKRIVNING: [["beløb", ARGS.beloeb], ["pl_satser", ARGS.plSatser]],
  ALDER: [["cpr", ARGS.cpr], ["dato", ARGS.dato]],
};

/**
 * Reads the rows of a function's row arguments through the table: aligned, empty and header rows
 * skipped, each cell read by its argument's reader. `values` are Excel's arguments in the order of
 * `defs`; a row's values come back in the same order.
 */
export function readTableRows(defs: readonly ArgDef[], values: readonly unknown[]): { row: number; values: unknown[] }[] {
  const table = alignRows(defs.map((d, k) => arg(d, values[k] ?? null)));
  const out: { row: number; values: unknown[] }[] = [];
  for (let i = 0; i < table.count; i++) {
    if (table.empty[i]) continue;
    const row = i + 1;
    out.push({ row, values: defs.map((d, k) => d.read(at(table.columns[k], i), row, d.label)) });
  }
  return out;
}

/** The non-empty cells of a "list" argument, each read by its argument (cell numbers 1-based). */
export function readList<T>(d: ArgDef<T>, value: unknown, skipEmpty: boolean): T[] {
  const out: T[] = [];
  const list = cells(value);
  list.forEach((v, j) => {
    if (skipEmpty && isBlankOrZero(v)) return;
    out.push(d.read(v, list.length === 1 ? 0 : j + 1, d.label));
  });
  return out;
}
