// Test-data builder: a five-row kommune in 2025 (not a leap year) whose key figures are counted by
// hand in the tests, plus last month's version of it for the økonomitjek.
import { OPEN_END, ymdToDay, type CaseRow } from "../../src/core";

const d = (dd: number, mm: number, yyyy: number) => ymdToDay(yyyy, mm, dd);
const base = { navn: "", konto: "", leverandoer: "", status: "aktuel" as const, enhed: "måned" as const };

/**
 * A: 610190-1001 Plejefamilie 30.000/md all year + a 10.000/md supplement row jan–mar (same person,
 *    overlapping: HÅP must not count A twice) — AKJ.
 * B: 620190-1002 Opholdssted 3.000/døgn from 01.07 (184 days) — BMH.
 * C: 630190-1003 Kontaktperson 8.000/md 01.01–30.06 (181 days) — BMH.
 * D: 640190-1004 Familiebehandling 7.000/uge in March (31 days) — CLS.
 */
export function smallKommune(): CaseRow[] {
  return [
    { ...base, row: 2, cpr: "610190-1001", navn: "A", foranstaltning: "Plejefamilie", raadgiver: "AKJ", leverandoer: "Nordlys", takst: 30000, start: d(1, 1, 2025), stop: OPEN_END },
    { ...base, row: 3, cpr: "610190-1001", navn: "A", foranstaltning: "Plejefamilie", raadgiver: "AKJ", leverandoer: "Nordlys", takst: 10000, start: d(1, 1, 2025), stop: d(31, 3, 2025) },
    { ...base, row: 4, cpr: "620190-1002", navn: "B", foranstaltning: "Opholdssted", raadgiver: "BMH", leverandoer: "Solbakken", takst: 3000, enhed: "døgn", start: d(1, 7, 2025), stop: OPEN_END },
    { ...base, row: 5, cpr: "630190-1003", navn: "C", foranstaltning: "Kontaktperson", raadgiver: "BMH", leverandoer: "", takst: 8000, start: d(1, 1, 2025), stop: d(30, 6, 2025) },
    { ...base, row: 6, cpr: "640190-1004", navn: "D", foranstaltning: "Familiebehandling", raadgiver: "CLS", leverandoer: "Familiecentret", takst: 7000, enhed: "uge", start: d(1, 3, 2025), stop: d(31, 3, 2025) },
  ];
}

/** A case G that exists in both versions: Opholdssted 2.000/døgn from 01.01 (before open-ended). */
const gNow: CaseRow = { ...base, row: 8, cpr: "670190-1007", navn: "G", foranstaltning: "Opholdssted", raadgiver: "CLS", takst: 2500, enhed: "døgn", start: d(1, 1, 2025), stop: d(31, 1, 2025) };

/** "Now" for the økonomitjek: smallKommune + F (start corrected to 01.03) + G (rate and stop changed). */
export function snapshotNow(): CaseRow[] {
  return [
    ...smallKommune(),
    { ...base, row: 7, cpr: "660190-1006", navn: "F", foranstaltning: "Kontaktperson", raadgiver: "AKJ", takst: 5000, start: d(1, 3, 2025), stop: OPEN_END },
    gNow,
  ];
}

/**
 * Last month's version: A1, D as now; A2 at 9.000 (takst); no B (tilgang); C open-ended (stop);
 * E 650190-1005 Døgninstitution 5.000/døgn all year (afgang); F starting 01.02 (ændret startdato: now 01.03);
 * G at 2.000/døgn open-ended (takst og stop).
 */
export function snapshotBefore(): CaseRow[] {
  const [a1, a2, , c, dd] = smallKommune();
  return [
    a1,
    { ...a2, takst: 9000 },
    { ...c, stop: OPEN_END },
    dd,
    { ...base, row: 6, cpr: "650190-1005", navn: "E", foranstaltning: "Døgninstitution", raadgiver: "FJO", takst: 5000, enhed: "døgn", start: d(1, 1, 2025), stop: OPEN_END },
    { ...base, row: 7, cpr: "660190-1006", navn: "F", foranstaltning: "Kontaktperson", raadgiver: "AKJ", takst: 5000, start: d(1, 2, 2025), stop: OPEN_END },
    { ...gNow, takst: 2000, stop: OPEN_END },
  ];
}
