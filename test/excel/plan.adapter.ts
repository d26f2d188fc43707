// What the Office writer sends for each kind of cell: text stays text even where Excel would read it
// as a formula, number, date, time or truth value when typed.
import { officeCell, freeName } from "../../src/excel/plan";

describe("officeCell", () => {
  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["-4.483.562", "'-4.483.562"],
    ["1:3", "'1:3"],
    ["01.02.2025", "'01.02.2025"],
    ["1.200", "'1.200"],
    ["4,2 %", "'4,2 %"],
    ["kr. 1.200", "'kr. 1.200"],
    ["SAND", "'SAND"],
    ["2025-01-02", "'2025-01-02"],
    ["610190-1234", "'610190-1234"], // harmless: a CPR number stays text either way
    ["Plejefamilie", "Plejefamilie"],
    ["5.28.21", "'5.28.21"],
    ["Alle ugens 7 dage", "Alle ugens 7 dage"],
  ])("keeps the text %p as text", (text, sent) => {
    expect(officeCell(text)).toBe(sent);
  });

  it("sends numbers and booleans as they are, formulas with =, empty as ''", () => {
    expect(officeCell(1200000.5)).toBe(1200000.5);
    expect(officeCell(true)).toBe(true);
    expect(officeCell({ f: "B1*2" })).toBe("=B1*2");
    expect(officeCell(null)).toBe("");
  });
});

describe("freeName", () => {
  it("finds the first free name within 31 characters, ignoring case", () => {
    expect(freeName("Disponering 2025", new Set(["disponering 2025", "Disponering 2025 (2)"]))).toBe("Disponering 2025 (3)");
    const long = "Budgetmodel for Botilbud Nordly"; // 31 characters
    expect(freeName(long, new Set([long]))).toBe("Budgetmodel for Botilbud No (2)");
  });
});
