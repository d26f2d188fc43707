// Both generated sheets through the Office writer: a second run replaces only the add-in's own sheets
// (bounded syncs at 20.000 rows: test/deep/disponeringNoegletal.write.deep.ts).
import { writeSheets } from "../../src/excel";
import { FakeWorkbook } from "../support/fakeExcel";
import { disponeringNoegletalSpecs } from "../support/disponeringNoegletal";
import { syntheticCases } from "../support/randomCases";

const specs = (n: number) => disponeringNoegletalSpecs(syntheticCases(n));

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
