// The self-test's port (flows/selvtest.ts) on Office.js: one Excel.run per call, each write followed
// by a read of what Excel reports. No judging here — the flow compares.
// - Office.context.diagnostics: host, platform, version
//   (https://learn.microsoft.com/javascript/api/office/office.contextinformation).
// - DataValidation.valid (ExcelApi 1.8): true when every value is valid, false when none is, null
//   when mixed (https://learn.microsoft.com/javascript/api/excel/excel.datavalidation#excel-excel-datavalidation-valid-member).
// - WorksheetFreezePanes.getLocationOrNullObject (ExcelApi 1.7)
//   (https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes).
// - Worksheet.onChanged (ExcelApi 1.7): raised for changes made by add-in code as well as by the user
//   ("Work with Events using the Excel JavaScript API", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events);
//   a handler is removed with remove() and a sync of the same context.
import type { HostInfo, SelvtestPort, Synlighed } from "../flows";

// Set by the build from manifest.xml's <Version> (webpack DefinePlugin); absent in tests.
declare const __STYRINGSARK_VERSION__: string | undefined;

const addinVersion = (): string | null => (typeof __STYRINGSARK_VERSION__ === "string" ? __STYRINGSARK_VERSION__ : null);

export const excelSelvtest: SelvtestPort = {
  hostInfo(): HostInfo {
    const d = Office.context?.diagnostics;
    return { host: String(d?.host ?? ""), platform: String(d?.platform ?? ""), version: d?.version ?? "", addinVersion: addinVersion() };
  },
  isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  namesInUse: () =>
    Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const names = context.workbook.names.load("items/name");
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      return [...sheets.items, ...names.items, ...tables.items].map((x) => x.name);
    }),
  addHiddenSheet: (name) =>
    Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add(name);
      ws.visibility = "Hidden";
      ws.load("visibility");
      await context.sync();
      return ws.visibility as Synlighed;
    }),
  setVisibility: (sheet, visibility) =>
    Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.visibility = visibility;
      ws.load("visibility");
      await context.sync();
      return ws.visibility as Synlighed;
    }),
  deleteSheet: (sheet) =>
    Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (ws.isNullObject) return true;
      ws.delete();
      await context.sync();
      const after = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      return after.isNullObject;
    }),
  writeCells: (sheet, address, cells) =>
    Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(address);
      range.formulas = cells;
      range.load("values");
      await context.sync();
      return range.values;
    }),
  addName: (name, formula) =>
    Excel.run(async (context) => {
      context.workbook.names.add(name, formula);
      await context.sync();
    }),
  deleteName: (name) =>
    Excel.run(async (context) => {
      const item = context.workbook.names.getItemOrNullObject(name);
      await context.sync();
      if (!item.isNullObject) item.delete();
      await context.sync();
    }),
  addTable: (sheet, address, name) =>
    Excel.run(async (context) => {
      const t = context.workbook.worksheets.getItem(sheet).tables.add(address, true);
      t.name = name;
      await context.sync();
      const body = context.workbook.tables.getItem(name).getDataBodyRange().load("values");
      await context.sync();
      return body.values;
    }),
  addListValidation: (sheet, address, list) =>
    Excel.run(async (context) => {
      const dv = context.workbook.worksheets.getItem(sheet).getRange(address).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: list.join(",") } };
      dv.load("valid");
      await context.sync();
      return dv.valid;
    }),
  freezeRows: (sheet, rows) =>
    Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.freezePanes.freezeRows(rows);
      const at = ws.freezePanes.getLocationOrNullObject().load("rowCount");
      await context.sync();
      return at.isNullObject ? 0 : at.rowCount;
    }),
  setPageLayout: (sheet, titleRows) =>
    Excel.run(async (context) => {
      const pl = context.workbook.worksheets.getItem(sheet).pageLayout;
      pl.orientation = "Landscape";
      pl.setPrintTitleRows(titleRows);
      pl.load("orientation");
      await context.sync();
      return pl.orientation;
    }),
  setProtected: (sheet, on) =>
    Excel.run(async (context) => {
      const p = context.workbook.worksheets.getItem(sheet).protection;
      if (on) p.protect();
      else p.unprotect();
      p.load("protected");
      await context.sync();
      return p.protected;
    }),
  tryWrite: (sheet, address, value) =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
      try {
        await context.sync();
        return { accepted: true, code: null };
      } catch (e) {
        return { accepted: false, code: (e as { code?: string }).code ?? null };
      }
    }),
  saveSetting: (key, value) =>
    Excel.run(async (context) => {
      context.workbook.settings.add(key, value);
      await context.sync();
    }),
  loadSetting: (key) =>
    Excel.run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(key).load("value");
      await context.sync();
      return item.isNullObject ? null : String(item.value);
    }),
  deleteSetting: (key) =>
    Excel.run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(key);
      await context.sync();
      if (!item.isNullObject) item.delete();
      await context.sync();
    }),
  watchChange: (sheet, address, value, timeoutMs) =>
    Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      let heard!: () => void;
      const arrived = new Promise<boolean>((resolve) => (heard = () => resolve(true)));
      const handler = ws.onChanged.add(async () => heard());
      await context.sync();
      ws.getRange(address).values = [[value]];
      await context.sync();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
      const ok = await Promise.race([arrived, timeout]);
      clearTimeout(timer);
      handler.remove();
      await context.sync();
      return ok;
    }),
  canCreateWorkbook: () => typeof Excel.createWorkbook === "function" && Office.context.requirements.isSetSupported("ExcelApi", "1.8"),
};
