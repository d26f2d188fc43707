// `npm run bench`: every measurement of the project in one run (docs/architecture.md "Bench").
// Loads every file in test/bench/suites/ (each registers its rows with benchRow/benchCount, see
// bench.ts), runs the rows whose name contains the first argument that is not an option (all
// without one), prints one table and writes bench/results.json. `--quick` (npm run bench:quick, CI)
// runs the smaller sizes and only the rows that can fail (see inQuickRun); it writes
// bench/results-quick.json. Exits 1 only when a counted row
// exceeds its budget, a ratio is more than twice its target, or a row fails (its cross-check or its
// measurement).
import { mkdirSync, readdirSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { FAR_OVER, QUICK, registeredRows, runCount, runTimed, type RowResult, type Spread } from "./bench";

const da = (x: number, digits: number) => x.toLocaleString("da-DK", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Enough digits to tell the values apart, never scientific notation in the table. */
function num(x: number): string {
  const a = Math.abs(x);
  return da(x, a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : a >= 0.01 ? 3 : 5);
}

const range = (s: Spread, unit = "") => `${num(s.median)}${unit} (${num(s.min)}–${num(s.max)})`;

/** " ms CPU" for a row timed on this process's CPU time, " ms" for elapsed time. */
const msUnit = (r: RowResult) => (r.clock === "cpu" ? " ms CPU" : " ms");

function valueText(r: RowResult): string {
  if (r.status === "FEJL") return "—";
  if (r.spread) return `${range(r.spread, msUnit(r))}`;
  return `${r.unit === "syncs" || r.unit === "bytes" ? da(r.value, 0) : num(r.value)} ${r.unit}`;
}

function goalText(r: RowResult): string {
  const goals: string[] = [];
  if (r.budget !== undefined) goals.push(`budget ≤ ${da(r.budget, 0)} ${r.unit}`);
  if (r.target !== undefined) goals.push(`mål ≤ ${da(r.target, 0)} ms`);
  if (r.ratioTarget !== undefined) goals.push(`forhold ≤ ${r.ratioTarget}× (fejler over ${FAR_OVER * r.ratioTarget}×)`);
  return goals.join("; ");
}

const cell = (s: string) => s.replace(/\|/g, "\\|");

function table(results: readonly RowResult[]): string {
  const lines = [
    "| måling | vores arbejde | gulv (samme arbejde) | værdi: median (min–max) | forhold vores ÷ gulv: median (min–max) | mål / budget | status |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const r of results) {
    const floor = r.floorWork ? `${r.floorWork}${r.floorMs ? `: ${range(r.floorMs, msUnit(r))}` : ""}` : "";
    const ratio = r.ratio ? `${range(r.ratio, "×")}, ${r.reps} gentagelser` : "";
    const value = `${valueText(r)}${r.note ? ` — ${r.note}` : ""}`;
    lines.push(`| ${[r.name, r.work, floor, value, ratio, goalText(r), r.status].map(cell).join(" | ")} |`);
  }
  return lines.join("\n");
}

/**
 * The quick run measures what can fail it: a timed row with a ratio target, a counted row with a
 * budget. The rest is flagged only, so it would cost CI minutes for nothing.
 */
function inQuickRun(r: ReturnType<typeof registeredRows>[number]): boolean {
  if (r.row.quick === false) return false;
  return r.kind === "timed" ? r.row.ratioTarget !== undefined && r.row.floor !== undefined : r.row.budget !== undefined;
}

async function main(): Promise<void> {
  const filter = (process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "").toLowerCase();
  const started = performance.now();
  const dir = path.join(__dirname, "suites");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts")).sort()) await import(path.join(dir, file));
  const results: RowResult[] = [];
  for (const r of registeredRows()) {
    if (filter && !r.row.name.toLowerCase().includes(filter)) continue;
    if (QUICK && !inQuickRun(r)) continue;
    process.stderr.write(`… ${r.row.name}\n`);
    try {
      results.push(r.kind === "timed" ? await runTimed(r.row) : await runCount(r.row));
    } catch (e) {
      // A row that cannot measure (or whose cross-check fails) is a failed row, not a lost run.
      const message = e instanceof Error ? e.message : String(e);
      console.error(`${r.row.name}: ${message}`);
      results.push({ name: r.row.name, work: r.row.work, unit: "", value: NaN, note: message, status: "FEJL" });
    }
  }
  const load = os.loadavg()[0];
  console.log(table(results));
  const minutes = (performance.now() - started) / 60000;
  console.log(
    `\n${QUICK ? "Hurtig kørsel (små størrelser, 5 gentagelser). " : ""}${os.cpus().length} kerner, belastning ${da(load, 1)} ved slut, ` +
      `Node ${process.version}, ${da(minutes, 1)} min. Tider er medianer af sammenflettede gentagelser (vores, gulv, gulv, vores …); ` +
      `kun budgetter på tællinger, forhold over ${FAR_OVER} × forholdsmålet og fejlede rækker (krydstjek, måling) kan fejle ` +
      "kørslen — en tid over målet markeres kun.",
  );
  mkdirSync("bench", { recursive: true });
  const file = QUICK ? "bench/results-quick.json" : "bench/results.json";
  writeFileSync(
    file,
    JSON.stringify({ date: new Date().toISOString(), quick: QUICK, minutes, node: process.version, cpus: os.cpus().length, loadavg: load, results }, null, 2),
  );
  console.log(`Resultaterne er skrevet til ${file}`);
  const failures = results.filter((r) => r.status === "OVERSKREDET" || r.status === "FEJL" || r.status === "LANGT OVER FORHOLDSMÅLET");
  if (failures.length > 0) {
    console.error(`${failures.length} måling(er) fejlede, overskred budgettet eller lå langt over forholdsmålet: ${failures.map((r) => r.name).join(", ")}`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
