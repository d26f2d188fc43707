export { writeSheets, SheetWriteError, type WriteOptions, type WriteOutcome, type WriteProgress, type WrittenSheet } from "./writer";
export { MAX_REQUEST_BYTES, OWNER_KEY, chunkCells, freeName, renameSheetRefs, specProblems } from "./plan";
