// Budgetbemærkninger (docs/domain.md §1.5): the controller's Danish paragraphs per område, generated from
// the figures. Pure, so every wording is pinned by tests with exact sentences. The sentences are the
// product of this module, so their wording lives here rather than in messages.ts.
import { formatKr, formatNumber, relativeChange, roundForDisplay } from "./format";

export interface OmraadeFigures {
  /** As it reads after "på", e.g. "anbringelsesområdet". */
  omraade: string;
  year: number;
  haapForventet: number;
  haapBudget: number;
  /** Last year's actual HÅP, when known: 0 means last year's GNS-pris cannot be computed (docs/domain.md §4). */
  haapSidsteAar?: number;
  /**
   * Last year's actual GNS-pris (the base for the price change). This year's expected price and the
   * budget price are not inputs: they are this paragraph's amounts ÷ its helårsforanstaltninger
   * (expectedPrice, budgetPrice), so the figures of a paragraph multiply out (docs/domain.md §4).
   */
  prisSidsteAar: number;
  /** KL's pris- og lønskøn for the year as a fraction (0.042), when known. */
  pl?: number;
  /** Forventet regnskab and budget of the område in kr. */
  forventet: number;
  budget: number;
}

/** The expected GNS-pris of the paragraph: its forventet regnskab ÷ its expected helårsforanstaltninger (NaN at 0). */
export function expectedPrice(f: OmraadeFigures): number {
  return f.haapForventet > 0 ? f.forventet / f.haapForventet : NaN;
}

/** The budget's GNS-pris of the paragraph: its budget ÷ its budget helårsforanstaltninger (NaN at 0). */
export function budgetPrice(f: OmraadeFigures): number {
  return f.haapBudget > 0 ? f.budget / f.haapBudget : NaN;
}

/**
 * The deviation from budget split into mængde- and priseffekt as the text states them in whole kroner:
 * the deviation and the mængdeeffekt are rounded as Excel's ROUND, the priseffekt is the rest, so the
 * two parts a reader adds give the deviation in the text to the krone (each part is within 1 kr. of
 * the unrounded split, docs/domain.md §4). Undefined when either year's price cannot be computed.
 */
export function textVarianceSplit(f: OmraadeFigures): { afvigelse: number; maengdeeffekt: number; priseffekt: number } | undefined {
  const pf = expectedPrice(f), pb = budgetPrice(f);
  if (!Number.isFinite(pf) || !Number.isFinite(pb)) return undefined;
  const afvigelse = roundForDisplay(f.forventet - f.budget);
  const maengdeeffekt = roundForDisplay((f.haapForventet - f.haapBudget) * pb);
  // 0 rather than -0 when the parts cancel.
  return { afvigelse, maengdeeffekt, priseffekt: afvigelse - maengdeeffekt + 0 };
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
  const noneNow = !Number.isFinite(expectedPrice(f));
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

/**
 * The two prices in kroner, so a reader can multiply: "Den forventede gennemsnitspris er 1.042.000 kr.
 * (forventet regnskab ÷ helårsforanstaltninger) mod 1.056.751 kr. i budgettet." Empty when this year's
 * price cannot be computed (priceSentence says why).
 */
export function pricesSentence(f: OmraadeFigures): string {
  const pf = expectedPrice(f), pb = budgetPrice(f);
  if (!Number.isFinite(pf)) return "";
  const head = `Den forventede gennemsnitspris er ${formatKr(pf)} (forventet regnskab ÷ helårsforanstaltninger)`;
  return Number.isFinite(pb) ? `${head} mod ${formatKr(pb)} i budgettet.` : `${head}; budgettet har ingen helårsforanstaltninger og dermed ingen pris.`;
}

export function priceSentence(f: OmraadeFigures): string {
  const reason = priceNotComputableReason(f);
  if (reason) return `Gennemsnitsprisen kan ikke opgøres, fordi ${reason}.`;
  const change = relativeChange(expectedPrice(f), f.prisSidsteAar);
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

/** The text calls the result "svarende til budgettet" when the difference or the two amounts read the same. */
function asBudget(f: OmraadeFigures): boolean {
  return formatAmountText(Math.abs(f.forventet - f.budget)) === formatAmountText(0) || formatAmountText(f.forventet) === formatAmountText(f.budget);
}

export function amountSentence(f: OmraadeFigures): string {
  const diff = f.forventet - f.budget;
  const head = `Det forventede regnskab er ${formatAmountText(f.forventet)}`;
  if (asBudget(f)) return `${head}, svarende til budgettet.`;
  // The sentence ends on "kr.", whose period is also the full stop.
  return `${head}, hvilket er ${formatAmountText(Math.abs(diff))} ${diff > 0 ? "mere" : "mindre"} end budgettet på ${formatAmountText(f.budget)}`;
}

/**
 * What the deviation consists of, in whole kroner that add up (textVarianceSplit): "Afvigelsen på
 * -547.092 kr. består af en mængdeeffekt på 3.780.000 kr. og en priseffekt på -4.327.092 kr." Empty
 * when there is no deviation to split or a price cannot be computed.
 */
export function splitSentence(f: OmraadeFigures): string {
  const s = textVarianceSplit(f);
  // A result "svarende til budgettet" has no deviation in the text to split.
  if (!s || s.afvigelse === 0 || asBudget(f)) return "";
  return `Afvigelsen på ${formatKr(s.afvigelse)} består af en mængdeeffekt på ${formatKr(s.maengdeeffekt)} (ændret antal helårsforanstaltninger til budgettets pris) ` +
    `og en priseffekt på ${formatKr(s.priseffekt)} (ændret gennemsnitspris).`;
}

/** The paragraph for one område: HÅP, prices, price development, the expected result against budget and its split. */
export function budgetParagraph(f: OmraadeFigures): string {
  return [haapSentence(f), pricesSentence(f), priceSentence(f), amountSentence(f), splitSentence(f)].filter((x) => x !== "").join(" ");
}
