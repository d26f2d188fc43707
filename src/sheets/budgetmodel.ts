// "Budgetmodel <tilbud>": the tilbudsspecifik budgetmodel of docs/domain.md §5 with native formulas, so
// the tilbudsleder and the economy consultant can edit it every month without the add-in.
import { BASE_COLUMNS, COL_BUDGET_OEKONOMI, COL_BUDGET_TAKST, COL_REGNSKAB_FOER, STAFF_CATEGORIES, inputKey, staffRows, type BudgetModelInput, type CostLine } from "../core";
import { a1, rect, rectAbs } from "./a1";
import { draft, generatedBy, type ReportOptions, type SheetDraft } from "./draft";
import { NUMBER_FORMATS, type Cell, type InputTable, type Rect, type SheetSpec, type StyleName } from "./spec";

/** The model names its provider in the title, so `kommune` is not printed. */
export interface BudgetmodelOptions extends ReportOptions {
  /** Where pre-filled figures came from, e.g. "tabellen Regnskab". */
  source?: string;
  /**
   * Which columns were filled from a table in this run (they replace what the sheet held; every
   * other yellow cell keeps what the user typed when the model is made again).
   */
  prefilled?: { regnskab?: boolean; budget?: boolean; haap?: boolean };
}

/** Where the key cells ended up (0-based), for other builders (døgnskema) and tests. */
export interface BudgetmodelLayout {
  sheetName: string;
  firstCol: number;
  columns: number;
  rows: {
    pl: number; variableTotal: number; reduction: number; fixedTotal: number; providerTotal: number; subsidiesTotal: number;
    centralTotal: number; otherIncomeTotal: number; udgiftsgrundlag: number; resultTwoYearsEarlier: number;
    takstberegningsgrundlag: number; haapTotal: number; places: number; belaegning: number; salesIncome: number;
    extraIncome: number; income: number; result: number; pladsprisAar: number; pladsprisDoegn: number;
    /** Price per occupied place: takstberegningsgrundlag ÷ HÅP. */
    haapPladspris: number;
  };
  staff: { firstRow: number; totalRow: number; ataRow: number };
  cells: Record<KeyCell, { row: number; col: number }>;
}

type KeyCell =
  | "staffAtaHours" | "grantedAtaHours" | "ataTimepris" | "loensum" | "reductionCategory" | "aarsvaerkTilReduktion"
  | "haapPladspris" | "ataHoursPerAarsvaerk" | "rammePct" | "rammeKr" | "rammePctVariable" | "weightedPris" | "ataAarsvaerk";

/** Names of the key outputs (worksheet-scoped). */
export const BUDGETMODEL_NAMES = [
  "Aarets_udgiftsgrundlag", "Takstberegningsgrundlag", "Forventet_regnskabsresultat", "Gns_pladspris_aar",
  "Gns_pladspris_doegn", "ATA_timepris", "Aarsvaerk_til_reduktion", "Rammebesparelse_kr", "Rammebesparelse_pct_variable",
  "ATA_timer_personale", "Pris_pr_belagt_plads_aar",
] as const;

const FIRST = 1;
const LABEL_WIDTH = 52;

/** A new, empty model with the cost lines of docs/domain.md §5, for a named provider and budget year. */
export function defaultBudgetModel(tilbud: string, year: number, overslagsaar = 4): BudgetModelInput {
  const n = BASE_COLUMNS.length + overslagsaar;
  const zeros = (k: number) => Array.from({ length: k }, () => 0);
  const lines = (labels: string[]): CostLine[] => labels.map((label) => ({ label, values: zeros(BASE_COLUMNS.length) }));
  return {
    tilbud, year, pl: zeros(overslagsaar),
    variable: lines([
      "Borgerrelateret personale (faguddannet)", "Borgerrelateret personale (ikke faguddannet)",
      "Refusioner fx fra barsel og sygedagpenge", "Ikke fastansat personale", "Ledelse", "Administrativt personale (TAP)",
      "Andre omkostninger relateret til løn fx puljer",
    ]),
    fixed: lines([
      "Borgerrelaterede omkostninger (fx transport og aktiviteter)", "Øvrige personaleomkostninger (fx uddannelse og materialer)",
      "Ejendomme (fx vedligehold, rengøring og forsikringer)",
    ]),
    subsidies: lines(["Rentabilitetstilskud for nattevagt/pleje", "Rentabilitetstilskud for lokalitet"]),
    central: lines(["Ejendomme (fx husleje og afskrivninger)", "Administrationsomkostninger konto 5", "Administrationsomkostninger konto 6"]),
    otherIncome: lines(["Tillægs- og ekstrabevillinger", "Overførsler"]),
    resultTwoYearsEarlier: zeros(n),
    levels: [1, 2, 3, 4, 5].map((k) => ({ name: `Funktionsniveau ${k}`, rates: zeros(BASE_COLUMNS.length), intern: zeros(n), ekstern: zeros(n) })),
    extraIncome: zeros(n),
    places: zeros(n),
    staff: staffRows([], []),
    ataHoursPerAarsvaerk: 0,
    grantedAtaHours: 0,
    reductionCategory: STAFF_CATEGORIES[1].name, // faguddannet
    rammebesparelsePct: 0,
  };
}

/** Sheet name for a provider: "Budgetmodel <tilbud>", cut to Excel's 31 characters. */
export function budgetmodelSheetName(tilbud: string): string {
  return `Budgetmodel ${tilbud}`.slice(0, 31).trimEnd();
}

/** Column plan and the running row; every section writes below `row` and moves it on. */
interface Plan {
  d: SheetDraft;
  m: BudgetModelInput;
  nBase: number;
  nCols: number;
  /** Last year column. */
  last: number;
  plRow: number;
  row: number;
  /** Rows of the cost lines, in the order written. */
  lineRows: number[];
}

type Section = { first: number; last: number; totalLabel: string };
type KeyCellAt = { row: number; col: number };

/** Takst and prognose columns of the budget year, which the key figures read. */
const TAKST_COL = FIRST + 3, PROG_COL = FIRST + 4;

/** Overslagsår: the previous column × (1 + that year's PL). */
function chain(p: Plan, r: number, c: number): Cell {
  return { f: `${a1(r, c - 1)}*(1+${a1(p.plRow, c, true, false)})` };
}

/** A labelled row across all year columns. */
function across(p: Plan, r: number, label: string, make: (c: number) => Cell, style?: StyleName, numberFormat: string = NUMBER_FORMATS.kr): void {
  const cells: Cell[] = [];
  for (let c = FIRST; c <= p.last; c++) cells.push(make(c));
  p.d.put(r, 0, [[label, ...cells]]);
  if (style) p.d.style(rect(r, 0, 1, p.nCols + 1), style);
  p.d.numberFormat(rect(r, FIRST, 1, p.nCols), numberFormat);
}

function section(p: Plan, label: string): void {
  p.d.section(p.row++, label);
}

/** Inputs in the base columns, overslagsår carried forward by PL. */
function chainedInputRow(p: Plan, r: number, label: string, values: readonly number[]): void {
  p.d.put(r, 0, [[label, ...values]]);
  for (let c = FIRST + p.nBase; c <= p.last; c++) p.d.put(r, c, [[chain(p, r, c)]]);
  p.d.input(rect(r, FIRST, 1, p.nBase));
}

/** Cost lines: inputs in the base columns, overslagsår by PL; returns the rows for the total. */
function costSection(p: Plan, label: string, lines: readonly CostLine[], totalLabel: string, rule: "nonNegative" | "nonPositive"): Section {
  const { d, nBase } = p;
  section(p, label);
  const first = p.row;
  for (const line of lines) {
    const r = p.row++;
    p.lineRows.push(r);
    chainedInputRow(p, r, line.label, line.values);
    d.numberFormat(rect(r, FIRST + nBase, 1, p.m.pl.length || 1), NUMBER_FORMATS.kr);
    const isRefund = /refusion/i.test(line.label);
    if (rule === "nonNegative" && !isRefund) d.nonNegative(rect(r, FIRST, 1, nBase), line.label);
    if (rule === "nonPositive" || isRefund) {
      d.validate(rect(r, FIRST, 1, nBase), { type: "decimal", max: 0 }, `${line.label} indtastes som et negativt beløb`);
    }
  }
  return { first, last: p.row - 1, totalLabel };
}

function totalOf(p: Plan, s: Section, style: StyleName = "subtotal"): number {
  const r = p.row++;
  across(p, r, s.totalLabel, (c) => ({ f: `SUM(${a1(s.first, c)}:${a1(s.last, c)})` }), style);
  return r;
}

/** Title, banner, colour legend and the column headers; returns the header row. */
function writeHeading(p: Plan, options: BudgetmodelOptions): number {
  const { d, m } = p;
  const y = m.year;
  d.heading({
    title: `Budgetmodel ${m.tilbud} — budget ${y}`,
    banner: `${generatedBy(options.generatedOn)}${options.source ? ` med tal fra ${options.source}` : ""}. ` +
      "Opdateres hver måned af tilbudslederen sammen med økonomikonsulenten. Arket er beskyttet uden adgangskode; kun gule celler kan rettes.",
    width: Math.max(p.last + 1, 9),
  });
  const headerRow = d.legend(2) + 1;
  const header: Cell[] = ["Omkostningstype", `Regnskab ${y - 1}`, `Budget ${y - 1}`, `Budget ${y} (økonomisystem)`, `Budget ${y} (takst)`, `Prognose ${y}`];
  m.pl.forEach((_p, i) => header.push(`Overslagsår ${y + i + 1}`));
  d.header(headerRow, 0, header, true);
  return headerRow;
}

function writePl(p: Plan): void {
  const { d, m } = p;
  d.put(p.plRow, 0, [[PL_LABEL]]);
  if (m.pl.length === 0) return;
  const at = rect(p.plRow, FIRST + p.nBase, 1, m.pl.length);
  d.put(p.plRow, FIRST + p.nBase, [[...m.pl]]).input(at, NUMBER_FORMATS.percent);
  d.validate(at, { type: "decimal", min: -1, max: 1 }, "PL-procenten skal ligge mellem -100 % og 100 %");
}

/** Cost sections down to the takstberegningsgrundlag. The reduction row is reserved here, written by writeReduction. */
function writeCosts(p: Plan) {
  const { m } = p;
  // Variable costs, with the cut from "hvor skal der reduceres?" as its own line.
  const variable = costSection(p, VARIABLE_TITLE, m.variable, "Samlede variable omkostninger", "nonNegative");
  const reduction = p.row++;
  variable.last = reduction;
  const variableTotal = totalOf(p, variable);
  const fixedTotal = totalOf(p, costSection(p, "Faste omkostninger på tilbuddet", m.fixed, "Faste omkostninger på tilbuddet", "nonNegative"));
  const providerTotal = p.row++;
  across(p, providerTotal, "Samlede variable og faste omkostninger på tilbuddet", (c) => ({ f: `${a1(variableTotal, c)}+${a1(fixedTotal, c)}` }), "subtotal");
  const subsidiesTotal = totalOf(p, costSection(p, "Øremærkede tilskud (indgår i taksten)", m.subsidies, "Samlede tilskud", "nonNegative"));
  const centralTotal = totalOf(p, costSection(p, "Faste omkostninger placeret centralt (indgår i taksten, styres ikke af tilbuddet)", m.central, "Samlede faste omkostninger placeret centralt", "nonNegative"));
  const otherIncomeTotal = totalOf(p, costSection(p, "Andre indtægter (negative beløb)", m.otherIncome, "Samlede andre indtægter", "nonPositive"));
  p.row++;
  const udgiftsgrundlag = p.row++;
  across(p, udgiftsgrundlag, "Årets udgiftsgrundlag", (c) => ({ f: `${a1(providerTotal, c)}+${a1(subsidiesTotal, c)}+${a1(centralTotal, c)}+${a1(otherIncomeTotal, c)}` }), "total");
  const resultTwoYearsEarlier = p.row++;
  across(p, resultTwoYearsEarlier, "Resultat to år tidligere", (c) => m.resultTwoYearsEarlier[c - FIRST]);
  p.d.input(rect(resultTwoYearsEarlier, FIRST, 1, p.nCols));
  const takstberegningsgrundlag = p.row++;
  across(p, takstberegningsgrundlag, "Takstberegningsgrundlag", (c) => ({ f: `${a1(udgiftsgrundlag, c)}+${a1(resultTwoYearsEarlier, c)}` }), "total");
  p.row++;
  return { variableTotal, reduction, fixedTotal, providerTotal, subsidiesTotal, centralTotal, otherIncomeTotal, udgiftsgrundlag, resultTwoYearsEarlier, takstberegningsgrundlag };
}

/** Income: HÅP per service level (intern/ekstern) × the level's annual rate; result and average place prices. */
function writeIncome(p: Plan, takstberegningsgrundlag: number) {
  const { d, m, nCols } = p;
  section(p, "Belægning og indtægter (HÅP pr. funktionsniveau; overslagsår: indtast forventninger)");
  const haapFirst = p.row;
  const haapRows: { intern: number; ekstern: number }[] = [];
  for (const level of m.levels) {
    const intern = p.row++, ekstern = p.row++;
    across(p, intern, `${level.name}: intern (HÅP)`, (c) => level.intern[c - FIRST], undefined, NUMBER_FORMATS.haap);
    across(p, ekstern, `${level.name}: ekstern (HÅP)`, (c) => level.ekstern[c - FIRST], undefined, NUMBER_FORMATS.haap);
    haapRows.push({ intern, ekstern });
  }
  const haapLast = p.row - 1;
  if (m.levels.length > 0) {
    d.input(rect(haapFirst, FIRST, haapLast - haapFirst + 1, nCols), NUMBER_FORMATS.haap);
    d.nonNegative(rect(haapFirst, FIRST, haapLast - haapFirst + 1, nCols), "Antal helårspersoner");
  }
  const haapTotal = p.row++;
  across(p, haapTotal, "Helårspersoner i alt", (c) => (m.levels.length > 0 ? { f: `SUM(${a1(haapFirst, c)}:${a1(haapLast, c)})` } : 0), "subtotal", NUMBER_FORMATS.haap);
  const places = p.row++;
  across(p, places, "Antal pladser", (c) => m.places[c - FIRST], undefined, NUMBER_FORMATS.haap);
  d.input(rect(places, FIRST, 1, nCols), NUMBER_FORMATS.haap);
  d.nonNegative(rect(places, FIRST, 1, nCols), "Antal pladser");
  const belaegning = p.row++;
  across(p, belaegning, "Belægningsprocent", (c) => ({ f: `IF(${a1(places, c)}=0,"",${a1(haapTotal, c)}/${a1(places, c)})` }), undefined, NUMBER_FORMATS.percent);
  const rateRows: number[] = [];
  for (const level of m.levels) {
    const r = p.row++;
    chainedInputRow(p, r, `Takst pr. år: ${level.name}`, level.rates);
    d.nonNegative(rect(r, FIRST, 1, p.nBase), "Taksten");
    d.numberFormat(rect(r, FIRST + p.nBase, 1, m.pl.length || 1), NUMBER_FORMATS.kr);
    rateRows.push(r);
  }
  const salesIncome = p.row++;
  across(p, salesIncome, "Indtægter fra salg af pladser (HÅP × takst)", (c) =>
    m.levels.length === 0 ? 0 : { f: haapRows.map((h, k) => `(${a1(h.intern, c)}+${a1(h.ekstern, c)})*${a1(rateRows[k], c)}`).join("+") },
  );
  const extraIncome = p.row++;
  across(p, extraIncome, "Indtægter fra funktionsniveau 5+ (ekstra)", (c) => m.extraIncome[c - FIRST]);
  d.input(rect(extraIncome, FIRST, 1, nCols));
  d.nonNegative(rect(extraIncome, FIRST, 1, nCols), "Ekstra indtægter");
  const income = p.row++;
  across(p, income, "Samlede indtægter", (c) => ({ f: `${a1(salesIncome, c)}+${a1(extraIncome, c)}` }), "subtotal");
  p.row++;
  const result = p.row++;
  across(p, result, "Forventet regnskabsresultat (negativ = merforbrug)", (c) => ({ f: `${a1(income, c)}-${a1(takstberegningsgrundlag, c)}` }), "total");
  const pladsprisAar = p.row++;
  across(p, pladsprisAar, "Gns. pladspris (år)", (c) => ({ f: `IF(${a1(places, c)}=0,"",${a1(takstberegningsgrundlag, c)}/${a1(places, c)})` }), "output");
  const pladsprisDoegn = p.row++;
  across(p, pladsprisDoegn, "Gns. pladspris (døgn)", (c) => ({ f: `IF(${a1(places, c)}=0,"",${a1(pladsprisAar, c)}/365)` }), "output");
  // Thisted's "Hvad koster en HÅP-plads": the same cost over the places that are occupied.
  const haapPladspris = p.row++;
  across(p, haapPladspris, "Pris pr. belagt plads (år) (takstberegningsgrundlag ÷ helårspersoner)", (c) => ({ f: `IF(${a1(haapTotal, c)}=0,"",${a1(takstberegningsgrundlag, c)}/${a1(haapTotal, c)})` }), "output");
  p.row++;
  return { haapTotal, places, belaegning, salesIncome, extraIncome, income, result, pladsprisAar, pladsprisDoegn, haapPladspris };
}

/** The staff table (årsværksopgørelse); returns its rows and a column-range helper. */
function writeStaff(p: Plan) {
  const { d, m } = p;
  const staffHeader = p.row++;
  d.header(staffHeader, 0, [`Årsværksopgørelse budget ${m.year}`, "Årsværk", "Andel", "ÅV-pris", "Borgerrelateret (ATA)", "Hvor skal der reduceres? (årsværk)", "Reduktion (kr.)", "Årsværk efter reduktion"], true);
  const staffFirst = p.row;
  const staffTotal = staffFirst + m.staff.length;
  const sr = (r: number, c: number) => a1(r, c);
  m.staff.forEach((s, i) => {
    const r = staffFirst + i;
    d.put(r, 0, [[s.name, s.aarsvaerk, { f: `IF(${a1(staffTotal, 1, true, true)}=0,"",${sr(r, 1)}/${a1(staffTotal, 1, true, true)})` }, s.pris, s.ata ? "ja" : "nej", s.reduktion, { f: `${sr(r, 5)}*${sr(r, 3)}` }, { f: `${sr(r, 1)}-${sr(r, 5)}` }]]);
  });
  p.row = staffTotal + 1;
  const staffRange = (c: number) => (m.staff.length > 0 ? `${a1(staffFirst, c, true, true)}:${a1(staffTotal - 1, c, true, true)}` : null);
  const sumCol = (c: number): Cell => (staffRange(c) ? { f: `SUM(${staffRange(c)})` } : 0);
  d.put(staffTotal, 0, [[
    "Total (ÅV-pris vægtet med årsværk)", sumCol(1), { f: `IF(${sr(staffTotal, 1)}=0,"",1)` },
    staffRange(1) ? { f: `IF(${sr(staffTotal, 1)}=0,"",SUMPRODUCT(${staffRange(1)},${staffRange(3)})/${sr(staffTotal, 1)})` } : "",
    "", sumCol(5), sumCol(6), sumCol(7),
  ]]);
  d.style(rect(staffTotal, 0, 1, 8), "total");
  const ataRow = p.row++;
  d.put(ataRow, 0, [["Antal ATA-årsværk (borgerrelaterede kategorier)", staffRange(1) ? { f: `SUMIFS(${staffRange(1)},${staffRange(4)},"ja")` } : 0]]);
  d.put(ataRow, 7, [[staffRange(7) ? { f: `SUMIFS(${staffRange(7)},${staffRange(4)},"ja")` } : 0]]);
  d.style(rect(ataRow, 0, 1, 8), "subtotal");
  if (m.staff.length > 0) {
    const n = m.staff.length;
    d.input(rect(staffFirst, 1, n, 1), NUMBER_FORMATS.decimal2);
    d.input(rect(staffFirst, 3, n, 1), NUMBER_FORMATS.kr);
    d.input(rect(staffFirst, 4, n, 1), NUMBER_FORMATS.text);
    d.input(rect(staffFirst, 5, n, 1), NUMBER_FORMATS.decimal2);
    d.nonNegative(rect(staffFirst, 1, n, 1), "Årsværk");
    d.nonNegative(rect(staffFirst, 3, n, 1), "ÅV-prisen");
    d.nonNegative(rect(staffFirst, 5, n, 1), "Reduktionen i årsværk");
    d.validate(rect(staffFirst, 4, n, 1), { type: "list", values: ["ja", "nej"] }, "Skriv ja eller nej");
  }
  d.numberFormat(rect(staffFirst, 2, m.staff.length + 1, 1), NUMBER_FORMATS.percent);
  d.numberFormat(rect(staffTotal, 1, 1, 1), NUMBER_FORMATS.decimal2);
  d.numberFormat(rect(staffTotal, 3, 1, 1), NUMBER_FORMATS.kr);
  d.numberFormat(rect(staffTotal, 5, 1, 1), NUMBER_FORMATS.decimal2);
  d.numberFormat(rect(staffFirst, 6, m.staff.length + 1, 1), NUMBER_FORMATS.kr);
  d.numberFormat(rect(staffFirst, 7, m.staff.length + 1, 1), NUMBER_FORMATS.decimal2);
  d.numberFormat(rect(ataRow, 1, 1, 7), NUMBER_FORMATS.decimal2);
  return { staffFirst, staffTotal, ataRow, staffRange };
}

/** The cut feeds back into the variable costs of the prognose (and on into the overslagsår). */
function writeReduction(p: Plan, reduction: number, staffTotal: number): void {
  p.d.put(reduction, 0, [["Reduktion jf. årsværksopgørelsen (hvor skal der reduceres?)"]]);
  for (let c = FIRST; c <= p.last; c++) {
    const col = c - FIRST;
    p.d.put(reduction, c, [[col < p.nBase - 1 ? 0 : col === p.nBase - 1 ? { f: `-${a1(staffTotal, 6, true, true)}` } : chain(p, reduction, c)]]);
  }
  p.d.numberFormat(rect(reduction, FIRST, 1, p.nCols), NUMBER_FORMATS.kr);
  p.row++;
}

/** One key figure in column B: an input or a computed output. */
function key(p: Plan, label: string, value: Cell, numberFormat: string, input = false): KeyCellAt {
  const r = p.row++;
  p.d.put(r, 0, [[label, value]]);
  if (input) p.d.input(rect(r, 1), numberFormat);
  else p.d.style(rect(r, 1), "output", numberFormat);
  return { row: r, col: 1 };
}

const ref = (at: KeyCellAt) => a1(at.row, at.col, true, true);

/** Nøgletal: ATA hours and price, the cut the prognose asks for, the HÅP place price. */
function writeKeyFigures(
  p: Plan, rows: { ataRow: number; udgiftsgrundlag: number; result: number; haapPladspris: number },
  staffRange: (c: number) => string | null,
) {
  const { d, m } = p;
  section(p, `Nøgletal budget ${m.year}`);
  const ataHoursPerAarsvaerk = key(p, "ATA-timer pr. ATA-årsværk (indstilling)", m.ataHoursPerAarsvaerk, NUMBER_FORMATS.decimal2, true);
  const staffAtaHours = key(p, "Antal ATA-timer hos personale", { f: `${a1(rows.ataRow, 1, true, true)}*${ref(ataHoursPerAarsvaerk)}` }, NUMBER_FORMATS.kr);
  const grantedAtaHours = key(p, "Antal udmålte ATA-timer", m.grantedAtaHours, NUMBER_FORMATS.kr, true);
  d.nonNegative(rect(ataHoursPerAarsvaerk.row, 1), "ATA-timer pr. årsværk");
  d.nonNegative(rect(grantedAtaHours.row, 1), "Udmålte ATA-timer");
  const ataTimepris = key(p, "Hvad koster en ATA-time jf. budget (takst)", { f: `IF(${ref(staffAtaHours)}=0,"",${a1(rows.udgiftsgrundlag, TAKST_COL, true, true)}/${ref(staffAtaHours)})` }, NUMBER_FORMATS.kr);
  const loensum = key(p, "Lønsum der skal reduceres (prognose)", { f: `MIN(0,${a1(rows.result, PROG_COL, true, true)})` }, NUMBER_FORMATS.kr);
  const reductionCategory = key(p, "Personalekategori der reduceres i", m.reductionCategory, NUMBER_FORMATS.text, true);
  if (m.staff.length > 0) {
    d.validate(rect(reductionCategory.row, 1), { type: "list", values: m.staff.map((s) => s.name) }, "Vælg en af personalekategorierne i årsværksopgørelsen");
  }
  const catPris = staffRange(3) ? `INDEX(${staffRange(3)},MATCH(${ref(reductionCategory)},${staffRange(0)},0))` : "0";
  const aarsvaerkTilReduktion = key(p, "Årsværk der skal reduceres (merforbrug ÷ ÅV-pris)", { f: `IFERROR(MAX(0,-${a1(rows.result, PROG_COL, true, true)})/${catPris},"")` }, "#,##0.0");
  // The prognose column's price per occupied place, referred to, not computed a second time.
  const haapPladspris = key(p, "Hvad koster en HÅP-plads (prognose)", { f: a1(rows.haapPladspris, PROG_COL, true, true) }, NUMBER_FORMATS.kr);
  p.row++;
  return { ataHoursPerAarsvaerk, staffAtaHours, grantedAtaHours, ataTimepris, loensum, reductionCategory, aarsvaerkTilReduktion, haapPladspris };
}

/** The comment block; returns its (merged-looking) first cell's row. */
function writeComment(p: Plan): number {
  section(p, COMMENT_TITLE);
  const r = p.row;
  p.d.put(r, 0, [[p.m.comment ?? ""]]).format(rect(r, 0, 4, 6), { style: "input", wrap: true });
  p.row += 5;
  return r;
}

const COMMENT_TITLE = "Tilbudsleders kommentar til økonomiopfølgningen";
const VARIABLE_TITLE = "Variable omkostninger (tilbuddet styrer)";

/**
 * The yellow cells as input tables (docs/domain.md §7): a model made again keeps what was typed,
 * line by line (by label), except the columns a table filled in this run.
 */
function inputTables(
  p: Plan, options: BudgetmodelOptions,
  at: { resultTwoYearsEarlier: number; haapTotal: number; places: number; belaegning: number; extraIncome: number; staffFirst: number; comment: number; keys: KeyCellAt[] },
): InputTable[] {
  const { m, nBase, last } = p;
  const cols = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  const label = (text: string) => inputKey({ label: text });
  const costLines = [...m.variable, ...m.fixed, ...m.subsidies, ...m.central, ...m.otherIncome];
  const variableSection = p.plRow + 1;
  const labels = costLines.map((l) => l.label);
  const haapFirst = at.haapTotal - 2 * m.levels.length;
  const pre = options.prefilled ?? {};
  const scanFrom = { headerRow: variableSection, firstRow: variableSection + 1, keyCols: { label: 0 }, anchor: { col: 0, text: VARIABLE_TITLE }, scan: true };
  return [
    {
      headerRow: p.plRow, firstRow: p.plRow, rows: 1, keyCols: { label: 0 }, inputCols: cols(FIRST + nBase, last),
      keys: [label(PL_LABEL)], label: "PL",
    },
    {
      ...scanFrom, label: "Omkostningslinjer og takster", end: { col: 0, text: "Indtægter fra salg af pladser" },
      inputCols: cols(FIRST, FIRST + nBase - 1),
      keys: [...labels, ...m.levels.map((l) => `Takst pr. år: ${l.name}`)].map(label),
      keyRows: [...p.lineRows, ...m.levels.map((_, k) => at.belaegning + 1 + k)],
      sourceCols: [...(pre.regnskab ? [FIRST + COL_REGNSKAB_FOER] : []), ...(pre.budget ? [FIRST + COL_BUDGET_OEKONOMI] : [])],
    },
    {
      ...scanFrom, label: "Helårspersoner", end: { col: 0, text: "Helårspersoner i alt" }, inputCols: cols(FIRST, last),
      keys: m.levels.flatMap((l) => [`${l.name}: intern (HÅP)`, `${l.name}: ekstern (HÅP)`]).map(label),
      keyRows: m.levels.flatMap((_, k) => [haapFirst + 2 * k, haapFirst + 2 * k + 1]),
      sourceCols: pre.haap ? cols(FIRST + COL_BUDGET_TAKST, last) : [],
    },
    {
      ...scanFrom, label: "Resultat, pladser og ekstra indtægter", end: { col: 0, text: "Samlede indtægter" }, inputCols: cols(FIRST, last),
      keys: ["Resultat to år tidligere", "Antal pladser", "Indtægter fra funktionsniveau 5+ (ekstra)"].map(label),
      keyRows: [at.resultTwoYearsEarlier, at.places, at.extraIncome],
    },
    {
      headerRow: at.staffFirst - 1, firstRow: at.staffFirst, keyCols: { label: 0 }, anchor: { col: 0, text: "Årsværksopgørelse budget" },
      end: { col: 0, text: "Total (ÅV-pris" }, inputCols: [1, 3, 4, 5], keys: m.staff.map((s) => label(s.name)), label: "Årsværk",
    },
    {
      headerRow: at.keys[0].row - 1, firstRow: at.keys[0].row, keyCols: { label: 0 }, anchor: { col: 0, text: "Nøgletal budget" }, scan: true,
      inputCols: [1], keys: KEY_INPUTS.map(label), keyRows: at.keys.map((k) => k.row), label: "Nøgletal og rammebesparelse",
    },
    {
      headerRow: at.comment - 1, firstRow: at.comment, rows: 1, keyCols: {}, anchor: { col: 0, text: COMMENT_TITLE },
      inputCols: [0], keys: ["#1"], label: "Kommentar",
    },
  ];
}

const PL_LABEL = "PL-fremskrivning (indtast %)";
const KEY_INPUTS = ["ATA-timer pr. ATA-årsværk (indstilling)", "Antal udmålte ATA-timer", "Personalekategori der reduceres i", "Indtast rammebesparelse (%)"];

/** Konsekvensberegning for rammebesparelse. */
function writeRamme(p: Plan, udgiftsgrundlag: number, variableTotal: number) {
  section(p, "Konsekvensberegning for rammebesparelse");
  const rammePct = key(p, "Indtast rammebesparelse (%)", p.m.rammebesparelsePct, NUMBER_FORMATS.percent, true);
  p.d.validate(rect(rammePct.row, 1), { type: "decimal", min: -1, max: 1 }, "Rammebesparelsen skal ligge mellem -100 % og 100 %");
  const rammeKr = key(p, "Samlet beløb der skal spares", { f: `${ref(rammePct)}*${a1(udgiftsgrundlag, TAKST_COL, true, true)}` }, NUMBER_FORMATS.kr);
  const rammePctVariable = key(p, "Besparelse i pct. af variable omkostninger", { f: `IF(${a1(variableTotal, TAKST_COL, true, true)}=0,"",${ref(rammeKr)}/${a1(variableTotal, TAKST_COL, true, true)})` }, NUMBER_FORMATS.percent);
  return { rammePct, rammeKr, rammePctVariable };
}

export function buildBudgetmodel(m: BudgetModelInput, options: BudgetmodelOptions): { spec: SheetSpec; layout: BudgetmodelLayout } {
  const sheetName = options.sheetName ?? budgetmodelSheetName(m.tilbud);
  const nBase = BASE_COLUMNS.length;
  const nCols = nBase + m.pl.length;
  const p: Plan = { d: draft(), m, nBase, nCols, last: FIRST + nCols - 1, plRow: 0, row: 0, lineRows: [] };
  const headerRow = writeHeading(p, options);
  p.plRow = headerRow + 1;
  p.row = p.plRow + 1;
  writePl(p);
  const costs = writeCosts(p);
  const incomeRows = writeIncome(p, costs.takstberegningsgrundlag);
  const staff = writeStaff(p);
  writeReduction(p, costs.reduction, staff.staffTotal);
  const keys = writeKeyFigures(p, { ...costs, ...incomeRows, ataRow: staff.ataRow }, staff.staffRange);
  const comment = writeComment(p);
  const ramme = writeRamme(p, costs.udgiftsgrundlag, costs.variableTotal);
  const inputs = inputTables(p, options, {
    ...costs, ...incomeRows, staffFirst: staff.staffFirst, comment,
    keys: [keys.ataHoursPerAarsvaerk, keys.grantedAtaHours, keys.reductionCategory, ramme.rammePct],
  });

  const one = (r: number, c: number): Rect => rect(r, c);
  const names: [string, Rect][] = [
    ["Aarets_udgiftsgrundlag", one(costs.udgiftsgrundlag, TAKST_COL)],
    ["Takstberegningsgrundlag", one(costs.takstberegningsgrundlag, TAKST_COL)],
    ["Forventet_regnskabsresultat", one(incomeRows.result, PROG_COL)],
    ["Gns_pladspris_aar", one(incomeRows.pladsprisAar, TAKST_COL)],
    ["Gns_pladspris_doegn", one(incomeRows.pladsprisDoegn, TAKST_COL)],
    ["ATA_timepris", one(keys.ataTimepris.row, 1)],
    ["Aarsvaerk_til_reduktion", one(keys.aarsvaerkTilReduktion.row, 1)],
    ["Rammebesparelse_kr", one(ramme.rammeKr.row, 1)],
    ["Rammebesparelse_pct_variable", one(ramme.rammePctVariable.row, 1)],
    // For the døgnskema summary, which refers to the model by name ('Budgetmodel X'!ATA_timer_personale).
    ["ATA_timer_personale", one(keys.staffAtaHours.row, 1)],
    ["Pris_pr_belagt_plads_aar", one(incomeRows.haapPladspris, TAKST_COL)],
  ];
  for (const [name, at] of names) p.d.name(name, at);

  const columnWidths: Record<number, number> = { 0: LABEL_WIDTH };
  for (let c = FIRST; c <= Math.max(p.last, 7); c++) columnWidths[c] = 15;

  return {
    spec: p.d.toSpec({ name: sheetName, kind: "budgetmodel", columnWidths, freeze: { rows: headerRow + 1, cols: 1 }, protect: true, tabColor: "#548235", inputs }),
    layout: {
      sheetName, firstCol: FIRST, columns: nCols,
      rows: { pl: p.plRow, ...costs, ...incomeRows },
      staff: { firstRow: staff.staffFirst, totalRow: staff.staffTotal, ataRow: staff.ataRow },
      cells: {
        ...keys, ...ramme, weightedPris: { row: staff.staffTotal, col: 3 }, ataAarsvaerk: { row: staff.ataRow, col: 1 },
      },
    },
  };
}

/** Absolute reference to a cell of the budget model from another sheet, e.g. 'Budgetmodel X'!$B$90. */
export function budgetmodelRef(layout: BudgetmodelLayout, cell: KeyCell): string {
  const p = layout.cells[cell];
  return `'${layout.sheetName.replace(/'/g, "''")}'!${rectAbs(rect(p.row, p.col))}`;
}

