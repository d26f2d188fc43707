// Fitting the assumptions to the frame (docs/domain.md §9, VIVE §5.3.1: "det er forudsætningerne …
// der skal tilpasses budgetrammen, og ikke omvendt"; Horsens Figur 5.1). Given a budget frame R for
// an område and the expected HÅP h_i and GNS-pris p_i per foranstaltning (F = Σ h_i p_i): the
// overrun F − R, the HÅP the frame pays for at unchanged prices (proportionally h_i × R ÷ F, or all
// of the reduction on one foranstaltning: (F − R) ÷ p_j), the HÅP to move from a dearer j to a
// cheaper k, (F − R) ÷ (p_j − p_k), with the share in plejefamilie before and after, and the common
// price change R ÷ F − 1 that holds the frame at unchanged HÅP.
import { msg } from "./messages";

export interface RammeLinje {
  foranstaltning: string;
  /** Expected HÅP (helårspersoner) of the foranstaltning. */
  haap: number;
  /** Expected GNS-pris per HÅP. */
  pris: number;
  /** Counts in the share of placements in plejefamilie. */
  plejefamilie: boolean;
}

export interface RammeInput {
  omraade: string;
  /** The budget frame R; null when not given yet (nothing that needs it is computed). */
  ramme: number | null;
  linjer: readonly RammeLinje[];
  /** The foranstaltning to move HÅP from (j) and to (k). */
  flytFra?: string;
  flytTil?: string;
  /** The kommune's target share in plejefamilie, 0–1. */
  maal: number;
}

export interface RammeFlyt {
  fra: string;
  til: string;
  /** (F − R) ÷ (p_j − p_k); null when k is not cheaper than j. */
  haap: number | null;
  /** False when more HÅP would have to move than j has (then there is no share after). */
  muligt: boolean;
  andelFoer: number | null;
  andelEfter: number | null;
}

export interface Rammetilpasning {
  omraade: string;
  ramme: number | null;
  /** F = Σ h_i × p_i. */
  udgift: number;
  /** Σ h_i: a sum over foranstaltninger, so helårsforanstaltninger (docs/domain.md §4), not HÅP. */
  helaarsforanstaltninger: number;
  /** F − R (negative: room in the frame). */
  overskridelse: number | null;
  /** Per line: h_i × R ÷ F and the reduction h_i × (1 − R ÷ F); (F − R) ÷ p_i when all is taken there. */
  linjer: { foranstaltning: string; udgift: number; haapRammen: number | null; reduktion: number | null; reduktionAltHer: number | null }[];
  /** R ÷ F − 1. */
  prisaendring: number | null;
  flyt: RammeFlyt | null;
  maal: number;
}

const share = (pleje: number, total: number) => (total > 0 ? pleje / total : null);

/** The figures of docs/domain.md §9 "rammetilpasning" for one område. */
export function rammetilpasning(input: RammeInput): Rammetilpasning {
  const { ramme: r } = input;
  const udgift = input.linjer.reduce((s, l) => s + l.haap * l.pris, 0);
  const total = input.linjer.reduce((s, l) => s + l.haap, 0);
  const pleje = input.linjer.filter((l) => l.plejefamilie).reduce((s, l) => s + l.haap, 0);
  const ratio = r === null || udgift === 0 ? null : r / udgift;
  const over = r === null ? null : udgift - r;
  const linjer = input.linjer.map((l) => ({
    foranstaltning: l.foranstaltning, udgift: l.haap * l.pris,
    haapRammen: ratio === null ? null : l.haap * ratio,
    reduktion: ratio === null ? null : l.haap * (1 - ratio),
    reduktionAltHer: over === null || l.pris === 0 ? null : over / l.pris,
  }));
  const fra = input.linjer.find((l) => l.foranstaltning === input.flytFra);
  const til = input.linjer.find((l) => l.foranstaltning === input.flytTil);
  let flyt: RammeFlyt | null = null;
  if (fra && til) {
    const x = over === null || fra.pris <= til.pris ? null : over / (fra.pris - til.pris);
    const muligt = x !== null && x <= fra.haap;
    const moved = (x ?? 0) * ((til.plejefamilie ? 1 : 0) - (fra.plejefamilie ? 1 : 0));
    // A move of more HÅP than j has has no share after it (it would pass 100 %).
    flyt = {
      fra: fra.foranstaltning, til: til.foranstaltning, haap: x, muligt,
      andelFoer: share(pleje, total), andelEfter: muligt ? share(pleje + moved, total) : null,
    };
  }
  return {
    omraade: input.omraade, ramme: r, udgift, helaarsforanstaltninger: total, overskridelse: over, linjer,
    prisaendring: ratio === null ? null : ratio - 1, flyt, maal: input.maal,
  };
}

/** The Danish sentence for the budget text (the figures as the sheet shows them when it was made). */
export function rammeTekst(t: Rammetilpasning, linjer: readonly RammeLinje[]): string {
  if (t.ramme === null || t.overskridelse === null) return msg.rammeUdenRamme(t.omraade);
  const f = t.flyt;
  const fraHaap = f ? (linjer.find((l) => l.foranstaltning === f.fra)?.haap ?? 0) : 0;
  return msg.rammeTekst({
    omraade: t.omraade, ramme: t.ramme, udgift: t.udgift, helaarsforanstaltninger: t.helaarsforanstaltninger, overskridelse: t.overskridelse,
    prisaendring: t.prisaendring,
    flyt: f && f.haap !== null ? { fra: f.fra, til: f.til, haap: f.haap, muligt: f.muligt, fraHaap, andelFoer: f.andelFoer, andelEfter: f.andelEfter, maal: t.maal } : null,
  });
}
