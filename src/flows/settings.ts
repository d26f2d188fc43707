// Workbook-wide settings, stored as strings in the document settings so they travel with the
// workbook: "Masker CPR i rapporter".
import { msg } from "../core";
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

/** Document-settings key of the secret behind the pseudonyms of shared reports. */
export const PSEUDONYM_SECRET_KEY = "Styringsark.pseudonymNoegle";

/**
 * The workbook's secret for pseudonyms (docs/domain.md §7): read from the workbook settings, or
 * created once from 32 cryptographically random bytes and saved, so the same person keeps the same
 * pseudonym month after month in this workbook, and a pseudonym cannot be traced back without it.
 * A key once stored is never replaced: a read that fails rejects with a Danish message (it is not
 * "no key yet" — a new key would give every person a new pseudonym), and so does a save that fails.
 */
export async function pseudonymSecret(wb: Pick<Workbook, "loadSetting" | "saveSetting">, random: (n: number) => Uint8Array = randomBytes): Promise<string> {
  let stored: string | null;
  try {
    stored = await wb.loadSetting(PSEUDONYM_SECRET_KEY);
  } catch (error) {
    // The host's own text (English, or absent) in parentheses, for support.
    throw new Error(msg.share.keyUnreadable(error instanceof Error ? error.message : ""));
  }
  if (stored !== null && stored.trim() !== "") return stored.trim();
  const secret = Array.from(random(32), (b) => b.toString(16).padStart(2, "0")).join("");
  try {
    await wb.saveSetting(PSEUDONYM_SECRET_KEY, secret);
  } catch {
    throw new Error(msg.share.keyNotSaved());
  }
  return secret;
}

/** Web Crypto's random bytes (the browser's and Node's `crypto.getRandomValues`). */
function randomBytes(n: number): Uint8Array {
  if (typeof globalThis.crypto?.getRandomValues !== "function") throw new Error(msg.share.noRandom());
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}
