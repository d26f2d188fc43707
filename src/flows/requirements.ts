// The Office requirement sets the add-in needs, checked once at start (src/excel/requirements.ts
// asks the host; the manifest check in src/cli holds manifest.xml to this list). The manifest declares the
// same sets (manifest.xml <Requirements>), so Office hides the add-in where they are missing; the
// runtime check covers the hosts that load it anyway and says in Danish what to update instead of
// an English "ApiNotFound" in the middle of a generation.
//
// Why each set (the highest API the code uses; "Api set" in @types/office-js):
// - ExcelApi 1.12: worksheet.customProperties (our ownership marker). Also 1.9 (autoFill,
//   suspendScreenUpdatingUntilNextSync), 1.8 (dataValidation, createWorkbook), 1.7 (getRangeByIndexes,
//   freezePanes, tabColor). ExcelApi 1.12 came with Microsoft 365 Version 2008 on Windows and
//   16.40 on Mac ("Excel JavaScript API requirement sets",
//   https://learn.microsoft.com/en-us/javascript/api/requirement-sets/excel/excel-api-requirement-sets).
// - SharedRuntime 1.1: the task pane and the custom functions share one runtime.
// - CustomFunctionsRuntime 1.2: CustomFunctions.Error with a message
//   (https://learn.microsoft.com/en-us/javascript/api/custom-functions-runtime/customfunctions.error).

import { flowMsg } from "./messages";

export interface RequirementSet {
  name: string;
  version: string;
  /** What stops working without it (Danish). */
  needed: string;
}

export const REQUIRED_SETS: readonly RequirementSet[] = [
  { name: "ExcelApi", version: "1.12", needed: "at skrive og genkende arkene" },
  { name: "SharedRuntime", version: "1.1", needed: "at opgavepanelet og SOC-funktionerne kan arbejde sammen" },
  { name: "CustomFunctionsRuntime", version: "1.2", needed: "fejlbeskeder på dansk fra SOC-funktionerne" },
];

/**
 * A Danish explanation when the host lacks a set the add-in needs, or null. `isSetSupported` is
 * Office.context.requirements.isSetSupported (passed in so this runs without a host in tests).
 */
export function requirementProblem(isSetSupported: (name: string, version: string) => boolean): string | null {
  const missing = REQUIRED_SETS.filter((s) => !isSetSupported(s.name, s.version));
  if (missing.length === 0) return null;
  const what = missing.map((s) => `${s.name} ${s.version} (${s.needed})`).join(", ");
  return flowMsg.requirements.missing(what);
}

/**
 * A set above the manifest's that one feature uses when the host has it: the code asks
 * `isSetSupported` first and, without it, does what `without` says (Danish, for the user and the
 * requirement-set table of docs/requirement-sets.md). test/excel/requirementSets.adapter.ts fails when
 * src/ uses a member of a set above REQUIRED_SETS' ExcelApi that is not listed here with its guard.
 */
export interface OptionalSet {
  name: string;
  version: string;
  /** The Office.js members used only behind the guard ("Excel.WorksheetChangedEventArgs.triggerSource"). */
  members: readonly string[];
  /** What the add-in does on a host without the set (Danish). */
  without: string;
}

export const OPTIONAL_SETS: readonly OptionalSet[] = [
  {
    // Without triggerSource our own writes cannot be told from the user's edits: every write of the
    // refresh would raise the change event that starts the next refresh two seconds later.
    name: "ExcelApi",
    version: "1.14",
    members: ["Excel.WorksheetChangedEventArgs.triggerSource"],
    without:
      "Tallene på Nøgletal, Overblik og Portefølje opdateres ikke automatisk, når du retter i Disponering; " +
      "arkene siger med rødt, at de ikke er opdateret, indtil du danner dem igen (eller opdaterer Excel).",
  },
];
