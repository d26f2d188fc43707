// The bundled Eksempel Kommune CSVs as the workbook double's tables (the prognose flows' inputs).
import { readTableCsv } from "../../src/cli/prognoseDemo";
import type { EksempelFile } from "../../src/flows/eksempel";
import type { DoubleTable } from "./workbookDouble";

const FILES: Record<string, EksempelFile> = {
  Budget: "eksempel-kommune-budget.csv", Forbrug: "eksempel-kommune-forbrug.csv", Risikosager: "eksempel-kommune-risikosager.csv",
  Tilgang: "eksempel-kommune-tilgang.csv", "Budgetforudsætninger": "eksempel-kommune-budgetforudsaetninger.csv", PL: "eksempel-kommune-pl.csv",
  Sager: "eksempel-kommune-sager.csv", Regnskab: "eksempel-kommune-regnskab.csv",
};
/** Every prognose table, except those left out. */
export function demoTables(leaveOut: string[] = []): DoubleTable[] {
  return Object.entries(FILES).filter(([name]) => !leaveOut.includes(name)).map(([name, file]) => {
    const t = readTableCsv(file);
    return { name, values: [[...t.header], ...t.rows.map((r) => [...r])] };
  });
}
