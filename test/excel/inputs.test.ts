// What the user typed survives a refresh (docs/domain.md §7): matched by case key, not row
// position; inputs of cases that left the source are parked under "Fjernede sager"; free columns
// right of the table travel with their rows. On the Excel double (Excel's semantics).
import { buildDisponering } from "../../src/sheets/disponering";
import { REMOVED_TITLE } from "../../src/sheets/inputs";
import { colName } from "../../src/sheets/a1";
import { writeSheets } from "../../src/excel";
import { mergeInputs, ymdToDay, type CaseRow } from "../../src/core";
import { ExcelDouble } from "../support/excelDouble";
import { smallKommune } from "../support/smallKommune";

const build = (cases: CaseRow[]) => buildDisponering({ year: 2025, cases, generatedOn: 45000 });
const SHEET = "Disponering 2025";

/** The 1-based sheet row whose CPR and foranstaltning cells are these. */
function rowOf(wb: ExcelDouble, cpr: string, foranstaltning: string): number {
  for (let r = 1; r < 200; r++) if (wb.value(SHEET, `A${r}`) === cpr && wb.value(SHEET, `C${r}`) === foranstaltning) return r;
  throw new Error(`${cpr} ${foranstaltning} findes ikke`);
}

describe("mergeInputs", () => {
  it("matches by key in order, counts what found its case and returns the rest in their old order", () => {
    const old = [
      { key: "a", values: ["note a1"] },
      { key: "b", values: [""] }, // nothing typed: neither carried nor parked
      { key: "a", values: ["note a2"] },
      { key: "c", values: ["note c"] },
    ];
    expect(mergeInputs(old, ["x", "a", "a", "b"])).toEqual({ placed: [null, ["note a1"], ["note a2"], null], removed: [old[3]], carried: 2 });
  });
});

describe("refreshing Disponering keeps the user's notes with their case", () => {
  it("after the source is re-sorted, one case removed and one added, each note is on its case; the removed one's is under Fjernede sager", async () => {
    const first = build(smallKommune());
    const free = colName(first.spec.inputs!.freeFrom);
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, [first.spec]);
    const header = first.spec.inputs!.headerRow + 1;
    wb.type(SHEET, `${free}${header}`, "Bemærkning");
    const b = rowOf(wb, "620190-1002", "Opholdssted");
    const c = rowOf(wb, "630190-1003", "Kontaktperson");
    const d = rowOf(wb, "640190-1004", "Familiebehandling");
    wb.type(SHEET, `${free}${b}`, "B: ring til Solbakken");
    // A formula of the user's next to the note: it refers to its own row's takst (column H).
    wb.type(SHEET, `${colName(first.spec.inputs!.freeFrom + 1)}${b}`, `=H${b}*2`);
    wb.type(SHEET, `${free}${c}`, "C: afsluttes 30.06");
    wb.type(SHEET, `${free}${d}`, "D: kun marts");

    // Next extract: reversed, C gone, two new cases that sort first (the rows below them move).
    const e: CaseRow = { ...smallKommune()[0], row: 9, cpr: "650190-1005", navn: "E", foranstaltning: "Aflastning", takst: 1000, start: ymdToDay(2025, 2, 1) };
    const next = [e, { ...e, cpr: "660190-1006", navn: "F" }, ...smallKommune().filter((x) => x.cpr !== "630190-1003").reverse()];
    const out = await writeSheets(wb.context, [build(next).spec]);
    expect(out.sheets[0]).toMatchObject({ replaced: true, inputsCarried: 2, inputsParked: 1 });

    const b2 = rowOf(wb, "620190-1002", "Opholdssted");
    const d2 = rowOf(wb, "640190-1004", "Familiebehandling");
    expect(b2).not.toBe(b);
    expect(wb.value(SHEET, `${free}${header}`)).toBe("Bemærkning");
    expect(wb.value(SHEET, `${free}${b2}`)).toBe("B: ring til Solbakken");
    expect(wb.formula(SHEET, `${colName(first.spec.inputs!.freeFrom + 1)}${b2}`)).toBe(`=H${b2}*2`);
    expect(wb.value(SHEET, `${colName(first.spec.inputs!.freeFrom + 1)}${b2}`)).toBe(6000);
    expect(wb.value(SHEET, `${free}${d2}`)).toBe("D: kun marts");
    const notes = [...Array(200).keys()].map((i) => wb.value(SHEET, `${free}${i + 1}`)).filter((v) => v !== null);
    expect(notes).toEqual(["Bemærkning", "D: kun marts", "B: ring til Solbakken", "C: afsluttes 30.06"]);
    // C's note is parked under the visible title, on a row that says which case it was.
    const parkedAt = [...Array(200).keys()].find((i) => wb.value(SHEET, `A${i + 1}`) === REMOVED_TITLE)! + 2;
    expect([wb.value(SHEET, `A${parkedAt}`), wb.value(SHEET, `C${parkedAt}`), wb.value(SHEET, `${free}${parkedAt}`)]).toEqual(["630190-1003", "Kontaktperson", "C: afsluttes 30.06"]);

    // C comes back next month: its note goes back on its row, and nothing is parked any more.
    const again = await writeSheets(wb.context, [build(smallKommune()).spec]);
    expect(again.sheets[0]).toMatchObject({ inputsCarried: 3, inputsParked: 0 });
    expect(wb.value(SHEET, `${free}${rowOf(wb, "630190-1003", "Kontaktperson")}`)).toBe("C: afsluttes 30.06");
    expect([...Array(200).keys()].some((i) => wb.value(SHEET, `A${i + 1}`) === REMOVED_TITLE)).toBe(false);
  });
});
