// Danish number notation (docs/domain.md §3): "1.200.000", "75.000,50", "kr. 1.200", "-4.483.562",
// percentages "4,2 %" or 0,042. A bare number above 1 where a fraction is expected is an error.
import { fail, ok, type Result } from "./result";
import { msg } from "./messages";

const GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/; // 1.200.000 or 75.000,50
const PLAIN_COMMA = /^\d+(,\d+)?$/; // 1200 or 1200,5
const PLAIN_DOT = /^\d+\.\d+$/; // 1200.5 — a value copied from an English source

/** Parses an amount in kroner. Empty input is an error: a missing takst is never 0. */
export function parseAmount(input: unknown): Result<number> {
  if (typeof input === "number") {
    return Number.isFinite(input) ? ok(input) : fail("number.notFinite", msg.numberNotFinite(String(input)));
  }
  if (typeof input !== "string") return fail("number.invalid", msg.numberInvalid(String(input)));
  let text = input.trim().replace(/\u00a0/g, " ");
  if (text === "") return fail("number.invalid", msg.numberInvalid("(tom)"));
  text = text.replace(/^kr\.?\s*/i, "").replace(/\s*(kr\.?|dkk)$/i, "").replace(/\s/g, "");
  // "1.200,-" / "1.200,–": Danish for whole kroner.
  text = text.replace(/,[-–]$/, "");
  let sign = 1;
  if (/^[-−–]/.test(text)) {
    sign = -1;
    text = text.slice(1);
  }
  let value: number;
  if (GROUPED.test(text)) value = Number(text.replace(/\./g, "").replace(",", "."));
  else if (PLAIN_COMMA.test(text)) value = Number(text.replace(",", "."));
  else if (PLAIN_DOT.test(text)) value = Number(text);
  else return fail("number.invalid", msg.numberInvalid(input));
  if (!Number.isFinite(value)) return fail("number.notFinite", msg.numberNotFinite(input));
  return ok(sign * value);
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
  const label = String(input);
  if (typeof input === "string" && /%\s*$/.test(input.trim())) {
    const r = parseAmount(input.trim().replace(/\s*%\s*$/, ""));
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
