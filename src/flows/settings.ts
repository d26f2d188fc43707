// Workbook-wide settings, stored as strings in the document settings so they travel with the
// workbook: "Masker CPR i rapporter".
import type { Workbook } from "./workbook";

/** Document-settings key of "Masker CPR i rapporter". */
export const MASK_CPR_KEY = "Styringsark.maskerCpr";

/**
 * The stored value as a boolean. Masking is ON unless "nej" is stored: reports for politicians must
 * not show CPR numbers by accident (docs/domain.md §7), so a missing or unreadable value masks.
 */
export function parseMaskCpr(raw: string | null | undefined): boolean {
  return raw?.trim().toLowerCase() !== "nej";
}

/** The string stored for the setting. */
export function formatMaskCpr(on: boolean): "ja" | "nej" {
  return on ? "ja" : "nej";
}

/** The workbook's masking default; ON when the host cannot read settings. */
export async function loadMaskCpr(wb: Pick<Workbook, "loadSetting">): Promise<boolean> {
  try {
    return parseMaskCpr(await wb.loadSetting(MASK_CPR_KEY));
  } catch {
    return true;
  }
}

/** Stores the setting; rejects with a Danish message when the workbook cannot save it. */
export async function saveMaskCpr(wb: Pick<Workbook, "saveSetting">, on: boolean): Promise<void> {
  await wb.saveSetting(MASK_CPR_KEY, formatMaskCpr(on));
}
