// Writes sheet descriptions as an .xlsx (Office Open XML) file. Hand-written XML rather than a
// general spreadsheet library: ExcelJS needed ~4,5 s to serialise a 20.000-row disponeringsark,
// over the 5 s budget with building included; emitting the few parts we use is ~10× faster.
// Reading back (tests) uses ExcelJS, so writer and reader are independent implementations.
import { strToU8, Zip, ZipDeflate } from "fflate";
import { withSizesInHeaders } from "./zipHeaders";
import { finish, endsStep } from "../core";
import { a1, rectA1, rectAbs, sheetRef } from "../sheets";
import { STYLE_LOOKS } from "../sheets";
import { widest } from "../sheets";
import { specProblemsInSteps } from "../sheets";
import { colsA1, printLayout, sheetLayoutInSteps, titleRowsA1, type PrintLayout } from "../sheets";
import type { Cell, DataValidation, FormatRule, SheetSpec } from "../sheets";

// ---------------------------------------------------------------------------------------------
// Styles: each cell carries the merge of every format rule covering it, interned as an id.

interface StylePartial {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  borderTop?: boolean;
  wrap?: boolean;
  unlocked?: boolean;
}

function partialOf(rule: FormatRule): StylePartial {
  const look = rule.style ? STYLE_LOOKS[rule.style] : undefined;
  const p: StylePartial = {};
  if (rule.numberFormat) p.numFmt = rule.numberFormat;
  if (look?.bold || rule.bold) p.bold = true;
  if (look?.italic) p.italic = true;
  if (look?.fontSize) p.size = look.fontSize;
  if (look?.fontColor) p.color = look.fontColor;
  if (look?.fill) p.fill = look.fill;
  if (look?.borderTop) p.borderTop = true;
  if (rule.wrap) p.wrap = true;
  if (look?.unlocked) p.unlocked = true;
  return p;
}

class StyleTable {
  readonly partials: StylePartial[] = [{}];
  private byKey = new Map<string, number>([["{}", 0]]);
  private mergeMemo = new Map<number, number>();

  intern(p: StylePartial): number {
    const key = JSON.stringify(p, Object.keys(p).sort());
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.partials.length;
      this.partials.push(p);
      this.byKey.set(key, id);
    }
    return id;
  }

  /** Style id of `base` with `rule` laid on top (later rules win). */
  merge(base: number, rule: number): number {
    const memoKey = base * 65536 + rule;
    let id = this.mergeMemo.get(memoKey);
    if (id === undefined) {
      id = this.intern({ ...this.partials[base], ...this.partials[rule] });
      this.mergeMemo.set(memoKey, id);
    }
    return id;
  }
}

/** The workbook-wide styles.xml, built from the partials actually used. */
class StylesXml {
  private numFmts = new Map<string, number>();
  private fonts: string[] = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];
  private fills: string[] = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private borders: string[] = ["<border><left/><right/><top/><bottom/><diagonal/></border>"];
  private xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private xfByKey = new Map<string, number>([["{}", 0]]);

  private index(list: string[], xml: string): number {
    const i = list.indexOf(xml);
    if (i >= 0) return i;
    list.push(xml);
    return list.length - 1;
  }

  xfFor(p: StylePartial): number {
    const key = JSON.stringify(p, Object.keys(p).sort());
    const known = this.xfByKey.get(key);
    if (known !== undefined) return known;
    let numFmtId = 0;
    if (p.numFmt) {
      numFmtId = BUILTIN_FORMATS[p.numFmt] ?? this.numFmts.get(p.numFmt) ?? 164 + this.numFmts.size;
      if (BUILTIN_FORMATS[p.numFmt] === undefined) this.numFmts.set(p.numFmt, numFmtId);
    }
    const fontId = this.index(
      this.fonts,
      `<font>${p.bold ? "<b/>" : ""}${p.italic ? "<i/>" : ""}<sz val="${p.size ?? 11}"/>${p.color ? `<color rgb="${argb(p.color)}"/>` : ""}<name val="Calibri"/><family val="2"/></font>`,
    );
    const fillId = p.fill
      ? this.index(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${argb(p.fill)}"/><bgColor indexed="64"/></patternFill></fill>`)
      : 0;
    const borderId = p.borderTop
      ? this.index(this.borders, '<border><left/><right/><top style="thin"><color auto="1"/></top><bottom/><diagonal/></border>')
      : 0;
    const alignment = p.wrap ? '<alignment wrapText="1" vertical="top"/>' : "";
    const protection = p.unlocked ? '<protection locked="0"/>' : "";
    const applies = `${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}${fillId ? ' applyFill="1"' : ""}${borderId ? ' applyBorder="1"' : ""}${alignment ? ' applyAlignment="1"' : ""}${protection ? ' applyProtection="1"' : ""}`;
    const inner = alignment + protection;
    this.xfs.push(`<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}${inner ? `>${inner}</xf>` : "/>"}`);
    const id = this.xfs.length - 1;
    this.xfByKey.set(key, id);
    return id;
  }

  xml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`);
    return (
      XML_HEAD +
      `<styleSheet xmlns="${NS_MAIN}">` +
      (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : "") +
      `<fonts count="${this.fonts.length}">${this.fonts.join("")}</fonts>` +
      `<fills count="${this.fills.length}">${this.fills.join("")}</fills>` +
      `<borders count="${this.borders.length}">${this.borders.join("")}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      "</styleSheet>"
    );
  }
}

const BUILTIN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10 };

// ---------------------------------------------------------------------------------------------
// XML helpers

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

// Characters XML 1.0 cannot carry at all are dropped (they can arrive from pasted user data).
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
function esc(s: string): string {
  return s.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

class SharedStrings {
  private index = new Map<string, number>();
  private list: string[] = [];
  count = 0;
  id(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
  /** sharedStrings.xml into `out`, with a pause every ITEMS_PER_STEP strings (a report of 20.000 pseudonyms has as many). */
  *xmlInSteps(out: PartWriter): Generator<void, void> {
    out.write(`${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.list.length}">`);
    for (let i = 0; i < this.list.length; i++) {
      if (endsStep(i)) yield;
      if (out.write(`<si><t xml:space="preserve">${esc(this.list[i])}</t></si>`)) yield;
    }
    out.write("</sst>");
  }
}

// ---------------------------------------------------------------------------------------------
// The zip, written as the parts are: each part's text is compressed in pieces as it comes (fflate's
// streaming Zip), so no step of the writer compresses more than a piece. The streaming form puts
// each part's sizes and checksum after its data (a data descriptor, ZIP's general-purpose flag bit 3);
// once the archive is complete, withSizesInHeaders (zipHeaders.ts) lays it out as a non-streaming
// writer does, sizes in the local headers and no descriptors, so readers that walk the local headers
// in order take it too.

/** Text collected for a part and handed to its compressor once PIECE_CHARS have gathered. */
const PIECE_CHARS = 32768;

/** One part of the package being written: text in, compressed bytes out to the zip. */
interface PartWriter {
  /** Adds text; true when a piece was just compressed (a good moment to pause). */
  write(text: string): boolean;
}

class XlsxZip {
  constructor(private readonly level: 0 | 6) {}
  private chunks: Uint8Array[] = [];
  private failure: Error | null = null;
  private zip = new Zip((err, data) => {
    if (err) this.failure = err;
    else this.chunks.push(data);
  });

  /** Adds the part `name`, written by `write` (which may pause); parts go into the archive one after another. */
  *part(name: string, write: (out: PartWriter) => Generator<void, void>): Generator<void, void> {
    const file = new ZipDeflate(name, { level: this.level });
    this.zip.add(file);
    let pending: string[] = [];
    let length = 0;
    const flush = (final: boolean) => {
      file.push(strToU8(pending.join("")), final);
      pending = [];
      length = 0;
    };
    yield* write({
      write(text: string) {
        pending.push(text);
        length += text.length;
        if (length < PIECE_CHARS) return false;
        flush(false);
        return true;
      },
    });
    flush(true);
    this.check();
  }

  /** A small part written at once. */
  *text(name: string, xml: string): Generator<void, void> {
    yield* this.part(name, function* (out) {
      out.write(xml);
    });
  }

  /** The finished archive. */
  bytes(): Uint8Array {
    this.zip.end();
    this.check();
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    // Sizes moved from the data descriptors into the local headers (zipHeaders.ts): any zip reader takes it.
    return withSizesInHeaders(out);
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}

// ---------------------------------------------------------------------------------------------
// One worksheet

/** Content of one cell as the writer sees it. */
/** The result a formula cell shows before anything recalculates (Protected View, previews). */
export type CachedValue = number | string | boolean | { error: string };
/** The cached result of the formula at (sheet index, 0-based row, col), if known. */
export type CachedValues = (sheet: number, row: number, col: number) => CachedValue | undefined;

export interface XlsxOptions {
  /** Results to store with the formulas (`<v>`); docs/domain.md §7 "A file that shows its numbers". */
  cachedValues?: CachedValues;
  /** Day number printed in every sheet's footer as the generation date; today when not given. */
  generatedOn?: number;
  /**
   * Deflate level of the parts: 6 (the default) compresses them; 0 stores them as they are, for
   * tests that read the file straight back and would only pay for compressing and inflating it.
   */
  deflateLevel?: 0 | 6;
}

/** Today as a day number (days since 1899-12-30, as the rest of the code counts). */
function today(): number {
  const now = new Date();
  return Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86400000) + 25569;
}

/**
 * A finite number as `<v>` text: the shortest form that reads back as the same double (JavaScript's
 * number-to-string, up to 17 significant digits, "1e+21" for the large ones), never rounded to fewer
 * digits — a check comparing two numbers of the file must see the same numbers (docs/domain.md §3).
 */
function numberText(v: number): string {
  return String(v);
}

const EXCEL_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

/** The `t` attribute and `<v>` of a formula's cached result. */
function cachedXml(v: CachedValue | undefined): { t: string; v: string } {
  if (v === undefined) return { t: "", v: "" };
  if (typeof v === "number") return Number.isFinite(v) ? { t: "", v: `<v>${numberText(v)}</v>` } : { t: ' t="e"', v: "<v>#NUM!</v>" };
  if (typeof v === "boolean") return { t: ' t="b"', v: `<v>${v ? 1 : 0}</v>` };
  if (typeof v === "string") return { t: ' t="str"', v: `<v>${esc(v.slice(0, 32767))}</v>` };
  // An engine-specific error (HyperFormula's #CYCLE!, #ERROR!) is not an Excel error code.
  return { t: ' t="e"', v: `<v>${EXCEL_ERRORS.has(v.error) ? v.error : "#VALUE!"}</v>` };
}

/** A shared formula's cell: the first carries the formula and its range, the others only its index. */
interface SharedCell {
  si: number;
  f?: string;
  ref?: string;
}

/**
 * A cell's content: the spec's own value or formula object (not wrapped: an object per cell of a
 * 20.000-row report was garbage whose collections lengthened the pane's tasks), or a shared formula's.
 */
type Content = string | number | boolean | { f: string } | SharedCell;
const isShared = (x: object): x is SharedCell => "si" in x;

function extent(spec: SheetSpec): { rows: number; cols: number } {
  let rows = 1, cols = 1;
  const see = (r: number, c: number, h: number, w: number) => {
    rows = Math.max(rows, r + h);
    cols = Math.max(cols, c + w);
  };
  for (const b of spec.blocks) {
    if (b.kind === "cells") see(b.row, b.col, b.cells.length, widest(b.cells, 1));
    else see(b.rect.row, b.rect.col, b.rect.rows, b.rect.cols);
  }
  for (const f of spec.formats) see(f.rect.row, f.rect.col, f.rect.rows, f.rect.cols);
  return { rows, cols };
}

/** A number rule of `type` between both bounds, or at least / at most one. */
function numberRuleXml(type: "decimal" | "whole", { min, max }: { min?: number; max?: number }, base: string): string {
  if (min !== undefined && max !== undefined) {
    return `<dataValidation type="${type}" operator="between" ${base}><formula1>${numberText(min)}</formula1><formula2>${numberText(max)}</formula2></dataValidation>`;
  }
  if (min !== undefined) return `<dataValidation type="${type}" operator="greaterThanOrEqual" ${base}><formula1>${numberText(min)}</formula1></dataValidation>`;
  return `<dataValidation type="${type}" operator="lessThanOrEqual" ${base}><formula1>${numberText(max ?? 0)}</formula1></dataValidation>`;
}

function validationXml(v: DataValidation): string {
  const base = `allowBlank="1" showErrorMessage="1" errorTitle="Styringsark" error="${esc(v.error)}" sqref="${rectA1(v.rect)}"`;
  switch (v.rule.type) {
    case "list":
      return `<dataValidation type="list" ${base}><formula1>"${esc(v.rule.values.join(","))}"</formula1></dataValidation>`;
    case "decimal":
      return numberRuleXml("decimal", v.rule, base);
    case "wholeNumber":
      // OOXML's ST_DataValidationType calls a whole number "whole" (ECMA-376 Part 1, §18.18.21).
      return numberRuleXml("whole", v.rule, base);
    case "date":
      return `<dataValidation type="date" operator="greaterThan" ${base}><formula1>1</formula1></dataValidation>`;
    case "text":
      // A custom rule's formula is relative to the top-left cell of the range.
      return `<dataValidation type="custom" ${base}><formula1>ISTEXT(${a1(v.rect.row, v.rect.col)})</formula1></dataValidation>`;
  }
}

/** Rows of a worksheet's XML written between two pauses: a few ms each, text and compression. */
const ROWS_PER_STEP = 200;

/** One worksheet's XML into `out`, with a pause every few hundred rows (cells, styles and the rows' XML). */
function* sheetXmlInSteps(
  spec: SheetSpec, strings: SharedStrings, styles: StylesXml, cachedAt: (row: number, col: number) => CachedValue | undefined, generatedOn: number,
  out: PartWriter,
): Generator<void, void> {
  const { rows, cols } = extent(spec);
  const layout = yield* sheetLayoutInSteps(spec);
  const page = printLayout(spec, generatedOn);
  // Cell contents, row-major; undefined = empty.
  const content: (Content | undefined)[][] = new Array(rows);
  const rowOf = (r: number) => (content[r] ??= new Array<Content | undefined>(cols));
  let sharedIndex = 0;
  for (const b of spec.blocks) {
    if (b.kind === "cells") {
      for (let i = 0; i < b.cells.length; i++) {
        if (endsStep(i)) yield;
        const row = rowOf(b.row + i);
        b.cells[i].forEach((c: Cell, j) => {
          row[b.col + j] = c === null ? undefined : c;
        });
      }
    } else {
      const { rect, formula } = b;
      if (rect.rows * rect.cols === 1) {
        rowOf(rect.row)[rect.col] = { f: formula };
        continue;
      }
      const si = sharedIndex++;
      const other: SharedCell = { si };
      for (let r = rect.row; r < rect.row + rect.rows; r++) {
        if (endsStep(r)) yield;
        const row = rowOf(r);
        for (let c = rect.col; c < rect.col + rect.cols; c++) row[c] = other;
      }
      content[rect.row]![rect.col] = { si, f: formula, ref: rectA1(rect) };
    }
  }
  // Styles: one interned partial id per cell; the layout's wrapped texts on top (sheets/print.ts).
  const table = new StyleTable();
  const cellStyle = new Int32Array(rows * cols);
  for (const rule of [...spec.formats, ...layout.wraps.map((rect) => ({ rect, wrap: true }))]) {
    const ruleId = table.intern(partialOf(rule));
    const { row, col, rows: h, cols: w } = rule.rect;
    for (let r = row; r < row + h; r++) {
      if (endsStep(r)) yield;
      const base = r * cols;
      for (let c = col; c < col + w; c++) cellStyle[base + c] = table.merge(cellStyle[base + c], ruleId);
    }
  }
  const xfOf = table.partials.map((p) => styles.xfFor(p));

  out.write(`${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">`);
  // fitToPage: the pageSetup's fitToWidth/fitToHeight apply (one page wide, as many tall as needed);
  // without it the pageSetup's scale does.
  const fits = "pagesWide" in page.fit;
  out.write(`<sheetPr>${spec.tabColor ? `<tabColor rgb="${argb(spec.tabColor)}"/>` : ""}${fits ? '<pageSetUpPr fitToPage="1"/>' : ""}</sheetPr>`);
  out.write(`<dimension ref="A1:${a1(rows - 1, cols - 1)}"/>`);
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)) {
    const { rows: fr, cols: fc } = spec.freeze;
    const pane = fr > 0 && fc > 0 ? "bottomRight" : fr > 0 ? "bottomLeft" : "topRight";
    out.write(
      `<sheetViews><sheetView workbookViewId="0"><pane${fc ? ` xSplit="${fc}"` : ""}${fr ? ` ySplit="${fr}"` : ""} topLeftCell="${a1(fr, fc)}" activePane="${pane}" state="frozen"/></sheetView></sheetViews>`,
    );
  } else out.write('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  out.write('<sheetFormatPr defaultRowHeight="15"/>');
  // Hidden columns (the record of what was written into the input cells) get <col hidden="1">.
  const hiddenCols = new Set(spec.hiddenCols ?? []);
  const colsOut = new Map<number, number | null>(Object.entries(layout.columnWidths).map(([c, w]) => [Number(c), w]));
  for (const c of hiddenCols) if (!colsOut.has(c)) colsOut.set(c, null);
  const widths = [...colsOut].sort((x, y) => x[0] - y[0]);
  const colXml = ([c, w]: readonly [number, number | null]) =>
    `<col min="${c + 1}" max="${c + 1}"${w === null ? ' width="9.140625"' : ` width="${w}" customWidth="1"`}${hiddenCols.has(c) ? ' hidden="1"' : ""}/>`;
  if (widths.length) out.write(`<cols>${widths.map(colXml).join("")}</cols>`);
  out.write("<sheetData>");
  const colNames: string[] = [];
  for (let c = 0; c < cols; c++) colNames.push(a1(0, c).replace(/\d+$/, ""));
  for (let r = 0; r < rows; r++) {
    if (r % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    const row = content[r];
    const base = r * cols;
    let cellsXml = "";
    for (let c = 0; c < cols; c++) {
      const x = row?.[c];
      const s = xfOf[cellStyle[base + c]];
      if (x === undefined && s === 0) continue;
      const ref = `${colNames[c]}${r + 1}`;
      const sAttr = s ? ` s="${s}"` : "";
      if (x === undefined) cellsXml += `<c r="${ref}"${sAttr}/>`;
      else if (typeof x === "object" && isShared(x)) {
        const v = cachedXml(cachedAt(r, c));
        cellsXml += x.f !== undefined
          ? `<c r="${ref}"${sAttr}${v.t}><f t="shared" ref="${x.ref}" si="${x.si}">${esc(x.f)}</f>${v.v}</c>`
          : `<c r="${ref}"${sAttr}${v.t}><f t="shared" si="${x.si}"/>${v.v}</c>`;
      } else if (typeof x === "object") {
        const v = cachedXml(cachedAt(r, c));
        cellsXml += `<c r="${ref}"${sAttr}${v.t}><f>${esc(x.f)}</f>${v.v}</c>`;
      } else if (typeof x === "number") {
        cellsXml += Number.isFinite(x) ? `<c r="${ref}"${sAttr}><v>${numberText(x)}</v></c>` : `<c r="${ref}"${sAttr} t="e"><v>#NUM!</v></c>`;
      } else if (typeof x === "boolean") cellsXml += `<c r="${ref}"${sAttr} t="b"><v>${x ? 1 : 0}</v></c>`;
      else cellsXml += `<c r="${ref}"${sAttr} t="s"><v>${strings.id(x.slice(0, 32767))}</v></c>`;
    }
    const height = layout.rowHeights[r];
    const ht = height !== undefined ? ` ht="${height}" customHeight="1"` : "";
    if ((cellsXml || ht) && out.write(`<row r="${r + 1}"${ht}>${cellsXml}</row>`)) yield;
  }
  out.write("</sheetData>");
  if (spec.protect) {
    out.write('<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>');
  }
  const merges = layout.merges;
  if (merges.length) out.write(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rectA1(m)}"/>`).join("")}</mergeCells>`);
  const validations = spec.validations ?? [];
  if (validations.length) out.write(`<dataValidations count="${validations.length}">${validations.map(validationXml).join("")}</dataValidations>`);
  out.write('<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.75" header="0.3" footer="0.3"/>');
  out.write(pageSetupXml(page));
  out.write(`<headerFooter><oddFooter>${esc(page.footer)}</oddFooter></headerFooter>`);
  // A manual break above 0-based row `id` (ECMA-376 §18.3.1.74 rowBreaks, brk: "breaks occur above the specified row").
  if (page.rowBreaks.length) {
    out.write(`<rowBreaks count="${page.rowBreaks.length}" manualBreakCount="${page.rowBreaks.length}">${page.rowBreaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("")}</rowBreaks>`);
  }
  out.write("</worksheet>");
}

/** A4 (paperSize 9); fitToHeight 0 = as many pages tall as the rows need; or a fixed scale, pages across first. */
function pageSetupXml(page: PrintLayout): string {
  const fit = "pagesWide" in page.fit ? ` fitToWidth="${page.fit.pagesWide}" fitToHeight="0"` : ` scale="${page.fit.scale}" pageOrder="${page.order}"`;
  return `<pageSetup paperSize="9"${fit} orientation="${page.orientation}"/>`;
}

/** The sheet's print titles and print area as Excel's built-in names. */
function printNames(spec: SheetSpec, i: number): string[] {
  const page = printLayout(spec, 0);
  const ref = sheetRef(spec.name);
  const out: string[] = [];
  // Rows (and columns) repeated on every printed page are Excel's built-in name _xlnm.Print_Titles.
  const titles = [page.titleCols ? ref + colsA1(page.titleCols) : "", page.titleRows ? ref + titleRowsA1(page.titleRows) : ""].filter((t) => t);
  if (titles.length) out.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${esc(titles.join(","))}</definedName>`);
  const area = page.area;
  if (area) {
    const a = "row" in area ? rectAbs(area) : colsA1({ first: 0, last: area.cols - 1 });
    out.push(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${esc(ref + a)}</definedName>`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The package

/** Writes sheet descriptions to an .xlsx buffer; sheets appear in the given order. */
export async function writeXlsxBuffer(specs: readonly SheetSpec[], options: XlsxOptions = {}): Promise<Buffer> {
  return Buffer.from(await writeXlsxBytes(specs, options));
}

/** The .xlsx file as bytes, without Node's Buffer: what the task pane hands to Excel (Del som fil). */
export async function writeXlsxBytes(specs: readonly SheetSpec[], options: XlsxOptions = {}): Promise<Uint8Array> {
  return finish(writeXlsxInSteps(specs, options));
}

/**
 * `writeXlsxBytes` in steps: a pause every few hundred rows while the limits are checked, the layout
 * computed and each sheet's XML written and compressed (the task pane's Del som fil writes a report
 * of 20.000 rows or more without a long task).
 */
export function* writeXlsxInSteps(specs: readonly SheetSpec[], options: XlsxOptions = {}): Generator<void, Uint8Array> {
  // The same limits as the Office writer, before anything is built (Danish, one line each).
  let problems: string[] = [];
  for (const spec of specs) problems = problems.concat(yield* specProblemsInSteps(spec));
  if (problems.length > 0) throw new Error(problems.join("\n"));
  const strings = new SharedStrings();
  const styles = new StylesXml();
  const zip = new XlsxZip(options.deflateLevel ?? 6);
  const n = specs.length;
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  // [Content_Types].xml must come first in the archive for some readers.
  yield* zip.text(
    "[Content_Types].xml",
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
      specs.map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.worksheet+xml"/>`).join("") +
      `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/>` +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
  );
  const generatedOn = options.generatedOn ?? today();
  for (const [i, spec] of specs.entries()) {
    const cachedAt = (row: number, col: number) => options.cachedValues?.(i, row, col);
    yield* zip.part(`xl/worksheets/sheet${i + 1}.xml`, (out) => sheetXmlInSteps(spec, strings, styles, cachedAt, generatedOn, out));
  }
  const names = specs.flatMap((spec, i) => {
    const own = (spec.names ?? []).map((n) =>
      `<definedName name="${esc(n.name)}"${n.workbook ? "" : ` localSheetId="${i}"`}>${esc(sheetRef(spec.name) + rectAbs(n.rect))}</definedName>`,
    );
    return own.concat(printNames(spec, i));
  });
  yield* zip.text(
    "xl/workbook.xml",
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><workbookPr/><bookViews><workbookView/></bookViews><sheets>` +
      specs.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      `</sheets>${names.length ? `<definedNames>${names.join("")}</definedNames>` : ""}` +
      // Cached results (when given) are what a viewer shows; Excel and LibreOffice still recalculate on open.
      '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>',
  );
  yield* zip.text(
    "xl/_rels/workbook.xml.rels",
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
      specs.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
      `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  yield* zip.text("xl/styles.xml", styles.xml());
  yield* zip.part("xl/sharedStrings.xml", (out) => strings.xmlInSteps(out));
  yield* zip.text(
    "docProps/app.xml",
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Styringsark</Application></Properties>`,
  );
  yield* zip.text(
    "_rels/.rels",
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  );
  return zip.bytes();
}
