// Rate units as a declarative table (docs/habits.md §3): each unit's text variants, how many days one
// unit of rate covers, and the same rule as Excel formula text for the generated sheets. The engine
// (disponering.ts), the sheet formulas and the sheets' drop-down list all read UNIT_RULES.
import { daysInMonth, daysInYear } from "./calendar";
import { fail, ok, type Result } from "./result";
import { msg } from "./messages";

export type Unit = "måned" | "døgn" | "uge" | "år";

export interface UnitRule {
  unit: Unit;
  /** Days one unit of rate covers, in a month of `monthDays` days of a year of `yearDays` days. */
  days: (monthDays: number, yearDays: number) => number;
  /** The same when it does not depend on the calendar (lets a period sum skip the month walk). */
  fixedDays?: number;
  /** One day's share of one unit (1 / days) as an Excel formula on the month's first day `monthStart`. */
  dayFactorFormula: (monthStart: string) => string;
  /**
   * The amount of rate 1 over `days` days (a formula) of budget year `Y`, where `months` is the same
   * period counted in (fractional) calendar months.
   */
  periodFormula: (days: string, months: string, Y: string) => string;
}

/** The default unit first: an empty or unknown unit cell counts as måned in every sheet formula. */
export const UNIT_RULES: readonly UnitRule[] = [
  {
    unit: "måned", days: (monthDays) => monthDays,
    dayFactorFormula: (h) => `1/DAY(EOMONTH(${h},0))`, periodFormula: (_days, months) => months,
  },
  {
    unit: "døgn", days: () => 1, fixedDays: 1,
    dayFactorFormula: () => "1", periodFormula: (days) => days,
  },
  {
    unit: "uge", days: () => 7, fixedDays: 7,
    dayFactorFormula: () => "1/7", periodFormula: (days) => `${days}/7`,
  },
  {
    unit: "år", days: (_monthDays, yearDays) => yearDays,
    dayFactorFormula: (h) => `1/(DATE(YEAR(${h})+1,1,1)-DATE(YEAR(${h}),1,1))`,
    periodFormula: (days, _months, Y) => `${days}/(DATE(${Y}+1,1,1)-DATE(${Y},1,1))`,
  },
];

export const UNITS: readonly Unit[] = UNIT_RULES.map((r) => r.unit);
const RULE_OF = Object.fromEntries(UNIT_RULES.map((r) => [r.unit, r])) as Record<Unit, UnitRule>;

export function unitRule(unit: Unit): UnitRule {
  return RULE_OF[unit];
}

/** "måned, døgn, uge eller år". */
export const UNITS_TEXT = `${UNITS.slice(0, -1).join(", ")} eller ${UNITS[UNITS.length - 1]}`;

/**
 * An Excel formula choosing by the unit text in `unitCell`: IF(cell="døgn",…,IF(cell="uge",…,…)),
 * with the default unit (måned) as the last branch.
 */
export function unitFormula(unitCell: string, pick: (rule: UnitRule) => string): string {
  const [fallback, ...others] = UNIT_RULES;
  return others.reduceRight((inner, r) => `IF(${unitCell}="${r.unit}",${pick(r)},${inner})`, pick(fallback));
}

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
  return 1 / unitRule(unit).days(daysInMonth(y, m), daysInYear(y));
}
