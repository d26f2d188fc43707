// The older name of the Excel double: tests written against it run on Excel's semantics now.
export { ExcelDouble as FakeWorkbook, type DoubleSheet as FakeSheet } from "./excelDouble";
