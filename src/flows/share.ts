// "Del som fil" (docs/domain.md §7): the chosen reports as a new workbook the user can mail, with
// nothing in it that a recipient should not see — values only (no formula, no link, no name, no
// hidden sheet), and built from an allow-list: every person a pseudonym, foranstaltning, konto,
// dates, amounts, HÅP and the rådgiver's initials (core `shareableCases`); no name, no note, no sheet
// name of the user's, no leverandør that may be a private person. Then a last scan of every cell of
// the finished file, numbers included, for a CPR of the source in any spelling: one hit refuses the
// file. It is written by our own .xlsx writer and opened by Excel beside the open workbook, which is
// not touched.
import { cprInCell, finish, inputKey, msg, parseLeverandoerType, shareableCasesInSteps, type LeverandoerType } from "../core";
import {
  a1, buildDisponeringInSteps, buildLeverandoererInSteps, buildOekonomitjekInSteps, buildPortefoeljeInSteps, type Cell, cellsInSteps, type SheetSpec,
} from "../sheets";
import { writeXlsxInSteps } from "../xlsx";
import { casesOnSheet, type OekonomitjekRequest, type OverblikRequest } from "./overblik";
import { leverandoerTypes } from "./leverandoerer";
import type { FlowOutcome } from "./outcome";
import { typedOnSheet } from "./sheetInputs";
import { pseudonymSecret } from "./settings";
import { stepwise } from "./steps";
import { HostRefusal, type Workbook } from "./workbook";

const isFormula = (c: Cell): boolean => c !== null && typeof c === "object" && "f" in c;

/**
 * What may leave the workbook of a sheet description: its values, formats and layout. Names,
 * validations (a list may point at another sheet), charts (the file cannot draw them), input tables,
 * print settings and protection stay behind. A formula or a hidden sheet refuses the whole file.
 */
export function shareableSpec(spec: SheetSpec): SheetSpec {
  if (spec.hidden) throw new Error(msg.share.hidden(spec.name));
  for (const b of spec.blocks) {
    if (b.kind === "fill" || (b.kind === "cells" && b.cells.some((r) => r.some(isFormula)))) throw new Error(msg.share.formulas(spec.name));
  }
  return {
    name: spec.name, kind: spec.kind, blocks: spec.blocks, formats: spec.formats,
    columnWidths: spec.columnWidths, freeze: spec.freeze, tabColor: spec.tabColor, rowHeights: spec.rowHeights, merges: spec.merges,
  };
}

/** A cell of a file to share that holds a CPR of the source: its sheet and A1 address (null for the sheet's name). */
export interface CprFinding {
  sheet: string;
  address: string | null;
}

/**
 * Every place in the sheets of a file to share that holds a CPR of `source` (core `cprInCell`: any
 * 10-digit window of a cell's digits, numbers included): each sheet's name and each cell.
 */
export function cprFindings(sheets: readonly SheetSpec[], source: ReadonlySet<number>): CprFinding[] {
  return finish(cprFindingsInSteps(sheets, source));
}

/** `cprFindings` in steps: a pause every ITEMS_PER_STEP rows of a block (a report of 20.000 rows is scanned cell by cell). */
export function* cprFindingsInSteps(sheets: readonly SheetSpec[], source: ReadonlySet<number>): Generator<void, CprFinding[]> {
  const out: CprFinding[] = [];
  for (const spec of sheets) {
    if (cprInCell(spec.name, source) >= 0) out.push({ sheet: spec.name, address: null });
    yield* cellsInSteps(spec, (c, row, col) => {
      if (cprInCell(c, source) >= 0) out.push({ sheet: spec.name, address: a1(row, col) });
    });
  }
  return out;
}

/** Throws the Danish message naming the first finding, if any: the last guard before a file is written. */
async function refuseCpr(sheets: readonly SheetSpec[], source: ReadonlySet<number>): Promise<void> {
  const [first] = await stepwise(cprFindingsInSteps(sheets, source));
  if (!first) return;
  if (first.address === null) throw new Error(msg.share.cprInSheetName(sheets.findIndex((s) => s.name === first.sheet) + 1));
  throw new Error(msg.share.cprInCell(first.sheet, first.address));
}

/** Base64 of bytes, without Node's Buffer or btoa's limit on long strings. */
export function toBase64(bytes: Uint8Array): string {
  return finish(toBase64InSteps(bytes));
}

/** Bytes encoded between two pauses of `toBase64InSteps`: a multiple of 3, so each piece encodes on its own. */
const BASE64_BYTES_PER_STEP = 3 * 8192;
const BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** The two characters of every 12 bits. */
const BASE64_PAIRS = Array.from({ length: 4096 }, (_x, n) => BASE64_ALPHABET[n >> 6] + BASE64_ALPHABET[n & 63]);

/**
 * `toBase64` in steps: a pause every BASE64_BYTES_PER_STEP bytes (a file of 20.000 rows is megabytes).
 * A piece's four-character groups are joined once: adding them to a string one by one left so much
 * garbage that collections made single pieces ten times slower.
 */
export function* toBase64InSteps(bytes: Uint8Array): Generator<void, string> {
  const pieces: string[] = [];
  const groups = new Array<string>(BASE64_BYTES_PER_STEP / 3);
  for (let start = 0; start < bytes.length; start += BASE64_BYTES_PER_STEP) {
    if (start > 0) yield;
    const end = Math.min(bytes.length, start + BASE64_BYTES_PER_STEP);
    let k = 0;
    let i = start;
    for (; i + 2 < end; i += 3) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
      groups[k++] = BASE64_PAIRS[n >> 12] + BASE64_PAIRS[n & 4095];
    }
    if (i < end) {
      // The last one or two bytes of the file, padded.
      const n = (bytes[i] << 16) | (i + 1 < end ? bytes[i + 1] << 8 : 0);
      groups[k++] = BASE64_PAIRS[n >> 12] + (i + 1 < end ? BASE64_ALPHABET[(n >> 6) & 63] : "=") + "=";
    }
    groups.length = k;
    pieces.push(groups.join(""));
  }
  return pieces.join("");
}

// chartsDrawn: true only keeps the note "the charts are drawn in Excel" off the shared report: the
// file carries the charts' tables, and a recipient has no add-in to draw them.

/**
 * Writes the sheets, values only, into a new workbook that Excel opens beside this one; `cprs` are
 * the CPR numbers of the source (core `cprsOfTable`), none of which may stand anywhere in the file.
 */
export async function shareAsFile(wb: Workbook, req: { sheets: readonly SheetSpec[]; cprs: ReadonlySet<number> }): Promise<FlowOutcome> {
  if (req.sheets.length === 0) throw new Error(msg.share.noReport());
  const sheets = req.sheets.map(shareableSpec);
  await refuseCpr(sheets, req.cprs);
  const base64 = await stepwise(toBase64InSteps(await stepwise(writeXlsxInSteps(sheets))));
  try {
    await wb.openNewWorkbook(base64);
  } catch (e) {
    // The adapter says why when the host told it (too large for Excel on the web, an older Excel, a
    // policy); a blocked pop-up window is what is left when Excel says nothing useful.
    if (e instanceof HostRefusal) throw e;
    throw new Error(msg.share.cannotOpen());
  }
  return { sheets: [], problems: [], message: msg.share.opened(sheets.map((s) => s.name)) };
}

/** Portefølje ÅÅÅÅ as a file to share, from the case sheet of the Overblik form (always masked). */
export async function sharePortefoelje(wb: Workbook, req: Omit<OverblikRequest, "maskCpr">): Promise<FlowOutcome> {
  const { cases: read, problems, cprs } = await casesOnSheet(wb, req.source);
  const secret = await pseudonymSecret(wb);
  const cases = await stepwise(shareableCasesInSteps(read, secret));
  // Only the layout of the Disponering sheet is used (its name in the banner); nothing links to it,
  // and the user's sheet name is not part of it.
  const disp = await stepwise(buildDisponeringInSteps({ year: req.year, cases, source: msg.share.versionNow(), generatedOn: req.generatedOn }));
  const { spec } = await stepwise(buildPortefoeljeInSteps({
    year: req.year, cases, disponering: disp.layout, generatedOn: req.generatedOn, chartsDrawn: true,
    maskCpr: true, pseudonymSecret: secret, valuesOnly: true,
  }));
  return { ...(await shareAsFile(wb, { sheets: [spec], cprs })), problems };
}

/** Økonomitjek ÅÅÅÅ-MM as a file to share, from the two sheets of the Økonomitjek form (always masked). */
export async function shareOekonomitjek(wb: Workbook, req: Omit<OekonomitjekRequest, "maskCpr">): Promise<FlowOutcome> {
  const before = await casesOnSheet(wb, req.before);
  const now = await casesOnSheet(wb, req.now);
  const secret = await pseudonymSecret(wb);
  const { spec } = await stepwise(buildOekonomitjekInSteps({
    year: req.year, month: req.month, before: await stepwise(shareableCasesInSteps(before.cases, secret)), now: await stepwise(shareableCasesInSteps(now.cases, secret)),
    beforeLabel: msg.share.versionBefore(), nowLabel: msg.share.versionNow(),
    generatedOn: req.generatedOn, chartsDrawn: true, maskCpr: true, pseudonymSecret: secret, valuesOnly: true,
  }));
  const cprs = new Set([...before.cprs, ...now.cprs]);
  return { ...(await shareAsFile(wb, { sheets: [spec], cprs })), problems: before.problems.concat(now.problems) };
}

/**
 * Leverandører ÅÅÅÅ as a file to share, from the case sheet of the Overblik form: always masked — a
 * leverandør that may be a private person (a foster or network family) is its pseudonym — with the
 * types of the tables and those typed on the workbook's sheet (written masked or not).
 */
export async function shareLeverandoerer(wb: Workbook, req: Omit<OverblikRequest, "maskCpr">): Promise<FlowOutcome> {
  const { cases, problems, cprs, table } = await casesOnSheet(wb, req.source);
  const secret = await pseudonymSecret(wb);
  const fromTables = await leverandoerTypes(wb, table);
  // Only the Disponering layout's name and rows are used (values only: nothing links to it).
  const disp = await stepwise(buildDisponeringInSteps({ year: req.year, cases: await stepwise(shareableCasesInSteps(cases, secret)), source: msg.share.versionNow(), generatedOn: req.generatedOn }));
  const build = (types: ReadonlyMap<string, LeverandoerType>, mask: boolean, valuesOnly: boolean) => stepwise(buildLeverandoererInSteps({
    year: req.year, cases, disponering: disp.layout, types, maskCpr: mask, pseudonymSecret: secret, valuesOnly, generatedOn: req.generatedOn, chartsDrawn: true,
  }));
  // What was typed on the sheet, found by the name it shows (the name, or the pseudonym when masked).
  const types = new Map(fromTables.types);
  const sheets = await wb.listSheets();
  for (const mask of [false, true]) {
    const shown = await build(fromTables.types, mask, false);
    const [typed] = await typedOnSheet(wb, shown.spec, sheets);
    shown.layout.figures.leverandoerer.forEach((l, i) => {
      const v = typed?.get(inputKey({ label: shown.layout.shown[i] }))?.[0];
      const type = v === undefined ? null : parseLeverandoerType(v);
      if (type) types.set(l.key, type);
    });
  }
  const { spec } = await build(types, true, true);
  return { ...(await shareAsFile(wb, { sheets: [spec], cprs })), problems: problems.concat(fromTables.problems) };
}
