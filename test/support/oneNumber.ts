// One computation, referenced everywhere (docs/domain.md §4 "Totals of HÅP", §7), checked for one seeded
// random case table: Disponering, Nøgletal, Overblik, Portefølje, Prognose and Budgetbemærkninger
// written together and recalculated by HyperFormula show the same HÅP (each person once), GNS-pris,
// forventet regnskab, budget and afvigelse — the values of the workbook-level names — and those are
// core's figures. Used by test/sheets/oneNumber.recalc.ts (one seed) and test/deep (four).
import { disposedAmount, haap, yearEnd, yearStart, type CaseRow } from "../../src/core";
import { buildDisponering } from "../../src/sheets/disponering";
import { buildNoegletal } from "../../src/sheets/noegletal";
import { buildOverblik } from "../../src/sheets/overblik";
import { buildPortefoelje } from "../../src/sheets/portefoelje";
import type { PrognoseData } from "../../src/core";
import { buildPrognosePackage } from "../../src/sheets/prognosePackage";
import { randomCases } from "./randomCases";
import { recalcXlsx, writeForRecalc } from "./recalc";

const YEAR = 2025;
const KONTOS = ["5.28.20", "5.28.21", "5.28.23"];

/** The user's tables for the prognose: a budget per konto (its total is Budget_2025), jan–okt booked. */
function prognoseData(cases: CaseRow[]): PrognoseData {
  const months = Array.from({ length: 10 }, (_, i) => ({ y: YEAR, m: i + 1 }));
  return {
    year: YEAR, cases,
    budget: KONTOS.map((konto, i) => ({ konto, tekst: `Konto ${konto}`, budget: 1_000_000 * (i + 1) })),
    booked: { months, rows: KONTOS.map((konto, i) => ({ konto, values: months.map((_, m) => 50_000 * (i + 1) + m * 1000) })) },
    risk: [], intake: { months: [], rows: [] }, pl: [],
    assumptions: [
      { omraade: "anbringelsesområdet", foranstaltning: "Plejefamilie", konto: "5.28.20", haap: 2, pris: 400_000, haapSidsteAar: 2, prisSidsteAar: 380_000 },
      { omraade: "anbringelsesområdet", foranstaltning: "Opholdssted", konto: "5.28.23", haap: 1, pris: 900_000, haapSidsteAar: 1, prisSidsteAar: 850_000 },
    ],
  };
}

/** Builds the six sheets for `randomCases(seed, 16, 2025)`, recalculates them and checks every sheet against the names. */
export async function expectOneNumberEverywhere(seed: number): Promise<void> {
  const cases = randomCases(seed, 16, YEAR);
  const data = prognoseData(cases);
  const budget = data.budget.reduce((s, l) => s + l.budget, 0);
  const d = buildDisponering({ year: YEAR, cases, generatedOn: 45962 });
  const n = buildNoegletal({ year: YEAR, disponering: d.layout, generatedOn: 45962, budget: { amount: budget, source: "budgettabellen" } });
  const common = { year: YEAR, cases, disponering: d.layout, generatedOn: 45962, chartsDrawn: false };
  const overblik = buildOverblik(common);
  const ov = overblik.layout;
  const pf = buildPortefoelje(common);
  const pkg = buildPrognosePackage(data, { methods: { "5.28.21": "glidende" }, lambda: { kind: "gennemsnit", months: 6 } }, {
    generatedOn: 45962, disponering: d.layout, headline: { disponeringSheet: d.layout.sheetName },
  });
  const wb = await recalcXlsx(await writeForRecalc([d.spec, n.spec, overblik.spec, pf.spec, ...pkg.specs]));
  const name = (x: string) => wb.workbookName(x);
  const a = yearStart(YEAR), b = yearEnd(YEAR);
  const h = name("HÅP_2025") as number, forventet = name("Forventet_regnskab_2025") as number;
  expect(h).toBeCloseTo(haap(cases, a, b, "dage"), 7);
  expect(forventet).toBeCloseTo(disposedAmount(cases, a, b), 1);
  expect(name("Budget_2025")).toBe(6_000_000);
  const figures = { h, pris: name("GNS_pris_2025"), forventet, budget: 6_000_000, afvigelse: name("Afvigelse_2025") };
  expect(figures.afvigelse as number).toBeCloseTo(forventet - 6_000_000, 1);

  const G = pkg.layouts.prognose;
  const shown = {
    overblik: {
      h: wb.at(ov.sheetName, ov.haapPersonRow, 13), pris: wb.at(ov.sheetName, ov.prisTotalRow, 13),
      forventet: wb.at(ov.sheetName, ov.budgetTotalRow, 2), budget: wb.at(ov.sheetName, ov.budgetTotalRow, 1), afvigelse: wb.at(ov.sheetName, ov.budgetTotalRow, 3),
    },
    portefoelje: { h: wb.at(pf.layout.sheetName, pf.layout.totalRow, 3), pris: wb.at(pf.layout.sheetName, pf.layout.totalRow, 4) },
    prognose: {
      h: wb.value(G.sheetName, G.headline!.haap), pris: wb.value(G.sheetName, G.headline!.gnsPris), forventet: wb.value(G.sheetName, G.headline!.forventet),
      budget: wb.value(G.sheetName, G.headline!.budget), afvigelse: wb.value(G.sheetName, G.headline!.afvigelse),
    },
  };
  expect(shown).toEqual({
    overblik: figures,
    portefoelje: { h: figures.h, pris: figures.pris },
    prognose: figures,
  });
  // The budget column of the prognose is the same budget table.
  expect(wb.at(G.sheetName, G.totalRow, G.cols.budget)).toBe(6_000_000);
  // Overblik's months of "I alt" merge a person's rows: summed over the year's days they give HÅP.
  const perMonth = Array.from({ length: 12 }, (_, m) => wb.at(ov.sheetName, ov.haapPersonRow, m + 1) as number);
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  expect(perMonth.reduce((s, v, m) => s + v * days[m], 0) / 365).toBeCloseTo(h, 7);
  expect(name("Styringsark_opdateret")).toBe(true);
}
