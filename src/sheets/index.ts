// Public face of the sheet builders.
export * from "./spec";
export { colName, colIndex, a1, rectA1, rectAbs, rect, sheetRef, shiftFormula, sheetNameProblem } from "./a1";
export { STYLE_LOOKS, STYLE_LEGEND, type StyleLook } from "./styles";
export { buildDisponering, type DisponeringInput } from "./disponering";
export { buildOverblik, NOTE_NO_CHARTS, type OverblikInput, type OverblikLayout } from "./overblik";
export { buildPortefoelje, type PortefoeljeInput, type PortefoeljeLayout } from "./portefoelje";
export { buildOekonomitjek, yearAmountFormula, type OekonomitjekInput, type OekonomitjekLayout } from "./oekonomitjek";
export { type DisponeringLayout, helperFormulas } from "./disponering";
export { buildNoegletal, type NoegletalInput, type NoegletalLayout, NOEGLETAL_NOTES } from "./noegletal";
