// recalcXlsx builds HyperFormula faster (test/support/hfParseMemo.ts: its parsing kept across engines;
// test/support/hfLazyIf.ts: IF and IFERROR evaluate only the branch they return) and changes no value:
// every cell and name equals what HyperFormula as it ships gives — for the parse memo after it has
// seen the workbook (so its trees are used), also where the same text means another cell: at another
// cell, or at the same cell where a sheet name in it means another sheet (the sheets come in another
// order) or one that does not exist; for IF and IFERROR with conditions and branches of every kind.
// Both hold only for the HyperFormula version their soundness was read from.
// (`RECALC_PLAIN_HYPERFORMULA=1 npx jest test/sheets/recalc.test.ts` runs the whole recalculation
// suite on HyperFormula as it ships.)
import { HyperFormula } from "hyperformula";
import { buildDisponering } from "../../src/sheets/disponering";
import { buildNoegletal } from "../../src/sheets/noegletal";
import type { Cell, SheetSpec } from "../../src/sheets/spec";
import { lazyStats } from "../support/hfLazyIf";
import { READ_FROM_VERSION, stats } from "../support/hfParseMemo";
import { type Recalculated, recalcXlsx, writeForRecalc } from "../support/recalc";
import { tabel52Cases } from "../support/tabel52";

const sheet = (name: string, cells: Cell[][], names?: SheetSpec["names"]): SheetSpec => ({
  name, kind: "test", blocks: [{ kind: "cells", row: 0, col: 0, cells }], formats: [], names,
});

/** Every cell's value and every name's value. */
function valuesOf(wb: Recalculated) {
  const names = Object.fromEntries([
    ...Object.keys(wb.workbookNames).map((n) => [n, wb.workbookName(n)]),
    ...Object.entries(wb.names).flatMap(([s, ns]) => Object.keys(ns).map((n) => [`${s}!${n}`, wb.name(s, n)])),
  ]);
  return { cells: wb.hf.getAllSheetsValues(), names };
}

/**
 * Recalculates through the memo and once without it. When the memo has not seen the workbook (this
 * file run alone), it recalculates through the memo again, so the values compared come from its trees.
 */
async function withAndWithout(specs: SheetSpec[], formulas: number) {
  const buffer = await writeForRecalc(specs);
  let hits = stats.hits;
  let memoized = await recalcXlsx(buffer, { plain: false });
  if (stats.hits - hits < formulas) {
    hits = stats.hits;
    memoized = await recalcXlsx(buffer, { plain: false });
  }
  return { memoized: valuesOf(memoized), plain: valuesOf(await recalcXlsx(buffer, { plain: true })), hits: stats.hits - hits };
}

describe("recalcXlsx's faster HyperFormula", () => {
  it("was read from the HyperFormula version installed", () => {
    expect(HyperFormula.version).toBe(READ_FROM_VERSION);
  });

  it("gives Disponering and Nøgletal (Tabel 5.2) the same values as HyperFormula alone, every formula from the memo", async () => {
    const d = buildDisponering({ year: 2017, cases: tabel52Cases(), generatedOn: 45000 });
    const n = buildNoegletal({ year: 2017, disponering: d.layout, generatedOn: 45000 });
    const { memoized, plain, hits } = await withAndWithout([d.spec, n.spec], 1000);
    expect(memoized).toEqual(plain);
    // The figures of docs/domain.md §6: 3.900.000 disposed, HÅP 4.
    expect(memoized.names["HÅP_2017"]).toBeCloseTo(4, 12);
    expect(memoized.names["Forventet_regnskab_2017"]).toBeCloseTo(3_900_000, 6);
    // Disponering alone has over 1.000 formulas (20 columns × its 56 rows); they came from the memo.
    expect(hits).toBeGreaterThan(1000);
  });

  it("parses again when the same text means another cell: at another cell, the sheets in another order, a sheet that is missing", async () => {
    // A2 and C2 hold the same text, =D1, which means another offset from each cell.
    const s = sheet("S", [[{ f: "'T'!A1*10" }, { f: "'Borte'!A1" }, { f: "Halv*2" }, 0.5], [{ f: "D1" }, null, { f: "D1" }]], [{ name: "Halv", rect: { row: 0, col: 3, rows: 1, cols: 1 } }]);
    const t = sheet("T", [[1]]);
    const u = sheet("U", [[2]]);
    const borte = sheet("Borte", [[7]]);
    // T is the second sheet here and the third below: the same text at S!A1 refers to another id.
    const first = await withAndWithout([s, t, u], 5);
    expect(first.memoized).toEqual(first.plain);
    expect(first.memoized.cells.S[0].slice(0, 3)).toEqual([10, expect.objectContaining({ value: "#REF!" }), 1]);
    expect([first.memoized.cells.S[1][0], first.memoized.cells.S[1][2]]).toEqual([0.5, 0.5]);
    const second = await withAndWithout([s, u, t], 5);
    expect(second.memoized).toEqual(second.plain);
    expect(second.memoized.cells.S[0][0]).toBe(10);
    // 'Borte' missing got a placeholder id after S, T, U (3); here it is the sheet with id 1.
    const third = await withAndWithout([s, borte, t], 5);
    expect(third.memoized).toEqual(third.plain);
    expect(third.memoized.cells.S[0].slice(0, 3)).toEqual([10, 7, 1]);
  });

  it("gives IF and IFERROR HyperFormula's values: chosen branch an error or empty, the other a range, conditions that are no truth value, arrays", async () => {
    // A1:A3 = 1, 2, 3; B1 text; C1 #DIV/0!; D1 empty; E1 TRUE.
    const data: Cell[][] = [[1, "tekst", { f: "1/0" }, null, true], [2], [3]];
    const formulas = [
      "IF(A1>0,1/0,\"x\")", "IF(A1>5,1/0,\"x\")", "IF(A1>0,\"ja\",A2:A3)", "IF(A1>5,A2:A3,\"nej\")", "IF(A1,2,3)", "IF(B1,2,3)",
      "IF(D1,2,3)", "IF(C1,2,3)", "IF(E1,2,3)", "IF(A1>0,D1,3)", "IF(A1>0,,3)", "IF(A1>0,IF(B1=\"tekst\",MOD(7,3),0),1/0)",
      "IFERROR(1/0,\"fejl\")", "IFERROR(A1*2,1/0)", "IFERROR(C1,A2:A3)", "IFERROR(A1:A3,0)", "SUMPRODUCT(IF(A1:A3>1,A1:A3,0))",
      "SUMPRODUCT(IF(FALSE(),A1:A3*2,5))", "ARRAYFORMULA(SUM(IF(FALSE(),A1:A3*2,5)))", "SUMPRODUCT(IFERROR(A1:A3/(A1:A3-2),7))", "IF(A1>0,A1:A3*2,0)", "IF(TRUE(),A2+A3,NA())",
      // Spaces, which the lexer and parser shared between engines must still bind to their tokens.
      "IF( A1 > 0 , \"ja\" , \"nej\" )", "SUM( A1:A3 ) + 1",
    ];
    const f = sheet("F", [...data, ...formulas.map((text) => [{ f: text }])]);
    const buffer = await writeForRecalc([f]);
    const lazyBefore = lazyStats.lazy;
    const fast = (await recalcXlsx(buffer, { plain: false })).hf.getSheetValues(0);
    expect(lazyStats.lazy - lazyBefore).toBeGreaterThanOrEqual(8);
    const plain = (await recalcXlsx(buffer, { plain: true })).hf.getSheetValues(0);
    expect(fast.map((row, i) => [formulas[i - data.length] ?? "", ...row])).toEqual(plain.map((row, i) => [formulas[i - data.length] ?? "", ...row]));
    // Hand-checked: the chosen error, the chosen text, MOD(7,3) = 1, IFERROR's fallback, 2 + 3, 1 + 2 + 3 + 1.
    const at = (text: string) => fast[data.length + formulas.indexOf(text)][0];
    expect(at("IF(A1>0,1/0,\"x\")")).toEqual(expect.objectContaining({ value: "#DIV/0!" }));
    expect([at("IF(A1>5,1/0,\"x\")"), at("IF(A1>0,IF(B1=\"tekst\",MOD(7,3),0),1/0)"), at("IFERROR(1/0,\"fejl\")"), at("IF(TRUE(),A2+A3,NA())"), at("IF( A1 > 0 , \"ja\" , \"nej\" )"), at("SUM( A1:A3 ) + 1")]).toEqual(["x", 1, "fejl", 5, "ja", 7]);
    // With array arithmetic on, HyperFormula's IF spreads 5 over the range's three rows.
    expect(at("ARRAYFORMULA(SUM(IF(FALSE(),A1:A3*2,5)))")).toBe(15);
  });
});
