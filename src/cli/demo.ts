// `npm run demo`: builds the demo workbook for Eksempel Kommune without Excel and prints where it is.
import { mkdirSync } from "fs";
import path from "path";
import { writeXlsxFile } from "../xlsx/file";
import { computeCachedValues } from "./cachedValues";
import { buildDemoWorkbook } from "./demoWorkbook";

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? "out/styringsark-demo.xlsx");
  mkdirSync(path.dirname(out), { recursive: true });
  const t0 = Date.now();
  const demo = buildDemoWorkbook();
  // The file carries every formula's result, so previews and Protected View show the numbers.
  await writeXlsxFile(demo.specs, out, { cachedValues: computeCachedValues(demo.specs), generatedOn: demo.generatedOn });
  console.log("Styringsark — demo for Eksempel Kommune");
  for (const line of demo.summary) console.log(`  ${line}`);
  console.log(`Arbejdsbogen er skrevet til ${out} (${((Date.now() - t0) / 1000).toFixed(1)} s).`);
  console.log("Åbn den i Excel eller LibreOffice; formlerne beregnes ved åbning.");
}

main().catch((e) => {
  console.error(`Demoen fejlede: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
