// What the Disponering panel asks of the workbook: plain data shapes shared by the Excel adapter,
// the panel and its test doubles (no Office types here).
import type { SheetSpec } from "../sheets/spec";

/** An Excel table the user can pick as source. */
export interface TableInfo {
  name: string;
  sheet: string;
}

/** A rectangle of the user's data read from the workbook; first row = headers. */
export interface SourceData {
  /** Danish description for messages, e.g. "tabellen Sager" or "Ark1!A1:K40". */
  label: string;
  sheet: string;
  /** 0-based sheet position of the header row's first cell, to turn table rows into addresses. */
  origin: { row: number; col: number };
  headers: unknown[];
  /** Data rows (without the header row), as Excel values (dates are serial numbers). */
  rows: unknown[][];
}

/** Progress of generating sheets. */
export interface GenerateProgress {
  /** 0–1. */
  fraction: number;
  text: string;
}

/** What was written, in the user's terms. */
export interface GeneratedSheet {
  wanted: string;
  written: string;
  movedAsideForUserSheet: boolean;
  replaced: boolean;
}

/** Workbook actions of the Disponering panel (implemented in src/excel/actions.ts). */
export interface CaseSourceActions {
  /** The workbook's Excel tables. */
  listTables(): Promise<TableInfo[]>;
  /** Header row and data rows of a table. */
  readTable(name: string): Promise<SourceData>;
  /** The selection, or the sheet's used range when only one cell is selected. */
  readSelection(): Promise<SourceData>;
  /** Activates the sheet and selects the cell (A1 address). */
  selectCell(sheet: string, address: string): Promise<void>;
  /** A document setting (stored in the workbook), or null. */
  loadSetting(key: string): Promise<string | null>;
  saveSetting(key: string, value: string): Promise<void>;
  /** Writes generated sheets (replacing only the add-in's own sheets). */
  generateSheets(specs: SheetSpec[], onProgress?: (p: GenerateProgress) => void): Promise<GeneratedSheet[]>;
}
