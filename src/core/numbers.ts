// Danish number notation (docs/domain.md §3): "1.200.000", "75.000,50", "kr. 1.200", "-4.483.562",
// percentages "4,2 %" or 0,042. A bare number above 1 where a fraction is expected is an error.
import { fail, ok, type Result } from "./result";
import { msg } from "./messages";

const GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/; // 1.200.000 or 75.000,50
const SPACE_GROUPED = /^\d{1,3}( \d{3})+(,\d+)?$/; // 1 200 000 (space as the thousands separator)
const PLAIN_COMMA = /^\d+(,\d+)?$/; // 1200 or 1200,5
const PLAIN_DOT = /^\d+\.\d+$/; // 1200.5 — a value copied from an English source
/**
 * No amount is longer: 1,8e308 written out with separators is ~420 characters. A longer cell is
 * refused before any expression sees it (a 32.767-character cell costs nothing).
 */
const MAX_AMOUNT_TEXT = 500;

/** Removes a trailing "kr", "kr." or "dkk" (any case) and the spaces before it; a scan, not a regex. */
function withoutCurrencySuffix(text: string): string {
  const lower = text.slice(-4).toLowerCase();
  const cut = lower.endsWith("kr.") ? 3 : lower.endsWith("kr") ? 2 : lower.endsWith("dkk") ? 3 : 0;
  return cut === 0 ? text : text.slice(0, -cut).trimEnd();
}

/**
 * Parses an amount in kroner. Empty input is an error: a missing takst is never 0. Every step is
 * linear in the text: anchored expressions without nested quantifiers, and the currency suffix by
 * scanning (`\s*(kr\.?|dkk)$` took seconds on a long cell).
 */
export function parseAmount(input: unknown): Result<number> {
  if (typeof input === "number") {
    return Number.isFinite(input) ? ok(input) : fail("number.notFinite", msg.numberNotFinite(String(input)));
  }
  if (input !== null && typeof input === "object" && !(input instanceof Date)) return fail("value.linked", msg.linkedDataType());
  if (typeof input !== "string") return fail("number.invalid", msg.numberInvalid(describeValue(input)));
  if (input.length > MAX_AMOUNT_TEXT) return fail("number.invalid", msg.numberInvalid(input));
  // No-break and narrow no-break spaces are what Excel and Word put between thousands.
  let text = input.replace(/[\u00a0\u202f]/g, " ").trim();
  if (text === "") return fail("number.invalid", msg.numberInvalid("(tom)"));
  text = text.replace(/^kr\.?\s*/i, "");
  text = withoutCurrencySuffix(text);
  // "1.200,-" / "1.200,–": Danish for whole kroner.
  text = text.replace(/,[-–]$/, "");
  let sign = 1;
  if (/^[-−–]/.test(text)) {
    sign = -1;
    text = text.slice(1).trimStart();
  }
  // A space is allowed only as a thousands separator (docs/domain.md §3): "1 200" is 1200, "12 34" an error.
  if (SPACE_GROUPED.test(text)) text = text.replace(/ /g, "");
  let value: number;
  if (GROUPED.test(text)) value = Number(text.replace(/\./g, "").replace(",", "."));
  else if (PLAIN_COMMA.test(text)) value = Number(text.replace(",", "."));
  else if (PLAIN_DOT.test(text)) value = Number(text);
  else return fail("number.invalid", msg.numberInvalid(input));
  if (!Number.isFinite(value)) return fail("number.notFinite", msg.numberNotFinite(input));
  return ok(sign * value);
}

/**
 * A cell value named for a message. Linked data types (Stocks, Geography …) arrive in custom
 * functions as objects; "[object Object]" tells the user nothing.
 */
export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return "(tom)";
  if (typeof v === "boolean") return v ? "SAND" : "FALSK";
  if (typeof v === "object" && !(v instanceof Date)) return "(datatype)";
  return String(v);
}

export interface FractionOptions {
  /** Reject values below 0 (probabilities). */
  nonNegative?: boolean;
  /** Which message a bare number above 1 gets. */
  kind?: "probability" | "rate";
}

/**
 * Parses a percentage or fraction into a fraction: "4,2 %" → 0.042, "0,4" → 0.4, 0.4 → 0.4,
 * "40%" → 0.4. A bare number above 1 is an error, not a percent.
 */
export function parseFraction(input: unknown, options: FractionOptions = {}): Result<number> {
  const kind = options.kind ?? "probability";
  let value: number;
  const label = describeValue(input);
  if (typeof input === "string" && input.length <= MAX_AMOUNT_TEXT && input.trim().endsWith("%")) {
    const r = parseAmount(input.trim().slice(0, -1).trimEnd());
    if (!r.ok) return fail("percent.invalid", msg.percentInvalid(input));
    value = r.value / 100;
  } else {
    const r = parseAmount(input);
    if (!r.ok) return fail("percent.invalid", msg.percentInvalid(label));
    value = r.value;
    if (Math.abs(value) > 1) {
      return kind === "probability"
        ? fail("percent.aboveOne", msg.probabilityAboveOne(label))
        : fail("percent.aboveOne", msg.rateAboveOne(label));
    }
  }
  if (options.nonNegative && value < 0) return fail("percent.negative", msg.probabilityNegative(label));
  if (kind === "probability" && value > 1) return fail("percent.aboveOne", msg.probabilityAboveOne(label));
  return ok(value);
}
