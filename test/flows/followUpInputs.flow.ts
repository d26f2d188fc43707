// Values typed on our Risikosager and Budgetforudsætninger sheets are used by the prognose and the
// budget comments, not only kept in their cells (docs/domain.md §7: one number) — through the Office
// adapter on the Excel double, with Eksempel Kommune's tables inserted as the Oversigt panel does.
import { IDENTITY_KEY } from "../../src/excel/plan";
import { dayToSerial, monthStart, ymdToDay } from "../../src/core";
import {
  generateBudgetbemaerkninger, generatePrognose, loadPrognoseSettings, readPrognoseInputs, updateMonth, withMethod,
} from "../../src/flows";
import { excelWorkbook } from "../../src/excel/workbook";
import { a1 } from "../../src/sheets/a1";
import { dropExcelDouble } from "../support/autoRefresh";
import { eksempelExcelWorkbook } from "../support/eksempelWorkbook";
import type { ExcelDouble } from "../support/excelDouble";

afterEach(dropExcelDouble);

/** The row on `sheet` whose column `col` holds `text`. */
function rowOf(wb: ExcelDouble, sheet: string, col: number, text: string, from = 0): number {
  for (let r = from; r < 120; r++) if (wb.value(sheet, a1(r, col)) === text) return r;
  throw new Error(`${text} er ikke på arket ${sheet}`);
}

describe("the follow-up uses what was typed on its sheets", () => {
  it("a typed probability moves the prognose by the hand-computed amount; a typed HÅP reaches the budget comment; both stay typed", async () => {
    const wb = await eksempelExcelWorkbook();
    const generatedOn = ymdToDay(2025, 11, 3);
    const inputs = await readPrognoseInputs(excelWorkbook);
    // Døgninstitution is on 5.28.24: its prognose counts the risk cases.
    const settings = withMethod(await loadPrognoseSettings(excelWorkbook), "5.28.24", "risikosager");
    const before = await generatePrognose(excelWorkbook, inputs, settings, generatedOn);
    // The example's tables stand on "Tabel …" sheets, so ours get their own names.
    const RS = "Risikosager", BF = "Budgetforudsætninger";
    expect(before.sheets.slice(0, 2)).toEqual([BF, RS]);
    const textBefore = (await generateBudgetbemaerkninger(excelWorkbook, generatedOn)).paragraphs[0];
    expect(textBefore).toContain("118,2");

    // 1 × 215.000 kr. a month from 01.11.2025, 60 % → 100 %: two months more at 40 % = 172.000 kr.
    wb.type(RS, a1(rowOf(wb, RS, 0, "R-01"), 5), 1);
    // Plejefamilie's budget HÅP 58,7 → 60,7: anbringelsesområdet's budget HÅP 118,2 → 120,2.
    wb.type(BF, a1(rowOf(wb, BF, 1, "Plejefamilie"), 5), 60.7);
    // October's booked amount on 5.28.24, corrected on the Prognose sheet: +100.000 kr. to date.
    const PG = before.sheets[2];
    const section = rowOf(wb, PG, 0, "Bogført forbrug pr. måned");
    let oct = -1;
    for (let c = 1; c < 40; c++) if (wb.value(PG, a1(section + 1, c)) === dayToSerial(monthStart(2025, 10))) oct = c;
    const octCell = a1(rowOf(wb, PG, 0, "5.28.24", section), oct);
    const booked = wb.value(PG, octCell) as number;
    wb.type(PG, octCell, booked + 100000);

    const after = await generatePrognose(excelWorkbook, await readPrognoseInputs(excelWorkbook), settings, generatedOn);
    expect(after.forventetIAlt - before.forventetIAlt).toBeCloseTo(172000 + 100000, 6);
    expect(after.message).toContain("3 værdier, du har rettet direkte på arkene (Budgetforudsætninger, Risikosager, Prognose), er brugt i stedet for tabellernes og panelets");
    expect(wb.value(PG, octCell)).toBe(booked + 100000);
    const bem = await generateBudgetbemaerkninger(excelWorkbook, generatedOn);
    expect(bem.paragraphs[0]).toContain("120,2");
    expect(bem.paragraphs[0]).not.toContain("118,2");
    // Still on the sheets after both refreshes, and still the user's: a third run uses them too.
    expect(wb.value(RS, a1(rowOf(wb, RS, 0, "R-01"), 5))).toBe(1);
    expect(wb.value(BF, a1(rowOf(wb, BF, 1, "Plejefamilie"), 5))).toBe(60.7);
    const third = await generatePrognose(excelWorkbook, await readPrognoseInputs(excelWorkbook), settings, generatedOn);
    expect(third.forventetIAlt).toBe(after.forventetIAlt);
  });
});

describe("Opdatér måned with a value typed where the table changed too", () => {
  it("keeps the sheet's value and says so in the summary", async () => {
    const wb = await eksempelExcelWorkbook();
    const generatedOn = ymdToDay(2025, 11, 3);
    await generatePrognose(excelWorkbook, await readPrognoseInputs(excelWorkbook), await loadPrognoseSettings(excelWorkbook), generatedOn);
    const RS = "Risikosager";
    wb.type(RS, a1(rowOf(wb, RS, 0, "R-01"), 5), 1);
    // The table Risikosager (on the example's sheet "Tabel Risikosager", R-01 in row 2): 60 % → 70 %.
    expect(wb.value("Tabel Risikosager", "A2")).toBe("R-01");
    wb.type("Tabel Risikosager", "E2", 0.7);
    const out = await updateMonth(excelWorkbook, { source: "Sager", year: 2025, month: 10, maskCpr: false, generatedOn });
    expect(out.message).toContain("Én værdi, du har rettet direkte på arkene, er beholdt, selv om tabellen bag den også er ændret siden; slet værdien på arket for at bruge tabellens.");
    expect(wb.value(RS, a1(rowOf(wb, RS, 0, "R-01"), 5))).toBe(1);
  });
});

describe("next month's Prognose starts from what was typed on last month's", () => {
  it("a skøn typed on Prognose 2025-09 is used and shown on Prognose 2025-10", async () => {
    const wb = await eksempelExcelWorkbook();
    const generatedOn = ymdToDay(2025, 11, 3);
    const settings = { ...withMethod(await loadPrognoseSettings(excelWorkbook), "5.28.24", "skoen"), skoen: { "5.28.24": 30_000_000 } };
    const first = await generatePrognose(excelWorkbook, await readPrognoseInputs(excelWorkbook), settings, generatedOn);
    const PG = first.sheets[2];
    expect(PG).toBe("Prognose 2025-10");
    const grundlag = rowOf(wb, PG, 0, "Grundlag pr. konto (resten af året)");
    const skoenCell = a1(rowOf(wb, PG, 0, "5.28.24", grundlag), 4);
    expect(wb.value(PG, skoenCell)).toBe(30_000_000);
    wb.type(PG, skoenCell, 31_000_000);
    // As if that sheet were last month's (written under that name): the next run writes a new month's
    // sheet. Renamed alone, it would be this month's sheet renamed by the user, refreshed where it is.
    wb.sheet(PG)!.name = "Prognose 2025-09";
    wb.sheet("Prognose 2025-09")!.props.set(IDENTITY_KEY, "Prognose 2025-09");
    const next = await generatePrognose(excelWorkbook, await readPrognoseInputs(excelWorkbook), settings, generatedOn);
    expect(next.sheets[2]).toBe("Prognose 2025-10");
    expect(wb.value(PG, skoenCell)).toBe(31_000_000);
    expect(next.forventetIAlt - first.forventetIAlt).toBeCloseTo(1_000_000, 6);
  });
});
