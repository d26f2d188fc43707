// A living Disponering sheet (docs/domain.md §3, §4, §7), recalculated by HyperFormula after typing into
// it as a user would: a case typed below the last one is in every total and figure; a bad value
// (takst "4.700 kr", a stop date typed as text, an unknown unit or status) is counted and named on the
// sheet and leaves its row out instead of turning the totals into #VALUE!; the booked months follow
// the booked amounts and never zero a forecast.
import { DetailedCellError } from "hyperformula";
import { monthlyDisponering, ymdToDay, dayToSerial } from "../../src/core";
import { a1 } from "../../src/sheets/a1";
import { buildDisponering, ROW_PROBLEMS, SPARE_ROWS } from "../../src/sheets/disponering";
import { buildNoegletal } from "../../src/sheets/noegletal";
import { type Recalculated, recalcXlsx, writeForRecalc } from "../support/recalc";
import { tabel52Cases } from "../support/tabel52";

const YEAR = 2017;
const serial = (m: number, d: number) => dayToSerial(ymdToDay(YEAR, m, d));

async function sheets(opts: Partial<Parameters<typeof buildDisponering>[0]> = {}) {
  const d = buildDisponering({ year: YEAR, cases: tabel52Cases(), generatedOn: 45000, ...opts });
  const n = buildNoegletal({ year: YEAR, disponering: d.layout, generatedOn: 45000, budget: { amount: 4_000_000, source: "test" } });
  const wb = await recalcXlsx(await writeForRecalc([d.spec, n.spec]));
  const L = d.layout;
  const sheet = wb.hf.getSheetId(L.sheetName)!;
  let edits = 0;
  const type = (row: number, col: number, v: string | number | null) => {
    edits++;
    wb.hf.setCellContents({ sheet, row, col }, v);
  };
  /** Undoes every edit, so the tests of a describe share one recalculated workbook (the suite stays cheap). */
  const reset = () => {
    for (; edits > 0; edits--) wb.hf.undo();
  };
  const total = (row: number) => wb.num(L.sheetName, a1(row, L.totalCol));
  const count = (row: number) => wb.num(L.sheetName, a1(row, L.cols.status));
  return { d, n, wb, L, type, reset, total, count };
}

/** Types a whole case into row `row` (columns A–K). */
function typeCase(type: (r: number, c: number, v: string | number | null) => unknown, row: number, values: (string | number | null)[]) {
  values.forEach((v, c) => type(row, c, v));
}

const named = (wb: Recalculated, n: string) => wb.workbookName(n) as number;

let shared: Awaited<ReturnType<typeof sheets>>;
beforeAll(async () => {
  shared = await sheets();
});
afterEach(() => shared.reset());

describe("Disponering: a case typed below the last one is included", () => {
  it("counts in every total, line and named amount, and flags HÅP as not up to date", async () => {
    const { wb, L, type, total, count } = shared;
    expect(L.spareFrom).toBe(L.caseRows[L.caseRows.length - 1].row + 1);
    expect(L.casesTo).toBe(L.spareFrom + SPARE_ROWS - 1);
    expect([count(L.currentTotalRow), count(L.expectedTotalRow), count(L.grandTotalRow)]).toEqual([4, 2, 6]);
    expect(total(L.grandTotalRow)).toBeCloseTo(3_900_000, 4);
    expect(named(wb, "Forventet_regnskab_2017")).toBeCloseTo(3_900_000, 4);
    expect(wb.workbookName("Styringsark_opdateret")).toBe(true);

    // 10.000 kr. a month from 01.04.2017, open-ended: 9 months = 90.000.
    typeCase(type, L.spareFrom, ["670117-1007", "Ny sag", "Anbringelse", "5.28.21", null, null, "aktuel", 10_000, "måned", serial(4, 1), null]);
    expect(total(L.spareFrom)).toBeCloseTo(90_000, 6);
    expect([count(L.currentTotalRow), count(L.currentAndExpectedRow), count(L.grandTotalRow)]).toEqual([5, 7, 7]);
    expect(total(L.currentTotalRow)).toBeCloseTo(2_450_000 + 90_000, 4);
    expect(total(L.currentAndExpectedRow)).toBeCloseTo(3_990_000, 4);
    expect(total(L.byForanstaltning[0].row)).toBeCloseTo(3_990_000, 4);
    expect(total(L.byKonto[0].row)).toBeCloseTo(3_990_000, 4);
    expect(total(L.forventetByKonto[0].row)).toBeCloseTo(3_990_000, 4);
    expect(total(L.grandTotalRow)).toBeCloseTo(3_990_000, 4);
    expect(named(wb, "Forventet_regnskab_2017")).toBeCloseTo(3_990_000, 4);
    expect(named(wb, "Afvigelse_2017")).toBeCloseTo(-10_000, 4);
    // HÅP is kept as computed periods: the new row changes the case checksum, so the sheet says so.
    expect(wb.workbookName("Styringsark_opdateret")).toBe(false);
  });

  it("includes a typed case on a konto the sheet has no line for (the grand total takes it from the case block)", async () => {
    const { wb, L, type, total } = shared;
    typeCase(type, L.spareFrom + 3, [null, null, "Forebyggelse", "5.99.99", null, null, "forventet", 1_000, "uge", serial(12, 1), serial(12, 14)]);
    // Two weeks: 14 days × 1.000 / 7.
    expect(total(L.spareFrom + 3)).toBeCloseTo(2_000, 6);
    expect(total(L.expectedTotalRow)).toBeCloseTo(1_452_000, 4);
    expect(total(L.grandTotalRow)).toBeCloseTo(3_902_000, 4);
    expect(named(wb, "Forventet_regnskab_2017")).toBeCloseTo(3_902_000, 4);
  });
});

describe("Disponering: bad input is counted and named, never #VALUE! in the totals", () => {
  it("leaves out a row with takst '4.700 kr', a text stop date, an unknown unit or status, and counts them", async () => {
    const { wb, L, type, total, count } = shared;
    const s = L.sheetName;
    const problems = () => wb.num(s, a1(L.problemCountCell.row, L.problemCountCell.col));
    const problem = (row: number) => wb.at(s, row, L.helperCols.problem);
    const amount = (i: number) => monthlyDisponering(L.caseRows[i].caseRow, YEAR).reduce((a, b) => a + b, 0);
    expect(problems()).toBe(0);
    expect(wb.at(s, L.problemCountCell.row, L.problemCountCell.col + 1)).toBe("");

    // Case 1 (610117-1001, 1.200.000 a year): the takst typed as text.
    type(L.caseRows[0].row, L.cols.takst, "4.700 kr");
    expect(problems()).toBe(1);
    expect(wb.at(s, L.problemCountCell.row, L.problemCountCell.col + 1)).toBe("1 sagsrække med fejl indgår ikke i summerne: se kolonnen Z (Fejl i rækken)");
    expect(problem(L.caseRows[0].row)).toBe(ROW_PROBLEMS[1]);
    expect(total(L.grandTotalRow)).toBeCloseTo(3_900_000 - amount(0), 4);
    expect(named(wb, "Forventet_regnskab_2017")).toBeCloseTo(3_900_000 - 1_200_000, 4);
    expect(count(L.currentTotalRow)).toBe(3);
    // HÅP was computed with the row: one inclusion rule, so the sheets say HÅP is not up to date.
    expect(wb.workbookName("Styringsark_opdateret")).toBe(false);

    // Case 2 (620117-1002): a start date typed as text is a problem of its row, never #VALUE! in its
    // Kontrol cell or in Nøgletal's checksum.
    type(L.caseRows[1].row, L.cols.start, "'01.01.2017");
    expect([problem(L.caseRows[1].row), wb.at(s, L.caseRows[1].row, L.helperCols.check)]).toEqual([ROW_PROBLEMS[3], 0]);
    expect(typeof wb.workbookName("Styringsark_opdateret")).toBe("boolean");
    type(L.caseRows[1].row, L.cols.start, serial(1, 1));

    // Case 3 (630117-1003, to 30.06.2017): a stop date that is text is flagged, not open-ended.
    type(L.caseRows[2].row, L.cols.stop, "'31.12.2017");
    expect(wb.at(s, L.caseRows[2].row, L.cols.stop)).toBe("31.12.2017");
    expect(problem(L.caseRows[2].row)).toBe(ROW_PROBLEMS[4]);
    // Case 5 (forventet): an unknown unit; case 6: a status that is neither aktuel nor forventet.
    type(L.caseRows[4].row, L.cols.enhed, "kvartal");
    type(L.caseRows[5].row, L.cols.status, "aktiv");
    expect([problem(L.caseRows[4].row), problem(L.caseRows[5].row)]).toEqual([ROW_PROBLEMS[6], ROW_PROBLEMS[7]]);
    expect(problems()).toBe(4);
    expect(wb.at(s, L.problemCountCell.row, L.problemCountCell.col + 1)).toMatch(/^4 sagsrækker med fejl indgår ikke i summerne/);
    // Left: cases 2 and 4 (600.000 + 200.000).
    expect(total(L.grandTotalRow)).toBeCloseTo(800_000, 4);
    expect([count(L.currentTotalRow), count(L.expectedTotalRow), count(L.grandTotalRow)]).toEqual([2, 0, 2]);
    for (const name of ["Forventet_regnskab_2017", "Afvigelse_2017"]) expect(wb.workbookName(name)).not.toBeInstanceOf(DetailedCellError);
    expect(named(wb, "Afvigelse_2017")).toBeCloseTo(800_000 - 4_000_000, 4);

    // Corrected, every row counts again.
    type(L.caseRows[0].row, L.cols.takst, 100_000);
    type(L.caseRows[2].row, L.cols.stop, serial(6, 30));
    type(L.caseRows[4].row, L.cols.enhed, "måned");
    type(L.caseRows[5].row, L.cols.status, "forventet");
    expect(problems()).toBe(0);
    expect(total(L.grandTotalRow)).toBeCloseTo(3_900_000, 4);
    expect(wb.workbookName("Styringsark_opdateret")).toBe(true);
  });

  it("flags a negative takst, a missing start and a stop before the start, and ignores empty rows", async () => {
    const { wb, L, type, total } = shared;
    const problem = (row: number) => wb.at(L.sheetName, row, L.helperCols.problem);
    type(L.caseRows[1].row, L.cols.takst, -50_000);
    type(L.spareFrom, L.cols.navn, "Kun et navn");
    type(L.spareFrom + 1, L.cols.takst, 1_000);
    type(L.spareFrom + 1, L.cols.start, serial(5, 1));
    type(L.spareFrom + 1, L.cols.stop, serial(4, 1));
    type(L.spareFrom + 1, L.cols.status, "aktuel");
    expect([problem(L.caseRows[1].row), problem(L.spareFrom), problem(L.spareFrom + 1), problem(L.spareFrom + 2)])
      .toEqual([ROW_PROBLEMS[2], ROW_PROBLEMS[1], ROW_PROBLEMS[5], ""]);
    expect(total(L.grandTotalRow)).toBeCloseTo(3_900_000 - 600_000, 4);
  });

  it("puts a Danish input rule on every case column of the block, the empty rows included", () => {
    const { spec, layout: L } = buildDisponering({ year: YEAR, cases: tabel52Cases(), generatedOn: 45000 });
    const n = L.casesTo - L.casesFrom + 1;
    const rules = (spec.validations ?? []).filter((v) => v.rect.row === L.casesFrom && v.rect.rows === n);
    const byCol = Object.fromEntries(rules.map((v) => [v.rect.col, v]));
    expect(byCol[L.cols.takst].rule).toEqual({ type: "decimal", min: 0 });
    expect(byCol[L.cols.start]).toMatchObject({ rule: { type: "date" }, rect: { cols: 2 } });
    expect(byCol[L.cols.enhed].rule).toEqual({ type: "list", values: ["måned", "døgn", "uge", "år"] });
    expect(byCol[L.cols.status].rule).toEqual({ type: "list", values: ["aktuel", "forventet"] });
    expect(byCol[L.cols.cpr].rule).toEqual({ type: "text" });
    for (const v of rules) expect(v.error).toMatch(/^(Taksten|Skriv en dato|Takstenhed skal|Status skal|Cpr-nummeret skal)/);
  });
});

describe("Disponering: the booked months follow the booked amounts", () => {
  it("with no booked amount, 0 months are booked and the forecast is the disposed 3.900.000", async () => {
    // Asking for 10 booked months without amounts used to zero January–October (3.900.000 → 650.000).
    const { spec, layout } = buildDisponering({ year: YEAR, cases: tabel52Cases(), generatedOn: 45000, bookedMonths: 10 });
    const booked = spec.blocks.filter((b) => b.kind === "cells" && b.row === layout.bookedByKonto[0].row && b.col === layout.firstMonthCol);
    expect(booked.map((b) => (b.kind === "cells" ? b.cells[0].slice(0, 12) : null))).toEqual([new Array(12).fill(null)]);
    const { wb, L, total } = shared;
    expect(wb.num(L.sheetName, a1(L.bookedMonthsCell.row, L.bookedMonthsCell.col))).toBe(0);
    expect(total(L.grandTotalRow)).toBeCloseTo(3_900_000, 4);
    expect(named(wb, "Forventet_regnskab_2017")).toBeCloseTo(3_900_000, 4);
  });

  it("uses the booked amounts where given and the disposed amounts elsewhere; the pool counts only after the last booked month", async () => {
    // Cases 1–2 (150.000 a month all year) on 5.28.22, which has no booked amount; cases 3–6 on 5.28.21,
    // booked for January–March.
    const cases = tabel52Cases().map((c, i) => (i < 2 ? { ...c, konto: "5.28.22" } : c));
    const booked = [{ konto: "5.28.21", months: [300_000, 310_000, 320_000, 0, 0, 0, 0, 0, 0, 0, 0, 0] }];
    const { wb, L, type, total } = await sheets({ cases, booked });
    const s = L.sheetName;
    const bookedMonths = () => wb.num(s, a1(L.bookedMonthsCell.row, L.bookedMonthsCell.col));
    expect(bookedMonths()).toBe(3);
    const laterMonths = (i: number, from: number) => monthlyDisponering(cases[i], YEAR).slice(from).reduce((a, b) => a + b, 0);
    // 5.28.21 from April: case 3 April–June 225.000, case 5 July–December 450.000, case 6 April–December 900.000.
    expect([2, 3, 4, 5].reduce((sum, i) => sum + laterMonths(i, 3), 0)).toBeCloseTo(1_575_000, 6);
    // 930.000 booked + 1.575.000 disposed on 5.28.21, and 5.28.22's 1.800.000 disposed for the whole year.
    expect(total(L.grandTotalRow)).toBeCloseTo(4_305_000, 4);
    expect(named(wb, "Forventet_regnskab_2017")).toBeCloseTo(4_305_000, 4);
    for (let m = 0; m < 12; m++) type(L.poolRow, L.firstMonthCol + m, 10_000);
    expect(total(L.grandTotalRow)).toBeCloseTo(4_305_000 + 9 * 10_000, 4);
    // Booking October (200.000 against 175.000 disposed) moves the booked months to 10; April–September
    // stay disposed (nothing booked there) and the pool counts for November–December only.
    type(L.bookedByKonto[0].row, L.firstMonthCol + 9, 200_000);
    expect(bookedMonths()).toBe(10);
    expect(total(L.grandTotalRow)).toBeCloseTo(4_305_000 + 25_000 + 2 * 10_000, 4);
    expect(named(wb, "Forventet_regnskab_2017")).toBeCloseTo(4_350_000, 4);
  });
});
