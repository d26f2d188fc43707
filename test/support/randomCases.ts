// Seeded random test data (docs/habits.md §5), in one place: the PRNG behind every generated table
// (demo CSVs, benchmarks, recalculation tests), random case tables and fast-check arbitraries.
import fc from "fast-check";
import { OPEN_END, UNITS, ymdToDay, type CaseRow, type CaseSpan } from "../../src/core";

/** Small deterministic PRNG (mulberry32) so generated data is reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` random case rows around `year`: several rows per person (overlapping or not), rows before,
 * across and after the year, every unit, open ends, one row in ten without CPR and one in twenty
 * without konto.
 */
export function randomCases(seed: number, n: number, year: number): CaseRow[] {
  const rnd = prng(seed);
  const foranstaltninger = [["Plejefamilie", "5.28.20"], ["Opholdssted", "5.28.23"], ["Kontaktperson", "5.28.21"], ["Familiebehandling", "5.28.21"]];
  const units = ["måned", "døgn", "uge", "år"] as const;
  const out: CaseRow[] = [];
  for (let i = 0; i < n; i++) {
    const person = Math.floor(rnd() * (n / 3));
    const [foranstaltning, konto] = foranstaltninger[Math.floor(rnd() * (rnd() < 0.7 ? 2 : foranstaltninger.length))];
    const start = ymdToDay(year - 1, 1, 1) + Math.floor(rnd() * 900);
    const r = rnd();
    const stop = r < 0.3 ? OPEN_END : start + Math.floor(rnd() * 400);
    out.push({
      row: i + 2, cpr: rnd() < 0.1 ? null : `${61 + (person % 28)}0${1 + (person % 9)}17-${String(1000 + person)}`,
      navn: "", foranstaltning, konto: rnd() < 0.05 ? "" : konto, leverandoer: "", raadgiver: "",
      status: rnd() < 0.2 ? "forventet" : "aktuel", takst: Math.round(rnd() * 80000) / 4, enhed: units[Math.floor(rnd() * 4)], start, stop,
    });
  }
  return out;
}

const SYNTHETIC_FORANSTALTNINGER = ["Plejefamilie", "Opholdssted", "Døgninstitution", "Kontaktperson", "Familiebehandling"];
const SYNTHETIC_UNITS = ["måned", "døgn", "uge", "måned", "år"] as const;

/**
 * `n` realistic-looking case rows for benchmarks and scale tests: every row has a CPR and a konto,
 * persons with several rows, five measures with their usual unit.
 */
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
      navn: `Borger ${person}`, foranstaltning: SYNTHETIC_FORANSTALTNINGER[u], konto: `5.28.2${u}`, leverandoer: `Tilbud ${i % 40}`,
      raadgiver: `R${i % 25}`, status: rnd() < 0.1 ? "forventet" : "aktuel", takst: Math.round(1000 + rnd() * 60000),
      enhed: SYNTHETIC_UNITS[u], start, stop,
    });
  }
  return out;
}

const DAY_2010 = ymdToDay(2010, 1, 1);
const DAY_2035 = ymdToDay(2035, 12, 31);

/** A day number between 2010 and 2035. */
export const arbDay = fc.integer({ min: DAY_2010, max: DAY_2035 });

/** An arbitrary valid case: start ≤ stop, sometimes open-ended. */
export const arbCase: fc.Arbitrary<CaseSpan> = fc
  .record({
    takst: fc.double({ min: 0, max: 2_000_000, noNaN: true, noDefaultInfinity: true }),
    enhed: fc.constantFrom(...UNITS),
    a: arbDay,
    b: arbDay,
    open: fc.boolean(),
  })
  .map(({ takst, enhed, a, b, open }) => ({
    takst,
    enhed,
    start: Math.min(a, b),
    stop: open ? OPEN_END : Math.max(a, b),
  }));
