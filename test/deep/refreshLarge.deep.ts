// A refresh in place at full size (docs/domain.md §7): a 20.000-row Disponering + Nøgletal with 2.000
// notes, a pool estimate and a booked amount typed in, on the Excel double with Excel's 5 MB request
// and response limits — every input back on its case or konto, in a bounded number of syncs. (The
// bench counts the same syncs; this keeps the limit in CI.)
import { writeSheets } from "../../src/excel";
import { ExcelDouble } from "../support/excelDouble";
import { disponeringNoegletalSpecs } from "../support/disponeringNoegletal";
import { syntheticCases } from "../support/randomCases";

const N = 20_000, NOTES = 2_000;

it("refreshes 20.000 rows with 2.000 notes, a pool estimate and a booked amount within the limits", async () => {
  const cases = syntheticCases(N);
  const specs = () => disponeringNoegletalSpecs(cases);
  const wb = new ExcelDouble([{ name: "Sager" }]);
  const first = specs();
  await writeSheets(wb.context, first);
  const [cases0, pool, booked] = first[0].inputs!;
  const sheet = wb.sheet("Disponering 2025")!;
  for (let i = 0; i < NOTES; i++) sheet.cells.set(`${cases0.firstRow + i * (N / NOTES)},${cases0.freeFrom}`, `Note ${i}`);
  sheet.cells.set(`${pool.firstRow},${pool.inputCols[0]}`, 12345);
  sheet.cells.set(`${booked.firstRow},${booked.inputCols[1]}`, 67890);
  const out = await writeSheets(wb.context, specs());
  expect(out.sheets[0]).toMatchObject({ replaced: true, inputsCarried: NOTES + 2, inputsParked: 0 });
  expect(out.syncs).toBeLessThanOrEqual(8);
  expect(sheet.cells.get(`${pool.firstRow},${pool.inputCols[0]}`)).toBe(12345);
  expect(sheet.cells.get(`${booked.firstRow},${booked.inputCols[1]}`)).toBe(67890);
  expect(sheet.cells.get(`${cases0.firstRow + (N / NOTES) * 7},${cases0.freeFrom}`)).toBe("Note 7");
}, 300000);
