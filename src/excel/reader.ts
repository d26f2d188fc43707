// Reading the consultant's case table from the open workbook, selecting a cell, and the document
// settings where the column mapping is remembered. One Excel.run per action; each reads with a
// bounded number of syncs (the values of a table come in one request).
import type { SourceData, TableInfo } from "../taskpane/caseSource";

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

function toSource(label: string, address: string, values: unknown[][]): SourceData {
  const { sheet, row, col } = topLeft(address);
  const [headers = [], ...rows] = values;
  return { label, sheet, origin: { row, col }, headers, rows };
}

export async function listTables(context: Excel.RequestContext): Promise<TableInfo[]> {
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  await context.sync();
  return tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
}

export async function readTable(context: Excel.RequestContext, name: string): Promise<SourceData> {
  const range = context.workbook.tables.getItem(name).getRange();
  range.load("address,values");
  await context.sync();
  return toSource(`tabellen ${name}`, range.address, range.values);
}

export async function readSelection(context: Excel.RequestContext): Promise<SourceData> {
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
