// "Opdatér måned" also refreshes the follow-up sheets the workbook has (Prognose with its inputs,
// Budgetbemærkninger) in place, and its summary names them — on the Excel double through the
// Office adapter, with Eksempel Kommune's tables inserted as the Oversigt panel does.
import { ymdToDay } from "../../src/core";
import { generateBudgetbemaerkninger, generatePrognose, loadPrognoseSettings, readPrognoseInputs, updateMonth } from "../../src/flows";
import { excelWorkbook } from "../../src/excel/workbook";
import { followUpForMonth } from "../../src/flows/prognose";
import { dropExcelDouble } from "../support/autoRefresh";
import { eksempelExcelWorkbook } from "../support/eksempelWorkbook";

afterEach(dropExcelDouble);

describe("updateMonth with a prognose in the workbook", () => {
  it("refreshes Prognose, its inputs and Budgetbemærkninger in the same worksheets and says so, or why not", async () => {
    const wb = await eksempelExcelWorkbook();
    const generatedOn = ymdToDay(2025, 11, 3);
    const inputs = await readPrognoseInputs(excelWorkbook);
    const prognose = await generatePrognose(excelWorkbook, inputs, await loadPrognoseSettings(excelWorkbook), generatedOn);
    const bemaerk = await generateBudgetbemaerkninger(excelWorkbook, generatedOn);
    const followUp = [...prognose.sheets, ...bemaerk.sheets];
    // The example's tables stand on "Tabel …" sheets: ours keep their own names, never "(2)".
    expect(followUp).toEqual(["Budgetforudsætninger", "Risikosager", expect.stringMatching(/^Prognose 2025-\d\d$/), "Budgetbemærkninger 2025"]);
    const ids = followUp.map((n) => wb.sheet(n)!.id);

    const out = await updateMonth(excelWorkbook, { source: "Sager", year: 2025, month: 10, maskCpr: false, generatedOn });
    expect(out.sheets).toEqual(["Disponering 2025", "Nøgletal 2025", ...followUp]);
    expect(followUp.map((n) => wb.sheet(n)!.id)).toEqual(ids);
    expect(out.message).toContain(`Også opdateret: ${followUp.join(", ")}.`);
    expect(wb.hidden()).toEqual(["Sagsbillede 2025-10"]);

    // Without the Forbrug table the month is still closed, and the summary says why the follow-up was left.
    wb.tables = wb.tables.filter((t) => t.name !== "Forbrug");
    const again = await updateMonth(excelWorkbook, { source: "Sager", year: 2025, month: 10, maskCpr: false, generatedOn });
    expect(again.sheets).toEqual(["Disponering 2025", "Nøgletal 2025"]);
    expect(again.message).toContain('Prognose og budgetbemærkninger er ikke opdateret: Tabellen "Forbrug" findes ikke i arbejdsbogen.');
  });
});

describe("a follow-up that Excel refused to read", () => {
  it("is said in Danish in the month's summary, never in Excel's English", async () => {
    await eksempelExcelWorkbook();
    const generatedOn = ymdToDay(2025, 11, 3);
    const inputs = await readPrognoseInputs(excelWorkbook);
    await generatePrognose(excelWorkbook, inputs, await loadPrognoseSettings(excelWorkbook), generatedOn);
    // A read of our Prognose sheets fails as Office.js rejects it: an OfficeExtension.Error in English.
    const english = Object.assign(new Error("The response payload size has exceeded the limit."), { name: "OfficeExtension.Error", code: "ResponsePayloadSizeLimitExceeded" });
    const out = await followUpForMonth({ ...excelWorkbook, readSheet: () => Promise.reject(english) }, generatedOn, { prognose: true, bemaerkninger: true });
    expect(out.skipped).toBe("Der var for mange data til at læse fra Excel på én gang. Gør tabellen mindre (fx ét år ad gangen), eller brug Excel til skrivebordet.");
  });
});
