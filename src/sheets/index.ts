// Public face of the sheet builders.
export * from "./spec";
export { colName, colIndex, a1, rectA1, rectAbs, rect, sheetRef, shiftFormula, sheetNameProblem } from "./a1";
export { STYLE_LOOKS, STYLE_LEGEND, type StyleLook } from "./styles";
export { buildDisponering, type DisponeringInput } from "./disponering";
export {
  buildBudgetmodel, defaultBudgetModel, budgetmodelSheetName, budgetmodelRef, BUDGETMODEL_NAMES, type BudgetmodelLayout,
  type BudgetmodelOptions,
} from "./budgetmodel";
export {
  buildDoegnskema, buildDoegnskemaSummary, doegnskemaSheetName, frequencyFormula, ratioFormula, TIDSRUM, NORMERINGER, LOVGRUNDLAG,
  type DoegnskemaActivity, type DoegnskemaInput, type DoegnskemaLayout, type DoegnskemaSummaryInput, type DoegnskemaSummaryLayout,
} from "./doegnskema";
