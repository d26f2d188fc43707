// The name a sheet of ours gets when a user's sheet holds the wanted one ("Nøgletal 2025 (2)"), and
// the way back from it: the writer finds ours there again at the next refresh, and so do the flows
// that read what was typed on it. One rule for both directions.
import { isBudgetYear } from "../core";

/** First free name "X (2)", "X (3)" … that is not taken, within 31 characters. */
export function freeName(wanted: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** The wanted name (lower case) a "X (n)" name was given beside, or null for any other name. */
export function movedAsideFrom(name: string): string | null {
  return /^(.*) \(\d+\)$/.exec(name.toLowerCase())?.[1] ?? null;
}

/**
 * The names of our sheets of a budget year, in one home: the builders name their sheets with these,
 * and every reader (the refresh, the follow-up flows, the Excel adapter's change listener) finds them
 * by them — never by a template or a pattern of its own.
 */
export const YEAR_SHEET_NAMES = {
  disponering: (year: number) => `Disponering ${year}`,
  noegletal: (year: number) => `Nøgletal ${year}`,
  overblik: (year: number) => `Overblik ${year}`,
  portefoelje: (year: number) => `Portefølje ${year}`,
  leverandoerer: (year: number) => `Leverandører ${year}`,
} as const;

/** A kind of our year sheets (the same word as the sheet's marker, `SheetSpec.kind`). */
export type YearSheetKind = keyof typeof YEAR_SHEET_NAMES;

/**
 * The budget year of one of our year sheets of `kind` by its name (compared ignoring case, as Excel
 * does), also where ours stands beside a user's sheet of the wanted name ("Disponering 2025 (2)");
 * null for any other name, and for a year outside the budget years (core `isBudgetYear`), which no
 * action of ours writes.
 */
export function yearOfSheet(kind: YearSheetKind, name: string): number | null {
  const wanted = movedAsideFrom(name) ?? name.toLowerCase();
  const m = /(\d{4})$/.exec(wanted);
  if (!m) return null;
  const year = Number(m[1]);
  if (!isBudgetYear(year)) return null;
  return YEAR_SHEET_NAMES[kind](year).toLowerCase() === wanted ? year : null;
}
