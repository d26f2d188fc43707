export { writeSheets, SheetWriteError, type WriteOptions, type WriteOutcome, type WriteProgress, type WrittenSheet } from "./writer";
export { MAX_REQUEST_BYTES, OWNER_KEY, chunkCells, freeName, renameSheetRefs, specProblems } from "./plan";
// Also used by the other layers, which import this folder only through this file (eslint.config.mjs).
export { excelWorkbook, removeLeftoverSheetsSafe } from "./workbook";
export { excelSelvtest } from "./selvtest";
export { hostRequirementProblem } from "./requirements";
export { watchDisponering } from "./autoRefresh";
