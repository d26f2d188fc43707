// What the task pane may ask of Excel. Implemented in src/excel (see index.tsx) and by test doubles.

export interface WorkbookActions {
  /** File name of the workbook the add-in is attached to. */
  workbookName(): Promise<string>;
  /** Creates (or regenerates) "Budgetmodel <tilbud>" (issue 6). Optional so other test doubles need not stub it. */
  createBudgetmodel?(request: BudgetmodelRequest): Promise<CreatedSheets>;
  /** Creates a døgnskema sheet for one citizen (issue 6). */
  createDoegnskema?(request: DoegnskemaRequest): Promise<CreatedSheets>;
  /** Creates the summary sheet over the provider's døgnskemaer (issue 6). */
  createDoegnskemaSummary?(tilbud: string): Promise<CreatedSheets>;
}

export interface BudgetmodelRequest {
  tilbud: string;
  year: number;
}

export interface DoegnskemaRequest {
  borger: string;
  tilbud: string;
  ydelsespakke: string;
  udmaaltTimerPrUge: number;
}

export interface CreatedSheets {
  /** Names the sheets got in the workbook. */
  sheets: string[];
  /** Danish note for the user, e.g. that a user's sheet kept the wanted name. */
  note?: string;
}
