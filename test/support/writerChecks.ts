// Shared by the Office writer's tests (test/excel/writer.adapter.ts and its 20.000-row variant in
// test/deep/writer.deep.ts): a synthetic case table and the check that a sheet holds what was sent.
import { buildDisponering } from "../../src/sheets/disponering";
import { officeCell } from "../../src/excel/plan";
import { shiftFormula } from "../../src/sheets/a1";
import type { SheetSpec } from "../../src/sheets/spec";
import { OPEN_END, ymdToDay, type CaseRow } from "../../src/core";
import type { ExcelDouble } from "./excelDouble";

export function manyCases(n: number): CaseRow[] {
  const out: CaseRow[] = [];
  for (let i = 0; i < n; i++) {
    out.push({
      row: i + 2, cpr: `${String(61 + (i % 28)).padStart(2, "0")}0${1 + (i % 9)}1${i % 10}-${String(1000 + (i % 9000))}`,
      navn: `Borger ${i}`, foranstaltning: ["Plejefamilie", "Opholdssted", "Døgninstitution", "Kontaktperson"][i % 4],
      konto: ["5.28.20", "5.28.21", "5.28.23"][i % 3], leverandoer: `Leverandør ${i % 50}`, raadgiver: `R${i % 30}`,
      status: i % 10 === 0 ? "forventet" : "aktuel", takst: 10000 + (i % 97) * 1000, enhed: "måned",
      start: ymdToDay(2024, 1 + (i % 12), 1 + (i % 28)), stop: i % 3 === 0 ? OPEN_END : ymdToDay(2025, 1 + (i % 12), 1),
    });
  }
  return out;
}

export const disponering = (cases: CaseRow[]) => buildDisponering({ year: 2025, cases, generatedOn: 45000 }).spec;

/** Every cell of the spec is in the sheet as Office.js was sent it (fill blocks moved per row). */
export function expectSheetHolds(wb: ExcelDouble, name: string, spec: SheetSpec): void {
  const sheet = wb.sheet(name)!;
  const wrong: unknown[] = [];
  let checked = 0;
  for (const b of spec.blocks) {
    if (b.kind === "cells") {
      b.cells.forEach((row, i) =>
        row.forEach((c, j) => {
          const key = `${b.row + i},${b.col + j}`;
          const sent = officeCell(c);
          if ((sheet.cells.get(key) ?? "") !== sent) wrong.push([key, sheet.cells.get(key), sent]);
          checked++;
        }),
      );
    } else {
      // The first row is written, the rest is Excel's autoFill of it over the whole rect.
      const first = Array.from({ length: b.rect.cols }, (_, j) => `=${shiftFormula(b.formula, 0, j)}`);
      if (!sheet.fills.some((f) => JSON.stringify(f) === JSON.stringify({ rect: b.rect, row: first }))) wrong.push([b.rect, first]);
      checked++;
    }
  }
  expect(wrong).toEqual([]);
  expect(checked).toBeGreaterThan(0);
}

