// "Del som fil" (docs/domain.md §7): the chosen reports as a new workbook the user can mail, with
// nothing in it that a recipient should not see — values only (no formula, no link, no name, no
// hidden sheet), and every person a pseudonym (no CPR, no birth date, no name). The file is written
// by our own .xlsx writer and opened by Excel beside the open workbook, which is not touched.
import { buildDisponering, buildOekonomitjek, buildPortefoelje } from "../sheets";
import { containsCpr } from "../sheets/doegnskema";
import type { Cell, SheetSpec } from "../sheets/spec";
import { writeXlsxBytes } from "../xlsx/writer";
import { casesOnSheet, type OekonomitjekRequest, type OverblikRequest } from "./overblik";
import type { FlowOutcome } from "./outcome";
import { pseudonymSecret } from "./settings";
import { HostRefusal, type Workbook } from "./workbook";

const isFormula = (c: Cell): boolean => c !== null && typeof c === "object" && "f" in c;

/**
 * What may leave the workbook of a sheet description: its values, formats and layout. Names,
 * validations (a list may point at another sheet), charts (the file cannot draw them), input tables
 * and protection stay behind. A formula, a hidden sheet or a CPR in any cell refuses the whole file.
 */
export function shareableSpec(spec: SheetSpec): SheetSpec {
  if (spec.hidden) throw new Error(`Arket ${spec.name} er skjult og deles ikke.`);
  for (const b of spec.blocks) {
    if (b.kind === "fill" || (b.kind === "cells" && b.cells.some((r) => r.some(isFormula)))) {
      throw new Error(`Arket ${spec.name} har formler; en delt fil må kun have værdier.`);
    }
    if (b.kind === "cells" && b.cells.some((r) => r.some((c) => typeof c === "string" && containsCpr(c)))) {
      throw new Error(`Arket ${spec.name} viser et cpr-nummer og deles ikke. Slå maskering til, og prøv igen.`);
    }
  }
  return {
    name: spec.name, kind: spec.kind, blocks: spec.blocks, formats: spec.formats,
    columnWidths: spec.columnWidths, freeze: spec.freeze, tabColor: spec.tabColor, rowHeights: spec.rowHeights, merges: spec.merges,
  };
}

/** Base64 of bytes, without Node's Buffer or btoa's limit on long strings. */
export function toBase64(bytes: Uint8Array): string {
  const abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += abc[n >> 18] + abc[(n >> 12) & 63] + abc[(n >> 6) & 63] + abc[n & 63];
  }
  if (i < bytes.length) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8);
    out += abc[n >> 18] + abc[(n >> 12) & 63] + (i + 1 < bytes.length ? abc[(n >> 6) & 63] : "=") + "=";
  }
  return out;
}

// chartsDrawn: true only keeps the note "the charts are drawn in Excel" off the shared report: the
// file carries the charts' tables, and a recipient has no add-in to draw them.

/** Writes the sheets, values only, into a new workbook that Excel opens beside this one. */
export async function shareAsFile(wb: Workbook, req: { sheets: readonly SheetSpec[] }): Promise<FlowOutcome> {
  if (req.sheets.length === 0) throw new Error("Vælg mindst én rapport at dele.");
  const sheets = req.sheets.map(shareableSpec);
  const bytes = await writeXlsxBytes(sheets);
  try {
    await wb.openNewWorkbook(toBase64(bytes));
  } catch (e) {
    // The adapter says why when the host told it (too large for Excel on the web, an older Excel, a
    // policy); a blocked pop-up window is what is left when Excel says nothing useful.
    if (e instanceof HostRefusal) throw e;
    throw new Error("Excel kunne ikke åbne den nye projektmappe. Tillad pop op-vinduer for Excel, og prøv igen.");
  }
  const names = sheets.map((s) => s.name);
  return {
    sheets: [], problems: [],
    message: `Den nye projektmappe med ${names.length === 1 ? `arket ${names[0]}` : `arkene ${names.join(", ")}`} er åbnet: kun værdier, personer som pseudonymer. Gem den, og del den.`,
  };
}

/** Portefølje ÅÅÅÅ as a file to share, from the case sheet of the Overblik form (always masked). */
export async function sharePortefoelje(wb: Workbook, req: Omit<OverblikRequest, "maskCpr">): Promise<FlowOutcome> {
  const { cases, problems } = await casesOnSheet(wb, req.source);
  // Only the layout of the Disponering sheet is used (its name in the banner); nothing links to it.
  const disp = buildDisponering({ year: req.year, cases, source: `arket ${req.source}`, generatedOn: req.generatedOn });
  const spec = buildPortefoelje({
    year: req.year, cases, disponering: disp.layout, generatedOn: req.generatedOn, chartsDrawn: true,
    maskCpr: true, pseudonymSecret: await pseudonymSecret(wb), valuesOnly: true,
  }).spec;
  return { ...(await shareAsFile(wb, { sheets: [spec] })), problems };
}

/** Økonomitjek ÅÅÅÅ-MM as a file to share, from the two sheets of the Økonomitjek form (always masked). */
export async function shareOekonomitjek(wb: Workbook, req: Omit<OekonomitjekRequest, "maskCpr">): Promise<FlowOutcome> {
  const before = await casesOnSheet(wb, req.before);
  const now = await casesOnSheet(wb, req.now);
  const spec = buildOekonomitjek({
    year: req.year, month: req.month, before: before.cases, now: now.cases, beforeLabel: req.before, nowLabel: req.now,
    generatedOn: req.generatedOn, chartsDrawn: true, maskCpr: true, pseudonymSecret: await pseudonymSecret(wb), valuesOnly: true,
  }).spec;
  return { ...(await shareAsFile(wb, { sheets: [spec] })), problems: before.problems.concat(now.problems) };
}
