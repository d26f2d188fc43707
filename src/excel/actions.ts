// The task pane's WorkbookActions implemented with Excel.run.
import type { TableData } from "../core";
import type { WorkbookActions } from "../taskpane/actions";
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

/** Document settings live with the workbook, so the chosen methods travel with the file. */
function saveSettings(settings: Office.Settings): Promise<void> {
  return new Promise((resolve, reject) =>
    settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(r.error?.message ?? "Indstillingerne kunne ikke gemmes")))),
  );
}

export const excelActions: WorkbookActions = {
  async workbookName() {
    return Excel.run(async (context) => {
      const wb = context.workbook;
      wb.load("name");
      await context.sync();
      return wb.name;
    });
  },
  readTable(name) {
    return Excel.run((context) => readTableIn(context, name));
  },
  async getSetting(key) {
    const v: unknown = Office.context.document.settings.get(key);
    return v === null ? undefined : v;
  },
  async setSetting(key, value) {
    Office.context.document.settings.set(key, value);
    await saveSettings(Office.context.document.settings);
  },
  writeSheets(specs) {
    return Excel.run(async (context) => (await writeSheets(context, specs, { activate: true })).sheets.map((s) => s.written));
  },
};
