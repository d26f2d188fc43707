// What a person types into the task pane's fields, read in one place: years, months, counts, amounts,
// shares and hours. Each kind has one rule and one Danish message with an example (messages.ts
// `field`), so the same bad year gets the same answer in every panel and a flow checking a request
// uses the same rule as the field that produced it.
import { msg } from "./messages";
import { parseAmount, parseFraction } from "./numbers";

/** The budget years the add-in works with; one range for every panel and flow. */
export const BUDGET_YEAR_MIN = 2000;
export const BUDGET_YEAR_MAX = 2100;

export type FieldReading = { ok: true; value: number } | { ok: false; message: string };

const good = (value: number): FieldReading => ({ ok: true, value });
const bad = (message: string): FieldReading => ({ ok: false, message });

/** Is this a budget year the add-in accepts (whole, 2000–2100)? */
export function isBudgetYear(year: number): boolean {
  return Number.isInteger(year) && year >= BUDGET_YEAR_MIN && year <= BUDGET_YEAR_MAX;
}

/** Four digits, nothing else: "2025,5", "20.25" and "2025 " with a letter are not years. */
export function readYear(text: string): FieldReading {
  const t = text.trim();
  if (!/^\d{4}$/.test(t) || !isBudgetYear(Number(t))) return bad(msg.field.year());
  return good(Number(t));
}

/** A month of the year by its number, 1–12. */
export function readMonth(text: string): FieldReading {
  const t = text.trim();
  if (!/^\d{1,2}$/.test(t) || Number(t) < 1 || Number(t) > 12) return bad(msg.field.month());
  return good(Number(t));
}

/** A whole count within bounds ("12", "1.000"); "1,5" and "abc" are not counts. */
export function readCount(text: string, min: number, max: number = Number.MAX_SAFE_INTEGER): FieldReading {
  const r = text.trim() === "" ? null : parseAmount(text);
  // Without an upper bound the message names only the lower one: "fra 1 til 9.007.199.254.740.991" helps nobody.
  const message = () => (max >= Number.MAX_SAFE_INTEGER ? msg.field.countAtLeast(min) : msg.field.count(min, max));
  if (r === null || !r.ok || !Number.isInteger(r.value) || r.value < min || r.value > max) return bad(message());
  return good(r.value);
}

/** Kroner in Danish notation; `min` 0 refuses a negative amount (a skøn of −5 is a typing error). */
export function readAmount(text: string, options: { min?: number } = {}): FieldReading {
  const r = text.trim() === "" ? null : parseAmount(text);
  if (r === null || !r.ok) return bad(msg.field.amount());
  if (options.min !== undefined && r.value < options.min) return bad(msg.field.amountAtLeast(options.min));
  return good(r.value);
}

/** A share of a whole, "60 %", "60,5 %" or "0,6", between 0 and 100 %; returned as a fraction. */
export function readShare(text: string): FieldReading {
  const t = text.trim();
  const r = t === "" ? null : parseFraction(t, { kind: "rate", nonNegative: true });
  if (r === null || !r.ok || r.value > 1) return bad(msg.field.share());
  return good(r.value);
}

/** Hours per week: 0 up to the week's 168 hours ("12", "12,5", "12 timer"). */
export function readHoursPerWeek(text: string): FieldReading {
  const t = text.trim().replace(/\s*(timer|time|t)\.?(\s*pr\.?\s*uge)?$/i, "");
  const r = t === "" ? null : parseAmount(t);
  if (r === null || !r.ok || r.value < 0 || r.value > 168) return bad(msg.field.hoursPerWeek());
  return good(r.value);
}
