// "Budgetmodel <tilbud>": the tilbudsspecifik budgetmodel of docs/domain.md §5 with native formulas, so
// the tilbudsleder and the economy consultant can edit it every month without the add-in.
import { BASE_COLUMNS, formatDate, STAFF_CATEGORIES, staffRows, type BudgetModelInput, type CostLine } from "../core";
import { a1, rect, rectAbs } from "./a1";
import { STYLE_LEGEND } from "./styles";
import { NUMBER_FORMATS, type Block, type Cell, type DataValidation, type DefinedName, type FormatRule, type SheetSpec, type StyleName } from "./spec";

export interface BudgetmodelOptions {
  /** Day number of generation, printed in the banner. */
  generatedOn: number;
  sheetName?: string;
  /** Where pre-filled figures came from, e.g. "tabellen Regnskab". */
  source?: string;
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
  "ATA_timer_personale",
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

export function buildBudgetmodel(m: BudgetModelInput, options: BudgetmodelOptions): { spec: SheetSpec; layout: BudgetmodelLayout } {
  const sheetName = options.sheetName ?? budgetmodelSheetName(m.tilbud);
  const nBase = BASE_COLUMNS.length;
  const nCols = nBase + m.pl.length;
  const last = FIRST + nCols - 1;
  const width = Math.max(last + 1, 9);
  const blocks: Block[] = [];
  const formats: FormatRule[] = [];
  const validations: DataValidation[] = [];
  const put = (row: number, col: number, cells: Cell[][]) => blocks.push({ kind: "cells", row, col, cells });
  const fmt = (r: FormatRule) => formats.push(r);
  const y = m.year;

  put(0, 0, [[`Budgetmodel ${m.tilbud} — budget ${y}`]]);
  put(1, 0, [[
    `Genereret af Styringsark ${formatDate(options.generatedOn)}${options.source ? ` med tal fra ${options.source}` : ""}. ` +
      "Opdateres hver måned af tilbudslederen sammen med økonomikonsulenten. Arket er beskyttet uden adgangskode; kun gule celler kan rettes.",
  ]]);
  fmt({ rect: rect(0, 0), style: "title" });
  fmt({ rect: rect(1, 0, 1, width), style: "banner" });
  STYLE_LEGEND.forEach(([style, text], i) => {
    put(2 + i, 0, [[text]]);
    fmt({ rect: rect(2 + i, 0), style });
  });

  const headerRow = 2 + STYLE_LEGEND.length + 1;
  const header: Cell[] = ["Omkostningstype", `Regnskab ${y - 1}`, `Budget ${y - 1}`, `Budget ${y} (økonomisystem)`, `Budget ${y} (takst)`, `Prognose ${y}`];
  m.pl.forEach((_p, i) => header.push(`Overslagsår ${y + i + 1}`));
  put(headerRow, 0, [header]);
  fmt({ rect: rect(headerRow, 0, 1, nCols + 1), style: "header", wrap: true });

  let row = headerRow + 1;
  const plRow = row++;
  put(plRow, 0, [["PL-fremskrivning (indtast %)"]]);
  if (m.pl.length > 0) {
    put(plRow, FIRST + nBase, [[...m.pl]]);
    inputRect(rect(plRow, FIRST + nBase, 1, m.pl.length), NUMBER_FORMATS.percent);
    validations.push({ rect: rect(plRow, FIRST + nBase, 1, m.pl.length), rule: { type: "decimal", min: -1, max: 1 }, error: "PL-procenten skal ligge mellem -100 % og 100 %" });
  }

  function inputRect(r: ReturnType<typeof rect>, numberFormat: string = NUMBER_FORMATS.kr) {
    fmt({ rect: r, style: "input", numberFormat });
  }
  const section = (label: string) => {
    put(row, 0, [[label]]);
    fmt({ rect: rect(row, 0), style: "section" });
    row++;
  };
  const chain = (r: number, c: number): Cell => ({ f: `${a1(r, c - 1)}*(1+${a1(plRow, c, true, false)})` });
  const across = (r: number, label: string, make: (c: number) => Cell, style?: StyleName, numberFormat: string = NUMBER_FORMATS.kr) => {
    const cells: Cell[] = [];
    for (let c = FIRST; c <= last; c++) cells.push(make(c));
    put(r, 0, [[label, ...cells]]);
    if (style) fmt({ rect: rect(r, 0, 1, nCols + 1), style });
    fmt({ rect: rect(r, FIRST, 1, nCols), numberFormat });
  };
  const nonNegative = (r: ReturnType<typeof rect>, what: string) =>
    validations.push({ rect: r, rule: { type: "decimal", min: 0 }, error: `${what} skal være et tal på 0 eller derover` });

  /** Cost lines: inputs in the base columns, overslagsår by PL; returns the total row. */
  const costSection = (label: string, lines: readonly CostLine[], totalLabel: string, rule?: "nonNegative" | "nonPositive") => {
    section(label);
    const first = row;
    for (const line of lines) {
      const r = row++;
      put(r, 0, [[line.label, ...line.values]]);
      for (let c = FIRST + nBase; c <= last; c++) put(r, c, [[chain(r, c)]]);
      inputRect(rect(r, FIRST, 1, nBase));
      fmt({ rect: rect(r, FIRST + nBase, 1, m.pl.length || 1), numberFormat: NUMBER_FORMATS.kr });
      const isRefund = /refusion/i.test(line.label);
      if (rule === "nonNegative" && !isRefund) nonNegative(rect(r, FIRST, 1, nBase), line.label);
      if (rule === "nonPositive" || isRefund) {
        validations.push({ rect: rect(r, FIRST, 1, nBase), rule: { type: "decimal", max: 0 }, error: `${line.label} indtastes som et negativt beløb` });
      }
    }
    return { first, last: row - 1, totalLabel };
  };
  const totalOf = (s: { first: number; last: number; totalLabel: string }, style: StyleName = "subtotal") => {
    const r = row++;
    across(r, s.totalLabel, (c) => ({ f: `SUM(${a1(s.first, c)}:${a1(s.last, c)})` }), style);
    return r;
  };

  // Variable costs, with the cut from "hvor skal der reduceres?" as its own line.
  const variable = costSection("Variable omkostninger (tilbuddet styrer)", m.variable, "Samlede variable omkostninger", "nonNegative");
  const reduction = row++;
  variable.last = reduction;
  // Filled in below once the staff table's row is known.
  const variableTotal = totalOf(variable);
  const fixed = totalOf(costSection("Faste omkostninger på tilbuddet", m.fixed, "Faste omkostninger på tilbuddet", "nonNegative"));
  const providerTotal = row++;
  across(providerTotal, "Samlede variable og faste omkostninger på tilbuddet", (c) => ({ f: `${a1(variableTotal, c)}+${a1(fixed, c)}` }), "subtotal");
  const subsidiesTotal = totalOf(costSection("Øremærkede tilskud (indgår i taksten)", m.subsidies, "Samlede tilskud", "nonNegative"));
  const centralTotal = totalOf(costSection("Faste omkostninger placeret centralt (indgår i taksten, styres ikke af tilbuddet)", m.central, "Samlede faste omkostninger placeret centralt", "nonNegative"));
  const otherIncomeTotal = totalOf(costSection("Andre indtægter (negative beløb)", m.otherIncome, "Samlede andre indtægter", "nonPositive"));
  row++;
  const udgiftsgrundlag = row++;
  across(udgiftsgrundlag, "Årets udgiftsgrundlag", (c) => ({ f: `${a1(providerTotal, c)}+${a1(subsidiesTotal, c)}+${a1(centralTotal, c)}+${a1(otherIncomeTotal, c)}` }), "total");
  const resultTwoYearsEarlier = row++;
  across(resultTwoYearsEarlier, "Resultat to år tidligere", (c) => m.resultTwoYearsEarlier[c - FIRST]);
  inputRect(rect(resultTwoYearsEarlier, FIRST, 1, nCols));
  const takstberegningsgrundlag = row++;
  across(takstberegningsgrundlag, "Takstberegningsgrundlag", (c) => ({ f: `${a1(udgiftsgrundlag, c)}+${a1(resultTwoYearsEarlier, c)}` }), "total");
  row++;

  // Income: HÅP per service level (intern/ekstern) × the level's annual rate.
  section("Belægning og indtægter (HÅP pr. funktionsniveau; overslagsår: indtast forventninger)");
  const haapFirst = row;
  const haapRows: { intern: number; ekstern: number }[] = [];
  for (const level of m.levels) {
    const intern = row++, ekstern = row++;
    across(intern, `${level.name}: intern (HÅP)`, (c) => level.intern[c - FIRST], undefined, NUMBER_FORMATS.haap);
    across(ekstern, `${level.name}: ekstern (HÅP)`, (c) => level.ekstern[c - FIRST], undefined, NUMBER_FORMATS.haap);
    haapRows.push({ intern, ekstern });
  }
  const haapLast = row - 1;
  if (m.levels.length > 0) {
    inputRect(rect(haapFirst, FIRST, haapLast - haapFirst + 1, nCols), NUMBER_FORMATS.haap);
    nonNegative(rect(haapFirst, FIRST, haapLast - haapFirst + 1, nCols), "Antal helårspersoner");
  }
  const haapTotal = row++;
  across(haapTotal, "Helårspersoner i alt", (c) => (m.levels.length > 0 ? { f: `SUM(${a1(haapFirst, c)}:${a1(haapLast, c)})` } : 0), "subtotal", NUMBER_FORMATS.haap);
  const places = row++;
  across(places, "Antal pladser", (c) => m.places[c - FIRST], undefined, NUMBER_FORMATS.haap);
  inputRect(rect(places, FIRST, 1, nCols), NUMBER_FORMATS.haap);
  nonNegative(rect(places, FIRST, 1, nCols), "Antal pladser");
  const belaegning = row++;
  across(belaegning, "Belægningsprocent", (c) => ({ f: `IF(${a1(places, c)}=0,"",${a1(haapTotal, c)}/${a1(places, c)})` }), undefined, NUMBER_FORMATS.percent);
  const rateRows: number[] = [];
  for (const level of m.levels) {
    const r = row++;
    put(r, 0, [[`Takst pr. år: ${level.name}`, ...level.rates]]);
    for (let c = FIRST + nBase; c <= last; c++) put(r, c, [[chain(r, c)]]);
    inputRect(rect(r, FIRST, 1, nBase));
    nonNegative(rect(r, FIRST, 1, nBase), "Taksten");
    fmt({ rect: rect(r, FIRST + nBase, 1, m.pl.length || 1), numberFormat: NUMBER_FORMATS.kr });
    rateRows.push(r);
  }
  const salesIncome = row++;
  across(salesIncome, "Indtægter fra salg af pladser (HÅP × takst)", (c) =>
    m.levels.length === 0 ? 0 : { f: haapRows.map((h, k) => `(${a1(h.intern, c)}+${a1(h.ekstern, c)})*${a1(rateRows[k], c)}`).join("+") },
  );
  const extraIncome = row++;
  across(extraIncome, "Indtægter fra funktionsniveau 5+ (ekstra)", (c) => m.extraIncome[c - FIRST]);
  inputRect(rect(extraIncome, FIRST, 1, nCols));
  nonNegative(rect(extraIncome, FIRST, 1, nCols), "Ekstra indtægter");
  const income = row++;
  across(income, "Samlede indtægter", (c) => ({ f: `${a1(salesIncome, c)}+${a1(extraIncome, c)}` }), "subtotal");
  row++;
  const result = row++;
  across(result, "Forventet regnskabsresultat (negativ = merforbrug)", (c) => ({ f: `${a1(income, c)}-${a1(takstberegningsgrundlag, c)}` }), "total");
  const pladsprisAar = row++;
  across(pladsprisAar, "Gns. pladspris (år)", (c) => ({ f: `IF(${a1(places, c)}=0,"",${a1(takstberegningsgrundlag, c)}/${a1(places, c)})` }), "output");
  const pladsprisDoegn = row++;
  across(pladsprisDoegn, "Gns. pladspris (døgn)", (c) => ({ f: `IF(${a1(places, c)}=0,"",${a1(pladsprisAar, c)}/365)` }), "output");
  row++;

  // Staff table (årsværksopgørelse).
  const staffHeader = row++;
  put(staffHeader, 0, [[`Årsværksopgørelse budget ${y}`, "Årsværk", "Andel", "ÅV-pris", "Borgerrelateret (ATA)", "Hvor skal der reduceres? (årsværk)", "Reduktion (kr.)", "Årsværk efter reduktion"]]);
  fmt({ rect: rect(staffHeader, 0, 1, 8), style: "header", wrap: true });
  const staffFirst = row;
  const staffTotal = staffFirst + m.staff.length;
  const sr = (r: number, c: number) => a1(r, c);
  m.staff.forEach((s, i) => {
    const r = staffFirst + i;
    put(r, 0, [[s.name, s.aarsvaerk, { f: `IF(${a1(staffTotal, 1, true, true)}=0,"",${sr(r, 1)}/${a1(staffTotal, 1, true, true)})` }, s.pris, s.ata ? "ja" : "nej", s.reduktion, { f: `${sr(r, 5)}*${sr(r, 3)}` }, { f: `${sr(r, 1)}-${sr(r, 5)}` }]]);
  });
  row = staffTotal + 1;
  const staffRange = (c: number) => (m.staff.length > 0 ? `${a1(staffFirst, c, true, true)}:${a1(staffTotal - 1, c, true, true)}` : null);
  const sumCol = (c: number): Cell => (staffRange(c) ? { f: `SUM(${staffRange(c)})` } : 0);
  put(staffTotal, 0, [[
    "Total (ÅV-pris vægtet med årsværk)", sumCol(1), { f: `IF(${sr(staffTotal, 1)}=0,"",1)` },
    staffRange(1) ? { f: `IF(${sr(staffTotal, 1)}=0,"",SUMPRODUCT(${staffRange(1)},${staffRange(3)})/${sr(staffTotal, 1)})` } : "",
    "", sumCol(5), sumCol(6), sumCol(7),
  ]]);
  fmt({ rect: rect(staffTotal, 0, 1, 8), style: "total" });
  const ataRow = row++;
  put(ataRow, 0, [["Antal ATA-årsværk (borgerrelaterede kategorier)", staffRange(1) ? { f: `SUMIFS(${staffRange(1)},${staffRange(4)},"ja")` } : 0]]);
  put(ataRow, 7, [[staffRange(7) ? { f: `SUMIFS(${staffRange(7)},${staffRange(4)},"ja")` } : 0]]);
  fmt({ rect: rect(ataRow, 0, 1, 8), style: "subtotal" });
  if (m.staff.length > 0) {
    const n = m.staff.length;
    inputRect(rect(staffFirst, 1, n, 1), NUMBER_FORMATS.decimal2);
    inputRect(rect(staffFirst, 3, n, 1), NUMBER_FORMATS.kr);
    inputRect(rect(staffFirst, 4, n, 1), NUMBER_FORMATS.text);
    inputRect(rect(staffFirst, 5, n, 1), NUMBER_FORMATS.decimal2);
    nonNegative(rect(staffFirst, 1, n, 1), "Årsværk");
    nonNegative(rect(staffFirst, 3, n, 1), "ÅV-prisen");
    nonNegative(rect(staffFirst, 5, n, 1), "Reduktionen i årsværk");
    validations.push({ rect: rect(staffFirst, 4, n, 1), rule: { type: "list", values: ["ja", "nej"] }, error: "Skriv ja eller nej" });
  }
  fmt({ rect: rect(staffFirst, 2, m.staff.length + 1, 1), numberFormat: NUMBER_FORMATS.percent });
  fmt({ rect: rect(staffTotal, 1, 1, 1), numberFormat: NUMBER_FORMATS.decimal2 });
  fmt({ rect: rect(staffTotal, 3, 1, 1), numberFormat: NUMBER_FORMATS.kr });
  fmt({ rect: rect(staffTotal, 5, 1, 1), numberFormat: NUMBER_FORMATS.decimal2 });
  fmt({ rect: rect(staffFirst, 6, m.staff.length + 1, 1), numberFormat: NUMBER_FORMATS.kr });
  fmt({ rect: rect(staffFirst, 7, m.staff.length + 1, 1), numberFormat: NUMBER_FORMATS.decimal2 });
  fmt({ rect: rect(ataRow, 1, 1, 7), numberFormat: NUMBER_FORMATS.decimal2 });

  // The cut feeds back into the variable costs of the prognosis (and on into the overslagsår).
  put(reduction, 0, [["Reduktion jf. årsværksopgørelsen (hvor skal der reduceres?)"]]);
  for (let c = FIRST; c <= last; c++) {
    const col = c - FIRST;
    put(reduction, c, [[col < nBase - 1 ? 0 : col === nBase - 1 ? { f: `-${a1(staffTotal, 6, true, true)}` } : chain(reduction, c)]]);
  }
  fmt({ rect: rect(reduction, FIRST, 1, nCols), numberFormat: NUMBER_FORMATS.kr });
  row++;

  // Key figures.
  const takstCol = FIRST + 3, progCol = FIRST + 4;
  section(`Nøgletal budget ${y}`);
  const key = (label: string, value: Cell, numberFormat: string, input = false) => {
    const r = row++;
    put(r, 0, [[label, value]]);
    if (input) inputRect(rect(r, 1), numberFormat);
    else fmt({ rect: rect(r, 1), style: "output", numberFormat });
    return { row: r, col: 1 };
  };
  const ref = (p: { row: number; col: number }) => a1(p.row, p.col, true, true);
  const ataHoursPerAarsvaerk = key("ATA-timer pr. ATA-årsværk (indstilling)", m.ataHoursPerAarsvaerk, NUMBER_FORMATS.decimal2, true);
  const staffAtaHours = key("Antal ATA-timer hos personale", { f: `${a1(ataRow, 1, true, true)}*${ref(ataHoursPerAarsvaerk)}` }, NUMBER_FORMATS.kr);
  const grantedAtaHours = key("Antal udmålte ATA-timer", m.grantedAtaHours, NUMBER_FORMATS.kr, true);
  nonNegative(rect(ataHoursPerAarsvaerk.row, 1), "ATA-timer pr. årsværk");
  nonNegative(rect(grantedAtaHours.row, 1), "Udmålte ATA-timer");
  const ataTimepris = key("Hvad koster en ATA-time jf. budget (takst)", { f: `IF(${ref(staffAtaHours)}=0,"",${a1(udgiftsgrundlag, takstCol, true, true)}/${ref(staffAtaHours)})` }, NUMBER_FORMATS.kr);
  const loensum = key("Lønsum der skal reduceres (prognose)", { f: `MIN(0,${a1(result, progCol, true, true)})` }, NUMBER_FORMATS.kr);
  const reductionCategory = key("Personalekategori der reduceres i", m.reductionCategory, NUMBER_FORMATS.text, true);
  if (m.staff.length > 0) {
    validations.push({ rect: rect(reductionCategory.row, 1), rule: { type: "list", values: m.staff.map((s) => s.name) }, error: "Vælg en af personalekategorierne i årsværksopgørelsen" });
  }
  const catPris = staffRange(3) ? `INDEX(${staffRange(3)},MATCH(${ref(reductionCategory)},${staffRange(0)},0))` : "0";
  const aarsvaerkTilReduktion = key("Årsværk der skal reduceres (merforbrug ÷ ÅV-pris)", { f: `IFERROR(MAX(0,-${a1(result, progCol, true, true)})/${catPris},"")` }, "#,##0.0");
  const haapPladspris = key("Hvad koster en HÅP-plads (prognose)", { f: `IF(${a1(haapTotal, progCol, true, true)}=0,"",${a1(takstberegningsgrundlag, progCol, true, true)}/${a1(haapTotal, progCol, true, true)})` }, NUMBER_FORMATS.kr);
  row++;
  section("Tilbudsleders kommentar til økonomiopfølgningen");
  const commentRow = row;
  put(commentRow, 0, [[m.comment ?? ""]]);
  fmt({ rect: rect(commentRow, 0, 4, 6), style: "input", wrap: true });
  row += 5;
  section("Konsekvensberegning for rammebesparelse");
  const rammePct = key("Indtast rammebesparelse (%)", m.rammebesparelsePct, NUMBER_FORMATS.percent, true);
  validations.push({ rect: rect(rammePct.row, 1), rule: { type: "decimal", min: -1, max: 1 }, error: "Rammebesparelsen skal ligge mellem -100 % og 100 %" });
  const rammeKr = key("Samlet beløb der skal spares", { f: `${ref(rammePct)}*${a1(udgiftsgrundlag, takstCol, true, true)}` }, NUMBER_FORMATS.kr);
  const rammePctVariable = key("Besparelse i pct. af variable omkostninger", { f: `IF(${a1(variableTotal, takstCol, true, true)}=0,"",${ref(rammeKr)}/${a1(variableTotal, takstCol, true, true)})` }, NUMBER_FORMATS.percent);

  const one = (r: number, c: number) => rect(r, c);
  const names: DefinedName[] = [
    { name: "Aarets_udgiftsgrundlag", rect: one(udgiftsgrundlag, takstCol) },
    { name: "Takstberegningsgrundlag", rect: one(takstberegningsgrundlag, takstCol) },
    { name: "Forventet_regnskabsresultat", rect: one(result, progCol) },
    { name: "Gns_pladspris_aar", rect: one(pladsprisAar, takstCol) },
    { name: "Gns_pladspris_doegn", rect: one(pladsprisDoegn, takstCol) },
    { name: "ATA_timepris", rect: one(ataTimepris.row, 1) },
    { name: "Aarsvaerk_til_reduktion", rect: one(aarsvaerkTilReduktion.row, 1) },
    { name: "Rammebesparelse_kr", rect: one(rammeKr.row, 1) },
    { name: "Rammebesparelse_pct_variable", rect: one(rammePctVariable.row, 1) },
    // For the døgnskema summary, which refers to the model by name ('Budgetmodel X'!ATA_timer_personale).
    { name: "ATA_timer_personale", rect: one(staffAtaHours.row, 1) },
  ];

  const columnWidths: Record<number, number> = { 0: LABEL_WIDTH };
  for (let c = FIRST; c <= Math.max(last, 7); c++) columnWidths[c] = 15;

  const spec: SheetSpec = {
    name: sheetName, kind: "budgetmodel", blocks, formats, columnWidths, freeze: { rows: headerRow + 1, cols: 1 },
    names, validations, protect: true, tabColor: "#548235",
  };
  return {
    spec,
    layout: {
      sheetName, firstCol: FIRST, columns: nCols,
      rows: {
        pl: plRow, variableTotal, reduction, fixedTotal: fixed, providerTotal, subsidiesTotal, centralTotal, otherIncomeTotal,
        udgiftsgrundlag, resultTwoYearsEarlier, takstberegningsgrundlag, haapTotal, places, belaegning, salesIncome, extraIncome,
        income, result, pladsprisAar, pladsprisDoegn,
      },
      staff: { firstRow: staffFirst, totalRow: staffTotal, ataRow },
      cells: {
        staffAtaHours, grantedAtaHours, ataTimepris, loensum, reductionCategory, aarsvaerkTilReduktion, haapPladspris,
        ataHoursPerAarsvaerk, rammePct, rammeKr, rammePctVariable, weightedPris: { row: staffTotal, col: 3 }, ataAarsvaerk: { row: ataRow, col: 1 },
      },
    },
  };
}

/** Absolute reference to a cell of the budget model from another sheet, e.g. 'Budgetmodel X'!$B$90. */
export function budgetmodelRef(layout: BudgetmodelLayout, cell: KeyCell): string {
  const p = layout.cells[cell];
  return `'${layout.sheetName.replace(/'/g, "''")}'!${rectAbs(rect(p.row, p.col))}`;
}

