// "Masker CPR i rapporter": the stored strings and the safe default (masking ON).
import { formatMaskCpr, loadMaskCpr, MASK_CPR_KEY, parseMaskCpr } from "../../src/flows";
import { pseudonymSecret, PSEUDONYM_SECRET_KEY } from "../../src/flows/settings";
import { WorkbookDouble } from "../support/workbookDouble";

describe("parseMaskCpr / formatMaskCpr", () => {
  it("masks unless the workbook says nej", () => {
    expect(parseMaskCpr(null)).toBe(true);
    expect(parseMaskCpr(undefined)).toBe(true);
    expect(parseMaskCpr("ja")).toBe(true);
    expect(parseMaskCpr("nej")).toBe(false);
    expect(parseMaskCpr(" Nej ")).toBe(false);
    // Anything unreadable masks: showing CPR must be an explicit choice.
    expect(parseMaskCpr("")).toBe(true);
    expect(parseMaskCpr("false")).toBe(true);
  });

  it("stores ja/nej and reads back what it stored", () => {
    expect(formatMaskCpr(true)).toBe("ja");
    expect(formatMaskCpr(false)).toBe("nej");
    expect(parseMaskCpr(formatMaskCpr(false))).toBe(false);
    expect(parseMaskCpr(formatMaskCpr(true))).toBe(true);
  });
});

describe("loadMaskCpr", () => {
  it("reads the setting under its key", async () => {
    const keys: string[] = [];
    const store = { loadSetting: async (k: string) => (keys.push(k), "nej") };
    expect(await loadMaskCpr(store)).toBe(false);
    expect(keys).toEqual([MASK_CPR_KEY]);
  });

  it("masks when reading the settings fails", async () => {
    expect(await loadMaskCpr({ loadSetting: () => Promise.reject(new Error("no host")) })).toBe(true);
  });
});

describe("pseudonymSecret", () => {
  it("creates 32 random bytes once, saves them, and reads them back after that", async () => {
    const wb = new WorkbookDouble({ settings: {} });
    const first = await pseudonymSecret(wb, (n) => new Uint8Array(n).fill(171));
    expect(first).toBe("ab".repeat(32));
    expect(await pseudonymSecret(wb, () => { throw new Error("no new secret when one is kept"); })).toBe(first);
    expect(wb.calls.filter((c) => c.startsWith("saveSetting"))).toEqual([`saveSetting ${PSEUDONYM_SECRET_KEY}`]);
  });

  it("uses the browser's crypto by default: two workbooks get different secrets", async () => {
    const a = await pseudonymSecret(new WorkbookDouble({ settings: {} }));
    const b = await pseudonymSecret(new WorkbookDouble({ settings: {} }));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toBe(b);
  });

  it("refuses in Danish when the secret cannot be saved (a new pseudonym every month is worse than none)", async () => {
    const wb = new WorkbookDouble({ settings: {}, saveFails: new Error("GeneralException") });
    await expect(pseudonymSecret(wb)).rejects.toThrow("Nøglen til pseudonymer kunne ikke gemmes i arbejdsbogen");
  });

  it("a failed read is an error in Danish, never \"no key yet\": nothing is saved, the kept key stays", async () => {
    const wb = new WorkbookDouble({ settings: { [PSEUDONYM_SECRET_KEY]: "ab".repeat(32) }, loadFails: new Error("GeneralException") });
    await expect(pseudonymSecret(wb, (n) => new Uint8Array(n).fill(7))).rejects.toThrow(
      new Error("Nøglen til pseudonymer kunne ikke læses fra arbejdsbogen (GeneralException). Der er ikke lavet en ny nøgle, for så ville hver person få et nyt pseudonym. Prøv igen om lidt; hjælper det ikke, så luk og åbn arbejdsbogen."),
    );
    expect(wb.calls.filter((c) => c.startsWith("saveSetting"))).toEqual([]);
    expect(wb.settings!.get(PSEUDONYM_SECRET_KEY)).toBe("ab".repeat(32));
  });

  it("never replaces a kept key, also a short one", async () => {
    const wb = new WorkbookDouble({ settings: { [PSEUDONYM_SECRET_KEY]: " kort-nøgle " } });
    expect(await pseudonymSecret(wb, () => { throw new Error("no new secret when one is kept"); })).toBe("kort-nøgle");
    expect(wb.calls.filter((c) => c.startsWith("saveSetting"))).toEqual([]);
  });
});
