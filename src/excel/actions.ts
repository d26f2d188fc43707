// The task pane's WorkbookActions implemented with Excel.run.
import type { WorkbookActions } from "../taskpane/actions";
import { overviewActions } from "./overviewActions";
import { listTables, loadSetting, readSelection, readTable, saveSetting, selectCell } from "./reader";
import { writeSheets } from "./writer";

export const excelActions: WorkbookActions = {
  ...overviewActions,
  async workbookName() {
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
  selectCell: (sheet, address) => Excel.run((context) => selectCell(context, sheet, address)),
  loadSetting: async (key) => loadSetting(key),
  saveSetting: (key, value) => saveSetting(key, value),
  generateSheets: (specs, onProgress) =>
    Excel.run(async (context) => (await writeSheets(context, specs, { onProgress })).sheets),
};
