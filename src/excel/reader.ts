// Reading tables, ranges and worksheets from the open workbook, selecting a cell, and the document
// settings. Each read uses a bounded number of syncs: one to look, one for the size, and one per
// chunk of rows — Excel on the web answers at most 5 MB per response ("Resource limits and
// performance optimization for Office Add-ins",
// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization),
// which a case table passes at ~41.000 rows when its values come in one piece. The chunks are sized
// by bytes, not cells: a 600-character note column makes a row ten times heavier, and 200 cells of
// 32.767 characters are 6,5 MB.
import type { SheetInfo, SourceTable, TableInfo } from "../flows";
import { IDENTITY_KEY, MAX_RESPONSE_BYTES, OWNER_KEY, rowBytes } from "./plan";
import { settingsMsg } from "./messages";

/**
 * "Ark1!B3" → { row: 2, col: 1 } for the top-left cell of an address. Whole columns ("Ark1!A:K",
 * "$A:$K") start in row 1, whole rows ("1:500") in column A.
 */
export function topLeft(address: string): { sheet: string; row: number; col: number } {
  const bang = address.lastIndexOf("!");
  const sheet = bang >= 0 ? address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : "";
  const m = /^\$?([A-Z]{1,3})?\$?(\d+)?(?::|$)/.exec(address.slice(bang + 1));
  if (!m || (m[1] === undefined && m[2] === undefined)) throw new Error(`Ugyldig adresse ${address}`);
  let col = 0;
  for (const ch of m[1] ?? "A") col = col * 26 + (ch.charCodeAt(0) - 64);
  return { sheet, row: m[2] === undefined ? 0 : Number(m[2]) - 1, col: col - 1 };
}

/** Cells in the first chunk of a read, before its rows' size is known (~1–2 MB of case data). */
export const MAX_CELLS_PER_READ = 100000;

/** Excel on the web's answer when a response would pass 5 MB (see the top of this file). */
const TOO_LARGE = /PayloadSizeLimitExceeded/;

function tooLarge(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return TOO_LARGE.test(String(e?.code ?? "")) || TOO_LARGE.test(String(e?.message ?? ""));
}

/**
 * The address and values of a range, read in row chunks whose answer stays below `maxBytes`: one
 * sync for the size, then one per chunk. The first chunk is at most MAX_CELLS_PER_READ cells; each
 * next one as many rows as fit `maxBytes` at the heaviest row read so far. A chunk Excel still
 * refuses as too large (its rows were heavier than those before) is read again in halves — a read
 * changes nothing, so asking again is safe — down to a single row, which is split by columns.
 */
export async function readValues(
  context: Excel.RequestContext,
  range: Excel.Range,
  maxBytes = MAX_RESPONSE_BYTES,
  prop: "values" | "formulas" = "values",
): Promise<{ address: string; values: unknown[][] }> {
  range.load("address,rowCount,columnCount");
  await context.sync();
  const rows = range.rowCount, cols = range.columnCount;
  const values: unknown[][] = [];
  let heaviest = 0;
  let per = Math.max(1, Math.floor(MAX_CELLS_PER_READ / Math.max(1, cols)));
  for (let start = 0; start < rows; ) {
    const n = Math.min(per, rows - start);
    const part = await readRect(context, range, start, n, 0, cols, prop);
    for (const r of part) {
      values.push(r);
      heaviest = Math.max(heaviest, rowBytes(r));
    }
    start += n;
    per = Math.max(1, Math.floor(maxBytes / Math.max(1, heaviest)));
  }
  return { address: range.address, values };
}

/** Rows [row, row + n) × columns [col, col + m) of `range`; halved while Excel says the answer is too large. */
async function readRect(context: Excel.RequestContext, range: Excel.Range, row: number, n: number, col: number, m: number, prop: "values" | "formulas"): Promise<unknown[][]> {
  const part = range.getCell(row, col).getResizedRange(n - 1, m - 1);
  part.load(prop);
  try {
    await context.sync();
    return part[prop] as unknown[][];
  } catch (error) {
    if (!tooLarge(error) || n * m === 1) throw error;
    if (n > 1) {
      const h = Math.ceil(n / 2);
      return [...(await readRect(context, range, row, h, col, m, prop)), ...(await readRect(context, range, row + h, n - h, col, m, prop))];
    }
    const h = Math.ceil(m / 2);
    const left = await readRect(context, range, row, 1, col, h, prop);
    const right = await readRect(context, range, row, 1, col + h, m - h, prop);
    return [[...left[0], ...right[0]]];
  }
}

function toSource(label: string, address: string, values: unknown[][]): SourceTable {
  const { sheet, row, col } = topLeft(address);
  const [header = [], ...rows] = values;
  return { label, sheet, origin: { row, col }, header, rows };
}

export async function listTables(context: Excel.RequestContext): Promise<TableInfo[]> {
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  await context.sync();
  return tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
}

/** A table's header and body in two syncs (is it there? then its values); null when there is no such table. */
export async function readTable(context: Excel.RequestContext, name: string): Promise<SourceTable | null> {
  const table = context.workbook.tables.getItemOrNullObject(name);
  await context.sync();
  if (table.isNullObject) return null;
  const { address, values } = await readValues(context, table.getRange());
  return toSource(`tabellen ${name}`, address, values);
}

/** Every worksheet with our marker and its first used row, in two syncs however many sheets there are. */
export async function listSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const firstRows = sheets.items.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true).getRow(0);
    r.load("values");
    const mark = ws.customProperties.getItemOrNullObject(OWNER_KEY);
    mark.load("value");
    const ident = ws.customProperties.getItemOrNullObject(IDENTITY_KEY);
    ident.load("value");
    return { name: ws.name, r, mark, ident };
  });
  await context.sync();
  return firstRows.map((x) => ({
    name: x.name,
    kind: x.mark.isNullObject ? null : String(x.mark.value),
    writtenAs: x.mark.isNullObject || x.ident.isNullObject ? null : String(x.ident.value),
    firstRow: x.r.isNullObject ? [] : (x.r.values[0] ?? []),
  }));
}

/** A worksheet's used range (values only; first row = header); null when there is no such sheet. */
export async function readSheet(context: Excel.RequestContext, name: string): Promise<SourceTable | null> {
  const ws = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (ws.isNullObject) return null;
  const range = ws.getUsedRangeOrNullObject(true);
  await context.sync();
  if (range.isNullObject) return { label: `arket ${name}`, sheet: name, origin: { row: 0, col: 0 }, header: [], rows: [] };
  const { address, values } = await readValues(context, range);
  return toSource(`arket ${name}`, address, values);
}

/**
 * The selection's used part: whole columns (A:K) or rows (1:500) are cut to the sheet's used range
 * (the values of an unbounded range are null), and one selected cell means the whole used range.
 */
export async function readSelection(context: Excel.RequestContext): Promise<SourceTable> {
  const selected = context.workbook.getSelectedRange();
  selected.load("address,cellCount");
  await context.sync();
  const used = selected.worksheet.getUsedRange(true);
  const range = selected.cellCount > 1 ? selected.getIntersectionOrNullObject(used) : used;
  await context.sync();
  if (range.isNullObject) {
    const { sheet, row, col } = topLeft(selected.address);
    return { label: selected.address, sheet, origin: { row, col }, header: [], rows: [] };
  }
  const { address, values } = await readValues(context, range);
  return toSource(address, address, values);
}

export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}

/** Document settings live in the workbook file, so the mapping travels with it. */
export function loadSetting(key: string): string | null {
  const v = Office.context.document.settings.get(key);
  return typeof v === "string" ? v : null;
}

export function saveSetting(key: string, value: string): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(key, value);
  return new Promise((resolve, reject) =>
    // The host's own error text is English (or absent); the user gets Danish, the host's text in parentheses for support.
    settings.saveAsync((r) =>
      r.status === Office.AsyncResultStatus.Succeeded
        ? resolve()
        : reject(new Error(settingsMsg.notSaved(r.error?.message))),
    ),
  );
}

/** A rectangle to read: where, and how to get a range for any part of it. */
export interface RectRead {
  range: (row: number, col: number, rows: number, cols: number) => Excel.Range;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

interface Piece {
  read: RectRead;
  row: number;
  col: number;
  rows: number;
  cols: number;
  out?: unknown[][];
}

/**
 * The `formulas` of several rectangles with every answer below `maxBytes`: each is cut into row
 * pieces of at most `maxBytes` at `bytesPerCell` (a guess — a key column's cells are 8–20 bytes — as the content is not known before it is
 * read), pieces share a sync while their guesses fit, and a batch Excel refuses as too large is read
 * again in halves (pieces, then rows, then columns; a read changes nothing). `sync` is the caller's,
 * so its syncs are counted where it counts them.
 */
export async function readRects(reads: readonly RectRead[], sync: () => Promise<void>, maxBytes = MAX_RESPONSE_BYTES, bytesPerCell = 16): Promise<unknown[][][]> {
  const pieces = reads.map((read) => {
    const per = Math.max(1, Math.floor(maxBytes / (Math.max(1, read.cols) * bytesPerCell)));
    const own: Piece[] = [];
    for (let r = 0; r < read.rows; r += per) own.push({ read, row: read.row + r, col: read.col, rows: Math.min(per, read.rows - r), cols: read.cols });
    return own;
  });
  let batch: Piece[] = [];
  let guess = 0;
  for (const p of pieces.flat()) {
    const g = p.rows * p.cols * bytesPerCell;
    if (batch.length > 0 && guess + g > maxBytes) {
      await readBatch(batch, sync);
      batch = [];
      guess = 0;
    }
    batch.push(p);
    guess += g;
  }
  if (batch.length > 0) await readBatch(batch, sync);
  return pieces.map((own) => own.flatMap((p) => p.out!));
}

async function readBatch(batch: Piece[], sync: () => Promise<void>): Promise<void> {
  const loaded = batch.map((p) => p.read.range(p.row, p.col, p.rows, p.cols).load("formulas"));
  try {
    await sync();
    batch.forEach((p, k) => (p.out = loaded[k].formulas as unknown[][]));
    return;
  } catch (error) {
    if (!tooLarge(error)) throw error;
    if (batch.length > 1) {
      const h = Math.ceil(batch.length / 2);
      await readBatch(batch.slice(0, h), sync);
      await readBatch(batch.slice(h), sync);
      return;
    }
    const p = batch[0];
    if (p.rows > 1) {
      const h = Math.ceil(p.rows / 2);
      const a: Piece = { ...p, rows: h }, b: Piece = { ...p, row: p.row + h, rows: p.rows - h };
      await readBatch([a], sync);
      await readBatch([b], sync);
      p.out = [...a.out!, ...b.out!];
      return;
    }
    if (p.cols > 1) {
      const h = Math.ceil(p.cols / 2);
      const a: Piece = { ...p, cols: h }, b: Piece = { ...p, col: p.col + h, cols: p.cols - h };
      await readBatch([a], sync);
      await readBatch([b], sync);
      p.out = [[...a.out![0], ...b.out![0]]];
      return;
    }
    throw error;
  }
}
