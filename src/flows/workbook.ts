// The Workbook port: everything a flow may ask of the open workbook, as plain data. The Office.js
// adapter (src/excel) implements it; tests use an in-memory double. Kept small on purpose: a flow
// that needs something new adds one method here and in both implementations.
import type { TableData } from "../core";
import type { SheetSpec } from "../sheets";

/** An Excel table the user can pick. */
export interface TableInfo {
  name: string;
  sheet: string;
}

/** A worksheet, whose it is, and its first used row (to recognise a case table without reading it all). */
export interface SheetInfo {
  name: string;
  /** Our ownership marker (e.g. "disponering", "budgetmodel"), or null for the user's own sheet. */
  kind: string | null;
  /**
   * The name a sheet of ours was written under ("Disponering 2025"); it stays when the user renames
   * the sheet, so ours are found by it. Absent or null for the user's sheets and ours from before.
   */
  writtenAs?: string | null;
  /** Values of the first used row; [] for an empty sheet. */
  firstRow: readonly unknown[];
}

/** A table or range read from the workbook: header + rows, and where it sits to point at cells. */
export interface SourceTable extends TableData {
  /** Danish description for messages, e.g. "tabellen Sager", "arket Sager" or "Ark1!A1:K40". */
  label: string;
  sheet: string;
  /** 0-based sheet position of the header row's first cell. */
  origin: { row: number; col: number };
}

/** Progress while sheets are written; text in Danish. */
export interface WriteProgress {
  /** 0–1. */
  fraction: number;
  text: string;
}

/** What was written, in the user's terms. */
export interface WrittenSheet {
  wanted: string;
  written: string;
  /** True when a sheet of the user's had the wanted name, so ours got another. */
  movedAsideForUserSheet: boolean;
  /** True when an earlier sheet of ours was refreshed in place. */
  replaced: boolean;
  /** Rows of the user's input that found their case again. */
  inputsCarried?: number;
  /** Rows of the user's input whose case left the source, kept under "Fjernede sager". */
  inputsParked?: number;
  /** Typed cells kept although their source table changed too since the sheet was written. */
  inputsConflicts?: number;
}

/** A new Excel table on a new worksheet of its own, its header in A1. */
export interface NewTable {
  /** The new worksheet's name; no sheet of that name (in any case) may exist. */
  sheet: string;
  /** The table's name; unique in the workbook ignoring case, no spaces. */
  name: string;
  /** Header row first (written as text); numbers as numbers, dates as Excel serials, the rest as text. */
  values: (string | number)[][];
  /** Excel number format per column of the body ("@" keeps "5.28.20" as text, "dd-mm-yyyy" …). */
  numberFormats: string[];
}

export interface WriteOptions {
  onProgress?: (p: WriteProgress) => void;
  /** Activate the first written sheet at the end. */
  activate?: boolean;
}

export interface Workbook {
  /** File name of the workbook. */
  name(): Promise<string>;
  /** The workbook's Excel tables. */
  listTables(): Promise<TableInfo[]>;
  /** A table by name; null when the workbook has no table of that name. */
  readTable(name: string): Promise<SourceTable | null>;
  /** The selection, or the sheet's used range when only one cell is selected. */
  readSelection(): Promise<SourceTable>;
  /** Every worksheet with its marker and first used row. */
  listSheets(): Promise<SheetInfo[]>;
  /** A worksheet's used range (first row = header); null when there is no such sheet. */
  readSheet(name: string): Promise<SourceTable | null>;
  /** A document setting (stored in the workbook), or null. */
  loadSetting(key: string): Promise<string | null>;
  saveSetting(key: string, value: string): Promise<void>;
  /** Writes sheets, replacing only our own; all or nothing. */
  writeSheets(specs: readonly SheetSpec[], options?: WriteOptions): Promise<WrittenSheet[]>;
  /**
   * Adds each table on a new worksheet of its own, never touching an existing sheet; all or nothing
   * (on failure the sheets added are removed again). Rejects when a name is taken.
   */
  addTables(tables: readonly NewTable[]): Promise<void>;
  /** Activates the sheet and selects the cell (A1 address). */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Opens a new workbook, filled from an .xlsx file given as base64, beside the open one (Del som
   * fil). The open workbook is not touched; the user saves or mails the new one. Rejects with a
   * `HostRefusal` when the host says why it cannot (too large for Excel on the web, an older Excel,
   * a Windows policy), with any other error when it does not say.
   */
  openNewWorkbook(base64: string): Promise<void>;
}

/** The host refused, and the adapter knows why: `message` is the Danish reason and what to do, shown as is. */
export class HostRefusal extends Error {
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
    this.name = "HostRefusal";
  }
}
