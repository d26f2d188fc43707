// Danish display formatting. Computation never rounds (docs/domain.md §3); only these functions do.
import { dayToYmd } from "./calendar";

const pad2 = (n: number) => String(n).padStart(2, "0");

/** The one list of Danish month abbreviations (index 0 = January), as the sheets print them. */
export const MONTHS_DA = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"] as const;

/** Day number → "dd.mm.åååå". */
export function formatDate(day: number): string {
  if (!Number.isFinite(day)) return String(day);
  const { y, m, d } = dayToYmd(day);
  return `${pad2(d)}.${pad2(m)}.${y}`;
}

/** Danish number with thousands dots and decimal comma, e.g. 1.200.000 or 102,2. */
export function formatNumber(value: number, decimals = 0): string {
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, frac] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const text = frac ? `${grouped},${frac}` : grouped;
  return negative && Number(fixed) !== 0 ? `-${text}` : text;
}

/** Kroner rounded to whole kroner: "1.200.000 kr." */
export function formatKr(value: number): string {
  return `${formatNumber(value, 0)} kr.`;
}

/** A fraction as a Danish percentage: 0.042 → "4,2 %". */
export function formatPercent(fraction: number, decimals = 1): string {
  return `${formatNumber(fraction * 100, decimals)} %`;
}
