// The yellow cells of Risikosager and Budgetforudsætninger survive a refresh (docs/domain.md §7):
// matched by the case's id / the line's foranstaltning, not by row; a value typed on the sheet is
// kept while the table changes, a cell nobody typed in follows the table (the hidden record of what
// was written tells them apart), an emptied cell takes the table's value again, and a typed value
// whose case left the table is parked under "Fjernede sager". On the Excel double.
import { buildBudgetforudsaetninger } from "../../src/sheets/budgetforudsaetninger";
import { buildRisikosager } from "../../src/sheets/risikosager";
import { REMOVED_TITLE } from "../../src/sheets/inputs";
import { a1 } from "../../src/sheets/a1";
import { writeSheets } from "../../src/excel";
import { ymdToDay, type Assumption, type RiskRow } from "../../src/core";
import { buildDisponering, buildNoegletal, buildOverblik } from "../../src/sheets";
import { NOEGLETAL_RECORD_COL } from "../../src/sheets/noegletal";
import { ExcelDouble } from "../support/excelDouble";
import { smallKommune } from "../support/smallKommune";

const risk = (id: string, sandsynlighed: number): RiskRow => ({
  id, foranstaltning: "Opholdssted", antal: 1, udgiftPrMaaned: 100000, sandsynlighed, forventetStart: ymdToDay(2025, 11, 1),
});
const buildRisk = (cases: RiskRow[]) => buildRisikosager({ year: 2025, bookedThrough: 10, cases, kontoOf: () => "5.28.23", generatedOn: 46000 });
const SHEET = "Risikosager";

/** The row of a case on the sheet (col A is the id), and its cell in column `col`. */
function cellOf(wb: ExcelDouble, id: string, col: number): unknown {
  for (let r = 0; r < 60; r++) if (wb.value(SHEET, a1(r, 0)) === id) return wb.value(SHEET, a1(r, col));
  throw new Error(`${id} er ikke på arket`);
}

describe("refreshing Risikosager keeps what was typed and follows the table elsewhere", () => {
  it("typed probabilities stay on their case after a re-sort, a changed table reaches untouched cells, a gone case's value is parked", async () => {
    const first = buildRisk([risk("R-1", 0.5), risk("R-2", 0.3), risk("R-3", 0.2)]);
    const p = first.layout.cols.sandsynlighed;
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, [first.spec]);
    // The record column is written hidden.
    expect([...wb.sheet(SHEET)!.hiddenCols]).toEqual([11]);
    wb.type(SHEET, a1(first.layout.rows[1].row, p), 0.8);
    wb.type(SHEET, a1(first.layout.rows[2].row, p), 0.9);

    // The table next month: re-sorted, R-1's probability changed to 60 %, R-3 gone.
    const out = await writeSheets(wb.context, [buildRisk([risk("R-2", 0.3), risk("R-1", 0.6)]).spec]);
    expect(out.sheets[0]).toMatchObject({ replaced: true, inputsCarried: 1, inputsParked: 1, inputsConflicts: 0 });
    expect(cellOf(wb, "R-2", p)).toBe(0.8); // typed: kept
    expect(cellOf(wb, "R-1", p)).toBe(0.6); // nobody typed: the table's new value
    // R-3's 90 % under "Fjernede sager", on a row that says which case it was.
    let title = -1;
    for (let r = 0; r < 60; r++) if (wb.value(SHEET, a1(r, 0)) === REMOVED_TITLE) title = r;
    expect([wb.value(SHEET, a1(title + 1, 0)), wb.value(SHEET, a1(title + 1, p))]).toEqual(["R-3", 0.9]);

    // The table changes R-2 too: the sheet's 80 % is kept and counted as a conflict.
    const conflict = await writeSheets(wb.context, [buildRisk([risk("R-2", 0.4), risk("R-1", 0.6)]).spec]);
    expect(conflict.sheets[0]).toMatchObject({ inputsCarried: 1, inputsConflicts: 1 });
    expect(cellOf(wb, "R-2", p)).toBe(0.8);
    // An emptied cell takes the table's value again, and follows the table from then on.
    const r2 = (() => {
      for (let r = 0; r < 60; r++) if (wb.value(SHEET, a1(r, 0)) === "R-2") return r;
      return -1;
    })();
    wb.type(SHEET, a1(r2, p), null);
    await writeSheets(wb.context, [buildRisk([risk("R-2", 0.4), risk("R-1", 0.6)]).spec]);
    expect(cellOf(wb, "R-2", p)).toBe(0.4);
    // R-2 is nobody's now; R-3's typed 90 % stays parked until its case returns.
    const later = await writeSheets(wb.context, [buildRisk([risk("R-2", 0.45), risk("R-1", 0.6)]).spec]);
    expect(cellOf(wb, "R-2", p)).toBe(0.45);
    expect(later.sheets[0]).toMatchObject({ inputsCarried: 0, inputsParked: 1 });
  });

  it("a sheet written before the record existed: its values are the add-in's, so the changed table reaches them", async () => {
    const first = buildRisk([risk("R-1", 0.5)]);
    const p = first.layout.cols.sandsynlighed;
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, [first.spec]);
    // Without its record (as an earlier version wrote the sheet).
    wb.type(SHEET, a1(first.layout.rows[0].row, 11), null);
    const out = await writeSheets(wb.context, [buildRisk([risk("R-1", 0.6)]).spec]);
    expect(out.sheets[0]).toMatchObject({ inputsCarried: 0, inputsParked: 0 });
    expect(cellOf(wb, "R-1", p)).toBe(0.6);
  });

  it("a typed 0 % is the user's too (not an empty cell)", async () => {
    const first = buildRisk([risk("R-1", 0.5)]);
    const p = first.layout.cols.sandsynlighed;
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, [first.spec]);
    wb.type(SHEET, a1(first.layout.rows[0].row, p), 0);
    const out = await writeSheets(wb.context, [buildRisk([risk("R-1", 0.5)]).spec]);
    expect(out.sheets[0]).toMatchObject({ inputsCarried: 1 });
    expect(cellOf(wb, "R-1", p)).toBe(0);
  });
});

describe("refreshing Budgetforudsætninger keeps typed PL rates and figures by foranstaltning", () => {
  const line = (foranstaltning: string, haap: number): Assumption => ({
    omraade: "anbringelsesområdet", foranstaltning, konto: "5.28.20", haap, pris: 500000, haapSidsteAar: haap, prisSidsteAar: 480000,
  });
  const build = (lines: Assumption[], rate2026: number) =>
    buildBudgetforudsaetninger({ year: 2025, assumptions: lines, pl: [{ year: 2025, rate: 0.03 }, { year: 2026, rate: rate2026 }], generatedOn: 46000 });
  const S = "Budgetforudsætninger";

  it("puts a typed HÅP and PL rate back on the same line and year; the rest follows the table", async () => {
    const first = build([line("Plejefamilie", 58.7), line("Opholdssted", 33.3)], 0.02);
    const { yearCols, plRow, plCols } = first.layout;
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, [first.spec]);
    wb.type(S, a1(first.layout.rows[1].row, yearCols[0].haap), 35); // Opholdssted's HÅP 2025
    wb.type(S, a1(plRow, plCols[0]), 0.05); // PL 2025

    // Lines in the other order, HÅP of Plejefamilie and PL 2026 changed in the tables.
    const next = build([line("Opholdssted", 33.3), line("Plejefamilie", 60)], 0.025);
    await writeSheets(wb.context, [next.spec]);
    const rowOf = (name: string) => next.layout.rows.find((r) => r.assumption.foranstaltning === name)!.row;
    expect(wb.value(S, a1(rowOf("Opholdssted"), yearCols[0].haap))).toBe(35);
    expect(wb.value(S, a1(rowOf("Plejefamilie"), yearCols[0].haap))).toBe(60);
    expect([wb.value(S, a1(plRow, plCols[0])), wb.value(S, a1(plRow, plCols[1]))]).toEqual([0.05, 0.025]);
  });
});

/** Disponering and Overblik 2025 over smallKommune written to a new double; `build` makes Overblik again with other choices. */
async function overblikWorkbook() {
  const cases = smallKommune();
  const d = buildDisponering({ year: 2025, cases, generatedOn: 45000 });
  const build = (choices: { baseYear?: number; budgets?: Record<string, number> } = {}) =>
    buildOverblik({ year: 2025, cases, disponering: d.layout, generatedOn: 45000, chartsDrawn: true, baseYear: 2024, target: 0.75, ...choices });
  const first = build();
  const wb = new ExcelDouble([{ name: "Sager" }]);
  await writeSheets(wb.context, [d.spec, first.spec]);
  return { wb, build, first };
}

describe("refreshing Overblik keeps the budget and type typed per foranstaltning", () => {
  it("after a run that gives no budgets (the Overblik panel) and one that gives them back read from the sheet (the automatic refresh)", async () => {
    const { wb, build, first } = await overblikWorkbook();
    const S = "Overblik 2025";
    const at = (name: string, col: number) => a1(first.layout.budgetRow + first.layout.names.indexOf(name), col);
    const [one, two] = first.layout.names;
    wb.type(S, at(one, 1), 400000);
    // Another type than the one the add-in gave it.
    const other = wb.value(S, at(two, 4)) === "Øvrig" ? "Forebyggende" : "Øvrig";
    wb.type(S, at(two, 4), other);

    // The automatic refresh gives the budget it read back; the panel's next run gives none.
    await writeSheets(wb.context, [build({ budgets: { [one]: 400000 } }).spec]);
    const out = await writeSheets(wb.context, [build().spec]);
    expect(out.sheets[0]).toMatchObject({ inputsCarried: 2, inputsParked: 0 });
    expect([wb.value(S, at(one, 1)), wb.value(S, at(two, 4))]).toEqual([400000, other]);
  });
});

describe("refreshing Overblik keeps a typed base year while the panel's choice is the same", () => {
  it("and gives way to a new choice in the panel", async () => {
    const { wb, build, first } = await overblikWorkbook();
    const S = "Overblik 2025";
    const cell = a1(first.layout.baseYearCell.row, first.layout.baseYearCell.col);
    wb.type(S, cell, 2023);
    await writeSheets(wb.context, [build({ baseYear: 2024 }).spec]);
    expect(wb.value(S, cell)).toBe(2023);
    await writeSheets(wb.context, [build({ baseYear: 2022 }).spec]);
    expect(wb.value(S, cell)).toBe(2022);
  });
});

describe("refreshing Nøgletal keeps a typed budget", () => {
  it("the yellow budget cell typed without a budget table survives a refresh; a budget table reaching it later is counted as a conflict", async () => {
    const d = buildDisponering({ year: 2025, cases: smallKommune(), generatedOn: 45000 });
    const build = (budget?: { amount: number; source: string }) =>
      buildNoegletal({ year: 2025, disponering: d.layout, generatedOn: 45000, ...(budget ? { budget } : {}) });
    const first = build();
    const S = "Nøgletal 2025";
    const cell = a1(first.layout.headline.budget.row, 1);
    // Nothing but the record is written in its column.
    const inRecordCol = first.spec.blocks.filter((b) => b.kind === "cells" && b.col <= NOEGLETAL_RECORD_COL && b.col + b.cells[0].length > NOEGLETAL_RECORD_COL);
    expect(inRecordCol.length).toBe(2); // its title and the one record
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, [d.spec, first.spec]);
    wb.type(S, cell, 900000);
    const again = await writeSheets(wb.context, [d.spec, build().spec]);
    expect(again.sheets[1]).toMatchObject({ inputsCarried: 1 });
    expect(wb.value(S, cell)).toBe(900000);
    const table = await writeSheets(wb.context, [d.spec, build({ amount: 1_000_000, source: "tabellen Budget" }).spec]);
    expect(table.sheets[1]).toMatchObject({ inputsCarried: 1, inputsConflicts: 1 });
    expect(wb.value(S, cell)).toBe(900000);
  });
});
