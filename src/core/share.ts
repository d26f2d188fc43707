// What a shared file ("Del som fil", docs/domain.md §7) may show of a case: an allow-list — the
// person as a pseudonym, foranstaltning, konto, dates, amounts (takst, enhed) and the rådgiver's
// initials. No name, no note, no free text; a leverandør only when it is surely not a private
// person (docs/domain.md §9: a foster family's name is a person's name), else its pseudonym.
import type { CaseRow } from "./cases";
import { leverandoerPseudonym } from "./pseudonym";

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
 * the same initials are told apart as "AJ", "AJ (2)"), the leverandør by name only when it is surely
 * not a private person, else by pseudonym. CPR stays: the reports turn it into the person's pseudonym
 * and match cases by it; it is never printed.
 */
export function shareableCases(cases: readonly CaseRow[], secret: string): CaseRow[] {
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
  return cases.map((c) => ({
    ...c,
    navn: "",
    raadgiver: initials(c.raadgiver),
    leverandoer: leverandoerName(c) ?? leverandoerPseudonym(c.leverandoer, secret) ?? "",
  }));
}
