// Reading tables, ranges and worksheets from the open workbook, selecting a cell, and the document
// settings. Each read uses a bounded number of syncs: one to look, one for the size, and one per
// chunk of rows — Excel on the web answers at most 5 MB per response ("Resource limits and
// performance optimization for Office Add-ins",
// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization),
// which a case table passes at ~41.000 rows when its values come in one piece.
import type { SheetInfo, SourceTable, TableInfo } from "../flows/workbook";
import { IDENTITY_KEY, OWNER_KEY } from "./plan";

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

/** Cells per read: ~100.000 cells of case data are ~1–2 MB, well below the 5 MB response limit. */
export const MAX_CELLS_PER_READ = 100000;

/**
 * The address and values of a range, read in row chunks of at most `maxCells` cells: one sync for
 * the size, then one per chunk, so no response comes near Excel on the web's 5 MB limit.
 */
export async function readValues(context: Excel.RequestContext, range: Excel.Range, maxCells = MAX_CELLS_PER_READ): Promise<{ address: string; values: unknown[][] }> {
  range.load("address,rowCount,columnCount");
  await context.sync();
  const rows = range.rowCount, cols = range.columnCount;
  const per = Math.max(1, Math.floor(maxCells / Math.max(1, cols)));
  const values: unknown[][] = [];
  for (let start = 0; start < rows; start += per) {
    const n = Math.min(per, rows - start);
    const part = range.getCell(start, 0).getResizedRange(n - 1, cols - 1);
    part.load("values");
    await context.sync();
    for (const r of part.values) values.push(r);
  }
  return { address: range.address, values };
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
        : reject(new Error(`Indstillingen kunne ikke gemmes i arbejdsbogen${r.error?.message ? ` (${r.error.message})` : ""}`)),
    ),
  );
}
