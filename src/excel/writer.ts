// Writes sheet descriptions into the open workbook. Guarantees (docs/domain.md §7, docs/architecture.md "Writing a sheet"):
// - a bounded number of context.sync calls: 2 to look, 1 per ≤4 MB chunk of values, 1 to finish;
// - values as whole 2-D arrays, formats after values, calculation and screen updating suspended;
// - everything is written into temporary sheets that are renamed into place only when all of it
//   succeeded; on failure the temporary sheets are removed and the workbook is as it was;
// - only sheets carrying our marker are ever replaced; a user's sheet with the wanted name keeps
//   it, and ours gets a free name instead (reported back).
import { STYLE_LOOKS } from "../sheets/styles";
import { columnWidthPoints } from "../sheets/columns";
import { printLayout, sheetLayout, titleRowsA1 } from "../sheets/print";
import { rectAbs, sheetRef } from "../sheets/a1";
import type { ChartRequest, DataValidation, SheetSpec } from "../sheets/spec";
import { chunkCells, fillFirstRow, freeName, MAX_REQUEST_BYTES, OWNER_KEY, renameSheetRefs, specProblems } from "./plan";

export interface WriteProgress {
  /** 0–1. */
  fraction: number;
  /** Danish status text. */
  text: string;
}

export interface WriteOptions {
  onProgress?: (p: WriteProgress) => void;
  maxRequestBytes?: number;
  /** Activate the first written sheet at the end. */
  activate?: boolean;
}

export interface WrittenSheet {
  wanted: string;
  written: string;
  /** True when a sheet of the user's had the wanted name, so ours got another. */
  movedAsideForUserSheet: boolean;
  /** True when an earlier sheet of ours was replaced. */
  replaced: boolean;
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
    `Arkene kunne ikke skrives, og arbejdsbogen er uændret. Årsag: ${error instanceof Error ? error.message : String(error)}`,
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

function validationRule(v: DataValidation): Excel.DataValidationRule {
  switch (v.rule.type) {
    case "list":
      return { list: { inCellDropDown: true, source: v.rule.values.join(",") } };
    case "decimal": {
      const { min, max } = v.rule;
      if (min !== undefined && max !== undefined) return { decimal: { formula1: min, formula2: max, operator: "Between" } };
      if (min !== undefined) return { decimal: { formula1: min, operator: "GreaterThanOrEqualTo" } };
      return { decimal: { formula1: max ?? 0, operator: "LessThanOrEqualTo" } };
    }
    case "date":
      return { date: { formula1: "1900-01-01", operator: "GreaterThan" } };
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
 * Row heights, merged cells and the page setup (sheets/print.ts): landscape A4, one page wide, the
 * header rows repeated, a footer with sheet name, page and generation date. ExcelApi 1.9
 * (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout); horizontalFitToPages 1 with
 * verticalFitToPages 0 is "1 page wide by automatic tall".
 */
function queuePageLayout(ws: Excel.Worksheet, spec: SheetSpec, rowHeights: Record<number, number>): void {
  for (const [row, height] of Object.entries(rowHeights)) ws.getRangeByIndexes(Number(row), 0, 1, 1).format.rowHeight = height;
  for (const m of spec.merges ?? []) rangeOf(ws, m).merge(false);
  const page = printLayout(spec, today());
  const pl = ws.pageLayout;
  pl.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  pl.paperSize = "A4";
  pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const footer = /^&L(.*)&C(.*)&R(.*)$/.exec(page.footer);
  if (footer) {
    const all = pl.headersFooters.defaultForAllPages;
    [all.leftFooter, all.centerFooter, all.rightFooter] = [footer[1], footer[2], footer[3]];
  }
  if (page.titleRows) pl.setPrintTitleRows(titleRowsA1(page.titleRows));
  if (spec.print?.area) pl.setPrintArea(rangeOf(ws, spec.print.area));
}

/** Queues everything but the cell contents: formats, widths, names, validation, charts, protection. */
function queueDecoration(ws: Excel.Worksheet, spec: SheetSpec): void {
  for (const rule of spec.formats) {
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
  const layout = sheetLayout(spec);
  for (const [col, width] of Object.entries(layout.columnWidths)) {
    // Office.js widths are points; the spec's width is the .xlsx one (one rule, sheets/columns.ts).
    ws.getRangeByIndexes(0, Number(col), 1, 1).format.columnWidth = columnWidthPoints(width);
  }
  if (spec.freeze) freeze(ws, spec.freeze);
  queuePageLayout(ws, spec, layout.rowHeights);
  for (const v of spec.validations ?? []) {
    const dv = rangeOf(ws, v.rect).dataValidation;
    dv.rule = validationRule(v);
    dv.errorAlert = { message: v.error, showAlert: true, style: "Stop", title: "Styringsark" };
  }
  for (const n of spec.names ?? []) if (!n.workbook) ws.names.add(n.name, rangeOf(ws, n.rect));
  for (const c of spec.charts ?? []) {
    const chart = ws.charts.add(CHART_TYPES[c.type], rangeOf(ws, c.source), c.seriesBy === "rows" ? "Rows" : "Columns");
    chart.title.text = c.title;
    chart.setPosition(rangeOf(ws, { ...c.at, rows: 1, cols: 1 }), rangeOf(ws, { row: c.at.row + c.at.rows - 1, col: c.at.col + c.at.cols - 1, rows: 1, cols: 1 }));
    if (c.xAxisTitle) chart.axes.categoryAxis.title.text = c.xAxisTitle;
    if (c.yAxisTitle) chart.axes.valueAxis.title.text = c.yAxisTitle;
  }
  if (spec.tabColor) ws.tabColor = spec.tabColor;
  if (spec.protect) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" });
}

/**
 * Writes the specs as one batch (cross-sheet formulas may refer to each other by their wanted
 * names). Throws SheetWriteError with a Danish message; the workbook is then unchanged.
 */
export async function writeSheets(context: Ctx, input: readonly SheetSpec[], options: WriteOptions = {}): Promise<WriteOutcome> {
  const problems = input.flatMap(specProblems);
  if (problems.length > 0) throw new SheetWriteError(problems.join("\n"));
  const maxBytes = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  const progress = (fraction: number, text: string) => options.onProgress?.({ fraction, text });
  let syncs = 0;
  let requestBytes = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };

  // 1. Look: which names exist, and which of the wanted ones are ours.
  progress(0, "Læser arbejdsbogens ark …");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  // Workbook-level names (HÅP_2025 …) that exist already keep their identity: their reference is
  // moved to the new sheet rather than the name being deleted and added (docs/domain.md §7).
  const workbookNames = input.flatMap((s, i) => (s.names ?? []).filter((n) => n.workbook).map((n) => ({ i, n })));
  const knownNames = workbookNames.map(({ n }) => {
    const item = context.workbook.names.getItemOrNullObject(n.name);
    item.load("isNullObject");
    return item;
  });
  await guarded(sync);
  const existing = new Set(sheets.items.map((s) => s.name));
  const clashes = input.filter((s) => existing.has(s.name));
  const markers = clashes.map((s) => {
    const p = sheets.getItem(s.name).customProperties.getItemOrNullObject(OWNER_KEY);
    p.load("value");
    return { name: s.name, p };
  });
  if (markers.length > 0) await guarded(sync);
  const ours = new Set(markers.filter((m) => !m.p.isNullObject).map((m) => m.name));

  // 2. Plan final and temporary names; formulas refer to the temporary ones while writing, and
  //    Excel carries the references along when the sheets are renamed.
  const taken = new Set(existing);
  const stamp = Date.now().toString(36).slice(-5);
  let specs = [...input];
  const plan = input.map((s, i) => {
    const movedAside = existing.has(s.name) && !ours.has(s.name);
    const final = movedAside ? freeName(s.name, taken) : s.name;
    taken.add(final);
    const temp = `~Styringsark ${stamp} ${i + 1}`;
    return { wanted: s.name, final, temp, movedAside, replaced: ours.has(s.name) };
  });
  for (const p of plan) specs = renameSheetRefs(specs, p.wanted, p.temp);

  const created: Excel.Worksheet[] = [];
  try {
    // 3. Content, in chunks below the request limit.
    let pending = 0;
    const flush = async () => {
      suspend(context);
      await sync();
      requestBytes += pending;
      pending = 0;
    };
    for (let i = 0; i < specs.length; i++) {
      const spec = specs[i];
      const ws = sheets.add(plan[i].temp);
      created.push(ws);
      ws.visibility = "Hidden";
      for (const block of spec.blocks) {
        if (block.kind === "cells") {
          for (const chunk of chunkCells(block, maxBytes, maxBytes - pending)) {
            if (pending > 0 && pending + chunk.bytes > maxBytes) await flush();
            ws.getRangeByIndexes(chunk.row, chunk.col, chunk.data.length, chunk.data[0].length).formulas = chunk.data;
            pending += chunk.bytes;
          }
        } else {
          const first = fillFirstRow(block);
          const top = ws.getRangeByIndexes(block.rect.row, block.rect.col, 1, block.rect.cols);
          top.formulas = first;
          if (block.rect.rows > 1) top.autoFill(ws.getRangeByIndexes(block.rect.row, block.rect.col, block.rect.rows, block.rect.cols), "FillCopy");
          pending += first[0].reduce((s, f) => s + f.length + 3, 64);
        }
      }
      progress(((i + 1) / specs.length) * 0.8, `Skriver arket "${plan[i].final}" …`);
    }
    // 4. Formats and the rest after the values.
    specs.forEach((spec, i) => queueDecoration(created[i], spec));
    await flush();

    // 5. Swap into place: our old sheets go, the temporary ones take their names.
    progress(0.9, "Lægger arkene på plads …");
    for (const p of plan) if (p.replaced) sheets.getItem(p.wanted).delete();
    plan.forEach((p, i) => {
      const ws = created[i];
      ws.name = p.final;
      ws.visibility = "Visible";
      ws.customProperties.add(OWNER_KEY, input[i].kind);
    });
    workbookNames.forEach(({ i, n }, k) => {
      if (knownNames[k].isNullObject) context.workbook.names.add(n.name, rangeOf(created[i], n.rect));
      else knownNames[k].formula = `=${sheetRef(plan[i].final)}${rectAbs(n.rect)}`;
    });
    if (options.activate !== false && created.length > 0) created[0].activate();
    await sync();
  } catch (error) {
    await rollback(context, plan.map((p) => p.temp));
    throw unchanged(error);
  }
  progress(1, "Færdig");
  return {
    sheets: plan.map((p) => ({ wanted: p.wanted, written: p.final, movedAsideForUserSheet: p.movedAside, replaced: p.replaced })),
    syncs,
    requestBytes,
  };
}

/**
 * Removes the temporary sheets of a failed write by name (a failed batch may or may not have
 * created them); never touches any other sheet.
 */
async function rollback(context: Ctx, temps: readonly string[]): Promise<void> {
  try {
    const found = temps.map((t) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(t);
      ws.load("isNullObject");
      return ws;
    });
    await context.sync();
    const doomed = found.filter((ws) => !ws.isNullObject);
    if (doomed.length === 0) return;
    for (const ws of doomed) ws.delete();
    await context.sync();
  } catch {
    // Best effort: a temporary sheet left behind is hidden and named "~Styringsark …"; the next
    // run or the user can remove it. The user's own sheets are untouched either way.
  }
}
