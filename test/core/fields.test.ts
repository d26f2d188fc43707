// The task pane's fields: one rule and one message per kind (src/core/fields.ts).
import { msg, readAmount, readCount, readHoursPerWeek, readMonth, readShare, readYear } from "../../src/core";

const value = (r: { ok: boolean; value?: number }) => (r.ok ? r.value : "fejl");

describe("readYear", () => {
  test.each([["2025", 2025], [" 2000 ", 2000], ["2100", 2100]])("%s is the year %d", (text, year) => {
    expect(value(readYear(text))).toBe(year);
  });
  // A spinner turned "2025,5" into 20255; the year field is text and refuses it.
  test.each(["2025,5", "20255", "1999", "2101", "25", "", "abc", "2025.0", "2 025"])("%j is not a budget year", (text) => {
    expect(readYear(text)).toEqual({ ok: false, message: msg.field.year() });
  });
  it("says the one range with an example", () => {
    expect(msg.field.year()).toBe("Skriv et årstal mellem 2000 og 2100 med fire cifre, fx 2025.");
  });
});

describe("readMonth", () => {
  test.each([["1", 1], ["10", 10], ["12", 12]])("%s is month %d", (text, m) => expect(value(readMonth(text))).toBe(m));
  test.each(["0", "13", "1,5", "", "okt"])("%j is not a month", (text) => expect(readMonth(text).ok).toBe(false));
});

describe("readCount", () => {
  test.each([["12", 12], ["1", 1], ["120", 120]])("%s is %d", (text, n) => expect(value(readCount(text, 1, 120))).toBe(n));
  // "1,5" was shown as an error and yet saved as 1; "12.000.000" months was accepted.
  test.each(["1,5", "abc", "", "0", "121", "12.000.000", "-3"])("%j is refused", (text) => {
    expect(readCount(text, 1, 120)).toEqual({ ok: false, message: "Skriv et helt tal fra 1 til 120, fx 12." });
  });

  test("without an upper bound it names only the lower one, and takes any whole number from there", () => {
    expect(readCount("0", 1)).toEqual({ ok: false, message: "Skriv et helt tal på 1 eller derover, fx 12." });
    expect(readCount("2,5", 3)).toEqual({ ok: false, message: "Skriv et helt tal på 3 eller derover, fx 12." });
    expect(value(readCount("12.000.000", 1))).toBe(12_000_000);
  });
});

describe("readAmount", () => {
  test.each([["1.200.000", 1200000], ["75.000,50", 75000.5], ["0", 0]])("%s is %d kr.", (text, kr) => {
    expect(value(readAmount(text, { min: 0 }))).toBe(kr);
  });
  it("refuses a negative skøn with the floor and an example", () => {
    expect(readAmount("−5", { min: 0 })).toEqual({ ok: false, message: "Skriv et beløb på 0 kr. eller derover, fx 1.200.000." });
  });
  it("says how to write an amount, with an example", () => {
    expect(readAmount("12 34")).toEqual({ ok: false, message: "Skriv et beløb i kroner, fx 1.200.000 eller 75.000,50." });
    expect(readAmount("").ok).toBe(false);
  });
  it("accepts a negative amount where no floor is given", () => expect(value(readAmount("-4.483.562"))).toBe(-4483562));
});

describe("readShare", () => {
  test.each([["60 %", 0.6], ["0,6", 0.6], ["100 %", 1], ["0", 0], ["62,5 %", 0.625]])("%s is %d", (text, f) => {
    expect(value(readShare(text))).toBeCloseTo(f, 12);
  });
  // "150 %" was accepted and "-5" answered "-5 er større end 1".
  test.each(["150 %", "-5", "-5 %", "1,5", "", "meget"])("%j is refused", (text) => {
    expect(readShare(text)).toEqual({ ok: false, message: msg.field.share() });
  });
});

describe("readHoursPerWeek", () => {
  test.each([["12", 12], ["12,5", 12.5], ["12 timer", 12], ["168", 168], ["0", 0]])("%s is %d", (text, h) => {
    expect(value(readHoursPerWeek(text))).toBe(h);
  });
  test.each(["12.000.000", "169", "-1", "", "mange"])("%j is refused", (text) => expect(readHoursPerWeek(text).ok).toBe(false));
});
