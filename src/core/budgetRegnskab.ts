// Budget against regnskab per year (docs/domain.md §9): from the table Regnskab (Konto, År, Budget,
// Regnskab — Budget is the korrigerede budget), per konto and in total for each year: budget,
// regnskab, afvigelse = regnskab − budget, afvigelse % = afvigelse ÷ budget, and the index of each
// against the base year (§4 "Index"). The years before come from this table, never from the cases.
import type { RegnskabRow } from "./historik";

export interface BudgetRegnskabLine {
  /** The konto, or null on a year's total. */
  konto: string | null;
  year: number;
  /** Null when the table has no budget for it (for a total: when a konto of the year has none). */
  budget: number | null;
  regnskab: number;
  /** regnskab − budget (positive = merforbrug); null without a budget. */
  afvigelse: number | null;
  /** afvigelse ÷ budget; null without a budget or when it is 0. */
  afvigelsePct: number | null;
  /** budget ÷ the base year's budget × 100; null when either is missing or the base is 0. */
  indeksBudget: number | null;
  /** regnskab ÷ the base year's regnskab × 100; null when the base year is missing or 0. */
  indeksRegnskab: number | null;
}

export interface BudgetRegnskab {
  baseYear: number;
  /** Every year of the table, ascending. */
  years: number[];
  /** One line per konto and year (rows of the same konto and year added), by konto then year. */
  konti: BudgetRegnskabLine[];
  /** One line per year over all konti. */
  totals: BudgetRegnskabLine[];
}

interface Sums { budget: number | null; regnskab: number }

const index = (value: number | null, base: number | null | undefined) =>
  value === null || base === null || base === undefined || base === 0 ? null : (value / base) * 100;

function line(konto: string | null, year: number, s: Sums, base: Sums | undefined): BudgetRegnskabLine {
  const afvigelse = s.budget === null ? null : s.regnskab - s.budget;
  return {
    konto, year, budget: s.budget, regnskab: s.regnskab, afvigelse,
    afvigelsePct: afvigelse === null || s.budget === 0 ? null : afvigelse / (s.budget as number),
    indeksBudget: index(s.budget, base?.budget), indeksRegnskab: index(s.regnskab, base?.regnskab),
  };
}

/** Adds a row to a sum; a missing budget makes the sum's budget missing (never counted as 0). */
function add(into: Sums | undefined, budget: number | null, regnskab: number): Sums {
  if (!into) return { budget, regnskab };
  return { budget: into.budget === null || budget === null ? null : into.budget + budget, regnskab: into.regnskab + regnskab };
}

/** Budget, regnskab, afvigelse and index per konto and year and per year in total. */
export function budgetAgainstRegnskab(rows: readonly RegnskabRow[], baseYear: number): BudgetRegnskab {
  const perKonto = new Map<string, Map<number, Sums>>();
  const perYear = new Map<number, Sums>();
  for (const r of rows) {
    const budget = r.budget ?? null;
    let years = perKonto.get(r.konto);
    if (!years) perKonto.set(r.konto, (years = new Map()));
    years.set(r.year, add(years.get(r.year), budget, r.regnskab));
    perYear.set(r.year, add(perYear.get(r.year), budget, r.regnskab));
  }
  const years = [...perYear.keys()].sort((a, b) => a - b);
  const konti: BudgetRegnskabLine[] = [];
  for (const konto of [...perKonto.keys()].sort((a, b) => a.localeCompare(b, "da"))) {
    const byYear = perKonto.get(konto)!;
    for (const y of [...byYear.keys()].sort((a, b) => a - b)) konti.push(line(konto, y, byYear.get(y)!, byYear.get(baseYear)));
  }
  const totals = years.map((y) => line(null, y, perYear.get(y)!, perYear.get(baseYear)));
  return { baseYear, years, konti, totals };
}
