// Rate units (docs/domain.md §2–§4): måned, døgn, uge, år and the ways consultants write them.
import { UNITS, parseUnit } from "../../src/core";
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
