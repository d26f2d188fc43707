// Four random case tables for test/sheets/oneNumber.recalc.ts (which runs seed 11 only): the same
// HÅP, GNS-pris, forventet regnskab, budget and afvigelse on every generated sheet.
import { expectOneNumberEverywhere } from "../support/oneNumber";

describe("one number everywhere, four random case tables (deep)", () => {
  it.each([11, 22, 33, 44])("seed %i: every sheet shows the names' figures", async (seed) => {
    await expectOneNumberEverywhere(seed);
  });
});
