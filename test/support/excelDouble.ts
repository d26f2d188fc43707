// A test double of Excel's JavaScript API with Excel's semantics, shared by every test of the Office
// adapter. It looks to `src/excel/` like the request context of `Excel.run`: proxies whose methods
// and setters only *queue* operations, `load` whose values are readable only after `context.sync()`,
// and a workbook behind them that applies the queued operations at sync, in order.
//
// The host behaviour it reproduces, each from the documentation:
// - Batches and errors. Every call is queued and sent at `context.sync()`; when one operation of the
//   batch fails, the promise of the sync is rejected with that error, the operations queued before it
//   have taken effect and those after it have not (Excel does not roll back a batch).
//   https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
//   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts
//   Reading a property that was not loaded (and synced) throws PropertyNotLoaded.
// - Payload limits. Excel on the web rejects a request *and* a response above 5 MB, counted in bytes of
//   the JSON that travels (UTF-8: æøå are two bytes each, a long note is as heavy as its text); cells
//   written and values read are measured so (`jsonBytes`), everything else by a small fixed size
//   (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded).
//   https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
//   The double rejects an oversized request before applying anything; an oversized response after the
//   batch was applied (the changes happened, only the answer is lost) — the harsher reading.
// - Worksheets. Names are unique ignoring case (`Nøgletal 2025` and `NØGLETAL 2025` clash), at most
//   31 characters, none of : \ / ? * [ ]; `id` stays the same when a sheet is renamed or moved;
//   `visibility` Visible/Hidden/VeryHidden, and the last visible sheet can be neither hidden nor
//   deleted. https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets
// - References. Renaming a sheet rewrites every formula and name that refers to it; deleting it turns
//   each such reference into #REF! for good (`='Nøgletal 2025'!C15` becomes `=#REF!C15`), and a
//   workbook name that pointed into it evaluates to #REF!. Sheet-scoped names go with their sheet.
//   https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
//   https://learn.microsoft.com/javascript/api/excel/excel.nameditem (scope Workbook / Worksheet)
// - Worksheet custom properties (ExcelApi 1.12): key/value pairs stored with the sheet; our
//   ownership marker lives there.
//   https://learn.microsoft.com/javascript/api/excel/excel.worksheetcustompropertycollection
// - Sheet protection: a protected sheet refuses changes to its cells until unprotected. `protect`
//   "fails if the worksheet has already been protected"; `unprotect` of a sheet protected with a
//   password needs that password (Excel's documented rule for pauseProtection: a wrong password
//   throws InvalidArgument; the double applies it to unprotect). protect on a protected sheet and
//   unprotect on an unprotected one throw AccessDenied, as Excel did in office-js#6784 (the harsher
//   reading: code that only unprotects what it saw protected works on both behaviours).
//   https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection
//   https://github.com/OfficeDev/office-js/issues/6784
// - Workbook structure protection (ExcelApi 1.7) prevents "adding, deleting, moving, or renaming
//   worksheets"; Excel's UI says hiding and unhiding too. The double refuses add, delete, rename and
//   a change of visibility with AccessDenied (the code is not documented).
//   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#protect-workbook-structure
//   https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection
//   https://support.microsoft.com/office/7e365a4d-3e89-4616-84ca-1931257c1517 (Protect a workbook)
// - One namespace for names and tables: a defined name (of any scope) and a table may not share a
//   name, ignoring case; Excel refuses the second with InvalidArgument ("The name already exists").
//   https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-name-member
//   https://support.microsoft.com/office/fbf49a4f-82a3-43eb-8ba2-44d21233b114 (Rename an Excel table)
//   https://bz.apache.org/bugzilla/show_bug.cgi?id=62906 (a name equal to a table's makes Excel repair the file)
// - Hidden sheets: `activate` shows a sheet "in the Excel UI"; a hidden sheet cannot be shown there,
//   and Excel's Select/Activate on a hidden sheet fail, so the double refuses it (InvalidOperation).
//   Freeze panes on a hidden sheet fail in Excel (office-js#1463, unfreeze), and page layout is
//   the same per-window view state: the double refuses both on a sheet that is not visible.
//   https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-activate-member(1)
//   https://github.com/OfficeDev/office-js/issues/1463
//   https://github.com/xlwings/xlwings/issues/2166 (Select method of Worksheet class failed, hidden sheet)
// - Workbook settings (ExcelApi 1.4): key/value pairs per file and add-in.
//   https://learn.microsoft.com/javascript/api/excel/excel.settingcollection
// - Tables: `worksheet.tables.add(address, hasHeaders)` creates a table with a default name that is
//   then set through `table.name`; names are unique in the workbook ignoring case, and a taken (or
//   ill-formed) name, like a table overlapping another, is refused with InvalidArgument.
//   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables
//   https://github.com/OfficeDev/office-js/issues/551 (duplicate name), /issues/1199 (overlap)
// - Range.copyFrom (ExcelApi 1.9) copies values, formulas (relative references moved) and formats.
//   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-copyfrom-member(1)
// - Worksheet.onChanged: a handler registered (and synced) is called after each batch that changed
//   the sheet's cells, also for changes made by add-in code ("Event triggers",
//   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events), asynchronously.
// - DataValidation.valid (ExcelApi 1.8): true when every cell's value passes the rules, false when
//   none does, null when mixed (list rules are evaluated here).
//   https://learn.microsoft.com/javascript/api/excel/excel.datavalidation#excel-excel-datavalidation-valid-member
// - Freeze panes read back with getLocationOrNullObject (ExcelApi 1.7), page orientation with
//   pageLayout.load (ExcelApi 1.9).
//   https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes
//
// Faults are injected with `failAtOperation` (the k-th operation applied in the whole run fails, so a
// test can walk k over every operation of every batch) or `failAtSync`.
//
// A small evaluator computes direct references (`='Nøgletal 2025'!C15`), names, + − * / & and SUM,
// MIN, MAX over ranges, enough for a test to see whether a user's formula still resolves or shows
// #REF!. Anything else evaluates to UNEVALUATED.
/* eslint-disable @typescript-eslint/no-this-alias -- the proxies are plain objects whose methods need the workbook, not their own `this` */
import { colIndex, colName, shiftFormula } from "../../src/sheets/a1";

export const UNEVALUATED = "#UNEVALUATED";

// A filled range stores its top row only; every read of a cell below shifts the top formula again (in
// the adapter tests 620.000 times for 6.000 different formulas and offsets, a quarter of their CPU).
// shiftFormula is pure, so its results are kept, per top formula by row offset (a key joining the two
// texts cost a long string per cell read); the cap keeps a long fuzz run from growing without end.
const shiftedDown = new Map<string, string[]>();
let shiftedCount = 0;
function filledFormula(top: string, dRow: number): string {
  let byRow = shiftedDown.get(top);
  if (byRow === undefined) {
    if (shiftedCount >= 200_000) {
      shiftedDown.clear();
      shiftedCount = 0;
    }
    byRow = [];
    shiftedDown.set(top, byRow);
  }
  let f = byRow[dRow];
  if (f === undefined) {
    f = `=${shiftFormula(top.slice(1), dRow, 0)}`;
    byRow[dRow] = f;
    shiftedCount++;
  }
  return f;
}

/** Bytes of a value's JSON in UTF-8: what a request or response carries for it. */
export function jsonBytes(v: unknown): number {
  // Node's Buffer where there is one (jest, also under jsdom, which has no TextEncoder); the browser
  // walk (test/browser/fakeActions.ts) has no Buffer but has TextEncoder.
  const json = JSON.stringify(v);
  return typeof Buffer !== "undefined" ? Buffer.byteLength(json, "utf8") : new TextEncoder().encode(json).length;
}
export const FIVE_MB = 5 * 1024 * 1024;

type Raw = string | number | boolean;
type Rect = { row: number; col: number; rows: number; cols: number };

export interface DoubleSheet {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  props: Map<string, string>;
  /** Cells as written: "row,col" → the value or formula text sent ("=…" for formulas). */
  cells: Map<string, Raw>;
  /** Formula rows filled down with autoFill: the first row's formulas, moved per row when read. */
  fills: { rect: Rect; row: string[] }[];
  formats: { address: string; what: string; value: unknown }[];
  /** Sheet-scoped names: name → formula ("='Ark'!$A$1:$B$2"). */
  names: Map<string, string>;
  validations: { address: string; rule: unknown }[];
  charts: { name?: string; type: string; source: string; seriesBy: string; title?: string; xAxisTitle?: string; yAxisTitle?: string }[];
  autoFills: { from: string; to: string; type: string }[];
  protected: boolean;
  /** Password of the sheet's protection (Review › Protect Sheet with a password). */
  password?: string;
  /** The options the sheet was protected with (WorksheetProtectionOptions). */
  protectOptions?: unknown;
  /** Frozen panes as asked for: "at r,c,rows,cols", "rows n" or "columns n". */
  freeze?: string;
  tabColor?: string;
  columnWidths: Map<number, number>;
  /** Columns hidden through range.columnHidden (a clear leaves them hidden, as in Excel). */
  hiddenCols: Set<number>;
  /** Page setup as set through worksheet.pageLayout: "orientation", "zoom", "centerFooter", "printTitleRows" … */
  pageLayout: Record<string, unknown>;
  /** Manual page breaks (worksheet.horizontalPageBreaks): the 0-based row each page begins at. */
  rowBreaks: number[];
  /** Merged areas (range.merge), as addresses. */
  merges: string[];
}

export interface InitialSheet {
  name: string;
  /** Ownership marker value (our custom property "Styringsark"). */
  marker?: string;
  visibility?: DoubleSheet["visibility"];
  protected?: boolean;
  /** Protected with this password (implies protected). */
  password?: string;
  /**
   * "row,col" or A1 address → value or "=formula"; a Map for a large table (an object of 220.000 keys
   * cost a test more than reading the table did).
   */
  cells?: Record<string, unknown> | Map<string, unknown>;
  /** Sheet-scoped names → formula. */
  names?: Record<string, string>;
}

export interface DoubleOptions {
  /** 1-based number of the operation (counted over the whole run) that fails. */
  failAtOperation?: number;
  /** 1-based number(s) of the sync(s) that fail before applying anything. */
  failAtSync?: number | readonly number[];
  maxRequestBytes?: number;
  maxResponseBytes?: number;
  /** Workbook-scoped names → formula. */
  names?: Record<string, string>;
  settings?: Record<string, unknown>;
  tables?: { name: string; sheet: string; address: string }[];
  /** Workbook structure protected (Review › Protect Workbook), optionally with a password. */
  structure?: { password?: string };
}

export class OfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = "OfficeExtension.Error";
  }
}

const addr = (r: Rect) => `${r.row},${r.col},${r.rows},${r.cols}`;
// Addresses of formats, validations and merges are parsed again by every used-range scan, clear and
// copy (hundreds of thousands of times in the adapter tests): each text's rect is kept, frozen so that
// no caller can change the shared copy; the cap keeps a long fuzz run from growing without end.
const parsedAddrs = new Map<string, Readonly<Rect>>();
const parseAddr = (a: string): Readonly<Rect> => {
  let r = parsedAddrs.get(a);
  if (r === undefined) {
    const [row, col, rows, cols] = a.split(",").map(Number);
    r = Object.freeze({ row, col, rows, cols });
    if (parsedAddrs.size >= 100_000) parsedAddrs.clear();
    parsedAddrs.set(a, r);
  }
  return r;
};
const inside = (inner: Rect, outer: Rect) =>
  inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;
const overlaps = (a: Rect, b: Rect) => a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
const key = (r: number, c: number) => `${r},${c}`;
// The row and the column of a cell key "r,c" (non-negative integers), read digit by digit: scans over
// every cell of a sheet (used range, clear, fill) did split(",").map(Number) per cell, two arrays and
// two strings each, over sheets of 220.000 cells.
const keyRow = (k: string): number => {
  let r = 0;
  for (let i = 0; i < k.length; i++) {
    const ch = k.charCodeAt(i);
    if (ch === 44) break;
    r = r * 10 + ch - 48;
  }
  return r;
};
const keyCol = (k: string): number => {
  let c = 0;
  for (let i = k.indexOf(",") + 1; i < k.length; i++) c = c * 10 + k.charCodeAt(i) - 48;
  return c;
};

/** "B3" / "$B$3:D10" → rect (0-based). */
export function a1Rect(address: string): Rect {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.trim());
  if (!m) throw new OfficeError("InvalidArgument", `Ugyldig adresse ${address}`);
  const r0 = Number(m[2]) - 1, c0 = colIndex(m[1]);
  const r1 = m[4] ? Number(m[4]) - 1 : r0, c1 = m[3] ? colIndex(m[3]) : c0;
  return { row: Math.min(r0, r1), col: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 };
}

const rectText = (r: Rect) => {
  const tl = `$${colName(r.col)}$${r.row + 1}`;
  return r.rows === 1 && r.cols === 1 ? tl : `${tl}:$${colName(r.col + r.cols - 1)}$${r.row + r.rows}`;
};

/** Sheet prefix as Excel writes it: quoted unless the name is a plain identifier. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/**
 * Calls `fn` for every sheet prefix (`'Navn'!` or `Navn!`) outside string literals and replaces it
 * with what `fn` returns (null keeps it).
 */
const PLAIN_PREFIX = /[A-Za-z_\u00C0-\u024F][A-Za-z0-9_.\u00C0-\u024F]*!/y;

export function mapSheetPrefixes(formula: string, fn: (sheet: string) => string | null): string {
  if (!formula.includes("!")) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = "";
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (formula[j] === "'") break;
        else name += formula[j++];
      }
      if (formula[j + 1] === "!") {
        const rep = fn(name);
        out += rep ?? formula.slice(i, j + 2);
        i = j + 2;
        continue;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    PLAIN_PREFIX.lastIndex = i;
    const m = /[A-Za-z0-9_.\u00C0-\u024F]/.test(formula[i - 1] ?? "") ? null : PLAIN_PREFIX.exec(formula);
    if (m) {
      const rep = fn(m[0].slice(0, -1));
      out += rep ?? m[0];
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function sheetNameError(name: string): string | null {
  if (name.length === 0 || name.length > 31) return "Arknavnet skal have 1–31 tegn";
  if (/[:\\/?*[\]]/.test(name)) return "Arknavnet indeholder et ugyldigt tegn";
  if (name.startsWith("'") || name.endsWith("'")) return "Arknavnet må ikke begynde eller slutte med '";
  return null;
}

/** Excel's rule for table names: a letter, _ or \ first, then letters, digits, _ and .; no cell address. */
function tableNameError(name: string): string | null {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || name.length > 255) return `Tabelnavnet ${name} er ugyldigt`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) return `Tabelnavnet ${name} ligner en celleadresse`;
  return null;
}

interface Op {
  bytes: number;
  /** Bytes the answer to this operation adds to the response. */
  apply: () => number | void;
}

export class ExcelDouble {
  sheets: DoubleSheet[] = [];
  /** Workbook-scoped names → formula. */
  names = new Map<string, string>();
  settings = new Map<string, unknown>();
  tables: { name: string; sheet: DoubleSheet; rect: Rect }[] = [];
  /** Workbook structure protection. */
  structure: { protected: boolean; password?: string } = { protected: false };
  syncs = 0;
  /** Operations applied so far (the count `failAtOperation` is compared with). */
  operations = 0;
  suspendCalc = 0;
  suspendScreen = 0;
  activated: string[] = [];
  /** Every applied change to cells or their look, in order: which sheet (by id) and what. */
  log: { sheet: string; what: "cells" | "format" | "clear" | "copy" }[] = [];
  /** Request size of every sync (JSON bytes of what was queued). */
  batchBytes: number[] = [];
  responseBytes: number[] = [];
  readonly context: Excel.RequestContext;
  /** Worksheet.onChanged handlers by sheet id. */
  private changeHandlers = new Map<string, Set<(e: unknown) => unknown>>();
  private queue: Op[] = [];
  private nextId = 1;
  private chartCount = 0;

  constructor(initial: InitialSheet[] = [], public options: DoubleOptions = {}) {
    // A workbook always has at least one (visible) sheet.
    for (const s of initial.length > 0 ? initial : [{ name: "Ark1" }]) {
      const sheet = this.newSheet(s.name);
      if (s.marker) sheet.props.set("Styringsark", s.marker);
      sheet.visibility = s.visibility ?? "Visible";
      sheet.protected = (s.protected ?? false) || s.password !== undefined;
      sheet.password = s.password;
      for (const [k, v] of s.cells instanceof Map ? s.cells : Object.entries(s.cells ?? {}))
        if (v !== "" && v !== null && v !== undefined) sheet.cells.set(k.includes(",") ? k : toKey(k), v as Raw);
      for (const [n, f] of Object.entries(s.names ?? {})) sheet.names.set(n, f);
      this.sheets.push(sheet);
    }
    for (const [n, f] of Object.entries(options.names ?? {})) this.names.set(n, f);
    for (const [k, v] of Object.entries(options.settings ?? {})) this.settings.set(k, v);
    for (const t of options.tables ?? []) this.tables.push({ name: t.name, sheet: this.find(t.sheet), rect: a1Rect(t.address) });
    if (options.structure) this.structure = { protected: true, password: options.structure.password };
    this.context = this.makeContext();
  }

  // ---- inspection for tests (no queue, no sync) ----

  /** The sheet with this name, ignoring case as Excel does. */
  sheet(name: string): DoubleSheet | undefined {
    return this.sheets.find((s) => sameName(s.name, name));
  }

  sheetById(id: string): DoubleSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** What a cell holds as written (formula text for formulas). */
  formula(sheet: string, a1: string): Raw | undefined {
    const s = this.find(sheet);
    const { row, col } = a1Rect(a1);
    return this.raw(s, row, col);
  }

  /** The computed value of a cell ("#REF!" for a broken reference, UNEVALUATED beyond the evaluator). */
  value(sheet: string, a1: string): Raw | null {
    const s = this.find(sheet);
    const { row, col } = a1Rect(a1);
    return this.evalCell(s, row, col, new Set());
  }

  /** The value of a name: sheet-scoped when `sheet` is given, else workbook-scoped. */
  nameValue(name: string, sheet?: string): Raw | null {
    const s = sheet ? this.find(sheet) : undefined;
    const f = s ? s.names.get(name) : this.names.get(name);
    if (f === undefined) return "#NAME?";
    return this.evalFormula(f, s ?? this.sheets[0], new Set());
  }

  /** What a user does by hand: type into a cell (no queue, no sync, protection ignored). */
  type(sheet: string, a1: string, value: Raw | null): void {
    const s = this.find(sheet);
    const { row, col } = a1Rect(a1);
    this.materialize(s, { row, col, rows: 1, cols: 1 });
    if (value === null || value === "") s.cells.delete(key(row, col));
    else s.cells.set(key(row, col), value);
  }

  /**
   * Deep copy for "left exactly as before" assertions: cells in address order with filled rows
   * spelled out (a filled row and the same formulas written cell by cell are the same sheet).
   */
  snapshot(): unknown {
    return JSON.parse(this.snapshotJson());
  }

  /**
   * The snapshot as JSON text, for comparing two snapshots as strings (a fault walk compares one per
   * operation: building the copy only to write it out again doubled the walk's cost).
   */
  snapshotJson(): string {
    return JSON.stringify({ sheets: this.sheets.map((s) => this.sheetSnapshot(s)), names: [...this.names].sort(), settings: [...this.settings].sort() });
  }

  /** One sheet's part of snapshotJson, as JSON text; undefined if there is no such sheet. */
  sheetSnapshotJson(name: string): string | undefined {
    const s = this.sheet(name);
    return s && JSON.stringify(this.sheetSnapshot(s));
  }

  private sheetSnapshot(s: DoubleSheet) {
    // Cells below the top row of a fill join the written ones in a copy; without fills, the cells as they are.
    const all = s.fills.length > 0 ? new Map(s.cells) : s.cells;
    for (const f of s.fills)
      for (let r = f.rect.row; r < f.rect.row + f.rect.rows; r++)
        for (let c = f.rect.col; c < f.rect.col + f.rect.cols; c++) if (!all.has(key(r, c))) all.set(key(r, c), this.raw(s, r, c)!);
    return {
      ...s,
      props: [...s.props].sort(),
      cells: [...all].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      fills: undefined,
      names: [...s.names].sort(),
      columnWidths: [...s.columnWidths].sort(),
      hiddenCols: [...s.hiddenCols].sort(),
      autoFills: undefined,
      formats: [...s.formats].map((f) => JSON.stringify(f)).sort(),
      validations: [...s.validations].map((f) => JSON.stringify(f)).sort(),
    };
  }

  /** An independent copy of this workbook (for running the same start many times). */
  fork(options: DoubleOptions = {}): ExcelDouble {
    const copy = new ExcelDouble([], options);
    copy.sheets = this.sheets.map((s) => {
      const c = structuredClone(s);
      s.charts.forEach((rec, i) => Object.defineProperty(c.charts[i], "name", { value: rec.name, enumerable: false }));
      return c;
    });
    copy.names = new Map(this.names);
    copy.tables = this.tables.map((t) => ({ ...t, rect: { ...t.rect }, sheet: copy.sheets[this.sheets.indexOf(t.sheet)] }));
    copy.structure = { ...this.structure };
    copy.settings = structuredClone(this.settings);
    copy.nextId = this.nextId;
    copy.chartCount = this.chartCount;
    return copy;
  }

  /** Hidden sheets (a leftover check). */
  hidden(): string[] {
    return this.sheets.filter((s) => s.visibility !== "Visible").map((s) => s.name);
  }

  // ---- the workbook model ----

  private newSheet(name: string): DoubleSheet {
    const id = `{00000000-0001-0000-${String(this.nextId++).padStart(4, "0")}-000000000000}`;
    return {
      id, name, visibility: "Visible", props: new Map(), cells: new Map(), fills: [], formats: [], names: new Map(), validations: [], charts: [],
      autoFills: [], protected: false, columnWidths: new Map(), hiddenCols: new Set(), pageLayout: {}, rowBreaks: [], merges: [],
    };
  }

  /** Excel's getItem takes a name (any case) or an id. */
  private find(name: string): DoubleSheet {
    const s = this.sheet(name) ?? this.sheetById(name);
    if (!s) throw new OfficeError("ItemNotFound", `Arket ${name} findes ikke`);
    return s;
  }

  private alive(s: DoubleSheet): DoubleSheet {
    if (!this.sheets.includes(s)) throw new OfficeError("ItemNotFound", `Arket ${s.name} er slettet`);
    return s;
  }

  private raw(s: DoubleSheet, row: number, col: number): Raw | undefined {
    const v = s.cells.get(key(row, col));
    if (v !== undefined) return v;
    for (const f of s.fills) {
      if (row >= f.rect.row && row < f.rect.row + f.rect.rows && col >= f.rect.col && col < f.rect.col + f.rect.cols) {
        const top = f.row[col - f.rect.col];
        return row === f.rect.row ? top : filledFormula(top, row - f.rect.row);
      }
    }
    return undefined;
  }

  /** Turns fills overlapping `rect` into plain cells, so a part of them can be cleared or overwritten. */
  private materialize(s: DoubleSheet, rect: Rect): void {
    const keep: DoubleSheet["fills"] = [];
    for (const f of s.fills) {
      if (!overlaps(f.rect, rect)) {
        keep.push(f);
        continue;
      }
      for (let r = f.rect.row; r < f.rect.row + f.rect.rows; r++)
        for (let c = f.rect.col; c < f.rect.col + f.rect.cols; c++) {
          if (!s.cells.has(key(r, c))) {
            const top = f.row[c - f.rect.col];
            s.cells.set(key(r, c), r === f.rect.row ? top : filledFormula(top, r - f.rect.row));
          }
        }
    }
    s.fills = keep;
  }

  /** The sheet, if it is visible: what belongs to its window (panes, page setup) fails on a hidden one. */
  private shown(s: DoubleSheet, what: string): DoubleSheet {
    if (s.visibility !== "Visible") throw new OfficeError("InvalidOperation", `Arket ${s.name} er skjult: ${what} er ikke mulig`);
    return s;
  }

  private guardWrite(s: DoubleSheet): void {
    if (s.protected) throw new OfficeError("AccessDenied", `Arket ${s.name} er beskyttet`);
  }

  /** Excel's used range: cells with values, and (unless valuesOnly) cells with formats too. */
  private usedRect(s: DoubleSheet, valuesOnly = false): Rect | null {
    let r0 = Infinity, r1 = -1, c0 = Infinity, c1 = -1;
    if (!valuesOnly) {
      for (const x of [...s.formats, ...s.validations]) {
        if ("what" in x && x.what === "format.columnWidth") continue;
        const f = parseAddr(x.address);
        r0 = Math.min(r0, f.row);
        c0 = Math.min(c0, f.col);
        r1 = Math.max(r1, f.row + f.rows - 1);
        c1 = Math.max(c1, f.col + f.cols - 1);
      }
    }
    for (const k of s.cells.keys()) {
      const r = keyRow(k), c = keyCol(k);
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    }
    for (const f of s.fills) {
      r0 = Math.min(r0, f.rect.row);
      c0 = Math.min(c0, f.rect.col);
      r1 = Math.max(r1, f.rect.row + f.rect.rows - 1);
      c1 = Math.max(c1, f.rect.col + f.rect.cols - 1);
    }
    return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  private clear(s: DoubleSheet, rect: Rect, applyTo: string): void {
    this.guardWrite(s);
    this.log.push({ sheet: s.id, what: "clear" });
    if (applyTo !== "Formats") {
      // Filled rows wholly inside go as a whole; only those partly inside become cells first.
      s.fills = s.fills.filter((f) => !inside(f.rect, rect));
      this.materialize(s, rect);
      // A Map may lose entries while its keys are walked (each is visited once), so no copy of the keys.
      for (const k of s.cells.keys()) {
        const r = keyRow(k), c = keyCol(k);
        if (r >= rect.row && r < rect.row + rect.rows && c >= rect.col && c < rect.col + rect.cols) s.cells.delete(k);
      }
      s.autoFills = s.autoFills.filter((a) => !inside(parseAddr(a.from), rect));
    }
    if (applyTo !== "Contents") {
      s.formats = s.formats.filter((f) => !inside(parseAddr(f.address), rect));
      s.validations = s.validations.filter((v) => !inside(parseAddr(v.address), rect));
      // Clearing formats unmerges.
      s.merges = s.merges.filter((m) => !inside(parseAddr(m), rect));
    }
  }

  private copy(from: DoubleSheet, src: Rect, to: DoubleSheet, at: { row: number; col: number }, copyType: string): void {
    this.guardWrite(to);
    this.log.push({ sheet: to.id, what: "copy" });
    const dr = at.row - src.row, dc = at.col - src.col;
    const dest = { row: at.row, col: at.col, rows: src.rows, cols: src.cols };
    if (copyType !== "Formats") {
      this.clear(to, dest, "Contents");
      const move = (v: Raw): Raw => (typeof v === "string" && v.startsWith("=") ? `=${shiftFormula(v.slice(1), dr, dc)}` : v);
      // Filled rows stay filled rows (moved as a whole); a fill only partly inside is copied cell by cell.
      for (const f of from.fills) {
        if (inside(f.rect, src)) to.fills.push({ rect: { ...f.rect, row: f.rect.row + dr, col: f.rect.col + dc }, row: f.row.map((x) => move(x) as string) });
        else if (overlaps(f.rect, src)) {
          for (let r = Math.max(f.rect.row, src.row); r < Math.min(f.rect.row + f.rect.rows, src.row + src.rows); r++)
            for (let c = Math.max(f.rect.col, src.col); c < Math.min(f.rect.col + f.rect.cols, src.col + src.cols); c++) {
              if (!from.cells.has(key(r, c))) to.cells.set(key(r + dr, c + dc), move(this.raw(from, r, c)!));
            }
        }
      }
      for (const [k, v] of from.cells) {
        const comma = k.indexOf(",");
        const r = Number(k.slice(0, comma)), c = Number(k.slice(comma + 1));
        if (r >= src.row && r < src.row + src.rows && c >= src.col && c < src.col + src.cols) to.cells.set(key(r + dr, c + dc), move(v));
      }
    }
    if (copyType === "All" || copyType === "Formats") {
      const move = (a: string) => {
        const r = parseAddr(a);
        return addr({ ...r, row: r.row + dr, col: r.col + dc });
      };
      to.formats = to.formats.filter((f) => !inside(parseAddr(f.address), dest));
      to.validations = to.validations.filter((v) => !inside(parseAddr(v.address), dest));
      for (const f of from.formats) if (inside(parseAddr(f.address), src)) to.formats.push({ ...f, address: move(f.address) });
      for (const v of from.validations) if (inside(parseAddr(v.address), src)) to.validations.push({ ...v, address: move(v.address) });
      to.merges = to.merges.filter((m) => !inside(parseAddr(m), dest));
      for (const m of from.merges) if (inside(parseAddr(m), src)) to.merges.push(move(m));
    }
  }

  /** Rewrites every formula and name in the workbook through `fn` on its sheet prefixes. */
  private rewriteRefs(fn: (sheet: string) => string | null): void {
    const fix = (v: Raw): Raw => (typeof v === "string" && v.startsWith("=") ? mapSheetPrefixes(v, fn) : v);
    for (const s of this.sheets) {
      // Every cell of every sheet on each rename and delete: only a formula with a sheet prefix can change.
      for (const [k, v] of s.cells) {
        if (typeof v !== "string" || v.charCodeAt(0) !== 61 || !v.includes("!")) continue;
        const w = mapSheetPrefixes(v, fn);
        if (w !== v) s.cells.set(k, w);
      }
      for (const f of s.fills) f.row = f.row.map((x) => fix(x) as string);
      for (const [n, f] of s.names) s.names.set(n, fix(f) as string);
    }
    for (const [n, f] of this.names) this.names.set(n, fix(f) as string);
  }

  private guardStructure(what: string): void {
    if (this.structure.protected) throw new OfficeError("AccessDenied", `Arbejdsbogens struktur er beskyttet: ${what} er ikke tilladt`);
  }

  /** Any name (workbook- or sheet-scoped) or table called `name`, ignoring case: one namespace in Excel. */
  private nameTaken(name: string): boolean {
    return (
      this.tables.some((t) => sameName(t.name, name)) ||
      [...this.names.keys()].some((n) => sameName(n, name)) ||
      this.sheets.some((s) => [...s.names.keys()].some((n) => sameName(n, name)))
    );
  }

  private rename(s: DoubleSheet, name: string): void {
    if (s.name !== name) this.guardStructure("at omdøbe ark");
    const problem = sheetNameError(name);
    if (problem) throw new OfficeError("InvalidArgument", problem);
    if (this.sheets.some((x) => x !== s && sameName(x.name, name))) throw new OfficeError("InvalidArgument", `Navnet ${name} er optaget`);
    const old = s.name;
    s.name = name;
    this.rewriteRefs((ref) => (sameName(ref, old) ? sheetPrefix(name) : null));
  }

  private remove(s: DoubleSheet): void {
    this.alive(s);
    this.guardStructure("at slette ark");
    if (s.visibility === "Visible" && this.sheets.filter((x) => x.visibility === "Visible").length === 1) {
      throw new OfficeError("InvalidOperation", "Arbejdsbogen skal have mindst ét synligt ark");
    }
    this.sheets = this.sheets.filter((x) => x !== s);
    this.tables = this.tables.filter((t) => t.sheet !== s);
    this.rewriteRefs((ref) => (sameName(ref, s.name) ? "#REF!" : null));
  }

  private setVisibility(s: DoubleSheet, v: DoubleSheet["visibility"]): void {
    if (v !== s.visibility) this.guardStructure("at skjule eller vise ark");
    if (v !== "Visible" && s.visibility === "Visible" && this.sheets.filter((x) => x.visibility === "Visible").length === 1) {
      throw new OfficeError("InvalidOperation", "Arbejdsbogen skal have mindst ét synligt ark");
    }
    s.visibility = v;
  }

  /** DataValidation.valid over a rect: list rules checked against each cell's value; other rules pass. */
  private validity(s: DoubleSheet, r: Rect): boolean | null {
    let valid = 0, invalid = 0;
    for (let row = r.row; row < r.row + r.rows; row++)
      for (let col = r.col; col < r.col + r.cols; col++) {
        const cell = { row, col, rows: 1, cols: 1 };
        const rules = s.validations.filter((v) => inside(cell, parseAddr(v.address))).map((v) => v.rule as { list?: { source: string } });
        const value = this.evalCell(s, row, col, new Set());
        const ok = rules.every((rule) => !rule.list || rule.list.source.split(",").some((x) => x.trim() === String(value ?? "")));
        if (ok) valid++;
        else invalid++;
      }
    return invalid === 0 ? true : valid === 0 ? false : null;
  }

  // ---- evaluation ----

  /**
   * Results of formulas while one range's values are read (nothing changes in between): without it a
   * sheet of SUMIFS over month formulas costs seconds to read, each cell evaluated again per reference.
   */
  private memo: Map<string, Raw | null> | null = null;

  private evalCell(s: DoubleSheet, row: number, col: number, seen: Set<string>): Raw | null {
    return this.evalRaw(s, row, col, this.raw(s, row, col), seen);
  }

  /** evalCell for a cell whose content `v` the caller has already looked up (a read needs both). */
  private evalRaw(s: DoubleSheet, row: number, col: number, v: Raw | undefined, seen: Set<string>): Raw | null {
    if (v === undefined) return null;
    if (typeof v !== "string") return v;
    if (v.startsWith("'")) return v.slice(1);
    if (!v.startsWith("=")) return v;
    const id = `${s.id}:${row},${col}`;
    if (this.memo?.has(id)) return this.memo.get(id)!;
    if (seen.has(id)) return "#CIRKULÆR!";
    seen.add(id);
    try {
      const out = this.evalFormula(v, s, seen);
      this.memo?.set(id, out);
      return out;
    } finally {
      seen.delete(id);
    }
  }

  private evalFormula(formula: string, s: DoubleSheet, seen: Set<string>): Raw | null {
    try {
      const p = new Parser(formula.replace(/^=/, ""), this, s, seen);
      const v = p.parse();
      return Array.isArray(v) ? scalar(v) : v;
    } catch (e) {
      if (e instanceof Unsupported) return UNEVALUATED;
      throw e;
    }
  }

  /** Used by the evaluator: values of a rect on a sheet. */
  resolveRange(sheet: DoubleSheet, rect: Rect, seen: Set<string>): (Raw | null)[] {
    const out: (Raw | null)[] = [];
    for (let r = rect.row; r < rect.row + rect.rows; r++) for (let c = rect.col; c < rect.col + rect.cols; c++) out.push(this.evalCell(sheet, r, c, seen));
    return out;
  }

  resolveName(name: string, on: DoubleSheet): string | undefined {
    for (const [n, f] of on.names) if (sameName(n, name)) return f;
    for (const [n, f] of this.names) if (sameName(n, name)) return f;
    return undefined;
  }

  // ---- the queue ----

  private enqueue(apply: Op["apply"], bytes = 32): void {
    this.queue.push({ apply, bytes });
  }

  private async sync(): Promise<void> {
    this.syncs++;
    const batch = this.queue;
    this.queue = [];
    const request = batch.reduce((n, op) => n + op.bytes, 0);
    this.batchBytes.push(request);
    const failAt = this.options.failAtSync;
    if (failAt === this.syncs || (Array.isArray(failAt) && failAt.includes(this.syncs))) throw new OfficeError("GeneralException", `Simuleret fejl ved sync ${this.syncs}`);
    if (request > (this.options.maxRequestBytes ?? FIVE_MB)) {
      throw new OfficeError("RequestPayloadSizeLimitExceeded", `Forespørgslen er ${request} byte; grænsen er 5 MB`);
    }
    let response = 0;
    const logFrom = this.log.length;
    try {
      response = this.applyBatch(batch);
    } finally {
      this.raiseChanged(logFrom);
    }
    this.responseBytes.push(response);
    if (response > (this.options.maxResponseBytes ?? FIVE_MB)) {
      throw new OfficeError("ResponsePayloadSizeLimitExceeded", `Svaret er ${response} byte; grænsen er 5 MB`);
    }
  }

  /** Calls the onChanged handlers of the sheets whose cells the batch changed, after the sync returns. */
  private raiseChanged(logFrom: number): void {
    const changed = new Set(this.log.slice(logFrom).filter((l) => l.what === "cells").map((l) => l.sheet));
    for (const id of changed) {
      for (const h of this.changeHandlers.get(id) ?? []) {
        setTimeout(() => void h({ type: "WorksheetChanged", worksheetId: id, changeType: "RangeEdited", source: "Local", triggerSource: "ThisLocalAddin" }), 0);
      }
    }
  }

  private applyBatch(batch: Op[]): number {
    let response = 0;
    for (const op of batch) {
      this.operations++;
      if (this.options.failAtOperation === this.operations) {
        this.responseBytes.push(response);
        throw new OfficeError("GeneralException", `Simuleret fejl ved operation ${this.operations}`);
      }
      try {
        response += op.apply() ?? 0;
      } catch (e) {
        this.responseBytes.push(response);
        throw e;
      }
    }
    return response;
  }

  // ---- the proxies ----

  private makeContext(): Excel.RequestContext {
    const wb = this;
    const workbookLoaded = new Loaded();
    const context = {
      sync: () => wb.sync(),
      application: {
        suspendApiCalculationUntilNextSync: () => wb.enqueue(() => void wb.suspendCalc++, 16),
        suspendScreenUpdatingUntilNextSync: () => wb.enqueue(() => void wb.suspendScreen++, 16),
      },
      workbook: {
        worksheets: this.worksheetsProxy(),
        names: this.namesProxy(() => null),
        settings: this.settingsProxy(),
        tables: this.tablesProxy(),
        protection: (() => {
          const pl = new Loaded();
          return {
            load(_w?: unknown) {
              wb.enqueue(() => pl.set("protected", wb.structure.protected));
              return this;
            },
            get protected() {
              return pl.get("protected") as boolean;
            },
            protect: (password?: string) =>
              wb.enqueue(() => {
                if (wb.structure.protected) throw new OfficeError("AccessDenied", "Arbejdsbogen er allerede beskyttet");
                wb.structure = { protected: true, password: password || undefined };
              }),
            unprotect: (password?: string) =>
              wb.enqueue(() => {
                if (wb.structure.password !== undefined && password !== wb.structure.password) throw new OfficeError("InvalidArgument", "Adgangskoden til arbejdsbogen er forkert");
                wb.structure = { protected: false };
              }),
          };
        })(),
        load(_what?: unknown) {
          wb.enqueue(() => workbookLoaded.set("name", "Arbejdsbog.xlsx"));
          return this;
        },
        get name() {
          return workbookLoaded.get("name");
        },
      },
      trackedObjects: { add: () => undefined, remove: () => undefined },
    };
    return context as unknown as Excel.RequestContext;
  }

  private worksheetsProxy() {
    const wb = this;
    const loaded = new Loaded();
    return {
      load(_what?: unknown) {
        wb.enqueue(() => {
          const items = wb.sheets.map((s) => {
            const p = wb.sheetProxy(() => s);
            p.__fill(s);
            return p;
          });
          loaded.set("items", items);
          return wb.sheets.length * 64;
        });
        return this;
      },
      get items() {
        return loaded.get("items") as ReturnType<ExcelDouble["sheetProxy"]>[];
      },
      add(name: string) {
        let created: DoubleSheet | undefined;
        wb.enqueue(() => {
          wb.guardStructure("at tilføje ark");
          const problem = sheetNameError(name);
          if (problem) throw new OfficeError("InvalidArgument", problem);
          if (wb.sheet(name)) throw new OfficeError("ItemAlreadyExists", `Et ark med navnet ${name} findes allerede`);
          created = wb.newSheet(name);
          wb.sheets.push(created);
        }, 32 + name.length);
        return wb.sheetProxy(() => {
          if (!created) throw new OfficeError("ItemNotFound", `Arket ${name} blev ikke oprettet`);
          return wb.alive(created);
        });
      },
      getItem(name: string) {
        let bound: DoubleSheet | undefined;
        return wb.sheetProxy(() => wb.alive((bound ??= wb.find(name))));
      },
      getItemOrNullObject(name: string) {
        let bound: DoubleSheet | undefined;
        const p = wb.sheetProxy(() => wb.alive((bound ??= wb.find(name))), () => wb.sheet(name) ?? wb.sheetById(name));
        // isNullObject is readable after the next sync without a load (the documented pattern).
        wb.enqueue(() => p.__nullness());
        return p;
      },
    };
  }

  private sheetProxy(get: () => DoubleSheet, orNull?: () => DoubleSheet | undefined) {
    const wb = this;
    const loaded = new Loaded();
    const proxy = {
      __nullness() {
        if (orNull) loaded.set("isNullObject", !orNull());
      },
      __fill(s: DoubleSheet) {
        loaded.set("name", s.name);
        loaded.set("id", s.id);
        loaded.set("visibility", s.visibility);
        loaded.set("isNullObject", false);
      },
      load(_what?: unknown) {
        wb.enqueue(() => {
          if (orNull) {
            const s = orNull();
            loaded.set("isNullObject", !s);
            if (s) proxy.__fill(s);
          } else proxy.__fill(get());
          return 64;
        });
        return proxy;
      },
      get isNullObject() {
        return loaded.get("isNullObject") as boolean;
      },
      get name() {
        return loaded.get("name") as string;
      },
      set name(n: string) {
        wb.enqueue(() => wb.rename(get(), n), 32 + n.length);
      },
      get id() {
        return loaded.get("id") as string;
      },
      get visibility() {
        return loaded.get("visibility") as string;
      },
      set visibility(v: string) {
        wb.enqueue(() => wb.setVisibility(get(), v as DoubleSheet["visibility"]));
      },
      set tabColor(c: string) {
        wb.enqueue(() => void (get().tabColor = c));
      },
      customProperties: wb.customPropsProxy(get),
      names: wb.namesProxy(get),
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => wb.rangeProxy(get, () => ({ row, col, rows, cols })),
      getRange: (address?: string) => wb.rangeProxy(get, () => (address ? a1Rect(address.replace(/^.*!/, "")) : { row: 0, col: 0, rows: 1048576, cols: 16384 })),
      getUsedRange: (valuesOnly?: boolean) => wb.rangeProxy(get, () => wb.usedRect(get(), valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 }),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => wb.rangeProxy(get, () => wb.usedRect(get(), valuesOnly), true),
      charts: wb.chartsProxy(get),
      tables: {
        add: (address: string | { __rect: () => Rect }, hasHeaders: boolean) => wb.addTable(get, address, hasHeaders),
      },
      pageLayout: (() => {
        const set = (k: string, v: unknown) => wb.enqueue(() => void (wb.shown(get(), "sideopsætning").pageLayout[k] = v));
        const footers = {
          set leftFooter(v: string) {
            set("leftFooter", v);
          },
          set centerFooter(v: string) {
            set("centerFooter", v);
          },
          set rightFooter(v: string) {
            set("rightFooter", v);
          },
        };
        const read = new Loaded();
        return {
          load(_w?: unknown) {
            wb.enqueue(() => void read.set("orientation", get().pageLayout.orientation ?? "Portrait"));
            return this;
          },
          get orientation() {
            return read.get("orientation") as string;
          },
          set orientation(v: string) {
            set("orientation", v);
          },
          set paperSize(v: string) {
            set("paperSize", v);
          },
          // A scale of 10–400, or fit to pages, never both: "scale … can be null if fit to page tall or wide is
          // specified", "horizontalFitToPages … can be null if percentage scale is used"
          // (https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions).
          set zoom(v: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
            const fits = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
            if (v.scale !== undefined && (fits || !Number.isInteger(v.scale) || v.scale < 10 || v.scale > 400)) {
              throw Object.assign(new Error("The argument is invalid or missing or has an incorrect format."), { code: "InvalidArgument" });
            }
            set("zoom", v);
          },
          set printOrder(v: string) {
            if (v !== "DownThenOver" && v !== "OverThenDown") throw Object.assign(new Error("The argument is invalid or missing or has an incorrect format."), { code: "InvalidArgument" });
            set("printOrder", v);
          },
          headersFooters: { defaultForAllPages: footers },
          setPrintTitleRows: (rows: string) => set("printTitleRows", rows),
          setPrintTitleColumns: (cols: string) => set("printTitleColumns", cols),
          // A range, or an address such as "$A:$Q" (whole columns) (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-setprintarea-member(1)).
          setPrintArea: (r: { __rect: () => Rect } | string) =>
            wb.enqueue(() => void (wb.shown(get(), "sideopsætning").pageLayout.printArea = typeof r === "string" ? r : addr(r.__rect()))),
        };
      })(),
      // rowIndex is the 0-based row that begins the page, as the break was added before it
      // (https://learn.microsoft.com/javascript/api/excel/excel.pagebreak, ExcelApi 1.9). A break goes
      // before the top-left cell of the range or address given; removePageBreaks resets the manual ones
      // (https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection).
      horizontalPageBreaks: (() => {
        const loaded = new Loaded();
        return {
          load(_w?: unknown) {
            wb.enqueue(() => void loaded.set("items", get().rowBreaks.map((rowIndex) => ({ rowIndex }))));
            return this;
          },
          get items() {
            return loaded.get("items") as { rowIndex: number }[];
          },
          add: (r: { __rect: () => Rect } | string) => wb.enqueue(() => {
            const s = wb.shown(get(), "sideskift");
            const row = typeof r === "string" ? a1Rect(r.replace(/^.*!/, "")).row : r.__rect().row;
            if (!s.rowBreaks.includes(row)) s.rowBreaks.push(row);
          }),
          removePageBreaks: () => wb.enqueue(() => void (wb.shown(get(), "sideskift").rowBreaks = [])),
        };
      })(),
      onChanged: {
        add: (handler: (e: unknown) => unknown) => {
          let id: string | undefined;
          wb.enqueue(() => {
            id = get().id;
            const set = wb.changeHandlers.get(id) ?? new Set();
            set.add(handler);
            wb.changeHandlers.set(id, set);
          });
          return { remove: () => wb.enqueue(() => void (id !== undefined && wb.changeHandlers.get(id)?.delete(handler))) };
        },
      },
      freezePanes: {
        getLocationOrNullObject: () => wb.rangeProxy(get, () => freezeRect(get().freeze), true),
        freezeAt: (r: { __rect: () => Rect }) => wb.enqueue(() => void (wb.shown(get(), "frysning af ruder").freeze = `at ${addr(r.__rect())}`)),
        freezeRows: (n: number) => wb.enqueue(() => void (wb.shown(get(), "frysning af ruder").freeze = `rows ${n}`)),
        freezeColumns: (n: number) => wb.enqueue(() => void (wb.shown(get(), "frysning af ruder").freeze = `columns ${n}`)),
        unfreeze: () => wb.enqueue(() => void (wb.shown(get(), "frysning af ruder").freeze = undefined)),
      },
      protection: (() => {
        const pl = new Loaded();
        return {
          protect: (_o?: unknown, password?: string) =>
            wb.enqueue(() => {
              const s = get();
              if (s.protected) throw new OfficeError("AccessDenied", `Arket ${s.name} er allerede beskyttet`);
              s.protected = true;
              s.password = password || undefined;
              s.protectOptions = _o ?? {};
            }),
          unprotect: (password?: string) =>
            wb.enqueue(() => {
              const s = get();
              if (!s.protected) throw new OfficeError("AccessDenied", `Arket ${s.name} er ikke beskyttet`);
              if (s.password !== undefined && password !== s.password) throw new OfficeError("InvalidArgument", `Adgangskoden til arket ${s.name} er forkert`);
              s.protected = false;
              s.password = undefined;
            }),
          load(_w?: unknown) {
            wb.enqueue(() => {
              pl.set("protected", get().protected);
              pl.set("options", get().protectOptions ?? {});
            });
            return this;
          },
          get options() {
            return pl.get("options");
          },
          get protected() {
            return pl.get("protected") as boolean;
          },
        };
      })(),
      activate: () =>
        wb.enqueue(() => {
          const s = get();
          if (s.visibility !== "Visible") throw new OfficeError("InvalidOperation", `Arket ${s.name} er skjult og kan ikke vises`);
          wb.activated.push(s.name);
        }),
      delete: () => wb.enqueue(() => wb.remove(get())),
    };
    return proxy;
  }

  private customPropsProxy(get: () => DoubleSheet) {
    const wb = this;
    const itemProxy = (k: string, orNull: boolean) => {
      const loaded = new Loaded();
      const p = {
        load(_w?: unknown) {
          wb.enqueue(() => {
            const v = get().props.get(k);
            if (v === undefined && !orNull) throw new OfficeError("ItemNotFound", `Egenskaben ${k} findes ikke`);
            loaded.set("isNullObject", v === undefined);
            loaded.set("value", v ?? null);
            loaded.set("key", k);
            return 32;
          });
          return p;
        },
        get isNullObject() {
          return loaded.get("isNullObject") as boolean;
        },
        get value() {
          return loaded.get("value") as string;
        },
        get key() {
          return loaded.get("key") as string;
        },
        delete: () => wb.enqueue(() => void get().props.delete(k)),
      };
      return p;
    };
    return {
      add: (k: string, v: string) => wb.enqueue(() => void get().props.set(k, v), 32 + k.length + v.length),
      getItem: (k: string) => itemProxy(k, false),
      getItemOrNullObject: (k: string) => itemProxy(k, true),
    };
  }

  /** Names of a sheet (get() returns it) or of the workbook (get() returns null). */
  private namesProxy(get: () => DoubleSheet | null) {
    const wb = this;
    const store = () => {
      const s = get();
      return s ? wb.alive(s).names : wb.names;
    };
    const itemProxy = (name: string, orNull: boolean) => {
      const loaded = new Loaded();
      const p = {
        __nullness: () => loaded.set("isNullObject", ![...store().keys()].some((n) => sameName(n, name))),
        load(_w?: unknown) {
          wb.enqueue(() => {
            const f = [...store()].find(([n]) => sameName(n, name))?.[1];
            if (f === undefined && !orNull) throw new OfficeError("ItemNotFound", `Navnet ${name} findes ikke`);
            loaded.set("isNullObject", f === undefined);
            loaded.set("formula", f ?? null);
            loaded.set("name", name);
            return 64;
          });
          return p;
        },
        get isNullObject() {
          return loaded.get("isNullObject") as boolean;
        },
        get formula() {
          return loaded.get("formula") as string;
        },
        set formula(f: string) {
          wb.enqueue(() => {
            const m = store();
            const existing = [...m.keys()].find((n) => sameName(n, name));
            if (existing === undefined) throw new OfficeError("ItemNotFound", `Navnet ${name} findes ikke`);
            m.set(existing, f.startsWith("=") ? f : `=${f}`);
          });
        },
        delete: () =>
          wb.enqueue(() => {
            const m = store();
            for (const n of [...m.keys()]) if (sameName(n, name)) m.delete(n);
          }),
      };
      return p;
    };
    const collection = new Loaded();
    return {
      load(_w?: unknown) {
        wb.enqueue(() => void collection.set("items", [...store().keys()].map((name) => ({ name }))));
        return this;
      },
      get items() {
        return collection.get("items") as { name: string }[];
      },
      add: (name: string, reference: string | { __sheet: () => DoubleSheet; __rect: () => Rect }, _comment?: string) =>
        wb.enqueue(() => {
          const m = store();
          if ([...m.keys()].some((n) => sameName(n, name))) throw new OfficeError("InvalidArgument", `Navnet ${name} findes allerede`);
          if (wb.tables.some((t) => sameName(t.name, name))) throw new OfficeError("InvalidArgument", `Navnet ${name} er allerede en tabels navn`);
          const f = typeof reference === "string" ? (reference.startsWith("=") ? reference : `=${reference}`) : `=${sheetPrefix(reference.__sheet().name)}${rectText(reference.__rect())}`;
          m.set(name, f);
        }, 64 + name.length),
      getItem: (name: string) => itemProxy(name, false),
      getItemOrNullObject: (name: string) => {
        const p = itemProxy(name, true);
        // isNullObject is readable after the next sync without a load (the documented pattern).
        wb.enqueue(() => p.__nullness(), 0);
        return p;
      },
    };
  }

  private chartsProxy(get: () => DoubleSheet) {
    const wb = this;
    const loaded = new Loaded();
    return {
      add: (type: string, source: { __rect: () => Rect }, seriesBy: string) => {
        const rec: DoubleSheet["charts"][number] = { type, source: "", seriesBy };
        wb.enqueue(() => {
          // Excel names a new chart itself ("Diagram 1" …); kept out of the record tests compare.
          Object.defineProperty(rec, "name", { value: `Diagram ${++wb.chartCount}`, enumerable: false });
          rec.source = addr(source.__rect());
          get().charts.push(rec);
        }, 64);
        const titled = { set text(t: string) { wb.enqueue(() => void (rec.title = t)); } };
        const axisTitle = (k: "xAxisTitle" | "yAxisTitle") => ({ set text(t: string) { wb.enqueue(() => void (rec[k] = t)); } });
        return {
          title: titled,
          setPosition: () => wb.enqueue(() => undefined),
          axes: { categoryAxis: { title: axisTitle("xAxisTitle") }, valueAxis: { title: axisTitle("yAxisTitle") } },
          delete: () => wb.enqueue(() => void (get().charts = get().charts.filter((c) => c !== rec))),
        };
      },
      load(_w?: unknown) {
        wb.enqueue(() => {
          const s = get();
          loaded.set("items", s.charts.map((rec) => ({ name: rec.name, delete: () => wb.enqueue(() => void (s.charts = s.charts.filter((c) => c !== rec))) })));
        });
        return this;
      },
      get items() {
        return loaded.get("items") as { name: string; delete(): void }[];
      },
    };
  }

  private settingsProxy() {
    const wb = this;
    const itemProxy = (k: string) => {
      const loaded = new Loaded();
      const p = {
        __nullness: () => loaded.set("isNullObject", !wb.settings.has(k)),
        load(_w?: unknown) {
          wb.enqueue(() => {
            loaded.set("isNullObject", !wb.settings.has(k));
            loaded.set("value", wb.settings.get(k) ?? null);
            return 32 + JSON.stringify(wb.settings.get(k) ?? null).length;
          });
          return p;
        },
        get isNullObject() {
          return loaded.get("isNullObject") as boolean;
        },
        get value() {
          return loaded.get("value");
        },
        delete: () => wb.enqueue(() => void wb.settings.delete(k)),
      };
      return p;
    };
    return {
      add: (k: string, v: unknown) => wb.enqueue(() => void wb.settings.set(k, v), 32 + JSON.stringify(v).length),
      getItemOrNullObject: (k: string) => {
        const p = itemProxy(k);
        // isNullObject is readable after the next sync without a load (the documented pattern).
        wb.enqueue(() => p.__nullness(), 0);
        return p;
      },
    };
  }

  private tableCount = 0;

  /** worksheet.tables.add: the table gets Excel's default name ("Tabel1" …) until its name is set. */
  private addTable(getSheet: () => DoubleSheet, address: string | { __rect: () => Rect }, _hasHeaders: boolean) {
    const wb = this;
    let created: { name: string; sheet: DoubleSheet; rect: Rect } | undefined;
    wb.enqueue(() => {
      const sheet = getSheet();
      const rect = typeof address === "string" ? a1Rect(address.replace(/^.*!/, "")) : address.__rect();
      if (wb.tables.some((t) => t.sheet === sheet && overlaps(t.rect, rect))) throw new OfficeError("InvalidArgument", "En tabel kan ikke overlappe en anden tabel");
      let name: string;
      do name = `Tabel${++wb.tableCount}`;
      while (wb.tables.some((t) => sameName(t.name, name)));
      created = { name, sheet, rect };
      wb.tables.push(created);
    }, 64);
    const bound = () => {
      if (!created || !wb.tables.includes(created)) throw new OfficeError("ItemNotFound", "Tabellen blev ikke oprettet");
      return created;
    };
    return {
      set name(n: string) {
        wb.enqueue(() => {
          const t = bound();
          const problem = tableNameError(n);
          if (problem) throw new OfficeError("InvalidArgument", problem);
          if (wb.tables.some((x) => x !== t && sameName(x.name, n)) || (!sameName(t.name, n) && wb.nameTaken(n))) {
            throw new OfficeError("InvalidArgument", `Navnet ${n} er allerede i brug`);
          }
          t.name = n;
        }, 32 + n.length);
      },
      getRange: () => wb.rangeProxy(() => bound().sheet, () => bound().rect),
    };
  }

  private tablesProxy() {
    const wb = this;
    const loaded = new Loaded();
    const tableProxy = (name: string, orNull: boolean) => {
      const tl = new Loaded();
      const find = () => wb.tables.find((t) => sameName(t.name, name));
      const bound = () => {
        const t = find();
        if (!t) throw new OfficeError("ItemNotFound", `Tabellen ${name} findes ikke`);
        return t;
      };
      const p = {
        __nullness: () => tl.set("isNullObject", !find()),
        load(_w?: unknown) {
          wb.enqueue(() => {
            const t = find();
            if (!t && !orNull) throw new OfficeError("ItemNotFound", `Tabellen ${name} findes ikke`);
            tl.set("isNullObject", !t);
            tl.set("name", t?.name ?? name);
          });
          return p;
        },
        get isNullObject() {
          return tl.get("isNullObject") as boolean;
        },
        get name() {
          return tl.get("name") as string;
        },
        getRange: () => wb.rangeProxy(() => bound().sheet, () => bound().rect),
        getHeaderRowRange: () => wb.rangeProxy(() => bound().sheet, () => ({ ...bound().rect, rows: 1 })),
        getDataBodyRange: () => wb.rangeProxy(() => bound().sheet, () => ({ ...bound().rect, row: bound().rect.row + 1, rows: bound().rect.rows - 1 })),
      };
      // isNullObject is readable after the next sync without a load (the documented pattern).
      if (orNull) wb.enqueue(() => void tl.set("isNullObject", !find()), 0);
      return p;
    };
    return {
      load(_w?: unknown) {
        wb.enqueue(() => {
          loaded.set("items", wb.tables.map((t) => ({ name: t.name, worksheet: { name: t.sheet.name } })));
        });
        return this;
      },
      get items() {
        return loaded.get("items") as { name: string; worksheet: { name: string } }[];
      },
      getItem: (name: string) => tableProxy(name, false),
      getItemOrNullObject: (name: string) => {
        const p = tableProxy(name, true);
        // isNullObject is readable after the next sync without a load (the documented pattern).
        wb.enqueue(() => void p.__nullness());
        return p;
      },
    };
  }

  private rangeProxy(getSheet: () => DoubleSheet, getRect: () => Rect | null, orNull = false) {
    const wb = this;
    const loaded = new Loaded();
    const rect = () => {
      const r = getRect();
      if (!r) throw new OfficeError("ItemNotFound", "Området er tomt");
      return r;
    };
    const recorder = (what: string): Record<string, unknown> =>
      new Proxy({}, {
        set(_t, k, value) {
          wb.enqueue(() => {
            const s = getSheet();
            wb.guardWrite(s);
            const r = rect();
            wb.log.push({ sheet: s.id, what: "format" });
            if (`${what}${String(k)}` === "format.columnWidth") for (let c = r.col; c < r.col + r.cols; c++) s.columnWidths.set(c, value as number);
            s.formats.push({ address: addr(r), what: `${what}${String(k)}`, value });
          });
          return true;
        },
        get(_t, k) {
          if (k === "getItem") return (edge: string) => recorder(`${what}border.${edge}.`);
          if (k === "autofitColumns" || k === "autofitRows") return () => wb.enqueue(() => void wb.log.push({ sheet: getSheet().id, what: "format" }));
          return recorder(`${what}${String(k)}.`);
        },
      });
    const write = (data: Raw[][]) =>
      wb.enqueue(() => {
        const s = getSheet();
        wb.guardWrite(s);
        const r = rect();
        if (data.length !== r.rows || data.some((row) => row.length !== r.cols)) {
          throw new OfficeError("InvalidArgument", `Dimensionerne ${data.length}×${data[0]?.length} passer ikke til området ${r.rows}×${r.cols}`);
        }
        wb.materialize(s, r);
        wb.log.push({ sheet: s.id, what: "cells" });
        data.forEach((row, i) =>
          row.forEach((v, j) => {
            if (v === "" || v === null) s.cells.delete(key(r.row + i, r.col + j));
            else s.cells.set(key(r.row + i, r.col + j), v);
          }),
        );
      }, jsonBytes(data));
    if (orNull) {
      // isNullObject is readable after the next sync without a load (the documented pattern).
      wb.enqueue(() => {
        try {
          loaded.set("isNullObject", getRect() === null);
        } catch {
          loaded.set("isNullObject", true);
        }
      }, 0);
    }
    const range = {
      __sheet: getSheet,
      __rect: rect,
      get __address() {
        return addr(rect());
      },
      load(what?: string | string[]) {
        // Only what was asked for travels back (and counts against the response limit).
        const asked = what === undefined ? null : new Set((Array.isArray(what) ? what : what.split(",")).map((w) => w.trim()));
        const wants = (p: string) => asked === null || asked.has(p);
        wb.enqueue(() => {
          const r = getRect();
          loaded.set("isNullObject", r === null);
          if (!r) return 16;
          const s = getSheet();
          const values: (Raw | null)[][] = [];
          const formulas: (Raw | null)[][] = [];
          wb.memo = new Map();
          const wantsValues = wants("values");
          // evalCell leaves `seen` empty again after each cell, so one set serves the whole read.
          const seen = new Set<string>();
          try {
            for (let i = 0; i < r.rows; i++) {
              const vr: (Raw | null)[] = [], fr: (Raw | null)[] = [];
              for (let j = 0; j < r.cols; j++) {
                const raw = wb.raw(s, r.row + i, r.col + j);
                const v = wantsValues ? wb.evalRaw(s, r.row + i, r.col + j, raw, seen) : null;
                vr.push(v ?? "");
                fr.push(raw === undefined ? "" : typeof raw === "string" && raw.startsWith("'") ? raw.slice(1) : raw);
              }
              values.push(vr);
              formulas.push(fr);
            }
          } finally {
            wb.memo = null;
          }
          if (wants("values")) loaded.set("values", values);
          if (wants("formulas")) loaded.set("formulas", formulas);
          loaded.set("address", `${sheetPrefix(s.name)}${rectText(r).replace(/\$/g, "")}`);
          loaded.set("rowIndex", r.row);
          loaded.set("columnIndex", r.col);
          loaded.set("rowCount", r.rows);
          loaded.set("columnCount", r.cols);
          loaded.set("cellCount", r.rows * r.cols);
          return (wants("values") ? jsonBytes(values) : 0) + (wants("formulas") ? jsonBytes(formulas) : 0) + 64;
        });
        return range;
      },
      get isNullObject() {
        return loaded.get("isNullObject") as boolean;
      },
      get values() {
        return loaded.get("values") as unknown[][];
      },
      set values(input: unknown[][]) {
        const data = input as Raw[][];
        write(data.map((row) => row.map((v) => (typeof v === "string" && v.startsWith("=") ? `'${v}` : v))));
      },
      get formulas() {
        return loaded.get("formulas") as unknown[][];
      },
      set formulas(data: unknown[][]) {
        write(data as Raw[][]);
      },
      // The whole column of the range (ExcelApi 1.1).
      getEntireColumn() {
        return wb.rangeProxy(getSheet, () => ({ ...rect(), row: 0, rows: 1048576 }));
      },
      // Hides or shows columns (ExcelApi 1.2). Excel hides only whole columns: "The specified range
      // must span an entire column or row" (Range.Hidden, learn.microsoft.com/office/vba/api/excel.range.hidden),
      // so a range that is not whole columns is refused here, and the writer asks for getEntireColumn().
      set columnHidden(hidden: boolean) {
        wb.enqueue(() => {
          const s = getSheet();
          wb.guardWrite(s);
          const r = rect();
          if (r.row !== 0 || r.rows !== 1048576) throw new OfficeError("InvalidArgument", "Kun hele kolonner kan skjules");
          wb.log.push({ sheet: s.id, what: "format" });
          for (let c = r.col; c < r.col + r.cols; c++) {
            if (hidden) s.hiddenCols.add(c);
            else s.hiddenCols.delete(c);
          }
        });
      },
      get address() {
        return loaded.get("address") as string;
      },
      get rowIndex() {
        return loaded.get("rowIndex") as number;
      },
      get columnIndex() {
        return loaded.get("columnIndex") as number;
      },
      get rowCount() {
        return loaded.get("rowCount") as number;
      },
      get columnCount() {
        return loaded.get("columnCount") as number;
      },
      get cellCount() {
        return loaded.get("cellCount") as number;
      },
      set numberFormat(value: unknown) {
        wb.enqueue(() => {
          const s = getSheet();
          wb.guardWrite(s);
          wb.log.push({ sheet: s.id, what: "format" });
          s.formats.push({ address: addr(rect()), what: "numberFormat", value });
        }, 32 + JSON.stringify(value).length);
      },
      format: recorder("format."),
      dataValidation: {
        load(_w?: unknown) {
          wb.enqueue(() => void loaded.set("valid", wb.validity(getSheet(), rect())));
          return this;
        },
        get valid() {
          return loaded.get("valid") as boolean | null;
        },
        set rule(rule: unknown) {
          wb.enqueue(() => {
            const s = getSheet();
            wb.guardWrite(s);
            s.validations.push({ address: addr(rect()), rule });
          }, 64);
        },
        set errorAlert(_v: unknown) {
          /* recorded with the rule */
        },
        clear: () => wb.enqueue(() => void (getSheet().validations = getSheet().validations.filter((v) => !inside(parseAddr(v.address), rect())))),
      },
      merge(_across?: boolean) {
        wb.enqueue(() => {
          const s = getSheet();
          wb.guardWrite(s);
          // Merging an area that is merged already changes nothing.
          if (!s.merges.includes(addr(rect()))) s.merges.push(addr(rect()));
        });
      },
      autoFill(dest: { __rect: () => Rect }, type: string) {
        wb.enqueue(() => {
          const s = getSheet();
          wb.guardWrite(s);
          const from = rect();
          const to = dest.__rect();
          const row: string[] = [];
          for (let j = 0; j < from.cols; j++) row.push(String(wb.raw(s, from.row, from.col + j) ?? ""));
          wb.materialize(s, to);
          for (const k of s.cells.keys()) {
            const r = keyRow(k), c = keyCol(k);
            if (r > to.row && r < to.row + to.rows && c >= to.col && c < to.col + to.cols) s.cells.delete(k);
          }
          wb.log.push({ sheet: s.id, what: "cells" });
          s.fills.push({ rect: to, row });
          s.autoFills.push({ from: addr(from), to: addr(to), type });
        }, 64);
      },
      clear(applyTo = "All") {
        wb.enqueue(() => {
          const r = getRect();
          if (r) wb.clear(getSheet(), r, applyTo);
        });
      },
      copyFrom(source: { __sheet: () => DoubleSheet; __rect: () => Rect }, copyType = "All") {
        wb.enqueue(() => {
          const to = rect();
          wb.copy(source.__sheet(), source.__rect(), getSheet(), { row: to.row, col: to.col }, copyType);
        }, 96);
      },
      getRow: (i: number) => wb.rangeProxy(getSheet, () => {
        const r = getRect();
        return r && { ...r, row: r.row + i, rows: 1 };
      }, orNull),
      getColumn: (j: number) => wb.rangeProxy(getSheet, () => {
        const r = getRect();
        return r && { ...r, col: r.col + j, cols: 1 };
      }, orNull),
      getCell: (i: number, j: number) => wb.rangeProxy(getSheet, () => ({ row: rect().row + i, col: rect().col + j, rows: 1, cols: 1 })),
      getResizedRange: (dr: number, dc: number) => wb.rangeProxy(getSheet, () => ({ ...rect(), rows: rect().rows + dr, cols: rect().cols + dc })),
      select: () => wb.enqueue(() => undefined),
    };
    return range;
  }
}

/** Values loaded by a sync; reading one that was not loaded throws, as Office.js does. */
class Loaded {
  private values = new Map<string, unknown>();
  set(k: string, v: unknown): void {
    this.values.set(k, v);
  }
  get(k: string): unknown {
    if (!this.values.has(k)) throw new OfficeError("PropertyNotLoaded", `Egenskaben ${k} er ikke indlæst: kald load og context.sync først`);
    return this.values.get(k);
  }
}

/** Where the frozen panes are, as getLocationOrNullObject reports them; null when nothing is frozen. */
function freezeRect(freeze: string | undefined): Rect | null {
  if (!freeze) return null;
  const [kind, arg] = freeze.split(" ");
  if (kind === "rows") return { row: 0, col: 0, rows: Number(arg), cols: 16384 };
  if (kind === "columns") return { row: 0, col: 0, rows: 1048576, cols: Number(arg) };
  return parseAddr(arg);
}

function toKey(a1: string): string {
  const r = a1Rect(a1);
  return key(r.row, r.col);
}

// ---- the small evaluator ----

// Thrown for every formula the evaluator does not know (SUMIFS …), thousands of times per read of a
// generated sheet, and always caught (evalFormula): not an Error, whose stack trace cost more than
// the evaluation itself.
class Unsupported {
  constructor(readonly what: string) {}
}
type Val = Raw | null | (Raw | null)[];

const ERRORS = new Set(["#REF!", "#NAME?", "#VALUE!", "#DIV/0!", "#N/A", "#NUM!", "#CIRKULÆR!"]);
const isError = (v: unknown): boolean => typeof v === "string" && ERRORS.has(v);

function scalar(v: Val): Raw | null {
  return Array.isArray(v) ? (v.length === 1 ? v[0] : "#VALUE!") : v;
}

function num(v: Raw | null): number {
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = Number(v);
  if (Number.isNaN(n)) throw new EvalError("#VALUE!");
  return n;
}

class EvalError extends Error {}

class Parser {
  private i = 0;
  constructor(private readonly src: string, private readonly wb: ExcelDouble, private readonly sheet: DoubleSheet, private readonly seen: Set<string>) {}

  parse(): Val {
    try {
      const v = this.concat();
      this.ws();
      if (this.i < this.src.length) throw new Unsupported(this.src);
      return v;
    } catch (e) {
      if (e instanceof EvalError) return e.message;
      throw e;
    }
  }

  private ws() {
    while (this.src[this.i] === " ") this.i++;
  }

  private peek(s: string) {
    this.ws();
    return this.src.startsWith(s, this.i);
  }

  private concat(): Val {
    let v = this.additive();
    while (this.peek("&")) {
      this.i++;
      const w = this.additive();
      const a = scalar(v), b = scalar(w);
      if (isError(a)) return a;
      if (isError(b)) return b;
      v = `${a ?? ""}${b ?? ""}`;
    }
    return v;
  }

  private additive(): Val {
    let v = this.term();
    for (;;) {
      if (this.peek("+") || this.peek("-")) {
        const op = this.src[this.i++];
        const w = this.term();
        v = this.arith(v, w, op);
      } else return v;
    }
  }

  private term(): Val {
    let v = this.unary();
    for (;;) {
      if (this.peek("*") || this.peek("/")) {
        const op = this.src[this.i++];
        const w = this.unary();
        v = this.arith(v, w, op);
      } else return v;
    }
  }

  private arith(v: Val, w: Val, op: string): Val {
    const a = scalar(v), b = scalar(w);
    if (isError(a)) return a;
    if (isError(b)) return b;
    if (a === UNEVALUATED || b === UNEVALUATED) return UNEVALUATED;
    const x = num(a), y = num(b);
    if (op === "/" && y === 0) return "#DIV/0!";
    return op === "+" ? x + y : op === "-" ? x - y : op === "*" ? x * y : x / y;
  }

  private unary(): Val {
    if (this.peek("-")) {
      this.i++;
      return this.arith(0, this.unary(), "-");
    }
    if (this.peek("+")) {
      this.i++;
      return this.unary();
    }
    return this.primary();
  }

  /** `re` (sticky) matched at the current position, without copying the rest of the formula. */
  private at(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.i;
    return re.exec(this.src);
  }

  private primary(): Val {
    this.ws();
    const src = this.src, i = this.i;
    let m: RegExpExecArray | null;
    if (src.startsWith("(", i)) {
      this.i++;
      const v = this.concat();
      if (!this.peek(")")) throw new Unsupported(this.src);
      this.i++;
      return v;
    }
    if ((m = this.at(/\d+(\.\d+)?(E[+-]?\d+)?/iy))) {
      this.i += m[0].length;
      return Number(m[0]);
    }
    if ((m = this.at(/"((?:[^"]|"")*)"/y))) {
      this.i += m[0].length;
      return m[1].replace(/""/g, '"');
    }
    // A reference with an optional sheet prefix (quoted, plain or #REF!).
    const sheetM = this.at(/(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\u024F][A-Za-z0-9_.\u00C0-\u024F]*)|(#REF))!/y);
    if (sheetM) {
      this.i += sheetM[0].length;
      if (sheetM[3]) {
        // The rest of the reference after #REF! is meaningless; consume it.
        const tail = this.at(/\$?[A-Z]{0,3}\$?\d*(?::\$?[A-Z]{1,3}\$?\d+)?/iy);
        this.i += tail?.[0].length ?? 0;
        return "#REF!";
      }
      const target = this.wb.sheet(sheetM[1] !== undefined ? sheetM[1].replace(/''/g, "'") : sheetM[2]);
      const ref = this.ref();
      if (!ref) {
        // A sheet-scoped name: 'Ark'!Navn.
        const nm = this.at(/[A-Za-z_\u00C0-\u024F][A-Za-z0-9_.\u00C0-\u024F]*/y);
        if (!nm || !target) throw new EvalError("#REF!");
        this.i += nm[0].length;
        const f = target.names.get(nm[0]) ?? [...target.names].find(([n]) => sameName(n, nm[0]))?.[1];
        if (f === undefined) return "#NAME?";
        return this.sub(f, target);
      }
      if (!target) return "#REF!";
      return this.wb.resolveRange(target, ref, this.seen);
    }
    if (src.startsWith("#REF!", i)) {
      this.i += 5;
      return "#REF!";
    }
    if ((m = this.at(/([A-Za-z][A-Za-z0-9.]*)\(/y))) {
      this.i += m[0].length;
      const args: Val[] = [];
      if (!this.peek(")")) {
        for (;;) {
          args.push(this.concat());
          if (this.peek(",")) {
            this.i++;
            continue;
          }
          break;
        }
      }
      if (!this.peek(")")) throw new Unsupported(this.src);
      this.i++;
      return this.call(m[1].toUpperCase(), args);
    }
    const ref = this.ref();
    if (ref) return this.wb.resolveRange(this.sheet, ref, this.seen);
    if ((m = this.at(/(TRUE|FALSE)(?![A-Za-z0-9_.])/iy))) {
      this.i += m[0].length;
      return m[1].toUpperCase() === "TRUE";
    }
    if ((m = this.at(/[A-Za-z_\u00C0-\u024F][A-Za-z0-9_.\u00C0-\u024F]*/y))) {
      this.i += m[0].length;
      const f = this.wb.resolveName(m[0], this.sheet);
      if (f === undefined) return "#NAME?";
      return this.sub(f, this.sheet);
    }
    throw new Unsupported(this.src);
  }

  private sub(formula: string, on: DoubleSheet): Val {
    const p = new Parser(formula.replace(/^=/, ""), this.wb, on, this.seen);
    return p.parse();
  }

  private ref(): Rect | null {
    const m = this.at(/\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![A-Za-z0-9_(])/y);
    if (!m) return null;
    this.i += m[0].length;
    return a1Rect(m[0]);
  }

  private call(fn: string, args: Val[]): Val {
    const flat = args.flatMap((a) => (Array.isArray(a) ? a : [a]));
    const err = flat.find(isError);
    if (err !== undefined) return err as string;
    if (flat.includes(UNEVALUATED)) return UNEVALUATED;
    const nums = flat.filter((v) => typeof v === "number") as number[];
    if (fn === "COUNTIFS") {
      // Equality criteria only: COUNTIFS(range1, value1, range2, value2 …).
      const pairs: [(Raw | null)[], Raw | null][] = [];
      for (let i = 0; i + 1 < args.length; i += 2) pairs.push([Array.isArray(args[i]) ? (args[i] as (Raw | null)[]) : [args[i] as Raw], scalar(args[i + 1])]);
      const same = (a: Raw | null, b: Raw | null) => (typeof a === "string" && typeof b === "string" ? a.toLowerCase() === b.toLowerCase() : a === b);
      let n = 0;
      for (let j = 0; j < pairs[0][0].length; j++) if (pairs.every(([r, v]) => same(r[j], v))) n++;
      return n;
    }
    switch (fn) {
      case "ROUND": {
        // Half away from zero, as Excel rounds.
        const x = num(scalar(args[0])), f = 10 ** num(scalar(args[1] ?? 0));
        return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
      }
      case "DATE":
        // The day number (1900 date system) of a date after 28.02.1900.
        return (Date.UTC(num(scalar(args[0])), num(scalar(args[1])) - 1, num(scalar(args[2]))) - Date.UTC(1899, 11, 30)) / 86400000;
      case "SUM":
        return nums.reduce((s, x) => s + x, 0);
      case "MIN":
        return nums.length ? Math.min(...nums) : 0;
      case "MAX":
        return nums.length ? Math.max(...nums) : 0;
      default:
        throw new Unsupported(fn);
    }
  }
}
