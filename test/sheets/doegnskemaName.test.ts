// A Døgnskema sheet's name never carries a CPR number: sheet names travel with every copy of the
// file and show in tabs and formulas (docs/domain.md §3 for the spellings, §7 for CPR in files).
import { containsCpr } from "../../src/core";
import { doegnskemaSheetName } from "../../src/sheets/doegnskema";

describe("Døgnskema sheet name", () => {
  it.each([
    ["010190-1234"], ["0101901234"], ["010190 1234"], ["01 01 90\u20131234"], ["Anna 010190-1234"], ["010190-xxxx"], ["Anna 010190-####"],
    ["040490\u22124567"], ["060690\u20125678"], ["070790.6789 9"], ["Sager 0101901234 2"], ["2 0909901234"], ["'0101901234"], ["Anna (0101901234)"],
  ])(
    "hides the CPR in %p",
    (borger) => {
      expect(containsCpr(borger)).toBe(true);
      expect(doegnskemaSheetName(borger)).toBe("Døgnskema (cpr skjult)");
    },
  );

  it.each([["Borger A", "Døgnskema Borger A"], ["Værelse 12", "Døgnskema Værelse 12"], ["Nordly 2025", "Døgnskema Nordly 2025"]])(
    "keeps a pseudonym: %p",
    (borger, name) => {
      expect(containsCpr(borger)).toBe(false);
      expect(doegnskemaSheetName(borger)).toBe(name);
    },
  );
});
