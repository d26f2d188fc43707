// New Excel tables on new worksheets (the example tables of Oversigt → Kom i gang). A table gets its
// name after it is created: `worksheet.tables.add(address, hasHeaders)`, then `table.name = …`
// ("Work with tables using the Excel JavaScript API",
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables). Excel refuses a table
// name that is taken anywhere in the workbook (ignoring case) with InvalidArgument
// (https://github.com/OfficeDev/office-js/issues/551), so the flow picks free names first.
import type { NewTable } from "../flows";
import { colName } from "../sheets";

/**
 * Adds each table on a new sheet in one batch. Excel does not roll a failed batch back, so on
 * failure every sheet of ours that did get added (a name that did not exist before) is deleted again.
 */
export async function addTables(context: Excel.RequestContext, tables: readonly NewTable[]): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const before = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  try {
    for (const t of tables) {
      const ws = context.workbook.worksheets.add(t.sheet);
      const rows = t.values.length, cols = t.values[0]?.length ?? 0;
      // Header as text ("2024-01" must not become a date), then each body column in its format,
      // formats before values so "5.28.20" arrives as text.
      ws.getRangeByIndexes(0, 0, 1, cols).numberFormat = [new Array<string>(cols).fill("@")];
      if (rows > 1) ws.getRangeByIndexes(1, 0, rows - 1, cols).numberFormat = Array.from({ length: rows - 1 }, () => [...t.numberFormats]);
      ws.getRangeByIndexes(0, 0, rows, cols).values = t.values;
      const table = ws.tables.add(`A1:${colName(cols - 1)}${rows}`, true);
      table.name = t.name;
      ws.getRangeByIndexes(0, 0, rows, cols).format.autofitColumns();
    }
    await context.sync();
  } catch (e) {
    const wanted = new Set(tables.map((t) => t.sheet.toLowerCase()));
    try {
      const now = context.workbook.worksheets;
      now.load("items/name");
      await context.sync();
      for (const ws of now.items) if (wanted.has(ws.name.toLowerCase()) && !before.has(ws.name.toLowerCase())) ws.delete();
      await context.sync();
    } catch {
      // The first error is what the user needs to see; a failed clean-up must not hide it.
    }
    throw e;
  }
}
