// "Prognose ÅÅÅÅ-MM": the monthly follow-up per konto (docs/domain.md §1.3–4). Each konto's rest-of-year
// prognosis is a native formula of its chosen method over input tables on the same sheet (booked
// forbrug per month, tilgang, λ table) and links to the Disponering, Risikosager and
// Budgetforudsætninger sheets; the variance split per foranstaltningstype follows below.
import { CoreUsageError, dayToSerial, formatDate, methodDef, monthStart, type LambdaMethod, type MethodId, type MonthSeries } from "../core";
import { a1, rect, sheetRef } from "./a1";
import type { BudgetforudsaetningerLayout } from "./budgetforudsaetninger";
import type { RisikosagerLayout } from "./risikosager";
import { NUMBER_FORMATS, type Block, type Cell, type FormatRule, type SheetSpec } from "./spec";

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

export interface PrognoseSheetInput {
  year: number;
  /** Last booked month k (1–12). */
  bookedThrough: number;
  kontos: readonly PrognoseKonto[];
  /** Booked forbrug per konto per month, ascending, containing months 1..k of the year. */
  actuals: MonthSeries;
  /** New cases per konto per month (for λ of kontos with method "pulje"). */
  intake?: MonthSeries;
  lambda?: LambdaMethod;
  risikosager?: RisikosagerLayout;
  budgetforudsaetninger?: BudgetforudsaetningerLayout;
  variance?: readonly VarianceLine[];
  kommune?: string;
  generatedOn: number;
  sheetName?: string;
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
  actualsRows: { row: number; konto: string }[];
  actualsFirstCol: number;
  /** Pool per konto: the cell holding its total, and the λ rows. */
  pools: { konto: string; totalCell: string; lambdaRows: number[]; lambdaCol: number }[];
  varianceCols: typeof VAR;
  varianceRows: { row: number; line: VarianceLine }[];
  varianceTotalRow: number;
}

const MAIN = { konto: 0, tekst: 1, metode: 2, budget: 3, forbrug: 4, rest: 5, forventet: 6, afvigelse: 7, afvigelsePct: 8 } as const;
const BASIS = { konto: 0, disponeret: 1, risiko: 2, pulje: 3, skoen: 4, gns12: 5 } as const;
const VAR = { foranstaltning: 0, konto: 1, haapB: 2, prisB: 3, budget: 4, haapF: 5, prisF: 6, forventet: 7, afvigelse: 8, maengde: 9, pris: 10 } as const;

export const prognoseSheetName = (year: number, k: number) => `Prognose ${year}-${String(k).padStart(2, "0")}`;

export function buildPrognose(input: PrognoseSheetInput): { spec: SheetSpec; layout: PrognoseLayout } {
  const { year, bookedThrough: k } = input;
  if (!Number.isInteger(k) || k < 1 || k > 12) throw new CoreUsageError(`bookedThrough skal være 1–12, fik ${k}`);
  const months = input.actuals.months;
  const idx = (y: number, m: number) => months.findIndex((x) => x.y === y && x.m === m);
  const kIdx = idx(year, k);
  const jan = idx(year, 1);
  if (kIdx < 0 || jan < 0 || kIdx - jan !== k - 1) throw new CoreUsageError(`forbrugstabellen skal indeholde ${year}-01 … ${year}-${k} uden huller`);
  const sheetName = input.sheetName ?? prognoseSheetName(year, k);
  const blocks: Block[] = [];
  const formats: FormatRule[] = [];
  const cells = (row: number, col: number, rows: Cell[][]) => blocks.push({ kind: "cells", row, col, cells: rows });

  cells(0, 0, [
    [`Prognose ${year} pr. konto, bogført til og med ${String(k).padStart(2, "0")}.${year}${input.kommune ? ` — ${input.kommune}` : ""}`],
    [`Genereret af Styringsark ${formatDate(input.generatedOn)}. Gule celler er grundlag, der kan rettes; prognoserne er formler. Afvigelse > 0 er merforbrug.`],
    ["Budgetår", year],
    ["Bogført til og med måned", k],
    ["Resterende måneder", { f: "12-B4" }],
  ]);
  formats.push({ rect: rect(0, 0), style: "title" }, { rect: rect(1, 0, 1, 11), style: "banner" }, { rect: rect(2, 0, 3, 1), bold: true });
  const kCell = "$B$4", restCell = "$B$5";

  // Row plan: main table, basis table, actuals table, pool tables, variance table.
  const kontos = input.kontos;
  const mainHeader = 7, mainFirst = 8, totalRow = mainFirst + kontos.length;
  const basisHeader = totalRow + 3, basisFirst = basisHeader + 1;
  const actualsHeader = basisFirst + kontos.length + 2, actualsFirst = actualsHeader + 1;
  const actualsFirstCol = 1;
  const kontoRows = kontos.map((kt, i) => ({ row: mainFirst + i, konto: kt }));
  const basisRows = kontos.map((kt, i) => ({ row: basisFirst + i, konto: kt.konto }));
  const actualsRows = kontos.map((kt, i) => ({ row: actualsFirst + i, konto: kt.konto }));
  const aCol = (j: number) => actualsFirstCol + j;
  const aRange = (row: number, from: number, to: number) => `${a1(row, aCol(from))}:${a1(row, aCol(to))}`;
  const has12 = kIdx >= 11;

  // --- Bogført forbrug pr. måned (inputs)
  cells(actualsHeader - 1, 0, [["Bogført forbrug pr. måned"]]);
  formats.push({ rect: rect(actualsHeader - 1, 0), style: "section" });
  cells(actualsHeader, 0, [["Konto", ...months.map((m) => dayToSerial(monthStart(m.y, m.m)))]]);
  formats.push({ rect: rect(actualsHeader, 0, 1, months.length + 1), style: "header" }, { rect: rect(actualsHeader, 1, 1, months.length), numberFormat: "mmm yy" });
  if (kontos.length > 0) {
    cells(actualsFirst, 0, kontos.map((kt) => [kt.konto, ...(input.actuals.rows.find((r) => r.konto === kt.konto)?.values ?? months.map(() => 0))]));
    formats.push({ rect: rect(actualsFirst, 1, kontos.length, months.length), style: "input", numberFormat: NUMBER_FORMATS.kr });
  }

  // --- Pulje: tilgang per month (inputs) and a λ table per konto
  let row = actualsFirst + kontos.length + 1;
  const pools: PrognoseLayout["pools"] = [];
  const poolKontos = kontos.filter((kt) => kt.method === "pulje");
  const lambda = input.lambda ?? { kind: "gennemsnit", months: 12 };
  if (poolKontos.length > 0) {
    const intake = input.intake ?? { months: [], rows: [] };
    const n = intake.months.length;
    if (n === 0) throw new CoreUsageError("metoden pulje kræver en tilgangstabel");
    cells(row++, 0, [[`Pulje til ukendt tilgang — tilgang af nye sager pr. måned; λ = ${lambda.kind === "trend" ? "lineær trend" : `gennemsnit af de seneste ${Math.min(lambda.months, n)} måneder`}`]]);
    formats.push({ rect: rect(row - 1, 0), style: "section" });
    const intakeHeader = row++;
    cells(intakeHeader, 0, [["Konto", ...intake.months.map((m) => dayToSerial(monthStart(m.y, m.m)))]]);
    formats.push({ rect: rect(intakeHeader, 0, 1, n + 1), style: "header" }, { rect: rect(intakeHeader, 1, 1, n), numberFormat: "mmm yy" });
    const xRow = row++;
    cells(xRow, 0, [["Måned nr.", ...intake.months.map((_, j) => j + 1)]]);
    formats.push({ rect: rect(xRow, 0, 1, 1), style: "note" });
    const intakeRows = new Map<string, number>();
    for (const kt of poolKontos) {
      intakeRows.set(kt.konto, row);
      cells(row, 0, [[kt.konto, ...(intake.rows.find((r) => r.konto === kt.konto)?.values ?? intake.months.map(() => 0))]]);
      formats.push({ rect: rect(row, 1, 1, n), style: "input" });
      row++;
    }
    row++;
    const xs = `${a1(xRow, 1, true, true)}:${a1(xRow, n, true, true)}`;
    for (const kt of poolKontos) {
      const ir = intakeRows.get(kt.konto)!;
      const hs = `${a1(ir, 1, true, true)}:${a1(ir, n, true, true)}`;
      const lastN = Math.min(lambda.kind === "gennemsnit" ? lambda.months : n, n);
      const recent = `${a1(ir, n - lastN + 1, true, true)}:${a1(ir, n, true, true)}`;
      cells(row, 0, [[`Pulje ${kt.konto}`, "Pris pr. måned", kt.puljePrisPrMaaned ?? 0]]);
      formats.push({ rect: rect(row, 0), style: "section" }, { rect: rect(row, 2), style: "input", numberFormat: NUMBER_FORMATS.kr });
      const priceCell = a1(row, 2, true, true);
      row++;
      cells(row, 0, [["Måned", "λ (nye sager pr. måned)", "Resterende måneder", "λ × resterende måneder"]]);
      formats.push({ rect: rect(row, 0, 1, 4), style: "header", wrap: true });
      row++;
      const lambdaRows: number[] = [];
      const lFirst = row;
      for (let m = k + 1; m <= 12; m++) {
        const j = m - k;
        const l = lambda.kind === "trend"
          ? `MAX(0,AVERAGE(${hs})+SLOPE(${hs},${xs})*(COUNT(${xs})+${j}-AVERAGE(${xs})))`
          : `AVERAGE(${recent})`;
        cells(row, 0, [[dayToSerial(monthStart(year, m)), { f: l }, 12 - m + 1, { f: `${a1(row, 1)}*${a1(row, 2)}` }]]);
        lambdaRows.push(row++);
      }
      formats.push({ rect: rect(lFirst, 0, 12 - k, 1), numberFormat: "mmm yy" }, { rect: rect(lFirst, 1, 12 - k, 1), numberFormat: NUMBER_FORMATS.decimal2 });
      const tot = row++;
      const lRange = (c: number) => (k < 12 ? `${a1(lFirst, c)}:${a1(tot - 1, c)}` : null);
      cells(tot, 0, [["Pulje i alt", null, null, k < 12 ? { f: `SUMPRODUCT(${lRange(1)},${lRange(2)})*${priceCell}` } : 0]]);
      formats.push({ rect: rect(tot, 0, 1, 4), style: "total" }, { rect: rect(tot, 3), numberFormat: NUMBER_FORMATS.kr });
      pools.push({ konto: kt.konto, totalCell: a1(tot, 3), lambdaRows, lambdaCol: 1 });
      row++;
    }
  }

  // --- Afvigelsesforklaring
  const variance = input.variance ?? [];
  const varianceRows: PrognoseLayout["varianceRows"] = [];
  let varianceTotalRow = -1;
  if (variance.length > 0) {
    cells(row++, 0, [["Afvigelsesforklaring pr. foranstaltningstype: mængdeeffekt = (HÅP forventet − HÅP budget) × GNS-pris budget; priseffekt = (GNS-pris forventet − GNS-pris budget) × HÅP forventet"]]);
    formats.push({ rect: rect(row - 1, 0), style: "section" });
    const vh = row++;
    cells(vh, 0, [["Foranstaltning", "Konto", "HÅP budget", "GNS-pris budget", "Budget", "HÅP forventet", "GNS-pris forventet", "Forventet", "Afvigelse", "Mængdeeffekt", "Priseffekt"]]);
    formats.push({ rect: rect(vh, 0, 1, 11), style: "header", wrap: true });
    const bf = input.budgetforudsaetninger;
    const vFirst = row;
    for (const line of variance) {
      const r = row++;
      const bRow = bf?.rows.find((x) => x.assumption.foranstaltning === line.foranstaltning);
      const link = (col: number): Cell => ({ f: `${sheetRef(bf!.sheetName)}${a1(bRow!.row, col, true, true)}` });
      const c = (col: number) => a1(r, col);
      cells(r, 0, [[
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
      if (!bRow) formats.push({ rect: rect(r, VAR.haapB, 1, 2), style: "input" });
      varianceRows.push({ row: r, line });
    }
    formats.push({ rect: rect(vFirst, VAR.haapF, variance.length, 2), style: "input" });
    varianceTotalRow = row++;
    const vs = (col: number): Cell => ({ f: `SUM(${a1(vFirst, col)}:${a1(varianceTotalRow - 1, col)})` });
    cells(varianceTotalRow, 0, [["I alt", null, vs(VAR.haapB), null, vs(VAR.budget), vs(VAR.haapF), null, vs(VAR.forventet), vs(VAR.afvigelse), vs(VAR.maengde), vs(VAR.pris)]]);
    formats.push({ rect: rect(varianceTotalRow, 0, 1, 11), style: "total" });
    const all = variance.length + 1;
    for (const col of [VAR.haapB, VAR.haapF]) formats.push({ rect: rect(vFirst, col, all, 1), numberFormat: NUMBER_FORMATS.haap });
    for (const col of [VAR.prisB, VAR.budget, VAR.prisF, VAR.forventet, VAR.afvigelse, VAR.maengde, VAR.pris]) formats.push({ rect: rect(vFirst, col, all, 1), numberFormat: NUMBER_FORMATS.kr });
  }

  // --- Grundlag pr. konto
  cells(basisHeader - 1, 0, [["Grundlag pr. konto (resten af året)"]]);
  formats.push({ rect: rect(basisHeader - 1, 0), style: "section" });
  cells(basisHeader, 0, [["Konto", "Disponeret resten af året", "Risikosager (vægtet)", "Pulje til ukendt tilgang", "Skøn (forventet regnskab)", "Gns. seneste 12 bogførte måneder"]]);
  formats.push({ rect: rect(basisHeader, 0, 1, 6), style: "header", wrap: true });
  const rs = input.risikosager;
  kontos.forEach((kt, i) => {
    const r = basisFirst + i;
    const d = kt.disponeret;
    const disp: Cell = d === undefined ? 0 : typeof d === "number" ? d
      : k === 12 ? 0 : { f: `SUM(${sheetRef(d.sheet)}${a1(d.row, d.firstMonthCol + k)}:${a1(d.row, d.firstMonthCol + 11)})` };
    if (typeof d === "number") formats.push({ rect: rect(r, BASIS.disponeret), style: "input" });
    let risk: Cell = 0;
    if (rs && rs.byKonto.length > 0) {
      const f = rs.byKonto[0].row, l = rs.byKonto[rs.byKonto.length - 1].row;
      const ref = (c: number) => `${sheetRef(rs.sheetName)}${a1(f, c, true, true)}:${a1(l, c, true, true)}`;
      risk = { f: `SUMIFS(${ref(rs.summaryAmountCol)},${ref(0)},${a1(r, 0, false, true)})` };
    }
    const pool = pools.find((p) => p.konto === kt.konto);
    cells(r, 0, [[kt.konto, disp, risk, pool ? { f: pool.totalCell } : null, kt.method === "skoen" ? (kt.skoen ?? 0) : null,
      has12 ? { f: `AVERAGE(${aRange(actualsRows[i].row, kIdx - 11, kIdx)})` } : { f: "NA()" }]]);
    if (kt.method === "skoen") formats.push({ rect: rect(r, BASIS.skoen), style: "input" });
  });
  if (kontos.length > 0) formats.push({ rect: rect(basisFirst, 1, kontos.length, 5), numberFormat: NUMBER_FORMATS.kr });

  // --- Prognose pr. konto
  cells(mainHeader - 1, 0, [["Prognose pr. konto"]]);
  formats.push({ rect: rect(mainHeader - 1, 0), style: "section" });
  cells(mainHeader, 0, [["Konto", "Tekst", "Metode", "Budget", "Forbrug til dato", "Prognose resten af året", "Forventet regnskab", "Afvigelse (kr.)", "Afvigelse (%)"]]);
  formats.push({ rect: rect(mainHeader, 0, 1, 9), style: "header", wrap: true });
  kontos.forEach((kt, i) => {
    const r = mainFirst + i, b = basisFirst + i, act = actualsRows[i].row;
    const basis = (c: number) => a1(b, c);
    const own = (c: number) => a1(r, c);
    const rest: Record<MethodId, string> = {
      disponering: basis(BASIS.disponeret),
      risikosager: `${basis(BASIS.disponeret)}+${basis(BASIS.risiko)}`,
      pulje: `${basis(BASIS.disponeret)}+${basis(BASIS.pulje)}`,
      glidende: `${basis(BASIS.gns12)}*${restCell}`,
      tolvtedele: `${own(MAIN.budget)}/12*${restCell}`,
      ramme: `${own(MAIN.budget)}-${own(MAIN.forbrug)}`,
      skoen: `${basis(BASIS.skoen)}-${own(MAIN.forbrug)}`,
    };
    cells(r, 0, [[
      kt.konto, kt.tekst, methodDef(kt.method).name, kt.budget,
      { f: `SUM(${aRange(act, jan, kIdx)})` },
      { f: rest[kt.method] },
      { f: `${own(MAIN.forbrug)}+${own(MAIN.rest)}` },
      { f: `${own(MAIN.forventet)}-${own(MAIN.budget)}` },
      { f: `IF(${own(MAIN.budget)}=0,NA(),${own(MAIN.afvigelse)}/${own(MAIN.budget)})` },
    ]]);
  });
  const sumCol = (c: number): Cell => (kontos.length > 0 ? { f: `SUM(${a1(mainFirst, c)}:${a1(totalRow - 1, c)})` } : 0);
  cells(totalRow, 0, [["I alt", null, null, sumCol(MAIN.budget), sumCol(MAIN.forbrug), sumCol(MAIN.rest), sumCol(MAIN.forventet),
    { f: `${a1(totalRow, MAIN.forventet)}-${a1(totalRow, MAIN.budget)}` },
    { f: `IF(${a1(totalRow, MAIN.budget)}=0,NA(),${a1(totalRow, MAIN.afvigelse)}/${a1(totalRow, MAIN.budget)})` }]]);
  formats.push({ rect: rect(totalRow, 0, 1, 9), style: "total" });
  if (kontos.length > 0) {
    formats.push({ rect: rect(mainFirst, MAIN.budget, kontos.length, 1), style: "input" });
    formats.push({ rect: rect(mainFirst, MAIN.forventet, kontos.length, 1), style: "output" });
  }
  formats.push({ rect: rect(mainFirst, MAIN.budget, kontos.length + 1, 5), numberFormat: NUMBER_FORMATS.kr });
  formats.push({ rect: rect(mainFirst, MAIN.afvigelsePct, kontos.length + 1, 1), numberFormat: NUMBER_FORMATS.percent });

  const columnWidths: Record<number, number> = { 0: 24, 1: 30, 2: 30, 3: 14, 4: 14, 5: 14, 6: 14, 7: 14, 8: 11, 9: 14, 10: 14 };
  for (let j = 0; j < months.length; j++) columnWidths[aCol(j)] = Math.max(columnWidths[aCol(j)] ?? 0, 11);

  return {
    spec: { name: sheetName, kind: "prognose", blocks, formats, columnWidths, freeze: { rows: mainHeader + 1, cols: 1 }, protect: true, tabColor: "#375623" },
    layout: {
      sheetName, kCell, restCell, cols: MAIN, kontoRows, totalRow, basisCols: BASIS, basisRows, actualsRows, actualsFirstCol, pools,
      varianceCols: VAR, varianceRows, varianceTotalRow,
    },
  };
}

