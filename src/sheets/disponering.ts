// "Disponering ÅÅÅÅ": one row per case with native month formulas (DOMAIN.md §4, §6, §7), so the
// sheet recalculates when someone edits a takst or a date, even without the add-in.
import { dayToSerial, formatDate, OPEN_END, type CaseRow } from "../core";
import { a1, colName, rect } from "./a1";
import { NUMBER_FORMATS, type Block, type Cell, type FormatRule, type SheetSpec } from "./spec";

export interface DisponeringInput {
  year: number;
  cases: readonly CaseRow[];
  /** Kommune name for the title. */
  kommune?: string;
  /** Where the cases came from, e.g. "tabellen Sager". */
  source?: string;
  /** Day number of generation, printed in the banner (passed in so output is deterministic). */
  generatedOn: number;
  sheetName?: string;
  /** Show CPR as 010190-xxxx. */
  maskCpr?: (cpr: string) => string;
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
  /** 0-based rows of each case, in the order of `cases` after sorting. */
  caseRows: { row: number; caseRow: CaseRow }[];
  /** First and last row spanned by case rows of both sections (subtotals in between). */
  casesFrom: number;
  casesTo: number;
  currentTotalRow: number;
  expectedTotalRow: number;
  currentAndExpectedRow: number;
  poolRow: number;
  grandTotalRow: number;
  byForanstaltning: { row: number; name: string }[];
  byKonto: { row: number; name: string }[];
}

const COLS = {
  cpr: 0, navn: 1, foranstaltning: 2, konto: 3, leverandoer: 4, raadgiver: 5, status: 6,
  takst: 7, enhed: 8, start: 9, stop: 10,
} as const;
const FIRST_MONTH = 11;
const TOTAL_COL = FIRST_MONTH + 12;
const WIDTH = TOTAL_COL + 1;
const MONTHS_DA = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

/**
 * The month formula of one case cell, relative to its own row and its month's header cell:
 * takst × days of [start, stop] in the month × the unit's day factor. An empty stop is open-ended.
 */
export function monthFormula(row: number, monthCol: number, headerRow: number): string {
  const h = a1(headerRow, monthCol, true, false); // L$5
  const r = (c: number) => a1(row, c, false, true); // $H7
  const eom = `EOMONTH(${h},0)`;
  const days = `MAX(0,MIN(IF(${r(COLS.stop)}>0,${r(COLS.stop)},${eom}),${eom})-MAX(${r(COLS.start)},${h})+1)`;
  const unit = r(COLS.enhed);
  const factor =
    `IF(${unit}="døgn",1,IF(${unit}="uge",1/7,IF(${unit}="år",1/(DATE(YEAR(${h})+1,1,1)-DATE(YEAR(${h}),1,1)),1/DAY(${eom}))))`;
  return `${r(COLS.takst)}*${days}*${factor}`;
}

function sortCases(cases: readonly CaseRow[]): CaseRow[] {
  return [...cases].sort(
    (a, b) =>
      a.foranstaltning.localeCompare(b.foranstaltning, "da") ||
      a.konto.localeCompare(b.konto, "da") ||
      (a.cpr ?? "").localeCompare(b.cpr ?? "") ||
      a.start - b.start ||
      a.row - b.row,
  );
}

const uniqueSorted = (xs: string[]) => [...new Set(xs)].sort((a, b) => a.localeCompare(b, "da"));

export function buildDisponering(input: DisponeringInput): { spec: SheetSpec; layout: DisponeringLayout } {
  const { year } = input;
  const sheetName = input.sheetName ?? `Disponering ${year}`;
  const blocks: Block[] = [];
  const formats: FormatRule[] = [];
  const headerRow = 4;
  const yearCell = { row: 2, col: 1 };

  blocks.push({
    kind: "cells", row: 0, col: 0,
    cells: [
      [`Disponeringsark ${year}${input.kommune ? ` — ${input.kommune}` : ""}`],
      [`Genereret af Styringsark ${formatDate(input.generatedOn)}${input.source ? ` fra ${input.source}` : ""}. Ret i kildetabellen — dette ark genskabes.`],
      ["Budgetår", year],
    ],
  });
  formats.push({ rect: rect(0, 0), style: "title" }, { rect: rect(1, 0, 1, WIDTH), style: "banner" });
  formats.push({ rect: rect(2, 0), bold: true }, { rect: rect(2, 1), numberFormat: NUMBER_FORMATS.integer });

  const header: Cell[] = [
    "Cpr-nr.", "Navn", "Foranstaltning", "Konto", "Leverandør", "Rådgiver", "Status", "Takst", "Takstenhed",
    "Startdato", "Stopdato",
  ];
  for (let m = 1; m <= 12; m++) header.push({ f: `DATE(${a1(yearCell.row, yearCell.col, true, true)},${m},1)` });
  header.push("Forventet regnskab");
  blocks.push({ kind: "cells", row: headerRow, col: 0, cells: [header] });
  formats.push({ rect: rect(headerRow, 0, 1, WIDTH), style: "header", wrap: true });
  formats.push({ rect: rect(headerRow, FIRST_MONTH, 1, 12), numberFormat: "mmm" });

  const sorted = sortCases(input.cases);
  const current = sorted.filter((c) => c.status === "aktuel");
  const expected = sorted.filter((c) => c.status === "forventet");
  const caseRows: DisponeringLayout["caseRows"] = [];
  let row = headerRow + 1;

  const sumRow = (r: number) => ({ f: `SUM(${a1(r, FIRST_MONTH)}:${a1(r, FIRST_MONTH + 11)})` });
  const writeSection = (label: string, list: CaseRow[], totalLabel: string): number => {
    blocks.push({ kind: "cells", row, col: 0, cells: [[label]] });
    formats.push({ rect: rect(row, 0), style: "section" });
    row++;
    const first = row;
    if (list.length > 0) {
      blocks.push({
        kind: "cells", row, col: 0,
        cells: list.map((c) => [
          c.cpr ? (input.maskCpr ? input.maskCpr(c.cpr) : c.cpr) : null,
          c.navn || null, c.foranstaltning, c.konto || null, c.leverandoer || null, c.raadgiver || null, c.status,
          c.takst, c.enhed, dayToSerial(c.start), c.stop >= OPEN_END ? null : dayToSerial(c.stop),
        ]),
      });
      for (const c of list) caseRows.push({ row: row++, caseRow: c });
      blocks.push({ kind: "fill", rect: rect(first, FIRST_MONTH, list.length, 12), formula: monthFormula(first, FIRST_MONTH, headerRow) });
      blocks.push({ kind: "fill", rect: rect(first, TOTAL_COL, list.length, 1), formula: sumRow(first).f });
    }
    const totalRow = row++;
    const totals: Cell[] = [];
    for (let c = FIRST_MONTH; c <= TOTAL_COL; c++) {
      totals.push(list.length > 0 ? { f: `SUM(${a1(first, c)}:${a1(totalRow - 1, c)})` } : 0);
    }
    blocks.push({ kind: "cells", row: totalRow, col: 0, cells: [[totalLabel]] });
    blocks.push({ kind: "cells", row: totalRow, col: FIRST_MONTH, cells: [totals] });
    formats.push({ rect: rect(totalRow, 0, 1, WIDTH), style: "subtotal" });
    return totalRow;
  };

  const casesFrom = row + 1;
  const currentTotalRow = writeSection("Aktuelle sager", current, "Aktuelle sager i alt");
  const expectedTotalRow = writeSection("Forventede sager", expected, "Forventede sager i alt");
  const casesTo = expectedTotalRow - 1;

  const lineAcross = (r: number, label: string, make: (c: number) => Cell) => {
    const cells: Cell[] = [];
    for (let c = FIRST_MONTH; c <= TOTAL_COL; c++) cells.push(make(c));
    blocks.push({ kind: "cells", row: r, col: 0, cells: [[label]] });
    blocks.push({ kind: "cells", row: r, col: FIRST_MONTH, cells: [cells] });
  };
  const currentAndExpectedRow = row++;
  lineAcross(currentAndExpectedRow, "Aktuelle og forventede sager i alt", (c) => ({ f: `${a1(currentTotalRow, c)}+${a1(expectedTotalRow, c)}` }));
  formats.push({ rect: rect(currentAndExpectedRow, 0, 1, WIDTH), style: "subtotal" });
  const poolRow = row++;
  lineAcross(poolRow, "Pulje til ukendt tilgang (indtast skøn pr. måned)", (c) => (c === TOTAL_COL ? sumRow(poolRow) : 0));
  formats.push({ rect: rect(poolRow, FIRST_MONTH, 1, 12), style: "input" });
  const grandTotalRow = row++;
  lineAcross(grandTotalRow, "Forventet regnskab i alt", (c) => ({ f: `${a1(currentAndExpectedRow, c)}+${a1(poolRow, c)}` }));
  formats.push({ rect: rect(grandTotalRow, 0, 1, WIDTH), style: "total" });
  row++;

  const groupSection = (label: string, col: number, names: string[]) => {
    blocks.push({ kind: "cells", row, col: 0, cells: [[label]] });
    formats.push({ rect: rect(row, 0), style: "section" });
    row++;
    const out: { row: number; name: string }[] = [];
    for (const name of names) {
      const r = row++;
      const keyCol = `$${colName(col)}$${casesFrom + 1}:$${colName(col)}$${casesTo + 1}`;
      blocks.push({ kind: "cells", row: r, col, cells: [[name]] });
      lineAcross(r, "", (c) =>
        c === TOTAL_COL
          ? sumRow(r)
          : { f: `SUMIFS(${colName(c)}$${casesFrom + 1}:${colName(c)}$${casesTo + 1},${keyCol},${a1(r, col, false, true)})` },
      );
      out.push({ row: r, name });
    }
    return out;
  };
  const hasCases = sorted.length > 0;
  const byForanstaltning = hasCases ? groupSection("Pr. foranstaltning", COLS.foranstaltning, uniqueSorted(sorted.map((c) => c.foranstaltning))) : [];
  const byKonto = hasCases ? groupSection("Pr. konto", COLS.konto, uniqueSorted(sorted.map((c) => c.konto).filter((k) => k !== ""))) : [];

  const lastRow = row;
  formats.push({ rect: rect(headerRow + 1, COLS.takst, lastRow - headerRow, 1), numberFormat: NUMBER_FORMATS.kr });
  formats.push({ rect: rect(headerRow + 1, COLS.start, lastRow - headerRow, 2), numberFormat: NUMBER_FORMATS.date });
  formats.push({ rect: rect(headerRow + 1, FIRST_MONTH, lastRow - headerRow, 13), numberFormat: NUMBER_FORMATS.kr });

  const columnWidths: Record<number, number> = { 0: 13, 1: 18, 2: 22, 3: 10, 4: 20, 5: 12, 6: 10, 7: 11, 8: 10, 9: 11, 10: 11, [TOTAL_COL]: 14 };
  for (let m = 0; m < 12; m++) columnWidths[FIRST_MONTH + m] = 11;

  const spec: SheetSpec = {
    name: sheetName,
    kind: "disponering",
    blocks,
    formats,
    columnWidths,
    freeze: { rows: headerRow + 1, cols: 1 },
    validations: sorted.length > 0 ? [{
      rect: rect(casesFrom, COLS.enhed, casesTo - casesFrom + 1, 1),
      rule: { type: "list", values: ["måned", "døgn", "uge", "år"] },
      error: "Takstenhed skal være måned, døgn, uge eller år",
    }] : [],
    tabColor: "#1F4E79",
  };
  return {
    spec,
    layout: {
      sheetName, cols: COLS, firstMonthCol: FIRST_MONTH, totalCol: TOTAL_COL, headerRow, yearCell, caseRows,
      casesFrom, casesTo, currentTotalRow, expectedTotalRow, currentAndExpectedRow, poolRow, grandTotalRow,
      byForanstaltning, byKonto,
    },
  };
}

export { MONTHS_DA };
