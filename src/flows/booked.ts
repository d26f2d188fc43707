// The workbook's one booked-months state (docs/domain.md §4): the table "Forbrug" (the table the
// Prognose panel reads, a column per month) gives both the disponeringsark's booked rows and the
// prognose's k and booked amounts, so "Bogført t.o.m. måned" on Disponering is the month the Prognose sheet
// is named after. The flows that write Disponering read it here.
import { bookedOfYear, readMonthSeries, type BookedAmounts } from "../core";
import type { Workbook } from "./workbook";

/** The table names looked for, as the Prognose flow's TABLES.forbrug. */
export const FORBRUG_TABLES = ["Forbrug"] as const;

/** Whether a table name is the workbook's Forbrug table (names compared ignoring case, as Excel does). */
export function isForbrugTable(name: string): boolean {
  return FORBRUG_TABLES.some((n) => n.toLowerCase() === name.toLowerCase());
}

/**
 * The budget year's booked amounts from the table "Forbrug", with the table's name; undefined when the
 * workbook has no such table or it has no month of the year (then the sheet keeps what it holds).
 * Read with the same reader as the prognose, so both see the same amounts; the Prognose panel lists
 * the cells it cannot read.
 */
export async function bookedFromForbrug(wb: Pick<Workbook, "listTables" | "readTable">, year: number): Promise<{ booked: BookedAmounts; table: string } | undefined> {
  const tables = await wb.listTables().catch(() => []);
  const name = tables.find((t) => isForbrugTable(t.name))?.name;
  if (!name) return undefined;
  const table = await wb.readTable(name).catch(() => null);
  if (!table) return undefined;
  const booked = bookedOfYear(readMonthSeries(table, name).value, year);
  return booked.bookedMonths > 0 ? { booked, table: name } : undefined;
}
