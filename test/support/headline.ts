// The headline figures of Disponering + Nøgletal recalculated by HyperFormula, shared by the unit test
// (test/sheets/headline.recalc.ts) and its every-column variant in `npm run test:deep`.
import { buildDisponering } from "../../src/sheets/disponering";
import { buildNoegletal } from "../../src/sheets/noegletal";
import { disposedAmount, haap, yearEnd, yearStart, type CaseRow } from "../../src/core";
import type { Cell, SheetSpec } from "../../src/sheets/spec";
import { randomCases } from "./randomCases";
import { recalcXlsx, writeForRecalc } from "./recalc";

export const YEAR = 2025;
export const NAMES = ["HÅP_2025", "GNS_pris_2025", "Forventet_regnskab_2025", "Budget_2025", "Afvigelse_2025", "Styringsark_opdateret"];

export function build(cases: CaseRow[], budget = 1_000_000) {
  const d = buildDisponering({ year: YEAR, cases, generatedOn: 45962 });
  const n = buildNoegletal({ year: YEAR, disponering: d.layout, generatedOn: 45962, budget: { amount: budget, source: "test" } });
  return { d, n };
}

/**
 * The Disponering spec with its case rows reordered as Excel's Sort reorders whole rows: every value
 * block of the case rows (the case columns, the birth dates) gets the same permutation, by `col` of
 * the first block.
 */
export function sortedBy(spec: SheetSpec, from: number, count: number, col: number): SheetSpec {
  const rowsBlocks = spec.blocks.filter((b) => b.kind === "cells" && b.row === from && b.cells.length === count) as Extract<SheetSpec["blocks"][number], { kind: "cells" }>[];
  const main = rowsBlocks[0];
  const key = (r: Cell[]) => (r[col] === null || r[col] === undefined ? "" : typeof r[col] === "object" ? "" : r[col]);
  const order = main.cells.map((_, i) => i).sort((x, y) => {
    const a = key(main.cells[x]), c = key(main.cells[y]);
    // Descending, so the order differs from the builder's own (foranstaltning, konto, cpr, start).
    return typeof a === "number" && typeof c === "number" ? c - a : String(c).localeCompare(String(a), "da");
  });
  const blocks = spec.blocks.map((b) => (rowsBlocks.includes(b as (typeof rowsBlocks)[number]) ? { ...b, cells: order.map((i) => (b as (typeof rowsBlocks)[number]).cells[i]) } : b));
  return { ...spec, blocks };
}

export async function names(specs: SheetSpec[]) {
  const wb = await recalcXlsx(await writeForRecalc(specs));
  return { wb, values: Object.fromEntries(NAMES.map((n) => [n, wb.workbookName(n)])) };
}


/** Sorts the case rows of a random table descending by each column in turn: every named figure stays. */
export async function expectSortProof(cols: readonly number[]): Promise<void> {
  const cases = randomCases(7, 60, YEAR);
  const { d, n } = build(cases);
  const before = (await names([d.spec, n.spec])).values;
  expect(before["Styringsark_opdateret"]).toBe(true);
  for (const col of cols) {
    const after = (await names([sortedBy(d.spec, d.layout.casesFrom, cases.length, col), n.spec])).values;
    for (const k of NAMES) {
      if (typeof before[k] === "number") expect({ col, k, v: after[k] as number }).toEqual({ col, k, v: expect.closeTo(before[k] as number, 6) });
      else expect({ col, k, v: after[k] }).toEqual({ col, k, v: before[k] });
    }
  }
}

/** A random case table's named figures and Nøgletal's I alt row equal core (each person counted once). */
export async function expectHeadlineEqualsCore(seed: number): Promise<void> {
  const cases = randomCases(seed, 60, YEAR);
  const { d, n } = build(cases);
  const { wb, values } = await names([d.spec, n.spec]);
  const h = haap(cases, yearStart(YEAR), yearEnd(YEAR), "dage");
  const disp = disposedAmount(cases, yearStart(YEAR), yearEnd(YEAR));
  expect(values["HÅP_2025"]).toBeCloseTo(h, 9);
  expect(values["GNS_pris_2025"]).toBeCloseTo(disp / h, 1);
  expect(values["Forventet_regnskab_2025"]).toBeCloseTo(disp, 1);
  expect(values["Afvigelse_2025"]).toBeCloseTo(disp - 1_000_000, 1);
  const total = wb.at(n.layout.sheetName, n.layout.foranstaltningTotalRow, n.layout.cols.haapDage) as number;
  const sumOverTypes = wb.at(n.layout.sheetName, n.layout.foranstaltningSumRow, n.layout.cols.haapDage) as number;
  expect(total).toBeCloseTo(h, 9);
  expect(sumOverTypes).toBeGreaterThanOrEqual(total - 1e-9);
}
