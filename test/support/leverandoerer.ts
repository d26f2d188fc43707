// Providers of 2025 with hand-counted figures (docs/domain.md §9): the core test and the sheet's
// recalculation test share them (docs/habits.md §5).
import type { CaseRow, LeverandoerType } from "../../src/core";
import { d } from "../core/builders";

const kase = (row: number, cpr: string, leverandoer: string, foranstaltning: string, takst: number, enhed: CaseRow["enhed"], start: string, stop = ""): CaseRow => ({
  row, cpr, navn: "", foranstaltning, konto: "5.28.23", takst, enhed, start: d(start), stop: d(stop), leverandoer, raadgiver: "AKJ", status: "aktuel",
});

/**
 * Solbakken: person 1's 100.000/md all year (1.200.000) and 10.000/md from 01.07 (60.000, same person:
 * HÅP stays 1), and as "solbakken " person 3's 1.000/døgn in December (31.000, 31/365 HÅP) →
 * 3 sager, 2 personer, HÅP 1 + 31/365, 1.291.000. Plejefamilien Holm: 30.000/md 01.01–30.06 = 180.000,
 * HÅP 181/365, a private person. Familiecentret: 12.000/md jan–mar = 36.000, HÅP 90/365. A case of
 * 2024 without leverandør is outside the year.
 */
export const CASES: CaseRow[] = [
  kase(2, "010190-1234", "Solbakken", "Opholdssted", 100_000, "måned", "01.01.2025"),
  kase(3, "010190-1234", "Solbakken", "Kontaktperson", 10_000, "måned", "01.07.2025", "31.12.2025"),
  kase(4, "020290-2345", "Plejefamilien Holm", "Plejefamilie", 30_000, "måned", "01.01.2025", "30.06.2025"),
  kase(5, "030390-3456", "solbakken ", "Opholdssted", 1_000, "døgn", "01.12.2025", "31.12.2025"),
  kase(6, "040490-4567", "", "Kontaktperson", 5_000, "måned", "01.01.2024", "31.12.2024"),
  kase(7, "040490-4567", "Familiecentret", "Kontaktperson", 12_000, "måned", "01.01.2025", "31.03.2025"),
];
export const TYPES = new Map<string, LeverandoerType>([["solbakken", "ekstern"], ["familiecentret", "intern"]]);

