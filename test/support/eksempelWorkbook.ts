// An Excel double holding Eksempel Kommune's tables, inserted through the Office adapter as the
// Oversigt panel's "Indsæt eksempeltabeller" does; the adapter (excelWorkbook) runs on it until
// dropExcelDouble (test/support/autoRefresh.ts) is called.
import { excelWorkbook } from "../../src/excel/workbook";
import { insertEksempelTables } from "../../src/flows";
import { useExcelDouble } from "./autoRefresh";
import { ExcelDouble } from "./excelDouble";

// Inserted once: each test gets a fork of it (an independent copy), not a second insertion.
let inserted: Promise<ExcelDouble> | undefined;

async function insert(): Promise<ExcelDouble> {
  const wb = new ExcelDouble([{ name: "Ark1" }]);
  useExcelDouble(wb);
  await insertEksempelTables(excelWorkbook);
  return wb;
}

export async function eksempelExcelWorkbook(): Promise<ExcelDouble> {
  inserted ??= insert();
  const wb = (await inserted).fork();
  useExcelDouble(wb);
  return wb;
}
