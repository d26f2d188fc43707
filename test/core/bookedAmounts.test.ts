// Booked amounts per konto and month, read with the core amount parser (docs/domain.md §3).
import { readBookedAmounts } from "../../src/core";

describe("readBookedAmounts", () => {
  it("reads amounts as the core parser does: 1.5 is one and a half, 12.5 is twelve and a half, kr. 1.200 is 1200", () => {
    const out = readBookedAmounts({ header: ["Konto", "jan", "feb", "mar"], rows: [["5.28.20", "1.5", "12.5", "kr. 1.200"]] }, "Bogført");
    expect(out.problems).toEqual([]);
    expect(out.value.byKonto).toEqual([{ konto: "5.28.20", months: [1.5, 12.5, 1200, 0, 0, 0, 0, 0, 0, 0, 0, 0] }]);
    expect(out.value.bookedMonths).toBe(3);
  });

  it("sums per konto and takes the last month with an amount as the booked months", () => {
    const a = readBookedAmounts({ header: ["Konto", "Januar", "Feb", "Mar"], rows: [["5.28.20", 100, "2.000,50", null], ["5.28.20", 1, 2, null], ["5.28.23", 10, 20, ""]] }, "Bogført");
    expect(a.problems).toEqual([]);
    expect(a.value.bookedMonths).toBe(2);
    expect(a.value.byKonto).toEqual([
      { konto: "5.28.20", months: [101, 2002.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
      { konto: "5.28.23", months: [10, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
    ]);
  });

  it("names the row and column of a cell that is no amount, and a missing Konto column", () => {
    const a = readBookedAmounts({ header: ["Konto", "01"], rows: [["5.28.20", "mange"]] }, "Bogført");
    expect(a.problems.map((p) => [p.row, p.col, p.message])).toEqual([[2, 1, "Række 2, 01: mange er ikke et gyldigt beløb"]]);
    const b = readBookedAmounts({ header: ["Tekst", "jan"], rows: [] }, "Bogført");
    expect(b.problems.map((p) => p.message)).toEqual(['Tabellen "Bogført" mangler kolonnen "Konto"']);
  });
});
