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
  return (
    `Denne version af Excel mangler funktioner, som Styringsark bruger: ${what}. ` +
    `Opdater Office til Microsoft 365 version 2008 eller nyere (Windows) eller 16.40 eller nyere (Mac) — ` +
    `Filer > Konto > Opdateringsindstillinger > Opdater nu — eller brug Excel på internettet.`
  );
}

