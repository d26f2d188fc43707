// What the task pane may ask of Excel. Implemented in src/excel (see index.tsx) and by test doubles.

export interface WorkbookActions {
  /** File name of the workbook the add-in is attached to. */
  workbookName(): Promise<string>;
}
