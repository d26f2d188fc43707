// What the task pane may ask of Excel. Implemented in src/excel (see index.tsx) and by test doubles.

export interface WorkbookActions {
  /** File name of the workbook the add-in is attached to. */
  workbookName(): Promise<string>;
}

// The Disponering panel's actions (issue 4); merged into WorkbookActions by declaration merging.
import type { CaseSourceActions } from "./caseSource";
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface WorkbookActions extends CaseSourceActions {}
