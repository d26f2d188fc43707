// "Prognose ÅÅÅÅ-MM": the monthly follow-up per konto (docs/domain.md §1.3–4). Each konto's rest-of-year
// prognose is a native formula of its chosen method over input tables on the same sheet (booked
// forbrug per month, tilgang, λ table) and links to the Disponering, Risikosager and
// Budgetforudsætninger sheets; the variance split per foranstaltningstype follows below.
import { CoreUsageError, dayToSerial, inputKey, methodDef, monthStart, type LambdaMethod, type MethodId, type MonthSeries } from "../core";
import { a1, rect, sheetRef } from "./a1";
import type { BudgetforudsaetningerLayout } from "./budgetforudsaetninger";
import { draft, generatedBy, reportTitle, type ReportOptions, type SheetDraft } from "./draft";
import type { RisikosagerLayout } from "./risikosager";
import { headlineNames, staleBanner } from "./headline";
import { NUMBER_FORMATS, type Cell, type InputTable, type SheetSpec } from "./spec";

/** A konto's row of "Pr. konto" on a Disponering sheet, to sum its months k+1..12. */
export interface DisponeringRef {
  sheet: string;
  row: number;
  firstMonthCol: number;
}

export interface PrognoseKonto {
  konto: string;
  tekst: string;
  budget: number;
  method: MethodId;
  /** Disposed amount for the rest of the year: a value (input cell), a link, or none (0). */
  disponeret?: number | DisponeringRef;
  /** Typed full-year estimate (method "skoen"). */
  skoen?: number;
  /** Monthly price of a new case (method "pulje"). */
  puljePrisPrMaaned?: number;
}

export interface VarianceLine {
  foranstaltning: string;
  konto: string;
  /** Expected HÅP and GNS-pris for the year from the disponeringsark. */
  haapForventet: number;
  prisForventet: number;
  /** Budget figures, used when no Budgetforudsætninger row has this foranstaltning. */
  haapBudget?: number;
  prisBudget?: number;
}

export interface PrognoseSheetInput extends ReportOptions {
  year: number;
  /** Last booked month k (1–12). */
  bookedThrough: number;
  kontos: readonly PrognoseKonto[];
  /** Booked forbrug per konto per month, ascending, containing months 1..k of the year. */
  booked: MonthSeries;
  /** New cases per konto per month (for λ of kontos with method "pulje"). */
  intake?: MonthSeries;
  lambda?: LambdaMethod;
  risikosager?: RisikosagerLayout;
  budgetforudsaetninger?: BudgetforudsaetningerLayout;
  variance?: readonly VarianceLine[];
  /**
   * When the workbook has "Nøgletal ÅÅÅÅ" (made from this Disponering sheet): the headline figures
   * are shown by their names next to the prognose, and a red line says when they are out of date.
   */
  headline?: { disponeringSheet: string };
}

export interface PrognoseLayout {
  sheetName: string;
  kCell: string;
  restCell: string;
  cols: typeof MAIN;
  kontoRows: { row: number; konto: PrognoseKonto }[];
  totalRow: number;
  basisCols: typeof BASIS;
  basisRows: { row: number; konto: string }[];
  bookedRows: { row: number; konto: string }[];
  bookedFirstCol: number;
  /** Pool per konto: the cell holding its total, and the λ rows. */
  pools: { konto: string; totalCell: string; lambdaRows: number[]; lambdaCol: number }[];
  varianceCols: typeof VAR;
  varianceRows: { row: number; line: VarianceLine }[];
  varianceTotalRow: number;
  /** The headline figures by name (F3:F5 forventet, budget, afvigelse; J3:J5 HÅP, GNS-pris, prognose − forventet), when shown. */
  headline?: { forventet: string; budget: string; afvigelse: string; haap: string; gnsPris: string; prognoseForskel: string; alertCell: string };
}

const MAIN = { konto: 0, tekst: 1, metode: 2, budget: 3, forbrug: 4, rest: 5, forventet: 6, afvigelse: 7, afvigelsePct: 8 } as const;
const BASIS = { konto: 0, disponeret: 1, risiko: 2, pulje: 3, skoen: 4, gns12: 5 } as const;
const VAR = { foranstaltning: 0, konto: 1, haapB: 2, prisB: 3, budget: 4, haapF: 5, prisF: 6, forventet: 7, afvigelse: 8, maengde: 9, pris: 10 } as const;

export const prognoseSheetName = (year: number, k: number) => `Prognose ${year}-${String(k).padStart(2, "0")}`;

/** The row plan and what every section reads; `row` is the next free row below the booked amounts. */
interface Plan {
  d: SheetDraft;
  input: PrognoseSheetInput;
  year: number;
  k: number;
  months: MonthSeries["months"];
  /** Index in `months` of January and of month k of the budget year. */
  jan: number;
  kIdx: number;
  kontos: readonly PrognoseKonto[];
  mainHeader: number;
  mainFirst: number;
  totalRow: number;
  basisHeader: number;
  basisFirst: number;
  bookedHeader: number;
  bookedFirst: number;
  bookedRows: { row: number; konto: string }[];
  row: number;
  /** The yellow tables, as each section declares them (see PROGNOSE_INPUTS). */
  inputs: InputTable[];
  /** The hidden record column of those tables: right of the widest table (a month table may span years). */
  recordCol: number;
}

/** The hidden record column of the Prognose sheet's yellow tables (see the plan's recordCol). */
export const PROGNOSE_RECORD_COL = 62;

/** Labels of the Prognose sheet's input tables, as flows look them up. */
export const PROGNOSE_INPUTS = {
  budget: "budget pr. konto", grundlag: "grundlag pr. konto", forbrug: "bogført forbrug", puljepris: "puljepris", tilgang: "tilgang",
  afvigelse: "forventet HÅP og GNS-pris",
} as const;
const konti = (xs: readonly { konto: string }[]) => xs.map((x) => inputKey({ label: x.konto }));

const KCELL = "$B$4", RESTCELL = "$B$5";
const BOOKED_FIRST_COL = 1;
const aCol = (j: number) => BOOKED_FIRST_COL + j;
const aRange = (row: number, from: number, to: number) => `${a1(row, aCol(from))}:${a1(row, aCol(to))}`;
const pad2 = (n: number) => String(n).padStart(2, "0");

function writeHeading(p: Plan): void {
  const { d, year, k, input } = p;
  d.heading({
    title: reportTitle(`Prognose ${year} pr. konto, bogført til og med ${pad2(k)}.${year}`, input.kommune),
    banner: `${generatedBy(input.generatedOn)}. Gule celler er grundlag, der kan rettes; prognoserne er formler. Afvigelse > 0 er merforbrug.`,
    width: 11,
    rows: [["Budgetår", year], ["Bogført til og med måned", k], ["Resterende måneder", { f: "12-B4" }]],
  });
  d.format(rect(2, 0, 3, 1), { bold: true });
}

/**
 * The workbook's headline figures by name beside the heading (docs/domain.md §7): the one forventet
 * regnskab, budget and afvigelse (from the disposition sheet), HÅP and GNS-pris — and how far the
 * prognose by the chosen methods lies from that forventet regnskab.
 */
function writeHeadline(p: Plan): PrognoseLayout["headline"] {
  const h = p.input.headline;
  if (!h) return undefined;
  const { d, year, totalRow } = p;
  const n = headlineNames(year);
  d.put(2, 3, [
    [`Forventet regnskab ${year} (Nøgletal)`, null, { f: n.forventet }, null, `HÅP ${year} (hver borger én gang)`, null, { f: n.haap }],
    [`Budget ${year} (Nøgletal)`, null, { f: n.budget }, null, `GNS-pris ${year}`, null, { f: n.gnsPris }],
    [`Afvigelse ${year} (Nøgletal)`, null, { f: n.afvigelse }, null, "Prognose − forventet regnskab", null, { f: `${a1(totalRow, MAIN.forventet)}-${n.forventet}` }],
  ]);
  d.format(rect(2, 3, 3, 1), { bold: true }).format(rect(2, 7, 3, 1), { bold: true });
  d.style(rect(2, 5, 3, 1), "output").style(rect(2, 9, 2, 1), "output");
  d.numberFormat(rect(2, 5, 3, 1), NUMBER_FORMATS.kr).numberFormat(rect(2, 9, 1, 1), NUMBER_FORMATS.haap).numberFormat(rect(3, 9, 2, 1), NUMBER_FORMATS.kr);
  staleBanner(d, 5, 0, h.disponeringSheet, "HÅP og GNS-pris i afvigelsesforklaringen");
  return { forventet: "F3", budget: "F4", afvigelse: "F5", haap: "J3", gnsPris: "J4", prognoseForskel: "J5", alertCell: "A6" };
}

/** Bogført forbrug pr. måned (inputs). */
function writeBooked(p: Plan): void {
  const { d, months, kontos, bookedHeader, bookedFirst } = p;
  d.section(bookedHeader - 1, "Bogført forbrug pr. måned");
  d.header(bookedHeader, 0, ["Konto", ...months.map((m) => dayToSerial(monthStart(m.y, m.m)))]);
  d.numberFormat(rect(bookedHeader, 1, 1, months.length), "mmm yy");
  if (kontos.length === 0) return;
  d.put(bookedFirst, 0, kontos.map((kt) => [kt.konto, ...(p.input.booked.rows.find((r) => r.konto === kt.konto)?.values ?? months.map(() => 0))]));
  d.input(rect(bookedFirst, 1, kontos.length, months.length));
  p.inputs.push({
    headerRow: bookedHeader - 1, firstRow: bookedFirst, anchor: { col: 0, text: "Bogført forbrug pr. måned" }, keys: konti(kontos), keyCols: { label: 0 },
    inputCols: months.map((_, j) => aCol(j)), recordCol: p.recordCol, label: PROGNOSE_INPUTS.forbrug,
  });
}

/** Pulje: tilgang per month (inputs) and a λ table per konto with method "pulje". */
function writePools(p: Plan): PrognoseLayout["pools"] {
  const { d, year, k } = p;
  const pools: PrognoseLayout["pools"] = [];
  const poolKontos = p.kontos.filter((kt) => kt.method === "pulje");
  if (poolKontos.length === 0) return pools;
  const lambda = p.input.lambda ?? { kind: "gennemsnit", months: 12 };
  const intake = p.input.intake ?? { months: [], rows: [] };
  const n = intake.months.length;
  if (n === 0) throw new CoreUsageError("metoden pulje kræver en tilgangstabel");
  d.section(p.row++, `Pulje til ukendt tilgang — tilgang af nye sager pr. måned, forventet som ${lambda.kind === "trend" ? "lineær trend" : `gennemsnit af de seneste ${Math.min(lambda.months, n)} måneder`}`);
  const intakeHeader = p.row++;
  d.header(intakeHeader, 0, ["Konto", ...intake.months.map((m) => dayToSerial(monthStart(m.y, m.m)))]);
  d.numberFormat(rect(intakeHeader, 1, 1, n), "mmm yy");
  const xRow = p.row++;
  d.put(xRow, 0, [["Måned nr.", ...intake.months.map((_, j) => j + 1)]]).style(rect(xRow, 0, 1, 1), "note");
  const intakeRows = new Map<string, number>();
  const poolAnchor = { col: 0, text: "Pulje til ukendt tilgang" };
  p.inputs.push({
    headerRow: intakeHeader - 1, firstRow: xRow + 1, anchor: poolAnchor, keys: konti(poolKontos), keyCols: { label: 0 },
    inputCols: intake.months.map((_, j) => 1 + j), recordCol: p.recordCol, label: PROGNOSE_INPUTS.tilgang,
  });
  const priceRows: number[] = [];
  for (const kt of poolKontos) {
    intakeRows.set(kt.konto, p.row);
    d.put(p.row, 0, [[kt.konto, ...(intake.rows.find((r) => r.konto === kt.konto)?.values ?? intake.months.map(() => 0))]]);
    d.style(rect(p.row, 1, 1, n), "input");
    p.row++;
  }
  p.row++;
  const xs = `${a1(xRow, 1, true, true)}:${a1(xRow, n, true, true)}`;
  for (const kt of poolKontos) {
    const ir = intakeRows.get(kt.konto)!;
    const hs = `${a1(ir, 1, true, true)}:${a1(ir, n, true, true)}`;
    const lastN = Math.min(lambda.kind === "gennemsnit" ? lambda.months : n, n);
    const recent = `${a1(ir, n - lastN + 1, true, true)}:${a1(ir, n, true, true)}`;
    priceRows.push(p.row);
    d.put(p.row, 0, [[`Pulje ${kt.konto}`, "Pris pr. måned", kt.puljePrisPrMaaned ?? 0]]);
    d.style(rect(p.row, 0), "section").input(rect(p.row, 2));
    const priceCell = a1(p.row, 2, true, true);
    p.row++;
    d.header(p.row++, 0, ["Måned", "Forventede nye sager pr. måned", "Resterende måneder", "Nye sager × resterende måneder"], true);
    const lambdaRows: number[] = [];
    const lFirst = p.row;
    for (let m = k + 1; m <= 12; m++) {
      const j = m - k;
      const l = lambda.kind === "trend"
        ? `MAX(0,AVERAGE(${hs})+SLOPE(${hs},${xs})*(COUNT(${xs})+${j}-AVERAGE(${xs})))`
        : `AVERAGE(${recent})`;
      d.put(p.row, 0, [[dayToSerial(monthStart(year, m)), { f: l }, 12 - m + 1, { f: `${a1(p.row, 1)}*${a1(p.row, 2)}` }]]);
      lambdaRows.push(p.row++);
    }
    d.numberFormat(rect(lFirst, 0, 12 - k, 1), "mmm yy").numberFormat(rect(lFirst, 1, 12 - k, 1), NUMBER_FORMATS.decimal2);
    const tot = p.row++;
    const lRange = (c: number) => (k < 12 ? `${a1(lFirst, c)}:${a1(tot - 1, c)}` : null);
    d.put(tot, 0, [["Pulje i alt", null, null, k < 12 ? { f: `SUMPRODUCT(${lRange(1)},${lRange(2)})*${priceCell}` } : 0]]);
    d.style(rect(tot, 0, 1, 4), "total").numberFormat(rect(tot, 3), NUMBER_FORMATS.kr);
    pools.push({ konto: kt.konto, totalCell: a1(tot, 3), lambdaRows, lambdaCol: 1 });
    p.row++;
  }
  // Each pool's price line stands among its λ rows: looked for by its title, "Pulje 5.28.21".
  p.inputs.push({
    headerRow: intakeHeader - 1, firstRow: intakeHeader - 1, anchor: poolAnchor, keys: poolKontos.map((kt) => inputKey({ label: `Pulje ${kt.konto}` })),
    keyRows: priceRows, keyCols: { label: 0 }, inputCols: [2], scan: true, recordCol: p.recordCol, label: PROGNOSE_INPUTS.puljepris,
  });
  return pools;
}

/** Afvigelsesforklaring: mængde- and priseffekt per foranstaltningstype. */
function writeVariance(p: Plan): { varianceRows: PrognoseLayout["varianceRows"]; varianceTotalRow: number } {
  const { d } = p;
  const variance = p.input.variance ?? [];
  const varianceRows: PrognoseLayout["varianceRows"] = [];
  if (variance.length === 0) return { varianceRows, varianceTotalRow: -1 };
  d.section(p.row++, "Afvigelsesforklaring pr. foranstaltningstype: mængdeeffekt = (HÅP forventet − HÅP budget) × GNS-pris budget; priseffekt = (GNS-pris forventet − GNS-pris budget) × HÅP forventet");
  d.header(p.row++, 0, ["Foranstaltning", "Konto", "HÅP budget", "GNS-pris budget", "HÅP × GNS-pris budget", "HÅP forventet", "GNS-pris forventet", "HÅP × GNS-pris forventet", "Forskel", "Mængdeeffekt", "Priseffekt"], true);
  const bf = p.input.budgetforudsaetninger;
  const vFirst = p.row;
  for (const line of variance) {
    const r = p.row++;
    const bRow = bf?.rows.find((x) => x.assumption.foranstaltning === line.foranstaltning);
    const link = (col: number): Cell => ({ f: `${sheetRef(bf!.sheetName)}${a1(bRow!.row, col, true, true)}` });
    const c = (col: number) => a1(r, col);
    d.put(r, 0, [[
      line.foranstaltning, line.konto,
      bRow ? link(bf!.yearCols[0].haap) : (line.haapBudget ?? 0),
      bRow ? link(bf!.yearCols[0].pris) : (line.prisBudget ?? 0),
      { f: `${c(VAR.haapB)}*${c(VAR.prisB)}` },
      line.haapForventet, line.prisForventet,
      { f: `${c(VAR.haapF)}*${c(VAR.prisF)}` },
      { f: `${c(VAR.forventet)}-${c(VAR.budget)}` },
      { f: `(${c(VAR.haapF)}-${c(VAR.haapB)})*${c(VAR.prisB)}` },
      { f: `(${c(VAR.prisF)}-${c(VAR.prisB)})*${c(VAR.haapF)}` },
    ]]);
    if (!bRow) d.style(rect(r, VAR.haapB, 1, 2), "input");
    varianceRows.push({ row: r, line });
  }
  d.style(rect(vFirst, VAR.haapF, variance.length, 2), "input");
  p.inputs.push({
    headerRow: vFirst - 2, firstRow: vFirst, anchor: { col: 0, text: "Afvigelsesforklaring" }, keys: variance.map((l) => inputKey({ label: l.foranstaltning })),
    keyCols: { label: 0 }, inputCols: [VAR.haapF, VAR.prisF], end: { col: 0, text: "I alt (HÅP" }, recordCol: p.recordCol, label: PROGNOSE_INPUTS.afvigelse,
  });
  const varianceTotalRow = p.row++;
  const vs = (col: number): Cell => ({ f: `SUM(${a1(vFirst, col)}:${a1(varianceTotalRow - 1, col)})` });
  // A sum of HÅP over foranstaltninger counts a borger once per foranstaltning (docs/domain.md §4).
  d.put(varianceTotalRow, 0, [["I alt (HÅP: helårsforanstaltninger)", null, vs(VAR.haapB), null, vs(VAR.budget), vs(VAR.haapF), null, vs(VAR.forventet), vs(VAR.afvigelse), vs(VAR.maengde), vs(VAR.pris)]]);
  d.style(rect(varianceTotalRow, 0, 1, 11), "total");
  const all = variance.length + 1;
  for (const col of [VAR.haapB, VAR.haapF]) d.numberFormat(rect(vFirst, col, all, 1), NUMBER_FORMATS.haap);
  for (const col of [VAR.prisB, VAR.budget, VAR.prisF, VAR.forventet, VAR.afvigelse, VAR.maengde, VAR.pris]) d.numberFormat(rect(vFirst, col, all, 1), NUMBER_FORMATS.kr);
  return { varianceRows, varianceTotalRow };
}

/** Grundlag pr. konto: what the methods read for the rest of the year. */
function writeBasis(p: Plan, pools: PrognoseLayout["pools"]): void {
  const { d, k, kontos, basisHeader, basisFirst } = p;
  d.section(basisHeader - 1, "Grundlag pr. konto (resten af året)");
  d.header(basisHeader, 0, ["Konto", "Disponeret resten af året", "Risikosager (vægtet)", "Pulje til ukendt tilgang", "Skøn (forventet regnskab)", "Gns. seneste 12 bogførte måneder"], true);
  const rs = p.input.risikosager;
  const has12 = p.kIdx >= 11;
  kontos.forEach((kt, i) => {
    const r = basisFirst + i;
    const dr = kt.disponeret;
    const disp: Cell = dr === undefined ? 0 : typeof dr === "number" ? dr
      : k === 12 ? 0 : { f: `SUM(${sheetRef(dr.sheet)}${a1(dr.row, dr.firstMonthCol + k)}:${a1(dr.row, dr.firstMonthCol + 11)})` };
    if (typeof dr === "number") d.style(rect(r, BASIS.disponeret), "input");
    let risk: Cell = 0;
    if (rs && rs.byKonto.length > 0) {
      const f = rs.byKonto[0].row, l = rs.byKonto[rs.byKonto.length - 1].row;
      const ref = (c: number) => `${sheetRef(rs.sheetName)}${a1(f, c, true, true)}:${a1(l, c, true, true)}`;
      risk = { f: `SUMIFS(${ref(rs.summaryAmountCol)},${ref(0)},${a1(r, 0, false, true)})` };
    }
    const pool = pools.find((x) => x.konto === kt.konto);
    d.put(r, 0, [[kt.konto, disp, risk, pool ? { f: pool.totalCell } : null, kt.method === "skoen" ? (kt.skoen ?? 0) : null,
      has12 ? { f: `AVERAGE(${aRange(p.bookedRows[i].row, p.kIdx - 11, p.kIdx)})` } : { f: "NA()" }]]);
    if (kt.method === "skoen") d.style(rect(r, BASIS.skoen), "input");
  });
  if (kontos.length > 0) d.numberFormat(rect(basisFirst, 1, kontos.length, 5), NUMBER_FORMATS.kr);
  // The disposed amount is an input only where it is a value (no Disponering sheet to link to).
  const typedDisposed = kontos.every((kt) => typeof kt.disponeret !== "object");
  p.inputs.push({
    headerRow: basisHeader - 1, firstRow: basisFirst, anchor: { col: 0, text: "Grundlag pr. konto" }, keys: konti(kontos), keyCols: { label: 0 },
    inputCols: typedDisposed ? [BASIS.disponeret, BASIS.skoen] : [BASIS.skoen], recordCol: p.recordCol, label: PROGNOSE_INPUTS.grundlag,
  });
}

/** Prognose pr. konto: each konto's method writes its own rest-of-year formula (core METHODS). */
function writeMain(p: Plan): void {
  const { d, kontos, mainHeader, mainFirst, totalRow } = p;
  d.section(mainHeader - 1, "Prognose pr. konto");
  // "Prognose for året", not "forventet regnskab": that name is the workbook's one figure (docs/domain.md §7).
  d.header(mainHeader, 0, ["Konto", "Tekst", "Metode", "Budget", "Forbrug til dato", "Prognose resten af året", "Prognose for året", "Prognose − budget (kr.)", "Prognose − budget (%)"], true);
  kontos.forEach((kt, i) => {
    const r = mainFirst + i, b = p.basisFirst + i;
    const basis = (c: number) => a1(b, c);
    const own = (c: number) => a1(r, c);
    const method = methodDef(kt.method);
    const rest = method.restFormula({
      disponeret: basis(BASIS.disponeret), risiko: basis(BASIS.risiko), pulje: basis(BASIS.pulje), gns12: basis(BASIS.gns12),
      skoen: basis(BASIS.skoen), budget: own(MAIN.budget), forbrug: own(MAIN.forbrug), restMonths: RESTCELL,
    });
    d.put(r, 0, [[
      kt.konto, kt.tekst, method.name, kt.budget,
      { f: `SUM(${aRange(p.bookedRows[i].row, p.jan, p.kIdx)})` },
      { f: rest },
      { f: `${own(MAIN.forbrug)}+${own(MAIN.rest)}` },
      { f: `${own(MAIN.forventet)}-${own(MAIN.budget)}` },
      { f: `IF(${own(MAIN.budget)}=0,NA(),${own(MAIN.afvigelse)}/${own(MAIN.budget)})` },
    ]]);
  });
  const sumCol = (c: number): Cell => (kontos.length > 0 ? { f: `SUM(${a1(mainFirst, c)}:${a1(totalRow - 1, c)})` } : 0);
  d.put(totalRow, 0, [["I alt", null, null, sumCol(MAIN.budget), sumCol(MAIN.forbrug), sumCol(MAIN.rest), sumCol(MAIN.forventet),
    { f: `${a1(totalRow, MAIN.forventet)}-${a1(totalRow, MAIN.budget)}` },
    { f: `IF(${a1(totalRow, MAIN.budget)}=0,NA(),${a1(totalRow, MAIN.afvigelse)}/${a1(totalRow, MAIN.budget)})` }]]);
  d.style(rect(totalRow, 0, 1, 9), "total");
  p.inputs.push({
    headerRow: mainHeader, firstRow: mainFirst, keys: konti(kontos), keyCols: { label: 0 }, inputCols: [MAIN.budget],
    end: { col: 0, text: "I alt" }, recordCol: p.recordCol, label: PROGNOSE_INPUTS.budget,
  });
  if (kontos.length > 0) {
    d.style(rect(mainFirst, MAIN.budget, kontos.length, 1), "input");
    d.style(rect(mainFirst, MAIN.forventet, kontos.length, 1), "output");
  }
  d.numberFormat(rect(mainFirst, MAIN.budget, kontos.length + 1, 5), NUMBER_FORMATS.kr);
  d.numberFormat(rect(mainFirst, MAIN.afvigelsePct, kontos.length + 1, 1), NUMBER_FORMATS.percent);
}

export function buildPrognose(input: PrognoseSheetInput): { spec: SheetSpec; layout: PrognoseLayout } {
  const { year, bookedThrough: k } = input;
  if (!Number.isInteger(k) || k < 1 || k > 12) throw new CoreUsageError(`bookedThrough skal være 1–12, fik ${k}`);
  const months = input.booked.months;
  const idx = (y: number, m: number) => months.findIndex((x) => x.y === y && x.m === m);
  const kIdx = idx(year, k);
  const jan = idx(year, 1);
  if (kIdx < 0 || jan < 0 || kIdx - jan !== k - 1) throw new CoreUsageError(`forbrugstabellen skal indeholde ${year}-01 … ${year}-${k} uden huller`);
  const sheetName = input.sheetName ?? prognoseSheetName(year, k);

  // Row plan: main table, basis table, booked table, pool tables, variance table.
  const kontos = input.kontos;
  const mainHeader = 7, mainFirst = 8, totalRow = mainFirst + kontos.length;
  const basisHeader = totalRow + 3, basisFirst = basisHeader + 1;
  const bookedHeader = basisFirst + kontos.length + 2, bookedFirst = bookedHeader + 1;
  const p: Plan = {
    d: draft(), input, year, k, months, jan, kIdx, kontos, mainHeader, mainFirst, totalRow, basisHeader, basisFirst, bookedHeader, bookedFirst,
    bookedRows: kontos.map((kt, i) => ({ row: bookedFirst + i, konto: kt.konto })),
    row: bookedFirst + kontos.length + 1,
    inputs: [],
    // The same column month after month (next month's sheet reads last month's record there): far
    // enough right for five years of months, further only when the month tables are wider still.
    recordCol: Math.max(PROGNOSE_RECORD_COL, 2 + months.length, 2 + (input.intake?.months.length ?? 0)),
  };
  writeHeading(p);
  writeBooked(p);
  const pools = writePools(p);
  const { varianceRows, varianceTotalRow } = writeVariance(p);
  writeBasis(p, pools);
  writeMain(p);
  const headline = writeHeadline(p);

  const columnWidths: Record<number, number> = { 0: 24, 1: 30, 2: 30, 3: 14, 4: 14, 5: 14, 6: 14, 7: 14, 8: 11, 9: 14, 10: 14 };
  for (let j = 0; j < months.length; j++) columnWidths[aCol(j)] = Math.max(columnWidths[aCol(j)] ?? 0, 11);

  return {
    // Every yellow table survives a refresh of the month's sheet, by konto / foranstaltning (docs/domain.md §7).
    spec: p.d.toSpec({ name: sheetName, kind: "prognose", columnWidths, freeze: { rows: mainHeader + 1, cols: 1 }, protect: true, tabColor: "#375623", inputs: p.inputs }),
    layout: {
      sheetName, kCell: KCELL, restCell: RESTCELL, cols: MAIN, kontoRows: kontos.map((kt, i) => ({ row: mainFirst + i, konto: kt })), totalRow,
      basisCols: BASIS, basisRows: kontos.map((kt, i) => ({ row: basisFirst + i, konto: kt.konto })), bookedRows: p.bookedRows,
      bookedFirstCol: BOOKED_FIRST_COL, pools, varianceCols: VAR, varianceRows, varianceTotalRow, ...(headline ? { headline } : {}),
    },
  };
}
