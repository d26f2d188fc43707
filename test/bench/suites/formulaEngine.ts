// Core against a formula engine: the generated Disponering + Nøgletal sheets for 1.000 cases,
// recalculated by HyperFormula, against the core computing the same figures. Same work and warm on
// both sides: the workbook is loaded into HyperFormula once (outside the clock); each timed call
// changes the sheet's year cell, which every month, helper and key-figure formula depends on, so
// HyperFormula recalculates the whole sheet; the core computes for the same year everything those
// formulas give — every case's 12 months, the month totals (aktuelle, forventede, per foranstaltning,
// per konto) and HÅP (dage, måneder), disposed amount and GNS-pris per foranstaltning, konto and in
// alt. Before timing, every one of those figures is compared.
import { keyFigures, monthlyDisponering, monthlyTotals, type CaseRow } from "../../../src/core";
import { a1 } from "../../../src/sheets/a1";
import { buildDisponering, type DisponeringLayout } from "../../../src/sheets/disponering";
import { buildNoegletal, type NoegletalLayout } from "../../../src/sheets/noegletal";
import { writeXlsxBuffer } from "../../../src/xlsx";
import { recalcXlsx, type Recalculated } from "../../support/recalc";
import { syntheticCases } from "../../support/randomCases";
import { benchRow, same } from "../bench";

const YEAR = 2025;
// 1.000 cases: HyperFormula recalculates 5.000 in ~15 s a call, which made this one row three of
// the full bench's minutes; every formula and every group is there at 1.000 as well.
const N = 1000;

/** Everything the two sheets compute, by the core. */
function coreJob(cases: readonly CaseRow[], year: number) {
  const grid = cases.map((c) => monthlyDisponering(c, year));
  const groups = (key: (c: CaseRow) => string) => {
    const by = new Map<string, CaseRow[]>();
    for (const c of cases) {
      const k = key(c);
      const list = by.get(k);
      if (list) list.push(c);
      else by.set(k, [c]);
    }
    return new Map([...by].map(([k, list]) => [k, monthlyTotals(list, year)]));
  };
  return {
    grid,
    byStatus: groups((c) => c.status),
    byForanstaltning: groups((c) => c.foranstaltning),
    byKonto: groups((c) => c.konto),
    all: monthlyTotals(cases, year),
    figures: keyFigures(cases, year),
  };
}

interface Ctx {
  cases: CaseRow[];
  wb: Recalculated;
  d: DisponeringLayout;
  n: NoegletalLayout;
  /** The year the sheet holds now; each timed call flips it between YEAR and YEAR + 1. */
  year: number;
  coreYear: number;
  checked: number;
}

/** Compares every month, HÅP and GNS-pris of the recalculated sheets with the core's job. */
function crossCheck(ctx: Ctx, job: ReturnType<typeof coreJob>): number {
  const { wb, d, n } = ctx;
  const ds = d.sheetName;
  let count = 0;
  // To the øre at every size: the engine hands out its full doubles (smartRounding off in setup).
  const kr = (what: string, got: number, want: number) => {
    if (!(Math.abs(got - want) <= 0.01)) throw new Error(`${what}: formelmotor ${got} ≠ kerne ${want}`);
    count++;
  };
  const months = (what: string, row: number, want: readonly number[] | undefined) => {
    for (let m = 0; m < 12; m++) kr(`${what}, måned ${m + 1}`, wb.num(ds, a1(row, d.firstMonthCol + m)), want?.[m] ?? 0);
  };
  const index = new Map(ctx.cases.map((c, i) => [c, i]));
  for (const { row, caseRow } of d.caseRows) months(`sag række ${caseRow.row}`, row, job.grid[index.get(caseRow)!]);
  months("aktuelle i alt", d.currentTotalRow, job.byStatus.get("aktuel"));
  months("forventede i alt", d.expectedTotalRow, job.byStatus.get("forventet"));
  months("aktuelle og forventede", d.currentAndExpectedRow, job.all);
  for (const g of d.byForanstaltning) months(g.name, g.row, job.byForanstaltning.get(g.name));
  for (const g of d.byKonto) months(g.name, g.row, job.byKonto.get(g.name));
  const ns = n.sheetName;
  const figures = (rows: { row: number; name: string }[], want: typeof job.figures.byForanstaltning) => {
    if (rows.map((r) => r.name).join("|") !== want.map((f) => f.name).join("|")) throw new Error("Nøgletal: andre grupper end kernens");
    rows.forEach((r, i) => figureRow(r.row, want[i]));
  };
  const figureRow = (row: number, f: (typeof job.figures.byForanstaltning)[number]) => {
    same(`${f.name} HÅP (dage)`, wb.num(ns, a1(row, n.cols.haapDage)), f.haapDage);
    same(`${f.name} HÅP (måneder)`, wb.num(ns, a1(row, n.cols.haapMaaneder)), f.haapMaaneder);
    kr(`${f.name} disponeret`, wb.num(ns, a1(row, n.cols.disponeret)), f.disponeret);
    if (f.gnsPris.ok) kr(`${f.name} GNS-pris`, wb.num(ns, a1(row, n.cols.gnsPris)), f.gnsPris.value);
    count += 2;
  };
  // Nøgletal's HÅP counts the person spans the add-in computed for the year the sheet was built for
  // (kept as values); for another year typed into the disponeringsark the sheet says it is not up to
  // date instead, and only the months are compared.
  if (ctx.year !== YEAR) {
    if (wb.workbookName("Styringsark_opdateret") !== false) throw new Error("Nøgletal: Styringsark_opdateret er ikke FALSK for et andet år");
    return count + 1;
  }
  figures(n.byForanstaltning, job.figures.byForanstaltning);
  figures(n.byKonto, job.figures.byKonto);
  figureRow(n.foranstaltningTotalRow, job.figures.total);
  return count;
}

benchRow<Ctx>({
  name: `Kerne mod formelmotor (HyperFormula): disponering + nøgletal, ${N.toLocaleString("da-DK")} sager`,
  clock: "cpu",
  work: "kernen: alle 12 måneder for hver sag, månedstotaler (aktuelle, forventede, pr. foranstaltning, pr. konto), HÅP (dage, måneder), disponeret og GNS-pris pr. foranstaltning, konto og i alt — for det år, arket netop har fået",
  setup: async () => {
    const cases = syntheticCases(N, YEAR);
    const { spec, layout: d } = buildDisponering({ year: YEAR, cases, generatedOn: 45000 });
    const { spec: nSpec, layout: n } = buildNoegletal({ year: YEAR, disponering: d, generatedOn: 45000 });
    const wb = await recalcXlsx(await writeXlsxBuffer([spec, nSpec]));
    // HyperFormula rounds every number it hands out to precisionRounding (10) digits after the
    // first (its smartRounding: 1.487.501.336,2739 comes back as 1.487.501.336,3), which no øre
    // tolerance survives once a total passes 10^8 kr.; the formulas compute in full doubles either
    // way, so the check reads those.
    wb.hf.updateConfig({ smartRounding: false });
    return { cases, wb, d, n, year: YEAR, coreYear: YEAR, checked: 0 };
  },
  ours: (ctx) => {
    ctx.coreYear = ctx.coreYear === YEAR ? YEAR + 1 : YEAR;
    return coreJob(ctx.cases, ctx.coreYear);
  },
  floor: {
    work: "HyperFormula, indlæst én gang: årscellen skiftes (2025 ↔ 2026), og alle måneds-, hjælpe- og nøgletalsformler i de to ark genberegnes",
    run: (ctx) => {
      ctx.year = ctx.year === YEAR ? YEAR + 1 : YEAR;
      const sheet = ctx.wb.hf.getSheetId(ctx.d.sheetName)!;
      return ctx.wb.hf.setCellContents({ sheet, row: ctx.d.yearCell.row, col: ctx.d.yearCell.col }, [[ctx.year]]);
    },
  },
  check: (ctx) => {
    // The warm-up calls moved both sides to YEAR + 1: compare there, then back at YEAR.
    for (const year of [YEAR + 1, YEAR]) {
      if (ctx.year !== year) {
        const sheet = ctx.wb.hf.getSheetId(ctx.d.sheetName)!;
        ctx.wb.hf.setCellContents({ sheet, row: ctx.d.yearCell.row, col: ctx.d.yearCell.col }, [[year]]);
        ctx.year = year;
      }
      ctx.checked += crossCheck(ctx, coreJob(ctx.cases, year));
    }
    ctx.coreYear = YEAR;
  },
  reps: 5,
  note: (ctx) => `forhold = kerne ÷ formelmotor; ${ctx.checked.toLocaleString("da-DK")} tal sammenlignet før tidtagning (2025 og 2026)`,
});
