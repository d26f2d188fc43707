// The sheet description: what a generated sheet contains, as plain data. Golden-file tests snapshot
// it; `excel/` and `xlsx/` are the only code that turns it into a real sheet.

import { endsStep } from "../core";

export type CellValue = string | number | boolean | null;
/** An A1 formula with Excel's English function names, without the leading "=". */
export interface Formula {
  f: string;
}
export type Cell = CellValue | Formula;

/** 0-based rectangle. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type Block =
  /** A rectangle of values and formulas, written as one 2-D array. */
  | { kind: "cells"; row: number; col: number; cells: Cell[][] }
  /**
   * One formula written relative to the top-left cell of `rect` and filled across it, as Excel's
   * fill handle does: relative references move, `$`-anchored ones stay. Keeps the request for
   * 20.000 × 12 disposition cells as small as one cell's.
   */
  | { kind: "fill"; rect: Rect; formula: string };

/** Named cell styles; each adapter maps them to fonts and fills (input cells are unlocked). */
export type StyleName = "title" | "banner" | "header" | "section" | "input" | "output" | "subtotal" | "total" | "note" | "alert";

export interface FormatRule {
  rect: Rect;
  numberFormat?: string;
  style?: StyleName;
  bold?: boolean;
  wrap?: boolean;
}

export type ValidationRule =
  | { type: "list"; values: readonly string[] }
  | { type: "decimal"; min?: number; max?: number }
  /** A whole number (a year, a count): Excel's "Helt tal", refusing 2025,5 where "decimal" would take it. */
  | { type: "wholeNumber"; min?: number; max?: number }
  | { type: "date" }
  /** Text only (a cpr-nummer typed as a number loses its leading zero): Excel's custom rule ISTEXT. */
  | { type: "text" };

export interface DataValidation {
  rect: Rect;
  rule: ValidationRule;
  /** Danish message shown when the input is rejected. */
  error: string;
}

export interface DefinedName {
  /** Worksheet-scoped name, e.g. "Takstberegningsgrundlag". */
  name: string;
  rect: Rect;
  /** A workbook-level name (a headline figure such as HÅP_2025, docs/domain.md §7) instead of a sheet's own. */
  workbook?: boolean;
}

export interface ChartRequest {
  type: "line" | "columnClustered" | "barClustered" | "pie";
  title: string;
  /** Data including a header row and a first column of categories. */
  source: Rect;
  seriesBy: "columns" | "rows";
  /** Where the chart is placed. */
  at: Rect;
  xAxisTitle?: string;
  yAxisTitle?: string;
}

/**
 * Cells the user types into (docs/domain.md §7), as a table of keyed rows: a refresh reads them first
 * and writes them back by key, not by row position. A table of cases is keyed by case (core
 * `inputKey`); a table of lines (konti, budget lines, activities, a single input in the heading) by
 * its label. Free columns the user added right of a case table travel with their rows; rows whose key
 * left the sheet are parked below it under "Fjernede sager", never dropped.
 *
 * Where the old table is in the sheet being refreshed: at `headerRow`, or — when rows above it may
 * have grown or shrunk — at the first row whose cell in `anchor.col` starts with `anchor.text`. Its
 * rows run from there (same offset as `firstRow`) for `rows` rows when given, else until a row whose
 * key cells are all empty, the `end` row, another table's anchor or a "Fjernede sager" title. A table
 * without key columns (`keyCols` {}) is a list kept by position: its row i is keyed #i (it needs
 * `rows` or `end`).
 */
export interface InputTable {
  /** The header row (for a table of lines without a header: its first row); cells from `freeFrom` on are the user's column titles. */
  headerRow: number;
  /** First keyed row; the table has one row per key. */
  firstRow: number;
  /** Key of each generated row, in order (core `inputKey`). */
  keys: string[];
  /** The row of each key when the rows are not consecutive from `firstRow` (a scanned table). */
  keyRows?: number[];
  /** The columns whose values make a row's key, as `inputKey` takes them (`label` alone for a table of lines). */
  keyCols: { id?: number; cpr?: number; foranstaltning?: number; konto?: number; leverandoer?: number; start?: number; label?: number };
  /** Input columns inside the table. */
  inputCols: number[];
  /** First column right of the generated table (its helper columns included): from here on the user's. */
  freeFrom?: number;
  /** How the old table is found when its row may have moved (see above). */
  anchor?: { col: number; text: string };
  /** A table whose size never changes (the heading's inputs): how many rows it has. */
  rows?: number;
  /** The old table ends at the first row whose cell in `end.col` starts with `end.text` (a total under it). */
  end?: { col: number; text: string };
  /** What its rows are, in the "Fjernede sager" title when the sheet has more than one table. */
  label?: string;
  /** The build's values came from a source table read in this run: they replace the sheet's. */
  fromSource?: boolean;
  /**
   * The keyed rows are scattered among other rows (a budget model's input lines between its totals):
   * every row from the table's start to `end` is looked at, and only rows whose key is one of `keys`
   * belong to it — no row is parked, since the layout's lines do not come and go with a source.
   */
  scan?: boolean;
  /** Input columns filled from a source read in this run (the build's values win there; the rest are kept). */
  sourceCols?: number[];
  /**
   * A hidden column where each keyed row records (JSON) what the build wrote into its input cells —
   * values from the user's tables and choices (sheets/inputs.ts `withRecords`). A refresh counts a
   * cell as typed by the user only where it differs from that record: a value typed on the sheet is
   * kept even when the source table changes, a cell nobody touched follows the source, and an
   * emptied cell takes the source's value again.
   */
  recordCol?: number;
  /**
   * The record per key when it is not what the build writes: a builder given values the user typed
   * earlier (read back from the sheet) records what it would write itself, so those stay the user's.
   */
  recorded?: (readonly unknown[])[];
  /**
   * When a cell was typed on the sheet and its source changed too, the source wins (for values chosen
   * in the task pane: the choice just made is the newer decision). By default the sheet's value wins.
   */
  sourceWins?: boolean;
  /**
   * Rows where the user types new cases (kept by position, `keyCols` {}): every typed row stays in
   * the block, in order, until the source table has the case — its key (core `inputKey` over
   * `caseCols`) among `sourceKeys` — when it stands among the generated rows instead.
   */
  spare?: { sourceKeys: string[]; caseCols: { cpr: number; foranstaltning: number; konto: number; leverandoer: number; start: number } };
}

export interface SheetSpec {
  /** Sheet name (≤ 31 characters, none of : \ / ? * [ ]). */
  name: string;
  /** What made it ("disponering", "noegletal" …): written as the ownership marker. */
  kind: string;
  blocks: Block[];
  formats: FormatRule[];
  /** Width in characters per column index. */
  columnWidths?: Record<number, number>;
  freeze?: { rows: number; cols: number };
  names?: DefinedName[];
  validations?: DataValidation[];
  /** Protect the sheet without a password: formulas locked, input cells unlocked. */
  protect?: boolean;
  charts?: ChartRequest[];
  /** Tab colour, "#RRGGBB". */
  tabColor?: string;
  /** A sheet of ours the user does not look at (the case-table snapshot): written hidden. */
  hidden?: boolean;
  /** Input cells kept across a refresh, matched by key (one entry per table of inputs). */
  inputs?: InputTable[];
  /** Columns written hidden (the record of what was written into the input cells). */
  hiddenCols?: number[];
  /** Row heights in points by 0-based row (rows with wrapped text get one computed, sheets/print.ts). */
  rowHeights?: Record<number, number>;
  /** Cells merged into one (a long text in a merged, wrapped cell shows the whole paragraph). */
  merges?: Rect[];
  /** Page setup; by default landscape, the frozen rows repeated, at least 8 pt on paper (sheets/print.ts). */
  print?: {
    orientation?: "landscape" | "portrait";
    titleRows?: { first: number; last: number };
    /** What prints, when not the whole sheet (e.g. without a calculation basis kept below the figures). */
    area?: Rect;
    /** Only columns 0..columns-1 print, every row (helper columns right of them stay out). */
    columns?: number;
    /** Only rows 0..rows-1 print (a calculation basis below the figures stays out). */
    rows?: number;
    /** Columns repeated at the left of every page when the sheet prints several pages wide (default: the frozen ones, else A). */
    titleCols?: { first: number; last: number };
    /**
     * 0-based rows that begin a new printed page: a short section that must stay with its heading
     * (neither Excel nor LibreOffice keeps a heading with the rows after it by itself).
     */
    breaksBefore?: number[];
  };
}

/** Danish number formats (invariant codes; Excel shows them as #.##0 and dd.mm.åååå in Danish). */
export const NUMBER_FORMATS = {
  kr: "#,##0",
  kr2: "#,##0.00",
  date: "dd.mm.yyyy",
  haap: "#,##0.0",
  decimal2: "#,##0.00",
  percent: "0.0%",
  integer: "0",
  /** A count of persons on a row that counts each person once: "261 borgere" in a column of case counts. */
  borgere: '#,##0 "borgere"',
  text: "@",
} as const;

/**
 * Every cell of a description's value blocks with its 0-based row and column, pausing after every
 * ITEMS_PER_STEP rows of a block: the one walk of the checks that read every cell before a sheet is
 * written (Excel's limits in limits.ts, the CPR scan of a shared file in flows/share.ts).
 */
export function* cellsInSteps(spec: SheetSpec, visit: (cell: Cell, row: number, col: number) => void): Generator<void, void> {
  for (const b of spec.blocks) {
    if (b.kind !== "cells") continue;
    for (let i = 0; i < b.cells.length; i++) {
      if (endsStep(i)) yield;
      b.cells[i].forEach((c, k) => visit(c, b.row + i, b.col + k));
    }
  }
}
