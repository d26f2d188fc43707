// Workbook-wide settings, stored as strings in the document settings so they travel with the
// workbook: "Masker CPR i rapporter", the pseudonyms' secret, the remembered column mappings, the
// user's art per foranstaltning and the prognose choices. Every key lives in `SETTING_KEYS`, and
// `test/flows/settingsOneHome.test.ts` fails on a settings key written anywhere else in src/.
import { defaultArt, msg, type CaseField, type Foranstaltningsart } from "../core";
import type { Workbook } from "./workbook";

/** The document-settings keys of the add-in: one home, so two flows never spell one key two ways. */
export const SETTING_KEYS = {
  maskCpr: "Styringsark.maskerCpr",
  pseudonymSecret: "Styringsark.pseudonymNoegle",
  mappings: "Styringsark.disponering.kolonner",
  arts: "Styringsark.disponering.arter",
  prognose: "Styringsark.prognosemetoder",
  /** Written, read and deleted again by "Kontrollér Excel" (flows/selvtest.ts). */
  selvtest: "Styringsark.selvtest",
} as const;

/** Document-settings key of "Masker CPR i rapporter". */
export const MASK_CPR_KEY = SETTING_KEYS.maskCpr;

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
export const PSEUDONYM_SECRET_KEY = SETTING_KEYS.pseudonymSecret;

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

/** Document-settings key of the remembered mappings. */
export const MAPPING_SETTING = SETTING_KEYS.mappings;

/** Remembered mappings, per source label: field → header text (survives reordered columns). */
export type SavedMappings = Record<string, Partial<Record<CaseField, string>>>;

// Workbooks saved before the mapping's fields took the case row's names still carry these keys.
const EARLIER_FIELD_NAMES: Record<string, CaseField> = { takstenhed: "enhed", startdato: "start", stopdato: "stop" };

export function parseSavedMappings(text: string | null): SavedMappings {
  if (!text) return {};
  try {
    const v = JSON.parse(text) as unknown;
    if (!v || typeof v !== "object" || Array.isArray(v)) return {};
    const out: SavedMappings = {};
    for (const [label, entry] of Object.entries(v as Record<string, Record<string, string>>)) {
      if (!entry || typeof entry !== "object") continue;
      out[label] = Object.fromEntries(Object.entries(entry).map(([f, h]) => [EARLIER_FIELD_NAMES[f] ?? f, h]));
    }
    return out;
  } catch {
    return {};
  }
}

/** Loads the remembered mappings; a host that cannot read settings has none. */
export function loadMappings(wb: Pick<Workbook, "loadSetting">): Promise<SavedMappings> {
  return wb.loadSetting(MAPPING_SETTING).then(parseSavedMappings, () => ({}) as SavedMappings);
}

/** Document-settings key of the user's art per foranstaltning (anbringelse, efterværn, øvrig). */
export const ARTS_SETTING = SETTING_KEYS.arts;

/**
 * The art the user chose per foranstaltning in the task pane, where it differs from the default
 * from the name (docs/domain.md §8); workbook-wide, since a kommune names its measures the same in
 * every extract. A row's own Art cell goes before it.
 */
export type SavedArts = Record<string, Foranstaltningsart>;

const ARTS: readonly Foranstaltningsart[] = ["anbringelse", "eftervaern", "oevrig"];

export function parseSavedArts(text: string | null): SavedArts {
  if (!text) return {};
  try {
    const v = JSON.parse(text) as unknown;
    if (!v || typeof v !== "object" || Array.isArray(v)) return {};
    const out: SavedArts = {};
    for (const [name, art] of Object.entries(v as Record<string, unknown>)) if (ARTS.includes(art as Foranstaltningsart)) out[name] = art as Foranstaltningsart;
    return out;
  } catch {
    return {};
  }
}

/** Loads the user's arts; a host that cannot read settings has none (the defaults apply). */
export function loadArts(wb: Pick<Workbook, "loadSetting">): Promise<SavedArts> {
  return wb.loadSetting(ARTS_SETTING).then(parseSavedArts, () => ({}));
}

/**
 * Sets the art of a foranstaltning and saves it; choosing the default from the name removes the
 * entry, so a later change of the defaults reaches it. Returns the new object.
 */
export async function saveArt(wb: Pick<Workbook, "saveSetting">, saved: SavedArts, foranstaltning: string, art: Foranstaltningsart): Promise<SavedArts> {
  const next = { ...saved };
  if (art === defaultArt(foranstaltning)) delete next[foranstaltning];
  else next[foranstaltning] = art;
  await wb.saveSetting(ARTS_SETTING, JSON.stringify(next));
  return next;
}

/** The arts as the core's age-limit options take them. */
export const artMap = (arts: SavedArts): Map<string, Foranstaltningsart> => new Map(Object.entries(arts));

/** Document-settings key of the prognose choices (methods, skøn, λ) of the Prognose panel. */
export const SETTINGS_KEY = SETTING_KEYS.prognose;
