// "Opdatér måned" on the demo case table, through the Office adapter on the Excel double: month 10,
// then month 11 with a changed extract. The Økonomitjek's counts are compared with a hand count of
// the changes made to the extract below.
import { updateMonth, snapshotName } from "../../src/flows";
import { excelWorkbook } from "../../src/excel/workbook";
import { EKSEMPEL_CSV, parseCsv } from "../../src/flows/eksempel";
import { ymdToDay } from "../../src/core";
import { ExcelDouble } from "../support/excelDouble";

const demo = parseCsv(EKSEMPEL_CSV["eksempel-kommune-sager.csv"]).filter((r) => r.length > 1);
const [HEADER, ...ROWS] = demo;
const col = (name: string) => HEADER.indexOf(name);

/** The sheet "Sager" holding a case table, as the user pastes it (values as text). */
function sagerCells(rows: string[][]): Record<string, string> {
  const cells: Record<string, string> = {};
  [HEADER, ...rows].forEach((r, i) => r.forEach((v, j) => {
    if (v !== "") cells[`${i},${j}`] = v;
  }));
  return cells;
}

describe("updateMonth", () => {
  const g = globalThis as unknown as { Excel?: unknown };
  afterEach(() => delete g.Excel);

  it("closes month 10, then month 11 against the snapshot of month 10, counting the changes as by hand", async () => {
    const wb = new ExcelDouble([{ name: "Sager", cells: sagerCells(ROWS) }]);
    g.Excel = { run: <T>(fn: (ctx: Excel.RequestContext) => Promise<T>) => fn(wb.context) };
    const req = { source: "Sager", year: 2025, maskCpr: false };

    const oct = await updateMonth(excelWorkbook, { ...req, month: 10, generatedOn: ymdToDay(2025, 11, 3) });
    expect(oct.problems.filter((p) => p.severity === "fejl")).toEqual([]);
    expect(oct.sheets).toEqual(["Disponering 2025", "Nøgletal 2025"]);
    expect(oct.comparedWith).toBeNull();
    expect(wb.sheet(snapshotName(2025, 10))!.visibility).toBe("Hidden");
    expect(wb.sheet(snapshotName(2025, 10))!.props.get("Styringsark")).toBe("sagsbillede");
    const ids = ["Disponering 2025", "Nøgletal 2025"].map((n) => wb.sheet(n)!.id);

    // November's extract, changed by hand: rows 1 and 2 gone (2 afgange), row 3's takst +1.000
    // (1 takstændring), row 4's stop date moved (1 ændret stopdato), row 5's start date corrected by
    // a day (1 ændret startdato, not an afgang and a tilgang), one new case (1 tilgang); the other
    // 315 rows are as they were.
    const next = ROWS.map((r) => [...r]);
    next[2][col("Takst")] = String(Number(next[2][col("Takst")].replace(/\./g, "")) + 1000);
    next[3][col("Stopdato")] = next[3][col("Stopdato")] === "15.12.2025" ? "16.12.2025" : "15.12.2025";
    const start5 = next[4][col("Startdato")];
    next[4][col("Startdato")] = (start5.startsWith("01.") ? "02" : String(Number(start5.slice(0, 2)) - 1).padStart(2, "0")) + start5.slice(2);
    const nov = [...next.slice(2), ["610101-4999", "Ny Borger", "Kontaktperson", "5.28.21", "10.000", "måned", "01.11.2025", "", "Familiecentret", "AKJ", "aktuel"]];
    for (const k of [...wb.sheet("Sager")!.cells.keys()]) wb.sheet("Sager")!.cells.delete(k);
    for (const [k, v] of Object.entries(sagerCells(nov))) wb.sheet("Sager")!.cells.set(k, v);

    const out = await updateMonth(excelWorkbook, { ...req, month: 11, generatedOn: ymdToDay(2025, 12, 2) });
    expect(out.comparedWith).toBe("Sagsbillede 2025-10");
    expect(out.sheets).toEqual(["Disponering 2025", "Nøgletal 2025", "Økonomitjek 2025-11"]);
    expect(out.changes).toEqual({ tilgang: 1, afgang: 2, takst: 1, start: 1, stop: 1, uaendret: 315 });
    // The sheet counts the same (COUNTIFS over its case table): C7:C13 in CHANGE_KINDS order.
    expect(["C7", "C8", "C9", "C10", "C11", "C12", "C13"].map((a) => wb.value("Økonomitjek 2025-11", a))).toEqual([1, 2, 1, 1, 1, 0, 315]);
    expect(out.message).toContain("Siden Sagsbillede 2025-10: 1 ny sag, 2 ophørte sager, 1 takstændring, 1 ændret startdato, 1 ændret stopdato.");
    // Refreshed in place, both snapshots kept hidden.
    expect(["Disponering 2025", "Nøgletal 2025"].map((n) => wb.sheet(n)!.id)).toEqual(ids);
    expect(wb.hidden()).toEqual(["Sagsbillede 2025-10", "Sagsbillede 2025-11"]);
  });
});
