// The workbook behind the task pane in the real-browser tests: an in-memory implementation of the
// whole Workbook port, so the real flows run in the browser — tables the pane inserts (the example
// tables of Kom i gang) are there for every other panel, sheets it writes are listed and read back
// (Døgnskema's summary reads its døgnskemaer), settings persist — and every call is recorded.
// What Office itself does (batching, 5 MB limits) is the Excel double's job in the jest suite; here
// only what the pane sees. A write pauses between sheets, as the real writer's syncs would, so the
// pane's progress can paint.
import type { NewTable, SheetInfo, SourceTable, Workbook, WrittenSheet } from "../../src/flows/workbook";
import type { SelvtestPort } from "../../src/flows/selvtest";
import type { SheetSpec } from "../../src/sheets/spec";
import { excelSelvtest } from "../../src/excel/selvtest";
import { ExcelDouble } from "../support/excelDouble";

export interface FakeTable {
  name: string;
  sheet: string;
  origin: { row: number; col: number };
  values: unknown[][];
}

export interface FakeCalls {
  selectCell: { sheet: string; address: string }[];
  saveSetting: { key: string; value: string }[];
  generated: { name: string; kind: string; blocks: number; firstCaseRow: unknown[] | null; progress: number[] }[];
  addTables: string[][];
}

interface MemorySheet {
  name: string;
  kind: string | null;
  /** The user's values (header first), or our sheet's description (made into values when read). */
  values?: unknown[][];
  spec?: SheetSpec;
}

/** A sheet description's cells as values: formulas as "=…" text, as Excel's formulas property shows them. */
function specValues(spec: SheetSpec): unknown[][] {
  const grid: unknown[][] = [];
  const put = (r: number, c: number, v: unknown) => {
    const row = (grid[r] ??= []);
    row[c] = v;
  };
  for (const b of spec.blocks) {
    if (b.kind === "cells") {
      b.cells.forEach((row, i) => row.forEach((v, j) => put(b.row + i, b.col + j, v !== null && typeof v === "object" && "f" in v ? `=${v.f}` : v)));
    }
  }
  const width = grid.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  return Array.from({ length: grid.length }, (_, r) => Array.from({ length: width }, (_, c) => grid[r]?.[c] ?? ""));
}

const lower = (s: string) => s.toLowerCase();

/** The first row without making a 20.000-row sheet into values (listSheets is asked often). */
function firstRow(s: MemorySheet): unknown[] {
  if (s.values || !s.spec) return s.values?.[0] ?? [];
  // Only the first row of each block that starts there (a snapshot is one block of 50.000 rows).
  const blocks = s.spec.blocks.flatMap((b) => (b.kind === "cells" && b.row === 0 ? [{ ...b, cells: b.cells.slice(0, 1) }] : []));
  return specValues({ ...s.spec, blocks })[0] ?? [];
}

export function createFakeWorkbook(initial: FakeTable[], calls: FakeCalls): Workbook {
  const settings = new Map<string, string>();
  const tables: FakeTable[] = [...initial];
  const sheets: MemorySheet[] = initial.map((t) => ({ name: t.sheet, kind: null, values: t.values }));
  const sheet = (name: string) => sheets.find((s) => lower(s.name) === lower(name));
  const valuesOf = (s: MemorySheet) => (s.values ??= s.spec ? specValues(s.spec) : []);
  // A sheet of ours that is one block of values from A1 (Opdatér måned's snapshot of 50.000 rows) is
  // read in chunks with a pause between them, as Excel's reader syncs in chunks: its conversion in one
  // piece would be a long task of this double, not of the add-in. Empty cells read as "", as in Excel.
  const readValues = async (s: MemorySheet): Promise<unknown[][]> => {
    const only = s.spec?.blocks.length === 1 ? s.spec.blocks[0] : null;
    if (s.values || !only || only.kind !== "cells" || only.row !== 0 || only.col !== 0) return valuesOf(s);
    const out: unknown[][] = [];
    for (let i = 0; i < only.cells.length; i += 5000) {
      for (const row of only.cells.slice(i, i + 5000)) out.push(row.map((v) => (v === null ? "" : v)));
      await new Promise((r) => setTimeout(r, 0));
    }
    return (s.values = out);
  };
  const toSource = (t: FakeTable): SourceTable => ({ label: `tabellen ${t.name}`, sheet: t.sheet, origin: t.origin, header: t.values[0], rows: t.values.slice(1) });
  return {
    name: async () => "Børn og unge 2025.xlsx",
    listTables: async () => tables.map((t) => ({ name: t.name, sheet: t.sheet })),
    readTable: async (name) => {
      const t = tables.find((x) => lower(x.name) === lower(name));
      return t ? toSource(t) : null;
    },
    readSelection: async () => toSource(tables[0]),
    listSheets: async (): Promise<SheetInfo[]> => sheets.map((s) => ({ name: s.name, kind: s.kind, firstRow: firstRow(s) })),
    readSheet: async (name) => {
      const s = sheet(name);
      if (!s) return null;
      const [header = [], ...rows] = await readValues(s);
      return { label: `arket ${s.name}`, sheet: s.name, origin: { row: 0, col: 0 }, header, rows };
    },
    // Del som fil is measured like the other actions: the new workbook's .xlsx is taken and dropped
    // (what Excel does with it is the Excel adapter's test).
    openNewWorkbook: async () => {},
    selectCell: async (sheetName, address) => {
      calls.selectCell.push({ sheet: sheetName, address });
    },
    loadSetting: async (key) => settings.get(key) ?? null,
    saveSetting: async (key, value) => {
      settings.set(key, value);
      calls.saveSetting.push({ key, value });
    },
    addTables: async (added: readonly NewTable[]) => {
      for (const t of added) {
        if (sheet(t.sheet)) throw new Error(`Et ark med navnet ${t.sheet} findes allerede`);
        if (tables.some((x) => lower(x.name) === lower(t.name))) throw new Error(`Navnet ${t.name} er allerede i brug`);
      }
      for (const t of added) {
        sheets.push({ name: t.sheet, kind: null, values: t.values });
        tables.push({ name: t.name, sheet: t.sheet, origin: { row: 0, col: 0 }, values: t.values });
      }
      calls.addTables.push(added.map((t) => t.name));
    },
    writeSheets: async (specs, options) => {
      const onProgress = options?.onProgress;
      const progress: number[] = [];
      for (const [i, s] of specs.entries()) {
        onProgress?.({ fraction: (i + 1) / (specs.length + 1), text: `Skriver arket "${s.name}" …` });
        progress.push((i + 1) / (specs.length + 1));
        // Let the pane paint the progress bar, as the real writer's syncs would.
        await new Promise((r) => setTimeout(r, 150));
      }
      const written: WrittenSheet[] = specs.map((s) => {
        const existing = sheet(s.name);
        const moved = !!existing && existing.kind === null;
        const name = moved ? `${s.name} (2)` : s.name;
        const at = sheets.findIndex((x) => lower(x.name) === lower(name));
        const entry: MemorySheet = { name, kind: s.kind, spec: s };
        if (at >= 0) sheets[at] = entry;
        else sheets.push(entry);
        return { wanted: s.name, written: name, movedAsideForUserSheet: moved, replaced: !!existing && !moved };
      });
      for (const s of specs) {
        const caseBlock = s.blocks.find((b) => b.kind === "cells" && b.row === 6);
        calls.generated.push({
          name: s.name, kind: s.kind, blocks: s.blocks.length,
          firstCaseRow: caseBlock && caseBlock.kind === "cells" ? caseBlock.cells[0] : null, progress,
        });
      }
      return written;
    },
  };
}

/**
 * "Kontrollér Excel" in the browser: its real Office adapter (src/excel/selvtest.ts) on the Excel double
 * (test/support/excelDouble.ts), an in-memory workbook with Excel's semantics, reporting as Excel on
 * the web with the sets the manifest asks for. The self-test's subject is the host, so it gets the
 * double rather than the pane's simple workbook; the page's globals `Excel` and `Office` are that host.
 */
export function createFakeSelvtest(): SelvtestPort {
  const excel = new ExcelDouble([{ name: "Ark1" }]);
  const sets: Record<string, number> = { ExcelApi: 17, CustomFunctionsRuntime: 4, SharedRuntime: 1 };
  const w = window as unknown as { Excel: unknown; Office: unknown };
  w.Excel = { run: <T>(fn: (ctx: Excel.RequestContext) => Promise<T>) => fn(excel.context), createWorkbook: () => Promise.resolve() };
  w.Office = {
    context: {
      diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.0.0" },
      requirements: { isSetSupported: (name: string, version: string) => Number(version.split(".")[1] ?? 0) <= (sets[name] ?? -1) },
    },
  };
  return excelSelvtest;
}
