// Formula check on the Tabel 5.2 example: the generated native formulas, recalculated by
// HyperFormula, give docs/domain.md §6's figures and agree with src/core.
import { monthlyDisponering } from "../../src/core";
import { buildDisponering } from "../../src/sheets/disponering";
import { a1 } from "../../src/sheets/a1";
import { recalcOnce, writeForRecalc } from "../support/recalc";
import { tabel52Cases } from "../support/tabel52";

describe("Disponering 2017 (Tabel 5.2) recalculated", () => {
  const cases = tabel52Cases();
  const { spec, layout } = buildDisponering({ year: 2017, cases, generatedOn: 45000 });
  // Both tests read the same sheet and neither edits it: recalculated once.
  const recalc = recalcOnce(() => writeForRecalc([spec]));

  it("gives 2.450.000 current, 3.900.000 current + expected and 325.000 in every month", async () => {
    const wb = await recalc();
    const s = layout.sheetName;
    expect(wb.num(s, a1(layout.currentTotalRow, layout.totalCol))).toBeCloseTo(2450000, 6);
    expect(wb.num(s, a1(layout.expectedTotalRow, layout.totalCol))).toBeCloseTo(1450000, 6);
    expect(wb.num(s, a1(layout.currentAndExpectedRow, layout.totalCol))).toBeCloseTo(3900000, 6);
    for (let m = 0; m < 12; m++) {
      expect(wb.num(s, a1(layout.currentAndExpectedRow, layout.firstMonthCol + m))).toBeCloseTo(325000, 6);
    }
    // Pool is an input row, empty by default: the grand total equals current + expected.
    expect(wb.num(s, a1(layout.grandTotalRow, layout.totalCol))).toBeCloseTo(3900000, 6);
  });

  it("agrees with core for every case and month", async () => {
    const wb = await recalc();
    for (const { row, caseRow } of layout.caseRows) {
      const expected = monthlyDisponering(caseRow, 2017);
      expected.forEach((v, m) => expect(wb.num(layout.sheetName, a1(row, layout.firstMonthCol + m))).toBeCloseTo(v, 2));
    }
  });
});
