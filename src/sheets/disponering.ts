// "Disponering ÅÅÅÅ": one row per case with native month formulas (docs/domain.md §4, §6, §7), so the
// sheet recalculates when someone edits a takst or a date, even without the add-in.
import { dayToSerial, formatDate, OPEN_END, type CaseRow } from "../core";
import { a1, colName, rect } from "./a1";
import { NUMBER_FORMATS, type Block, type Cell, type FormatRule, type SheetSpec } from "./spec";

export interface DisponeringInput {
  year: number;
  cases: readonly CaseRow[];
  /** Kommune name for the title. */
  kommune?: string;
  /** Where the cases came from, e.g. "tabellen Sager". */
  source?: string;
  /** Day number of generation, printed in the banner (passed in so output is deterministic). */
  generatedOn: number;
  sheetName?: string;
  /** Show CPR as 010190-xxxx. Merging a person's rows for HÅP then works on the masked text. */
  maskCpr?: (cpr: string) => string;
  /**
   * Booked actuals per konto and month (index 0 = January). Konti listed here get an input row in
   * "Bogført pr. konto"; the other konti of the cases get an empty input row.
   */
  actuals?: readonly { konto: string; months: readonly number[] }[];
  /** Months 1..k are closed (booked); they use actuals, the rest dispositions. Default 0. */
  bookedMonths?: number;
}

/** Where things ended up, for builders that refer to this sheet (Nøgletal) and for tests. */
export interface DisponeringLayout {
  sheetName: string;
  /** 0-based column indices. */
  cols: typeof COLS;
  firstMonthCol: number;
  totalCol: number;
  headerRow: number;
  yearCell: { row: number; col: number };
  /** Input cell with the number of booked months (0–12). */
  bookedMonthsCell: { row: number; col: number };
  /** 0-based rows of each case, in the order of `cases` after sorting. */
  caseRows: { row: number; caseRow: CaseRow }[];
  /** First and last row of the case block (current and expected cases together, sorted). */
  casesFrom: number;
  casesTo: number;
  currentTotalRow: number;
  expectedTotalRow: number;
  currentAndExpectedRow: number;
  poolRow: number;
  grandTotalRow: number;
  byForanstaltning: { row: number; name: string }[];
  byKonto: { row: number; name: string }[];
  /** Input rows of booked actuals per konto. */
  actualsByKonto: { row: number; name: string }[];
  /** Forventet regnskab per konto: actuals for booked months, dispositions for the rest. */
  forecastByKonto: { row: number; name: string }[];
  /** Helper columns for the key figures (per case row). */
  helperCols: typeof HELPER;
}

const COLS = {
  cpr: 0, navn: 1, foranstaltning: 2, konto: 3, leverandoer: 4, raadgiver: 5, status: 6,
  takst: 7, enhed: 8, start: 9, stop: 10,
} as const;
const FIRST_MONTH = 11;
const TOTAL_COL = FIRST_MONTH + 12;
const WIDTH = TOTAL_COL + 1;
/**
 * Helper columns right of the sheet (after one empty column) that make HÅP computable with plain
 * formulas: rows are sorted by (foranstaltning, konto, cpr, start), so a person's rows within one
 * (foranstaltning, konto) are adjacent and the union of their days is counted with a running
 * maximum of the covered end ("running max end"): each row adds only the days after what earlier
 * rows of the same person already covered. Months work the same way on month numbers.
 */
const HELPER = {
  same: TOTAL_COL + 2, start: TOTAL_COL + 3, stop: TOTAL_COL + 4, covered: TOTAL_COL + 5, days: TOTAL_COL + 6,
  monthCovered: TOTAL_COL + 7, months: TOTAL_COL + 8, inYear: TOTAL_COL + 9,
} as const;
const HELPER_HEADERS = [
  "Samme borger som rækken over", "Start i året", "Slut i året", "Dage dækket t.o.m.", "HÅP-dage (nye)",
  "Måneder dækket t.o.m.", "HÅP-måneder (nye)", "Sag i året",
];
const MONTHS_DA = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

/**
 * The month formula of one case cell, relative to its own row and its month's header cell:
 * takst × days of [start, stop] in the month × the unit's day factor. An empty stop is open-ended.
 */
export function monthFormula(row: number, monthCol: number, headerRow: number): string {
  const h = a1(headerRow, monthCol, true, false); // L$5
  const r = (c: number) => a1(row, c, false, true); // $H7
  const eom = `EOMONTH(${h},0)`;
  const days = `MAX(0,MIN(IF(${r(COLS.stop)}>0,${r(COLS.stop)},${eom}),${eom})-MAX(${r(COLS.start)},${h})+1)`;
  const unit = r(COLS.enhed);
  const factor =
    `IF(${unit}="døgn",1,IF(${unit}="uge",1/7,IF(${unit}="år",1/(DATE(YEAR(${h})+1,1,1)-DATE(YEAR(${h}),1,1)),1/DAY(${eom}))))`;
  return `${r(COLS.takst)}*${days}*${factor}`;
}

function sortCases(cases: readonly CaseRow[]): CaseRow[] {
  return [...cases].sort(
    (a, b) =>
      a.foranstaltning.localeCompare(b.foranstaltning, "da") ||
      a.konto.localeCompare(b.konto, "da") ||
      (a.cpr ?? "").localeCompare(b.cpr ?? "") ||
      a.start - b.start ||
      a.row - b.row,
  );
}

const uniqueSorted = (xs: string[]) => [...new Set(xs)].sort((a, b) => a.localeCompare(b, "da"));

/** The helper formulas of one case row (0-based `row`), see HELPER. */
export function helperFormulas(row: number, yearCell: { row: number; col: number }): Record<keyof typeof HELPER, string> {
  const R = row + 1;
  const P = row; // 1-based number of the row above
  const y = a1(yearCell.row, yearCell.col, true, true);
  const c = (col: number, r = R) => `${colName(col)}${r}`;
  const abs = (col: number, r = R) => `$${colName(col)}${r}`;
  const yStart = `DATE(${y},1,1)`;
  const yEnd = `DATE(${y},12,31)`;
  const same = c(HELPER.same);
  const inYear = `${c(HELPER.stop)}>=${c(HELPER.start)}`;
  const lastMonth = `IF(${inYear},MONTH(${c(HELPER.stop)}),0)`;
  return {
    // Rows without CPR are each their own person.
    same: `AND(${abs(COLS.cpr)}<>"",${abs(COLS.cpr)}=${abs(COLS.cpr, P)},${abs(COLS.foranstaltning)}=${abs(COLS.foranstaltning, P)},${abs(COLS.konto)}=${abs(COLS.konto, P)})`,
    start: `MAX(${abs(COLS.start)},${yStart})`,
    stop: `MIN(IF(${abs(COLS.stop)}>0,${abs(COLS.stop)},${yEnd}),${yEnd})`,
    covered: `IF(${same},MAX(${c(HELPER.covered, P)},${c(HELPER.stop)}),${c(HELPER.stop)})`,
    days: `MAX(0,${c(HELPER.stop)}-MAX(${c(HELPER.start)},IF(${same},${c(HELPER.covered, P)}+1,0))+1)`,
    monthCovered: `IF(${same},MAX(${c(HELPER.monthCovered, P)},${lastMonth}),${lastMonth})`,
    months: `IF(${inYear},MAX(0,MONTH(${c(HELPER.stop)})-MAX(MONTH(${c(HELPER.start)}),IF(${same},${c(HELPER.monthCovered, P)}+1,1))+1),0)`,
    inYear: `IF(${inYear},1,0)`,
  };
}

export function buildDisponering(input: DisponeringInput): { spec: SheetSpec; layout: DisponeringLayout } {
  const { year } = input;
  const sheetName = input.sheetName ?? `Disponering ${year}`;
  const blocks: Block[] = [];
  const formats: FormatRule[] = [];
  const headerRow = 4;
  const yearCell = { row: 2, col: 1 };
  const bookedMonthsCell = { row: 2, col: 3 };
  const booked = Math.max(0, Math.min(12, Math.floor(input.bookedMonths ?? 0)));

  blocks.push({
    kind: "cells", row: 0, col: 0,
    cells: [
      [`Disponeringsark ${year}${input.kommune ? ` — ${input.kommune}` : ""}`],
      [`Genereret af Styringsark ${formatDate(input.generatedOn)}${input.source ? ` fra ${input.source}` : ""}. Ret i kildetabellen — dette ark genskabes.`],
      ["Budgetår", year, "Bogført t.o.m. måned (0–12)", booked],
    ],
  });
  formats.push({ rect: rect(0, 0), style: "title" }, { rect: rect(1, 0, 1, WIDTH), style: "banner" });
  formats.push({ rect: rect(2, 0), bold: true }, { rect: rect(2, 1), numberFormat: NUMBER_FORMATS.integer });
  formats.push({ rect: rect(2, 2), bold: true }, { rect: rect(bookedMonthsCell.row, bookedMonthsCell.col), style: "input", numberFormat: NUMBER_FORMATS.integer });

  const header: Cell[] = [
    "Cpr-nr.", "Navn", "Foranstaltning", "Konto", "Leverandør", "Rådgiver", "Status", "Takst", "Takstenhed",
    "Startdato", "Stopdato",
  ];
  for (let m = 1; m <= 12; m++) header.push({ f: `DATE(${a1(yearCell.row, yearCell.col, true, true)},${m},1)` });
  header.push("Forventet regnskab");
  blocks.push({ kind: "cells", row: headerRow, col: 0, cells: [header] });
  blocks.push({ kind: "cells", row: headerRow - 1, col: HELPER.same, cells: [["Hjælpekolonner til nøgletal (HÅP) — beregnes, ret ikke her"]] });
  blocks.push({ kind: "cells", row: headerRow, col: HELPER.same, cells: [HELPER_HEADERS] });
  formats.push({ rect: rect(headerRow, 0, 1, WIDTH), style: "header", wrap: true });
  formats.push({ rect: rect(headerRow - 1, HELPER.same), style: "note" });
  formats.push({ rect: rect(headerRow, HELPER.same, 1, HELPER_HEADERS.length), style: "header", wrap: true });
  formats.push({ rect: rect(headerRow, FIRST_MONTH, 1, 12), numberFormat: "mmm" });

  // One block for current and expected cases: a person's rows must be adjacent for the HÅP helper
  // columns, across both statuses. The Status column decides which subtotal a row belongs to.
  const sorted = sortCases(input.cases);
  const caseRows: DisponeringLayout["caseRows"] = [];
  let row = headerRow + 1;
  blocks.push({ kind: "cells", row, col: 0, cells: [["Sager (aktuelle og forventede — kolonnen Status afgør hvilken sum rækken indgår i)"]] });
  formats.push({ rect: rect(row, 0), style: "section" });
  row++;
  const casesFrom = row;
  const sumRow = (r: number) => ({ f: `SUM(${a1(r, FIRST_MONTH)}:${a1(r, FIRST_MONTH + 11)})` });
  if (sorted.length > 0) {
    blocks.push({
      kind: "cells", row, col: 0,
      cells: sorted.map((c) => [
        c.cpr ? (input.maskCpr ? input.maskCpr(c.cpr) : c.cpr) : null,
        c.navn || null, c.foranstaltning, c.konto || null, c.leverandoer || null, c.raadgiver || null, c.status,
        c.takst, c.enhed, dayToSerial(c.start), c.stop >= OPEN_END ? null : dayToSerial(c.stop),
      ]),
    });
    for (const c of sorted) caseRows.push({ row: row++, caseRow: c });
    const n = sorted.length;
    blocks.push({ kind: "fill", rect: rect(casesFrom, FIRST_MONTH, n, 12), formula: monthFormula(casesFrom, FIRST_MONTH, headerRow) });
    blocks.push({ kind: "fill", rect: rect(casesFrom, TOTAL_COL, n, 1), formula: sumRow(casesFrom).f });
    const helpers = helperFormulas(casesFrom, yearCell);
    for (const key of Object.keys(HELPER) as (keyof typeof HELPER)[]) {
      blocks.push({ kind: "fill", rect: rect(casesFrom, HELPER[key], n, 1), formula: helpers[key] });
    }
  }
  const casesTo = Math.max(casesFrom, row - 1);
  const span = (col: number, abs = false) =>
    abs ? `$${colName(col)}$${casesFrom + 1}:$${colName(col)}$${casesTo + 1}` : `${colName(col)}$${casesFrom + 1}:${colName(col)}$${casesTo + 1}`;

  const lineAcross = (r: number, label: string, make: (c: number) => Cell) => {
    const cells: Cell[] = [];
    for (let c = FIRST_MONTH; c <= TOTAL_COL; c++) cells.push(make(c));
    if (label !== "") blocks.push({ kind: "cells", row: r, col: 0, cells: [[label]] });
    blocks.push({ kind: "cells", row: r, col: FIRST_MONTH, cells: [cells] });
  };
  const statusSum = (r: number, status: string) => (c: number): Cell =>
    c === TOTAL_COL ? sumRow(r) : sorted.length > 0 ? { f: `SUMIFS(${span(c)},${span(COLS.status, true)},"${status}")` } : 0;

  const currentTotalRow = row++;
  lineAcross(currentTotalRow, "Aktuelle sager i alt", statusSum(currentTotalRow, "aktuel"));
  formats.push({ rect: rect(currentTotalRow, 0, 1, WIDTH), style: "subtotal" });
  const expectedTotalRow = row++;
  lineAcross(expectedTotalRow, "Forventede sager i alt", statusSum(expectedTotalRow, "forventet"));
  formats.push({ rect: rect(expectedTotalRow, 0, 1, WIDTH), style: "subtotal" });
  const currentAndExpectedRow = row++;
  lineAcross(currentAndExpectedRow, "Aktuelle og forventede sager i alt", (c) => ({ f: `${a1(currentTotalRow, c)}+${a1(expectedTotalRow, c)}` }));
  formats.push({ rect: rect(currentAndExpectedRow, 0, 1, WIDTH), style: "subtotal" });
  const poolRow = row++;
  lineAcross(poolRow, "Pulje til ukendt tilgang (indtast skøn pr. måned)", (c) => (c === TOTAL_COL ? sumRow(poolRow) : 0));
  formats.push({ rect: rect(poolRow, FIRST_MONTH, 1, 12), style: "input" });
  const grandTotalRow = row++;
  row++;

  const groupSection = (label: string, col: number, names: string[]) => {
    blocks.push({ kind: "cells", row, col: 0, cells: [[label]] });
    formats.push({ rect: rect(row, 0), style: "section" });
    row++;
    const out: { row: number; name: string }[] = [];
    for (const name of names) {
      const r = row++;
      blocks.push({ kind: "cells", row: r, col, cells: [[name]] });
      lineAcross(r, "", (c) =>
        c === TOTAL_COL ? sumRow(r) : { f: `SUMIFS(${span(c)},${span(col, true)},${a1(r, col, false, true)})` },
      );
      out.push({ row: r, name });
    }
    if (out.length > 0) formats.push({ rect: rect(out[0].row, 0, out.length, WIDTH), style: "output" });
    return out;
  };
  const hasCases = sorted.length > 0;
  const byForanstaltning = hasCases ? groupSection("Disponeret pr. foranstaltning", COLS.foranstaltning, uniqueSorted(sorted.map((c) => c.foranstaltning))) : [];
  const konti = uniqueSorted([...sorted.map((c) => c.konto), ...(input.actuals ?? []).map((a) => a.konto)].filter((k) => k !== ""));
  const byKonto = hasCases ? groupSection("Disponeret pr. konto", COLS.konto, uniqueSorted(sorted.map((c) => c.konto).filter((k) => k !== ""))) : [];

  // Booked actuals per konto (inputs) and the forecast per konto: closed months use actuals.
  const k = a1(bookedMonthsCell.row, bookedMonthsCell.col, true, true);
  const closed = (c: number) => `MONTH(${a1(headerRow, c, true, false)})<=${k}`;
  blocks.push({ kind: "cells", row, col: 0, cells: [[`Bogført pr. konto (indtast; bruges for månederne t.o.m. ${a1(bookedMonthsCell.row, bookedMonthsCell.col)})`]] });
  formats.push({ rect: rect(row, 0), style: "section" });
  row++;
  const actualsByKonto: { row: number; name: string }[] = [];
  for (const name of konti) {
    const r = row++;
    const months = input.actuals?.find((a) => a.konto === name)?.months ?? [];
    blocks.push({ kind: "cells", row: r, col: COLS.konto, cells: [[name]] });
    lineAcross(r, "", (c) => (c === TOTAL_COL ? sumRow(r) : months[c - FIRST_MONTH] ?? 0));
    formats.push({ rect: rect(r, FIRST_MONTH, 1, 12), style: "input" });
    actualsByKonto.push({ row: r, name });
  }
  blocks.push({ kind: "cells", row, col: 0, cells: [["Forventet regnskab pr. konto (bogført for lukkede måneder, ellers disponeret)"]] });
  formats.push({ rect: rect(row, 0), style: "section" });
  row++;
  const forecastByKonto: { row: number; name: string }[] = [];
  for (const a of actualsByKonto) {
    const r = row++;
    const disp = byKonto.find((b) => b.name === a.name);
    blocks.push({ kind: "cells", row: r, col: COLS.konto, cells: [[a.name]] });
    lineAcross(r, "", (c) =>
      c === TOTAL_COL ? sumRow(r) : { f: `IF(${closed(c)},${a1(a.row, c)},${disp ? a1(disp.row, c) : 0})` },
    );
    forecastByKonto.push({ row: r, name: a.name });
  }
  if (forecastByKonto.length > 0) formats.push({ rect: rect(forecastByKonto[0].row, 0, forecastByKonto.length, WIDTH), style: "output" });

  const actualsSum = (c: number) =>
    actualsByKonto.length > 0 ? `SUM(${a1(actualsByKonto[0].row, c)}:${a1(actualsByKonto[actualsByKonto.length - 1].row, c)})` : "0";
  lineAcross(grandTotalRow, "Forventet regnskab i alt (bogført for lukkede måneder, ellers disponeret + pulje)", (c) =>
    c === TOTAL_COL ? sumRow(grandTotalRow) : { f: `IF(${closed(c)},${actualsSum(c)},${a1(currentAndExpectedRow, c)}+${a1(poolRow, c)})` },
  );
  formats.push({ rect: rect(grandTotalRow, 0, 1, WIDTH), style: "total" });

  const lastRow = row;
  formats.push({ rect: rect(headerRow + 1, COLS.takst, lastRow - headerRow, 1), numberFormat: NUMBER_FORMATS.kr });
  formats.push({ rect: rect(headerRow + 1, COLS.start, lastRow - headerRow, 2), numberFormat: NUMBER_FORMATS.date });
  formats.push({ rect: rect(headerRow + 1, FIRST_MONTH, lastRow - headerRow, 13), numberFormat: NUMBER_FORMATS.kr });
  if (hasCases) {
    formats.push({ rect: rect(casesFrom, HELPER.start, sorted.length, 3), numberFormat: NUMBER_FORMATS.date });
    formats.push({ rect: rect(casesFrom, HELPER.same, sorted.length, HELPER_HEADERS.length), style: "note" });
  }

  const columnWidths: Record<number, number> = { 0: 13, 1: 18, 2: 22, 3: 10, 4: 20, 5: 12, 6: 10, 7: 11, 8: 10, 9: 11, 10: 11, [TOTAL_COL]: 14 };
  for (let m = 0; m < 12; m++) columnWidths[FIRST_MONTH + m] = 11;
  for (let h = 0; h < HELPER_HEADERS.length; h++) columnWidths[HELPER.same + h] = 12;

  const validations: SheetSpec["validations"] = [
    { rect: rect(bookedMonthsCell.row, bookedMonthsCell.col), rule: { type: "decimal", min: 0, max: 12 }, error: "Skriv et tal fra 0 til 12 (antal bogførte måneder)" },
  ];
  if (hasCases) {
    validations.push(
      { rect: rect(casesFrom, COLS.enhed, sorted.length, 1), rule: { type: "list", values: ["måned", "døgn", "uge", "år"] }, error: "Takstenhed skal være måned, døgn, uge eller år" },
      { rect: rect(casesFrom, COLS.status, sorted.length, 1), rule: { type: "list", values: ["aktuel", "forventet"] }, error: "Status skal være aktuel eller forventet" },
    );
  }

  const spec: SheetSpec = {
    name: sheetName,
    kind: "disponering",
    blocks,
    formats,
    columnWidths,
    freeze: { rows: headerRow + 1, cols: 1 },
    validations,
    tabColor: "#1F4E79",
  };
  return {
    spec,
    layout: {
      sheetName, cols: COLS, firstMonthCol: FIRST_MONTH, totalCol: TOTAL_COL, headerRow, yearCell, bookedMonthsCell, caseRows,
      casesFrom, casesTo, currentTotalRow, expectedTotalRow, currentAndExpectedRow, poolRow, grandTotalRow,
      byForanstaltning, byKonto, actualsByKonto, forecastByKonto, helperCols: HELPER,
    },
  };
}

export { MONTHS_DA };
