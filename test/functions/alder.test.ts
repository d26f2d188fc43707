// SOC.ALDER as Excel calls it: the CPR as text or as a number that lost its leading zero, the date
// as a serial or Danish text, blanks as null/""/0. Ages counted by hand from the CPR digits.
import { ymdToDay } from "../../src/core";
import { excelError, installCustomFunctionsStub } from "./customFunctionsStub";
import { alder } from "./loose";

installCustomFunctionsStub();

describe("SOC.ALDER", () => {
  it("gives the age in whole years at the date (born 15.06.2008: 17 on 14.06.2026, 18 on 15.06.2026)", () => {
    expect(alder("150608-4123", ymdToDay(2026, 6, 14))).toBe(17);
    expect(alder("1506084123", "15.06.2026")).toBe(18);
    expect(alder([["150608-4123"]], [[ymdToDay(2026, 6, 15)]])).toBe(18);
  });

  it("follows the century rule and substitute days", () => {
    expect(alder("010137-4123", "01.01.2026")).toBe(89); // digit 4, YY 37 > 36 → 1937
    expect(alder("010158-5123", "01.01.2026")).toBe(168); // digit 5, YY 58 > 57 → 1858
    expect(alder("750612-4123", "15.06.2026")).toBe(14); // day 75 − 60 = 15 → 15.06.2012
    expect(alder(101904123, "31.12.2026")).toBe(36); // 010190-4123 typed as a number
  });

  it("uses today when the date is left out or blank", () => {
    const now = new Date();
    const expected = now.getFullYear() - 2008 - (now.getMonth() + 1 < 6 || (now.getMonth() + 1 === 6 && now.getDate() < 15) ? 1 : 0);
    expect(alder("150608-4123")).toBe(expected);
    expect(alder("150608-4123", null)).toBe(expected);
    expect(alder("150608-4123", 0)).toBe(expected);
  });

  it("is #VALUE! with a Danish message for a CPR without a birth date, a masked CPR, a truth value or a blank", () => {
    const e = excelError(() => alder("310290-1234", "01.01.2026"));
    expect([e.code, e.message]).toEqual(["#VALUE!", "cpr: 310290-1234 indeholder ikke en gyldig fødselsdato"]);
    expect(excelError(() => alder("150608-xxxx")).message).toBe("cpr: 150608-xxxx er ikke et cpr-nummer på formen DDMMÅÅ-SSSS");
    expect(excelError(() => alder(true)).code).toBe("#VALUE!");
    expect(excelError(() => alder("")).message).toBe("cpr: skal udfyldes");
    expect(excelError(() => alder("150608-4123", "1.6.26")).code).toBe("#VALUE!");
  });

  it("is #NUM! for a date before the birth", () => {
    const e = excelError(() => alder("150608-4123", "14.06.2008"));
    expect([e.code, e.message]).toEqual(["#NUM!", "dato: 14.06.2008 ligger før fødselsdatoen 15.06.2008"]);
  });
});
