// Our sheets are found by identity, not by name: each carries the name it was written under (a
// worksheet custom property, ExcelApi 1.12), so a sheet of ours the user renamed is refreshed where
// it is — same worksheet, notes carried, no second sheet of the old name beside it. On the Excel
// double (renaming rewrites every reference, as in Excel).
import { writeSheets } from "../../src/excel";
import { IDENTITY_KEY } from "../../src/excel/plan";
import { listSheets } from "../../src/excel/reader";
import { sheetOfSpec } from "../../src/flows/sheetInputs";
import { colName } from "../../src/sheets/a1";
import { ExcelDouble } from "../support/excelDouble";
import { dispAndNoegletal } from "../support/refreshFaults";
import { smallKommune } from "../support/smallKommune";

const DISP = "Disponering 2025";
const RENAMED = "Disp 25 (min)";

/** The 1-based sheet row whose CPR and foranstaltning cells are these. */
function rowOf(wb: ExcelDouble, sheet: string, cpr: string, foranstaltning: string): number {
  for (let r = 1; r < 200; r++) if (wb.value(sheet, `A${r}`) === cpr && wb.value(sheet, `C${r}`) === foranstaltning) return r;
  throw new Error(`${cpr} ${foranstaltning} findes ikke`);
}

describe("a sheet of ours renamed by the user", () => {
  it("is refreshed where it is: same worksheet, the note on its case, Nøgletal pointing at it, no second Disponering 2025", async () => {
    const first = dispAndNoegletal(smallKommune(), 44000);
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, first);
    expect(wb.sheet(DISP)!.props.get(IDENTITY_KEY)).toBe(DISP);

    // The user renames it (Excel rewrites the references) and writes a note beside a case.
    const ws = wb.context.workbook.worksheets.getItem(DISP);
    ws.name = RENAMED;
    await wb.context.sync();
    const id = wb.sheet(RENAMED)!.id;
    const free = colName(first[0].inputs![0].freeFrom!);
    const b = rowOf(wb, RENAMED, "620190-1002", "Opholdssted");
    wb.type(RENAMED, `${free}${b}`, "B: ring til Solbakken");

    const next = dispAndNoegletal([...smallKommune()].reverse(), 45000);
    const out = await writeSheets(wb.context, next);
    expect(out.sheets.map((s) => [s.wanted, s.written, s.replaced, s.movedAsideForUserSheet])).toEqual([
      [DISP, RENAMED, true, false],
      ["Nøgletal 2025", "Nøgletal 2025", true, false],
    ]);
    expect(out.sheets[0].inputsCarried).toBe(1);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sager", RENAMED, "Nøgletal 2025"]);
    expect(wb.sheet(RENAMED)!.id).toBe(id);
    expect(wb.value(RENAMED, `${free}${rowOf(wb, RENAMED, "620190-1002", "Opholdssted")}`)).toBe("B: ring til Solbakken");
    // Nøgletal's formulas into Disponering name the sheet where it is now.
    const nt = wb.sheet("Nøgletal 2025")!;
    const refs = [...nt.cells.values(), ...nt.fills.flatMap((f) => f.row)].filter((v) => typeof v === "string" && v.includes("!"));
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.some((v) => String(v).includes("'Disponering 2025'!"))).toBe(false);
    expect(refs.some((v) => String(v).includes(`'${RENAMED}'!`))).toBe(true);
    expect(wb.hidden()).toEqual([]);
  });

  it("a user's own sheet given the name of ours is not taken for it: only our marker and the name written under count", async () => {
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, dispAndNoegletal());
    wb.context.workbook.worksheets.getItem(DISP).name = RENAMED;
    await wb.context.sync();
    // A sheet of the user's, before ours, carrying the name property but no marker of ours.
    wb.sheets.splice(1, 0, ...new ExcelDouble([{ name: "Kopi", cells: { A1: "egen" } }]).sheets);
    wb.sheet("Kopi")!.props.set(IDENTITY_KEY, DISP);
    const out = await writeSheets(wb.context, dispAndNoegletal());
    expect(out.sheets[0]).toMatchObject({ written: RENAMED, replaced: true });
    expect(wb.value("Kopi", "A1")).toBe("egen");
  });

  it("a sheet of ours written before the identity existed gets it at its next refresh (found by name then)", async () => {
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, dispAndNoegletal());
    wb.sheet(DISP)!.props.delete(IDENTITY_KEY);
    await writeSheets(wb.context, dispAndNoegletal());
    expect(wb.sheet(DISP)!.props.get(IDENTITY_KEY)).toBe(DISP);
  });
});

describe("the flows see a renamed sheet of ours by the name it was written under", () => {
  it("listSheets gives it (for ours only), and the follow-up's sheet lookup finds it", async () => {
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, dispAndNoegletal());
    wb.context.workbook.worksheets.getItem(DISP).name = RENAMED;
    await wb.context.sync();
    wb.sheet("Sager")!.props.set(IDENTITY_KEY, "Nøgletal 2025");
    const sheets = await listSheets(wb.context);
    expect(sheets.map((s) => [s.name, s.kind, s.writtenAs])).toEqual([
      ["Sager", null, null],
      [RENAMED, "disponering", DISP],
      ["Nøgletal 2025", "noegletal", "Nøgletal 2025"],
    ]);
    expect(sheetOfSpec(sheets, { name: DISP, kind: "disponering" })?.name).toBe(RENAMED);
    expect(sheetOfSpec(sheets, { name: DISP, kind: "noegletal" })).toBeUndefined();
  });
});
