// Deterministic synthetic case tables for benchmarks and scale tests.
import { OPEN_END, ymdToDay, type CaseRow } from "../../src/core";
import { prng } from "../support/demoData";

const MEASURES = ["Plejefamilie", "Opholdssted", "Døgninstitution", "Kontaktperson", "Familiebehandling"];
const UNITS = ["måned", "døgn", "uge", "måned", "år"] as const;

export function syntheticCases(n: number, year = 2025, seed = 7): CaseRow[] {
  const rnd = prng(seed);
  const out: CaseRow[] = [];
  let person = 0;
  for (let i = 0; i < n; i++) {
    if (i === 0 || rnd() > 0.3) person++;
    const start = ymdToDay(year - 1 + Math.floor(rnd() * 2), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28));
    const stop = rnd() < 0.4 ? OPEN_END : start + Math.floor(rnd() * 700);
    const u = Math.floor(rnd() * 5);
    out.push({
      row: i + 2,
      cpr: `${String(61 + (person % 28)).padStart(2, "0")}${String(1 + (person % 12)).padStart(2, "0")}${String(person % 100).padStart(2, "0")}-${String(person % 10000).padStart(4, "0")}`,
      navn: `Borger ${person}`, foranstaltning: MEASURES[u], konto: `5.28.2${u}`, leverandoer: `Tilbud ${i % 40}`,
      raadgiver: `R${i % 25}`, status: rnd() < 0.1 ? "forventet" : "aktuel", takst: Math.round(1000 + rnd() * 60000),
      enhed: UNITS[u], start, stop,
    });
  }
  return out;
}
