// What a foranstaltning is, read from its name: its type in Overblik's shares (plejefamilie, anden
// anbringelse, forebyggende, øvrig) and its art for the age limits (anbringelse, efterværn, øvrig;
// docs/domain.md §8). A leaf of the core: the case reader parses a row's Art cell with it, and
// Overblik and the age limits classify by it, without importing each other (no import circle).
import { headerKey } from "./headers";
import { msg } from "./messages";
import { fail, ok, type Result } from "./result";

/** How a foranstaltning counts in the shares: foster family, other placement, preventive, other. */
export type ForanstaltningType = "plejefamilie" | "anbringelse" | "forebyggende" | "oevrig";

/** Danish label of each type, as written in the sheet's type column (the user may change it there). */
export const FORANSTALTNING_TYPE_LABELS: Record<ForanstaltningType, string> = {
  plejefamilie: "Plejefamilie",
  anbringelse: "Anden anbringelse",
  forebyggende: "Forebyggende",
  oevrig: "Øvrig",
};

// Ordered: the first matching pattern wins ("Netværksplejefamilie" is a foster family).
const TYPE_PATTERNS: ReadonlyArray<readonly [RegExp, ForanstaltningType]> = [
  [/pleje/i, "plejefamilie"],
  [/opholdssted|døgninst|doegninst|anbring|kostskole|efterskole|eget værelse|sikret/i, "anbringelse"],
  [/kontaktperson|familiebehandl|forebyg|aflastning|praktik|støtteperson|mentor|familierådgiv/i, "forebyggende"],
];

/** Default type of a foranstaltning from its name; "oevrig" when nothing matches. */
export function classifyForanstaltning(foranstaltning: string): ForanstaltningType {
  for (const [re, type] of TYPE_PATTERNS) if (re.test(foranstaltning)) return type;
  return "oevrig";
}

/** How the age limit applies to a foranstaltning. */
export type Foranstaltningsart = "anbringelse" | "eftervaern" | "oevrig";

export const FORANSTALTNINGSART_LABELS: Record<Foranstaltningsart, string> = {
  anbringelse: "Anbringelse",
  eftervaern: "Efterværn",
  oevrig: "Øvrig",
};

/** The age at which the measure ends (its last day is the day before that birthday); none for "øvrig". */
export const AGE_LIMIT: Record<Foranstaltningsart, number | null> = { anbringelse: 18, eftervaern: 23, oevrig: null };

// Efterværn first: "Efterværn på opholdssted" is efterværn, not a placement.
const EFTERVAERN = /efterv(æ|ae)rn|efterv\.|§ ?76|§ ?114|kontinuitet/i;

/** Default art from the foranstaltning's name: efterværn, a placement (as the Overblik types), or øvrig. */
export function defaultArt(foranstaltning: string): Foranstaltningsart {
  if (EFTERVAERN.test(foranstaltning)) return "eftervaern";
  const type = classifyForanstaltning(foranstaltning);
  return type === "plejefamilie" || type === "anbringelse" ? "anbringelse" : "oevrig";
}

const ART_SYNONYMS: Record<Foranstaltningsart, string[]> = {
  anbringelse: ["anbringelse", "anbragt", "a"],
  eftervaern: ["eftervaern", "efterv", "e"],
  oevrig: ["oevrig", "oevrige", "andet", "ingen", "o"],
};
const ART_BY_KEY = new Map<string, Foranstaltningsart>();
for (const [art, keys] of Object.entries(ART_SYNONYMS) as [Foranstaltningsart, string[]][]) for (const k of keys) ART_BY_KEY.set(k, art);

/** The user's text in the art column; blank means the default from the name. */
export function parseArt(input: unknown, foranstaltning: string): Result<Foranstaltningsart> {
  const key = headerKey(input);
  if (key === "") return ok(defaultArt(foranstaltning));
  const art = ART_BY_KEY.get(key);
  return art ? ok(art) : fail("art.unknown", msg.artUnknown(String(input)));
}
