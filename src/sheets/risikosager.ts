// "Risikosager": known cases that may turn into placements, weighted by probability, for the rest of
// the budget year (docs/domain.md §4 Risikosag-prognose). Each row is antal × udgift × sandsynlighed ×
// måneder, as SOC.RISIKOPROGNOSE computes it, and the sheet sums them per foranstaltning and konto.
import { compareDa, dayToSerial, inputKey, monthStart, type RiskRow } from "../core";
import { a1, rect } from "./a1";
import { draft, generatedBy, reportTitle, type ReportOptions } from "./draft";
import { NUMBER_FORMATS, type SheetSpec } from "./spec";

export interface RisikosagerInput extends ReportOptions {
  year: number;
  /** Last booked month k: risk cases count from month k+1 at the earliest. */
  bookedThrough: number;
  cases: readonly RiskRow[];
  /** Konto of each foranstaltning (from Budgetforudsætninger), to sum per konto. */
  kontoOf: (foranstaltning: string) => string;
}

export interface RisikosagerLayout {
  sheetName: string;
  yearCell: { row: number; col: number };
  fromCell: { row: number; col: number };
  rows: { row: number; risk: RiskRow }[];
  totalRow: number;
  cols: typeof COLS;
  byForanstaltning: { row: number; name: string }[];
  byKonto: { row: number; konto: string }[];
  /** Column of the weighted amount in both summaries. */
  summaryAmountCol: number;
}

const COLS = { id: 0, foranstaltning: 1, konto: 2, antal: 3, udgift: 4, sandsynlighed: 5, start: 6, fra: 7, maaneder: 8, vaegtet: 9 } as const;
const WIDTH = 10;
/** The yellow cells of a case row: what the user may adjust on the sheet (the case itself is the table's). */
export const RISIKO_INPUT_COLS = [COLS.antal, COLS.udgift, COLS.sandsynlighed, COLS.start] as const;
/** The hidden record of what was written into them (sheets/inputs.ts). */
const RECORD_COL = WIDTH + 1;

/**
 * Months from a start day to year end, pro rata in the start month (core monthsToYearEnd), as a
 * formula on the start cell; 0 when the start lies after the year.
 */
export function monthsToYearEndFormula(startRef: string, yearRef: string): string {
  const eom = `EOMONTH(${startRef},0)`;
  return `IF(${startRef}>DATE(${yearRef},12,31),0,(${eom}-${startRef}+1)/DAY(${eom})+12-MONTH(${startRef}))`;
}

export function buildRisikosager(input: RisikosagerInput): { spec: SheetSpec; layout: RisikosagerLayout } {
  const { year } = input;
  const sheetName = input.sheetName ?? "Risikosager";
  const d = draft();
  const yearCell = { row: 2, col: 1 }, fromCell = { row: 3, col: 1 };
  const y = a1(yearCell.row, yearCell.col, true, true), from = a1(fromCell.row, fromCell.col, true, true);
  d.heading({
    title: reportTitle(`Risikosager ${year}`, input.kommune),
    banner: `${generatedBy(input.generatedOn)}. Vægtet udgift = antal × månedlig udgift × sandsynlighed × måneder fra start (tidligst prognosemåneden) til årets udgang.`,
    width: WIDTH,
    rows: [
      ["Budgetår", year],
      ["Prognosen gælder fra", input.bookedThrough >= 12 ? dayToSerial(monthStart(year + 1, 1)) : dayToSerial(monthStart(year, input.bookedThrough + 1))],
    ],
  });
  d.format(rect(2, 0, 2, 1), { bold: true }).numberFormat(rect(3, 1), NUMBER_FORMATS.date);

  const headerRow = 5, first = headerRow + 1;
  d.header(headerRow, 0, ["Id", "Forventet foranstaltning", "Konto", "Antal", "Månedlig udgift", "Sandsynlighed", "Forventet start", "Regnes fra", "Måneder resten af året", "Vægtet udgift"], true);
  const rows: RisikosagerLayout["rows"] = [];
  if (input.cases.length > 0) {
    d.put(first, 0, input.cases.map((c, i) => {
      rows.push({ row: first + i, risk: c });
      return [c.id, c.foranstaltning, input.kontoOf(c.foranstaltning), c.antal, c.udgiftPrMaaned, c.sandsynlighed, dayToSerial(c.forventetStart)];
    }));
    const n = input.cases.length;
    const r = (c: number) => a1(first, c, false, true);
    d.fill(rect(first, COLS.fra, n, 1), `MAX(${r(COLS.start)},${from})`);
    d.fill(rect(first, COLS.maaneder, n, 1), monthsToYearEndFormula(r(COLS.fra), y));
    d.fill(rect(first, COLS.vaegtet, n, 1), `${r(COLS.antal)}*${r(COLS.udgift)}*${r(COLS.sandsynlighed)}*${r(COLS.maaneder)}`);
    d.style(rect(first, COLS.antal, n, 4), "input").style(rect(first, COLS.vaegtet, n, 1), "output");
    d.validate(rect(first, COLS.sandsynlighed, n, 1), { type: "decimal", min: 0, max: 1 }, "Sandsynligheden skal ligge mellem 0 og 100 %");
    d.validate(rect(first, COLS.start, n, 1), { type: "date" }, "Forventet start skal være en dato");
  }
  const n = input.cases.length;
  const totalRow = first + n;
  const last = Math.max(totalRow - 1, first);
  d.put(totalRow, 0, [["I alt", null, null, n > 0 ? { f: `SUM(${a1(first, COLS.antal)}:${a1(last, COLS.antal)})` } : 0]]);
  d.put(totalRow, COLS.vaegtet, [[n > 0 ? { f: `SUM(${a1(first, COLS.vaegtet)}:${a1(last, COLS.vaegtet)})` } : 0]]);
  d.style(rect(totalRow, 0, 1, WIDTH), "total");
  d.numberFormat(rect(first, COLS.udgift, n + 1, 1), NUMBER_FORMATS.kr);
  d.numberFormat(rect(first, COLS.sandsynlighed, n + 1, 1), NUMBER_FORMATS.percent);
  d.numberFormat(rect(first, COLS.start, n + 1, 2), NUMBER_FORMATS.date);
  d.numberFormat(rect(first, COLS.maaneder, n + 1, 1), NUMBER_FORMATS.decimal2);
  d.numberFormat(rect(first, COLS.vaegtet, n + 1, 1), NUMBER_FORMATS.kr);

  // Summaries: SUMIFS over the case rows, so an edited probability or start moves them too.
  const amountCol = 3;
  let row = totalRow + 2;
  const summary = (title: string, keyCol: number, keys: string[]) => {
    d.section(row++, title);
    d.header(row++, 0, [title.replace("Pr. ", "").replace(/^./, (ch) => ch.toUpperCase()), null, "Antal sager", "Vægtet udgift"]);
    const out: { row: number; key: string }[] = [];
    const range = (c: number) => `${a1(first, c, true, true)}:${a1(last, c, true, true)}`;
    for (const key of keys) {
      const kRef = a1(row, 0, false, true);
      d.put(row, 0, [[key, null, n > 0 ? { f: `SUMIFS(${range(COLS.antal)},${range(keyCol)},${kRef})` } : 0, n > 0 ? { f: `SUMIFS(${range(COLS.vaegtet)},${range(keyCol)},${kRef})` } : 0]]);
      out.push({ row: row++, key });
    }
    d.numberFormat(rect(row - keys.length, amountCol, keys.length, 1), NUMBER_FORMATS.kr);
    row++;
    return out;
  };
  const uniq = (xs: string[]) => [...new Set(xs)].filter((x) => x !== "").sort(compareDa);
  const byForanstaltning = summary("Pr. foranstaltning", COLS.foranstaltning, uniq(input.cases.map((c) => c.foranstaltning))).map((x) => ({ row: x.row, name: x.key }));
  const byKonto = summary("Pr. konto", COLS.konto, uniq(input.cases.map((c) => input.kontoOf(c.foranstaltning)))).map((x) => ({ row: x.row, konto: x.key }));

  return {
    spec: d.toSpec({
      name: sheetName, kind: "risikosager", protect: true, tabColor: "#C00000",
      columnWidths: { 0: 22, 1: 24, 2: 11, 3: 11, 4: 14, 5: 13, 6: 13, 7: 12, 8: 12, 9: 14 },
      freeze: { rows: first, cols: 1 },
      // Antal, udgift, sandsynlighed and start typed here survive a refresh, by the case's id.
      inputs: [{
        headerRow, firstRow: first, keys: input.cases.map((c) => inputKey({ label: c.id })), keyCols: { label: COLS.id },
        inputCols: [...RISIKO_INPUT_COLS], recordCol: RECORD_COL, end: { col: 0, text: "I alt" },
      }],
    }),
    layout: { sheetName, yearCell, fromCell, rows, totalRow, cols: COLS, byForanstaltning, byKonto, summaryAmountCol: amountCol },
  };
}
