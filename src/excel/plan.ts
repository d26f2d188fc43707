// Pure planning for the Office writer: names, chunks and request sizes. Kept free of Office.js so
// it can be tested directly and reused by the benchmark.
import { shiftFormula, sheetRef } from "../sheets";
import { widest } from "../sheets";
import type { Block, Cell, SheetSpec } from "../sheets";

/**
 * Excel on the web rejects a request and a response above 5 MB ("Resource limits and performance
 * optimization for Office Add-ins", https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization);
 * our own measure of the JSON leaves out the envelope Office.js adds, so stay 1 MB below.
 */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
/** The same for a response: what one read asks back at most (reader.ts). */
export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
export { MAX_CELL_CHARS, MAX_COLS, MAX_ROWS, specProblems } from "../sheets";
export const OWNER_KEY = "Styringsark";
/**
 * Custom property holding the name a sheet of ours was written under ("Disponering 2025"): the
 * sheet is found by it after the user renames it, and refreshed where it is.
 */
export const IDENTITY_KEY = "Styringsark.navn";
/** Marker value of a hidden sheet a run builds in; one left behind was interrupted and is removed. */
export const TEMP_MARK = "midlertidig";
/** Name prefix of those sheets (the marker decides; the name only narrows the look). */
export const TEMP_PREFIX = "~Styringsark ";

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * The rectangle a spec's cells cover (null when it has none): its blocks, and the formats, validations
 * and merged areas around them — a refresh in place copies exactly this rectangle, so a format that
 * reaches past the last value (an empty input row, a column formatted one row too far) is kept.
 */
export function specBox(spec: SheetSpec): Box | null {
  let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
  const add = (row: number, col: number, rows: number, cols: number) => {
    if (rows <= 0 || cols <= 0) return;
    r0 = Math.min(r0, row);
    c0 = Math.min(c0, col);
    r1 = Math.max(r1, row + rows - 1);
    c1 = Math.max(c1, col + cols - 1);
  };
  for (const b of spec.blocks) {
    if (b.kind === "cells") add(b.row, b.col, b.cells.length, widest(b.cells, 0));
    else add(b.rect.row, b.rect.col, b.rect.rows, b.rect.cols);
  }
  if (r1 < 0) return null;
  for (const r of [...spec.formats.map((f) => f.rect), ...(spec.validations ?? []).map((v) => v.rect), ...(spec.merges ?? [])]) add(r.row, r.col, r.rows, r.cols);
  return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/** The smallest rectangle holding both (either may be null). */
export function union(a: Box | null, b: Box | null): Box | null {
  if (!a) return b;
  if (!b) return a;
  const row = Math.min(a.row, b.row), col = Math.min(a.col, b.col);
  return { row, col, rows: Math.max(a.row + a.rows, b.row + b.rows) - row, cols: Math.max(a.col + a.cols, b.col + b.cols) - col };
}

// Where ours goes beside a user's sheet of the wanted name (one rule with the way back, sheets/sheetNames.ts).
export { freeName } from "../sheets";

/** Rewrites quoted references to sheet `from` into `to` in every formula of the specs. */
export function renameSheetRefs(specs: readonly SheetSpec[], from: string, to: string): SheetSpec[] {
  const a = sheetRef(from), b = sheetRef(to);
  const fix = (f: string) => f.split(a).join(b);
  return specs.map((s) => ({
    ...s,
    blocks: s.blocks.map((bl): Block =>
      bl.kind === "fill"
        ? { ...bl, formula: fix(bl.formula) }
        : { ...bl, cells: bl.cells.map((r) => r.map((c): Cell => (c !== null && typeof c === "object" ? { f: fix(c.f) } : c))) },
    ),
  }));
}

/** A piece of a cells block small enough for one request. */
export interface CellsChunk {
  row: number;
  col: number;
  /** Values/formulas as Office.js expects them ("=" prefix for formulas, "" for empty). */
  data: (string | number | boolean)[][];
  bytes: number;
}

// Text Excel would turn into something else when typed: a formula (= + - @), a number, date or time
// ("1:3" becomes 01:03, "01.02.2025" a date, "1.200" a number) or a truth value. Checked by
// scanning, not by one regular expression: `[…]*\d[…]*` backtracks quadratically on a long cell
// (2,5 s for 32.767 digits followed by a letter).
const NUMBERISH = /^[\d.,:/\s%-]*$/;
const TRUTH = new Set(["true", "false", "sand", "falsk"]);

export function excelWouldConvert(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if ("=+-@".includes(text.trimStart()[0])) return true;
  if (TRUTH.has(t.toLowerCase())) return true;
  let body = t;
  if (body.startsWith("(")) body = body.slice(1).trimStart();
  if (/^kr/i.test(body)) body = body.slice(body[2] === "." ? 3 : 2);
  if (body.endsWith(")")) body = body.slice(0, -1);
  return NUMBERISH.test(body) && /\d/.test(body);
}

/** A cell as Office.js expects it in `formulas`: "=…" for formulas, "'" before text to keep it text. */
export function officeCell(c: Cell): string | number | boolean {
  if (c === null) return "";
  if (typeof c === "object") return `=${c.f}`;
  if (typeof c === "string" && excelWouldConvert(c)) return `'${c}`;
  return c;
}

/**
 * Bytes of a value as JSON in UTF-8, with the comma after it: a string's quotes, its escapes (\" \\ and
 * \uXXXX for control characters) and 2–3 bytes per non-ASCII character (æøå are 2, – and € are 3; a
 * surrogate pair, 4, counts 3 + 3, a little over). Exact for what Excel's JSON carries, so a 600-character
 * note counts 600–1.800 bytes, not "one cell".
 */
export function jsonBytes(v: unknown): number {
  if (v === null || v === undefined) return 5;
  if (typeof v !== "string") return String(v).length + 1;
  let n = 3;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x20) n += c === 10 || c === 13 || c === 9 || c === 8 || c === 12 ? 2 : 6;
    else if (c === 34 || c === 92) n += 2;
    else n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}

/** Bytes of a row of values as JSON with the comma after it ("[…],"; the values' commas counted by jsonBytes, the last one being the row's). */
export function rowBytes(row: readonly unknown[]): number {
  let n = row.length === 0 ? 3 : 2;
  for (const v of row) n += jsonBytes(v);
  return n;
}

/**
 * Splits a cells block into row chunks of at most `maxBytes` each; the first chunk is limited to
 * `firstMax` so it can share a request with what is already queued.
 */
export function chunkCells(block: Extract<Block, { kind: "cells" }>, maxBytes = MAX_REQUEST_BYTES, firstMax = maxBytes): CellsChunk[] {
  const out: CellsChunk[] = [];
  const width = widest(block.cells, 1);
  let data: (string | number | boolean)[][] = [];
  let bytes = 0;
  let start = 0;
  block.cells.forEach((r, i) => {
    const row: (string | number | boolean)[] = [];
    let rb = 2;
    for (let j = 0; j < width; j++) {
      const v = officeCell(r[j] ?? null);
      row.push(v);
      rb += jsonBytes(v);
    }
    if (data.length > 0 && bytes + rb > (out.length === 0 ? firstMax : maxBytes)) {
      out.push({ row: block.row + start, col: block.col, data, bytes });
      data = [];
      bytes = 0;
      start = i;
    }
    data.push(row);
    bytes += rb;
  });
  if (data.length > 0) out.push({ row: block.row + start, col: block.col, data, bytes });
  return out;
}

/** The first row of a fill block, each formula shifted to its column (Office.js wants "="). */
export function fillFirstRow(block: Extract<Block, { kind: "fill" }>): string[][] {
  const row: string[] = [];
  for (let j = 0; j < block.rect.cols; j++) row.push(`=${shiftFormula(block.formula, 0, j)}`);
  return [row];
}
