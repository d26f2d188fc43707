// "Opdatér måned" running when the automatic refresh fires (docs/domain.md §7, "Co-authoring": two
// actions of the add-in never run on the workbook at once). Excel applies each context.sync batch as
// a whole, so two actions interleave only between batches: `interleaved(k)` starts the refresh after
// the month's k-th batch, as src/taskpane/index.tsx starts it — through runExclusive, the one queue of
// the add-in's actions. Used by test/excel/oneAction.adapter.ts (a sample of the batches) and
// test/deep/oneAction.deep.ts (every batch).
import { ymdToDay } from "../../src/core";
import { excelWorkbook } from "../../src/excel/workbook";
import { refreshKeptFigures, runExclusive, snapshotName, updateMonth, type MaanedOutcome } from "../../src/flows";
import { EKSEMPEL_CSV, parseCsv } from "../../src/flows/eksempel";
import { ExcelDouble } from "./excelDouble";
import { useExcelDouble } from "./autoRefresh";

const demo = parseCsv(EKSEMPEL_CSV["eksempel-kommune-sager.csv"]).filter((r) => r.length > 1);
const [HEADER, ...ALL] = demo;
// A small extract keeps a walk over every interleaving quick; the race does not depend on the size.
const ROWS = ALL.slice(0, 8);
const REQ = { source: "Sager", year: 2025, maskCpr: false };

function sagerCells(rows: string[][]): Record<string, string> {
  const cells: Record<string, string> = {};
  [HEADER, ...rows].forEach((r, i) => r.forEach((v, j) => {
    if (v !== "") cells[`${i},${j}`] = v;
  }));
  return cells;
}

/**
 * October closed; the user has typed a stop date on Disponering's first case by hand (the automatic
 * refresh has work to do) and pasted November's extract (two cases fewer) into Sager. Closed once:
 * every walk starts from a fork of it (an independent copy), not from a month closed again.
 */
export async function octoberClosed(): Promise<ExcelDouble> {
  october ??= closeOctober();
  const wb = (await october).fork();
  useExcelDouble(wb);
  return wb;
}

let october: Promise<ExcelDouble> | undefined;

async function closeOctober(): Promise<ExcelDouble> {
  const wb = new ExcelDouble([{ name: "Sager", cells: sagerCells(ROWS) }]);
  useExcelDouble(wb);
  await updateMonth(excelWorkbook, { ...REQ, month: 10, generatedOn: ymdToDay(2025, 11, 3) });
  const disp = wb.sheet("Disponering 2025")!;
  const [headerRow, stopCol] = [...disp.cells].find(([, v]) => v === "Stopdato")![0].split(",").map(Number);
  const firstCase = Math.min(...[...disp.cells].filter(([k, v]) => Number(k.split(",")[0]) > headerRow && /^'?\d{6}-\d{4}$/.test(String(v))).map(([k]) => Number(k.split(",")[0])));
  if (!Number.isFinite(firstCase)) throw new Error("no case row");
  disp.cells.set(`${firstCase},${stopCol}`, 45869); // 31.07.2025, typed
  const sager = wb.sheet("Sager")!;
  sager.cells.clear();
  for (const [k, v] of Object.entries(sagerCells(ROWS.slice(2)))) sager.cells.set(k, v);
  return wb;
}

export const november = () => updateMonth(excelWorkbook, { ...REQ, month: 11, generatedOn: ymdToDay(2025, 12, 2) });
export const refresh = () => refreshKeptFigures(excelWorkbook, { generatedOn: ymdToDay(2025, 12, 2), changed: ["Disponering 2025"] });

/** The sequential result (the month, then the refresh) and the month's number of batches. */
export async function sequential(): Promise<{ snapshot: string; batches: number; hidden: string[] }> {
  const wb = await octoberClosed();
  const from = wb.syncs;
  await november();
  const batches = wb.syncs - from;
  await refresh();
  return { snapshot: wb.snapshotJson(), batches, hidden: wb.hidden() };
}

export const HIDDEN_AFTER = [snapshotName(2025, 10), snapshotName(2025, 11)];

/** The month through the queue and, after its `k`-th batch, the refresh as the listener starts it; what went wrong, or null. */
export async function interleaved(k: number, expected: string): Promise<string | null> {
  const wb = await octoberClosed();
  const order: string[] = [];
  const ctx = wb.context as { sync: () => Promise<void> };
  const sync = ctx.sync;
  let n = 0;
  let refreshed: Promise<unknown> | undefined;
  ctx.sync = async () => {
    if (++n === k) {
      refreshed = runExclusive(async () => {
        order.push("refresh starts");
        return refresh();
      });
    }
    return sync();
  };
  let month: MaanedOutcome;
  try {
    month = await runExclusive(async () => {
      const out = await november();
      order.push("month done");
      return out;
    });
    await refreshed;
  } catch (e) {
    return `batch ${k}: ${e instanceof Error ? e.message : String(e)}`;
  }
  const text = [month.message, ...month.problems.map((p) => p.message)].join(" ");
  if (!month.sheets.includes("Disponering 2025") || /fjernet|kunne ikke/.test(text)) return `batch ${k}: ${text}`;
  if (wb.hidden().join() !== HIDDEN_AFTER.join()) return `batch ${k}: hidden sheets ${wb.hidden().join(", ")}`;
  if (wb.snapshotJson() !== expected) return `batch ${k}: the workbook differs from month-then-refresh`;
  if (order.indexOf("refresh starts") < order.indexOf("month done")) return `batch ${k}: the refresh started during the month`;
  return null;
}
