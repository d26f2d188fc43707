// Recognising the consultant's own column headers (docs/habits.md §3: a table of synonyms).
// Matching ignores case, accents, punctuation and spacing: "Cpr-nr." = "CPR" = "cprnr".

/** A case-table column, named as the case row's property it fills (CaseRow.enhed, .start, .stop …). */
export type CaseField =
  | "cpr" | "navn" | "foranstaltning" | "konto" | "takst" | "enhed"
  | "start" | "stop" | "leverandoer" | "raadgiver" | "status" | "art" | "sagsid";

export const CASE_FIELDS: readonly CaseField[] = [
  "cpr", "navn", "foranstaltning", "konto", "takst", "enhed",
  "start", "stop", "leverandoer", "raadgiver", "status", "art", "sagsid",
];

/** Danish label of each field, as shown in the mapping UI and in messages. */
export const FIELD_LABELS: Record<CaseField, string> = {
  cpr: "Cpr-nr.", navn: "Navn", foranstaltning: "Foranstaltning", konto: "Konto", takst: "Takst",
  enhed: "Takstenhed", start: "Startdato", stop: "Stopdato", leverandoer: "Leverandør",
  raadgiver: "Rådgiver", status: "Status", art: "Art (anbringelse/efterværn)", sagsid: "Sags-id",
};

export const REQUIRED_FIELDS: readonly CaseField[] = ["takst", "start"];

const SYNONYMS: Record<CaseField, string[]> = {
  cpr: ["cpr", "cprnr", "cprnummer", "personnummer", "cprno"],
  navn: ["navn", "borger", "borgernavn", "barnetsnavn"],
  foranstaltning: ["foranstaltning", "ydelse", "indsats", "foranstaltningstype", "ydelsestype", "type"],
  konto: ["konto", "gruppering", "funktion", "kontonr", "kontonummer", "funktionskonto"],
  takst: ["takst", "taktsmdl", "takstmdl", "takstmd", "maanedstakst", "mdltakst", "doegntakst", "ugetakst", "aarstakst", "takstprmaaned", "takstprdoegn", "pris",
    "takstprmd", "takstprmdl", "maanedligtakst", "takstpruge", "takstpraar"],
  enhed: ["takstenhed", "enhed", "takstperiode"],
  start: ["startdato", "start", "fra", "fradato", "bevilgetfra", "ikrafttraeden"],
  stop: ["stopdato", "stop", "slut", "slutdato", "til", "tildato", "ophoer", "ophoersdato", "bevilgettil"],
  leverandoer: ["leverandoer", "tilbud", "anbringelsessted", "udfoerer", "leverandor"],
  raadgiver: ["raadgiver", "sagsbehandler", "radgiver", "socialraadgiver", "sagsbehandlerinitialer"],
  status: ["status", "sagsstatus"],
  // Whether the 18th birthday ends the case (docs/domain.md §8); blank cells take the default.
  art: ["art", "foranstaltningsart", "anbringelsesart", "sagsart", "artanbringelseeftervaern"],
  // The case's own id in the fagsystem: Økonomitjek pairs the two months by it (docs/domain.md §4).
  sagsid: ["sagsid", "sagsnr", "sagsnummer", "bevillingsid", "bevillingsnr", "bevillingsnummer", "ydelsesid", "ydelsesnr", "ydelsesnummer"],
};

/** "Takst (mdl.)" → "takstmdl"; æ/ø/å folded the way Danes type them without a Danish keyboard. */
export function headerKey(text: unknown): string {
  return String(text ?? "")
    .toLowerCase()
    .replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa")
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]/g, "");
}

const KEY_TO_FIELD = new Map<string, CaseField>();
for (const f of CASE_FIELDS) for (const s of SYNONYMS[f]) KEY_TO_FIELD.set(s, f);

/** Unit implied by a takst header ("Døgntakst" → døgn); undefined when the header says nothing. */
export function unitFromHeader(header: unknown): "måned" | "døgn" | "uge" | "år" | undefined {
  const k = headerKey(header);
  if (k.includes("doegn") || k.includes("dogn")) return "døgn";
  if (k.includes("uge")) return "uge";
  if (k.includes("aars") || k.endsWith("aar")) return "år";
  if (k.includes("mdl") || k.includes("maaned") || k.includes("md")) return "måned";
  return undefined;
}

/** Column index per recognised field (first match wins; later duplicates are ignored). */
export type ColumnMapping = Partial<Record<CaseField, number>>;

export function recogniseHeaders(headers: readonly unknown[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((h, i) => {
    const field = KEY_TO_FIELD.get(headerKey(h));
    if (field && mapping[field] === undefined) mapping[field] = i;
  });
  return mapping;
}

/** Required fields the mapping lacks. */
export function missingFields(mapping: ColumnMapping): CaseField[] {
  return REQUIRED_FIELDS.filter((f) => mapping[f] === undefined);
}
