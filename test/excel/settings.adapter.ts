// Document settings (Office.context.document.settings) behind loadSetting/saveSetting: strings only,
// saved to the workbook with saveAsync, a failed save reported in Danish.
import { loadSetting, saveSetting } from "../../src/excel/reader";

interface SaveResult {
  status: string;
  error?: { message: string };
}

/** Office.context.document.settings in memory: set is pending until saveAsync succeeds. */
function installSettings(stored: Record<string, unknown> = {}, saveResult: SaveResult = { status: "succeeded" }) {
  const saved = new Map(Object.entries(stored));
  const pending = new Map(saved);
  const settings = {
    get: (k: string) => pending.get(k) ?? null,
    set: (k: string, v: unknown) => void pending.set(k, v),
    saveAsync: (cb: (r: SaveResult) => void) => {
      if (saveResult.status === "succeeded") for (const [k, v] of pending) saved.set(k, v);
      // The host calls back later, not inside saveAsync.
      setTimeout(() => cb(saveResult), 0);
    },
  };
  (globalThis as unknown as { Office: unknown }).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: { document: { settings } },
  };
  return saved;
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

describe("loadSetting", () => {
  it("returns a stored string, and null for a missing or non-string value", () => {
    installSettings({ "Styringsark.maskerCpr": "nej", tal: 42 });
    expect(loadSetting("Styringsark.maskerCpr")).toBe("nej");
    expect(loadSetting("tal")).toBeNull();
    expect(loadSetting("findes.ikke")).toBeNull();
  });
});

describe("saveSetting", () => {
  it("sets the value and saves it in the workbook", async () => {
    const saved = installSettings();
    await saveSetting("Styringsark.maskerCpr", "nej");
    expect(saved.get("Styringsark.maskerCpr")).toBe("nej");
    expect(loadSetting("Styringsark.maskerCpr")).toBe("nej");
  });

  it("rejects with a Danish message when saveAsync fails", async () => {
    const saved = installSettings({}, { status: "failed", error: { message: "Internal Error" } });
    await expect(saveSetting("Styringsark.maskerCpr", "nej")).rejects.toThrow(
      new Error("Indstillingen kunne ikke gemmes i arbejdsbogen (Internal Error)"),
    );
    expect(saved.has("Styringsark.maskerCpr")).toBe(false);
  });

  it("rejects in Danish also when the host gives no error text", async () => {
    installSettings({}, { status: "failed" });
    await expect(saveSetting("k", "v")).rejects.toThrow(new Error("Indstillingen kunne ikke gemmes i arbejdsbogen"));
  });
});
