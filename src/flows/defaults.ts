// What every panel proposes before the user types: one rule for the budget year, and the provider
// names that already have a budget model.
import { readMonthSeries } from "../core";
import { budgetmodelSheetName } from "../sheets";
import { TABLES } from "./prognose";
import type { Workbook } from "./workbook";

// Our sheets named for the year they cover ("Disponering 2025", "Prognose 2025-10", "Budgetmodel X").
const YEAR_SHEETS = ["disponering", "noegletal", "overblik", "portefoelje", "oekonomitjek", "prognose", "budgetbemaerkninger"];

const YEAR = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/;

/**
 * The year of the workbook's Budget table: a year in its header ("Budget 2025"), else the budget year
 * the prognose reads with it — the latest month in Forbrug. Null without a Budget table.
 */
export async function budgetTableYear(wb: Workbook): Promise<number | null> {
  const tables = await wb.listTables().catch(() => []);
  const find = (names: readonly string[]) => tables.find((t) => names.some((n) => n.toLowerCase() === t.name.toLowerCase()))?.name;
  const budgetName = find(TABLES.budget);
  if (!budgetName) return null;
  const budget = await wb.readTable(budgetName).catch(() => null);
  for (const h of budget?.header ?? []) {
    const m = YEAR.exec(String(h ?? ""));
    if (m) return Number(m[1]);
  }
  const forbrugName = find(TABLES.forbrug);
  const forbrug = forbrugName ? await wb.readTable(forbrugName).catch(() => null) : null;
  if (!forbrug) return null;
  const latest = readMonthSeries(forbrug, "Forbrug").value.months.reduce((y, m) => (m.y > y ? m.y : y), 0);
  return latest > 0 ? latest : null;
}

/**
 * The budget year to propose in every panel: the year the workbook is already working on — the
 * Budget table's year, else the latest "Disponering ÅÅÅÅ" sheet, else the latest year in another of
 * our yearly sheets — and this year when there is none (or the workbook cannot be asked).
 */
export async function defaultBudgetYear(wb: Workbook, now: Date = new Date()): Promise<number> {
  const fromBudget = await budgetTableYear(wb);
  if (fromBudget !== null) return fromBudget;
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
