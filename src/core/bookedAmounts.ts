// Booked amounts (bogførte beløb) for the Disponeringsark: a table with a konto column and one
// column per month ("jan", "Januar", "01" …), read with the core amount parser (docs/domain.md §3),
// so "1.5" is 1,5 and "kr. 1.200" is 1.200 here as everywhere else.
import { headerKey } from "./headers";
import { msg } from "./messages";
import { parseAmount } from "./numbers";
import type { Problem } from "./result";
import { isBlank, type TableData } from "./table";

export interface BookedAmounts {
  byKonto: { konto: string; months: number[] }[];
  /** Last month with a booked amount in any konto (0 = none); months up to it count as booked for every konto. */
  bookedMonths: number;
}

const MONTH_KEYS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const KONTO_KEYS = ["konto", "gruppering", "funktion", "kontonr", "kontonummer"];

/** Sums per konto and month; a cell that is no amount is a problem with row and column, never 0. */
export function readBookedAmounts(table: TableData, name: string): { value: BookedAmounts; problems: Problem[] } {
  const keys = table.header.map(headerKey);
  const kontoCol = keys.findIndex((k) => KONTO_KEYS.includes(k));
  const monthCols = MONTH_KEYS.map((m, i) =>
    keys.findIndex((k) => k.startsWith(m) || k === String(i + 1) || k === String(i + 1).padStart(2, "0")),
  );
  const problems: Problem[] = [];
  if (kontoCol < 0) {
    problems.push({ code: "table.column", message: msg.tableColumnMissing(name, "Konto"), severity: "fejl", row: 1, col: 0, column: "Konto" });
    return { value: { byKonto: [], bookedMonths: 0 }, problems };
  }
  const sums = new Map<string, number[]>();
  let booked = 0;
  table.rows.forEach((r, i) => {
    const konto = String(r[kontoCol] ?? "").trim();
    if (konto === "") return;
    const months = sums.get(konto) ?? new Array<number>(12).fill(0);
    monthCols.forEach((c, m) => {
      if (c < 0 || isBlank(r[c])) return;
      const a = parseAmount(r[c]);
      if (!a.ok) {
        const column = String(table.header[c]);
        problems.push({ ...a.problem, message: msg.rowColumn(i + 2, column, a.problem.message), row: i + 2, column, col: c });
        return;
      }
      months[m] += a.value;
      booked = Math.max(booked, m + 1);
    });
    sums.set(konto, months);
  });
  return { value: { byKonto: [...sums].map(([konto, months]) => ({ konto, months })), bookedMonths: booked }, problems };
}
