// The one shape of a table read from anywhere (core/table.ts), and what counts as a blank cell: the
// readers skip blank rows and report a blank required cell, so a 0 must never pass for blank.
import { isBlank, type TableData } from "../../src/core";

describe("isBlank", () => {
  it("is true for null, undefined, the empty text and text of only spaces (also tab and no-break space)", () => {
    expect([null, undefined, "", "   ", "\t", "\u00a0", " \n "].map(isBlank)).toEqual([true, true, true, true, true, true, true]);
  });

  it("is false for any value: 0, '0', false, a text with a letter, a date serial, NaN", () => {
    expect([0, "0", false, "x", " a ", 45658, Number.NaN, -0].map(isBlank)).toEqual([false, false, false, false, false, false, false, false]);
  });

  it("is false for an object (a linked data type or a Date read from a file is not blank)", () => {
    expect(isBlank(new Date(2025, 0, 1))).toBe(false);
    expect(isBlank({ type: "Entity" })).toBe(false);
  });
});

describe("TableData", () => {
  it("holds the header and the rows as raw values: a blank row is one whose every cell is blank", () => {
    const t: TableData = { header: ["Cpr-nr.", "Takst"], rows: [["010190-1234", 30000], [null, "  "], ["", 0]] };
    expect(t.rows.map((r) => r.every(isBlank))).toEqual([false, true, false]);
  });
});
