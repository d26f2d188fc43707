// Office writer guarantees (docs/domain.md §7, docs/architecture.md "Writing a sheet"), asserted against the Excel double (Excel's batch,
// naming and reference semantics; pages cited in test/support/excelDouble.ts).
import { buildDisponering } from "../../src/sheets/disponering";
import { writeSheets, SheetWriteError } from "../../src/excel";
import { officeCell } from "../../src/excel/plan";
import { shiftFormula } from "../../src/sheets/a1";
import type { SheetSpec } from "../../src/sheets/spec";
import { OPEN_END, ymdToDay, type CaseRow } from "../../src/core";
import { ExcelDouble } from "../support/excelDouble";
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
const addr = (r: { row: number; col: number; rows: number; cols: number }) => `${r.row},${r.col},${r.rows},${r.cols}`;

/** Every cell of the spec is in the sheet as Office.js was sent it (fill blocks moved per row). */
function expectSheetHolds(wb: ExcelDouble, name: string, spec: SheetSpec): void {
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

describe("writeSheets", () => {
  it("writes the Tabel 5.2 sheet with 3 syncs, values first, then the formats", async () => {
    const wb = new ExcelDouble([{ name: "Ark1" }]);
    const spec = buildDisponering({ year: 2017, cases: tabel52Cases(), generatedOn: 45000 }).spec;
    const out = await writeSheets(wb.context, [spec]);
    expect(out.syncs).toBe(3); // look, content + formats, swap into place
    expect(wb.syncs).toBe(3);
    expect(wb.suspendCalc).toBe(1);
    expect(wb.suspendScreen).toBe(1);
    expect(wb.sheets.map((s) => [s.name, s.visibility, s.props.get("Styringsark")])).toEqual([
      ["Ark1", "Visible", undefined],
      ["Disponering 2017", "Visible", "disponering"],
    ]);
    expectSheetHolds(wb, "Disponering 2017", spec);
    const sheet = wb.sheet("Disponering 2017")!;
    // One autoFill per fill block, from its first row over its whole rect.
    const fills = spec.blocks.filter((b) => b.kind === "fill");
    expect(sheet.autoFills).toEqual(fills.map((b) => ({ from: addr({ ...b.rect, rows: 1 }), to: addr(b.rect), type: "FillCopy" })));
    // Formats come after values: every cell write of the sheet precedes its first format.
    const log = wb.log.filter((l) => l.sheet === sheet.id).map((l) => l.what);
    expect(log.indexOf("format")).toBeGreaterThan(log.lastIndexOf("cells"));
    // Number formats go as one 1×1 array per range of the spec, whatever its size.
    expect(sheet.formats.filter((f) => f.what === "numberFormat").map((f) => [f.address, f.value])).toEqual(
      spec.formats.filter((f) => f.numberFormat).map((f) => [addr(f.rect), [[f.numberFormat]]]),
    );
  });

  it.each([
    [1000, 3],
    [20000, 3],
  ])("writes %i rows with %i syncs, every request under 5 MB", async (n, syncs) => {
    const wb = new ExcelDouble();
    const spec = disponering(manyCases(n));
    const out = await writeSheets(wb.context, [spec]);
    expect(out.syncs).toBe(syncs);
    expect(Math.max(...wb.batchBytes)).toBeLessThan(5 * 1024 * 1024);
    expectSheetHolds(wb, "Disponering 2025", spec);
  });

  it("replaces only its own sheet of the same name", async () => {
    const wb = new ExcelDouble([{ name: "Disponering 2025", marker: "disponering", cells: { "0,0": "gammel" } }, { name: "Mine tal" }]);
    const out = await writeSheets(wb.context, [disponering(manyCases(10))]);
    expect(out.sheets[0]).toMatchObject({ written: "Disponering 2025", replaced: true, movedAsideForUserSheet: false });
    expect(wb.sheets.map((s) => s.name).sort()).toEqual(["Disponering 2025", "Mine tal"]);
    expect(wb.sheet("Disponering 2025")!.cells.get("0,0")).toBe("Disponeringsark 2025");
  });

  it("never touches a user's sheet with the wanted name: ours gets a free name", async () => {
    const wb = new ExcelDouble([{ name: "Disponering 2025", cells: { "0,0": "brugerens egne tal" } }]);
    const out = await writeSheets(wb.context, [disponering(manyCases(10))]);
    expect(out.sheets[0]).toMatchObject({ wanted: "Disponering 2025", written: "Disponering 2025 (2)", movedAsideForUserSheet: true });
    expect(wb.sheet("Disponering 2025")!.cells.get("0,0")).toBe("brugerens egne tal");
    expect(wb.sheet("Disponering 2025")!.props.size).toBe(0);
    expect(wb.sheet("Disponering 2025 (2)")!.props.get("Styringsark")).toBe("disponering");
  });

  it("rejects an invalid sheet name before touching the workbook", async () => {
    const wb = new ExcelDouble();
    const spec: SheetSpec = { ...disponering([]), name: "Budget: 2025/2026" };
    await expect(writeSheets(wb.context, [spec])).rejects.toThrow(/indeholder et af tegnene/);
    expect(wb.syncs).toBe(0);
  });

  it("fails with a Danish SheetWriteError when a sync fails before anything was written", async () => {
    const wb = new ExcelDouble([{ name: "Budget", cells: { "1,1": 42 } }], { failAtSync: 1 });
    const before = JSON.stringify(wb.snapshot());
    await expect(writeSheets(wb.context, [disponering(manyCases(5))])).rejects.toBeInstanceOf(SheetWriteError);
    expect(JSON.stringify(wb.snapshot())).toBe(before);
  });
});
