// Print and layout rules shared by both writers (docs/domain.md §7 "Printed pages are readable"):
// - every text shows whole: a label beside other cells widens its column (up to MAX_COLUMN_WIDTH, then
//   it wraps); a long text with nothing right of it (a banner, a note, a red warning) is merged across
//   the printed columns and wrapped, so it is neither cut at the margin nor makes the page shrink;
//   widths are measured with the digit-width table of sheets/textWidth.ts;
// - a row with wrapped text is as high as its lines, and no higher;
// - what prints: the sheet's columns up to its last visible one (a hidden record column and helper
//   columns a sheet names stay out), landscape A4, the header rows repeated on every page;
// - a short section that must stay with its heading begins a page (the spec's print.breaksBefore: a
//   manual page break above it), since neither Excel nor LibreOffice keeps a heading with the next rows;
// - never below 8 pt on paper: a sheet is fitted to one page wide only when it fits at 100 %; otherwise
//   it prints at a fixed scale of at least MIN_SCALE % over several pages wide, its identifying
//   columns repeated on each and the pages ordered across, then down, so a row continues on the next page.
import { finish, formatDate } from "../core";
import { columnWidthPoints } from "./columns";
import { MAX_COLS } from "./limits";
import { STYLE_LOOKS } from "./styles";
import { textWidth, widthFor } from "./textWidth";
import type { Cell, Rect, SheetSpec } from "./spec";

/** Excel's default column width in characters (Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 8.43;
/** Height in points of one line of Calibri 11, Excel's default row height. */
const LINE_POINTS = 15;
/** A column is not made wider than this for a text: the text wraps instead. */
export const MAX_COLUMN_WIDTH = 50;
/** Smallest print scale in percent: 11 pt text at 75 % is 8,25 pt on paper (at least 8 pt). */
export const MIN_SCALE = 75;
/** Width in points a landscape A4 page prints: 841,9 pt less the left and right margins of 0,5". */
export const PRINTABLE_WIDTH_POINTS = 841.9 - 72;

export interface PrintLayout {
  orientation: "landscape" | "portrait";
  /** 0-based rows repeated at the top of every printed page (inclusive), if any. */
  titleRows?: { first: number; last: number };
  /** 0-based columns repeated at the left of every page, when the sheet prints several pages wide. */
  titleCols?: { first: number; last: number };
  /** Footer in Excel's header/footer codes (&A sheet name, &P page, &N pages); empty in sheetLayout's. */
  footer: string;
  /** What prints: a rectangle, or whole columns 0..cols-1 (every row, also rows a user adds). */
  area?: Rect | { cols: number };
  /** One page wide (the sheet fits at 100 %), or a fixed scale in percent over several pages wide. */
  fit: { pagesWide: 1 } | { scale: number };
  /** Page order when several pages wide: across first, so a row continues on the next page. */
  order: "overThenDown" | "downThenOver";
  /** 0-based rows that begin a new page (manual page breaks), in order. */
  rowBreaks: number[];
}

/** "$1:$5" for rows 0..4, as Excel's print titles and Office.js setPrintTitleRows want them. */
export function titleRowsA1(t: { first: number; last: number }): string {
  return `$${t.first + 1}:$${t.last + 1}`;
}

/** "$A:$B" for columns 0..1 (print title columns, a whole-column print area). */
export function colsA1(t: { first: number; last: number }): string {
  return `$${colName(t.first)}:$${colName(t.last)}`;
}

function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Lines a text wraps into in a width of `room` digit widths: greedy word wrap, long words broken. */
export function wrappedLinesIn(text: string, room: number, size = 11, bold = false): number {
  const space = textWidth(" ", size, bold);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      const w = textWidth(word, size, bold);
      const need = line === 0 ? w : line + space + w;
      if (need <= room) line = need;
      else if (w <= room) {
        count++;
        line = w;
      } else {
        // A word longer than a line: Excel breaks it across lines.
        const parts = Math.ceil(w / room);
        count += line === 0 ? parts - 1 : parts;
        line = w - (parts - 1) * room;
      }
    }
    lines += count;
  }
  return lines;
}

/** Lines a text wraps into at `perLine` characters of equal width (kept for callers counting characters). */
export function wrappedLines(text: string, perLine: number): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      const need = line === 0 ? word.length : line + 1 + word.length;
      if (need <= perLine) line = need;
      else if (word.length <= perLine) {
        count++;
        line = word.length;
      } else {
        count += line === 0 ? Math.ceil(word.length / perLine) - 1 : Math.ceil(word.length / perLine);
        line = word.length % perLine || perLine;
      }
    }
    lines += count;
  }
  return lines;
}

/**
 * The text a cell can show: a value's text; for a red warning formula (`IF(ok,"","…")`) its text
 * constants, joined when concatenated. Other formulas show numbers, or texts we cannot know here.
 */
function shownText(cell: Cell, alert: boolean): string | undefined {
  if (typeof cell === "string") return cell === "" ? undefined : cell;
  if (cell === null || typeof cell !== "object" || !alert) return undefined;
  const literals = [...cell.f.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
  if (literals.length === 0) return undefined;
  const text = cell.f.includes("&") ? literals.join("") : literals.reduce((a, b) => (b.length > a.length ? b : a), "");
  return text === "" ? undefined : text;
}

interface TextCell {
  row: number;
  col: number;
  text: string;
  size: number;
  bold: boolean;
  wrap: boolean;
  unlocked: boolean;
}

/** The sheet's cells as the layout needs them: which are taken, and the texts with their font. */
class Grid {
  private rows = new Map<number, Map<number, Cell>>();
  private fills: Rect[] = [];
  cols = 1;
  /** Columns in which some cell shows something, with the first row where one does. */
  readonly used = new Map<number, number>();
  private use(col: number, row: number): void {
    const known = this.used.get(col);
    if (known === undefined || row < known) this.used.set(col, row);
  }

  private constructor(readonly spec: SheetSpec) {}

  /** The grid of `spec`, with a pause every LAYOUT_STEP rows of a block. */
  static *of(spec: SheetSpec): Generator<void, Grid> {
    const grid = new Grid(spec);
    yield* grid.fill();
    return grid;
  }

  private *fill(): Generator<void, void> {
    for (const b of this.spec.blocks) {
      if (b.kind === "cells") {
        for (let i = 0; i < b.cells.length; i++) {
          if (i % LAYOUT_STEP === LAYOUT_STEP - 1) yield;
          const cells = b.cells[i];
          let row = this.rows.get(b.row + i);
          if (!row) this.rows.set(b.row + i, (row = new Map()));
          cells.forEach((c, j) => {
            row!.set(b.col + j, c);
            if (c !== null && c !== "") this.use(b.col + j, b.row + i);
          });
          this.cols = Math.max(this.cols, b.col + cells.length);
        }
      } else {
        this.fills.push(b.rect);
        for (let c = b.rect.col; c < b.rect.col + b.rect.cols; c++) this.use(c, b.rect.row);
        this.cols = Math.max(this.cols, b.rect.col + b.rect.cols);
      }
    }
  }

  /** Something shows in the cell (a value or a formula). */
  taken(row: number, col: number): boolean {
    const c = this.rows.get(row)?.get(col);
    if (c !== undefined && c !== null && c !== "") return true;
    return this.fills.some((r) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols);
  }

  /** Every cell that shows a text, with the font and flags the format rules give it; a pause every LAYOUT_STEP rows. */
  *texts(): Generator<void, TextCell[]> {
    const out: TextCell[] = [];
    const formats = this.spec.formats;
    const inside = (r: Rect, row: number, col: number) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
    // The rules covering a row, kept by a sweep down the rows (a 20.000-row sheet is not searched
    // rule by rule per row); in their order, since later rules win.
    const byStart = formats.map((f, i) => ({ f, i })).sort((a, b) => a.f.rect.row - b.f.rect.row);
    let next = 0;
    let active: { f: (typeof formats)[number]; i: number }[] = [];
    const looks = new Map<number, { size: number; bold: boolean; wrap: boolean; unlocked: boolean; alert: boolean }>();
    const rowNumbers = [...this.rows.keys()].sort((a, b) => a - b);
    for (let k = 0; k < rowNumbers.length; k++) {
      if (k % LAYOUT_STEP === LAYOUT_STEP - 1) yield;
      const row = rowNumbers[k];
      const cells = this.rows.get(row)!;
      let added = false;
      while (next < byStart.length && byStart[next].f.rect.row <= row) {
        active.push(byStart[next++]);
        added = true;
      }
      const before = active.length;
      active = active.filter((x) => x.f.rect.row + x.f.rect.rows > row);
      if (added || active.length !== before) active.sort((a, b) => a.i - b.i);
      // While the rules covering the row stay the same, a column's look does too.
      if (added || active.length !== before) looks.clear();
      const rules = active.map((x) => x.f);
      for (const [col, cell] of cells) {
        if (cell === null || typeof cell === "number" || typeof cell === "boolean" || cell === "") continue;
        let look = looks.get(col);
        if (!look) {
          look = { size: 11, bold: false, wrap: false, unlocked: false, alert: false };
          for (const f of rules) {
            if (!inside(f.rect, row, col)) continue;
            const named = f.style ? STYLE_LOOKS[f.style] : undefined;
            if (named?.fontSize) look.size = named.fontSize;
            if (named?.bold || f.bold) look.bold = true;
            if (named?.unlocked) look.unlocked = true;
            if (f.style === "alert") look.alert = true;
            if (f.wrap) look.wrap = true;
          }
          looks.set(col, look);
        }
        const text = shownText(cell, look.alert);
        if (text === undefined) continue;
        out.push({ row, col, text, size: look.size, bold: look.bold, wrap: look.wrap, unlocked: look.unlocked });
      }
    }
    return out;
  }

  /** Nothing but (row, col) shows in its row. */
  alone(row: number, col: number): boolean {
    for (const [c, cell] of this.rows.get(row) ?? []) if (c !== col && cell !== null && cell !== "") return false;
    return !this.fills.some((r) => row >= r.row && row < r.row + r.rows);
  }

  /** The cell is an input (yellow, unlocked): never merged over. */
  isInput(row: number, col: number): boolean {
    return this.spec.formats.some((f) => f.style === "input" && row >= f.rect.row && row < f.rect.row + f.rect.rows && col >= f.rect.col && col < f.rect.col + f.rect.cols);
  }
}

export interface SheetLayout {
  /** Column widths to write (the spec's, widened so its texts fit). */
  columnWidths: Record<number, number>;
  /** Row heights in points: the spec's, and for rows with wrapped text the height that shows all of it. */
  rowHeights: Record<number, number>;
  /** Merged cells: the spec's, and a long text merged across the printed columns right of it. */
  merges: Rect[];
  /** Cells that wrap besides those the spec's formats wrap (a long text given lines instead of a cut). */
  wraps: Rect[];
  /** The page setup. */
  print: PrintLayout;
}

const cache = new WeakMap<SheetSpec, SheetLayout>();

/** Rows or texts laid out between two pauses: a row of a report may hold a dozen texts to measure. */
const LAYOUT_STEP = 250;

/**
 * Column widths, row heights, merges and page setup both writers write, so nothing is cut, overlaps
 * or prints too small in Excel or LibreOffice. Computed once per spec (both writers ask several times).
 */
export function sheetLayout(spec: SheetSpec): SheetLayout {
  return finish(sheetLayoutInSteps(spec));
}

/** `sheetLayout` in steps: a pause every LAYOUT_STEP rows or texts (a sheet of 20.000 rows is laid out cell by cell). */
export function* sheetLayoutInSteps(spec: SheetSpec): Generator<void, SheetLayout> {
  let layout = cache.get(spec);
  if (!layout) cache.set(spec, (layout = yield* computeLayout(spec)));
  return layout;
}

/** The page setup of a sheet (see sheetLayout), its footer dated `generatedOn`. */
export function printLayout(spec: SheetSpec, generatedOn: number): PrintLayout {
  return { ...sheetLayout(spec).print, footer: `&L&A&CSide &P af &N&RDannet af Styringsark ${formatDate(generatedOn)}` };
}

function* computeLayout(spec: SheetSpec): Generator<void, SheetLayout> {
  const grid = yield* Grid.of(spec);
  const hidden = new Set(spec.hiddenCols ?? []);
  const columnWidths: Record<number, number> = { ...(spec.columnWidths ?? {}) };
  const widthOf = (c: number) => columnWidths[c] ?? DEFAULT_COLUMN_WIDTH;
  const merges: Rect[] = [...(spec.merges ?? [])];
  // Cells by number (row · MAX_COLS + col), not by a "row,col" text: a text per cell of a 20.000-row
  // report was garbage whose collections lengthened the task pane's tasks.
  const cellKey = (row: number, col: number) => row * MAX_COLS + col;
  const mergedAt = new Map<number, Rect>();
  const inMerge = new Set<number>();
  const addMerge = (m: Rect) => {
    mergedAt.set(cellKey(m.row, m.col), m);
    for (let r = m.row; r < m.row + m.rows; r++) for (let c = m.col; c < m.col + m.cols; c++) inMerge.add(cellKey(r, c));
  };
  merges.forEach(addMerge);

  // The printed columns: up to the last visible column the sheet writes, or as many as it says.
  const printRows = spec.print?.rows ?? Infinity;
  let lastCol = 0;
  for (const [c, firstRow] of grid.used) if (!hidden.has(c) && firstRow < printRows && c > lastCol) lastCol = c;
  const areaRect = spec.print?.area;
  const printCols = areaRect ? areaRect.col + areaRect.cols : Math.min(spec.print?.columns ?? lastCol + 1, lastCol + 1);

  const texts = (yield* grid.texts()).filter((t) => t.col < printCols && t.row < printRows && !hidden.has(t.col));
  const wraps: Rect[] = [];
  const wrapped = new Set<number>();
  const key = (t: { row: number; col: number }) => cellKey(t.row, t.col);

  // 1. A text with a neighbour on its right (a label beside its figure, a table cell) widens its column;
  //    wider than MAX_COLUMN_WIDTH, it wraps. A wrapped text widens its column to its longest word.
  // Widths by font (size, bold) and then by text: no key text made per call.
  const widthCache = new Map<number, Map<string, number>>();
  const need = (t: TextCell) => {
    const font = t.size * 2 + (t.bold ? 1 : 0);
    let byText = widthCache.get(font);
    if (!byText) widthCache.set(font, (byText = new Map()));
    let w = byText.get(t.text);
    if (w === undefined) byText.set(t.text, (w = widthFor(t.text, t.size, t.bold)));
    return w;
  };
  for (const [i, t] of texts.entries()) {
    if (i % LAYOUT_STEP === LAYOUT_STEP - 1) yield;
    if (inMerge.has(key(t))) continue;
    if (t.wrap) {
      const longest = t.text.split(/\s+/).reduce((m, w) => Math.max(m, widthFor(w, t.size, t.bold)), 0);
      if (longest > widthOf(t.col)) columnWidths[t.col] = Math.min(MAX_COLUMN_WIDTH, longest);
      continue;
    }
    if (!grid.taken(t.row, t.col + 1)) continue;
    const w = need(t);
    if (w <= widthOf(t.col)) continue;
    if (w <= MAX_COLUMN_WIDTH) columnWidths[t.col] = w;
    else {
      columnWidths[t.col] = Math.max(widthOf(t.col), MAX_COLUMN_WIDTH);
      wraps.push({ row: t.row, col: t.col, rows: 1, cols: 1 });
      wrapped.add(key(t));
    }
  }

  // 2. A text with nothing on its right runs over the empty cells; when it would run past the last
  //    printed column it is merged across them and wrapped (a banner, a note, a red warning line).
  for (const [i, t] of texts.entries()) {
    if (i % LAYOUT_STEP === LAYOUT_STEP - 1) yield;
    if (!t.wrap && need(t) <= widthOf(t.col)) continue;
    if (inMerge.has(key(t)) || wrapped.has(key(t)) || grid.taken(t.row, t.col + 1)) continue;
    let end = t.col + 1;
    while (end < printCols && !grid.taken(t.row, end) && !inMerge.has(cellKey(t.row, end)) && !grid.isInput(t.row, end)) end++;
    let room = 0;
    for (let c = t.col; c < end; c++) if (!hidden.has(c)) room += widthOf(c);
    // A wrapped text is spread over the row only when it stands alone there (a banner): a wrapped
    // column header keeps its column.
    if (t.wrap && !grid.alone(t.row, t.col)) continue;
    const w = t.wrap ? Infinity : need(t);
    if (w <= room) continue;
    // Wrapped in its own cell only would be a tall, narrow column of words (Overgang's banner was 392 pt).
    if (end - t.col > 1) addMerge(pushed(merges, { row: t.row, col: t.col, rows: 1, cols: end - t.col }));
    if (!t.wrap) {
      wraps.push({ row: t.row, col: t.col, rows: 1, cols: 1 });
      wrapped.add(key(t));
    }
  }

  // 3. Rows with wrapped text get the height of their lines (no more: a row is as tall as its content).
  const rowHeights: Record<number, number> = {};
  for (const [i, t] of texts.entries()) {
    if (i % LAYOUT_STEP === LAYOUT_STEP - 1) yield;
    if (!t.wrap && !wrapped.has(key(t))) continue;
    const m = mergedAt.get(key(t));
    let width = 0;
    for (let c = t.col; c < t.col + (m?.cols ?? 1); c++) if (!hidden.has(c)) width += widthOf(c);
    // The room inside the cell: its width less the padding (one digit width, as widthFor adds).
    const lines = wrappedLinesIn(t.text, Math.max(1, width - 1) / 1.05, t.size, t.bold);
    if (lines <= 1 && t.size <= 11) continue;
    // A merged block of several rows shares the height among them.
    const height = Math.ceil((lines * LINE_POINTS * t.size) / 11 / (m?.rows ?? 1)) + 2;
    for (let r = t.row; r < t.row + (m?.rows ?? 1); r++) rowHeights[r] = Math.max(rowHeights[r] ?? 0, height);
  }
  for (const [r, h] of Object.entries(spec.rowHeights ?? {})) rowHeights[Number(r)] = h;

  return { columnWidths, rowHeights, merges, wraps, print: pageSetup(spec, columnWidths, printCols, grid.cols, hidden) };
}

function pushed(list: Rect[], r: Rect): Rect {
  list.push(r);
  return r;
}

/**
 * Landscape unless the spec says otherwise; the frozen rows (title and column headers) repeat on every
 * page unless the spec names others. One page wide when the printed columns fit at 100 %, else a fixed
 * scale (the one that would fit, at least MIN_SCALE) with the frozen columns (or column A) repeated.
 */
function pageSetup(spec: SheetSpec, widths: Record<number, number>, printCols: number, usedCols: number, hidden: ReadonlySet<number>): PrintLayout {
  const titleRows = spec.print?.titleRows ?? (spec.freeze && spec.freeze.rows > 0 ? { first: 0, last: spec.freeze.rows - 1 } : undefined);
  const rows = spec.print?.rows;
  const area = spec.print?.area ?? (rows !== undefined ? { row: 0, col: 0, rows, cols: printCols } : printCols < usedCols ? { cols: printCols } : undefined);
  const first = spec.print?.area?.col ?? 0;
  let points = 0;
  for (let c = first; c < printCols; c++) if (!hidden.has(c)) points += columnWidthPoints(widths[c] ?? DEFAULT_COLUMN_WIDTH);
  const portrait = spec.print?.orientation === "portrait";
  const printable = portrait ? 595.3 - 72 : PRINTABLE_WIDTH_POINTS;
  const rowBreaks = [...new Set(spec.print?.breaksBefore ?? [])].filter((r) => r > 0).sort((a, b) => a - b);
  const base = { orientation: spec.print?.orientation ?? "landscape", titleRows, footer: "", area, order: "overThenDown", rowBreaks } as const;
  if (points <= printable) return { ...base, fit: { pagesWide: 1 } };
  const scale = Math.max(MIN_SCALE, Math.min(100, Math.floor((printable / points) * 100)));
  const frozen = spec.freeze?.cols ?? 0;
  const titleCols = spec.print?.titleCols ?? (frozen > 0 ? { first: 0, last: frozen - 1 } : { first: 0, last: 0 });
  let titleWidth = 0;
  for (let c = titleCols.first; c <= titleCols.last; c++) titleWidth += columnWidthPoints(widths[c] ?? DEFAULT_COLUMN_WIDTH);
  // Title columns wider than a third of the page would leave little room for the rest.
  const repeat = (titleWidth * scale) / 100 <= printable / 3;
  return { ...base, fit: { scale }, ...(repeat ? { titleCols } : {}) };
}
