// Writes sheet descriptions into the open workbook. Guarantees (docs/domain.md §7, docs/architecture.md "Writing a sheet"):
// - a bounded number of context.sync calls: 1–2 to look, 1 per ≤4 MB chunk of values, 1 to finish;
// - values as whole 2-D arrays, formats after values, calculation and screen updating suspended;
// - a sheet of ours (by marker) that exists is refreshed in place: cleared and given the new
//   content in the same worksheet, never deleted, so every formula and name pointing into it keeps
//   working (Excel turns references to a deleted sheet into #REF! for good);
// - new content is built in hidden temporary sheets carrying a temporary marker and moved into place
//   in one final batch; a failed run is rolled back from a backup of each refreshed sheet, and the
//   error says whether the workbook is unchanged or exactly what is not; temporary sheets an
//   interrupted run left behind are removed, by marker, at the next run;
// - only sheets carrying our marker are ever changed; a user's sheet with the wanted name (in any
//   case: Excel's sheet names ignore case) keeps it, and ours gets a free name instead (reported).
import { STYLE_LOOKS } from "../sheets";
import { columnWidthPoints } from "../sheets";
import { colsA1, printLayout, sheetLayout, titleRowsA1 } from "../sheets";
import type { ChartRequest, DataValidation, FormatRule, SheetSpec } from "../sheets";
import { a1, rectAbs, sheetRef } from "../sheets";
import { movedAsideFrom } from "../sheets";
import { writerMsg } from "./messages";
import { keepInputs, locateInputRows, locatorColumns, oldInputsAt, type KeptInputs, type OldInputs } from "../sheets";
// The port says what a write reports; the adapter fills it in.
import type { WriteProgress, WrittenSheet } from "../flows";
export type { WriteProgress, WrittenSheet };
import {
  chunkCells, fillFirstRow, freeName, IDENTITY_KEY, MAX_REQUEST_BYTES, OWNER_KEY, renameSheetRefs, specBox, specProblems, TEMP_MARK, TEMP_PREFIX, union, type Box,
} from "./plan";
import { readRects, type RectRead } from "./reader";

export interface WriteOptions {
  onProgress?: (p: WriteProgress) => void;
  maxRequestBytes?: number;
  /** Activate the first written sheet at the end. */
  activate?: boolean;
}

export interface WriteOutcome {
  sheets: WrittenSheet[];
  syncs: number;
  requestBytes: number;
}

/** A failure to write, with a Danish message; the workbook was left as it was. */
export class SheetWriteError extends Error {
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
    this.name = "SheetWriteError";
  }
}

type Ctx = Excel.RequestContext;

const unchanged = (error: unknown) =>
  new SheetWriteError(
    writerMsg.unchanged(error instanceof Error ? error.message : String(error)),
    error,
  );

/** A sync before anything was changed: a failure needs no rollback, only the Danish message. */
async function guarded(sync: () => Promise<void>): Promise<void> {
  try {
    await sync();
  } catch (error) {
    throw unchanged(error);
  }
}

function suspend(ctx: Ctx): void {
  ctx.application.suspendApiCalculationUntilNextSync();
  ctx.application.suspendScreenUpdatingUntilNextSync();
}

const rangeOf = (ws: Excel.Worksheet, r: { row: number; col: number; rows: number; cols: number }) =>
  ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);

/** A number rule's bounds as Excel's BasicDataValidation: between both, or at least / at most one. */
function bounds({ min, max }: { min?: number; max?: number }): Excel.BasicDataValidation {
  if (min !== undefined && max !== undefined) return { formula1: min, formula2: max, operator: "Between" };
  if (min !== undefined) return { formula1: min, operator: "GreaterThanOrEqualTo" };
  return { formula1: max ?? 0, operator: "LessThanOrEqualTo" };
}

function validationRule(v: DataValidation): Excel.DataValidationRule {
  switch (v.rule.type) {
    case "list":
      return { list: { inCellDropDown: true, source: v.rule.values.join(",") } };
    case "decimal":
      return { decimal: bounds(v.rule) };
    case "wholeNumber":
      // Excel's DataValidationRule.wholeNumber (https://learn.microsoft.com/javascript/api/excel/excel.datavalidationrule).
      return { wholeNumber: bounds(v.rule) };
    case "date":
      return { date: { formula1: "1900-01-01", operator: "GreaterThan" } };
    case "text":
      // Relative to the range's top-left cell, as in Excel (https://learn.microsoft.com/javascript/api/excel/excel.customdatavalidation).
      return { custom: { formula: `=ISTEXT(${a1(v.rect.row, v.rect.col)})` } };
  }
}

// Excel.ChartType's values are PascalCase ("Line", "ColumnClustered"); the spec's names are ours.
// The string values keep this module loadable without the Office.js global (tests, bench).
const CHART_TYPES: Record<ChartRequest["type"], `${Excel.ChartType}`> = {
  line: "Line",
  columnClustered: "ColumnClustered",
  barClustered: "BarClustered",
  pie: "Pie",
};

/**
 * Freezes the top `rows` and left `cols`. freezeAt needs a range of at least one row and one
 * column, so a pane with only rows or only columns uses freezeRows/freezeColumns (freezing column
 * A when only rows were asked for is what `Math.max(1, cols)` used to do).
 */
function freeze(ws: Excel.Worksheet, f: { rows: number; cols: number }): void {
  if (f.rows > 0 && f.cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, f.rows, f.cols));
  else if (f.rows > 0) ws.freezePanes.freezeRows(f.rows);
  else if (f.cols > 0) ws.freezePanes.freezeColumns(f.cols);
}

/** Today as a day number (days since 1899-12-30): a sheet written now was generated today. */
function today(): number {
  const now = new Date();
  return Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86400000) + 25569;
}

/**
 * The page setup (sheets/print.ts): landscape A4, one page wide where the sheet fits at 100 %, else a
 * fixed scale of at least 75 % with its identifying columns repeated and pages across first; the
 * header rows repeated; a footer with sheet name, page and generation date. ExcelApi 1.9
 * (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout); zoom is either a scale or fit to
 * pages, never both (https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions):
 * horizontalFitToPages 1 with verticalFitToPages 0 is "1 page wide by automatic tall".
 */
function queuePageLayout(ws: Excel.Worksheet, spec: SheetSpec): void {
  const page = printLayout(spec, today());
  const pl = ws.pageLayout;
  pl.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  pl.paperSize = "A4";
  if ("pagesWide" in page.fit) pl.zoom = { horizontalFitToPages: page.fit.pagesWide, verticalFitToPages: 0 };
  else {
    pl.zoom = { scale: page.fit.scale };
    pl.printOrder = page.order === "overThenDown" ? "OverThenDown" : "DownThenOver";
  }
  const footer = /^&L(.*)&C(.*)&R(.*)$/.exec(page.footer);
  if (footer) {
    const all = pl.headersFooters.defaultForAllPages;
    [all.leftFooter, all.centerFooter, all.rightFooter] = [footer[1], footer[2], footer[3]];
  }
  if (page.titleRows) pl.setPrintTitleRows(titleRowsA1(page.titleRows));
  if (page.titleCols) pl.setPrintTitleColumns(colsA1(page.titleCols));
  // Whole columns (every row prints, also rows a user adds below) keep the helper columns out; they
  // are the same at every refresh. A rectangle (a calculation basis below the figures kept out) moves
  // with the number of rows, and a rollback could not put the old one back (it is not copied with the
  // cells), so it is written only into .xlsx files: here the basis prints too.
  if (page.area && !("row" in page.area)) pl.setPrintArea(colsA1({ first: 0, last: page.area.cols - 1 }));
  // A section that begins a page (its heading kept with its rows): the breaks of an earlier write of
  // the sheet go first, since the section moves when the rows above it change. A break goes before
  // the top-left cell of the range given (ExcelApi 1.9,
  // https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection).
  if (page.rowBreaks.length > 0) {
    ws.horizontalPageBreaks.removePageBreaks();
    for (const row of page.rowBreaks) ws.horizontalPageBreaks.add(`A${row + 1}`);
  }
}

/** Queues the look of the cells (formats, validation); copied along with the values by copyFrom. */
function queueCellLook(ws: Excel.Worksheet, spec: SheetSpec): void {
  const layout = sheetLayout(spec);
  for (const rule of [...spec.formats, ...layout.wraps.map((rect) => ({ rect, wrap: true }))] as FormatRule[]) {
    const range = rangeOf(ws, rule.rect);
    // A 1×1 array is applied to every cell of the range (documented for numberFormat, and confirmed
    // on bounded ranges in OfficeDev/office-js-docs-pr#5400); keeps the request independent of size.
    if (rule.numberFormat) range.numberFormat = [[rule.numberFormat]];
    const look = rule.style ? STYLE_LOOKS[rule.style] : undefined;
    if (look?.bold || rule.bold) range.format.font.bold = true;
    if (look?.italic) range.format.font.italic = true;
    if (look?.fontSize) range.format.font.size = look.fontSize;
    if (look?.fontColor) range.format.font.color = look.fontColor;
    if (look?.fill) range.format.fill.color = look.fill;
    if (look?.borderTop) range.format.borders.getItem("EdgeTop").style = "Continuous";
    if (rule.wrap) range.format.wrapText = true;
    if (look?.unlocked) range.format.protection.locked = false;
  }
  // Row heights and merged areas belong to the cells: copied along with them by copyFrom.
  for (const [row, height] of Object.entries(layout.rowHeights)) ws.getRangeByIndexes(Number(row), 0, 1, 1).format.rowHeight = height;
  for (const m of layout.merges) rangeOf(ws, m).merge(false);
  for (const v of spec.validations ?? []) {
    const dv = rangeOf(ws, v.rect).dataValidation;
    dv.rule = validationRule(v);
    dv.errorAlert = { message: v.error, showAlert: true, style: "Stop", title: "Styringsark" };
  }
}

/** Our protection: everything locked but the input cells, columns and rows may be resized. */
const OUR_PROTECTION: Excel.WorksheetProtectionOptions = { allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" };

/** How the sheet is left: shown or hidden, and protected with which options (null: not protected). */
interface SheetEnd {
  /** Visible when the batch runs: panes and page setup belong to a window, and fail on a hidden sheet. */
  shown: boolean;
  protect: Excel.WorksheetProtectionOptions | null;
}

/**
 * Queues what belongs to the worksheet rather than its cells: widths, panes, names, charts, tab
 * colour, protection. `names` holds the formulas of the names the sheet already has (refresh): an
 * existing name is pointed at its new cells instead of being added again, so formulas that use it
 * never see it disappear. Queued only once the sheet is visible (or for a sheet that stays hidden,
 * without panes and page setup): freeze panes on a hidden sheet fail in Excel (office-js#1463).
 */
function queueSheetLook(
  ws: Excel.Worksheet, spec: SheetSpec, sheetName: string, end: SheetEnd, names: ReadonlyMap<string, string> = new Map(), oldCharts: readonly Excel.Chart[] = [],
): void {
  for (const [col, width] of Object.entries(sheetLayout(spec).columnWidths)) {
    // Office.js widths are points; the spec's width is the .xlsx one (one rule, sheets/columns.ts).
    ws.getRangeByIndexes(0, Number(col), 1, 1).format.columnWidth = columnWidthPoints(width);
  }
  // The record of what was written into the input cells is not for reading (columnHidden: ExcelApi 1.2).
  for (const col of spec.hiddenCols ?? []) ws.getRangeByIndexes(0, col, 1, 1).getEntireColumn().columnHidden = true;
  if (end.shown) {
    if (spec.freeze) freeze(ws, spec.freeze);
    queuePageLayout(ws, spec);
  }
  for (const n of spec.names ?? []) {
    // Workbook-level names (HÅP_2025 …) are set once all sheets are in place, in writeSheets.
    if (n.workbook) continue;
    const old = names.get(n.name);
    if (old === undefined) ws.names.add(n.name, rangeOf(ws, n.rect));
    else if (old !== nameFormula(sheetName, n.rect)) ws.names.getItem(n.name).formula = nameFormula(sheetName, n.rect);
  }
  // The old charts go last of all (they cannot be restored by a rollback) and the new take their place.
  for (const c of oldCharts) c.delete();
  for (const c of spec.charts ?? []) {
    const chart = ws.charts.add(CHART_TYPES[c.type], rangeOf(ws, c.source), c.seriesBy === "rows" ? "Rows" : "Columns");
    chart.title.text = c.title;
    chart.setPosition(rangeOf(ws, { ...c.at, rows: 1, cols: 1 }), rangeOf(ws, { row: c.at.row + c.at.rows - 1, col: c.at.col + c.at.cols - 1, rows: 1, cols: 1 }));
    if (c.xAxisTitle) chart.axes.categoryAxis.title.text = c.xAxisTitle;
    if (c.yAxisTitle) chart.axes.valueAxis.title.text = c.yAxisTitle;
  }
  if (spec.tabColor) ws.tabColor = spec.tabColor;
  if (end.protect) ws.protection.protect(end.protect);
}

/** Queues the cell contents of a spec, in chunks that keep each request below `maxBytes`. */
async function queueContent(ws: Excel.Worksheet, spec: SheetSpec, maxBytes: number, budget: { pending: number; flush: () => Promise<void> }): Promise<void> {
  for (const block of spec.blocks) {
    if (block.kind === "cells") {
      for (const chunk of chunkCells(block, maxBytes, maxBytes - budget.pending)) {
        if (budget.pending > 0 && budget.pending + chunk.bytes > maxBytes) await budget.flush();
        ws.getRangeByIndexes(chunk.row, chunk.col, chunk.data.length, chunk.data[0].length).formulas = chunk.data;
        budget.pending += chunk.bytes;
      }
    } else {
      const first = fillFirstRow(block);
      const top = ws.getRangeByIndexes(block.rect.row, block.rect.col, 1, block.rect.cols);
      top.formulas = first;
      if (block.rect.rows > 1) top.autoFill(ws.getRangeByIndexes(block.rect.row, block.rect.col, block.rect.rows, block.rect.cols), "FillCopy");
      budget.pending += first[0].reduce((n, f) => n + f.length + 3, 64);
    }
  }
}

/** What the look found about a sheet of ours that is refreshed in place. */
interface Target {
  id: string;
  name: string;
  used: Box | null;
  protected: boolean;
  /** The options the sheet was protected with (the user's, or ours), to protect it again with. */
  protection: Excel.WorksheetProtectionOptions | null;
  /** Shown when the run starts (panes and page setup are set only on a visible sheet). */
  visible: boolean;
  names: Map<string, string>;
  charts: Excel.Chart[];
  chartNames: string[];
  /** The manual page breaks found (the 0-based row each page begins at), for the rollback. */
  rowBreaks: number[];
}

interface PlannedSheet {
  wanted: string;
  final: string;
  temp: string;
  movedAside: boolean;
  /** Set when an earlier sheet of ours is refreshed in place. */
  target?: Target;
  /** Hidden copy of the target's old content, for the rollback. */
  backup?: string;
  /** Where the new content goes (null for an empty spec). */
  box: Box | null;
  /** Names of the spec the target does not have yet. */
  addedNames: string[];
}

/**
 * Writes the specs as one batch (cross-sheet formulas may refer to each other by their wanted
 * names). A sheet of ours that exists is refreshed in place: same worksheet, same id, so every
 * formula and name that points into it keeps working; a new sheet is built hidden and shown when
 * complete. Throws SheetWriteError with a Danish message that says whether the workbook is unchanged
 * or exactly what changed.
 */
export async function writeSheets(context: Ctx, input: readonly SheetSpec[], options: WriteOptions = {}): Promise<WriteOutcome> {
  refuseUnwritable(input);
  const maxBytes = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  const progress = (fraction: number, text: string) => options.onProgress?.({ fraction, text });
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };

  // 1. Look: every sheet with its marker; for ours that are refreshed, what the rollback needs.
  progress(0, writerMsg.progressLooking());
  const look = await lookAtWorkbook(context, input, sync);
  const { sheets, workbookNames, knownNames, leftovers } = look;

  // 2. Plan: ours (by marker, name compared as Excel does, ignoring case) are refreshed in place; a
  //    user's sheet with the name keeps it and ours gets a free one. Formulas refer to a new sheet
  //    by its temporary name while writing; Excel carries the references along at the rename.
  const plan = planSheets(input, look);
  // 3. What the user typed into our sheets, read before anything is written and put back by case.
  const kept = await readInputs(context, input, plan, sync);
  let specs = kept.map((k) => k.spec);
  // Kept input may reach beyond what was built (free columns, "Fjernede sager").
  plan.forEach((p, i) => (p.box = specBox(specs[i])));
  for (const p of plan) specs = renameSheetRefs(specs, p.wanted, p.target ? p.final : p.temp);

  const created: Created[] = [];
  // Until the last batch is sent, our existing sheets have only been read (for their backup).
  let swapping = false;
  let requestBytes = 0;
  try {
    // 4. Content into hidden temporary sheets, then into place in one batch.
    const written = await writeTemps(context, { sheets, specs, plan, leftovers, created, maxBytes, sync, progress });
    requestBytes = written.requestBytes;
    progress(0.9, writerMsg.progressSwapping());
    queueSwap(context, { sheets, input, specs, plan, temps: written.temps, workbookNames, knownNames, activate: options.activate !== false });
    swapping = true;
    await sync();
  } catch (error) {
    if (swapping && workbookNames.length > 0) {
      await undoWorkbookNames(context, workbookNames.map((w) => w.n.name), knownNames.map((k) => (k.isNullObject ? null : k.formula)));
    }
    throw await rollback(context, swapping ? plan : plan.map((p) => ({ ...p, target: undefined })), created, leftovers.length, error);
  }
  // 5. The backups and the temporary sheets of refreshed ones go only now that everything is in
  //    place (deleted in the swap, a failure after them would leave nothing to roll back from).
  const spent = created.filter((c) => !plan.some((p) => !p.target && p.temp === c.name));
  // A run whose hidden working copies (with the case table, cpr-numre and all) could not be deleted
  // is not reported as a success: the user is told, and they are removed at the next start or run.
  if (spent.length > 0 && !(await removeSpent(context, spent, sync))) throw new SheetWriteError(writerMsg.leftoversRemain(spent.map((c) => c.name)));
  progress(1, "Færdig");
  return {
    sheets: plan.map((p, i) => ({
      wanted: p.wanted, written: p.final, movedAsideForUserSheet: p.movedAside, replaced: p.target !== undefined,
      inputsCarried: kept[i].carried, inputsParked: kept[i].parked, inputsConflicts: kept[i].conflicts,
    })),
    syncs,
    requestBytes,
  };
}

/** What Excel would refuse (limits, two names Excel takes for one) is refused before anything is sent. */
function refuseUnwritable(input: readonly SheetSpec[]): void {
  const problems = input.flatMap(specProblems);
  const lower = input.map((s) => s.name.toLowerCase());
  lower.forEach((n, i) => {
    if (lower.indexOf(n) !== i) problems.push(writerMsg.sameName(input[i].name));
  });
  if (problems.length > 0) throw new SheetWriteError(problems.join("\n"));
}

/**
 * The look before anything changes (one to three syncs): every sheet with its marker, the names and
 * tables ours would clash with, and for each spec the sheet it would refresh (its used range,
 * protection, names and charts). Throws when the workbook cannot take the sheets at all.
 */
async function lookAtWorkbook(context: Ctx, input: readonly SheetSpec[], sync: () => Promise<void>) {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/visibility");
  // Workbook-level names (HÅP_2025 …) that exist already keep their identity: their reference is
  // moved to the new sheet rather than the name being deleted and added (docs/domain.md §7).
  const workbookNames = input.flatMap((s, i) => (s.names ?? []).filter((n) => n.workbook).map((n) => ({ i, n })));
  const knownNames = workbookNames.map(({ n }) => {
    const item = context.workbook.names.getItemOrNullObject(n.name);
    item.load("isNullObject,formula");
    return item;
  });
  // What Excel would refuse halfway is refused before anything is changed: a workbook whose
  // structure is protected (no sheet can be added, renamed or hidden) and a user's table named like a
  // name of ours (Excel keeps names and table names in one namespace).
  const structure = context.workbook.protection.load("protected");
  const ourNames = input.flatMap((s) => (s.names ?? []).map((n) => ({ name: n.name, sheet: s.name })));
  const tablesNamed = ourNames.map((n) => ({ ...n, table: context.workbook.tables.getItemOrNullObject(n.name) }));
  await guarded(sync);
  if (structure.protected) throw new SheetWriteError(writerMsg.structureProtected());
  const clash = tablesNamed.find((t) => !t.table.isNullObject);
  if (clash) throw new SheetWriteError(writerMsg.nameIsTable(clash.name, clash.sheet));
  // Only the sheets a name clashes with (compared as Excel does, ignoring case) and hidden sheets
  // named like our temporary ones need a second look; a first write to a workbook needs none.
  const wanted = new Set(input.map((s) => s.name.toLowerCase()));
  // "Nøgletal 2025 (2)": where ours went when a user's sheet had the name; found again next time.
  const altOf = (lower: string) => {
    const from = movedAsideFrom(lower);
    return from !== null && wanted.has(from) ? from : null;
  };
  const all = sheets.items
    .filter((ws) => wanted.has(ws.name.toLowerCase()) || altOf(ws.name.toLowerCase()) !== null || (ws.visibility !== "Visible" && ws.name.startsWith(TEMP_PREFIX)))
    .map((ws) => {
      const mark = ws.customProperties.getItemOrNullObject(OWNER_KEY);
      mark.load("value");
      return { ws, name: ws.name, id: ws.id, mark };
    });
  const markOf = (s: (typeof all)[number]) => (s.mark.isNullObject ? null : String(s.mark.value));
  const byName = new Map(all.map((s) => [s.name.toLowerCase(), s]));
  // A user's sheet holds a wanted name and one of ours may sit beside it: the markers decide, so
  // they are read first (one more look, only in that case).
  const alts = all.filter((s) => altOf(s.name.toLowerCase()) !== null);
  const nameClash = alts.length > 0 && input.some((spec) => byName.has(spec.name.toLowerCase()));
  // A wanted name that no sheet has: one of ours may have been renamed by the user. Ours carry the
  // name they were written under (IDENTITY_KEY), so the other sheets' properties are read in the
  // same look (the second of the two; a first write into a workbook pays it too).
  const unmatched = input.some((spec) => !byName.has(spec.name.toLowerCase()));
  const rest = unmatched
    ? sheets.items.filter((ws) => !all.some((s) => s.id === ws.id) && ws.visibility !== "VeryHidden").map((ws) => {
      const mark = ws.customProperties.getItemOrNullObject(OWNER_KEY);
      mark.load("value");
      const ident = ws.customProperties.getItemOrNullObject(IDENTITY_KEY);
      ident.load("value");
      return { ws, name: ws.name, id: ws.id, mark, ident };
    })
    : [];
  if (nameClash || rest.length > 0) await guarded(sync);
  const byIdentity = new Set<unknown>();
  const renamed = (spec: SheetSpec) => {
    const hit = rest.find((s) => !s.ident.isNullObject && String(s.ident.value).toLowerCase() === spec.name.toLowerCase() && markOf(s) === spec.kind) ?? null;
    if (hit) byIdentity.add(hit);
    return hit;
  };
  const chosen = input.map((spec) => {
    const l = spec.name.toLowerCase();
    const exact = byName.get(l) ?? null;
    if (!exact) return renamed(spec);
    if (!nameClash || markOf(exact) !== null) return exact;
    return alts.find((s) => altOf(s.name.toLowerCase()) === l && markOf(s) === spec.kind) ?? exact;
  });
  const looks = input.map((spec, i) => {
    const found = chosen[i];
    if (!found) return null;
    const used = found.ws.getUsedRangeOrNullObject();
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const protection = found.ws.protection.load("protected,options");
    const names = (spec.names ?? []).map((n) => ({ name: n.name, item: found.ws.names.getItemOrNullObject(n.name).load("formula") }));
    const charts = found.ws.charts.load("items/name");
    // The manual page breaks: a refresh moves them, and a rollback puts these back.
    const breaks = found.ws.horizontalPageBreaks.load("items/rowIndex");
    return { found, used, protection, names, charts, breaks };
  });
  if (all.length > 0) await guarded(sync);
  const leftovers = all.filter((s) => markOf(s) === TEMP_MARK);
  // A protected sheet of ours is unprotected to be refreshed and protected again with the same
  // options. Whether a password stands in the way is known only by trying (isPasswordProtected is
  // ExcelApiOnline), so it is tried now, before anything else changes, and put back at once.
  for (const look of looks) {
    if (look && look.protection.protected && markOf(look.found) !== null && markOf(look.found) !== TEMP_MARK) {
      await probeProtection(context, look.found.ws, look.found.name, protectionOptions(look.protection.options), sync);
    }
  }
  return { sheets, workbookNames, knownNames, markOf, leftovers, looks, byIdentity };
}

type WorkbookLook = Awaited<ReturnType<typeof lookAtWorkbook>>;

/** Where each spec goes: refreshed in place (a sheet of ours), or new under a free name. */
function planSheets(input: readonly SheetSpec[], { sheets, looks, markOf, byIdentity }: WorkbookLook): PlannedSheet[] {
  const taken = new Set(sheets.items.map((s) => s.name));
  const stamp = Date.now().toString(36).slice(-5);
  const plan: PlannedSheet[] = input.map((spec, i) => {
    const look = looks[i];
    const temp = `${TEMP_PREFIX}${stamp} ${i + 1}`;
    if (look && markOf(look.found) !== null && markOf(look.found) !== TEMP_MARK) {
      const u = look.used;
      const target: Target = {
        id: look.found.id,
        name: look.found.name,
        used: u.isNullObject ? null : { row: u.rowIndex, col: u.columnIndex, rows: u.rowCount, cols: u.columnCount },
        protected: look.protection.protected,
        protection: look.protection.protected ? protectionOptions(look.protection.options) : null,
        visible: look.found.ws.visibility === "Visible",
        names: new Map(look.names.filter((n) => !n.item.isNullObject).map((n) => [n.name, n.item.formula])),
        charts: look.charts.items,
        chartNames: look.charts.items.map((c) => c.name),
        rowBreaks: look.breaks.items.map((b) => b.rowIndex),
      };
      return {
        wanted: spec.name, final: look.found.name, temp,
        movedAside: look.found.name.toLowerCase() !== spec.name.toLowerCase() && !byIdentity.has(look.found), target, backup: target.used ? `${TEMP_PREFIX}${stamp} b${i + 1}` : undefined,
        box: specBox(spec), addedNames: (spec.names ?? []).map((n) => n.name).filter((n) => !target.names.has(n)),
      };
    }
    const final = look ? freeName(spec.name, taken) : spec.name;
    taken.add(final);
    return { wanted: spec.name, final, temp, movedAside: look !== null, box: specBox(spec), addedNames: [] };
  });
  return plan;
}

/**
 * Content into hidden temporary sheets (marked, so an interrupted run's are found and removed next
 * time), in chunks below the request limit; a backup of each sheet refreshed in place.
 */
async function writeTemps(context: Ctx, w: {
  sheets: Excel.WorksheetCollection; specs: readonly SheetSpec[]; plan: readonly PlannedSheet[];
  leftovers: readonly { ws: Excel.Worksheet }[]; created: Created[]; maxBytes: number;
  sync: () => Promise<void>; progress: (fraction: number, text: string) => void;
}): Promise<{ temps: Excel.Worksheet[]; requestBytes: number }> {
  const { sheets, specs, plan, leftovers, created, maxBytes, sync, progress } = w;
  let requestBytes = 0;
  let pending = 0;
  const budget = {
    get pending() {
      return pending;
    },
    set pending(n: number) {
      pending = n;
    },
    flush: async () => {
      suspend(context);
      await sync();
      requestBytes += pending;
      pending = 0;
    },
  };
  for (const l of leftovers) l.ws.delete();
  const temps: Excel.Worksheet[] = [];
  for (let i = 0; i < specs.length; i++) {
    const p = plan[i];
    const ws = addTemp(sheets, p.temp, created);
    temps.push(ws);
    if (p.backup && p.target?.used) {
      const b = addTemp(sheets, p.backup, created);
      const box = p.target.used;
      rangeOf(b, box).copyFrom(rangeOf(sheets.getItem(p.target.id), box), "All");
    }
    await queueContent(ws, specs[i], maxBytes, budget);
    progress(((i + 1) / specs.length) * 0.8, writerMsg.progressWriting(p.final));
  }
  // Formats after the values; what belongs to the sheet (panes, page setup …) once it is shown.
  specs.forEach((spec, i) => queueCellLook(temps[i], spec));
  await budget.flush();
  return { temps, requestBytes };
}

/**
 * Into place, in one batch: new sheets are renamed and shown; ours are cleared and get the new
 * content copied in (same worksheet); the temporary sheets go. Only queued: the caller syncs.
 */
function queueSwap(
  context: Ctx,
  w: {
    sheets: Excel.WorksheetCollection; input: readonly SheetSpec[]; specs: readonly SheetSpec[]; plan: readonly PlannedSheet[];
    temps: readonly Excel.Worksheet[]; workbookNames: WorkbookLook["workbookNames"]; knownNames: WorkbookLook["knownNames"]; activate: boolean;
  },
): void {
  const { sheets, input, specs, plan, temps, workbookNames, knownNames } = w;
  plan.forEach((p, i) => {
    if (p.target) return;
    const ws = temps[i];
    ws.name = p.final;
    if (!input[i].hidden) ws.visibility = "Visible";
    ws.customProperties.add(OWNER_KEY, input[i].kind);
    ws.customProperties.add(IDENTITY_KEY, input[i].name);
    queueSheetLook(ws, specs[i], p.final, { shown: !input[i].hidden, protect: specs[i].protect ? OUR_PROTECTION : null });
  });
  // Workbook-level names (HÅP_2025 …): an existing one is pointed at its new cells, never deleted and
  // added again, so formulas that use it keep working (docs/domain.md §7).
  workbookNames.forEach(({ i, n }, k) => {
    const p = plan[i];
    const ws = p.target ? sheets.getItem(p.target.id) : temps[i];
    if (knownNames[k].isNullObject) context.workbook.names.add(n.name, rangeOf(ws, n.rect));
    else knownNames[k].formula = nameFormula(p.target ? p.target.name : p.final, n.rect);
  });
  plan.forEach((p, i) => {
    const t = p.target;
    if (!t) return;
    const ws = sheets.getItem(t.id);
    if (t.protected) ws.protection.unprotect();
    // Sheets written before the identity existed get it now (add overwrites an existing key).
    ws.customProperties.add(IDENTITY_KEY, input[i].name);
    if (t.used) rangeOf(ws, t.used).clear("All");
    if (p.box) rangeOf(ws, p.box).copyFrom(rangeOf(temps[i], p.box), "All");
    // A protection found on the sheet is put back as it was (the user's options or ours), never dropped.
    queueSheetLook(ws, specs[i], t.name, { shown: t.visible, protect: t.protection ?? (specs[i].protect ? OUR_PROTECTION : null) }, t.names, t.charts);
  });
  // The first sheet that is shown; a hidden one (the history sheet) is never activated.
  const first = plan.findIndex((p, i) => (p.target ? p.target.visible : !input[i].hidden));
  if (w.activate && first >= 0) (plan[first].target ? sheets.getItem(plan[first].target!.id) : temps[first]).activate();
}

/**
 * The loaded protection options as protect() takes them again: Excel may report some as null, and
 * protect() refuses an options object holding nulls (office-js#1931).
 */
function protectionOptions(loaded: Excel.WorksheetProtectionOptions | undefined): Excel.WorksheetProtectionOptions {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(loaded ?? {})) if (v !== null && v !== undefined) out[k] = v;
  return out as Excel.WorksheetProtectionOptions;
}

/**
 * Lifts a sheet's protection and puts it back with the same options, in one batch, before anything
 * else is changed: a password the user set makes unprotect() fail, and the run stops with a Danish
 * message naming the sheet, never removing the user's protection. If the protection was lifted but
 * could not be put back as it was, ours is put on (the sheet is never left open) and the run stops.
 */
async function probeProtection(context: Ctx, ws: Excel.Worksheet, name: string, options: Excel.WorksheetProtectionOptions, sync: () => Promise<void>): Promise<void> {
  ws.protection.unprotect();
  ws.protection.protect(options);
  try {
    await sync();
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    const now = ws.protection.load("protected");
    try {
      await sync();
    } catch {
      throw new SheetWriteError(writerMsg.sheetProtectionFailed(name, cause), error);
    }
    if (now.protected) throw new SheetWriteError(writerMsg.sheetPasswordProtected(name), error);
    ws.protection.protect(OUR_PROTECTION);
    await sync().catch(() => undefined);
    throw new SheetWriteError(writerMsg.sheetProtectionFailed(name, cause), error);
  }
}

/**
 * After a failed swap: the workbook-level names it may have added go, and those it may have re-pointed
 * get their old reference back (`before[k]` null = the name did not exist).
 */
async function undoWorkbookNames(context: Ctx, names: readonly string[], before: readonly (string | null)[]): Promise<void> {
  try {
    const items = names.map((n) => {
      const item = context.workbook.names.getItemOrNullObject(n);
      item.load("isNullObject");
      return item;
    });
    await context.sync();
    items.forEach((item, k) => {
      if (item.isNullObject) return;
      const old = before[k];
      if (old === null) item.delete();
      else item.formula = old;
    });
    await context.sync();
  } catch {
    // The sheet rollback that follows reports what the workbook is left with.
  }
}

interface Created {
  name: string;
  ws: Excel.Worksheet;
}

/** A hidden temporary sheet carrying the temporary marker (its id is loaded with the next sync). */
function addTemp(sheets: Excel.WorksheetCollection, name: string, created: Created[]): Excel.Worksheet {
  const ws = sheets.add(name);
  ws.customProperties.add(OWNER_KEY, TEMP_MARK);
  ws.load("id");
  ws.visibility = "Hidden";
  created.push({ name, ws });
  return ws;
}

/** The absolute reference a sheet-scoped name of ours points at. */
function nameFormula(sheet: string, r: Box): string {
  return `=${sheetRef(sheet)}${rectAbs(r)}`;
}

const idOf = (ws: Excel.Worksheet): string | null => {
  try {
    return ws.id;
  } catch {
    // Not loaded: the batch that added the sheet never ran.
    return null;
  }
};

/**
 * Puts the workbook back after a failed write and says exactly what it could not put back. Excel
 * applies the operations of a failed batch up to the failing one, so any prefix of the swap may
 * have happened: the sheets refreshed in place get their old content back from the backups, and
 * every sheet this run created (found by id, or by temporary name with our temporary marker) goes.
 * Never touches a sheet that does not carry our marker.
 */
async function rollback(context: Ctx, plan: readonly PlannedSheet[], created: readonly Created[], leftovers: number, error: unknown): Promise<SheetWriteError> {
  const cause = error instanceof Error ? error.message : String(error);
  const sheets = context.workbook.worksheets;
  const targets = plan.filter((p) => p.target);
  try {
    // Which of the sheets this run created exist: by id when its load ran, else by name.
    sheets.load("items/name,items/id");
    const charts = targets.map((p) => sheets.getItem(p.target!.id).charts.load("items/name"));
    // Where the swap stopped decides whether a sheet is protected now: only that is lifted.
    const protectedNow = targets.map((p) => sheets.getItem(p.target!.id).protection.load("protected"));
    // Names the swap may have added (they did not exist before) are removed again.
    const added = targets.map((p) =>
      p.addedNames.map((n) => {
        const item = sheets.getItem(p.target!.id).names.getItemOrNullObject(n);
        item.load("name");
        return item;
      }),
    );
    await context.sync();
    const present = created.flatMap((c) => {
      const id = idOf(c.ws);
      const hit = sheets.items.find((s) => (id !== null ? s.id === id : s.name === c.name));
      return hit ? [{ c, id, ws: hit }] : [];
    });
    // A sheet found only by its (random) temporary name is ours if it carries the temporary marker,
    // or if it is still empty (the batch stopped between adding it and marking it).
    const unproven = present.filter((f) => f.id === null).map((f) => {
      const mark = f.ws.customProperties.getItemOrNullObject(OWNER_KEY);
      mark.load("value");
      const used = f.ws.getUsedRangeOrNullObject();
      used.load("address");
      return { f, mark, used };
    });
    if (unproven.length > 0) await context.sync();
    const doomed = [
      ...present.filter((f) => f.id !== null),
      ...unproven.filter((u) => (!u.mark.isNullObject && u.mark.value === TEMP_MARK) || (u.mark.isNullObject && u.used.isNullObject)).map((u) => u.f),
    ];
    targets.forEach((p, k) => {
      const t = p.target!;
      const ws = sheets.getItem(t.id);
      if (protectedNow[k].protected) ws.protection.unprotect();
      const box = union(t.used, p.box);
      if (box) rangeOf(ws, box).clear("All");
      const backup = doomed.find((f) => f.c.name === p.backup);
      if (t.used && backup) rangeOf(ws, t.used).copyFrom(rangeOf(backup.ws, t.used), "All");
      for (const [name, formula] of t.names) ws.names.getItem(name).formula = formula;
      // The swap may have moved the page breaks: those found before are put back (page setup is set
      // only on a visible sheet, so a hidden one's were never touched).
      if (t.visible) {
        ws.horizontalPageBreaks.removePageBreaks();
        for (const row of t.rowBreaks) ws.horizontalPageBreaks.add(`A${row + 1}`);
      }
      for (const item of added[targets.indexOf(p)]) if (!item.isNullObject) item.delete();
      if (t.protection) ws.protection.protect(t.protection);
    });
    for (const f of doomed) f.ws.delete();
    await context.sync();
    const changed: string[] = [];
    targets.forEach((p, i) => {
      // A deleted chart cannot be brought back; say so when the charts are not the ones from before.
      const before = p.target!.chartNames.join("\u0000");
      if (charts[i].items.map((c) => c.name).join("\u0000") !== before) changed.push(writerMsg.chartsReplaced(p.final));
    });
    if (leftovers > 0) changed.push(writerMsg.leftoversRemoved(leftovers));
    return changed.length === 0
      ? new SheetWriteError(writerMsg.unchanged(cause), error)
      : new SheetWriteError(writerMsg.rolledBackExcept(changed, cause), error);
  } catch (again) {
    const partly = targets.map((p) => `"${p.final}"`);
    const temps = created.map((c) => `"${c.name}"`);
    return new SheetWriteError(
      [
        writerMsg.notRolledBack(again instanceof Error ? again.message : String(again)),
        partly.length > 0 ? writerMsg.partlyUpdated(partly, plan.filter((p) => p.backup).map((p) => `"${p.backup}"`)) : "",
        temps.length > 0 ? writerMsg.tempsRemovedNextRun(temps) : "",
        writerMsg.cause(cause),
      ].filter(Boolean).join(" "),
      error,
    );
  }
}

/**
 * Deletes the spent temporary sheets; a failed batch may have deleted some of them, so a second
 * attempt looks again and deletes what is left (by id: only sheets this run created). False when
 * that fails too: the leftovers are hidden, marked temporary, and removed at the next start or run.
 */
async function removeSpent(context: Ctx, spent: readonly Created[], sync: () => Promise<void>): Promise<boolean> {
  try {
    for (const c of spent) c.ws.delete();
    await sync();
    return true;
  } catch {
    try {
      const sheets = context.workbook.worksheets;
      sheets.load("items/id");
      await sync();
      const ids = new Set(spent.map((c) => idOf(c.ws)));
      for (const ws of sheets.items) if (ids.has(ws.id)) ws.delete();
      await sync();
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * Removes the hidden temporary sheets an interrupted or half-cleaned run left behind (found by our
 * temporary marker, never by name alone); called when the task pane starts, before any action of
 * this pane can have built one. Returns how many went; never throws (a start must not fail on it).
 */
export async function removeLeftoversSafe(context: Ctx): Promise<number> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    await context.sync();
    const candidates = sheets.items
      .filter((ws) => ws.visibility !== "Visible" && ws.name.startsWith(TEMP_PREFIX))
      .map((ws) => ({ ws, mark: ws.customProperties.getItemOrNullObject(OWNER_KEY).load("value") }));
    if (candidates.length === 0) return 0;
    await context.sync();
    const doomed = candidates.filter((c) => !c.mark.isNullObject && c.mark.value === TEMP_MARK);
    if (doomed.length === 0) return 0;
    for (const c of doomed) c.ws.delete();
    await context.sync();
    return doomed.length;
  } catch {
    return 0;
  }
}

/** Reads the rectangles split by bytes and hangs each one's formulas on it; a failure before any change needs no rollback. */
async function readAll(rects: (RectRead & { formulas?: unknown[][] })[], sync: () => Promise<void>, bytesPerCell: number): Promise<void> {
  if (rects.length === 0) return;
  try {
    const out = await readRects(rects, sync, undefined, bytesPerCell);
    rects.forEach((r, i) => (r.formulas = out[i]));
  } catch (error) {
    throw unchanged(error);
  }
}

/**
 * Reads the input tables of every sheet refreshed in place and returns each spec with the user's
 * values put back. Two syncs, both only for sheets that have input tables: first the columns that
 * say where each old table is (column A for titles and anchors, the key columns), then only the
 * input and free columns of the rows found — a month column read over a 20.000-row case table
 * would exceed Excel's 5 MB response limit. Each read is split by bytes (reader.ts `readRects`), so a
 * 100.000-row table and long notes stay below it too.
 */
async function readInputs(context: Ctx, input: readonly SheetSpec[], plan: readonly PlannedSheet[], sync: () => Promise<void>): Promise<KeptInputs[]> {
  const sheets = context.workbook.worksheets;
  const reads = input.map((spec, i) => {
    const tables = spec.inputs ?? [];
    const t = plan[i].target;
    if (tables.length === 0 || !t?.used) return null;
    const end = t.used.row + t.used.rows;
    const endCol = t.used.col + t.used.cols;
    const ws = sheets.getItem(t.id);
    const at = (row: number, col: number, rows: number, cols: number) => ws.getRangeByIndexes(row, col, rows, cols);
    const cols = new Map(locatorColumns(tables).map((c): [number, RectRead & { formulas?: unknown[][] }] => [c, { range: at, row: 0, col: c, rows: end, cols: 1 }]));
    return { tables, end, endCol, ws, at, cols };
  });
  // Key and title columns: short texts, dates and numbers.
  await readAll(reads.flatMap((r) => (r ? [...r.cols.values()] : [])), sync, 16);

  // Where each old table's rows are (found from the key and title columns alone).
  const located = reads.map((r) => (r ? locateInputRows(r.tables, (c, row) => r.cols.get(c)!.formulas![row][0], r.end) : null));

  // The input, record and free columns of those rows only, each over the rows' span.
  const values = reads.map((r, i) => {
    if (!r) return null;
    return r.tables.map((table, k) => {
      const loc = located[i]![k];
      if (!loc || loc.rows.length === 0) return null;
      const lo = Math.min(loc.header, loc.rows[0].row), hi = loc.rows[loc.rows.length - 1].row;
      const span = (c: number, n = 1): RectRead & { formulas?: unknown[][] } => ({ range: r.at, row: lo, col: c, rows: hi - lo + 1, cols: n });
      const nFree = table.freeFrom === undefined ? 0 : Math.max(0, r.endCol - table.freeFrom);
      const cols = new Map(table.inputCols.map((c) => [c, span(c)]));
      if (table.recordCol !== undefined && table.recordCol < r.endCol) cols.set(table.recordCol, span(table.recordCol));
      return { lo, cols, nFree, free: nFree > 0 ? span(table.freeFrom!, nFree) : null };
    });
  });
  // Inputs and free columns: notes can be long (a batch that is heavier than guessed is read again in halves).
  await readAll(values.flatMap((v) => (v ?? []).flatMap((x) => (x ? [...x.cols.values(), ...(x.free ? [x.free] : [])] : []))), sync, 64);

  return input.map((spec, i) => {
    const r = reads[i];
    if (!r) return keepInputs(spec, []);
    const old = r.tables.map((table, k): OldInputs | undefined => {
      const loc = located[i]![k];
      if (!loc) return undefined;
      const v = values[i]![k];
      if (!v) return { rows: [], header: null };
      const get = (c: number, row: number): unknown => {
        const j = row - v.lo;
        if (v.free && c >= table.freeFrom!) return v.free.formulas![j][c - table.freeFrom!];
        return v.cols.get(c)?.formulas![j][0] ?? null;
      };
      return oldInputsAt(table, loc, get, v.nFree);
    });
    return keepInputs(spec, old);
  });
}
