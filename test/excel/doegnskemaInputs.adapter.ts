// A døgnskema made again (a new ydelsespakke, say) keeps the activities the user typed, on their rows,
// with the user's formula beside them (docs/domain.md §7): the list is kept by position, on the Excel double.
import { writeSheets } from "../../src/excel";
import { buildDoegnskema, doegnskemaSheetName } from "../../src/sheets/doegnskema";
import { removedTitle } from "../../src/sheets/inputs";
import { a1 } from "../../src/sheets/a1";
import { ExcelDouble } from "../support/excelDouble";

const skema = (ydelsespakke: string, emptyRows: number) =>
  buildDoegnskema({ borger: "Borger A1", tilbud: "Botilbud A", ydelsespakke, udmaaltTimerPrUge: 8, generatedOn: 45000, ataTimepris: 500, activities: [], emptyRows });
const SHEET = doegnskemaSheetName("Borger A1");

describe("refreshing a døgnskema", () => {
  it("keeps the typed activities on their rows; rows beyond a shorter list are parked, never dropped", async () => {
    const first = skema("Funktionsniveau 3", 4);
    const r = first.layout.firstActivityRow + 1; // 1-based first activity row
    const wb = new ExcelDouble([{ name: "Ark1" }]);
    await writeSheets(wb.context, [first.spec]);
    const id = wb.sheet(SHEET)!.id;
    wb.type(SHEET, `A${r}`, "Morgen");
    wb.type(SHEET, `B${r}`, "Morgenrutine");
    wb.type(SHEET, `E${r}`, "Hverdage");
    wb.type(SHEET, `F${r}`, 30);
    // Row 2 left empty on purpose; row 3 and row 4 typed.
    wb.type(SHEET, `B${r + 2}`, "Aftensmad");
    wb.type(SHEET, `F${r + 2}`, `=F${r}*2`);
    wb.type(SHEET, `B${r + 3}`, "Gåtur");

    const out = await writeSheets(wb.context, [skema("Funktionsniveau 4", 4).spec]);
    expect(out.sheets[0]).toMatchObject({ replaced: true, inputsCarried: 3, inputsParked: 0 });
    expect(wb.sheet(SHEET)!.id).toBe(id);
    expect(wb.value(SHEET, `B${first.layout.ydelsespakke.row + 1}`)).toBe("Funktionsniveau 4");
    expect([wb.value(SHEET, `A${r}`), wb.value(SHEET, `B${r}`), wb.value(SHEET, `E${r}`), wb.value(SHEET, `F${r}`)]).toEqual(["Morgen", "Morgenrutine", "Hverdage", 30]);
    expect(wb.value(SHEET, `B${r + 1}`)).toBeNull();
    expect([wb.value(SHEET, `B${r + 2}`), wb.formula(SHEET, `F${r + 2}`), wb.value(SHEET, `F${r + 2}`)]).toEqual(["Aftensmad", `=F${r}*2`, 60]);
    // The skema's own formulas beside them are the new build's.
    expect(String(wb.formula(SHEET, `M${r}`))).toMatch(/^=IF\(OR\(F\d+="",K\d+=0\),0,/);

    // A list with three rows: the fourth (Gåtur) is parked under its title, with its values.
    const shorter = await writeSheets(wb.context, [skema("Funktionsniveau 4", 3).spec]);
    expect(shorter.sheets[0]).toMatchObject({ inputsCarried: 2, inputsParked: 1 });
    const title = [...Array(80).keys()].map((i) => i + 1).find((i) => wb.value(SHEET, `A${i}`) === removedTitle(first.spec.inputs![0]))!;
    expect(wb.value(SHEET, `B${title + 1}`)).toBe("Gåtur");
    expect(wb.value(SHEET, `B${r + 2}`)).toBe("Aftensmad");
  });
});

describe("the skema's own yellow lines (tilbud, ydelsespakke, udmålte timer)", () => {
  it("a value typed on the sheet stays while the task pane's choice is the same, and gives way to a new choice", async () => {
    const build = (timer: number) =>
      buildDoegnskema({ borger: "Borger A1", tilbud: "Botilbud A", ydelsespakke: "Funktionsniveau 3", udmaaltTimerPrUge: timer, generatedOn: 45000, ataTimepris: 500, activities: [], emptyRows: 2 });
    const first = build(8);
    const cell = `B${first.layout.granted.row + 1}`;
    const wb = new ExcelDouble([{ name: "Ark1" }]);
    await writeSheets(wb.context, [first.spec]);
    wb.type(SHEET, cell, 10);
    const same = await writeSheets(wb.context, [build(8).spec]);
    expect(same.sheets[0]).toMatchObject({ inputsCarried: 1, inputsConflicts: 0 });
    expect(wb.value(SHEET, cell)).toBe(10);
    // A new choice in the task pane (12 timer) is the newer decision.
    await writeSheets(wb.context, [build(12).spec]);
    expect(wb.value(SHEET, cell)).toBe(12);
    // The record column holds no cpr-nummer or borger: only the three lines' values.
    const hidden = [...wb.sheet(SHEET)!.hiddenCols];
    expect(hidden).toHaveLength(1);
    const records = Array.from({ length: 40 }, (_, r) => wb.value(SHEET, a1(r, hidden[0]))).filter((v) => typeof v === "string");
    expect(records.filter((v) => String(v).startsWith("["))).toHaveLength(3);
    expect(records.filter((v) => String(v).includes("Borger A1"))).toEqual([]);
  });
});
