// "Økonomitjek ÅÅÅÅ-MM": the monthly economy check (docs/domain.md §4 Økonomitjek). Two versions of the case table — last
// month's copy and now — are matched case by case (core `compareSnapshots`; key CPR + foranstaltning
// + startdato), and every case gets its disposed amount in the budget year before and now as a
// native formula, so the monthly meeting starts from what changed and what it does to the forventet
// regnskab. Masked by default: a person is a pseudonym, never a CPR, a birth date or a name. Its
// formulas read only this sheet (its own table of both versions), never the Disponering sheet, so
// masking here masks everything the formulas see; with `valuesOnly` (Del som fil) every formula is
// replaced by the core's value.
import {
  CHANGE_KINDS, CHANGE_LABELS, compareSnapshotsInSteps, dayToSerial, endsStep, largestChangesInSteps, mapInSteps, OPEN_END, unitFormula, type CaseChange, type CaseRow,
  type ChangeReport,
} from "../core";
import { a1, rect } from "./a1";
import {
  draft, drain, generatedBy, MASKED_NOTE, PERSON_HEADER, personCells, pseudonymsInSteps, reportTitle, YEAR_CELL, type ChartOptions, type CprOptions, type ReportOptions,
  type SheetDraft, type ValuesOptions, VALUES_NOTE,
} from "./draft";
import { NUMBER_FORMATS, type Cell, type SheetSpec } from "./spec";

/** maskCpr defaults to true. */
export interface OekonomitjekInput extends ReportOptions, CprOptions, ChartOptions, ValuesOptions {
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
  /**
   * `compareSnapshots(before, now, year)` when the caller has it already (Opdatér måned says the
   * changes in its summary too): the two versions are then not compared a second time.
   */
  report?: ChangeReport;
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

/** The summary at the top: effect and count per kind of change, the totals before and now, the chart. */
function* writeSummary(d: SheetDraft, p: { report: ChangeReport; summaryRow: number; totalsRow: number; col: (c: number) => string; valuesOnly: boolean }): Generator<void, void> {
  const { report, summaryRow, totalsRow, col, valuesOnly } = p;
  const changes = report.changes;
  d.section(summaryRow - 2, "Ændringer siden sidst").header(summaryRow - 1, 0, ["Ændring", "Effekt på forventet regnskab", "Antal sager"], true);
  // Formula, or with valuesOnly the core's value of the same figure.
  const fv = (f: string, v: number): Cell => (valuesOnly ? v : { f });
  // Σ of each side over the changes, added in their order (as one reduce would) with pauses.
  let sumBefore = 0, sumNow = 0;
  for (let i = 0; i < changes.length; i++) {
    if (endsStep(i)) yield;
    sumBefore += changes[i].amountBefore;
    sumNow += changes[i].amountNow;
  }
  const sumOf = (k: "amountBefore" | "amountNow") => (k === "amountBefore" ? sumBefore : sumNow);
  d.put(summaryRow, 0, CHANGE_KINDS.map((k, i) => [
    CHANGE_LABELS[k],
    fv(`SUMIFS(${col(COLS.effekt)},${col(COLS.kind)},${a1(summaryRow + i, 0, false, true)})`, report.byKind[k].effect),
    fv(`COUNTIFS(${col(COLS.kind)},${a1(summaryRow + i, 0, false, true)})`, report.byKind[k].count),
  ]));
  d.put(totalsRow, 0, [
    ["Forventet regnskab (sager), før", fv(`SUM(${col(COLS.foer)})`, sumOf("amountBefore"))],
    ["Forventet regnskab (sager), nu", fv(`SUM(${col(COLS.nu)})`, sumOf("amountNow"))],
    ["Ændring i alt", fv(`${a1(totalsRow + 1, 1)}-${a1(totalsRow, 1)}`, sumOf("amountNow") - sumOf("amountBefore"))],
  ]);
  d.style(rect(totalsRow + 2, 0, 1, 3), "total");
  d.numberFormat(rect(summaryRow, 1, totalsRow + 3 - summaryRow, 1), NUMBER_FORMATS.kr);
  d.chart({
    // Uændret is last in CHANGE_KINDS and left out of the chart: its effect is 0 by definition.
    type: "columnClustered", title: "Effekt på forventet regnskab pr. type ændring", source: rect(summaryRow - 1, 0, CHANGE_KINDS.length, 2),
    seriesBy: "columns", xAxisTitle: "Ændring", yAxisTitle: "Kr.", at: rect(summaryRow - 2, 5, 16, 8),
  });
}

export function buildOekonomitjek(input: OekonomitjekInput): { spec: SheetSpec; layout: OekonomitjekLayout } {
  return drain(buildOekonomitjekInSteps(input));
}

/** buildOekonomitjek as steps (see buildDisponeringInSteps): the comparison, the pseudonyms and the case table pause every few ms. */
export function* buildOekonomitjekInSteps(input: OekonomitjekInput): Generator<void, { spec: SheetSpec; layout: OekonomitjekLayout }> {
  const { year } = input;
  const sheetName = input.sheetName ?? `Økonomitjek ${year}-${pad2(input.month)}`;
  const mask = input.maskCpr ?? true;
  const valuesOnly = input.valuesOnly ?? false;
  const topN = input.topN ?? 5;
  const d = draft();
  const report = input.report ?? (yield* compareSnapshotsInSteps(input.before, input.now, year));
  const { up, down } = yield* largestChangesInSteps(report, topN);
  yield;

  d.heading({
    title: reportTitle(`Økonomitjek ${year}-${pad2(input.month)}`, input.kommune),
    banner: `${generatedBy(input.generatedOn)}: "${input.beforeLabel}" (før) sammenlignet med "${input.nowLabel}" (nu). ` +
      `Effekt = årets disponerede beløb nu − før. Sager parres på sags-id, ellers på cpr-nummer, foranstaltning, konto og leverandør med nærmeste startdato.${mask ? ` ${MASKED_NOTE}` : ""}${valuesOnly ? ` ${VALUES_NOTE}` : ""}`,
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

  yield* writeSummary(d, { report, summaryRow, totalsRow, col, valuesOnly });

  const rowOf = new Map<CaseChange, number>();
  for (let i = 0; i < changes.length; i++) {
    if (endsStep(i)) yield;
    rowOf.set(changes[i], tableRow + i);
  }
  const personHeaders = mask ? [PERSON_HEADER.pseudonym, PERSON_HEADER.navnSkjult] : [PERSON_HEADER.cpr, PERSON_HEADER.navn];
  const cprOptions = { maskCpr: mask, pseudonymSecret: input.pseudonymSecret };
  const pseudonyms = yield* pseudonymsInSteps(yield* mapInSteps(changes, (ch) => (ch.now ?? ch.before)!.cpr), cprOptions);
  const person = (ch: CaseChange): Cell[] => {
    const c = (ch.now ?? ch.before)!;
    return personCells(c.cpr, c.navn, { ...cprOptions, pseudonyms });
  };
  const topList = (first: number, title: string, list: CaseChange[]) => {
    d.section(first - 2, title).header(first - 1, 0, ["Ændring", ...personHeaders, "Foranstaltning", "Effekt"]);
    if (list.length === 0) {
      d.put(first, 0, [["(ingen)"]]);
      return;
    }
    d.put(first, 0, list.map((c) => {
      if (valuesOnly) return [CHANGE_LABELS[c.kind], ...person(c), (c.now ?? c.before)!.foranstaltning, c.effect];
      const r = rowOf.get(c)!;
      // A reference to an empty cell shows 0 in Excel: the name column of a masked report is empty,
      // so its text columns say "" for an empty cell instead of "0" under Navn (skjult).
      const text = (k: number) => ({ f: `IF(${a1(r, k)}="","",${a1(r, k)})` });
      return [text(COLS.kind), text(COLS.cpr), text(COLS.navn), text(COLS.foranstaltning), { f: a1(r, COLS.effekt) }];
    }));
    d.numberFormat(rect(first, 4, list.length, 1), NUMBER_FORMATS.kr);
  };
  topList(upRow, `Største stigninger i årsudgiften (op til ${topN})`, up);
  topList(downRow, `Største fald i årsudgiften (op til ${topN})`, down);

  d.section(tableRow - 2, "Alle sager, før og nu").header(tableRow - 1, 0, [
    "Ændring", ...personHeaders, "Foranstaltning", "Rådgiver", "Takst før", "Enhed før", "Start før", "Stop før",
    "Takst nu", "Enhed nu", "Start nu", "Stop nu", "Disponeret før", "Disponeret nu", "Effekt",
  ], true);
  const side = (c?: CaseRow): Cell[] =>
    c ? [c.takst, c.enhed, dayToSerial(c.start), c.stop >= OPEN_END ? null : dayToSerial(c.stop)] : [null, null, null, null];
  if (changes.length > 0) {
    d.put(tableRow, 0, yield* mapInSteps(changes, (ch) => {
      const c = (ch.now ?? ch.before)!;
      return [
        CHANGE_LABELS[ch.kind], ...person(ch), c.foranstaltning, c.raadgiver || null,
        ...side(ch.before), ...side(ch.now),
        ...(valuesOnly ? [ch.amountBefore, ch.amountNow, ch.effect] : []),
      ];
    }));
    yield;
    const r = (c: number) => a1(tableRow, c, false, true);
    const n = changes.length;
    if (!valuesOnly) {
      d.fill(rect(tableRow, COLS.foer, n, 1), yearAmountFormula(r(COLS.takstFoer), r(COLS.enhedFoer), r(COLS.startFoer), r(COLS.stopFoer), Y));
      d.fill(rect(tableRow, COLS.nu, n, 1), yearAmountFormula(r(COLS.takstNu), r(COLS.enhedNu), r(COLS.startNu), r(COLS.stopNu), Y));
      d.fill(rect(tableRow, COLS.effekt, n, 1), `${r(COLS.nu)}-${r(COLS.foer)}`);
    }
    d.numberFormat(rect(tableRow, COLS.takstFoer, n, 1), NUMBER_FORMATS.kr).numberFormat(rect(tableRow, COLS.takstNu, n, 1), NUMBER_FORMATS.kr);
    d.numberFormat(rect(tableRow, COLS.startFoer, n, 2), NUMBER_FORMATS.date).numberFormat(rect(tableRow, COLS.startNu, n, 2), NUMBER_FORMATS.date);
    d.numberFormat(rect(tableRow, COLS.foer, n, 3), NUMBER_FORMATS.kr);
  }

  yield;
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
