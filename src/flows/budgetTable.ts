// Budget_ÅÅÅÅ comes from the user's budget table (docs/domain.md §7 "One number, one definition"): the
// flows that write Nøgletal read the workbook's table "Budget" (the table the Prognose panel reads)
// and give Nøgletal its total, so the budget on Nøgletal, Overblik and Prognose is one figure.
import { readBudget } from "../core";
import type { Workbook } from "./workbook";

/** The table names looked for, as the Prognose flow's TABLES.budget. */
const BUDGET_TABLES = ["Budget"];
const YEAR = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/;

/**
 * The total of the table "Budget" for `year`, and where it came from; undefined when the workbook has
 * no such table, it cannot be read without problems, or its header names another year.
 */
export async function budgetFromTable(wb: Pick<Workbook, "listTables" | "readTable">, year: number): Promise<{ amount: number; source: string } | undefined> {
  const tables = await wb.listTables().catch(() => []);
  const name = tables.find((t) => BUDGET_TABLES.some((n) => n.toLowerCase() === t.name.toLowerCase()))?.name;
  if (!name) return undefined;
  const table = await wb.readTable(name).catch(() => null);
  if (!table) return undefined;
  const years = table.header.map((h) => YEAR.exec(String(h ?? ""))?.[1]).filter((y): y is string => y !== undefined).map(Number);
  if (years.length > 0 && !years.includes(year)) return undefined;
  const read = readBudget(table, name);
  if (read.problems.length > 0 || read.value.length === 0) return undefined;
  return { amount: read.value.reduce((s, l) => s + l.budget, 0), source: `tabellen ${name}` };
}
