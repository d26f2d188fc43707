// Floors shared by several suites (a file here, not in suites/, so run.ts does not load it as a suite).
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate } from "fflate";
import { OPEN_END } from "../../src/core";
import { a1, rectA1 } from "../../src/sheets/a1";
import type { SheetSpec } from "../../src/sheets/spec";

/** A stop-date cell as the floors read it: a day number, or open (OPEN_END) for a blank, "" or 0. */
const stopOf = (v: unknown) => (typeof v === "number" && v !== 0 ? v : OPEN_END);

/** The slot of a CPR number (DDMMYYSSSS) in an open-addressing table of `mask + 1` slots. */
const slotOf = (key: number, mask: number) => (Math.imul(Math.floor(key / 10000), 0x9e3779b1) ^ Math.imul(key % 10000, 0x85ebca6b)) & mask;

/**
 * The floor for SOC.HÅP over Excel's cells: the same work as ours by the tightest plain loop we could
 * write. One pass over the rows (a range reaches a custom function as rows of one cell): read start
 * and stop, leave a row outside [a, b] at once (as ours does), read the CPR text's digits into one
 * number by char codes, give it a person id through an open-addressing table on typed arrays that
 * grows with the persons (a table sized by the rows leaves the processor's cache at a million rows),
 * keep the clipped span as integers. Then bucket the spans by person (counting sort), order each
 * person's few spans by start and merge them. What it leaves out is only checking: every cell (a
 * text date, a masked CPR, a header row, stop before start), the CPR of a row outside the period, and
 * the spellings that are no CPR at all (a name as its own person).
 */
export function haapCellsFloor(start: unknown[][], stop: unknown[][], cpr: unknown[][], a: number, b: number): number {
  const n = start.length;
  const person = new Int32Array(n), lo = new Int32Array(n), hi = new Int32Array(n);
  let size = 1024, mask = size - 1, persons = 0, m = 0;
  let table = new Float64Array(size).fill(-1), ids = new Int32Array(size);
  for (let i = 0; i < n; i++) {
    const s = start[i][0] as number, e = stopOf(stop[i][0]);
    if (e < a || s > b) continue;
    const t = cpr[i][0] as string;
    let key = 0;
    for (let k = 0; k < t.length; k++) {
      const d = t.charCodeAt(k) - 48;
      if (d >= 0 && d <= 9) key = key * 10 + d;
    }
    let slot = slotOf(key, mask);
    while (table[slot] !== -1 && table[slot] !== key) slot = (slot + 1) & mask;
    if (table[slot] === key) person[m] = ids[slot];
    else {
      table[slot] = key;
      ids[slot] = persons;
      person[m] = persons++;
      if (persons * 2 > size) {
        // At most half full: rehash into twice the size.
        const oldTable = table, oldIds = ids;
        size <<= 1;
        mask = size - 1;
        table = new Float64Array(size).fill(-1);
        ids = new Int32Array(size);
        for (let j = 0; j < oldTable.length; j++) {
          if (oldTable[j] === -1) continue;
          let sl = slotOf(oldTable[j], mask);
          while (table[sl] !== -1) sl = (sl + 1) & mask;
          table[sl] = oldTable[j];
          ids[sl] = oldIds[j];
        }
      }
    }
    lo[m] = s > a ? s : a;
    hi[m++] = e < b ? e : b;
  }
  const first = new Int32Array(persons + 1);
  for (let k = 0; k < m; k++) first[person[k] + 1]++;
  for (let p = 0; p < persons; p++) first[p + 1] += first[p];
  const next = first.slice(0, persons);
  const order = new Int32Array(m);
  for (let k = 0; k < m; k++) order[next[person[k]]++] = k;
  let days = 0;
  for (let p = 0; p < persons; p++) {
    const from = first[p], to = first[p + 1];
    if (to - from === 1) {
      days += hi[order[from]] - lo[order[from]] + 1;
      continue;
    }
    for (let i = from + 1; i < to; i++) {
      const k = order[i];
      let j = i - 1;
      while (j >= from && lo[order[j]] > lo[k]) order[j + 1] = order[j--];
      order[j + 1] = k;
    }
    let cs = lo[order[from]], ce = hi[order[from]];
    for (let i = from + 1; i < to; i++) {
      const k = order[i];
      if (lo[k] <= ce + 1) {
        if (hi[k] > ce) ce = hi[k];
      } else {
        days += ce - cs + 1;
        cs = lo[k];
        ce = hi[k];
      }
    }
    days += ce - cs + 1;
  }
  return days / (b - a + 1);
}

/**
 * The floor for SOC.DISPONERET over Excel's cells (monthly rates): read each row's takst, start and
 * stop cell, skip a case outside [first[0], last[11]] at once, and sum takst × overlap days ÷ days
 * in month over only the months the case touches (month[d] is the month of day first[0] + d). What
 * it leaves out: the checks of every cell (a text date or amount, a negative takst, a header row)
 * and units other than måned.
 */
export function disposedCellsFloor(
  takst: unknown[][], start: unknown[][], stop: unknown[][],
  months: { first: Float64Array; last: Float64Array; len: Float64Array; month: Uint8Array },
): number {
  const { first, last, len, month } = months;
  const a = first[0], b = last[last.length - 1];
  let total = 0;
  for (let i = 0; i < takst.length; i++) {
    const s0 = Math.max(start[i][0] as number, a);
    const e0 = Math.min(stopOf(stop[i][0]), b);
    if (e0 < s0) continue;
    const t = takst[i][0] as number;
    for (let m = month[s0 - a]; m <= month[e0 - a]; m++) {
      const s = s0 > first[m] ? s0 : first[m];
      const e = e0 < last[m] ? e0 : last[m];
      total += (t * (e - s + 1)) / len[m];
    }
  }
  return total;
}

/**
 * The floor for the .xlsx writer: the same cells (values, formulas, one shared formula per filled
 * rectangle, texts as shared strings, a style index per cell from the format rectangles) as sheet XML
 * by string concatenation, deflated as it is written in pieces of ~64 K characters by the same
 * fflate streaming Zip at the same level as the writer (one string of a whole sheet, zipped at the
 * end with zipSync, made the floor slower than the writer once that streamed: 0,55×). What it leaves out is what
 * is not per cell: merging the format rules into distinct styles (the last rule wins here), print
 * layout, column widths, row heights, validations and defined names.
 */
export function xlsxFloor(specs: readonly SheetSpec[]): Uint8Array {
  const strings = new Map<string, number>();
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  /** A part deflated as it is written (fflate's streaming Zip, level 6, as the writer does). */
  const part = (name: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    return file;
  };
  let styleCount = 1;
  specs.forEach((spec, i) => {
    let rows = 1, cols = 1;
    const see = (r: number, c: number, h: number, w: number) => {
      if (r + h > rows) rows = r + h;
      if (c + w > cols) cols = c + w;
    };
    for (const b of spec.blocks) {
      if (b.kind === "cells") see(b.row, b.col, b.cells.length, b.cells.reduce((m, r) => Math.max(m, r.length), 1));
      else see(b.rect.row, b.rect.col, b.rect.rows, b.rect.cols);
    }
    for (const f of spec.formats) see(f.rect.row, f.rect.col, f.rect.rows, f.rect.cols);
    // Per cell: 0 empty, 1 value, 2 formula, 3 shared-formula master, 4 shared-formula follower.
    const kind = new Uint8Array(rows * cols);
    const value: unknown[] = new Array(rows * cols);
    const shared = new Int32Array(rows * cols);
    let si = 0;
    for (const b of spec.blocks) {
      if (b.kind === "cells") {
        for (let r = 0; r < b.cells.length; r++) {
          const line = b.cells[r];
          for (let c = 0; c < line.length; c++) {
            const x = line[c], at = (b.row + r) * cols + b.col + c;
            if (x === null) kind[at] = 0;
            else if (typeof x === "object") {
              kind[at] = 2;
              value[at] = x.f;
            } else {
              kind[at] = 1;
              value[at] = x;
            }
          }
        }
      } else if (b.rect.rows * b.rect.cols === 1) {
        kind[b.rect.row * cols + b.rect.col] = 2;
        value[b.rect.row * cols + b.rect.col] = b.formula;
      } else {
        const { row, col, rows: h, cols: w } = b.rect;
        for (let r = row; r < row + h; r++) {
          kind.fill(4, r * cols + col, r * cols + col + w);
          shared.fill(si, r * cols + col, r * cols + col + w);
        }
        kind[row * cols + col] = 3;
        value[row * cols + col] = [b.formula, rectA1(b.rect)];
        si++;
      }
    }
    const style = new Int32Array(rows * cols);
    for (const rule of spec.formats) {
      const id = styleCount++;
      const { row, col, rows: h, cols: w } = rule.rect;
      for (let r = row; r < row + h; r++) style.fill(id, r * cols + col, r * cols + col + w);
    }
    const colNames = Array.from({ length: cols }, (_, c) => a1(0, c).slice(0, -1));
    const sheet = part(`xl/worksheets/sheet${i + 1}.xml`);
    let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}"><sheetData>`;
    for (let r = 0; r < rows; r++) {
      let line = "";
      for (let c = 0; c < cols; c++) {
        const at = r * cols + c, k = kind[at], s = style[at];
        if (k === 0 && s === 0) continue;
        const head = `<c r="${colNames[c]}${r + 1}"${s ? ` s="${s}"` : ""}`;
        const v = value[at];
        if (k === 0) line += `${head}/>`;
        else if (k === 2) line += `${head}><f>${xmlText(v as string)}</f></c>`;
        else if (k === 3) line += `${head}><f t="shared" ref="${(v as string[])[1]}" si="${shared[at]}">${xmlText((v as string[])[0])}</f></c>`;
        else if (k === 4) line += `${head}><f t="shared" si="${shared[at]}"/></c>`;
        else if (typeof v === "number") line += `${head}><v>${v}</v></c>`;
        else if (typeof v === "boolean") line += `${head} t="b"><v>${v ? 1 : 0}</v></c>`;
        else {
          let id = strings.get(v as string);
          if (id === undefined) strings.set(v as string, (id = strings.size));
          line += `${head} t="s"><v>${id}</v></c>`;
        }
      }
      if (line) out += `<row r="${r + 1}">${line}</row>`;
      if (out.length > 65536) {
        sheet.push(strToU8(out));
        out = "";
      }
    }
    sheet.push(strToU8(`${out}</sheetData></worksheet>`), true);
  });
  const items: string[] = [];
  for (const s of strings.keys()) items.push(`<si><t xml:space="preserve">${xmlText(s)}</t></si>`);
  part("xl/sharedStrings.xml").push(strToU8(`<sst xmlns="${NS}" uniqueCount="${strings.size}">${items.join("")}</sst>`), true);
  part("xl/styles.xml").push(strToU8(`<styleSheet xmlns="${NS}"><cellXfs count="${styleCount}">${"<xf/>".repeat(styleCount)}</cellXfs></styleSheet>`), true);
  part("xl/workbook.xml").push(strToU8(`<workbook xmlns="${NS}"><sheets>${specs.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}"/>`).join("")}</sheets></workbook>`), true);
  zip.end();
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function xmlText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** What a writer put in an .xlsx, counted: cells, formulas and distinct shared strings of every sheet. */
export function xlsxCounts(bytes: Uint8Array): { cells: number; formulas: number; strings: number } {
  const files = unzipSync(bytes);
  let cells = 0, formulas = 0;
  for (const [name, data] of Object.entries(files)) {
    if (!name.startsWith("xl/worksheets/sheet")) continue;
    const xml = strFromU8(data);
    cells += xml.split("<c r=").length - 1;
    formulas += (xml.match(/<f[ >]/g) ?? []).length;
  }
  const sst = strFromU8(files["xl/sharedStrings.xml"]);
  return { cells, formulas, strings: sst.split("<si>").length - 1 };
}
