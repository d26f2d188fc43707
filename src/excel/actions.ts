// The task pane's WorkbookActions implemented with Excel.run.
import type { TableData } from "../core";
import type { WorkbookActions } from "../taskpane/actions";
import { overviewActions } from "./overviewActions";
import { listTables, loadSetting, readSelection, readTable, saveSetting, selectCell } from "./reader";
import { writeSheets } from "./writer";

/** Reads a table's header and body in one sync; null when the workbook has no table of that name. */
export async function readTableIn(context: Excel.RequestContext, name: string): Promise<TableData | null> {
  const table = context.workbook.tables.getItemOrNullObject(name);
  await context.sync();
  if (table.isNullObject) return null;
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values");
  await context.sync();
  return { header: header.values[0] ?? [], rows: body.values };
}

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
  findTable: (name) => Excel.run((context) => readTableIn(context, name)),
};
