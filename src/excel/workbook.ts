// The Workbook port (src/flows/workbook.ts) implemented with Excel.run: one Excel.run per call, no
// orchestration here — the flows decide what to read and write.
import type { Workbook } from "../flows";
import { listSheets, listTables, readSelection, readSheet, readTable, selectCell } from "./reader";
import { addTables } from "./tables";
import { loadWorkbookSetting, saveWorkbookSetting } from "./settings";
import { removeLeftoversSafe, writeSheets } from "./writer";
import { officeNewWorkbookHost, openNewWorkbook } from "./newWorkbook";

export const excelWorkbook: Workbook = {
  async name() {
    return Excel.run(async (context) => {
      const wb = context.workbook;
      wb.load("name");
      await context.sync();
      return wb.name;
    });
  },
  listTables: () => Excel.run((context) => listTables(context)),
  readTable: (name) => Excel.run((context) => readTable(context, name)),
  readSelection: () => Excel.run((context) => readSelection(context)),
  listSheets: () => Excel.run((context) => listSheets(context)),
  readSheet: (name) => Excel.run((context) => readSheet(context, name)),
  loadSetting: (key) => Excel.run((context) => loadWorkbookSetting(context, key)),
  saveSetting: (key, value) => Excel.run((context) => saveWorkbookSetting(context, key, value)),
  writeSheets: (specs, options) => Excel.run(async (context) => (await writeSheets(context, [...specs], options)).sheets),
  addTables: (tables) => Excel.run((context) => addTables(context, tables)),
  selectCell: (sheet, address) => Excel.run((context) => selectCell(context, sheet, address)),
  // Del som fil: size checked first, the host's refusals said in Danish (newWorkbook.ts).
  openNewWorkbook: (base64) => openNewWorkbook(base64, officeNewWorkbookHost()),
};

/**
 * Removes the hidden working copies a run could not delete (they may hold the case table with
 * cpr-numre); the task pane calls it when it starts. Never throws; resolves to how many went.
 */
export const removeLeftoverSheetsSafe = (): Promise<number> => Excel.run((context) => removeLeftoversSafe(context)).catch(() => 0);
