// Large case tables for the browser measurements (deterministic): children born 2010–2017, five
// foranstaltninger, starts in 2024, two in three stopping 12.2025 — the shape of the freeze report's
// 20.000-row table. Made in the page for the actions' measurements (harness.tsx, `?stor=N`): passing
// 2 × 50.000 rows into every page load from the test would slow every other test.
import type { FakeTable } from "./fakeActions";

export const LARGE_HEADER = ["Cpr-nr.", "Navn", "Foranstaltning", "Konto", "Takst", "Startdato", "Stopdato", "Status"];

/** `n` case rows on sheet `name`; `raise` is added to every 7th takst (last month's copy differs there). */
export function largeTable(n: number, name = "Stor", raise = 0): FakeTable {
  const foranstaltninger = [["Plejefamilie", "5.28.20"], ["Opholdssted", "5.28.23"], ["Kontaktperson", "5.28.21"], ["Ærø-ophold", "5.28.23"], ["Øvrige", "5.28.21"]];
  const rows: unknown[][] = [];
  for (let i = 0; i < n; i++) {
    const [f, k] = foranstaltninger[(i * 7) % foranstaltninger.length];
    const day = 1 + (i % 28);
    const cpr = `${String(day).padStart(2, "0")}${String(1 + (i % 12)).padStart(2, "0")}1${i % 8}-4${String(i % 1000).padStart(3, "0")}`;
    const start = `${String(day).padStart(2, "0")}.${String(1 + ((i * 5) % 12)).padStart(2, "0")}.2024`;
    const takst = 10000 + (i % 50) * 1000 + (i % 7 === 0 ? raise : 0);
    rows.push([cpr, `Barn ${i}`, f, k, String(takst), start, i % 3 === 0 ? "" : `${String(day).padStart(2, "0")}.12.2025`, "aktuel"]);
  }
  return { name, sheet: name, origin: { row: 0, col: 0 }, values: [LARGE_HEADER, ...rows] };
}

/** This month's table "Stor" and last month's copy "Stor forrige" (every 7th takst 1.000 kr. lower). */
export function largePair(n: number): FakeTable[] {
  return [largeTable(n, "Stor"), largeTable(n, "Stor forrige", -1000)];
}
