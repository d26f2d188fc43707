// Three versions of a small case table for case workers over time (docs/domain.md §9), with
// hand-counted changes for 2025 (365 days). Shared by the core test and the Portefølje sheet's test.
import type { CaseRow } from "../../src/core";
import { d } from "../core/builders";

const kase = (row: number, cpr: string, raadgiver: string, takst: number, start: string, stop = ""): CaseRow => ({
  row, cpr, navn: `Navn ${row}`, foranstaltning: "Plejefamilie", konto: "5.28.20", takst, enhed: "måned", start: d(start), stop: d(stop),
  leverandoer: "Solbakken", raadgiver, status: "aktuel",
});

const A = kase(2, "010110-1234", "AKJ", 100_000, "01.01.2025");
const C = kase(4, "030310-3456", "BMH", 30_000, "01.01.2025");

/**
 * Now: AKJ has A (100.000/md all year) and B (50.000/md from 01.07: 300.000, 184/365 HÅP); BMH has C
 * (30.000/md all year, 360.000).
 */
export const NOW: CaseRow[] = [A, kase(3, "020210-2345", "AKJ", 50_000, "01.07.2025"), C];

/**
 * Last month: AKJ had only A; BMH had C and D (20.000/md 01.01–30.06: 120.000, 181/365 HÅP); CLS had
 * E (10.000/md all year: 120.000). So since then AKJ +1 sag, +1 person, +184/365 HÅP, +300.000;
 * BMH −1, −1, −181/365, −120.000; CLS −1, −1, −1, −120.000.
 */
export const LAST_MONTH: CaseRow[] = [A, C, kase(5, "040410-4567", "BMH", 20_000, "01.01.2025", "30.06.2025"), kase(6, "050510-5678", "CLS", 10_000, "01.01.2025")];

/** Last quarter: only A, at BMH (before it moved to AKJ). Since then AKJ +2, +2, +1 + 184/365, +1.500.000; BMH had A, now C: 0, 0, 0, 360.000 − 1.200.000. */
export const LAST_QUARTER: CaseRow[] = [{ ...A, raadgiver: "BMH" }];
