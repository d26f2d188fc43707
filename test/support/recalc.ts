// The independent formula check (docs/architecture.md "Tests"): an .xlsx written by our adapter is read back with
// ExcelJS and every formula is recalculated by HyperFormula, so tests compare what the native
// formulas compute with what src/core computes.
import ExcelJS from "exceljs";
import { DetailedCellError, HyperFormula, type RawCellContent, type SerializedNamedExpression } from "hyperformula";
import JSZip from "jszip";
import type { SheetSpec } from "../../src/sheets/spec";
import { writeXlsxBuffer, type XlsxOptions } from "../../src/xlsx";
import { withLazyIf } from "./hfLazyIf";
import { buildFromSheetsMemoized } from "./hfParseMemo";

export interface Recalculated {
  hf: HyperFormula;
  sheetNames: string[];
  /** Value of a cell by sheet name and A1 address (or 0-based row/col). */
  value(sheet: string, address: string): unknown;
  at(sheet: string, row: number, col: number): unknown;
  /** Number at a cell; throws with the cell's content if it is not a number. */
  num(sheet: string, address: string): number;
  /** Error value at a cell as Excel shows it ("#N/A", "#DIV/0!", "#NAME?" …); throws if the cell is not an error. */
  error(sheet: string, address: string): string;
  /** Value of a worksheet-scoped defined name (as written by src/xlsx into xl/workbook.xml). */
  name(sheet: string, name: string): unknown;
  /** Worksheet-scoped names found in the file: sheet name → name → reference. */
  names: Record<string, Record<string, string>>;
  /** Value of a workbook-level name (HÅP_2025 …). */
  workbookName(name: string): unknown;
  /** Workbook-level names found in the file: name → reference. */
  workbookNames: Record<string, string>;
}

const UNIX_EPOCH_SERIAL = 25569;

function rawContent(cell: ExcelJS.Cell): RawCellContent {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "object") {
    if (v instanceof Date) return v.getTime() / 86400000 + UNIX_EPOCH_SERIAL;
    if ("formula" in v || "sharedFormula" in v) return `=${cell.formula}`;
    if ("richText" in v) return text(v.richText.map((t) => t.text).join(""));
    if ("error" in v) return String(v.error);
    return null;
  }
  return typeof v === "string" ? text(v) : (v as RawCellContent);
}

/**
 * A text cell of the file as text. A cell stored as a string in the .xlsx is text to Excel (it is not
 * re-parsed as a number or date when the file opens), while HyperFormula parses raw strings as if
 * typed; the leading apostrophe tells it the content is text, which is both Excel's reading and much
 * cheaper (HyperFormula otherwise tries every text against its date formats).
 */
function text(s: string): RawCellContent {
  return s === "" ? s : `'${s}`;
}

export interface RecalcOptions {
  /**
   * HyperFormula as it ships: without the parse memo of test/support/hfParseMemo.ts and the IF that
   * evaluates only its chosen branch of test/support/hfLazyIf.ts (both give the same values, faster).
   * `RECALC_PLAIN_HYPERFORMULA=1` in the environment makes it the default for a whole run, to
   * compare; `plain: false` keeps the faster engine even then (the test that compares the two).
   */
  plain?: boolean;
}

/**
 * The .xlsx for a recalculation: as writeXlsxBuffer writes it, with its parts stored instead of
 * compressed (deflateLevel 0; the same parts, test/support/recalc.test.ts) — the file is read straight
 * back, so compressing and inflating it would only cost time.
 */
export function writeForRecalc(specs: readonly SheetSpec[], options: XlsxOptions = {}): Promise<Buffer> {
  return writeXlsxBuffer(specs, { ...options, deflateLevel: 0 });
}

export async function recalcXlsx(buffer: Buffer | ArrayBuffer, options: RecalcOptions = {}): Promise<Recalculated> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as ArrayBuffer);
  const sheets: Record<string, RawCellContent[][]> = {};
  wb.eachSheet((ws) => {
    const data: RawCellContent[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const out: RawCellContent[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        out[colNumber - 1] = rawContent(cell);
      });
      for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
      data[rowNumber - 1] = out;
    });
    for (let i = 0; i < data.length; i++) if (data[i] === undefined) data[i] = [];
    sheets[ws.name] = data;
  });
  const sheetNames = Object.keys(sheets);
  // ExcelJS does not read sheet-scoped names back, so they come from workbook.xml directly. They go
  // into the engine as it is built: added afterwards, each name recalculated every formula that uses it.
  const names: Record<string, Record<string, string>> = {};
  const workbookNames: Record<string, string> = {};
  const namedExpressions: SerializedNamedExpression[] = [];
  const zip = await JSZip.loadAsync(buffer as ArrayBuffer);
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const order = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => unescapeXml(m[1]));
  for (const m of workbookXml.matchAll(/<definedName name="([^"]+)"(?: localSheetId="(\d+)")?>([^<]+)<\/definedName>/g)) {
    // Excel's built-in names (print titles) are page setup, not figures.
    if (m[1].startsWith("_xlnm.")) continue;
    const ref = unescapeXml(m[3]);
    if (m[2] === undefined) {
      // A workbook-level name (HÅP_2025 …): global in HyperFormula too.
      workbookNames[m[1]] = ref;
      namedExpressions.push({ name: m[1], expression: `=${ref}` });
      continue;
    }
    const sheet = order[Number(m[2])];
    (names[sheet] ??= {})[m[1]] = ref;
    // HyperFormula numbers the sheets in the order it is given them.
    const scope = sheetNames.indexOf(sheet);
    if (scope < 0) throw new Error(`Navnet ${m[1]} hører til arket "${sheet}", som ikke findes; ark: ${sheetNames.join(", ")}`);
    namedExpressions.push({ name: m[1], expression: `=${ref}`, scope });
  }
  // A formula whose result is a reference to an empty cell (`=B7`, `=IF(x;B7)`, an INDEX that lands on
  // an empty cell) shows 0 in Excel and LibreOffice; HyperFormula alone says null for it, which a test
  // would read as an empty cell — a sheet showing "0" where it should be empty would pass. Excel's
  // reading (https://github.com/handsontable/hyperformula/pull/500, config `evaluateNullToZero`), so
  // only a cell without a formula is null here.
  const plain = options.plain ?? process.env.RECALC_PLAIN_HYPERFORMULA === "1";
  const config = { licenseKey: "gpl-v3", evaluateNullToZero: true };
  const hf = plain
    ? HyperFormula.buildFromSheets(sheets, config, namedExpressions)
    : withLazyIf(() => buildFromSheetsMemoized(sheets, config, namedExpressions));
  sheetNames.forEach((sheet, i) => {
    if (hf.getSheetId(sheet) !== i) throw new Error(`HyperFormula gav arket "${sheet}" id ${hf.getSheetId(sheet)}, ikke ${i}: navnenes ark passer ikke`);
  });
  const id = (sheet: string) => {
    const sid = hf.getSheetId(sheet);
    if (sid === undefined) throw new Error(`Arket "${sheet}" findes ikke; ark: ${sheetNames.join(", ")}`);
    return sid;
  };
  const at = (sheet: string, row: number, col: number) => hf.getCellValue({ sheet: id(sheet), row, col });
  const value = (sheet: string, address: string) => {
    const addr = hf.simpleCellAddressFromString(address, id(sheet));
    if (!addr) throw new Error(`Ugyldig adresse ${address}`);
    return hf.getCellValue(addr);
  };
  const num = (sheet: string, address: string) => {
    const v = value(sheet, address);
    if (typeof v !== "number") {
      const addr = hf.simpleCellAddressFromString(address, id(sheet))!;
      throw new Error(`${sheet}!${address} er ikke et tal: ${JSON.stringify(v)} (formel ${hf.getCellFormula(addr)})`);
    }
    return v;
  };
  const error = (sheet: string, address: string) => {
    const v = value(sheet, address);
    if (!(v instanceof DetailedCellError)) throw new Error(`${sheet}!${address} er ikke en fejlværdi: ${JSON.stringify(v)}`);
    return v.value;
  };
  const workbookName = (n: string) => {
    const v = hf.getNamedExpressionValue(n);
    if (v === undefined) throw new Error(`Navnet ${n} findes ikke i arbejdsbogen`);
    return v;
  };
  const name = (sheet: string, n: string) => {
    const v = hf.getNamedExpressionValue(n, id(sheet));
    if (v === undefined) throw new Error(`Navnet ${n} findes ikke på arket ${sheet}`);
    return v;
  };
  return { hf, sheetNames, value, at, num, error, name, names, workbookName, workbookNames };
}

/**
 * One recalculation that several tests read and none edits: written and recalculated once, on first
 * use. Its engine refuses every edit (setCellContents, batch, addRows, undo …): a test that edits
 * needs an engine of its own, or the tests after it would read its edit.
 */
export function recalcOnce(write: () => Promise<Buffer | ArrayBuffer>): () => Promise<Recalculated> {
  let once: Promise<Recalculated> | undefined;
  return () => (once ??= write().then((buffer) => recalcXlsx(buffer)).then(readOnly));
}

/** HyperFormula's methods that change the workbook or its engine. */
const EDITS = /^(set|add|remove|move|clear|rename|batch|undo|redo|paste|cut|change|update|rebuild|suspend|resume|swap|destroy)/;

function readOnly(wb: Recalculated): Recalculated {
  const hf = new Proxy(wb.hf, {
    get(target, prop) {
      if (typeof prop === "string" && EDITS.test(prop)) {
        throw new Error(`hf.${prop}: denne genberegning deles af flere tests og må ikke ændres; byg en egen med recalcXlsx`);
      }
      const v: unknown = Reflect.get(target, prop, target);
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return { ...wb, hf };
}

function unescapeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
