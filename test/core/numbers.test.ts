// docs/domain.md §3: money and percentages in Danish notation.
import fc from "fast-check";
import { parseAmount, parseFraction, formatNumber, formatKr, formatPercent, roundForDisplay } from "../../src/core";
import { problem, value } from "./builders";

describe("parseAmount", () => {
  test.each<[unknown, number]>([
    ["1.200.000", 1200000],
    ["75.000,50", 75000.5],
    ["kr. 1.200", 1200],
    ["kr 1.200", 1200],
    ["1.200 kr.", 1200],
    ["1.200 DKK", 1200],
    ["-4.483.562", -4483562],
    ["−4.483.562", -4483562], // typographic minus, as pasted from Word reports
    ["1.200", 1200], // a dot followed by three digits is a thousands separator in Danish
    ["1200", 1200],
    ["1200,5", 1200.5],
    ["0,042", 0.042],
    ["1 200 000", 1200000],
    ["1\u00a0200\u00a0000", 1200000],
    ["  75.000,50  ", 75000.5],
    ["kr. 1.200,-", 1200], // ",-" marks whole kroner
    ["75.000,–", 75000],
    ["1200.5", 1200.5], // copied from an English source: not three digits after the dot
    [75000.5, 75000.5],
    [0, 0],
    [-12, -12],
  ])("%p → %p", (input, expected) => {
    expect(value(parseAmount(input))).toBe(expected);
  });

  test.each<[unknown, string]>([
    ["abc", "abc er ikke et gyldigt beløb"],
    ["12.34.567", "12.34.567 er ikke et gyldigt beløb"],
    ["1,200,000", "1,200,000 er ikke et gyldigt beløb"],
    ["", "(tom) er ikke et gyldigt beløb"],
    ["   ", "(tom) er ikke et gyldigt beløb"],
    [null, "(tom) er ikke et gyldigt beløb"],
    [true, "SAND er ikke et gyldigt beløb"],
  ])("%p is rejected", (input, message) => {
    const p = problem(parseAmount(input));
    expect(p.code).toBe("number.invalid");
    expect(p.message).toBe(message);
    expect(p.severity).toBe("fejl");
  });

  test("non-finite numbers are rejected", () => {
    expect(problem(parseAmount(Infinity)).code).toBe("number.notFinite");
    expect(problem(parseAmount(Number.NaN)).message).toBe("NaN er ikke et endeligt tal");
  });
});

describe("parseFraction", () => {
  test.each<[unknown, number]>([
    ["4,2 %", 0.042],
    ["4,2%", 0.042],
    ["0,042", 0.042],
    [0.042, 0.042],
    ["40%", 0.4],
    ["40 %", 0.4],
    ["0,4", 0.4],
    [0.4, 0.4],
    ["100 %", 1],
    [1, 1],
    [0, 0],
    ["0 %", 0],
  ])("%p → %p", (input, expected) => {
    expect(value(parseFraction(input))).toBeCloseTo(expected, 15);
  });

  test("a bare number above 1 as a probability is an error, not a percent", () => {
    for (const input of [40, "40", "1,5", 1.0001]) {
      const p = problem(parseFraction(input));
      expect(p.code).toBe("percent.aboveOne");
      expect(p.message).toBe(`${String(input)} er større end 1 — skriv sandsynligheden som 0,4 eller 40 %`);
    }
  });

  test("a bare number above 1 as a rate gets the rate message", () => {
    const p = problem(parseFraction("4,2", { kind: "rate" }));
    expect(p.code).toBe("percent.aboveOne");
    expect(p.message).toBe("4,2 er større end 1 — skriv satsen som 0,042 eller 4,2 %");
  });

  test("a probability above 100 % is an error; a rate above 100 % is allowed", () => {
    expect(problem(parseFraction("150 %")).code).toBe("percent.aboveOne");
    expect(value(parseFraction("150 %", { kind: "rate" }))).toBeCloseTo(1.5, 15);
  });

  test("negative fractions: allowed for a rate (PL can be negative), rejected with nonNegative", () => {
    expect(value(parseFraction("-0,5 %", { kind: "rate" }))).toBeCloseTo(-0.005, 15);
    const p = problem(parseFraction("-0,1", { nonNegative: true }));
    expect(p.code).toBe("percent.negative");
    expect(p.message).toBe("-0,1 er negativ — sandsynligheden skal ligge mellem 0 og 1");
    expect(problem(parseFraction("-40 %", { nonNegative: true })).code).toBe("percent.negative");
  });

  test("text that is not a percentage", () => {
    const p = problem(parseFraction("fyrre procent"));
    expect(p.code).toBe("percent.invalid");
    expect(p.message).toBe("fyrre procent er ikke en gyldig procentsats");
    expect(problem(parseFraction("abc %")).message).toBe("abc % er ikke en gyldig procentsats");
  });
});

describe("display formatting (rounds only here)", () => {
  test("formatNumber", () => {
    expect(formatNumber(1200000)).toBe("1.200.000");
    expect(formatNumber(-4483562)).toBe("-4.483.562");
    expect(formatNumber(75000.5, 2)).toBe("75.000,50");
    expect(formatNumber(102.24, 1)).toBe("102,2");
    expect(formatNumber(999.6)).toBe("1.000");
    expect(formatNumber(-0.4)).toBe("0");
  });
  test("formatKr and formatPercent", () => {
    expect(formatKr(975000)).toBe("975.000 kr.");
    expect(formatPercent(0.042)).toBe("4,2 %");
  });
});

describe("properties", () => {
  test("what formatNumber writes, parseAmount reads back (to the decimals shown)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 2 }), (cents, decimals) => {
        const v = cents / 100;
        const shown = formatNumber(v, decimals);
        // The text shows Excel's ROUND of the decimal value (docs/domain.md §3), not toFixed on the float.
        expect(value(parseAmount(shown))).toBeCloseTo(roundForDisplay(v, decimals), decimals + 2);
      }),
    );
  });
});
