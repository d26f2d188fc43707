// "Nøgletal ÅÅÅÅ": per foranstaltning and per konto the number of cases, HÅP (dage and måneder),
// the disposed amount and GNS-pris (docs/domain.md §1 (2), §4), as native formulas over the disposition
// sheet's case rows and HÅP helper columns — so the key figures follow any edit there.
// The figures are defined as core's `keyFigures` defines them (see the note rows).
import { checksumSumFormula, dayToSerial, haapPeriodsInSteps, yearEnd, yearStart, type HaapPeriod } from "../core";
import { a1, colName, rect, sheetRef } from "./a1";
import type { DisponeringLayout } from "./disponering";
import { draft, drain, generatedBy, reportTitle, type ReportOptions } from "./draft";
import { NUMBER_FORMATS, type Cell, type SheetSpec } from "./spec";
import { writeAgeSection, type AgeSectionLayout } from "./alderNoegletal";
import { headlineNames } from "./headline";
import { cellText, findRow, type Grid } from "./grid";
import { YEAR_SHEET_NAMES } from "./sheetNames";

export interface NoegletalInput extends ReportOptions {
  year: number;
  /** Layout of the disposition sheet the figures refer to. */
  disponering: DisponeringLayout;
  /**
   * The budget for the year from the user's budget table, and where it came from (said on the sheet,
   * e.g. "budgettabellen" or "opfundet til demoen"). Without it the budget is an empty input cell.
   */
  budget?: { amount: number; source: string };
  /**
   * The age section (per age group and foranstaltning) under the headline figures; off by default: its
   * basis lists every case row, which at 20.000 rows costs two more context.sync calls in Excel.
   */
  ages?: boolean;
}

export { headlineNames };

export interface NoegletalLayout {
  sheetName: string;
  /** 0-based columns of the figures. */
  cols: typeof COLS;
  byForanstaltning: { row: number; name: string }[];
  foranstaltningTotalRow: number;
  byKonto: { row: number; name: string }[];
  kontoTotalRow: number;
  /** Row of the foranstaltning table's sum over rows (helårsforanstaltninger). */
  foranstaltningSumRow: number;
  /** 0-based cells of the headline figures; each carries a workbook-level name (headlineNames). */
  headline: Record<keyof ReturnType<typeof headlineNames>, { row: number; col: number }>;
  /** The cell saying, in red, that HÅP is not up to date (empty while it is). */
  alertCell: { row: number; col: number };
  /** The age section, when written. */
  ages?: AgeSectionLayout;
}

const COLS = { name: 0, antal: 1, haapDage: 2, haapMaaneder: 3, disponeret: 4, gnsPris: 5 } as const;
const WIDTH = 6;
/** The headline block: its labels in column A, the figures in column B. */
const HEADLINE_VALUE_COL = 1;
const CHECKSUM_LABEL = "Kontrolsum af sagerne, da HÅP blev regnet";
const LIVE_CHECKSUM_LABEL = "Kontrolsum af sagerne nu (kolonnen Kontrol på disponeringsarket)";
/** Said where the budget cell is for the user to fill. */
const BUDGET_TO_TYPE = "indtast";
const budgetLabelPrefix = (year: number) => `Budget ${year} (`;
const budgetLabel = (year: number, source: string) => `${budgetLabelPrefix(year)}${source})`;

/** Note rows printed under the title: how HÅP and GNS-pris are defined here. */
export const NOEGLETAL_NOTES = [
  "HÅP (dage) = borgernes dage med disponering i året ÷ årets dage; HÅP (måneder) = måneder med mindst én dags disponering ÷ 12.",
  "I alt tæller hver borger (samme cpr-nummer) én gang. I tabellernes rækker tælles en borger én gang pr. foranstaltning og konto; summen af rækkerne er helårsforanstaltninger. Rækker uden cpr-nummer tælles hver for sig.",
  "GNS-pris = disponeret beløb ÷ HÅP (dage). #I/T betyder HÅP = 0: gennemsnitsprisen kan ikke beregnes.",
  "HÅP regnes af Styringsark ud fra sagernes perioder (nederst på arket), så sortering og filtrering ikke ændrer tallene; beløbene følger disponeringsarket med formler. Ændres cpr-numre, datoer eller foranstaltninger dér, siger arket med rødt, at HÅP ikke er opdateret.",
];

/** The hidden record of the budget cell: right of everything the sheet writes. */
export const NOEGLETAL_RECORD_COL = 20;

export function buildNoegletal(input: NoegletalInput): { spec: SheetSpec; layout: NoegletalLayout } {
  return drain(buildNoegletalInSteps(input));
}

/** buildNoegletal as steps (see buildDisponeringInSteps): pauses between the period computations and the writing. */
export function* buildNoegletalInSteps(input: NoegletalInput): Generator<void, { spec: SheetSpec; layout: NoegletalLayout }> {
  const disp = input.disponering;
  const sheetName = input.sheetName ?? YEAR_SHEET_NAMES.noegletal(input.year);
  const ref = sheetRef(disp.sheetName);
  const d = draft();
  const hasCases = disp.caseRows.length > 0;
  const col = (c: number) => `${ref}$${colName(c)}$${disp.casesFrom + 1}:$${colName(c)}$${disp.casesTo + 1}`;
  const year = `${ref}${a1(disp.yearCell.row, disp.yearCell.col, true, true)}`;
  const daysInYear = `(DATE(${year},12,31)-DATE(${year},1,1)+1)`;
  const names = headlineNames(input.year);

  d.heading({
    title: reportTitle(`Nøgletal ${input.year}`, input.kommune),
    banner: `${generatedBy(input.generatedOn)} fra arket "${disp.sheetName}". Ret på disponeringsarket — dette ark genskabes.`,
    width: WIDTH, rows: NOEGLETAL_NOTES.map((n) => [n]),
  });
  d.style(rect(2, 0, NOEGLETAL_NOTES.length, 1), "note");
  // Wrapped over the table's width, so each note shows whole (sheets/print.ts gives the row its height).
  const merges = NOEGLETAL_NOTES.map((_n, i) => rect(2 + i, 0, 1, WIDTH));
  d.format(rect(2, 0, NOEGLETAL_NOTES.length, 1), { wrap: true });
  const alertCell = { row: 2 + NOEGLETAL_NOTES.length, col: 0 };
  let row = alertCell.row + 2;

  // The exact merged periods (values computed by core), far below the tables: a block that grows
  // grows downwards. Rows are filled in after the tables, once their place is known.
  const cases = disp.caseRows.map((r) => r.caseRow);
  const a = yearStart(input.year), b = yearEnd(input.year);
  const typePeriods = yield* haapPeriodsInSteps(cases, a, b, true);
  yield;
  const personPeriods = yield* haapPeriodsInSteps(cases, a, b, false);
  yield;

  // Where the period blocks will stand, counted from the block sizes below (checked at the end):
  // foranstaltning table n + 4 rows, konto table n + 3, headline block 12, then the periods.
  // The age section (if any) stands between the headline figures and the periods; its size is
  // measured by writing it into a scratch draft at the same row.
  const headlineEnd = row + (disp.byForanstaltning.length + 4) + (disp.byKonto.length + 3) + 12;
  const withAges = input.ages === true && disp.caseRows.length > 0;
  const periodsSection = withAges ? writeAgeSection(draft(), headlineEnd, disp, input.year).next + 1 : headlineEnd;
  const typeFrom = periodsSection + 3;
  const personFrom = typeFrom + typePeriods.length + 3;
  const P = { typeFrom, typeTo: typeFrom + typePeriods.length - 1, personFrom, personTo: personFrom + personPeriods.length - 1 };
  const pcol = (c: number, from: number, to: number) => `$${colName(c)}$${from + 1}:$${colName(c)}$${Math.max(from, to) + 1}`;

  const fig: FigureSources = {
    d, disp, col, hasCases, daysInYear, pcol, P, PC, hasTypePeriods: typePeriods.length > 0, hasPersonPeriods: personPeriods.length > 0,
  };
  const table = (title: string, keyCol: number, periodKeyCol: number, rowNames: string[], sumLabel: string, withPersonTotal: boolean) => {
    const t = writeFigureTable(fig, row, { title, keyCol, periodKeyCol, names: rowNames, sumLabel, withPersonTotal });
    row = t.next;
    return t;
  };

  const f = table("Foranstaltning", disp.cols.foranstaltning, PC.foranstaltning, disp.byForanstaltning.map((x) => x.name), "Helårsforanstaltninger i alt (sum af rækkerne)", true);
  const k = table("Konto", disp.cols.konto, PC.konto, disp.byKonto.map((x) => x.name), "Helårsforanstaltninger i alt (sager med konto)", false);

  // Headline figures: one computation, a workbook-level name each (docs/domain.md §7). On paper they
  // begin a page, so their heading never stands alone at the foot of the page before.
  const hovedtalRow = row;
  const hl = writeHeadline(d, row, { input, disp, ref, year, col, names, haapTotalRow: f.totalRow, alertCell });
  const { headline, rowOf } = hl;
  row = hl.next;

  let ages: AgeSectionLayout | undefined;
  if (withAges) {
    const written = writeAgeSection(d, row, disp, input.year);
    ages = written.layout;
    row = written.next + 1;
  }

  const periodBlock = (title: string, periods: HaapPeriod[], withType: boolean) => {
    const b = writePeriodBlock(d, row, title, periods, withType, PC);
    row = b.next;
    return b;
  };
  if (row !== periodsSection) throw new Error(`Nøgletal: perioderne skulle stå i række ${periodsSection + 1}, ikke ${row + 1}`);
  d.section(row++, "Grundlag for HÅP — perioder regnet af Styringsark (ret ikke her; generér igen efter ændringer)");
  yield;
  const tp = periodBlock("Pr. borger, foranstaltning og konto (til tabellernes rækker)", typePeriods, true);
  yield;
  const pp = periodBlock("Pr. borger (til I alt og HÅP-navnet)", personPeriods, false);
  yield;
  if (tp.from !== P.typeFrom || pp.from !== P.personFrom) throw new Error("Nøgletal: periodernes placering passer ikke med formlerne");

  const spec = d.toSpec({
    name: sheetName, kind: "noegletal", columnWidths: { 0: 34, 1: 16, 2: 14, 3: 13, 4: 15, 5: 14, 6: 12 }, tabColor: "#548235", merges,
    // The periods are the calculation basis, not a report: the printout stops above them.
    print: { area: rect(0, 0, periodsSection, 7), breaksBefore: [hovedtalRow] },
    // A budget typed in the yellow cell survives a refresh; a changed budget table still reaches it
    // when nobody typed there (the hidden record of what was written, sheets/inputs.ts).
    inputs: [{
      headerRow: rowOf.budget!, firstRow: rowOf.budget!, rows: 1, anchor: { col: 0, text: budgetLabelPrefix(input.year) }, keyCols: {},
      keys: ["#1"], inputCols: [1], recordCol: NOEGLETAL_RECORD_COL, label: "budget",
    }],
  });
  return {
    spec,
    layout: {
      sheetName, cols: COLS, byForanstaltning: f.out, foranstaltningTotalRow: f.totalRow, foranstaltningSumRow: f.sumRow,
      byKonto: k.out, kontoTotalRow: k.totalRow, headline, alertCell, ...(ages ? { ages } : {}),
    },
  };
}

/**
 * What a refresh keeps from a Nøgletal sheet, read back by the labels this builder writes: the
 * checksum kept when its HÅP was computed, the sheet's own checksum of the case rows now, and the
 * budget typed there with the source its label names.
 */
export function readNoegletalBack(g: Grid, year: number): { checksum: number | null; live: number | null; budget: { amount: number; source: string } | null } {
  const value = (r: number) => (r >= 0 && typeof g.at(r, HEADLINE_VALUE_COL) === "number" ? (g.at(r, HEADLINE_VALUE_COL) as number) : null);
  const checksum = value(findRow(g, 0, (t) => t === CHECKSUM_LABEL));
  // What the sheet's formula computes now (null where the host has not calculated it).
  const live = value(findRow(g, 0, (t) => t === LIVE_CHECKSUM_LABEL));
  const prefix = budgetLabelPrefix(year);
  const b = findRow(g, 0, (t) => t.startsWith(prefix));
  const amount = value(b);
  const label = b >= 0 ? cellText(g.at(b, 0)) : "";
  const said = label.endsWith(")") ? label.slice(prefix.length, -1) : undefined;
  const budget = amount !== null ? { amount, source: said && said !== BUDGET_TO_TYPE ? said : "indtastet" } : null;
  return { checksum, live, budget };
}

/** Period block columns: A borger, B foranstaltning, C konto, D fra, E til, F dage, G måneder. */
const PC = { person: 0, foranstaltning: 1, konto: 2, from: 3, to: 4, days: 5, months: 6 } as const;

/** Where the figure tables take their numbers from: the disponeringsark's columns and the period blocks. */
interface FigureSources {
  d: ReturnType<typeof draft>;
  disp: DisponeringLayout;
  /** A whole column of the disponeringsark's case rows, absolute. */
  col: (c: number) => string;
  hasCases: boolean;
  daysInYear: string;
  pcol: (c: number, from: number, to: number) => string;
  P: { typeFrom: number; typeTo: number; personFrom: number; personTo: number };
  PC: typeof PC;
  hasTypePeriods: boolean;
  hasPersonPeriods: boolean;
}

/**
 * One figure table (per foranstaltning or per konto) from `row`: a row per name, the sum row and, for
 * the foranstaltning table, the total with each person once.
 */
function writeFigureTable(
  src: FigureSources, start: number,
  t: { title: string; keyCol: number; periodKeyCol: number; names: string[]; sumLabel: string; withPersonTotal: boolean },
): { out: { row: number; name: string }[]; sumRow: number; totalRow: number; next: number } {
  const { d, col, hasCases, daysInYear, pcol, P } = src;
  const gns = (r: number) => `IF(${a1(r, COLS.haapDage)}>0,${a1(r, COLS.disponeret)}/${a1(r, COLS.haapDage)},NA())`;
  const figureRow = (r: number): Cell[] => {
    const crit = a1(r, COLS.name, false, true);
    const sumifs = (c: number) => (hasCases ? `SUMIFS(${col(c)},${col(t.keyCol)},${crit})` : "0");
    const periods = (c: number) => (src.hasTypePeriods ? `SUMIFS(${pcol(c, P.typeFrom, P.typeTo)},${pcol(t.periodKeyCol, P.typeFrom, P.typeTo)},${crit})` : "0");
    return [
      { f: sumifs(src.disp.helperCols.inYear) },
      { f: `${periods(PC.days)}/${daysInYear}` },
      { f: `${periods(PC.months)}/12` },
      { f: sumifs(src.disp.totalCol) },
      { f: gns(r) },
    ];
  };
  const personTotal = (c: number, div: string) => (src.hasPersonPeriods ? `SUM(${pcol(c, P.personFrom, P.personTo)})/${div}` : "0");
  let row = start;
  d.header(row++, 0, [t.title, "Antal sager", "HÅP (dage)", "HÅP (måneder)", "Disponeret", "GNS-pris"], true);
  const first = row;
  const out: { row: number; name: string }[] = [];
  for (const name of t.names) {
    const r = row++;
    d.put(r, 0, [[name, ...figureRow(r)]]);
    out.push({ row: r, name });
  }
  const sumRow = row++;
  const sum = (c: number): Cell => (out.length > 0 ? { f: `SUM(${a1(first, c)}:${a1(sumRow - 1, c)})` } : 0);
  d.put(sumRow, 0, [[t.sumLabel, sum(COLS.antal), sum(COLS.haapDage), sum(COLS.haapMaaneder), sum(COLS.disponeret), { f: gns(sumRow) }]]);
  d.style(rect(sumRow, 0, 1, WIDTH), "subtotal");
  let totalRow = sumRow;
  if (t.withPersonTotal) {
    totalRow = row++;
    d.put(totalRow, 0, [[
      // Each person once: the count is of persons (each has months on their first period), not case rows.
      "I alt (hver borger én gang)", { f: src.hasPersonPeriods ? `COUNTIF(${pcol(PC.months, P.personFrom, P.personTo)},">0")` : "0" },
      { f: personTotal(PC.days, daysInYear) }, { f: personTotal(PC.months, "12") },
      { f: a1(sumRow, COLS.disponeret) }, { f: gns(totalRow) },
    ]]);
    d.style(rect(totalRow, 0, 1, WIDTH), "total");
  }
  d.numberFormat(rect(first, COLS.antal, totalRow - first + 1, 1), NUMBER_FORMATS.integer);
  if (t.withPersonTotal) d.numberFormat(rect(totalRow, COLS.antal), NUMBER_FORMATS.borgere);
  d.numberFormat(rect(first, COLS.haapDage, totalRow - first + 1, 2), NUMBER_FORMATS.decimal2);
  d.numberFormat(rect(first, COLS.disponeret, totalRow - first + 1, 2), NUMBER_FORMATS.kr);
  return { out, sumRow, totalRow, next: row + 1 };
}

/**
 * The headline figures from `start`, each with its workbook-level name, the two checksums under them,
 * and the alert cell's formula (it says when HÅP no longer matches the cases or the year).
 */
function writeHeadline(
  d: ReturnType<typeof draft>, start: number,
  h: {
    input: NoegletalInput; disp: DisponeringLayout; ref: string; year: string; col: (c: number) => string;
    names: ReturnType<typeof headlineNames>; haapTotalRow: number; alertCell: { row: number; col: number };
  },
): { headline: NoegletalLayout["headline"]; rowOf: Partial<Record<keyof ReturnType<typeof headlineNames>, number>>; next: number } {
  const { input, disp, ref, year, col, names, alertCell } = h;
  let row = start;
  d.section(row++, `Hovedtal ${input.year} — brug navnene i egne formler og rapporter`);
  d.header(row++, 0, ["Tal", "Værdi", "Navn i arbejdsbogen"], true);
  const at = (r: number) => ({ row: r, col: HEADLINE_VALUE_COL });
  const headline = {} as NoegletalLayout["headline"];
  const disposedCell = `${ref}${a1(disp.currentAndExpectedRow, disp.totalCol, true, true)}`;
  const grandCell = `${ref}${a1(disp.grandTotalRow, disp.totalCol, true, true)}`;
  const budgetText = budgetLabel(input.year, input.budget ? input.budget.source : BUDGET_TO_TYPE);
  const lines: [keyof typeof names | null, string, Cell, string?][] = [
    ["haap", `HÅP ${input.year} (alle sager, hver borger én gang, dage)`, { f: a1(h.haapTotalRow, COLS.haapDage) }, NUMBER_FORMATS.decimal2],
    [null, `Disponeret ${input.year} (aktuelle og forventede sager)`, { f: disposedCell }, NUMBER_FORMATS.kr],
    ["gnsPris", `GNS-pris ${input.year}`, { f: "" }, NUMBER_FORMATS.kr],
    ["forventet", `Forventet regnskab ${input.year} (som disponeringsarkets i alt)`, { f: grandCell }, NUMBER_FORMATS.kr],
    ["budget", budgetText, input.budget ? input.budget.amount : null, NUMBER_FORMATS.kr],
    ["afvigelse", `Afvigelse ${input.year} (forventet regnskab − budget)`, { f: "" }, NUMBER_FORMATS.kr],
    ["opdateret", "HÅP er opdateret med sagerne (SAND/FALSK)", { f: "" }],
  ];
  const rowOf: Partial<Record<keyof typeof names, number>> = {};
  const first = row;
  for (const [key] of lines) {
    if (key) rowOf[key] = row;
    row++;
  }
  const checksumRow = row++;
  const liveRow = row++;
  const cell = (key: keyof typeof names) => a1(rowOf[key]!, HEADLINE_VALUE_COL);
  lines.forEach(([key, label, value, fmt], i) => {
    const r = first + i;
    let v = value;
    if (key === "gnsPris") v = { f: `IF(${cell("haap")}>0,${a1(first + 1, 1)}/${cell("haap")},NA())` };
    if (key === "afvigelse") v = { f: `IF(ISNUMBER(${cell("budget")}),${cell("forventet")}-${cell("budget")},NA())` };
    // Up to date while the cases are those HÅP was computed from (checksum), no case stands in a row
    // inserted without the sheet's formulas (it counts in nothing), and the disponeringsark still
    // shows the year they were computed for: its year cell can be typed over.
    if (key === "opdateret") {
      const inserted = `${ref}${a1(disp.unformulatedCountCell.row, disp.unformulatedCountCell.col, true, true)}`;
      v = { f: `IFERROR(AND(${a1(liveRow, 1)}=${a1(checksumRow, 1)},${inserted}=0,${year}=${input.year}),FALSE)` };
    }
    d.put(r, 0, [[label, v, key ? names[key] : null]]);
    if (fmt) d.numberFormat(rect(r, HEADLINE_VALUE_COL), fmt);
    if (key) {
      headline[key] = at(r);
      d.name(names[key], rect(r, 1), true);
    }
  });
  d.input(rect(rowOf.budget!, 1));
  d.style(rect(first, 1, lines.length, 1), "output");
  d.put(checksumRow, 0, [[CHECKSUM_LABEL, disp.checksum]]);
  d.put(liveRow, 0, [[LIVE_CHECKSUM_LABEL, { f: checksumSumFormula(col(disp.helperCols.check)) }]]);
  d.style(rect(checksumRow, 0, 2, 2), "note");
  row++;
  d.put(alertCell.row, alertCell.col, [[{
    f: `IF(${cell("opdateret")},"","HÅP ER IKKE OPDATERET: sagerne eller året på arket ${disp.sheetName} er ændret, siden HÅP blev regnet. Generér Disponering og Nøgletal igen.")`,
  }]]);
  d.style(rect(alertCell.row, 0), "alert");
  return { headline, rowOf, next: row };
}

/** The periods from `start`, as values: borger nr. (not the CPR), foranstaltning, konto, fra, til; days by formula. */
function writePeriodBlock(
  d: ReturnType<typeof draft>, start: number, title: string, periods: HaapPeriod[], withType: boolean, pc: typeof PC,
): { from: number; to: number; next: number } {
  let row = start;
  d.section(row++, title);
  d.header(row++, 0, ["Borger nr.", "Foranstaltning", "Konto", "Fra", "Til", "Dage i året", "Måneder i året"], true);
  const from = row;
  if (periods.length > 0) {
    d.put(from, 0, periods.map((p) => [p.person, withType ? p.foranstaltning! : null, withType ? p.konto || null : null, dayToSerial(p.from), dayToSerial(p.to), null, p.months]));
    d.fill(rect(from, pc.days, periods.length, 1), `${a1(from, pc.to)}-${a1(from, pc.from)}+1`);
    d.numberFormat(rect(from, pc.from, periods.length, 2), NUMBER_FORMATS.date);
    d.style(rect(from, 0, periods.length, 7), "note");
  }
  row += periods.length;
  const to = row - 1;
  row++;
  return { from, to, next: row };
}
