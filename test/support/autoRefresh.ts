// The Excel-double workbook the tests of the automatic refresh start from (test/excel/autoRefresh.adapter.ts,
// test/deep/autoRefresh.deep.ts): Disponering 2025 with a booked January and Nøgletal 2025 with a
// budget, and — with `reports` — Overblik and Portefølje, written through the Office adapter.
import { writeSheets } from "../../src/excel";
import { buildDisponering, buildNoegletal, buildOverblik, buildPortefoelje } from "../../src/sheets";
import { ExcelDouble } from "./excelDouble";
import { smallKommune } from "./smallKommune";

const YEAR = 2025;
const g = globalThis as unknown as { Excel?: unknown };

/** Lets the Office adapter (excelWorkbook) run on `wb`. */
export function useExcelDouble(wb: ExcelDouble): void {
  g.Excel = { run: <T>(fn: (ctx: Excel.RequestContext) => Promise<T>) => fn(wb.context) };
}

export function dropExcelDouble(): void {
  delete g.Excel;
}

export async function generatedWorkbook(reports = false) {
  const cases = smallKommune().map((c) => ({ ...c, konto: "5.28.20" }));
  const d = buildDisponering({ year: YEAR, cases, generatedOn: 45000, booked: [{ konto: "5.28.20", months: [41000] }] });
  const n = buildNoegletal({ year: YEAR, disponering: d.layout, generatedOn: 45000, budget: { amount: 900_000, source: "budgettabellen" } });
  const common = { year: YEAR, cases, disponering: d.layout, generatedOn: 45000, chartsDrawn: true };
  const specs = [d.spec, n.spec];
  if (reports) specs.push(buildOverblik({ ...common, baseYear: 2024, target: 0.6, budgets: { Plejefamilie: 400_000 } }).spec, buildPortefoelje(common).spec);
  const wb = new ExcelDouble([{ name: "Sager" }]);
  await writeSheets(wb.context, specs);
  return { wb, cases, d: d.layout, n: n.layout };
}

/** Nøgletal's kept checksum: the value right of its label (values as written, not evaluated). */
export function keptChecksum(wb: ExcelDouble): unknown {
  for (let r = 1; r < 200; r++) if (String(wb.formula("Nøgletal 2025", `A${r}`)).startsWith("Kontrolsum af sagerne, da HÅP")) return wb.formula("Nøgletal 2025", `B${r}`);
  return undefined;
}
