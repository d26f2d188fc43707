// The Office writer at 20.000 case rows (the unit test writes 1.000): four syncs (two looks: the second for a renamed sheet of ours), every request
// under Excel on the web's 5 MB limit, every cell as sent.
import { writeSheets } from "../../src/excel";
import { ExcelDouble } from "../support/excelDouble";
import { disponering, expectSheetHolds, manyCases } from "../support/writerChecks";

it("writes 20000 rows with 4 syncs, every request under 5 MB", async () => {
  const wb = new ExcelDouble();
  const spec = disponering(manyCases(20000));
  const out = await writeSheets(wb.context, [spec]);
  expect(out.syncs).toBe(4);
  expect(Math.max(...wb.batchBytes)).toBeLessThan(5 * 1024 * 1024);
  expectSheetHolds(wb, "Disponering 2025", spec);
}, 600000);
