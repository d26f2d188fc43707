// Settings move from the document settings to the workbook's own settings (ExcelApi 1.4,
// https://learn.microsoft.com/javascript/api/excel/excel.settingcollection): read from the workbook,
// copied over from the document on first use, saved through the request, failures in Danish.
import { loadWorkbookSetting, saveWorkbookSetting } from "../../src/excel/settings";
import { pseudonymSecret, PSEUDONYM_SECRET_KEY } from "../../src/flows/settings";
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

describe("the pseudonym key through the adapter", () => {
  const port = (wb: ExcelDouble) => ({
    loadSetting: (k: string) => loadWorkbookSetting(wb.context, k),
    saveSetting: (k: string, v: string) => saveWorkbookSetting(wb.context, k, v),
  });

  it("a failed read of the workbook setting is an error in Danish, never a new key", async () => {
    const wb = new ExcelDouble([{ name: "Ark1" }], { settings: { [PSEUDONYM_SECRET_KEY]: "a".repeat(64) } });
    wb.options.failAtOperation = wb.operations + 1;
    await expect(pseudonymSecret(port(wb), () => new Uint8Array(32).fill(7)))
      .rejects.toThrow(/^Nøglen til pseudonymer kunne ikke læses fra arbejdsbogen \(Simuleret fejl.*\)\. Der er ikke lavet en ny nøgle, for så ville hver person få et nyt pseudonym\./);
    expect(wb.settings.get(PSEUDONYM_SECRET_KEY)).toBe("a".repeat(64));
    // Read again without the fault: the same key as before.
    expect(await pseudonymSecret(port(wb), () => new Uint8Array(32).fill(7))).toBe("a".repeat(64));
  });

  it("a failed read of the document settings (a workbook from before) is an error too, never a new key", async () => {
    g.Office = { context: { document: { settings: { get: () => { throw new Error("Internal Error"); } } } } };
    const wb = new ExcelDouble([{ name: "Ark1" }]);
    await expect(pseudonymSecret(port(wb), () => new Uint8Array(32).fill(7))).rejects.toThrow("Nøglen til pseudonymer kunne ikke læses fra arbejdsbogen (Internal Error).");
    expect(wb.settings.has(PSEUDONYM_SECRET_KEY)).toBe(false);
  });

  it("no key anywhere: one is made once and kept", async () => {
    const wb = new ExcelDouble([{ name: "Ark1" }]);
    const key = await pseudonymSecret(port(wb), () => new Uint8Array(32).fill(171));
    expect(key).toBe("ab".repeat(32));
    expect(await pseudonymSecret(port(wb), () => new Uint8Array(32).fill(7))).toBe(key);
  });
});
