// The parse memo of recalcXlsx (test/support/hfParseMemo.ts) changes no value: workbooks recalculated through it,
// after it has seen them (so its trees are used), give every cell and name the value HyperFormula
// gives without it — also where the same formula at the same cell means another sheet (the sheets
// come in another order) or a sheet that does not exist. And it holds only for the HyperFormula
// version its soundness was read from. (`RECALC_PARSE_MEMO=off npx jest test/sheets/recalc.test.ts`
// runs the whole recalculation suite without it.)
import { HyperFormula } from "hyperformula";
import { buildDisponering } from "../../src/sheets/disponering";
import { buildNoegletal } from "../../src/sheets/noegletal";
import type { Cell, SheetSpec } from "../../src/sheets/spec";
import { writeXlsxBuffer } from "../../src/xlsx";
import { READ_FROM_VERSION, stats } from "../support/hfParseMemo";
import { recalcXlsx, type Recalculated } from "../support/recalc";
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

/** Recalculates through the memo twice (the second build uses what the first left) and once without. */
async function withAndWithout(specs: SheetSpec[]) {
  const buffer = await writeXlsxBuffer(specs);
  await recalcXlsx(buffer);
  const hits = stats.hits;
  const memoized = await recalcXlsx(buffer);
  return { memoized: valuesOf(memoized), plain: valuesOf(await recalcXlsx(buffer, { parseMemo: false })), hits: stats.hits - hits };
}

describe("the parse memo of recalcXlsx", () => {
  it("was read from the HyperFormula version installed", () => {
    expect(HyperFormula.version).toBe(READ_FROM_VERSION);
  });

  it("gives Disponering and Nøgletal (Tabel 5.2) the same values as HyperFormula alone, every formula from the memo", async () => {
    const d = buildDisponering({ year: 2017, cases: tabel52Cases(), generatedOn: 45000 });
    const n = buildNoegletal({ year: 2017, disponering: d.layout, generatedOn: 45000 });
    const { memoized, plain, hits } = await withAndWithout([d.spec, n.spec]);
    expect(memoized).toEqual(plain);
    // The figures of docs/domain.md §6: 3.900.000 disposed, HÅP 4.
    expect(memoized.names["HÅP_2017"]).toBeCloseTo(4, 12);
    expect(memoized.names["Forventet_regnskab_2017"]).toBeCloseTo(3_900_000, 6);
    // Disponering alone has ~1.000 formulas (20 columns × its rows); each came from the memo.
    expect(hits).toBeGreaterThan(1000);
  });

  it("parses again when a sheet name in the formula means another sheet: the sheets in another order, a sheet that is missing", async () => {
    const s = sheet("S", [[{ f: "'T'!A1*10" }, { f: "'Borte'!A1" }, { f: "Halv*2" }, 0.5]], [{ name: "Halv", rect: { row: 0, col: 3, rows: 1, cols: 1 } }]);
    const t = sheet("T", [[1]]);
    const u = sheet("U", [[2]]);
    const borte = sheet("Borte", [[7]]);
    // T is the second sheet here and the third below: the same text at S!A1 refers to another id.
    const first = await withAndWithout([s, t, u]);
    expect(first.memoized).toEqual(first.plain);
    expect(first.memoized.cells.S[0].slice(0, 3)).toEqual([10, expect.objectContaining({ value: "#REF!" }), 1]);
    const second = await withAndWithout([s, u, t]);
    expect(second.memoized).toEqual(second.plain);
    expect(second.memoized.cells.S[0][0]).toBe(10);
    // 'Borte' missing got a placeholder id after S, T, U (3); here it is the sheet with id 1.
    const third = await withAndWithout([s, borte, t]);
    expect(third.memoized).toEqual(third.plain);
    expect(third.memoized.cells.S[0].slice(0, 3)).toEqual([10, 7, 1]);
  });
});
