// Public face of the sheet builders.
export {
  type Block, type Cell, cellsInSteps, type CellValue, type ChartRequest, type DataValidation, type DefinedName,
  type FormatRule, type Formula, type InputTable, NUMBER_FORMATS, type Rect, type SheetSpec, type StyleName,
  type ValidationRule,
} from "./spec";
export { colName, colIndex, a1, rectA1, rectAbs, rect, sheetRef, shiftFormula, sheetNameProblem } from "./a1";
export { STYLE_LOOKS, STYLE_LEGEND, type StyleLook } from "./styles";
export {
  draft, SheetDraft, reportTitle, generatedBy, cprCell, MONTHS_DA, YEAR_CELL, type Heading, type SpecMeta, type ReportOptions,
  type CprOptions, type ChartOptions,
} from "./draft";
export { buildDisponering, type DisponeringInput } from "./disponering";
export { freeName, movedAsideFrom, YEAR_SHEET_NAMES, yearOfSheet, type YearSheetKind } from "./sheetNames";
export { cellText, findRow, type Grid } from "./grid";
export { buildOverblik, buildOverblikInSteps, readOverblikBack, EARLIER_YEARS, NO_HISTORY_NOTE, NOTE_NO_CHARTS, type OverblikHistory, type OverblikInput, type OverblikLayout } from "./overblik";
export { buildPortefoelje, buildPortefoeljeInSteps, type PortefoeljeComparison, type PortefoeljeInput, type PortefoeljeLayout } from "./portefoelje";
export { buildLeverandoerer, buildLeverandoererInSteps, EKSTERN_ANDEL_NAME, type LeverandoererInput, type LeverandoererLayout } from "./leverandoerer";
export { buildOekonomitjek, buildOekonomitjekInSteps, yearAmountFormula, type OekonomitjekInput, type OekonomitjekLayout } from "./oekonomitjek";
export { type DisponeringLayout, type DisponeringBack, helperFormulas, readDisponeringBack, readPoolBack } from "./disponering";
export { buildNoegletal, readNoegletalBack, type NoegletalInput, type NoegletalLayout, NOEGLETAL_NOTES } from "./noegletal";
export { buildBudgetforudsaetninger, type BudgetforudsaetningerInput, type BudgetforudsaetningerLayout } from "./budgetforudsaetninger";
export { buildRisikosager, monthsToYearEndFormula, type RisikosagerInput, type RisikosagerLayout } from "./risikosager";
export { buildPrognose, prognoseSheetName, type PrognoseSheetInput, type PrognoseLayout, type PrognoseKonto, type VarianceLine, type DisponeringRef } from "./prognose";
export { buildBudgetbemaerkninger, type BudgetbemaerkningerInput, type BudgetbemaerkningerLayout, type BudgetParagraph } from "./budgetbemaerkninger";
export {
  buildPrognosePackage, buildPrognosePackageInSteps, followUpSheetNames, type PrognosePackage, type PackageOptions,
} from "./prognosePackage";
export {
  buildBudgetmodel, defaultBudgetModel, budgetmodelSheetName, budgetmodelRef, BUDGETMODEL_NAMES, type BudgetmodelLayout,
  type BudgetmodelOptions,
} from "./budgetmodel";
export {
  buildDoegnskema, buildDoegnskemaSummary, doegnskemaSheetName, frequencyFormula, ratioFormula, TIDSRUM, NORMERINGER, LOVGRUNDLAG,
  type DoegnskemaActivity, type DoegnskemaInput, type DoegnskemaLayout, type DoegnskemaSummaryInput, type DoegnskemaSummaryLayout,
} from "./doegnskema";
export { buildMetodevalg, NOT_TESTABLE, type MetodevalgInput, type MetodevalgLayout } from "./metodevalg";
export { buildOvergang, ANSWERS, type OvergangInput, type OvergangLayout } from "./overgang";
export { buildHistorik, HISTORIK_KIND, HISTORIK_SHEET } from "./historik";
export { buildSammenligning, type SammenligningInput, type SammenligningLayout } from "./sammenligning";
export { buildBudgetRegnskab, type BudgetRegnskabInput, type BudgetRegnskabLayout } from "./budgetRegnskab";
export { buildRammetilpasning, type RammeOmraade, type RammetilpasningInput, type RammetilpasningLayout } from "./rammetilpasning";
// Also used by the other layers, which import this folder only through this file (eslint.config.mjs).
export { locateDoegnskema } from "./doegnskema";
export { buildDisponeringInSteps } from "./disponering";
export { buildNoegletalInSteps } from "./noegletal";
export { columnWidthPoints, widest } from "./columns";
export { MAX_CELL_CHARS, MAX_COLS, MAX_ROWS, specProblems, specProblemsInSteps } from "./limits";
export { type PrintLayout, colsA1, printLayout, sheetLayout, sheetLayoutInSteps, titleRowsA1 } from "./print";
export { type KeptInputs, type OldInputs, keepInputs, locateInputRows, locatorColumns, oldInputsAt, typedByKey, withRecords } from "./inputs";
export { PROGNOSE_INPUTS } from "./prognose";
