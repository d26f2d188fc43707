// A test double of the workbook behind the task pane, for the real-browser test: tables with data,
// document settings in memory, and a record of every call the pane makes.
import type { SourceTable, Workbook } from "../../src/flows/workbook";

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
}

export function createFakeWorkbook(tables: FakeTable[], calls: FakeCalls): Workbook {
  const settings = new Map<string, string>();
  const toSource = (t: FakeTable): SourceTable => ({ label: `tabellen ${t.name}`, sheet: t.sheet, origin: t.origin, header: t.values[0], rows: t.values.slice(1) });
  const notHere = (what: string) => () => Promise.reject(new Error(`${what} bruges ikke i browsertesten`));
  return {
    name: async () => "Børn og unge 2025.xlsx",
    listTables: async () => tables.map((t) => ({ name: t.name, sheet: t.sheet })),
    readTable: async (name) => {
      const t = tables.find((x) => x.name === name);
      return t ? toSource(t) : null;
    },
    readSelection: async () => toSource(tables[0]),
    listSheets: notHere("listSheets"),
    readSheet: notHere("readSheet"),
    addTables: notHere("addTables"),
    openNewWorkbook: notHere("openNewWorkbook"),
    selectCell: async (sheet, address) => {
      calls.selectCell.push({ sheet, address });
    },
    loadSetting: async (key) => settings.get(key) ?? null,
    saveSetting: async (key, value) => {
      settings.set(key, value);
      calls.saveSetting.push({ key, value });
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
      for (const s of specs) {
        const caseBlock = s.blocks.find((b) => b.kind === "cells" && b.row === 6);
        calls.generated.push({
          name: s.name, kind: s.kind, blocks: s.blocks.length,
          firstCaseRow: caseBlock && caseBlock.kind === "cells" ? caseBlock.cells[0] : null, progress,
        });
      }
      return specs.map((s) => ({ wanted: s.name, written: s.name, movedAsideForUserSheet: false, replaced: false }));
    },
  };
}
