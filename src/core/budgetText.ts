// Budgetbemærkninger (docs/domain.md §1.5): the controller's Danish paragraphs per område, generated from
// the figures. Pure, so every wording is pinned by tests with exact sentences. The sentences are the
// product of this module, so their wording lives here rather than in messages.ts.
import { formatNumber } from "./format";

export interface OmraadeFigures {
  /** As it reads after "på", e.g. "anbringelsesområdet". */
  omraade: string;
  year: number;
  haapForventet: number;
  haapBudget: number;
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
  return Math.abs(Math.round(v)) >= 1_000_000 ? `${formatNumber(v / 1_000_000, 1)} mio. kr.` : `${formatNumber(v, 0)} kr.`;
}

const pct = (fraction: number) => `${formatNumber(Math.abs(fraction) * 100, 1)} %`;
/** Rounded to what the text shows, so "uændret" is said exactly when the number would read 0,0 %. */
const pct1 = (fraction: number) => Math.round(fraction * 1000) / 10;

export function haapSentence(f: OmraadeFigures): string {
  const h = formatHaap(f.haapForventet);
  const unit = h === "1" ? "helårsperson" : "helårspersoner";
  const head = `Der forventes i ${f.year} i alt ${h} ${unit} på ${f.omraade}`;
  return formatHaap(f.haapBudget) === h ? `${head}, det samme som i budgettet.` : `${head} mod ${formatHaap(f.haapBudget)} i budgettet.`;
}

export function priceSentence(f: OmraadeFigures): string {
  const change = f.prisSidsteAar === 0 ? 0 : f.prisForventet / f.prisSidsteAar - 1;
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
