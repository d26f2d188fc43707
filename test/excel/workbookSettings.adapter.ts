// Settings move from the document settings to the workbook's own settings (ExcelApi 1.4,
// https://learn.microsoft.com/javascript/api/excel/excel.settingcollection): read from the workbook,
// copied over from the document on first use, saved through the request, failures in Danish.
import { loadWorkbookSetting, saveWorkbookSetting } from "../../src/excel/settings";
import { ExcelDouble } from "../support/excelDouble";

const g = globalThis as unknown as { Office?: unknown };
function documentSettings(stored: Record<string, string>) {
  g.Office = { context: { document: { settings: { get: (k: string) => stored[k] ?? null } } } };
}
afterEach(() => delete g.Office);

describe("workbook settings", () => {
  it("reads the workbook's own setting first", async () => {
    documentSettings({ kolonner: "gammel" });
    const wb = new ExcelDouble([{ name: "Ark1" }], { settings: { kolonner: "ny" } });
    expect(await loadWorkbookSetting(wb.context, "kolonner")).toBe("ny");
  });

  it("copies a document setting into the workbook on first read, once", async () => {
    documentSettings({ kolonner: '{"takst":4}' });
    const wb = new ExcelDouble([{ name: "Ark1" }]);
    expect(await loadWorkbookSetting(wb.context, "kolonner")).toBe('{"takst":4}');
    expect(wb.settings.get("kolonner")).toBe('{"takst":4}');
    expect(wb.syncs).toBe(2);
    documentSettings({});
    expect(await loadWorkbookSetting(wb.context, "kolonner")).toBe('{"takst":4}');
    expect(wb.syncs).toBe(3);
  });

  it("gives null without a setting anywhere, and without an Office host", async () => {
    const wb = new ExcelDouble([{ name: "Ark1" }]);
    expect(await loadWorkbookSetting(wb.context, "kolonner")).toBeNull();
    expect(wb.settings.size).toBe(0);
  });

  it("saves into the workbook settings, and says in Danish when it cannot", async () => {
    const wb = new ExcelDouble([{ name: "Ark1" }]);
    await saveWorkbookSetting(wb.context, "maskCpr", "ja");
    expect(wb.settings.get("maskCpr")).toBe("ja");
    wb.options.failAtOperation = wb.operations + 1;
    await expect(saveWorkbookSetting(wb.context, "maskCpr", "nej")).rejects.toThrow(/^Indstillingen kunne ikke gemmes i arbejdsbogen \(Simuleret fejl/);
    expect(wb.settings.get("maskCpr")).toBe("ja");
  });
});
