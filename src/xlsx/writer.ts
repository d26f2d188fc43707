// ExcelJS writer for sheet descriptions. Fill blocks become shared formulas (one master formula per
// block), which is what Excel itself writes for filled formulas and keeps the file small.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { a1, rectA1, rectAbs } from "../sheets/a1";
import { STYLE_LOOKS } from "../sheets/styles";
import type { Cell, DataValidation, FormatRule, SheetSpec } from "../sheets/spec";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function cellValue(c: Cell): ExcelJS.CellValue {
  if (c !== null && typeof c === "object") return { formula: c.f } as ExcelJS.CellFormulaValue;
  return c;
}

function applyFormat(ws: ExcelJS.Worksheet, rule: FormatRule): void {
  const look = rule.style ? STYLE_LOOKS[rule.style] : undefined;
  const font: Partial<ExcelJS.Font> | undefined =
    look || rule.bold
      ? {
          bold: rule.bold ?? look?.bold,
          italic: look?.italic,
          size: look?.fontSize,
          color: look?.fontColor ? { argb: argb(look.fontColor) } : undefined,
        }
      : undefined;
  const fill: ExcelJS.Fill | undefined = look?.fill
    ? { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } }
    : undefined;
  for (let r = rule.rect.row; r < rule.rect.row + rule.rect.rows; r++) {
    const row = ws.getRow(r + 1);
    for (let c = rule.rect.col; c < rule.rect.col + rule.rect.cols; c++) {
      const cell = row.getCell(c + 1);
      if (rule.numberFormat) cell.numFmt = rule.numberFormat;
      if (font) cell.font = { ...cell.font, ...font };
      if (fill) cell.fill = fill;
      if (look?.borderTop) cell.border = { top: { style: "thin" } };
      if (rule.wrap) cell.alignment = { wrapText: true, vertical: "top" };
      if (look?.unlocked) cell.protection = { locked: false };
    }
  }
}

function validationModel(v: DataValidation): ExcelJS.DataValidation {
  const base = { allowBlank: true, showErrorMessage: true, errorTitle: "Styringsark", error: v.error };
  switch (v.rule.type) {
    case "list":
      return { ...base, type: "list", formulae: [`"${v.rule.values.join(",")}"`] };
    case "decimal": {
      const { min, max } = v.rule;
      if (min !== undefined && max !== undefined) return { ...base, type: "decimal", operator: "between", formulae: [min, max] };
      if (min !== undefined) return { ...base, type: "decimal", operator: "greaterThanOrEqual", formulae: [min] };
      return { ...base, type: "decimal", operator: "lessThanOrEqual", formulae: [max ?? 0] };
    }
    case "date":
      return { ...base, type: "date", operator: "greaterThan", formulae: [new Date(Date.UTC(1900, 0, 1))] };
  }
}

/** Adds one sheet description to a workbook. */
export function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name, {
    views: spec.freeze ? [{ state: "frozen", xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }] : undefined,
    properties: spec.tabColor ? { tabColor: { argb: argb(spec.tabColor) } } : undefined,
  });
  for (const block of spec.blocks) {
    if (block.kind === "cells") {
      block.cells.forEach((cells, i) => {
        const row = ws.getRow(block.row + i + 1);
        cells.forEach((c, j) => {
          if (c !== null) row.getCell(block.col + j + 1).value = cellValue(c);
        });
      });
    } else {
      const { rect, formula } = block;
      const master = a1(rect.row, rect.col);
      for (let r = rect.row; r < rect.row + rect.rows; r++) {
        const row = ws.getRow(r + 1);
        for (let c = rect.col; c < rect.col + rect.cols; c++) {
          const cell = row.getCell(c + 1);
          if (r === rect.row && c === rect.col) {
            cell.value = rect.rows * rect.cols > 1
              ? ({ formula, shareType: "shared", ref: rectA1(rect) } as unknown as ExcelJS.CellFormulaValue)
              : { formula };
          } else {
            cell.value = { sharedFormula: master } as ExcelJS.CellSharedFormulaValue;
          }
        }
      }
    }
  }
  for (const rule of spec.formats) applyFormat(ws, rule);
  for (const [col, width] of Object.entries(spec.columnWidths ?? {})) ws.getColumn(Number(col) + 1).width = width;
  for (const v of spec.validations ?? []) {
    (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(rectA1(v.rect), validationModel(v));
  }
  return ws;
}

/** Builds a workbook from sheet descriptions; sheets appear in the given order. */
export async function buildWorkbook(specs: readonly SheetSpec[]): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Styringsark";
  wb.created = new Date();
  // No cached results are written, so Excel and LibreOffice must calculate on open.
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const spec of specs) {
    const ws = addSheet(wb, spec);
    if (spec.protect) await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  }
  return wb;
}

/** Writes sheet descriptions to an .xlsx file. */
export async function writeXlsxFile(specs: readonly SheetSpec[], path: string): Promise<void> {
  const { writeFile } = await import("fs/promises");
  await writeFile(path, await writeXlsxBuffer(specs));
}

/** Writes sheet descriptions to an .xlsx buffer. */
export async function writeXlsxBuffer(specs: readonly SheetSpec[]): Promise<Buffer> {
  const wb = await buildWorkbook(specs);
  return addSheetScopedNames(Buffer.from(await wb.xlsx.writeBuffer()), specs);
}

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * ExcelJS can only write workbook-scoped names, but SheetSpec names are worksheet-scoped (two
 * budget models may both have Takstberegningsgrundlag), so they are added to xl/workbook.xml
 * afterwards, with localSheetId = the sheet's position in `specs`.
 */
async function addSheetScopedNames(buffer: Buffer, specs: readonly SheetSpec[]): Promise<Buffer> {
  const entries = specs.flatMap((spec, i) =>
    (spec.names ?? []).map(
      (n) => `<definedName name="${xmlEscape(n.name)}" localSheetId="${i}">${xmlEscape(`'${spec.name.replace(/'/g, "''")}'!${rectAbs(n.rect)}`)}</definedName>`,
    ),
  );
  if (entries.length === 0) return buffer;
  const zip = await JSZip.loadAsync(buffer);
  const file = zip.file("xl/workbook.xml");
  if (!file) return buffer;
  let xml = await file.async("string");
  xml = xml.includes("</definedNames>")
    ? xml.replace("</definedNames>", `${entries.join("")}</definedNames>`)
    : xml.replace("</sheets>", `</sheets><definedNames>${entries.join("")}</definedNames>`);
  zip.file("xl/workbook.xml", xml);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
