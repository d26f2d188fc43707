// What the task pane may ask of Excel. Implemented in src/excel (see index.tsx) and by test doubles.
import type { TableData } from "../core";
import type { SheetSpec } from "../sheets/spec";

export interface WorkbookActions {
  /** File name of the workbook the add-in is attached to. */
  workbookName(): Promise<string>;
  // The follow-up panels' needs (issue 5). Optional so a host or test double without them still
  // type-checks; a panel says in Danish when one is missing.
  /** A table by name as header + rows of cell values (dates as serials); null when there is none. */
  readTable?(name: string): Promise<TableData | null>;
  /** A value remembered in the workbook (Office document settings); undefined when not set. */
  getSetting?(key: string): Promise<unknown>;
  /** Remembers a JSON value in the workbook and saves the settings. */
  setSetting?(key: string, value: unknown): Promise<void>;
  /** Writes generated sheets (replacing earlier ones of ours); returns the names written. */
  writeSheets?(specs: readonly SheetSpec[]): Promise<string[]>;
}
