// `npm run bench`: every performance figure of the project in one run, printed as a table and
// written to bench/results.json. Exits 1 when a figure breaks its budget.
import { execSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { gzipSync } from "zlib";
import path from "path";
import { buildDisponering } from "../../src/sheets/disponering";
import { buildNoegletal } from "../../src/sheets/noegletal";
import { writeSheets } from "../../src/excel";
import { writeXlsxBuffer } from "../../src/xlsx";
import { FakeWorkbook } from "../support/fakeExcel";
import { syntheticCases } from "./cases";
import type { BenchResult } from "./types";

type Suite = () => Promise<BenchResult[]> | BenchResult[];

async function writerSuite(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  for (const n of [1000, 20000, 50000]) {
    const spec = buildDisponering({ year: 2025, cases: syntheticCases(n), generatedOn: 45000 }).spec;
    const wb = new FakeWorkbook();
    const r = await writeSheets(wb.context, [spec]);
    out.push({ name: `Office-skriver: context.sync, ${n.toLocaleString("da-DK")} rækker`, value: r.syncs, unit: "syncs" });
    out.push({
      name: `Office-skriver: største request, ${n.toLocaleString("da-DK")} rækker`, value: Math.max(...wb.batchBytes), unit: "bytes",
      budget: 5 * 1024 * 1024, note: `i alt ${(wb.batchBytes.reduce((s, b) => s + b, 0) / 1048576).toFixed(1)} MB`,
    });
  }
  return out;
}

async function xlsxSuite(): Promise<BenchResult[]> {
  const { spec, layout } = buildDisponering({ year: 2025, cases: syntheticCases(20000), generatedOn: 45000 });
  // The key-figure sheet is generated together with the disposition sheet.
  const noegletal = buildNoegletal({ year: 2025, disponering: layout, generatedOn: 45000 }).spec;
  const t0 = performance.now();
  const buf = await writeXlsxBuffer([spec, noegletal]);
  const s = (performance.now() - t0) / 1000;
  return [{ name: ".xlsx-skriver: disponeringsark + nøgletal, 20.000 rækker", value: s, unit: "s", budget: 5, note: `${(buf.length / 1048576).toFixed(1)} MB` }];
}

function bundleSuite(): BenchResult[] {
  const dist = path.resolve("dist");
  // Always a fresh production build: a stale dist/ would measure yesterday's bundle.
  execSync("npx webpack --mode production", { stdio: "ignore" });
  const kb = (f: string) => gzipSync(readFileSync(path.join(dist, f))).length / 1024;
  return [
    { name: "Bundle: opgaveruden (initial JS, gzip)", value: kb("taskpane.js"), unit: "KB", budget: 400 },
    { name: "Bundle: funktioner (gzip)", value: kb("functions.js"), unit: "KB", budget: 60 },
  ];
}

async function optionalSuite(file: string): Promise<Suite | null> {
  const p = path.resolve(__dirname, file);
  if (!existsSync(p)) return null;
  const mod = (await import(p)) as { run: Suite };
  return mod.run;
}

async function main(): Promise<void> {
  const suites: Suite[] = [];
  const engine = await optionalSuite("engine.ts");
  if (engine) suites.push(engine);
  const formulaEngine = await optionalSuite("formulaEngine.ts");
  if (formulaEngine) suites.push(formulaEngine);
  const alder = await optionalSuite("alder.ts");
  if (alder) suites.push(alder);
  suites.push(writerSuite, xlsxSuite, bundleSuite);
  const results: BenchResult[] = [];
  for (const s of suites) results.push(...(await s()));
  // Absolute budgets fail the run; ratio targets are reported, since a ratio between two timings
  // on a shared 2-core machine swings by 2× from run to run.
  const failures = results.filter((r) => r.budget !== undefined && r.value > r.budget);
  const ratioMisses = results.filter((r) => r.ratioBudget !== undefined && r.ratio !== undefined && r.ratio > r.ratioBudget);
  console.table(
    results.map((r) => ({
      måling: r.name,
      værdi: `${r.value.toFixed(r.unit === "syncs" || r.unit === "bytes" ? 0 : 2)} ${r.unit}`,
      budget: r.budget !== undefined ? `≤ ${r.budget} ${r.unit}` : "",
      forhold: r.ratio !== undefined ? `${r.ratio < 0.01 ? r.ratio.toExponential(2) : r.ratio.toFixed(2)}× ${r.ratioTo ?? ""}${r.ratioBudget !== undefined ? ` (≤ ${r.ratioBudget}×)` : ""}` : "",
      note: r.note ?? "",
      ok: failures.includes(r) ? "OVERSKREDET" : ratioMisses.includes(r) ? "over forholdsmålet" : "ok",
    })),
  );
  mkdirSync("bench", { recursive: true });
  writeFileSync("bench/results.json", JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2));
  console.log("Resultaterne er skrevet til bench/results.json");
  if (failures.length > 0) {
    console.error(`${failures.length} måling(er) overskred budgettet.`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
