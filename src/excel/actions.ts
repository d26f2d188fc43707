// The task pane's WorkbookActions implemented with Excel.run.
import type { TableData } from "../core";
import type { WorkbookActions } from "../taskpane/actions";
import { ymdToDay } from "../core";
import { buildBudgetmodel, budgetmodelSheetName, defaultBudgetModel } from "../sheets/budgetmodel";
import { buildDoegnskema, buildDoegnskemaSummary, locateDoegnskema, type DoegnskemaLayout } from "../sheets/doegnskema";
import { sheetRef } from "../sheets/a1";
import type { SheetSpec } from "../sheets/spec";
import { OWNER_KEY } from "./plan";
import { overblikActions } from "./overblikActions";
import { listTables, loadSetting, readSelection, readTable, saveSetting, selectCell } from "./reader";
import { writeSheets, type WriteOutcome } from "./writer";

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

const today = () => {
  const d = new Date();
  return ymdToDay(d.getFullYear(), d.getMonth() + 1, d.getDate());
};

function created(out: WriteOutcome) {
  const moved = out.sheets.filter((s) => s.movedAsideForUserSheet);
  return {
    sheets: out.sheets.map((s) => s.written),
    note: moved.length > 0 ? `Et af dine egne ark hed allerede ${moved.map((m) => `"${m.wanted}"`).join(", ")}; det er ikke rørt.` : undefined,
  };
}

/** Sheets carrying our ownership marker of the given kind. */
async function ourSheets(context: Excel.RequestContext, kind: string): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const markers = sheets.items.map((ws) => {
    const p = ws.customProperties.getItemOrNullObject(OWNER_KEY);
    p.load("value");
    return { name: ws.name, p };
  });
  await context.sync();
  return markers.filter((m) => !m.p.isNullObject && m.p.value === kind).map((m) => m.name);
}

export const excelActions: WorkbookActions = {
  ...overblikActions,
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

  async createBudgetmodel({ tilbud, year, model, source }) {
    return Excel.run(async (context) => {
      const { spec } = buildBudgetmodel(model ?? defaultBudgetModel(tilbud, year), { generatedOn: today(), source });
      return created(await writeSheets(context, [spec]));
    });
  },

  async createDoegnskema(request) {
    return Excel.run(async (context) => {
      const models = await ourSheets(context, "budgetmodel");
      const model = models.find((n) => n === budgetmodelSheetName(request.tilbud));
      // The budget model's sheet-scoped name survives rows the user inserts in the model.
      const ataTimepris = model ? { ref: `${sheetRef(model)}ATA_timepris` } : 0;
      const { spec } = buildDoegnskema({ ...request, activities: [], ataTimepris, generatedOn: today(), emptyRows: 25 });
      const out = created(await writeSheets(context, [spec]));
      return model ? out : { ...out, note: [out.note, `Der er ingen "${budgetmodelSheetName(request.tilbud)}": skriv ATA-timeprisen i arket.`].filter(Boolean).join(" ") };
    });
  },

  async createDoegnskemaSummary(tilbud) {
    return Excel.run(async (context) => {
      const names = await ourSheets(context, "doegnskema");
      const read = names.map((name) => {
        const range = context.workbook.worksheets.getItem(name).getUsedRange().getColumn(0);
        range.load("values");
        const second = context.workbook.worksheets.getItem(name).getUsedRange().getColumn(1);
        second.load("values");
        return { name, range, second };
      });
      await context.sync();
      const layouts: DoegnskemaLayout[] = [];
      for (const r of read) {
        const layout = locateDoegnskema(r.name, r.range.values.map((v) => v[0]));
        if (layout && String(r.second.values[layout.borger.row + 1]?.[0] ?? "").trim() === tilbud) layouts.push(layout);
      }
      const model = (await ourSheets(context, "budgetmodel")).find((n) => n === budgetmodelSheetName(tilbud));
      const fromModel = (name: string) => (model ? { ref: `${sheetRef(model)}${name}` } : 0);
      const { spec } = buildDoegnskemaSummary({
        tilbud, skemaer: layouts, generatedOn: today(), staffAtaHours: fromModel("ATA_timer_personale"), ataTimepris: fromModel("ATA_timepris"),
      });
      const specs: SheetSpec[] = [spec];
      return created(await writeSheets(context, specs));
    });
  },
};
