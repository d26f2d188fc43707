// What a shared file ("Del som fil", docs/domain.md §7) may show of a case: an allow-list — the
// person as a pseudonym, foranstaltning, konto, dates, amounts (takst, enhed) and the rådgiver's
// initials. No name, no note, no free text; a leverandør only when it is surely not a private
// person (docs/domain.md §9: a foster family's name is a person's name), else its pseudonym.
import type { CaseRow } from "./cases";
import { isLeverandoerPseudonym, leverandoerPseudonym } from "./pseudonym";
import { finish, endsStep } from "./steps";

// Words that make a leverandør (or the case's foranstaltning) a family placement, whose leverandør
// is a private person: plejefamilie, netværksplejefamilie, aflastningsfamilie, slægtsanbringelse.
const FAMILY_CARE = /pleje|netv(æ|ae)rk|famili|sl(æ|ae)gt|aflastning|privat/i;
// Words that say a leverandør is an institution or a firm, not a person.
const INSTITUTION = /center|centret|hjem|institution|opholdssted|bosted|botilbud|skole|g(å|aa)rd|kommune|region|fond|forening|huset|tilbud|selvejende|\baps\b/i;
// A name of letters, spaces and a few joining marks: anything else (digits, parentheses, a colon, a
// comma) is a note typed into the cell.
const PLAIN_NAME = /^[\p{L}][\p{L} .&'-]*$/u;

/**
 * The leverandør's name when it is surely not a private person: not a family placement, a plain
 * name (no note), and one word or a word that names an institution. Null when unsure.
 */
export function leverandoerName(c: Pick<CaseRow, "leverandoer" | "foranstaltning">): string | null {
  const name = c.leverandoer.trim().replace(/\s+/g, " ");
  if (name === "" || name.length > 40 || !PLAIN_NAME.test(name)) return null;
  if (FAMILY_CARE.test(name) || FAMILY_CARE.test(c.foranstaltning)) return null;
  return !name.includes(" ") || INSTITUTION.test(name) ? name : null;
}

/**
 * The key a leverandør is grouped and looked up by: trimmed, inner spaces as one, lower case —
 * Excel's SUMIFS ignores case, so "Nordlys" and "nordlys" are one leverandør on the sheet too.
 */
export function leverandoerKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * The leverandører (by `leverandoerKey`) that may be a private person (docs/domain.md §9): a name
 * with at least one case whose leverandør is not surely an institution (`leverandoerName`). Decided
 * per name over all the cases, so one foster-family case hides the name in every report, whichever
 * of its cases a report happens to list.
 */
export function privateLeverandoerer(cases: readonly Pick<CaseRow, "leverandoer" | "foranstaltning">[]): Set<string> {
  return finish(privateLeverandoererInSteps(cases));
}

/** `privateLeverandoerer` in steps: a pause every ITEMS_PER_STEP cases (an action's pane stays responsive). */
export function* privateLeverandoererInSteps(cases: readonly Pick<CaseRow, "leverandoer" | "foranstaltning">[]): Generator<void, Set<string>> {
  const out = new Set<string>();
  const seen = new Set<string>();
  for (let i = 0; i < cases.length; i++) {
    if (endsStep(i)) yield;
    const c = cases[i];
    // One test per (leverandør, foranstaltning): 20.000 cases have a few hundred pairs.
    const pair = `${c.foranstaltning}\u0000${c.leverandoer}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    const key = leverandoerKey(c.leverandoer);
    if (key !== "" && leverandoerName(c) === null) out.add(key);
  }
  return out;
}

/**
 * A leverandør as a masked report shows it — the one rule of Portefølje, Leverandører and a shared
 * file (docs/domain.md §7, §9): a name that may be a private person's (`privat`, from
 * `privateLeverandoerer`) is its pseudonym; an institution keeps its name, and a name that is already
 * a pseudonym (a case made shareable) stays as it is. Null for an empty name, and for a private one
 * without a secret (no secret, or an empty one: the report then says it is hidden).
 */
export function maskedLeverandoer(name: string, privat: boolean, secret: string | undefined): string | null {
  const text = name.trim().replace(/\s+/g, " ");
  if (text === "") return null;
  if (!privat || isLeverandoerPseudonym(text)) return text;
  return secret ? leverandoerPseudonym(text, secret) : null;
}

/**
 * "Anne Kirstine Jensen" → "AKJ"; initials typed as such ("akj", "AKJ") stay, in capitals; words
 * that do not start with a letter (a number typed in the cell) give nothing.
 */
export function raadgiverInitials(raadgiver: string): string {
  const text = raadgiver.trim();
  if (/^\p{L}{1,5}$/u.test(text)) return text.toUpperCase();
  let out = "";
  for (const word of text.split(/[\s\-.,/]+/)) {
    const first = word.charAt(0);
    if (/\p{L}/u.test(first)) out += first.toUpperCase();
  }
  return out;
}

/**
 * The cases as a shared file may show them: no name, the rådgiver by initials (two rådgivere with
 * the same initials are told apart as "AJ", "AJ (2)"), the leverandør as `maskedLeverandoer` shows it:
 * by name only when none of its cases may be a private person's, else by pseudonym. CPR stays: the reports turn it into the person's pseudonym
 * and match cases by it; it is never printed.
 */
export function shareableCases(cases: readonly CaseRow[], secret: string): CaseRow[] {
  return finish(shareableCasesInSteps(cases, secret));
}

/** `shareableCases` in steps: a pause every ITEMS_PER_STEP cases (Del som fil at 20.000 rows). */
export function* shareableCasesInSteps(cases: readonly CaseRow[], secret: string): Generator<void, CaseRow[]> {
  const initialsOf = new Map<string, string>();
  const taken = new Map<string, number>();
  const initials = (raadgiver: string) => {
    const key = raadgiver.trim().replace(/\s+/g, " ").toLowerCase();
    let out = initialsOf.get(key);
    if (out === undefined) {
      const base = raadgiverInitials(raadgiver);
      const n = base === "" ? 1 : (taken.get(base) ?? 0) + 1;
      if (base !== "") taken.set(base, n);
      initialsOf.set(key, (out = n === 1 ? base : `${base} (${n})`));
    }
    return out;
  };
  // One HMAC per leverandør, not per case: 20.000 cases have a few hundred leverandører.
  const privat = yield* privateLeverandoererInSteps(cases);
  const shown = new Map<string, string>();
  const leverandoer = (c: CaseRow) => {
    const key = leverandoerKey(c.leverandoer);
    let out = shown.get(key);
    if (out === undefined) shown.set(key, (out = maskedLeverandoer(c.leverandoer, privat.has(key), secret) ?? ""));
    return out;
  };
  const out = new Array<CaseRow>(cases.length);
  for (let i = 0; i < cases.length; i++) {
    if (endsStep(i)) yield;
    const c = cases[i];
    out[i] = { ...c, navn: "", raadgiver: initials(c.raadgiver), leverandoer: leverandoer(c) };
  }
  return out;
}
