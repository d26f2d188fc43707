// Rate units as a declarative table (docs/habits.md §3): each unit's text variants and how many of its
// units one day in a given month is worth. Sheet formulas mirror these factors.
import { daysInMonth, daysInYear } from "./calendar";
import { fail, ok, type Result } from "./result";
import { msg } from "./messages";

export type Unit = "måned" | "døgn" | "uge" | "år";
export const UNITS: readonly Unit[] = ["måned", "døgn", "uge", "år"];

const UNIT_SYNONYMS: Record<string, Unit> = {
  "måned": "måned", "maaned": "måned", "maned": "måned", "mdl": "måned", "mdr": "måned", "md": "måned",
  "månedlig": "måned", "pr. måned": "måned", "per måned": "måned", "month": "måned",
  "døgn": "døgn", "doegn": "døgn", "dogn": "døgn", "dag": "døgn", "dagligt": "døgn", "pr. døgn": "døgn", "day": "døgn",
  "uge": "uge", "ugentlig": "uge", "pr. uge": "uge", "week": "uge",
  "år": "år", "aar": "år", "ar": "år", "årlig": "år", "pr. år": "år", "year": "år",
};

/** Parses a unit text; empty means the default, måned. */
export function parseUnit(input: unknown): Result<Unit> {
  if (input === null || input === undefined || input === "" || input === 0) return ok("måned");
  if (typeof input !== "string") return fail("unit.invalid", msg.unitInvalid(String(input)));
  const key = input.trim().toLowerCase().replace(/\.$/, "");
  const unit = UNIT_SYNONYMS[key];
  return unit ? ok(unit) : fail("unit.invalid", msg.unitInvalid(input));
}

/** Amount of one day at rate 1 in month (y, m). */
export function dayFactor(unit: Unit, y: number, m: number): number {
  switch (unit) {
    case "måned":
      return 1 / daysInMonth(y, m);
    case "døgn":
      return 1;
    case "uge":
      return 1 / 7;
    case "år":
      return 1 / daysInYear(y);
  }
}
