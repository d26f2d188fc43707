// A1 addressing and the formula shifting a fill block relies on.
import type { Rect } from "./spec";

export function colName(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based (row, col) → "B3". */
export function a1(row: number, col: number, absRow = false, absCol = false): string {
  return `${absCol ? "$" : ""}${colName(col)}${absRow ? "$" : ""}${row + 1}`;
}

/** Rect → "B3:D10" (or "B3" for one cell). */
export function rectA1(r: Rect): string {
  const tl = a1(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? tl : `${tl}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

export function rectAbs(r: Rect): string {
  const tl = a1(r.row, r.col, true, true);
  return r.rows === 1 && r.cols === 1 ? tl : `${tl}:${a1(r.row + r.rows - 1, r.col + r.cols - 1, true, true)}`;
}

export function rect(row: number, col: number, rows = 1, cols = 1): Rect {
  return { row, col, rows, cols };
}

/** Quoted sheet reference prefix: 'Disponering 2017'! */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

// A cell reference not preceded by a name character or a quote/dot, and not followed by "(" (a
// function such as LOG10) or more name characters.
const REF = /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(])/g;

/**
 * Moves the relative parts of every reference in an A1 formula by (dRow, dCol), as Excel does when
 * a formula is filled. String literals and quoted sheet names are left alone.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = findQuoteEnd(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    let j = i;
    while (j < formula.length && formula[j] !== '"' && formula[j] !== "'") j++;
    out += formula.slice(i, j).replace(REF, (_m, ac: string, c: string, ar: string, r: string) => {
      const col = ac ? c : colName(colIndex(c) + dCol);
      const row = ar ? r : String(Number(r) + dRow);
      return `${ac}${col}${ar}${row}`;
    });
    i = j;
  }
  return out;
}

function findQuoteEnd(s: string, start: number, q: string): number {
  let k = start + 1;
  while (k < s.length) {
    if (s[k] === q) {
      if (s[k + 1] === q) k += 2;
      else return k + 1;
    } else k++;
  }
  return s.length;
}

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], not starting/ending with '. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0) return "Arknavnet må ikke være tomt";
  if (name.length > 31) return `Arknavnet "${name}" er længere end 31 tegn`;
  if (/[:\\/?*[\]]/.test(name)) return `Arknavnet "${name}" indeholder et af tegnene : \\ / ? * [ ]`;
  if (name.startsWith("'") || name.endsWith("'")) return `Arknavnet "${name}" må ikke begynde eller slutte med '`;
  return null;
}
