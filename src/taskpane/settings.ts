// Workbook-wide settings of the task pane, stored as strings in the document settings (so they
// travel with the workbook). Pure: parsing and formatting only; panels read them through actions.

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

/** What the settings need of the workbook (a slice of WorkbookActions, possibly not implemented). */
export interface SettingStore {
  loadSetting?(key: string): Promise<string | null>;
  saveSetting?(key: string, value: string): Promise<void>;
}

/** The workbook's masking default; ON when the host cannot read settings. */
export async function loadMaskCpr(store: SettingStore): Promise<boolean> {
  if (!store.loadSetting) return true;
  try {
    return parseMaskCpr(await store.loadSetting(MASK_CPR_KEY));
  } catch {
    return true;
  }
}
