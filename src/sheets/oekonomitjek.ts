// "Økonomitjek ÅÅÅÅ-MM": the monthly economy check (docs/domain.md §4 Økonomitjek). Two versions of the case table — last
// month's copy and now — are matched case by case (core `compareSnapshots`; key CPR + foranstaltning
// + startdato), and every case gets its disposed amount in the budget year before and now as a
// native formula, so the monthly meeting starts from what changed and what it does to the forventet
// regnskab. CPR is masked by default.
import {
  CHANGE_KINDS, CHANGE_LABELS, compareSnapshots, dayToSerial, largestChanges, OPEN_END, unitFormula, type CaseChange, type CaseRow,
} from "../core";
import { a1, rect } from "./a1";
import {
  cprCell, draft, generatedBy, reportTitle, YEAR_CELL, type ChartOptions, type CprOptions, type ReportOptions,
} from "./draft";
import { NUMBER_FORMATS, type Cell, type SheetSpec } from "./spec";

/** maskCpr defaults to true. */
export interface OekonomitjekInput extends ReportOptions, CprOptions, ChartOptions {
  year: number;
  /** Month of the check (1–12), in the sheet name. */
  month: number;
  before: readonly CaseRow[];
  now: readonly CaseRow[];
  /** Names of the two versions, e.g. "Sager september" and "Sager". */
  beforeLabel: string;
  nowLabel: string;
  /** Largest rises and falls listed (default 5). */
  topN?: number;
}

export interface OekonomitjekLayout {
  sheetName: string;
  /** One row per kind in CHANGE_KINDS order: col 1 effect, col 2 count. */
  summaryRow: number;
  /** Rows with col 1: forventet regnskab før, nu, ændring. */
  totalsRow: number;
  upRow: number;
  downRow: number;
  /** First row of the case table; `changes` in row order. */
  tableRow: number;
  changes: CaseChange[];
  cols: typeof COLS;
}

const COLS = {
  kind: 0, cpr: 1, navn: 2, foranstaltning: 3, raadgiver: 4,
  takstFoer: 5, enhedFoer: 6, startFoer: 7, stopFoer: 8,
  takstNu: 9, enhedNu: 10, startNu: 11, stopNu: 12,
  foer: 13, nu: 14, effekt: 15,
} as const;

/**
 * Disposed amount in year Y of a case given by four cells (takst, enhed, start, stop; empty stop =
 * open, empty takst = no case): docs/domain.md §4 in closed form for one year — a monthly rate counts the
 * whole months between the first and last month plus the day fractions of those two.
 */
export function yearAmountFormula(takst: string, enhed: string, start: string, stop: string, Y: string): string {
  const soy = `DATE(${Y},1,1)`, eoy = `DATE(${Y},12,31)`;
  const lo = `MAX(${start},${soy})`;
  const hi = `MIN(IF(${stop}>0,${stop},${eoy}),${eoy})`;
  const days = `(${hi}-${lo}+1)`;
  const months =
    `IF(MONTH(${hi})=MONTH(${lo}),${days}/DAY(EOMONTH(${lo},0)),` +
    `(EOMONTH(${lo},0)-${lo}+1)/DAY(EOMONTH(${lo},0))+DAY(${hi})/DAY(EOMONTH(${hi},0))+MONTH(${hi})-MONTH(${lo})-1)`;
  return `IF(OR(${takst}="",${hi}<${lo}),0,${takst}*${unitFormula(enhed, (u) => u.periodFormula(days, months, Y))})`;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

export function buildOekonomitjek(input: OekonomitjekInput): { spec: SheetSpec; layout: OekonomitjekLayout } {
  const { year } = input;
  const sheetName = input.sheetName ?? `Økonomitjek ${year}-${pad2(input.month)}`;
  const mask = input.maskCpr ?? true;
  const topN = input.topN ?? 5;
  const d = draft();
  const report = compareSnapshots(input.before, input.now, year);
  const { up, down } = largestChanges(report, topN);

  d.heading({
    title: reportTitle(`Økonomitjek ${year}-${pad2(input.month)}`, input.kommune),
    banner: `${generatedBy(input.generatedOn)}: "${input.beforeLabel}" (før) sammenlignet med "${input.nowLabel}" (nu). ` +
      `Effekt = årets disponerede beløb nu − før. Sager matches på cpr-nummer, foranstaltning og startdato.${mask ? " Cpr-numre er maskeret." : ""}`,
    width: 16, year, chartsDrawn: input.chartsDrawn,
  });
  const Y = YEAR_CELL;

  const summaryRow = 6;
  const totalsRow = summaryRow + CHANGE_KINDS.length + 1;
  const upRow = totalsRow + 3 + 4;
  const downRow = upRow + topN + 3;
  const tableRow = downRow + topN + 3;
  const changes = report.changes;
  const last = tableRow + Math.max(changes.length, 1) - 1;
  const col = (c: number) => `${a1(tableRow, c, true, true)}:${a1(last, c, true, true)}`;

  d.section(summaryRow - 2, "Ændringer siden sidst").header(summaryRow - 1, 0, ["Ændring", "Effekt på forventet regnskab", "Antal sager"], true);
  d.put(summaryRow, 0, CHANGE_KINDS.map((k, i) => [
    CHANGE_LABELS[k],
    { f: `SUMIFS(${col(COLS.effekt)},${col(COLS.kind)},${a1(summaryRow + i, 0, false, true)})` },
    { f: `COUNTIFS(${col(COLS.kind)},${a1(summaryRow + i, 0, false, true)})` },
  ]));
  d.put(totalsRow, 0, [
    ["Forventet regnskab (sager), før", { f: `SUM(${col(COLS.foer)})` }],
    ["Forventet regnskab (sager), nu", { f: `SUM(${col(COLS.nu)})` }],
    ["Ændring i alt", { f: `${a1(totalsRow + 1, 1)}-${a1(totalsRow, 1)}` }],
  ]);
  d.style(rect(totalsRow + 2, 0, 1, 3), "total");
  d.numberFormat(rect(summaryRow, 1, totalsRow + 3 - summaryRow, 1), NUMBER_FORMATS.kr);
  d.chart({
    // Uændret is last in CHANGE_KINDS and left out of the chart: its effect is 0 by definition.
    type: "columnClustered", title: "Effekt på forventet regnskab pr. type ændring", source: rect(summaryRow - 1, 0, CHANGE_KINDS.length, 2),
    seriesBy: "columns", xAxisTitle: "Ændring", yAxisTitle: "Kr.", at: rect(summaryRow - 2, 5, 16, 8),
  });

  const rowOf = new Map(changes.map((c, i) => [c, tableRow + i]));
  const topList = (first: number, title: string, list: CaseChange[]) => {
    d.section(first - 2, title).header(first - 1, 0, ["Ændring", "Cpr-nr.", "Navn", "Foranstaltning", "Effekt"]);
    if (list.length === 0) {
      d.put(first, 0, [["(ingen)"]]);
      return;
    }
    d.put(first, 0, list.map((c) => {
      const r = rowOf.get(c)!;
      return [COLS.kind, COLS.cpr, COLS.navn, COLS.foranstaltning, COLS.effekt].map((k) => ({ f: a1(r, k) }));
    }));
    d.numberFormat(rect(first, 4, list.length, 1), NUMBER_FORMATS.kr);
  };
  topList(upRow, `Største stigninger i årsudgiften (op til ${topN})`, up);
  topList(downRow, `Største fald i årsudgiften (op til ${topN})`, down);

  d.section(tableRow - 2, "Alle sager, før og nu").header(tableRow - 1, 0, [
    "Ændring", "Cpr-nr.", "Navn", "Foranstaltning", "Rådgiver", "Takst før", "Enhed før", "Start før", "Stop før",
    "Takst nu", "Enhed nu", "Start nu", "Stop nu", "Disponeret før", "Disponeret nu", "Effekt",
  ], true);
  const side = (c?: CaseRow): Cell[] =>
    c ? [c.takst, c.enhed, dayToSerial(c.start), c.stop >= OPEN_END ? null : dayToSerial(c.stop)] : [null, null, null, null];
  if (changes.length > 0) {
    d.put(tableRow, 0, changes.map((ch) => {
      const c = (ch.now ?? ch.before)!;
      return [
        CHANGE_LABELS[ch.kind], cprCell(c.cpr, mask), c.navn || null, c.foranstaltning, c.raadgiver || null,
        ...side(ch.before), ...side(ch.now),
      ];
    }));
    const r = (c: number) => a1(tableRow, c, false, true);
    const n = changes.length;
    d.fill(rect(tableRow, COLS.foer, n, 1), yearAmountFormula(r(COLS.takstFoer), r(COLS.enhedFoer), r(COLS.startFoer), r(COLS.stopFoer), Y));
    d.fill(rect(tableRow, COLS.nu, n, 1), yearAmountFormula(r(COLS.takstNu), r(COLS.enhedNu), r(COLS.startNu), r(COLS.stopNu), Y));
    d.fill(rect(tableRow, COLS.effekt, n, 1), `${r(COLS.nu)}-${r(COLS.foer)}`);
    d.numberFormat(rect(tableRow, COLS.takstFoer, n, 1), NUMBER_FORMATS.kr).numberFormat(rect(tableRow, COLS.takstNu, n, 1), NUMBER_FORMATS.kr);
    d.numberFormat(rect(tableRow, COLS.startFoer, n, 2), NUMBER_FORMATS.date).numberFormat(rect(tableRow, COLS.startNu, n, 2), NUMBER_FORMATS.date);
    d.numberFormat(rect(tableRow, COLS.foer, n, 3), NUMBER_FORMATS.kr);
  }

  return {
    spec: d.toSpec({
      // The case table stands below the summary and the top lists: the identifying columns (ændring,
      // cpr-nummer, navn) stay in view while its before/after columns scroll.
      name: sheetName, kind: "oekonomitjek", protect: true, tabColor: "#C55A11", freeze: { rows: 0, cols: 3 },
      columnWidths: { 0: 30, 1: 14, 2: 18, 3: 22, 4: 11, 5: 11, 6: 9, 7: 11, 8: 11, 9: 11, 10: 9, 11: 11, 12: 11, 13: 14, 14: 14, 15: 14 },
    }),
    layout: { sheetName, summaryRow, totalsRow, upRow, downRow, tableRow, changes, cols: COLS },
  };
}
