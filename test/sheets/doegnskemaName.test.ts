// A Døgnskema sheet's name never carries a CPR number: sheet names travel with every copy of the
// file and show in tabs and formulas (docs/domain.md §3 for the spellings, §7 for CPR in files).
import { containsCpr, doegnskemaSheetName } from "../../src/sheets/doegnskema";

describe("Døgnskema sheet name", () => {
  it.each([["010190-1234"], ["0101901234"], ["010190 1234"], ["01 01 90\u20131234"], ["Anna 010190-1234"], ["010190-xxxx"]])(
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
