// Engine vs formula engine: the same disposition totals for 5.000 rows computed by
// src/core and by HyperFormula evaluating the generated native formulas.
import { monthlyTotals } from "../../src/core";
import { buildDisponering } from "../../src/sheets/disponering";
import { a1 } from "../../src/sheets/a1";
import { writeXlsxBuffer } from "../../src/xlsx";
import { recalcXlsx } from "../support/recalc";
import { syntheticCases } from "./cases";
import { timeMs, type BenchResult } from "./types";

export async function run(): Promise<BenchResult[]> {
  const cases = syntheticCases(5000);
  const { spec, layout } = buildDisponering({ year: 2025, cases, generatedOn: 45000 });
  const buf = await writeXlsxBuffer([spec]);
  const coreMs = timeMs(() => monthlyTotals(cases, 2025), 5);
  const t0 = performance.now();
  const wb = await recalcXlsx(buf);
  const hfMs = performance.now() - t0;
  // The two must agree, or the timing means nothing.
  const totals = monthlyTotals(cases, 2025);
  const sheetJan = wb.num(layout.sheetName, a1(layout.currentAndExpectedRow, layout.firstMonthCol));
  if (Math.abs(sheetJan - totals[0]) > 0.01) throw new Error(`Formelmotor ${sheetJan} ≠ kerne ${totals[0]}`);
  return [
    { name: "Kerne: disponering 5.000 rækker × 12 mdr.", value: coreMs, unit: "ms" },
    {
      name: "Formelmotor (HyperFormula): samme ark, 5.000 rækker", value: hfMs, unit: "ms",
      ratio: coreMs / hfMs, ratioTo: "kerne ÷ formelmotor", note: "indlæsning + genberegning af det genererede ark",
    },
  ];
}
