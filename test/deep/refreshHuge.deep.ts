// Excel on the web's 5 MB (docs/architecture.md "Writing a sheet"): a refresh in place of Disponering +
// Nøgletal at 20.000 and 100.000 rows, with notes typed right of the case table, on the Excel double
// with its payload rule (every request and every accepted response below 5 MB, counted in UTF-8 bytes
// of the JSON). The largest request and response are printed for the closing note; reads and writes are
// split by bytes (src/excel/reader.ts readRects, src/excel/plan.ts chunkCells).
import { writeSheets } from "../../src/excel";
import { ExcelDouble, FIVE_MB } from "../support/excelDouble";
import { disponeringNoegletalSpecs } from "../support/disponeringNoegletal";
import { syntheticCases } from "../support/randomCases";

const NOTE = (i: number) => `Note ${i}: `.padEnd(600, "Aftale om samvær hver anden weekend; børnesamtale på skolen; opfølgning på handleplan. ");

it.each([20_000, 100_000])("refreshes %i rows with a 600-character note on every tenth case within the limits", async (n) => {
  const cases = syntheticCases(n);
  const specs = () => disponeringNoegletalSpecs(cases);
  const wb = new ExcelDouble([{ name: "Sager" }]);
  const first = specs();
  await writeSheets(wb.context, first);
  const [cases0] = first[0].inputs!;
  const sheet = wb.sheet("Disponering 2025")!;
  for (let i = 0; i < n; i += 10) sheet.cells.set(`${cases0.firstRow + i},${cases0.freeFrom}`, NOTE(i));
  const from = wb.batchBytes.length;
  const out = await writeSheets(wb.context, specs());
  // A read heavier than guessed is refused by Excel (the double logs the refused answer too) and read again in halves.
  const answers = wb.responseBytes.slice(from);
  const request = Math.max(...wb.batchBytes.slice(from)), response = Math.max(...answers.filter((b) => b <= FIVE_MB));
  const refused = answers.filter((b) => b > FIVE_MB).length;
  console.log(`${n} rækker: ${out.syncs} syncs, største request ${(request / 1048576).toFixed(2)} MiB, største svar ${(response / 1048576).toFixed(2)} MiB, ${refused} svar afvist og læst igen i halvdele`);
  expect(out.sheets[0]).toMatchObject({ replaced: true, inputsCarried: n / 10 });
  expect(request).toBeLessThan(FIVE_MB);
  expect(response).toBeLessThan(FIVE_MB);
  expect(sheet.cells.get(`${cases0.firstRow + 70},${cases0.freeFrom}`)).toBe(NOTE(70));
}, 1_800_000);
