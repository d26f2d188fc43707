// Public face of the sheet builders.
export * from "./spec";
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
export { buildLeverandoerer, EKSTERN_ANDEL_NAME, type LeverandoererInput, type LeverandoererLayout } from "./leverandoerer";
export { buildOekonomitjek, buildOekonomitjekInSteps, yearAmountFormula, type OekonomitjekInput, type OekonomitjekLayout } from "./oekonomitjek";
export { type DisponeringLayout, type DisponeringBack, helperFormulas, readDisponeringBack } from "./disponering";
export { buildNoegletal, readNoegletalBack, type NoegletalInput, type NoegletalLayout, NOEGLETAL_NOTES } from "./noegletal";
export { buildBudgetforudsaetninger, type BudgetforudsaetningerInput, type BudgetforudsaetningerLayout } from "./budgetforudsaetninger";
export { buildRisikosager, monthsToYearEndFormula, type RisikosagerInput, type RisikosagerLayout } from "./risikosager";
export { buildPrognose, prognoseSheetName, type PrognoseSheetInput, type PrognoseLayout, type PrognoseKonto, type VarianceLine, type DisponeringRef } from "./prognose";
export { buildBudgetbemaerkninger, type BudgetbemaerkningerInput, type BudgetbemaerkningerLayout, type BudgetParagraph } from "./budgetbemaerkninger";
export {
  buildPrognosePackage, bookedThrough, riskRest, poolPrice, type PrognoseData, type PrognoseSettings, type PrognosePackage,
  type PrognoseFigures, type KontoFigures, type TypeFigures, type PackageOptions,
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
