// Danish display formatting. Computation never rounds (docs/domain.md §3); only these functions do, and
// all of them round through roundForDisplay so a figure reads the same in every text, table and pane.
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

/**
 * The decimal digits of |value| as Excel sees them: at most 15 significant digits (Excel keeps 15), which
 * is the shortest decimal that reads back as the same double whenever that has ≤ 15 digits. 1.005 is the
 * double 1.00499999999999989…, but its decimal value — the one the user typed and sees — is 1,005.
 */
function decimalDigits(value: number): { digits: string; pointAt: number } {
  const [mantissa, exp] = Math.abs(value).toPrecision(15).split("e");
  const [whole, frac = ""] = mantissa.split(".");
  const digits = (whole + frac).replace(/^0+/, "");
  const leadingZeros = (whole + frac).length - (whole + frac).replace(/^0+/, "").length;
  // pointAt: how many of `digits` stand before the decimal point (negative for 0,00x).
  return { digits, pointAt: whole.length - leadingZeros + Number(exp ?? 0) };
}

/**
 * Excel's ROUND(value; decimals) as the fixed-point text "123.45" (no grouping, "." as point): half away
 * from zero on the decimal value, never `toFixed` on the binary float (docs/domain.md §3). 1,005 → "1.01",
 * 0,35 → "0.4", −2,5 → "-3". Excel documents ROUND as rounding to num_digits decimal places
 * (https://learn.microsoft.com/en-us/previous-versions/office/developer/office-2010/ff196588(v=office.14)),
 * and rounds halves away from zero.
 */
export function roundedText(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return String(value);
  const { digits, pointAt } = decimalDigits(value);
  // Keep pointAt + decimals digits; the next one decides the rounding.
  const keep = pointAt + decimals;
  let kept: string;
  if (keep < 0 || digits === "") kept = "";
  else {
    const head = digits.slice(0, keep).padEnd(keep, "0");
    const roundUp = Number(digits[keep] ?? "0") >= 5;
    kept = roundUp ? addOne(head) : head;
  }
  // kept holds the scaled integer |value| × 10^decimals, possibly empty (= 0).
  const scaled = (kept.replace(/^0+/, "") || "0").padStart(decimals + 1, "0");
  const whole = scaled.slice(0, scaled.length - decimals);
  const frac = scaled.slice(scaled.length - decimals);
  const text = decimals > 0 ? `${whole}.${frac}` : whole;
  return value < 0 && /[1-9]/.test(scaled) ? `-${text}` : text;
}

function addOne(digits: string): string {
  if (digits === "") return "1";
  const out = digits.split("");
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === "9") out[i] = "0";
    else {
      out[i] = String(Number(out[i]) + 1);
      return out.join("");
    }
  }
  return `1${out.join("")}`;
}

/** Excel's ROUND as a number: what a figure is when shown with `decimals` decimals. */
export function roundForDisplay(value: number, decimals = 0): number {
  return Number.isFinite(value) ? Number(roundedText(value, decimals)) : value;
}

/** Danish number with thousands dots and decimal comma, e.g. 1.200.000 or 102,2. */
export function formatNumber(value: number, decimals = 0): string {
  const fixed = roundedText(value, decimals);
  if (!Number.isFinite(value)) return fixed;
  const negative = fixed.startsWith("-");
  const [whole, frac] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const text = frac ? `${grouped},${frac}` : grouped;
  return negative ? `-${text}` : text;
}

/** Kroner rounded to whole kroner: "1.200.000 kr." */
export function formatKr(value: number): string {
  return `${formatNumber(value, 0)} kr.`;
}

/** A fraction as a Danish percentage: 0.042 → "4,2 %". */
export function formatPercent(fraction: number, decimals = 1): string {
  return `${formatNumber(fraction * 100, decimals)} %`;
}

/** Change from b to f as a fraction, (f − b) / b (docs/domain.md §3): +500 on 1.000.000 is 0,0005, not f/b − 1. */
export function relativeChange(f: number, b: number): number {
  return (f - b) / b;
}
