// Both generated sheets through the Office writer at 20.000 case rows: bounded syncs, every request
// under Excel on the web's 5 MB limit.
import { writeSheets } from "../../src/excel";
import { FakeWorkbook } from "../support/fakeExcel";
import { disponeringNoegletalSpecs } from "../support/disponeringNoegletal";
import { syntheticCases } from "../support/randomCases";

const specs = (n: number) => disponeringNoegletalSpecs(syntheticCases(n));

it("writes 20.000 case rows with at most 6 context.sync calls, every request under 5 MB", async () => {
  const wb = new FakeWorkbook([{ name: "Sager" }]);
  const out = await writeSheets(wb.context, specs(20000));
  // look (1; no clashes so no marker sync) + one per 4 MB of values (20.000 rows × ~120 bytes ≈ 2,4 MB → 1)
  // + formats flush shares the last content sync + swap (1), plus Nøgletal's HÅP periods (one row per
  // person and per person × foranstaltning × konto, ≈ 40.000 rows of values, and the age basis):
  // observed 6 with them.
  expect(out.syncs).toBeLessThanOrEqual(6);
  expect(Math.max(...wb.batchBytes)).toBeLessThan(5 * 1024 * 1024);
  const d = wb.sheet("Disponering 2025")!;
  // Helper columns are filled from one formula row each (autoFill), not written cell by cell.
  expect(d.autoFills.length).toBe(2 + 4); // months, total, 4 helper columns (fejl, fejlkode, sag i året, kontrol)
  expect(d.cells.get("6,25")).toMatch(/^=IF\(\$AA7=0,"",CHOOSE\(\$AA7,"Takst er ikke et tal/);
  expect(wb.sheet("Nøgletal 2025")!.props.get("Styringsark")).toBe("noegletal");
});

