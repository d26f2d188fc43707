// Office writer guarantees (docs/architecture.md "Writing a sheet"), asserted against the office-addin-mock based test double.
import { buildDisponering } from "../../src/sheets/disponering";
import { writeSheets, SheetWriteError } from "../../src/excel";
import type { SheetSpec } from "../../src/sheets/spec";
import { OPEN_END, ymdToDay, type CaseRow } from "../../src/core";
import { FakeWorkbook } from "../support/fakeExcel";
import { tabel52Cases } from "../support/tabel52";

function manyCases(n: number): CaseRow[] {
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

const disponering = (cases: CaseRow[]) => buildDisponering({ year: 2025, cases, generatedOn: 45000 }).spec;

describe("writeSheets", () => {
  it("writes the Tabel 5.2 sheet with 3 syncs, suspending calculation and screen updating", async () => {
    const wb = new FakeWorkbook([{ name: "Ark1" }]);
    const spec = buildDisponering({ year: 2017, cases: tabel52Cases(), generatedOn: 45000 }).spec;
    const out = await writeSheets(wb.context, [spec]);
    expect(out.syncs).toBe(3); // look, content + formats, swap into place
    expect(wb.syncs).toBe(3);
    expect(wb.suspendCalc).toBe(1);
    expect(wb.suspendScreen).toBe(1);
    const sheet = wb.sheet("Disponering 2017")!;
    expect(sheet).toBeDefined();
    expect(sheet.props.get("Styringsark")).toBe("disponering");
    expect(sheet.visibility).toBe("Visible");
    expect(wb.sheets.map((s) => s.name)).toEqual(["Ark1", "Disponering 2017"]);
    // The fill block was written as one row of formulas and filled down, not cell by cell.
    expect(sheet.autoFills.length).toBeGreaterThan(0);
    expect(sheet.cells.get("6,11")).toMatch(/^=\$H7\*MAX\(0,MIN\(IF\(\$K7>0/);
    // Formats come after values: the first format is queued after the last cell write.
    expect(sheet.formats.length).toBeGreaterThan(0);
    // Number formats go as one 1×1 array per range, whatever its size (kr. on the month columns).
    const numberFormats = sheet.formats.filter((f) => f.what === "numberFormat");
    expect(numberFormats.every((f) => Array.isArray(f.value) && f.value.length === 1 && (f.value as unknown[][])[0].length === 1)).toBe(true);
    expect(numberFormats.map((f) => (f.value as string[][])[0][0])).toEqual(expect.arrayContaining(["#,##0", "dd.mm.yyyy", "mmm"]));
  });

  it.each([1000, 20000, 50000])("uses a bounded number of syncs for %i rows, every request under 5 MB", async (n) => {
    const wb = new FakeWorkbook();
    const out = await writeSheets(wb.context, [disponering(manyCases(n))]);
    const maxBatch = Math.max(...wb.batchBytes);
    expect(maxBatch).toBeLessThan(5 * 1024 * 1024);
    // 2 bookkeeping syncs + one per 4 MB of values: the values of n rows are ~200 bytes each.
    expect(out.syncs).toBeLessThanOrEqual(3 + Math.ceil((n * 250) / (4 * 1024 * 1024)));
    expect(wb.sheet("Disponering 2025")!.cells.size).toBeGreaterThan(n * 11);
  });

  it("replaces only its own sheet of the same name", async () => {
    const wb = new FakeWorkbook([{ name: "Disponering 2025", marker: "disponering", cells: { "0,0": "gammel" } }, { name: "Mine tal" }]);
    const out = await writeSheets(wb.context, [disponering(manyCases(10))]);
    expect(out.sheets[0]).toMatchObject({ written: "Disponering 2025", replaced: true, movedAsideForUserSheet: false });
    expect(wb.sheets.map((s) => s.name).sort()).toEqual(["Disponering 2025", "Mine tal"]);
    expect(wb.sheet("Disponering 2025")!.cells.get("0,0")).toBe("Disponeringsark 2025");
  });

  it("never touches a user's sheet with the wanted name: ours gets a free name", async () => {
    const wb = new FakeWorkbook([{ name: "Disponering 2025", cells: { "0,0": "brugerens egne tal" } }]);
    const out = await writeSheets(wb.context, [disponering(manyCases(10))]);
    expect(out.sheets[0]).toMatchObject({ wanted: "Disponering 2025", written: "Disponering 2025 (2)", movedAsideForUserSheet: true });
    expect(wb.sheet("Disponering 2025")!.cells.get("0,0")).toBe("brugerens egne tal");
    expect(wb.sheet("Disponering 2025")!.props.size).toBe(0);
    expect(wb.sheet("Disponering 2025 (2)")!.props.get("Styringsark")).toBe("disponering");
  });

  it("leaves the workbook exactly as before when any sync fails", async () => {
    const initial = [{ name: "Disponering 2025", marker: "disponering", cells: { "0,0": "gammel" } }, { name: "Budget", cells: { "1,1": 42 } }];
    const healthy = new FakeWorkbook(initial);
    const { syncs } = await writeSheets(healthy.context, [disponering(manyCases(30))]);
    for (let failAt = 1; failAt <= syncs; failAt++) {
      const wb = new FakeWorkbook(initial, { failAtSync: failAt });
      const before = JSON.stringify(wb.snapshot());
      await expect(writeSheets(wb.context, [disponering(manyCases(30))])).rejects.toBeInstanceOf(SheetWriteError);
      expect(JSON.stringify(wb.snapshot())).toBe(before);
    }
  });

  it("rejects an invalid sheet name before touching the workbook", async () => {
    const wb = new FakeWorkbook();
    const spec: SheetSpec = { ...disponering([]), name: "Budget: 2025/2026" };
    await expect(writeSheets(wb.context, [spec])).rejects.toThrow(/indeholder et af tegnene/);
    expect(wb.syncs).toBe(0);
  });
});
