// Both generated sheets through the Office writer: a second run replaces only the add-in's own sheets
// (bounded syncs at 20.000 rows: test/deep/disponeringNoegletal.write.deep.ts).
import { buildDisponering } from "../../src/sheets/disponering";
import { buildNoegletal } from "../../src/sheets/noegletal";
import { writeSheets } from "../../src/excel";
import { FakeWorkbook } from "../support/fakeExcel";
import { syntheticCases } from "../support/randomCases";

function specs(n: number) {
  const d = buildDisponering({ year: 2025, cases: syntheticCases(n), generatedOn: 45000 });
  return [d.spec, buildNoegletal({ year: 2025, disponering: d.layout, generatedOn: 45000 }).spec];
}

describe("Disponering + Nøgletal through the Office writer", () => {
  it("replaces its own two sheets on a second run and keeps the user's", async () => {
    const wb = new FakeWorkbook([{ name: "Sager", cells: { "0,0": "Cpr-nr." } }]);
    await writeSheets(wb.context, specs(50));
    const out = await writeSheets(wb.context, specs(60));
    expect(out.sheets.map((s) => [s.written, s.replaced])).toEqual([["Disponering 2025", true], ["Nøgletal 2025", true]]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sager", "Disponering 2025", "Nøgletal 2025"]);
    expect(wb.sheet("Sager")!.cells.get("0,0")).toBe("Cpr-nr.");
  });
});
