// Test-data builder for docs/domain.md §6 (VIVE Tabel 5.2, budget year 2017, monthly rates).
import { OPEN_END, ymdToDay, type CaseRow } from "../../src/core";

const d = (dd: number, mm: number, yyyy: number) => ymdToDay(yyyy, mm, dd);

export function tabel52Cases(): CaseRow[] {
  const base = { navn: "", konto: "5.28.21", leverandoer: "", raadgiver: "", enhed: "måned" as const, foranstaltning: "Anbringelse" };
  return [
    { ...base, row: 2, cpr: "610117-1001", takst: 100000, start: d(1, 1, 2017), stop: OPEN_END, status: "aktuel" },
    { ...base, row: 3, cpr: "620117-1002", takst: 50000, start: d(1, 1, 2017), stop: OPEN_END, status: "aktuel" },
    { ...base, row: 4, cpr: "630117-1003", takst: 75000, start: d(1, 1, 2017), stop: d(30, 6, 2017), status: "aktuel" },
    { ...base, row: 5, cpr: "640117-1004", takst: 100000, start: d(1, 1, 2017), stop: d(28, 2, 2017), status: "aktuel" },
    { ...base, row: 6, cpr: "650117-1005", takst: 75000, start: d(1, 7, 2017), stop: OPEN_END, status: "forventet" },
    { ...base, row: 7, cpr: "660117-1006", takst: 100000, start: d(1, 3, 2017), stop: OPEN_END, status: "forventet" },
  ];
}
