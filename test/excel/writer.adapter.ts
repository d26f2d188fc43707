// Office writer guarantees (docs/domain.md §7, docs/architecture.md "Writing a sheet"), asserted against the Excel double (Excel's batch,
// naming and reference semantics; pages cited in test/support/excelDouble.ts).
import { buildDisponering } from "../../src/sheets/disponering";
import { writeSheets, SheetWriteError } from "../../src/excel";
import type { SheetSpec } from "../../src/sheets/spec";
import { ExcelDouble } from "../support/excelDouble";
import { tabel52Cases } from "../support/tabel52";
import { disponering, expectSheetHolds, manyCases } from "../support/writerChecks";

const addr = (r: { row: number; col: number; rows: number; cols: number }) => `${r.row},${r.col},${r.rows},${r.cols}`;

describe("writeSheets", () => {
  it("writes the Tabel 5.2 sheet with 4 syncs, values first, then the formats", async () => {
    const wb = new ExcelDouble([{ name: "Ark1" }]);
    const spec = buildDisponering({ year: 2017, cases: tabel52Cases(), generatedOn: 45000 }).spec;
    const out = await writeSheets(wb.context, [spec]);
    expect(out.syncs).toBe(4); // look, look for a renamed sheet of ours, content + formats, swap into place
    expect(wb.syncs).toBe(4);
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

  // 20.000 rows: test/deep/writer.deep.ts.
  it.each([[1000, 4]])("writes %i rows with %i syncs, every request under 5 MB", async (n, syncs) => {
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
