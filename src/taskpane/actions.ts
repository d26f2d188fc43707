// What the task pane may ask of Excel. Implemented in src/excel (see index.tsx) and by test doubles.
import type { BudgetModelInput, TableData } from "../core";

export interface WorkbookActions extends OverviewActions {
  /** File name of the workbook the add-in is attached to. */
  workbookName(): Promise<string>;
  /**
   * A table by name as header + rows of cell values (dates as serials); null when the workbook has
   * no table of that name (the follow-up panels read several optional tables).
   */
  findTable(name: string): Promise<TableData | null>;
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
  /** A model pre-filled from the workbook's tables; an empty model for tilbud and year when absent. */
  model?: BudgetModelInput;
  /** Where pre-filled figures came from (e.g. "tabellen Regnskab"), printed in the sheet's banner. */
  source?: string;
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

/** What the Overblik panel asks for: key figures and portfolio from one case table. */
export interface OverblikRequest {
  /** Worksheet holding the case table (header in the first row). */
  source: string;
  year: number;
  baseYear: number;
  /** Target share of placements in foster families, 0–1. */
  target: number;
  maskCpr: boolean;
}

/** What the Økonomitjek panel asks for: two versions of the case table. */
export interface OekonomitjekRequest {
  before: string;
  now: string;
  year: number;
  month: number;
  maskCpr: boolean;
}

/** Outcome of generating sheets: what was written and the Danish problems found in the rows. */
export interface GenerateOutcome {
  sheets: string[];
  problems: string[];
}

/**
 * Issue 7's actions. Optional so other implementations of WorkbookActions (test doubles, other
 * features) keep compiling; a panel says so when its action is missing.
 */
export interface OverviewActions {
  /** Names of the worksheets whose first row is recognised as a case table. */
  listCaseSheets?(): Promise<string[]>;
  generateOverblik?(request: OverblikRequest): Promise<GenerateOutcome>;
  generateOekonomitjek?(request: OekonomitjekRequest): Promise<GenerateOutcome>;
}
// The Disponering panel's actions (issue 4); merged into WorkbookActions by declaration merging.
import type { CaseSourceActions } from "./caseSource";
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface WorkbookActions extends CaseSourceActions {}
