// "Leverandører ÅÅÅÅ" (docs/domain.md §9; Thisted: negotiate with the external providers used most):
// per leverandør, largest amount first, the cases, persons, HÅP, disposed amount, GNS-pris and share
// of the amount, the type intern/ekstern as a yellow cell (from the table Leverandører or a column of
// the case table; what the user types on the sheet is kept by refresh), and the amount and share per
// type, with the external share named.
//
// Like Portefølje the sheet can be shared: masked (the default), a leverandør that may be a private
// person (a foster or network family: core `maskedLeverandoer`) is shown by its pseudonym, and the
// figures that unmasked are formulas into Disponering (amount, cases) are the core's values — a
// formula matching a family's name would carry the name. HÅP is always a formula over this sheet's
// own block of merged person spans (no CPR); persons are counted by the core (the block holds no
// person key), said stale in red like HÅP.
import {
  dayToSerial, inputKey, endsStep, leverandoerKey, leverandoerYearInSteps, LEVERANDOER_TYPES, maskedLeverandoer, mapInSteps, mergedPersonSpansInSteps, NO_PROVIDER, OPEN_END,
  yearEnd, yearStart, type CaseRow, type LeverandoerFigures, type LeverandoerYear, type LeverandoerType, type PersonSpanRow,
} from "../core";
import { a1, colName, rect, sheetRef } from "./a1";
import type { DisponeringLayout } from "./disponering";
import {
  draft, drain, generatedBy, reportTitle, YEAR_CELL, VALUES_NOTE, type ChartOptions, type CprOptions, type ReportOptions, type SheetDraft, type ValuesOptions,
} from "./draft";
import { headlineNames, staleBanner } from "./headline";
import { YEAR_SHEET_NAMES } from "./sheetNames";
import { NUMBER_FORMATS, type Cell, type SheetSpec } from "./spec";

/** maskCpr defaults to true: a private person's name is shown by pseudonym (it needs `pseudonymSecret`). */
export interface LeverandoererInput extends ReportOptions, CprOptions, ChartOptions, ValuesOptions {
  year: number;
  cases: readonly CaseRow[];
  /** Layout of the Disponering sheet written in the same batch. */
  disponering: DisponeringLayout;
  /** Type per leverandør by core `leverandoerKey`. */
  types?: ReadonlyMap<string, LeverandoerType>;
  /** Where the types come from, said in the banner ("tabellen Leverandører"). */
  typeSource?: string;
}

export interface LeverandoererLayout {
  sheetName: string;
  /** Rows of the type summary: col 1 amount, col 2 share. */
  typeRows: { ekstern: number; intern: number; ukendt: number; total: number };
  /** First leverandør row; cols in COLS. */
  firstRow: number;
  totalRow: number;
  /** The names as shown (a pseudonym for a private person when masked), largest first. */
  shown: string[];
  cols: typeof COLS;
  spansRow: number;
  /** The core's figures the sheet was built from. */
  figures: LeverandoerYear;
}

const COLS = { navn: 0, type: 1, sager: 2, personer: 3, haap: 4, disposed: 5, gnsPris: 6, andel: 7 } as const;
const WIDTH = 8;
const TYPE_TITLE = "Efter type";
const TABLE_TITLE = "Pr. leverandør (største beløb først)";
const TOTAL_LABEL = "I alt (hver borger én gang)";
const TYPE_LABEL: Record<LeverandoerType | "ukendt", string> = { ekstern: "Eksterne leverandører", intern: "Interne leverandører", ukendt: "Uden type" };
/** The hidden record of the typed types, right of the table and of the chart beside it (columns J–Q). */
const RECORD_COL = 18;
/** The external share, a worksheet-scoped name. */
export const EKSTERN_ANDEL_NAME = "Ekstern_andel";
/** Leverandører in the chart (the largest). */
const CHART_MAX = 15;

/** A name SUMIFS matches exactly as the core groups it: no wildcard, no operator in front, spelled alike on every row. */
function linkable(l: LeverandoerFigures, spellings: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  if (l.key === "" || /[*?~]/.test(l.leverandoer) || /^[<>=]/.test(l.leverandoer)) return false;
  const spelled = spellings.get(l.key) ?? new Set<string>();
  return spelled.size === 1 && spelled.has(l.leverandoer.toLowerCase());
}

/**
 * Each leverandør's spellings (lower case) by its key, in steps: looked up per leverandør, the whole
 * case list was scanned once per leverandør (hundreds × 50.000 rows).
 */
function* spellingsInSteps(cases: readonly CaseRow[]): Generator<void, Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  for (let i = 0; i < cases.length; i++) {
    if (endsStep(i)) yield;
    const key = leverandoerKey(cases[i].leverandoer);
    const set = out.get(key) ?? new Set<string>();
    set.add(cases[i].leverandoer.toLowerCase());
    out.set(key, set);
  }
  return out;
}

interface Plan {
  d: SheetDraft;
  input: LeverandoererInput;
  o: LeverandoerYear;
  shown: string[];
  linked: boolean;
  firstRow: number;
  totalRow: number;
  typeRows: LeverandoererLayout["typeRows"];
  spansRow: number;
  spanCount: number;
  spellings: ReadonlyMap<string, ReadonlySet<string>>;
}

function writeTypes(p: Plan): void {
  const { d, typeRows: t, firstRow, totalRow } = p;
  d.section(t.ekstern - 2, TYPE_TITLE).header(t.ekstern - 1, 0, ["Type", "Disponeret", "Andel af beløbet"]);
  const col = (c: number) => `${a1(firstRow, c, true, true)}:${a1(Math.max(firstRow, totalRow - 1), c, true, true)}`;
  const total = a1(t.total, 1);
  const byType = (type: LeverandoerType): Cell => (p.input.valuesOnly ? p.o.byType[type] : { f: `SUMIFS(${col(COLS.disposed)},${col(COLS.type)},"${type}")` });
  const share = (r: number): Cell => (p.input.valuesOnly ? shareOf(p, r) : { f: `IF(${total}=0,NA(),${a1(r, 1)}/${total})` });
  d.put(t.ekstern, 0, [
    [TYPE_LABEL.ekstern, byType("ekstern"), share(t.ekstern)],
    [TYPE_LABEL.intern, byType("intern"), share(t.intern)],
    [TYPE_LABEL.ukendt, p.input.valuesOnly ? p.o.byType.ukendt : { f: `${total}-${a1(t.ekstern, 1)}-${a1(t.intern, 1)}` }, share(t.ukendt)],
    ["I alt", p.input.valuesOnly ? p.o.total.disposed : { f: a1(totalRow, COLS.disposed) }, share(t.total)],
  ]);
  d.style(rect(t.total, 0, 1, 3), "total").style(rect(t.ekstern, 0, 1, 3), "total");
  d.numberFormat(rect(t.ekstern, 1, 4, 1), NUMBER_FORMATS.kr).numberFormat(rect(t.ekstern, 2, 4, 1), NUMBER_FORMATS.percent);
  d.name(EKSTERN_ANDEL_NAME, rect(t.ekstern, 2));
}

/** A type row's share as a value (Del som fil): the core's, null when nothing is disposed. */
function shareOf(p: Plan, r: number): Cell {
  const t = p.typeRows, o = p.o;
  if (o.total.disposed === 0) return null;
  const amount = r === t.ekstern ? o.byType.ekstern : r === t.intern ? o.byType.intern : r === t.ukendt ? o.byType.ukendt : o.total.disposed;
  return amount / o.total.disposed;
}

function writeLeverandoerer(p: Plan): void {
  const { d, o, shown, firstRow, totalRow, input } = p;
  const { year, disponering: disp } = input;
  const Y = YEAR_CELL;
  d.section(firstRow - 2, TABLE_TITLE).header(firstRow - 1, 0, ["Leverandør", "Type", "Sager", "Personer", "Helårspersoner", "Disponeret", "GNS-pris", "Andel af beløbet"], true);
  const ref = sheetRef(disp.sheetName);
  const dispRange = (c: number) => `${ref}$${colName(c)}$${disp.casesFrom + 1}:$${colName(c)}$${disp.casesTo + 1}`;
  const rc = disp.cols;
  const spans = (c: number) => `$${colName(c)}$${p.spansRow + 1}:$${colName(c)}$${Math.max(p.spansRow + 1, p.spansRow + p.spanCount)}`;
  const totalDisposed = a1(totalRow, COLS.disposed, true, true);
  d.put(firstRow, 0, o.leverandoerer.map((l, i) => {
    const r = firstRow + i;
    const name = a1(r, COLS.navn, false, true);
    const link = p.linked && linkable(l, p.spellings);
    // Case rows only (the subtotal rows between the sections have no foranstaltning), running in the year.
    const isCase = `${dispRange(rc.foranstaltning)},"<>"`;
    const inYear = `${isCase},${dispRange(rc.start)},"<="&DATE(${Y},12,31),${dispRange(rc.start)},">0"`;
    if (input.valuesOnly) return [shown[i], l.type, l.sager, l.personer, l.haap, l.disposed, l.gnsPris, o.total.disposed === 0 ? null : l.disposed / o.total.disposed];
    return [
      shown[i], l.type,
      link
        ? { f: `COUNTIFS(${dispRange(rc.leverandoer)},${name},${inYear},${dispRange(rc.stop)},">="&DATE(${Y},1,1))+COUNTIFS(${dispRange(rc.leverandoer)},${name},${inYear},${dispRange(rc.stop)},"")` }
        : l.sager,
      l.personer,
      { f: `SUMIFS(${spans(3)},${spans(0)},${name})/(DATE(${Y}+1,1,1)-DATE(${Y},1,1))` },
      link ? { f: `SUMIFS(${dispRange(disp.totalCol)},${dispRange(rc.leverandoer)},${name},${isCase})` } : l.disposed,
      { f: `IF(${a1(r, COLS.haap)}=0,NA(),${a1(r, COLS.disposed)}/${a1(r, COLS.haap)})` },
      { f: `IF(${totalDisposed}=0,NA(),${a1(r, COLS.disposed)}/${totalDisposed})` },
    ];
  }));
  const n = o.leverandoerer.length;
  // I alt counts each person once (docs/domain.md §4): linked, HÅP and GNS-pris are the workbook's
  // headline names; otherwise the core's value of the same figures.
  const names = headlineNames(year);
  const sum = (c: number): Cell => (n > 0 ? { f: `SUM(${a1(firstRow, c)}:${a1(totalRow - 1, c)})` } : 0);
  const t = o.total;
  d.put(totalRow, 0, [[
    TOTAL_LABEL, null, input.valuesOnly ? t.sager : sum(COLS.sager), t.personer,
    p.linked ? { f: names.haap } : t.haap, input.valuesOnly ? t.disposed : sum(COLS.disposed),
    p.linked ? { f: names.gnsPris } : t.gnsPris, input.valuesOnly ? (t.disposed === 0 ? null : 1) : { f: `IF(${totalDisposed}=0,NA(),1)` },
  ]]);
  d.style(rect(totalRow, 0, 1, WIDTH), "total");
  d.numberFormat(rect(firstRow, COLS.sager, n + 1, 2), NUMBER_FORMATS.integer).numberFormat(rect(totalRow, COLS.personer), NUMBER_FORMATS.borgere);
  d.numberFormat(rect(firstRow, COLS.haap, n + 1, 1), NUMBER_FORMATS.haap);
  d.numberFormat(rect(firstRow, COLS.disposed, n + 1, 2), NUMBER_FORMATS.kr).numberFormat(rect(firstRow, COLS.andel, n + 1, 1), NUMBER_FORMATS.percent);
  if (n > 0 && !input.valuesOnly) {
    d.input(rect(firstRow, COLS.type, n, 1), NUMBER_FORMATS.text);
    d.validate(rect(firstRow, COLS.type, n, 1), { type: "list", values: [...LEVERANDOER_TYPES] }, `Typen skal være ${LEVERANDOER_TYPES.join(" eller ")}`);
  }
  if (n > 0) {
    d.chart({
      type: "barClustered", title: "Disponeret beløb pr. leverandør (de største)", source: rect(firstRow - 1, COLS.disposed, Math.min(n, CHART_MAX) + 1, 1),
      seriesBy: "columns", xAxisTitle: "Leverandør", yAxisTitle: "Kr.", at: rect(2, WIDTH + 1, 20, 8),
    });
  }
}

function* writeSpans(p: Plan, spanRows: PersonSpanRow[]): Generator<void, void> {
  const { d, spansRow } = p;
  d.put(spansRow - 3, 0, [["Grundlag for helårspersoner"], ["Samme persons rækker hos en leverandør er slået sammen, så overlappende bevillinger tælles én gang. Perioderne er afgrænset til budgetåret; ingen cpr-numre."]]);
  d.style(rect(spansRow - 3, 0), "section").style(rect(spansRow - 2, 0), "note");
  d.header(spansRow - 1, 0, ["Leverandør", "Fra", "Til", "Dage i året"]);
  if (spanRows.length === 0) return;
  d.put(spansRow, 0, yield* mapInSteps(spanRows, (s) => [s.group, dayToSerial(s.start), dayToSerial(Math.min(s.stop, OPEN_END))]));
  if (p.input.valuesOnly) d.put(spansRow, 3, yield* mapInSteps(spanRows, (s) => [Math.min(s.stop, OPEN_END) - s.start + 1]));
  else d.fill(rect(spansRow, 3, spanRows.length, 1), `${a1(spansRow, 2)}-${a1(spansRow, 1)}+1`);
  d.numberFormat(rect(spansRow, 1, spanRows.length, 2), NUMBER_FORMATS.date);
}

export function buildLeverandoerer(input: LeverandoererInput): { spec: SheetSpec; layout: LeverandoererLayout } {
  return drain(buildLeverandoererInSteps(input));
}

/** buildLeverandoerer as steps (see buildDisponeringInSteps): the year's figures, the spans and the spellings pause every few ms. */
export function* buildLeverandoererInSteps(input: LeverandoererInput): Generator<void, { spec: SheetSpec; layout: LeverandoererLayout }> {
  const { year } = input;
  const sheetName = input.sheetName ?? YEAR_SHEET_NAMES.leverandoerer(year);
  const mask = input.maskCpr ?? true;
  const valuesOnly = input.valuesOnly ?? false;
  const o = yield* leverandoerYearInSteps(input.cases, year, input.types);
  // Masked, a possible private person is its pseudonym (or "(skjult)" without a secret, numbered so
  // the rows stay apart).
  let hidden = 0;
  const shown = o.leverandoerer.map((l) => (mask ? (maskedLeverandoer(l.leverandoer, l.privat, input.pseudonymSecret) ?? `(skjult ${++hidden})`) : l.leverandoer));
  const shownOf = new Map(o.leverandoerer.map((l, i) => [l.key, shown[i]]));
  const spanRows = yield* mergedPersonSpansInSteps(input.cases, (c) => shownOf.get(leverandoerKey(c.leverandoer)) ?? NO_PROVIDER, yearStart(year), yearEnd(year));
  const spellings = yield* spellingsInSteps(input.cases);
  const d = draft();
  const typeText = input.typeSource ? ` Typen (intern/ekstern) er fra ${input.typeSource}; gule celler kan rettes.` : " Typen (intern/ekstern) kan skrives i de gule celler.";
  d.heading({
    title: reportTitle(`Leverandører ${year}`, input.kommune),
    banner: `${generatedBy(input.generatedOn)} fra arket ${input.disponering.sheetName}.${typeText}` +
      `${mask ? " Leverandører, der kan være private personer (plejefamilier, netværksplejefamilier), vises med pseudonym." : ""}${valuesOnly ? ` ${VALUES_NOTE}` : ""}`,
    width: WIDTH, year, chartsDrawn: input.chartsDrawn,
  });
  if (!valuesOnly) staleBanner(d, 2, 2, input.disponering.sheetName, "tallene her");
  const typeRows = { ekstern: 6, intern: 7, ukendt: 8, total: 9 };
  const firstRow = 13;
  const n = o.leverandoerer.length;
  const totalRow = firstRow + n;
  const spansRow = totalRow + 5;
  const p: Plan = { d, input: { ...input, valuesOnly }, o, shown, linked: !mask && !valuesOnly, firstRow, totalRow, typeRows, spansRow, spanCount: spanRows.length, spellings };
  writeTypes(p);
  writeLeverandoerer(p);
  yield;
  yield* writeSpans(p, spanRows);
  yield;
  return {
    spec: d.toSpec({
      name: sheetName, kind: "leverandoerer", protect: !valuesOnly, tabColor: "#C55A11", freeze: { rows: 0, cols: 1 },
      columnWidths: { 0: 30, 1: 10, 2: 9, 3: 10, 4: 14, 5: 14, 6: 13, 7: 12 },
      print: { rows: spansRow - 3 },
      // The type typed per leverandør survives a refresh by its name; the record says what the tables
      // gave, so a type typed on the sheet stays while one nobody touched follows the table.
      inputs: valuesOnly ? undefined : [{
        headerRow: firstRow - 1, firstRow, anchor: { col: 0, text: TABLE_TITLE }, keys: shown.map((label) => inputKey({ label })), keyCols: { label: 0 },
        inputCols: [COLS.type], end: { col: 0, text: TOTAL_LABEL }, recordCol: RECORD_COL, label: "Leverandørtyper",
      }],
    }),
    layout: { sheetName, typeRows, firstRow, totalRow, shown, cols: COLS, spansRow, figures: o },
  };
}
