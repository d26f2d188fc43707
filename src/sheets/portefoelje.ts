// "Portefølje ÅÅÅÅ": the sagsbehandlerportefølje — per rådgiver the cases running in the
// year, HÅP, disposed amount and GNS-pris, then each rådgiver's most expensive cases. Meant to be
// shared, so it is masked unless the caller turns it off: a person is a pseudonym, never a CPR,
// a birth date or a name.
//
// Masked, the figures that unmasked are formulas into the Disponering sheet (disposed amount,
// number of cases, a top case's amount) are written as values computed by the core: a formula
// into Disponering would make the shared report depend on, and point at, the one sheet that holds
// every CPR and name. The formulas that stay read only this sheet (HÅP from its own table of
// periods, GNS-pris, totals). With `valuesOnly` (Del som fil) those become values too.
import {
  adviserChangesInSteps, adviserOf, leverandoerKey, maskedLeverandoer, privateLeverandoererInSteps, adviserPortfolioInSteps, dayToSerial, haapFiguresInSteps, mapInSteps, mergedPersonSpansInSteps, NO_ADVISER, OPEN_END, yearEnd, yearStart,
  type AdviserChange, type AdviserFigures, type CaseRow, type PersonSpanRow,
} from "../core";
import { a1, colName, rect, sheetRef } from "./a1";
import type { DisponeringLayout } from "./disponering";
import {
  draft, drain, generatedBy, MASKED_NOTE, PERSON_HEADER, personCells, reportTitle, YEAR_CELL, type ChartOptions, type CprOptions, type ReportOptions,
  type SheetDraft, type ValuesOptions, VALUES_NOTE,
} from "./draft";
import { headlineNames, staleBanner } from "./headline";
import { NUMBER_FORMATS, type Cell, type SheetSpec } from "./spec";
import { YEAR_SHEET_NAMES } from "./sheetNames";

/** maskCpr defaults to true: the sheet is meant to be shared. */
export interface PortefoeljeInput extends ReportOptions, CprOptions, ChartOptions, ValuesOptions {
  year: number;
  cases: readonly CaseRow[];
  /** Layout of the Disponering sheet written in the same batch. */
  disponering: DisponeringLayout;
  /** Most expensive cases listed per rådgiver (default 3). */
  topN?: number;
  /**
   * Earlier versions of the case table to compare with (the snapshots Opdatér måned saves: last
   * month's, the same month last quarter's), each with the label its columns get ("2025-09").
   */
  comparisons?: readonly PortefoeljeComparison[];
  /** Said under the comparison when a wanted snapshot is missing (e.g. no snapshot of 2025-07 yet). */
  comparisonNote?: string;
}

export interface PortefoeljeComparison {
  /** Column title, e.g. "Sidste måned (2025-09)". */
  label: string;
  cases: readonly CaseRow[];
}

/** The measures of the comparison, one row each per rådgiver, with their number format. */
const CHANGE_FIGURES = [
  { key: "sager", label: "Sager", format: NUMBER_FORMATS.integer, nowCol: 2 },
  { key: "personer", label: "Personer", format: NUMBER_FORMATS.integer, nowCol: null },
  { key: "haap", label: "Helårspersoner", format: NUMBER_FORMATS.haap, nowCol: 3 },
  { key: "disposed", label: "Disponeret", format: NUMBER_FORMATS.kr, nowCol: 1 },
] as const;
const CHANGE_TITLE = "Udvikling pr. rådgiver";

export interface PortefoeljeLayout {
  sheetName: string;
  /** First rådgiver row; cols 1 disposed, 2 sager, 3 HÅP, 4 GNS-pris. */
  adviserRow: number;
  advisers: string[];
  totalRow: number;
  /** Rows of the top-case list: col 0 rådgiver, 1 cpr, 2 navn, 3 foranstaltning, 4 leverandør, 5 takst, 6 enhed, 7 disponeret. */
  topRows: { row: number; raadgiver: string; caseRow: CaseRow }[];
  /**
   * Rows of the comparison (4 per rådgiver: sager, personer, HÅP, disponeret): col 0 rådgiver, 1 the
   * measure, 2 now, then per comparison its value then and the change (cols 3 + 2i and 4 + 2i).
   */
  changeRows: { row: number; raadgiver: string; figure: (typeof CHANGE_FIGURES)[number]["key"] }[];
  spansRow: number;
}

export function buildPortefoelje(input: PortefoeljeInput): { spec: SheetSpec; layout: PortefoeljeLayout } {
  return drain(buildPortefoeljeInSteps(input));
}

/** buildPortefoelje as steps (see buildDisponeringInSteps): a pause between each computation over all cases. */
export function* buildPortefoeljeInSteps(input: PortefoeljeInput): Generator<void, { spec: SheetSpec; layout: PortefoeljeLayout }> {
  const { year, disponering: disp } = input;
  const sheetName = input.sheetName ?? YEAR_SHEET_NAMES.portefoelje(year);
  const mask = input.maskCpr ?? true;
  const valuesOnly = input.valuesOnly ?? false;
  // Formulas into the Disponering sheet only when it shows the same people (unmasked).
  const linked = !mask && !valuesOnly;
  const d = draft();

  d.heading({
    title: reportTitle(`Sagsbehandlerportefølje ${year}`, input.kommune),
    banner: `${generatedBy(input.generatedOn)} fra arket ${disp.sheetName}.${mask ? ` ${MASKED_NOTE}` : ""}${valuesOnly ? ` ${VALUES_NOTE}` : ""}`,
    width: 8, year, chartsDrawn: input.chartsDrawn,
  });
  const Y = YEAR_CELL;
  // HÅP here is computed from spans kept as values: say so, in red, when the cases have changed since.
  // It reads only the workbook's TRUE/FALSE name, no figure; a file with values only has no such line.
  if (!valuesOnly) staleBanner(d, 2, 2, disp.sheetName, mask ? "tallene her" : "helårspersonerne her");
  const names = headlineNames(year);

  const figures = yield* adviserPortfolioInSteps(input.cases, year, input.topN ?? 3);
  const advisers = figures.map((f) => f.raadgiver);
  const n = advisers.length;
  const ref = sheetRef(disp.sheetName);
  const dispRange = (col: number) => `${ref}$${colName(col)}$${disp.casesFrom + 1}:$${colName(col)}$${disp.casesTo + 1}`;
  // A rådgiver cell of "(uden rådgiver)" must match the empty cells of the Disponering sheet.
  const criterion = (cell: string, name: string) => (name === NO_ADVISER ? `""` : cell);

  const adviserRow = 6;
  d.section(adviserRow - 2, "Pr. rådgiver").header(adviserRow - 1, 0, ["Rådgiver", "Disponeret", "Sager", "Helårspersoner", "GNS-pris"]);

  const totalRow = adviserRow + n;
  const topStart = totalRow + Math.max(4, 22 - n);
  const topCount = figures.reduce((s, f) => s + f.top.length, 0);
  const changes = yield* adviserChangesInSteps(input.cases, (input.comparisons ?? []).map((c) => c.cases), year);
  const changeTitleRow = topStart + topCount + 2;
  const changeFirstRow = changeTitleRow + 3;
  const changeCount = (input.comparisons?.length ?? 0) > 0 ? changes.length * CHANGE_FIGURES.length : 0;
  const spansTitleRow = changeFirstRow + changeCount + 2;
  const spansRow = spansTitleRow + 3;
  const spans = yield* mergedPersonSpansInSteps(input.cases, adviserOf, yearStart(year), yearEnd(year));
  const spanRange = (c: number) => `$${colName(c)}$${spansRow + 1}:$${colName(c)}$${Math.max(spansRow + 1, spansRow + spans.length)}`;

  const rc = disp.cols;
  d.put(adviserRow, 0, advisers.map((name, i) => {
    const r = adviserRow + i;
    const f = figures[i];
    if (valuesOnly) return [name, f.disposed, f.sager, f.haap, f.gnsPris];
    const who = criterion(a1(r, 0, false, true), name);
    // Case rows only: the subtotal rows between the sections have no foranstaltning.
    const isCase = `${dispRange(rc.foranstaltning)},"<>"`;
    const inYear = `${isCase},${dispRange(rc.start)},"<="&DATE(${Y},12,31),${dispRange(rc.start)},">0"`;
    return [
      name,
      linked ? { f: `SUMIFS(${dispRange(disp.totalCol)},${dispRange(rc.raadgiver)},${who},${isCase})` } : f.disposed,
      // Running in the year: started by 31.12 and stopped on/after 01.01 or open (empty stop).
      linked
        ? { f: `COUNTIFS(${dispRange(rc.raadgiver)},${who},${inYear},${dispRange(rc.stop)},">="&DATE(${Y},1,1))+COUNTIFS(${dispRange(rc.raadgiver)},${who},${inYear},${dispRange(rc.stop)},"")` }
        : f.sager,
      { f: `SUMIFS(${spanRange(3)},${spanRange(0)},${a1(r, 0, false, true)})/(DATE(${Y}+1,1,1)-DATE(${Y},1,1))` },
      { f: `IF(${a1(r, 3)}=0,NA(),${a1(r, 1)}/${a1(r, 3)})` },
    ];
  }));
  // I alt counts each person once (docs/domain.md §4): HÅP and GNS-pris are the workbook's headline
  // figures, not a sum over rådgivere (a borger with two rådgivere is one helårsperson). Unlinked
  // (masked or values only) they are the core's value of the same figures, not the names on Nøgletal.
  const sum = (c: number) => (n > 0 ? { f: `SUM(${a1(adviserRow, c)}:${a1(totalRow - 1, c)})` } : 0);
  const disposedTotal = figures.reduce((t, f) => t + f.disposed, 0);
  yield;
  // HÅP and antal borgere of all cases from one reading of the persons, in steps (50.000 cases in one
  // piece were the longest task of Overblik).
  const all = yield* haapFiguresInSteps(input.cases, yearStart(year), yearEnd(year));
  const haapTotal = all.dage;
  const gnsTotal = haapTotal === 0 ? null : disposedTotal / haapTotal;
  // A row that counts each person once counts persons (antal borgere), not the rådgivere's case rows:
  // core's count, as this sheet holds no person key to count by (like the HÅP spans, said stale in red).
  const borgere = all.persons;
  yield;
  if (valuesOnly) d.put(totalRow, 0, [["I alt (hver borger én gang)", disposedTotal, borgere, haapTotal, gnsTotal]]);
  else if (linked) d.put(totalRow, 0, [["I alt (hver borger én gang)", sum(1), borgere, { f: names.haap }, { f: names.gnsPris }]]);
  else d.put(totalRow, 0, [["I alt (hver borger én gang)", sum(1), borgere, haapTotal, gnsTotal]]);
  d.style(rect(totalRow, 0, 1, 5), "total");
  d.numberFormat(rect(adviserRow, 1, n + 1, 1), NUMBER_FORMATS.kr).numberFormat(rect(adviserRow, 2, n + 1, 1), NUMBER_FORMATS.integer);
  d.numberFormat(rect(adviserRow, 3, n + 1, 1), NUMBER_FORMATS.haap).numberFormat(rect(adviserRow, 4, n + 1, 1), NUMBER_FORMATS.kr);
  d.numberFormat(rect(totalRow, 2), NUMBER_FORMATS.borgere);
  d.chart({
    type: "barClustered", title: "Disponeret beløb pr. rådgiver", source: rect(adviserRow - 1, 0, n + 1, 2), seriesBy: "columns",
    xAxisTitle: "Rådgiver", yAxisTitle: "Kr.", at: rect(adviserRow - 2, 6, 18, 8),
  });

  const topRows = yield* writeTopCases(d, { input, figures, topStart, topCount, mask, linked, ref });

  const changeRows = writeChanges(d, {
    titleRow: changeTitleRow, firstRow: changeFirstRow, changes, comparisons: input.comparisons ?? [], note: input.comparisonNote,
    adviserRowOf: new Map(advisers.map((a, i) => [a, adviserRow + i])), valuesOnly,
  });

  yield* writeSpans(d, { spans, spansTitleRow, spansRow, valuesOnly });

  yield;
  return {
    spec: d.toSpec({
      // Several tables below each other: the identifying columns (rådgiver, cpr-nummer, navn) stay in view.
      name: sheetName, kind: "portefoelje", protect: true, tabColor: "#7030A0", freeze: { rows: 0, cols: 3 },
      columnWidths: { 0: 18, 1: 14, 2: 18, 3: 22, 4: 20, 5: 11, 6: 10, 7: 13 },
      // The figures print; the basis for HÅP below them does not.
      print: { rows: spansTitleRow },
    }),
    layout: { sheetName, adviserRow, advisers, totalRow, topRows, changeRows, spansRow },
  };
}

interface TopCasesPlan {
  input: PortefoeljeInput;
  figures: readonly AdviserFigures[];
  topStart: number;
  topCount: number;
  mask: boolean;
  linked: boolean;
  /** The Disponering sheet as a reference prefix ("'Disponering 2025'!"). */
  ref: string;
}

/** Most expensive cases per rådgiver; the amount is the case's own total on the Disponering sheet. */
function* writeTopCases(d: SheetDraft, p: TopCasesPlan): Generator<void, PortefoeljeLayout["topRows"]> {
  const { input, mask, topStart, topCount } = p;
  const disp = input.disponering;
  d.section(topStart - 2, `Dyreste sager pr. rådgiver (op til ${input.topN ?? 3})`);
  d.header(topStart - 1, 0, ["Rådgiver", ...(mask ? [PERSON_HEADER.pseudonym, PERSON_HEADER.navnSkjult] : [PERSON_HEADER.cpr, PERSON_HEADER.navn]),
    "Foranstaltning", "Leverandør", "Takst", "Takstenhed", "Disponeret"]);
  const dispRowOf = new Map(disp.caseRows.map((x) => [x.caseRow, x.row]));
  const privat = mask ? yield* privateLeverandoererInSteps(input.cases) : new Set<string>();
  yield;
  const topRows: PortefoeljeLayout["topRows"] = [];
  let r = topStart;
  for (const f of p.figures) {
    for (const t of f.top) {
      const c = t.case;
      const dRow = dispRowOf.get(c);
      d.put(r, 0, [[
        f.raadgiver, ...personCells(c.cpr, c.navn, { maskCpr: mask, pseudonymSecret: input.pseudonymSecret }), c.foranstaltning,
        leverandoerShown(c, mask && privat.has(leverandoerKey(c.leverandoer)), mask, input.pseudonymSecret), c.takst, c.enhed,
        p.linked && dRow !== undefined ? { f: `${p.ref}${a1(dRow, disp.totalCol, true, true)}` } : t.amount,
      ]]);
      topRows.push({ row: r, raadgiver: f.raadgiver, caseRow: c });
      r++;
    }
  }
  if (topCount > 0) d.numberFormat(rect(topStart, 5, topCount, 1), NUMBER_FORMATS.kr).numberFormat(rect(topStart, 7, topCount, 1), NUMBER_FORMATS.kr);
  return topRows;
}

/** The basis of the rådgivere's HÅP: each person's merged periods in the year, without CPR. */
function* writeSpans(d: SheetDraft, p: { spans: readonly PersonSpanRow[]; spansTitleRow: number; spansRow: number; valuesOnly: boolean }): Generator<void, void> {
  const { spans, spansTitleRow, spansRow } = p;
  d.put(spansTitleRow, 0, [["Grundlag for helårspersoner"], ["Samme persons rækker hos en rådgiver er slået sammen, så overlappende bevillinger tælles én gang. Perioderne er afgrænset til budgetåret; ingen cpr-numre."]]);
  d.style(rect(spansTitleRow, 0), "section").style(rect(spansTitleRow + 1, 0), "note");
  d.header(spansRow - 1, 0, ["Rådgiver", "Fra", "Til", "Dage i året"]);
  if (spans.length === 0) return;
  d.put(spansRow, 0, yield* mapInSteps(spans, (s) => [s.group, dayToSerial(s.start), dayToSerial(Math.min(s.stop, OPEN_END))]));
  if (p.valuesOnly) d.put(spansRow, 3, yield* mapInSteps(spans, (s) => [Math.min(s.stop, OPEN_END) - s.start + 1]));
  else d.fill(rect(spansRow, 3, spans.length, 1), `${a1(spansRow, 2)}-${a1(spansRow, 1)}+1`);
  d.numberFormat(rect(spansRow, 1, spans.length, 2), NUMBER_FORMATS.date);
}

interface ChangePlan {
  titleRow: number;
  firstRow: number;
  changes: readonly AdviserChange[];
  comparisons: readonly PortefoeljeComparison[];
  note?: string;
  /** The rådgiver's row in the table above, whose figures are "now". */
  adviserRowOf: ReadonlyMap<string, number>;
  valuesOnly: boolean;
}

/**
 * Per rådgiver the figures now and at each earlier version of the case table, with the change
 * (docs/domain.md §9). "Now" refers to the table above where it shows the figure; the earlier figures
 * are the core's values from the saved snapshots (a hidden sheet of raw rows a formula cannot merge).
 */
function writeChanges(d: SheetDraft, p: ChangePlan): PortefoeljeLayout["changeRows"] {
  const k = p.comparisons.length;
  d.section(p.titleRow, CHANGE_TITLE);
  const note = k === 0
    ? "Ingen gemte sagsbilleder at sammenligne med endnu: Opdatér måned gemmer sagslisten hver måned."
    : `Tal for budgetåret nu og efter sagslisterne gemt ved Opdatér måned; ændring = nu − da.${p.note ? ` ${p.note}` : ""}`;
  d.put(p.titleRow + 1, 0, [[note]]).style(rect(p.titleRow + 1, 0), "note");
  if (k === 0) return [];
  d.header(p.firstRow - 1, 0, ["Rådgiver", "Tal", "Nu", ...p.comparisons.flatMap((c) => [c.label, "Ændring"])], true);
  const out: PortefoeljeLayout["changeRows"] = [];
  let r = p.firstRow;
  for (const ch of p.changes) {
    const above = p.adviserRowOf.get(ch.raadgiver);
    for (const m of CHANGE_FIGURES) {
      const now: Cell = !p.valuesOnly && above !== undefined && m.nowCol !== null ? { f: a1(above, m.nowCol) } : ch.now[m.key];
      const cells: Cell[] = [ch.raadgiver, m.label, now];
      ch.then.forEach((t, i) => cells.push(t[m.key], p.valuesOnly ? ch.change[i][m.key] : { f: `${a1(r, 2)}-${a1(r, 3 + 2 * i)}` }));
      d.put(r, 0, [cells]).numberFormat(rect(r, 2, 1, 1 + 2 * k), m.format);
      out.push({ row: r, raadgiver: ch.raadgiver, figure: m.key });
      r++;
    }
  }
  return out;
}

/**
 * The leverandør of a top-list case. Masked (the sheet is meant to be shared), as core's
 * `maskedLeverandoer` shows it on Leverandører ÅÅÅÅ and in a shared file: a name that may be a private
 * person's (a foster or network family) is its pseudonym, or "(skjult)" without a secret.
 */
function leverandoerShown(c: CaseRow, privat: boolean, mask: boolean, secret: string | undefined): string | null {
  if (c.leverandoer.trim() === "") return null;
  return mask ? (maskedLeverandoer(c.leverandoer, privat, secret) ?? "(skjult)") : c.leverandoer;
}
