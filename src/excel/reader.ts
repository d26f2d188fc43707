// Reading tables, ranges and worksheets from the open workbook, selecting a cell, and the document
// settings. Each read uses a bounded number of syncs (the values of a table come in one request).
import type { SheetInfo, SourceTable, TableInfo } from "../flows/workbook";
import { OWNER_KEY } from "./plan";

/** "Ark1!B3" → { row: 2, col: 1 } for the top-left cell of an address. */
export function topLeft(address: string): { sheet: string; row: number; col: number } {
  const bang = address.lastIndexOf("!");
  const sheet = bang >= 0 ? address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : "";
  const m = /^\$?([A-Z]+)\$?(\d+)/.exec(address.slice(bang + 1));
  if (!m) throw new Error(`Ugyldig adresse ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { sheet, row: Number(m[2]) - 1, col: col - 1 };
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
  const range = table.getRange();
  range.load("address,values");
  await context.sync();
  return toSource(`tabellen ${name}`, range.address, range.values);
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
    return { name: ws.name, r, mark };
  });
  await context.sync();
  return firstRows.map((x) => ({
    name: x.name,
    kind: x.mark.isNullObject ? null : String(x.mark.value),
    firstRow: x.r.isNullObject ? [] : (x.r.values[0] ?? []),
  }));
}

/** A worksheet's used range (values only; first row = header); null when there is no such sheet. */
export async function readSheet(context: Excel.RequestContext, name: string): Promise<SourceTable | null> {
  const ws = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (ws.isNullObject) return null;
  const range = ws.getUsedRangeOrNullObject(true);
  range.load("address,values");
  await context.sync();
  if (range.isNullObject) return { label: `arket ${name}`, sheet: name, origin: { row: 0, col: 0 }, header: [], rows: [] };
  return toSource(`arket ${name}`, range.address, range.values);
}

export async function readSelection(context: Excel.RequestContext): Promise<SourceTable> {
  const selected = context.workbook.getSelectedRange();
  selected.load("address,cellCount");
  await context.sync();
  const range = selected.cellCount > 1 ? selected : selected.worksheet.getUsedRange(true);
  range.load("address,values");
  await context.sync();
  return toSource(range.address, range.address, range.values);
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
