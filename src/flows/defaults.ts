// What every panel proposes before the user types: one rule for the budget year, and the provider
// names that already have a budget model.
import { budgetmodelSheetName } from "../sheets/budgetmodel";
import type { Workbook } from "./workbook";

// Our sheets named for the year they cover ("Disponering 2025", "Prognose 2025-10", "Budgetmodel X").
const YEAR_SHEETS = ["disponering", "noegletal", "overblik", "portefoelje", "oekonomitjek", "prognose", "budgetbemaerkninger"];

/**
 * The budget year to propose in every panel: the year the workbook is already working on — the
 * latest "Disponering ÅÅÅÅ" sheet, else the latest year in another of our yearly sheets — and this
 * year when there is none (or the workbook cannot be asked).
 */
export async function defaultBudgetYear(wb: Workbook, now: Date = new Date()): Promise<number> {
  const sheets = await wb.listSheets().catch(() => []);
  const yearOf = (name: string) => {
    const m = /(?:^|\s)((?:19|20)\d\d)(?:-\d\d)?$/.exec(name.trim());
    return m ? Number(m[1]) : null;
  };
  const latest = (kinds: readonly string[]) =>
    sheets.filter((s) => s.kind !== null && kinds.includes(s.kind)).map((s) => yearOf(s.name)).reduce<number | null>((a, y) => (y !== null && (a === null || y > a) ? y : a), null);
  return latest(["disponering"]) ?? latest(YEAR_SHEETS) ?? now.getFullYear();
}

/** The providers ("tilbud") that have a budget model sheet of ours, by name. */
export async function listBudgetmodelTilbud(wb: Workbook): Promise<string[]> {
  const sheets = await wb.listSheets().catch(() => []);
  const prefix = budgetmodelSheetName("");
  return sheets.filter((s) => s.kind === "budgetmodel" && s.name.startsWith(prefix)).map((s) => s.name.slice(prefix.length).trim()).filter(Boolean);
}
