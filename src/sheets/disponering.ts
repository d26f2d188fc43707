// "Disponering ÅÅÅÅ": one row per case with native month formulas (docs/domain.md §4, §6, §7), so the
// sheet recalculates when someone edits a takst or a date, even without the add-in.
import { casesChecksum, checksumFormula, compareDa, dayToSerial, inputKey, OPEN_END, unitFormula, UNITS, UNITS_TEXT, type CaseRow } from "../core";
import { a1, colName, rect } from "./a1";
import { cprCell, draft, generatedBy, reportTitle, type CprOptions, type ReportOptions, type SheetDraft } from "./draft";
import { NUMBER_FORMATS, type Cell, type InputTable, type SheetSpec } from "./spec";

export interface DisponeringInput extends ReportOptions, CprOptions {
  year: number;
  cases: readonly CaseRow[];
  /** Where the cases came from, e.g. "tabellen Sager". */
  source?: string;
  // maskCpr (default false): merging a person's rows for HÅP then works on the masked text.
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
  /**
   * Σ of the "Kontrol" helper column as written (docs/domain.md §7): a figure kept as values (HÅP's
   * merged periods) is up to date exactly while the sheet's sum still equals this.
   */
  checksum: number;
}

const COLS = {
  cpr: 0, navn: 1, foranstaltning: 2, konto: 3, leverandoer: 4, raadgiver: 5, status: 6,
  takst: 7, enhed: 8, start: 9, stop: 10,
} as const;
const FIRST_MONTH = 11;
const BOOKED_LABEL = "Bogført t.o.m. måned (0–12)";
const POOL_LABEL = "Pulje til ukendt tilgang (indtast skøn pr. måned)";
const ACTUALS_TITLE = "Bogført pr. konto";
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
  monthCovered: TOTAL_COL + 7, months: TOTAL_COL + 8, inYear: TOTAL_COL + 9, check: TOTAL_COL + 10,
} as const;
const HELPER_HEADERS = [
  "Samme borger som rækken over", "Start i året", "Slut i året", "Dage dækket t.o.m.", "HÅP-dage (nye)",
  "Måneder dækket t.o.m.", "HÅP-måneder (nye)", "Sag i året", "Kontrol (til kontrolsummen)",
];

/**
 * The month formula of one case cell, relative to its own row and its month's header cell:
 * takst × days of [start, stop] in the month × the unit's day factor. An empty stop is open-ended.
 */
export function monthFormula(row: number, monthCol: number, headerRow: number): string {
  const h = a1(headerRow, monthCol, true, false); // L$5
  const r = (c: number) => a1(row, c, false, true); // $H7
  const eom = `EOMONTH(${h},0)`;
  const days = `MAX(0,MIN(IF(${r(COLS.stop)}>0,${r(COLS.stop)},${eom}),${eom})-MAX(${r(COLS.start)},${h})+1)`;
  const factor = unitFormula(r(COLS.enhed), (u) => u.dayFactorFormula(h));
  return `${r(COLS.takst)}*${days}*${factor}`;
}

function sortCases(cases: readonly CaseRow[]): CaseRow[] {
  return [...cases].sort(
    (a, b) =>
      compareDa(a.foranstaltning, b.foranstaltning) ||
      compareDa(a.konto, b.konto) ||
      compareDa(a.cpr ?? "", b.cpr ?? "") ||
      a.start - b.start ||
      a.row - b.row,
  );
}

const uniqueSorted = (xs: string[]) => [...new Set(xs)].sort(compareDa);

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
    // Only this row's own cells: the sum over the rows is the same in any order (sort-proof).
    check: checksumFormula({ cpr: abs(COLS.cpr), start: abs(COLS.start), stop: abs(COLS.stop), foranstaltning: abs(COLS.foranstaltning) }),
  };
}

type Line = { row: number; name: string };

/** Rows and cells fixed before the sections are written; `row` is the next free row. */
interface Plan {
  d: SheetDraft;
  year: number;
  headerRow: number;
  yearCell: { row: number; col: number };
  bookedMonthsCell: { row: number; col: number };
  sorted: CaseRow[];
  casesFrom: number;
  casesTo: number;
  row: number;
}

const sumFormula = (r: number) => `SUM(${a1(r, FIRST_MONTH)}:${a1(r, FIRST_MONTH + 11)})`;
const sumRow = (r: number): Cell => ({ f: sumFormula(r) });

/** Month cells (and the year total) of row r, with an optional label in column A. */
function lineAcross(p: Plan, r: number, label: string, make: (c: number) => Cell): void {
  const cells: Cell[] = [];
  for (let c = FIRST_MONTH; c <= TOTAL_COL; c++) cells.push(make(c));
  if (label !== "") p.d.put(r, 0, [[label]]);
  p.d.put(r, FIRST_MONTH, [cells]);
}

/** A column of the case block, e.g. L$7:L$12 (or $G$7:$G$12). */
function span(p: Plan, col: number, abs = false): string {
  const c = colName(col);
  return abs ? `$${c}$${p.casesFrom + 1}:$${c}$${p.casesTo + 1}` : `${c}$${p.casesFrom + 1}:${c}$${p.casesTo + 1}`;
}

function writeHeading(p: Plan, input: DisponeringInput, booked: number): void {
  const { d, year } = p;
  d.heading({
    title: reportTitle(`Disponeringsark ${year}`, input.kommune),
    banner: `${generatedBy(input.generatedOn)}${input.source ? ` fra ${input.source}` : ""}. Ret i kildetabellen — dette ark genskabes.`,
    width: WIDTH, year, yearRowMore: [BOOKED_LABEL, booked],
  });
  d.format(rect(2, 2), { bold: true }).input(rect(p.bookedMonthsCell.row, p.bookedMonthsCell.col), NUMBER_FORMATS.integer);
}

function writeColumnHeaders(p: Plan): void {
  const { d, headerRow, yearCell } = p;
  const header: Cell[] = [
    "Cpr-nr.", "Navn", "Foranstaltning", "Konto", "Leverandør", "Rådgiver", "Status", "Takst", "Takstenhed",
    "Startdato", "Stopdato",
  ];
  for (let m = 1; m <= 12; m++) header.push({ f: `DATE(${a1(yearCell.row, yearCell.col, true, true)},${m},1)` });
  header.push("Forventet regnskab");
  d.header(headerRow, 0, header, true);
  d.put(headerRow - 1, HELPER.same, [["Hjælpekolonner til nøgletal (HÅP) — beregnes, ret ikke her"]]).style(rect(headerRow - 1, HELPER.same), "note");
  d.header(headerRow, HELPER.same, HELPER_HEADERS, true);
  d.numberFormat(rect(headerRow, FIRST_MONTH, 1, 12), "mmm");
}

/**
 * One block for current and expected cases: a person's rows must be adjacent for the HÅP helper
 * columns, across both statuses. The Status column decides which subtotal a row belongs to.
 */
function writeCases(p: Plan, mask: boolean): DisponeringLayout["caseRows"] {
  const { d, sorted, casesFrom } = p;
  d.section(p.row - 1, "Sager (aktuelle og forventede — kolonnen Status afgør hvilken sum rækken indgår i)");
  const caseRows: DisponeringLayout["caseRows"] = [];
  if (sorted.length === 0) return caseRows;
  d.put(casesFrom, 0, sorted.map((c) => [
    cprCell(c.cpr, mask),
    c.navn || null, c.foranstaltning, c.konto || null, c.leverandoer || null, c.raadgiver || null, c.status,
    c.takst, c.enhed, dayToSerial(c.start), c.stop >= OPEN_END ? null : dayToSerial(c.stop),
  ]));
  for (const c of sorted) caseRows.push({ row: p.row++, caseRow: c });
  const n = sorted.length;
  d.fill(rect(casesFrom, FIRST_MONTH, n, 12), monthFormula(casesFrom, FIRST_MONTH, p.headerRow));
  d.fill(rect(casesFrom, TOTAL_COL, n, 1), sumFormula(casesFrom));
  const helpers = helperFormulas(casesFrom, p.yearCell);
  for (const key of Object.keys(HELPER) as (keyof typeof HELPER)[]) d.fill(rect(casesFrom, HELPER[key], n, 1), helpers[key]);
  return caseRows;
}

/** Subtotals by status, their sum and the pool input row; the grand total's row is reserved here. */
function writeStatusTotals(p: Plan) {
  const { d, sorted } = p;
  const statusSum = (r: number, status: string) => (c: number): Cell =>
    c === TOTAL_COL ? sumRow(r) : sorted.length > 0 ? { f: `SUMIFS(${span(p, c)},${span(p, COLS.status, true)},"${status}")` } : 0;
  const currentTotalRow = p.row++;
  lineAcross(p, currentTotalRow, "Aktuelle sager i alt", statusSum(currentTotalRow, "aktuel"));
  d.style(rect(currentTotalRow, 0, 1, WIDTH), "subtotal");
  const expectedTotalRow = p.row++;
  lineAcross(p, expectedTotalRow, "Forventede sager i alt", statusSum(expectedTotalRow, "forventet"));
  d.style(rect(expectedTotalRow, 0, 1, WIDTH), "subtotal");
  const currentAndExpectedRow = p.row++;
  lineAcross(p, currentAndExpectedRow, "Aktuelle og forventede sager i alt", (c) => ({ f: `${a1(currentTotalRow, c)}+${a1(expectedTotalRow, c)}` }));
  d.style(rect(currentAndExpectedRow, 0, 1, WIDTH), "subtotal");
  const poolRow = p.row++;
  lineAcross(p, poolRow, POOL_LABEL, (c) => (c === TOTAL_COL ? sumRow(poolRow) : 0));
  d.style(rect(poolRow, FIRST_MONTH, 1, 12), "input");
  const grandTotalRow = p.row++;
  p.row++;
  return { currentTotalRow, expectedTotalRow, currentAndExpectedRow, poolRow, grandTotalRow };
}

/** "Disponeret pr. …": one SUMIFS line per distinct value of `col`. */
function writeGroup(p: Plan, label: string, col: number, names: string[]): Line[] {
  const { d } = p;
  d.section(p.row++, label);
  const out: Line[] = [];
  for (const name of names) {
    const r = p.row++;
    d.put(r, col, [[name]]);
    lineAcross(p, r, "", (c) =>
      c === TOTAL_COL ? sumRow(r) : { f: `SUMIFS(${span(p, c)},${span(p, col, true)},${a1(r, col, false, true)})` },
    );
    out.push({ row: r, name });
  }
  if (out.length > 0) d.style(rect(out[0].row, 0, out.length, WIDTH), "output");
  return out;
}

/** Booked actuals per konto (inputs). */
function writeActuals(p: Plan, konti: string[], actuals: DisponeringInput["actuals"]): Line[] {
  const { d } = p;
  d.section(p.row++, `${ACTUALS_TITLE} (indtast; bruges for månederne t.o.m. ${a1(p.bookedMonthsCell.row, p.bookedMonthsCell.col)})`);
  const out: Line[] = [];
  for (const name of konti) {
    const r = p.row++;
    const months = actuals?.find((a) => a.konto === name)?.months ?? [];
    d.put(r, COLS.konto, [[name]]);
    lineAcross(p, r, "", (c) => (c === TOTAL_COL ? sumRow(r) : months[c - FIRST_MONTH] ?? 0));
    d.style(rect(r, FIRST_MONTH, 1, 12), "input");
    out.push({ row: r, name });
  }
  return out;
}

/** "IF(MONTH(L$5)<=$D$3," … : month c is closed (booked). */
function closed(p: Plan, c: number): string {
  return `MONTH(${a1(p.headerRow, c, true, false)})<=${a1(p.bookedMonthsCell.row, p.bookedMonthsCell.col, true, true)}`;
}

/** Forventet regnskab per konto: actuals for booked months, dispositions for the rest. */
function writeForecast(p: Plan, actualsByKonto: Line[], byKonto: Line[]): Line[] {
  const { d } = p;
  d.section(p.row++, "Forventet regnskab pr. konto (bogført for lukkede måneder, ellers disponeret)");
  const out: Line[] = [];
  for (const a of actualsByKonto) {
    const r = p.row++;
    const disp = byKonto.find((b) => b.name === a.name);
    d.put(r, COLS.konto, [[a.name]]);
    lineAcross(p, r, "", (c) =>
      c === TOTAL_COL ? sumRow(r) : { f: `IF(${closed(p, c)},${a1(a.row, c)},${disp ? a1(disp.row, c) : 0})` },
    );
    out.push({ row: r, name: a.name });
  }
  if (out.length > 0) d.style(rect(out[0].row, 0, out.length, WIDTH), "output");
  return out;
}

function writeGrandTotal(p: Plan, rows: { grandTotalRow: number; currentAndExpectedRow: number; poolRow: number }, actualsByKonto: Line[]): void {
  const actualsSum = (c: number) =>
    actualsByKonto.length > 0 ? `SUM(${a1(actualsByKonto[0].row, c)}:${a1(actualsByKonto[actualsByKonto.length - 1].row, c)})` : "0";
  const { grandTotalRow, currentAndExpectedRow, poolRow } = rows;
  lineAcross(p, grandTotalRow, "Forventet regnskab i alt (bogført for lukkede måneder, ellers disponeret + pulje)", (c) =>
    c === TOTAL_COL ? sumRow(grandTotalRow) : { f: `IF(${closed(p, c)},${actualsSum(c)},${a1(currentAndExpectedRow, c)}+${a1(poolRow, c)})` },
  );
  p.d.style(rect(grandTotalRow, 0, 1, WIDTH), "total");
}

/** Number formats over the whole body, and the input rules. */
function writeFormatsAndRules(p: Plan): void {
  const { d, headerRow, sorted, casesFrom } = p;
  const body = p.row - headerRow;
  d.numberFormat(rect(headerRow + 1, COLS.takst, body, 1), NUMBER_FORMATS.kr);
  d.numberFormat(rect(headerRow + 1, COLS.start, body, 2), NUMBER_FORMATS.date);
  d.numberFormat(rect(headerRow + 1, FIRST_MONTH, body, 13), NUMBER_FORMATS.kr);
  d.validate(rect(p.bookedMonthsCell.row, p.bookedMonthsCell.col), { type: "decimal", min: 0, max: 12 }, "Skriv et tal fra 0 til 12 (antal bogførte måneder)");
  if (sorted.length === 0) return;
  d.numberFormat(rect(casesFrom, HELPER.start, sorted.length, 3), NUMBER_FORMATS.date);
  d.style(rect(casesFrom, HELPER.same, sorted.length, HELPER_HEADERS.length), "note");
  d.validate(rect(casesFrom, COLS.enhed, sorted.length, 1), { type: "list", values: UNITS }, `Takstenhed skal være ${UNITS_TEXT}`);
  d.validate(rect(casesFrom, COLS.status, sorted.length, 1), { type: "list", values: ["aktuel", "forventet"] }, "Status skal være aktuel eller forventet");
}

export function buildDisponering(input: DisponeringInput): { spec: SheetSpec; layout: DisponeringLayout } {
  const { year } = input;
  const sheetName = input.sheetName ?? `Disponering ${year}`;
  const headerRow = 4;
  const sorted = sortCases(input.cases);
  const casesFrom = headerRow + 2;
  const p: Plan = {
    d: draft(), year, headerRow, yearCell: { row: 2, col: 1 }, bookedMonthsCell: { row: 2, col: 3 }, sorted,
    casesFrom, casesTo: Math.max(casesFrom, casesFrom + sorted.length - 1), row: casesFrom,
  };
  writeHeading(p, input, Math.max(0, Math.min(12, Math.floor(input.bookedMonths ?? 0))));
  writeColumnHeaders(p);
  const caseRows = writeCases(p, input.maskCpr ?? false);
  const totals = writeStatusTotals(p);
  const hasCases = sorted.length > 0;
  const byForanstaltning = hasCases ? writeGroup(p, "Disponeret pr. foranstaltning", COLS.foranstaltning, uniqueSorted(sorted.map((c) => c.foranstaltning))) : [];
  const byKonto = hasCases ? writeGroup(p, "Disponeret pr. konto", COLS.konto, uniqueSorted(sorted.map((c) => c.konto).filter((k) => k !== ""))) : [];
  const konti = uniqueSorted([...sorted.map((c) => c.konto), ...(input.actuals ?? []).map((a) => a.konto)].filter((k) => k !== ""));
  const actualsSection = p.row;
  const actualsByKonto = writeActuals(p, konti, input.actuals);
  const forecastByKonto = writeForecast(p, actualsByKonto, byKonto);
  writeGrandTotal(p, totals, actualsByKonto);
  writeFormatsAndRules(p);

  const columnWidths: Record<number, number> = { 0: 13, 1: 18, 2: 22, 3: 10, 4: 20, 5: 12, 6: 10, 7: 11, 8: 10, 9: 11, 10: 11, [TOTAL_COL]: 14 };
  for (let m = 0; m < 12; m++) columnWidths[FIRST_MONTH + m] = 11;
  for (let h = 0; h < HELPER_HEADERS.length; h++) columnWidths[HELPER.same + h] = 12;

  // The user's notes and own columns right of the helper columns follow their case on a refresh;
  // the booked months, the pool and the booked actuals keep what was typed, by label and konto.
  const mask = input.maskCpr ?? false;
  const months = Array.from({ length: 12 }, (_, m) => FIRST_MONTH + m);
  const inputs: InputTable[] = [
    {
      headerRow, firstRow: casesFrom, freeFrom: HELPER.check + 1, inputCols: [],
      keyCols: { cpr: COLS.cpr, foranstaltning: COLS.foranstaltning, konto: COLS.konto, leverandoer: COLS.leverandoer, start: COLS.start },
      keys: sorted.map((c) => inputKey({ cpr: cprCell(c.cpr, mask), foranstaltning: c.foranstaltning, konto: c.konto, leverandoer: c.leverandoer, start: dayToSerial(c.start) })),
    },
    {
      headerRow: p.bookedMonthsCell.row, firstRow: p.bookedMonthsCell.row, rows: 1, label: "Bogført t.o.m. måned",
      keyCols: { label: p.bookedMonthsCell.col - 1 }, inputCols: [p.bookedMonthsCell.col], keys: [inputKey({ label: BOOKED_LABEL })],
      fromSource: input.bookedMonths !== undefined,
    },
    {
      headerRow: totals.poolRow, firstRow: totals.poolRow, rows: 1, label: "Pulje", anchor: { col: 0, text: POOL_LABEL },
      keyCols: { label: 0 }, inputCols: months, keys: [inputKey({ label: POOL_LABEL })],
    },
    {
      headerRow: actualsSection, firstRow: actualsSection + 1, label: "Bogført pr. konto", anchor: { col: 0, text: ACTUALS_TITLE },
      keyCols: { label: COLS.konto }, inputCols: months, keys: actualsByKonto.map((a) => inputKey({ label: a.name })),
      fromSource: input.actuals !== undefined,
    },
  ];
  const spec = p.d.toSpec({ name: sheetName, kind: "disponering", columnWidths, freeze: { rows: headerRow + 1, cols: 1 }, tabColor: "#1F4E79", inputs });
  return {
    spec,
    layout: {
      sheetName, cols: COLS, firstMonthCol: FIRST_MONTH, totalCol: TOTAL_COL, headerRow, yearCell: p.yearCell,
      bookedMonthsCell: p.bookedMonthsCell, caseRows, casesFrom, casesTo: p.casesTo, ...totals,
      byForanstaltning, byKonto, actualsByKonto, forecastByKonto, helperCols: HELPER,
      checksum: casesChecksum(sorted.map((c) => ({ ...c, cpr: cprCell(c.cpr, input.maskCpr ?? false) as string | null }))),
    },
  };
}
