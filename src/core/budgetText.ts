// Budgetbemærkninger (docs/domain.md §1.5): the controller's Danish paragraphs per område, generated from
// the figures. Pure, so every wording is pinned by tests with exact sentences. The sentences are the
// product of this module, so their wording lives here rather than in messages.ts.
import { formatNumber, relativeChange, roundForDisplay } from "./format";

export interface OmraadeFigures {
  /** As it reads after "på", e.g. "anbringelsesområdet". */
  omraade: string;
  year: number;
  haapForventet: number;
  haapBudget: number;
  /** Last year's actual HÅP, when known: 0 means last year's GNS-pris cannot be computed (docs/domain.md §4). */
  haapSidsteAar?: number;
  /** Expected GNS-pris this year and last year's actual GNS-pris (the base for the price change). */
  prisForventet: number;
  prisSidsteAar: number;
  /** KL's pris- og lønskøn for the year as a fraction (0.042), when known. */
  pl?: number;
  /** Forventet regnskab and budget of the område in kr. */
  forventet: number;
  budget: number;
}

/** HÅP with one decimal, "108" rather than "108,0". */
export function formatHaap(v: number): string {
  return formatNumber(v, 1).replace(/,0$/, "");
}

/** An amount as Danish prose: "98,4 mio. kr." from 1 mio., otherwise "850.000 kr." */
export function formatAmountText(v: number): string {
  return Math.abs(roundForDisplay(v)) >= 1_000_000 ? `${formatNumber(v / 1_000_000, 1)} mio. kr.` : `${formatNumber(v, 0)} kr.`;
}

const pct = (fraction: number) => `${formatNumber(Math.abs(fraction) * 100, 1)} %`;
/** The percentage as the text shows it (one decimal), so "uændret" is said exactly when it reads 0,0 %. */
const pct1 = (fraction: number) => roundForDisplay(fraction * 100, 1);

/**
 * Why the price change cannot be stated, or undefined when it can. GNS-pris = amount ÷ HÅP, so HÅP 0 in
 * either year leaves no price to compare (docs/domain.md §4): such a price is never "uændret" or "falder 100 %".
 */
export function priceNotComputableReason(f: OmraadeFigures): string | undefined {
  const noneNow = !(f.haapForventet > 0) || !Number.isFinite(f.prisForventet);
  const noneBefore = f.haapSidsteAar !== undefined ? !(f.haapSidsteAar > 0) : false;
  const noPriceBefore = !noneBefore && !(f.prisSidsteAar > 0 && Number.isFinite(f.prisSidsteAar));
  if (noneNow && noneBefore) return `der hverken var helårspersoner i ${f.year - 1} eller forventes nogen i ${f.year}`;
  if (noneNow) return `der ikke forventes helårspersoner i ${f.year}`;
  if (noneBefore) return `der ikke var helårspersoner i ${f.year - 1}`;
  if (noPriceBefore) return `der ikke er en gennemsnitspris for ${f.year - 1}`;
  return undefined;
}

export function haapSentence(f: OmraadeFigures): string {
  const h = formatHaap(f.haapForventet);
  // The område's figure is a sum over its foranstaltninger (as the budget assumptions are given per
  // foranstaltning), so it is named helårsforanstaltninger, never HÅP (docs/domain.md §4).
  const unit = h === "1" ? "helårsforanstaltning" : "helårsforanstaltninger";
  const head = `Der forventes i ${f.year} i alt ${h} ${unit} på ${f.omraade}`;
  return formatHaap(f.haapBudget) === h ? `${head}, det samme som i budgettet.` : `${head} mod ${formatHaap(f.haapBudget)} i budgettet.`;
}

export function priceSentence(f: OmraadeFigures): string {
  const reason = priceNotComputableReason(f);
  if (reason) return `Gennemsnitsprisen kan ikke opgøres, fordi ${reason}.`;
  const change = relativeChange(f.prisForventet, f.prisSidsteAar);
  const shown = pct1(change);
  if (shown === 0) return `Gennemsnitsprisen forventes at være uændret i forhold til ${f.year - 1}.`;
  const verb = shown > 0 ? "stige" : "falde";
  const head = `Gennemsnitsprisen forventes at ${verb} ${pct(change)}`;
  if (f.pl === undefined) return `${head}.`;
  const pl = pct1(f.pl);
  if (shown === pl) return `${head} svarende til KL's pris- og lønskøn.`;
  if (shown > 0) return `${head}, hvilket er ${shown > pl ? "mere" : "mindre"} end KL's pris- og lønskøn på ${pct(f.pl)}.`;
  return `${head}, selvom KL's pris- og lønskøn er ${pct(f.pl)}.`;
}

export function amountSentence(f: OmraadeFigures): string {
  const diff = f.forventet - f.budget;
  const head = `Det forventede regnskab er ${formatAmountText(f.forventet)}`;
  if (formatAmountText(Math.abs(diff)) === formatAmountText(0) || formatAmountText(f.forventet) === formatAmountText(f.budget)) {
    return `${head}, svarende til budgettet.`;
  }
  // The sentence ends on "kr.", whose period is also the full stop.
  return `${head}, hvilket er ${formatAmountText(Math.abs(diff))} ${diff > 0 ? "mere" : "mindre"} end budgettet på ${formatAmountText(f.budget)}`;
}

/** The paragraph for one område: HÅP, price development, and the expected result against budget. */
export function budgetParagraph(f: OmraadeFigures): string {
  return [haapSentence(f), priceSentence(f), amountSentence(f)].join(" ");
}
