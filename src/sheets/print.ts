// Print and layout rules shared by both writers (docs/domain.md §7): every generated sheet prints
// landscape on A4, one page wide, with its header rows repeated and a footer naming the sheet, the page
// and the day it was generated; rows with wrapped text get a height that shows the whole text, and a
// column is never narrower than the longest word of a wrapped cell in it (no "Starttidspu|nkt").
import { formatDate } from "../core";
import { STYLE_LOOKS } from "./styles";
import type { Rect, SheetSpec } from "./spec";

/** Excel's default column width in characters (Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 8.43;
/** Height in points of one line of Calibri 11, Excel's default row height. */
const LINE_POINTS = 15;
/** Wider columns than this are not made wider for a long word: the word breaks instead. */
const MAX_WORD_WIDTH = 40;

export interface PrintLayout {
  orientation: "landscape" | "portrait";
  /** 0-based rows repeated at the top of every printed page (inclusive), if any. */
  titleRows?: { first: number; last: number };
  /** Footer in Excel's header/footer codes (&A sheet name, &P page, &N pages). */
  footer: string;
}

/**
 * The page setup of a sheet: landscape unless the spec says otherwise; the rows the sheet freezes
 * (title and column headers) are the rows repeated on every page, unless the spec names others.
 */
export function printLayout(spec: SheetSpec, generatedOn: number): PrintLayout {
  const titleRows = spec.print?.titleRows ?? (spec.freeze && spec.freeze.rows > 0 ? { first: 0, last: spec.freeze.rows - 1 } : undefined);
  return {
    orientation: spec.print?.orientation ?? "landscape",
    titleRows,
    // "&&" is a literal ampersand in a footer; none of these texts has one.
    footer: `&L&A&CSide &P af &N&RDannet af Styringsark ${formatDate(generatedOn)}`,
  };
}

/** "$1:$5" for rows 0..4, as Excel's print titles and Office.js setPrintTitleRows want them. */
export function titleRowsA1(t: { first: number; last: number }): string {
  return `$${t.first + 1}:$${t.last + 1}`;
}

/** Characters of average Danish text that fit a column width (in digit widths) at a font size. */
function charsPerLine(width: number, size: number, bold: boolean): number {
  return Math.max(1, Math.floor(((width - 0.7) * 1.1 * 11) / size / (bold ? 1.08 : 1)));
}

/** Lines a text wraps into at `perLine` characters: greedy word wrap, long words broken. */
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
        // A word longer than a line: Excel breaks it across lines.
        count += line === 0 ? Math.ceil(word.length / perLine) - 1 : Math.ceil(word.length / perLine);
        line = word.length % perLine || perLine;
      }
    }
    lines += count;
  }
  return lines;
}

interface WrappedCell {
  row: number;
  col: number;
  text: string;
  size: number;
  bold: boolean;
}

/** The texts in wrapped cells, with their font size and weight. */
function wrappedCells(spec: SheetSpec): WrappedCell[] {
  const rules = spec.formats.filter((f) => f.wrap);
  if (rules.length === 0) return [];
  const inside = (r: Rect, row: number, col: number) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
  const out: WrappedCell[] = [];
  for (const b of spec.blocks) {
    if (b.kind !== "cells") continue;
    const touches = rules.some((f) => f.rect.row < b.row + b.cells.length && f.rect.row + f.rect.rows > b.row);
    if (!touches) continue;
    b.cells.forEach((cells, i) =>
      cells.forEach((cell, j) => {
        if (typeof cell !== "string" || cell === "") return;
        const row = b.row + i, col = b.col + j;
        if (!rules.some((f) => inside(f.rect, row, col))) return;
        let size = 11, bold = false;
        for (const f of spec.formats) {
          if (!inside(f.rect, row, col)) continue;
          const look = f.style ? STYLE_LOOKS[f.style] : undefined;
          if (look?.fontSize) size = look.fontSize;
          if (look?.bold || f.bold) bold = true;
        }
        out.push({ row, col, text: cell, size, bold });
      }),
    );
  }
  return out;
}

export interface SheetLayout {
  /** Column widths to write (the spec's, widened for long words in wrapped cells). */
  columnWidths: Record<number, number>;
  /** Row heights in points: the spec's, and for rows with wrapped text the height that shows all of it. */
  rowHeights: Record<number, number>;
}

/** Column widths and row heights both writers write, so nothing overlaps or is cut in Excel or LibreOffice. */
export function sheetLayout(spec: SheetSpec): SheetLayout {
  const columnWidths: Record<number, number> = { ...(spec.columnWidths ?? {}) };
  const widthOf = (c: number) => columnWidths[c] ?? DEFAULT_COLUMN_WIDTH;
  const merged = new Map<string, Rect>();
  for (const m of spec.merges ?? []) merged.set(`${m.row},${m.col}`, m);
  const cells = wrappedCells(spec);
  // Widen a single (unmerged) column to its longest word, so a word never breaks in the middle.
  for (const c of cells) {
    if (merged.has(`${c.row},${c.col}`)) continue;
    const longest = c.text.split(/\s+/).reduce((m, w) => (w.length > m ? w.length : m), 0);
    if (longest <= charsPerLine(widthOf(c.col), c.size, c.bold)) continue;
    let w = widthOf(c.col);
    while (w < MAX_WORD_WIDTH && charsPerLine(w, c.size, c.bold) < longest) w += 1;
    columnWidths[c.col] = w;
  }
  const rowHeights: Record<number, number> = {};
  for (const c of cells) {
    const m = merged.get(`${c.row},${c.col}`);
    let width = 0;
    for (let k = c.col; k < c.col + (m?.cols ?? 1); k++) width += widthOf(k);
    const lines = wrappedLines(c.text, charsPerLine(width, c.size, c.bold));
    if (lines <= 1) continue;
    // A merged block of several rows shares the height among them.
    const height = Math.ceil((lines * LINE_POINTS * c.size) / 11 / (m?.rows ?? 1)) + 2;
    for (let r = c.row; r < c.row + (m?.rows ?? 1); r++) rowHeights[r] = Math.max(rowHeights[r] ?? 0, height);
  }
  for (const [r, h] of Object.entries(spec.rowHeights ?? {})) rowHeights[Number(r)] = h;
  return { columnWidths, rowHeights };
}
