// "Masker CPR i rapporter": the stored strings and the safe default (masking ON).
import { formatMaskCpr, loadMaskCpr, MASK_CPR_KEY, parseMaskCpr } from "../../src/flows";

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
