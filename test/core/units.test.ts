// Rate units (docs/domain.md §2–§4): måned, døgn, uge, år and the ways consultants write them.
import { dayFactor, UNIT_RULES, UNITS, UNITS_TEXT, parseUnit, unitFormula } from "../../src/core";
import { problem, value } from "./builders";

describe("parseUnit", () => {
  test.each<[unknown, string]>([
    ["måned", "måned"], ["Måned", "måned"], ["mdl.", "måned"], ["md", "måned"], ["pr. måned", "måned"], ["maaned", "måned"],
    ["døgn", "døgn"], ["Døgn", "døgn"], ["doegn", "døgn"], ["dag", "døgn"], ["pr. døgn", "døgn"],
    ["uge", "uge"], ["Ugentlig", "uge"], ["pr. uge", "uge"],
    ["år", "år"], ["aar", "år"], ["Årlig", "år"], ["pr. år", "år"],
    ["", "måned"], [null, "måned"], [undefined, "måned"],
  ])("%p → %s", (input, unit) => {
    expect(value(parseUnit(input))).toBe(unit);
  });

  test("unknown units are errors", () => {
    const p = problem(parseUnit("kvartal"));
    expect(p.code).toBe("unit.invalid");
    expect(p.message).toBe("kvartal er ikke en kendt takstenhed (måned, døgn, uge eller år)");
    expect(problem(parseUnit(7)).code).toBe("unit.invalid");
  });

  test("UNITS lists the four units", () => {
    expect(UNITS).toEqual(["måned", "døgn", "uge", "år"]);
  });
});

describe("UNIT_RULES: one table for the engine, the sheet formulas and the drop-down", () => {
  test("day factors: 1 day of March 2024 at rate 1 per unit (31-day month, 366-day leap year)", () => {
    expect(dayFactor("måned", 2024, 3)).toBe(1 / 31);
    expect(dayFactor("døgn", 2024, 3)).toBe(1);
    expect(dayFactor("uge", 2024, 3)).toBe(1 / 7);
    expect(dayFactor("år", 2024, 3)).toBe(1 / 366);
  });

  test("the Excel chooser tests døgn, uge, år in turn and falls back to måned (empty or unknown unit)", () => {
    expect(unitFormula("$I7", (u) => u.dayFactorFormula("L$5"))).toBe(
      'IF($I7="døgn",1,IF($I7="uge",1/7,IF($I7="år",1/(DATE(YEAR(L$5)+1,1,1)-DATE(YEAR(L$5),1,1)),1/DAY(EOMONTH(L$5,0)))))',
    );
    expect(unitFormula("G7", (u) => u.periodFormula("D", "M", "$B$3"))).toBe(
      'IF(G7="døgn",D,IF(G7="uge",D/7,IF(G7="år",D/(DATE($B$3+1,1,1)-DATE($B$3,1,1)),M)))',
    );
  });

  test("the drop-down list and its message come from the same table", () => {
    expect(UNIT_RULES.map((r) => r.unit)).toEqual(UNITS);
    expect(UNITS_TEXT).toBe("måned, døgn, uge eller år");
  });
});
