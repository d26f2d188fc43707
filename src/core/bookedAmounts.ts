// Booked amounts (bogførte beløb) for the Disponeringsark: a table with a konto column and one
// column per month ("jan", "Januar", "01" …), read with the core amount parser (docs/domain.md §3),
// so "1.5" is 1,5 and "kr. 1.200" is 1.200 here as everywhere else.
import { headerKey } from "./headers";
import type { MonthSeries } from "./prognoseTables";
import { monthEnd, monthStart, yearEnd, yearStart } from "./calendar";
import { disposedAmount } from "./disponering";
import type { CaseRow } from "./cases";
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

/**
 * The workbook's one booked-months state (docs/domain.md §4): the budget year's months of the Forbrug
 * table (a month series per konto, the prognose's input) as the booked amounts the disponeringsark
 * shows. A month is booked when the table has its column; k is the last such month of the year — the
 * same k the prognose is made at, so Disponering and Prognose never disagree on what is booked.
 */
export function bookedOfYear(series: MonthSeries, year: number): BookedAmounts {
  const cols = series.months.map((m, j) => ({ m: m.m, j })).filter((_, j) => series.months[j].y === year);
  const bookedMonths = cols.reduce((k, c) => Math.max(k, c.m), 0);
  const byKonto = series.rows.map((r) => {
    const months = new Array<number>(12).fill(0);
    for (const c of cols) months[c.m - 1] = r.values[c.j] ?? 0;
    return { konto: r.konto, months };
  });
  return { byKonto, bookedMonths };
}

/**
 * Forventet regnskab of the year as the disponeringsark totals it (docs/domain.md §4): a konto with a
 * booked line takes its booked amounts for months 1..k and its cases' dispositions after; cases of a
 * konto without one (or without konto) are disposed all year. No pool: the sheet's pool is typed there.
 */
export function forventetRegnskabWithBooked(cases: readonly Pick<CaseRow, "konto" | "takst" | "enhed" | "start" | "stop">[], booked: BookedAmounts, year: number): number {
  const k = Math.max(0, Math.min(12, booked.bookedMonths));
  const konti = new Set(booked.byKonto.map((b) => b.konto));
  let total = 0;
  for (const b of booked.byKonto) for (let m = 0; m < k; m++) total += b.months[m] ?? 0;
  const withLine = cases.filter((c) => c.konto !== "" && konti.has(c.konto));
  const without = cases.filter((c) => !(c.konto !== "" && konti.has(c.konto)));
  if (k < 12) total += disposedAmount(withLine, monthStart(year, k + 1), monthEnd(year, 12));
  return total + disposedAmount(without, yearStart(year), yearEnd(year));
}
