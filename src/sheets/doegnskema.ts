// "Døgnskema <borger>": a resident's activities through the day with native formulas for ATA hours
// (docs/domain.md §4), and "Døgnskemaer <tilbud>": the provider's summary across them.
import { containsCpr, FREQUENCIES, inputKey } from "../core";
import { a1, rect, sheetRef } from "./a1";
import { draft, generatedBy, type ReportOptions } from "./draft";
import { NUMBER_FORMATS, type Cell, type InputTable, type SheetSpec } from "./spec";

export const TIDSRUM = ["Morgen", "Formiddag", "Middag", "Eftermiddag", "Aften", "Nat"] as const;
export const NORMERINGER = ["1:1", "1:2", "1:3", "1:4", "1:5", "1:6", "1:8", "2:1", "2:3", "3:1"] as const;
export const LOVGRUNDLAG = ["SEL § 83", "SEL § 85", "SEL § 107", "SEL § 108", "SUL § 138"] as const;

export interface DoegnskemaActivity {
  tidsrum: string;
  beskrivelse: string;
  lovgrundlag?: string;
  /** "07:30" or a fraction of a day. */
  start?: string | number;
  /** A text of FREQUENCIES, "N gange ugentligt", or occurrences per week. */
  hyppighed: string | number;
  minutter: number;
  /** "1:1", "1:3", "2:1" (M staff with N citizens) … */
  normering: string;
  form?: "Individuel" | "Fælles";
  bemaerkninger?: string;
  droeftes?: boolean;
}

/** A døgnskema names its borger and tilbud, so `kommune` is not printed. */
export interface DoegnskemaInput extends ReportOptions {
  /** Pseudonym or CPR number as the user chose. */
  borger: string;
  tilbud: string;
  /** Service level (ydelsespakke / funktionsniveau). */
  ydelsespakke: string;
  udmaaltTimerPrUge: number;
  activities: readonly DoegnskemaActivity[];
  /**
   * The provider's ATA-timepris: a number (an input cell) or an absolute reference to the budget
   * model's cell, e.g. 'Budgetmodel Botilbud A'!$B$95.
   */
  ataTimepris: number | { ref: string };
  /** Empty activity rows with formulas, for the user to fill in (default 10). */
  emptyRows?: number;
}

export interface DoegnskemaLayout {
  sheetName: string;
  borger: { row: number; col: number };
  ydelsespakke: { row: number; col: number };
  granted: { row: number; col: number };
  timepris: { row: number; col: number };
  firstActivityRow: number;
  lastActivityRow: number;
  cols: typeof COLS;
  totalRow: number;
  /** Column 1 cells of the summary block below the activities. */
  summary: { deliveredWeek: number; deliveredYear: number; grantedYear: number; differenceWeek: number; differenceYear: number; differenceKr: number; toDiscuss: number };
}

const COLS = {
  tidsrum: 0, beskrivelse: 1, lovgrundlag: 2, start: 3, hyppighed: 4, minutter: 5, normering: 6, form: 7,
  bemaerkninger: 8, droeftes: 9, gange: 10, n: 11, timerUge: 12, timerAar: 13,
} as const;
const LOOKUP_COL = 15;
const WIDTH = 14;

/**
 * Sheet name "Døgnskema <borger>", cut to 31 characters. A sheet name is seen by everyone the
 * file reaches (tabs, formulas, the name box), so a borger given by CPR number never names the
 * sheet: it becomes "Døgnskema (cpr skjult)" and the writer numbers a second one "(2)".
 */
export function doegnskemaSheetName(borger: string): string {
  if (containsCpr(borger)) return "Døgnskema (cpr skjult)";
  return `Døgnskema ${borger}`.replace(/[:\\/?*[\]]/g, "-").slice(0, 31).trimEnd();
}

function timeFraction(t: string | number | undefined): number | null {
  if (t === undefined || t === "") return null;
  if (typeof t === "number") return t;
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(t.trim());
  return m ? (Number(m[1]) * 60 + Number(m[2])) / 1440 : null;
}

/**
 * Occurrences per week from the frequency cell: a number as is; a text of the lookup table; else
 * the leading number of "N gange ugentligt". Unknown text gives 0 (the drop-down prevents it).
 */
export function frequencyFormula(cell: string, table: string): string {
  return `IF(${cell}="",0,IF(ISNUMBER(${cell}),${cell},IFERROR(VLOOKUP(${cell},${table},2,0),IFERROR(VALUE(LEFT(${cell},FIND(" ",${cell})-1)),0))))`;
}

/**
 * Citizens per staff member, N ÷ M, of the staffing ratio "M:N" (docs/domain.md §4): 1:3 → 3, 2:1 → 0,5.
 * Excel turns a typed 2:1 into the time 02:01, so a number below 1 is read back as M hours and N
 * minutes; a number of 1 or more is N of 1:N; "1:flere" gives #VALUE! (N must be given).
 */
export function ratioFormula(cell: string): string {
  const minutes = `ROUND(${cell}*1440,0)`;
  const colon = `FIND(":",${cell})`;
  return `IF(${cell}="",1,IF(ISNUMBER(${cell}),IF(${cell}<1,MOD(${minutes},60)/INT(${minutes}/60),${cell}),VALUE(MID(${cell},${colon}+1,5))/VALUE(LEFT(${cell},${colon}-1))))`;
}

export function buildDoegnskema(input: DoegnskemaInput): { spec: SheetSpec; layout: DoegnskemaLayout } {
  const sheetName = input.sheetName ?? doegnskemaSheetName(input.borger);
  const d = draft();

  d.heading({
    title: `Døgnskema — ${input.borger}`,
    banner: `${generatedBy(input.generatedOn)}. Dagens aktiviteter med ansigt-til-ansigt-tid (ATA) sammenholdt med de udmålte timer. Kun gule celler kan rettes.`,
    width: WIDTH,
  });
  const top = d.legend(2) + 1;
  const borger = { row: top, col: 1 }, ydelsespakke = { row: top + 2, col: 1 };
  const granted = { row: top + 3, col: 1 }, timepris = { row: top + 4, col: 1 };
  d.put(top, 0, [
    ["Borger (pseudonym eller cpr-nr.)", input.borger],
    ["Tilbud", input.tilbud],
    ["Ydelsespakke / funktionsniveau", input.ydelsespakke],
    ["Udmålte ATA-timer pr. uge", input.udmaaltTimerPrUge],
    ["ATA-timepris (kr.)", typeof input.ataTimepris === "number" ? input.ataTimepris : { f: input.ataTimepris.ref }],
  ]);
  d.style(rect(top, 1, 4, 1), "input").numberFormat(rect(granted.row, 1), NUMBER_FORMATS.decimal2);
  d.style(rect(timepris.row, 1), typeof input.ataTimepris === "number" ? "input" : "output", NUMBER_FORMATS.kr2);
  d.validate(rect(granted.row, 1), { type: "decimal", min: 0 }, "Udmålte timer skal være 0 eller derover");
  if (typeof input.ataTimepris === "number") {
    d.validate(rect(timepris.row, 1), { type: "decimal", min: 0 }, "ATA-timeprisen skal være 0 eller derover");
  }

  const headerRow = top + 6;
  d.header(headerRow, 0, [
    "Tidsrum", "Aktivitet", "Lovgrundlag", "Starttidspunkt", "Hyppighed", "Minutter pr. gang", "Normering", "Individuel / fælles",
    "Bemærkninger", "Skal drøftes", "Gange pr. uge", "Borgere pr. medarbejder", "ATA-timer pr. uge", "ATA-timer pr. år",
  ], true);

  // Lookup table of the frequency texts of docs/domain.md §4, beside the schedule.
  d.header(headerRow, LOOKUP_COL, ["Hyppighed (opslag)", "Gange pr. uge"]);
  d.put(headerRow + 1, LOOKUP_COL, FREQUENCIES.map(([t, n]) => [t, n]));
  d.numberFormat(rect(headerRow + 1, LOOKUP_COL + 1, FREQUENCIES.length, 1), "0.00");
  const table = `${a1(headerRow + 1, LOOKUP_COL, true, true)}:${a1(headerRow + FREQUENCIES.length, LOOKUP_COL + 1, true, true)}`;

  const first = headerRow + 1;
  const nRows = input.activities.length + (input.emptyRows ?? 10);
  const lastRow = first + nRows - 1;
  if (input.activities.length > 0) {
    d.put(first, 0, input.activities.map((a) => [
      a.tidsrum, a.beskrivelse, a.lovgrundlag ?? null, timeFraction(a.start), a.hyppighed, a.minutter, a.normering,
      a.form ?? null, a.bemaerkninger ?? null, a.droeftes === undefined ? null : a.droeftes ? "Ja" : "Nej",
    ]));
  }
  const r0 = (c: number) => a1(first, c);
  d.fill(rect(first, COLS.gange, nRows, 1), frequencyFormula(r0(COLS.hyppighed), table));
  d.fill(rect(first, COLS.n, nRows, 1), ratioFormula(r0(COLS.normering)));
  d.fill(rect(first, COLS.timerUge, nRows, 1), `IF(OR(${r0(COLS.minutter)}="",${r0(COLS.gange)}=0),0,${r0(COLS.minutter)}*${r0(COLS.gange)}/${r0(COLS.n)}/60)`);
  d.fill(rect(first, COLS.timerAar, nRows, 1), `${r0(COLS.timerUge)}*365/7`);
  d.style(rect(first, 0, nRows, COLS.droeftes + 1), "input");
  d.numberFormat(rect(first, COLS.start, nRows, 1), "hh:mm");
  // Text format keeps a typed 1:3 from becoming a time.
  d.numberFormat(rect(first, COLS.normering, nRows, 1), NUMBER_FORMATS.text);
  d.numberFormat(rect(first, COLS.gange, nRows, 2), "0.00");
  d.numberFormat(rect(first, COLS.timerUge, nRows, 2), NUMBER_FORMATS.decimal2);
  const col = (c: number) => rect(first, c, nRows, 1);
  d.validate(col(COLS.tidsrum), { type: "list", values: TIDSRUM }, `Vælg et tidsrum: ${TIDSRUM.join(", ")}`);
  d.validate(col(COLS.hyppighed), { type: "list", values: FREQUENCIES.map(([t]) => t) }, "Vælg en hyppighed fra listen, fx Hverdage eller 2 gange ugentligt");
  d.validate(col(COLS.minutter), { type: "decimal", min: 0 }, "Minutter skal være 0 eller derover");
  d.validate(col(COLS.normering), { type: "list", values: NORMERINGER }, "Vælg en normering medarbejdere:borgere, fx 1:3 (tre borgere deler én medarbejder) eller 2:1 (to medarbejdere med én borger)");
  d.validate(col(COLS.form), { type: "list", values: ["Individuel", "Fælles"] }, "Vælg Individuel eller Fælles");
  d.validate(col(COLS.droeftes), { type: "list", values: ["Ja", "Nej"] }, "Vælg Ja eller Nej");

  const totalRow = lastRow + 1;
  d.put(totalRow, 0, [["I alt"]]);
  d.put(totalRow, COLS.timerUge, [[{ f: `SUM(${a1(first, COLS.timerUge)}:${a1(lastRow, COLS.timerUge)})` }, { f: `SUM(${a1(first, COLS.timerAar)}:${a1(lastRow, COLS.timerAar)})` }]]);
  d.style(rect(totalRow, 0, 1, WIDTH), "total").numberFormat(rect(totalRow, COLS.timerUge, 1, 2), NUMBER_FORMATS.decimal2);

  let row = totalRow + 2;
  const g = a1(granted.row, 1, true, true), tp = a1(timepris.row, 1, true, true);
  const tw = a1(totalRow, COLS.timerUge, true, true), ty = a1(totalRow, COLS.timerAar, true, true);
  const line = (label: string, f: string, numberFormat: string) => {
    const r = row++;
    d.put(r, 0, [[label, { f }]]).style(rect(r, 1), "output", numberFormat);
    return r;
  };
  d.section(row++, "Sammenholdt med udmålingen");
  const deliveredWeek = line("Leverede ATA-timer pr. uge", tw, NUMBER_FORMATS.decimal2);
  const deliveredYear = line("Leverede ATA-timer pr. år", ty, NUMBER_FORMATS.decimal2);
  const grantedYear = line("Udmålte ATA-timer pr. år", `${g}*365/7`, NUMBER_FORMATS.decimal2);
  const differenceWeek = line("Forskel pr. uge (leveret − udmålt)", `${tw}-${g}`, NUMBER_FORMATS.decimal2);
  const differenceYear = line("Forskel pr. år (leveret − udmålt)", `${ty}-${a1(grantedYear, 1, true, true)}`, NUMBER_FORMATS.decimal2);
  const differenceKr = line("Forskel i kr. pr. år (× ATA-timepris)", `${a1(differenceYear, 1, true, true)}*${tp}`, NUMBER_FORMATS.kr);
  const toDiscuss = line("Aktiviteter der skal drøftes", `COUNTIF(${a1(first, COLS.droeftes, true, true)}:${a1(lastRow, COLS.droeftes, true, true)},"Ja")`, NUMBER_FORMATS.integer);

  // The activities the user typed stay on their rows when the skema is made again (a new ydelsespakke,
  // say); a list given by the caller (the demo) replaces them.
  const inputs: InputTable[] = [{
    headerRow, firstRow: first, keyCols: {}, inputCols: Array.from({ length: COLS.droeftes + 1 }, (_, c) => c),
    keys: Array.from({ length: nRows }, (_, i) => `#${i + 1}`), end: { col: 0, text: "I alt" }, label: "Aktiviteter",
    fromSource: input.activities.length > 0,
  }, {
    // Tilbud, ydelsespakke and udmålte timer typed on the sheet stay when the skema is made again
    // with the same choices in the task pane; a new choice there replaces them. (Not the borger: the
    // record would be a hidden copy of a cpr-nummer.)
    headerRow: top + 1, firstRow: top + 1, rows: 3, keyCols: { label: 0 }, inputCols: [1], recordCol: LOOKUP_COL + 3, sourceWins: true, label: "Skemaets oplysninger",
    keys: ["Tilbud", "Ydelsespakke / funktionsniveau", "Udmålte ATA-timer pr. uge"].map((label) => inputKey({ label })),
  }];
  const spec = d.toSpec({
    name: sheetName, kind: "doegnskema", protect: true, tabColor: "#7030A0", inputs,
    freeze: { rows: headerRow + 1, cols: 0 },
    columnWidths: { 0: 34, 1: 36, 2: 13, 3: 10, 4: 20, 5: 10, 6: 10, 7: 12, 8: 30, 9: 9, 10: 9, 11: 11, 12: 11, 13: 11, [LOOKUP_COL]: 20, [LOOKUP_COL + 1]: 10 },
  });
  return {
    spec,
    layout: {
      sheetName, borger, ydelsespakke, granted, timepris, firstActivityRow: first, lastActivityRow: lastRow, cols: COLS, totalRow,
      summary: { deliveredWeek, deliveredYear, grantedYear, differenceWeek, differenceYear, differenceKr, toDiscuss },
    },
  };
}

export interface DoegnskemaSummaryInput extends ReportOptions {
  tilbud: string;
  skemaer: readonly DoegnskemaLayout[];
  /** Absolute references into the budget model: staff ATA hours and ATA-timepris; numbers when there is none. */
  staffAtaHours: number | { ref: string };
  ataTimepris: number | { ref: string };
}

export interface DoegnskemaSummaryLayout {
  sheetName: string;
  firstRow: number;
  totalRow: number;
  /** Column 1 cells of the capacity block. */
  capacity: { staffAtaHours: number; granted: number; overDelivery: number; overDeliveryKr: number; timepris: number };
}

/** "Døgnskemaer <tilbud>": one row per døgnskema, totals, and the staff's ATA capacity from the budget model. */
export function buildDoegnskemaSummary(input: DoegnskemaSummaryInput): { spec: SheetSpec; layout: DoegnskemaSummaryLayout } {
  const sheetName = input.sheetName ?? `Døgnskemaer ${input.tilbud}`.slice(0, 31).trimEnd();
  const d = draft();
  d.heading({
    title: `Døgnskemaer — ${input.tilbud}`,
    banner: `${generatedBy(input.generatedOn)}. Udmålte og leverede ATA-timer pr. borger; potentialet i kr. er forskellen × ATA-timeprisen.`,
    width: 9,
  });
  const headerRow = 3;
  d.header(headerRow, 0, ["Borger", "Ydelsespakke", "Udmålte timer pr. uge", "Leverede timer pr. uge", "Udmålte timer pr. år", "Leverede timer pr. år", "Forskel pr. år (leveret − udmålt)", "Potentiale i kr. pr. år", "Skal drøftes"], true);
  const first = headerRow + 1;
  input.skemaer.forEach((s, i) => {
    const ref = (p: { row: number; col: number }) => ({ f: `${sheetRef(s.sheetName)}${a1(p.row, p.col, true, true)}` });
    const sum = (r: number) => ref({ row: r, col: 1 });
    d.put(first + i, 0, [[
      ref(s.borger), ref(s.ydelsespakke), ref(s.granted), sum(s.summary.deliveredWeek), sum(s.summary.grantedYear),
      sum(s.summary.deliveredYear), sum(s.summary.differenceYear), sum(s.summary.differenceKr), sum(s.summary.toDiscuss),
    ]]);
  });
  const totalRow = first + input.skemaer.length;
  const colSum = (c: number): Cell => (input.skemaer.length > 0 ? { f: `SUM(${a1(first, c)}:${a1(totalRow - 1, c)})` } : 0);
  d.put(totalRow, 0, [[`I alt (${input.skemaer.length} borgere)`, null, colSum(2), colSum(3), colSum(4), colSum(5), colSum(6), colSum(7), colSum(8)]]);
  d.style(rect(totalRow, 0, 1, 9), "total");
  d.numberFormat(rect(first, 2, input.skemaer.length + 1, 5), NUMBER_FORMATS.decimal2);
  d.numberFormat(rect(first, 7, input.skemaer.length + 1, 1), NUMBER_FORMATS.kr);
  d.numberFormat(rect(first, 8, input.skemaer.length + 1, 1), NUMBER_FORMATS.integer);

  let row = totalRow + 2;
  d.section(row++, "Personalets ATA-kapacitet (fra budgetmodellen)");
  const value = (v: number | { ref: string }): Cell => (typeof v === "number" ? v : { f: v.ref });
  const line = (label: string, c: Cell, numberFormat: string) => {
    const r = row++;
    d.put(r, 0, [[label, c]]).style(rect(r, 1), "output", numberFormat);
    return r;
  };
  const staffAtaHours = line("ATA-timer hos personalet pr. år", value(input.staffAtaHours), NUMBER_FORMATS.kr);
  const timepris = line("ATA-timepris (kr.)", value(input.ataTimepris), NUMBER_FORMATS.kr2);
  const granted = line("Udmålte ATA-timer pr. år (døgnskemaerne)", { f: a1(totalRow, 4, true, true) }, NUMBER_FORMATS.kr);
  const overDelivery = line("Kapacitet ud over det udmålte (timer pr. år)", { f: `${a1(staffAtaHours, 1, true, true)}-${a1(granted, 1, true, true)}` }, NUMBER_FORMATS.kr);
  const overDeliveryKr = line("Kapacitet ud over det udmålte i kr.", { f: `${a1(overDelivery, 1, true, true)}*${a1(timepris, 1, true, true)}` }, NUMBER_FORMATS.kr);
  const spec = d.toSpec({
    name: sheetName, kind: "doegnskema-oversigt", protect: true, tabColor: "#7030A0",
    columnWidths: { 0: 44, 1: 18, 2: 12, 3: 12, 4: 12, 5: 12, 6: 14, 7: 14, 8: 10 },
  });
  return { spec, layout: { sheetName, firstRow: first, totalRow, capacity: { staffAtaHours, granted, overDelivery, overDeliveryKr, timepris } } };
}

const SUMMARY_LABELS: Record<keyof DoegnskemaLayout["summary"], string> = {
  deliveredWeek: "Leverede ATA-timer pr. uge", deliveredYear: "Leverede ATA-timer pr. år", grantedYear: "Udmålte ATA-timer pr. år",
  differenceWeek: "Forskel pr. uge (leveret − udmålt)", differenceYear: "Forskel pr. år (leveret − udmålt)",
  differenceKr: "Forskel i kr. pr. år (× ATA-timepris)", toDiscuss: "Aktiviteter der skal drøftes",
};

/**
 * Finds a generated døgnskema's layout again from its column A (the user may have added rows), so a
 * summary can be built over sheets already in the workbook. Null when a label is missing.
 */
export function locateDoegnskema(sheetName: string, columnA: readonly unknown[]): DoegnskemaLayout | null {
  const find = (label: string) => columnA.findIndex((v) => v === label);
  const top = find("Borger (pseudonym eller cpr-nr.)");
  const header = find("Tidsrum");
  const total = find("I alt");
  const summary = Object.fromEntries(Object.entries(SUMMARY_LABELS).map(([k, label]) => [k, find(label)])) as DoegnskemaLayout["summary"];
  if (top < 0 || header < 0 || total < 0 || Object.values(summary).some((r) => r < 0)) return null;
  return {
    sheetName, borger: { row: top, col: 1 }, ydelsespakke: { row: top + 2, col: 1 }, granted: { row: top + 3, col: 1 },
    timepris: { row: top + 4, col: 1 }, firstActivityRow: header + 1, lastActivityRow: total - 1, cols: COLS, totalRow: total, summary,
  };
}
