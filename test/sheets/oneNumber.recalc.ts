// One computation, referenced everywhere (docs/domain.md §4 "Totals of HÅP", §7): every generated sheet
// shows the workbook-level names' HÅP, GNS-pris, forventet regnskab, budget and afvigelse, recalculated
// by HyperFormula, for a random case table (test/deep/oneNumber.deep.ts runs four).
import { expectOneNumberEverywhere } from "../support/oneNumber";

describe("one number everywhere, random case table", () => {
  it("seed 11: every sheet shows the names' HÅP, GNS-pris, forventet regnskab, budget and afvigelse", async () => {
    await expectOneNumberEverywhere(11);
  });
});
