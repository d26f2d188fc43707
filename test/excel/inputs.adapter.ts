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
    const free = colName(first.spec.inputs![0].freeFrom!);
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, [first.spec]);
    const header = first.spec.inputs![0].headerRow + 1;
    wb.type(SHEET, `${free}${header}`, "Bemærkning");
    const b = rowOf(wb, "620190-1002", "Opholdssted");
    const c = rowOf(wb, "630190-1003", "Kontaktperson");
    const d = rowOf(wb, "640190-1004", "Familiebehandling");
    wb.type(SHEET, `${free}${b}`, "B: ring til Solbakken");
    // A formula of the user's next to the note: it refers to its own row's takst (column H).
    wb.type(SHEET, `${colName(first.spec.inputs![0].freeFrom! + 1)}${b}`, `=H${b}*2`);
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
    expect(wb.formula(SHEET, `${colName(first.spec.inputs![0].freeFrom! + 1)}${b2}`)).toBe(`=H${b2}*2`);
    expect(wb.value(SHEET, `${colName(first.spec.inputs![0].freeFrom! + 1)}${b2}`)).toBe(6000);
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

describe("refreshing Disponering keeps the pool and the booked amounts", () => {
  const konti = ["5.28.20", "5.28.20", "5.28.23", "5.28.21", "5.28.22"];
  const cases = () => smallKommune().map((c, i) => ({ ...c, konto: konti[i] }));
  /** The 1-based row whose column `col` starts with `text` (from row `from` on). */
  const find = (wb: ExcelDouble, col: string, text: string, from = 1) => {
    for (let r = from; r < 300; r++) if (String(wb.value(SHEET, `${col}${r}`) ?? "").startsWith(text)) return r;
    throw new Error(`${text} findes ikke`);
  };
  const bookedRow = (wb: ExcelDouble, konto: string) => find(wb, "D", konto, find(wb, "A", "Bogført pr. konto"));

  it("puts what was typed back by label and konto after rows moved; a konto that left is parked with its amounts", async () => {
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, [build(cases()).spec]);
    const pool = find(wb, "A", "Pulje til ukendt tilgang");
    wb.type(SHEET, `L${pool}`, 5000);
    wb.type(SHEET, `M${pool}`, 2500);
    wb.type(SHEET, `N${bookedRow(wb, "5.28.23")}`, 1234);
    wb.type(SHEET, `L${bookedRow(wb, "5.28.21")}`, 8000);

    // Next extract: C (the only case on 5.28.21) gone, two new cases on a konto that sorts first.
    const e: CaseRow = { ...cases()[0], row: 9, cpr: "650190-1005", foranstaltning: "Aflastning", konto: "5.28.10", takst: 1000, start: ymdToDay(2025, 2, 1) };
    const next = [e, { ...e, cpr: "660190-1006" }, ...cases().filter((x) => x.cpr !== "630190-1003")];
    const out = await writeSheets(wb.context, [build(next).spec]);
    // The pool and konto 5.28.23 carried; 5.28.21 parked.
    expect(out.sheets[0]).toMatchObject({ inputsCarried: 2, inputsParked: 1 });

    const pool2 = find(wb, "A", "Pulje til ukendt tilgang");
    expect(pool2).toBe(pool + 1); // one case row more
    expect([wb.value(SHEET, `L${pool2}`), wb.value(SHEET, `M${pool2}`), wb.value(SHEET, `N${pool2}`)]).toEqual([5000, 2500, 0]);
    const r23 = bookedRow(wb, "5.28.23");
    expect([wb.value(SHEET, `L${r23}`), wb.value(SHEET, `N${r23}`)]).toEqual([null, 1234]);
    expect(wb.value(SHEET, `D${bookedRow(wb, "5.28.10")}`)).toBe("5.28.10");
    const title = find(wb, "A", "Fjernede sager (Bogført pr. konto)");
    expect([wb.value(SHEET, `D${title + 1}`), wb.value(SHEET, `L${title + 1}`)]).toEqual(["5.28.21", 8000]);

    // A refresh with the same cases changes nothing: the parked row stays parked, once.
    const again = await writeSheets(wb.context, [build(next).spec]);
    expect(again.sheets[0]).toMatchObject({ inputsCarried: 2, inputsParked: 1 });
    expect(find(wb, "A", "Fjernede sager (Bogført pr. konto)")).toBe(title);
    expect(wb.value(SHEET, `D${title + 2}`)).toBeNull();
  });

  it("booked amounts read from a table this run replace what the sheet held", async () => {
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, [build(cases()).spec]);
    wb.type(SHEET, `P${bookedRow(wb, "5.28.23")}`, 1234);
    const booked = buildDisponering({ year: 2025, cases: cases(), generatedOn: 45000, bookedMonths: 2, booked: [{ konto: "5.28.23", months: [700, 800] }] });
    const out = await writeSheets(wb.context, [booked.spec]);
    expect(out.sheets[0]).toMatchObject({ inputsCarried: 0, inputsParked: 0 });
    const r = bookedRow(wb, "5.28.23");
    expect([wb.value(SHEET, `L${r}`), wb.value(SHEET, `M${r}`), wb.value(SHEET, `P${r}`)]).toEqual([700, 800, null]);
  });
});

describe("a case typed into the yellow rows under the last case", () => {
  it("stays there (inside the summed rows) at a refresh until the source table has it; then it is among the rows above, once", async () => {
    const cases = smallKommune();
    const first = build(cases);
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, [first.spec]);
    // Typed in the first free row, with the cpr-nummer without its dash.
    const r = first.layout.spareFrom + 1;
    const typed: [string, unknown][] = [
      ["A", "0101001234"], ["B", "Ny Sag"], ["C", "Plejefamilie"], ["D", "5.28.20"], ["E", "Nordlys"], ["G", "aktuel"],
      ["H", 20000], ["I", "måned"], ["J", 45658], // 01.01.2025
    ];
    for (const [c, v] of typed) wb.type(SHEET, `${c}${r}`, v as string | number);

    // The next extract is the same, and one case left it: the typed case is in the first yellow row again.
    const next = build(cases.slice(1));
    const out = await writeSheets(wb.context, [next.spec]);
    expect(out.sheets[0].inputsCarried).toBeGreaterThanOrEqual(1);
    const r2 = next.layout.spareFrom + 1;
    expect([wb.value(SHEET, `A${r2}`), wb.value(SHEET, `B${r2}`), wb.value(SHEET, `H${r2}`), wb.value(SHEET, `J${r2}`)]).toEqual(["0101001234", "Ny Sag", 20000, 45658]);
    // Counted: inside the rows every total sums (a typed case there moves them: the shared-figures recalculation test).
    expect(r2 - 1).toBeLessThanOrEqual(next.layout.casesTo);
    expect(String(wb.formula(SHEET, `${colName(next.layout.totalCol)}${r2}`))).toMatch(/^=SUM\(/);

    // The extract after has it (cpr-nummer spelled with the dash): it is a generated row, and the yellow rows are empty.
    const withIt = build([...cases.slice(1), { ...cases[0], row: 99, cpr: "010100-1234", navn: "Ny Sag", foranstaltning: "Plejefamilie", konto: "5.28.20", leverandoer: "Nordlys", takst: 20000, start: ymdToDay(2025, 1, 1) }]);
    await writeSheets(wb.context, [withIt.spec]);
    const r3 = withIt.layout.spareFrom + 1;
    expect(wb.value(SHEET, `A${r3}`)).toBeNull();
    let found = 0;
    for (let row = 1; row < 200; row++) if (String(wb.value(SHEET, `A${row}`) ?? "").replace("-", "") === "0101001234") found++;
    expect(found).toBe(1);
  });
});
