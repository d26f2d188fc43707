// Settings in the workbook's own settings (Excel.SettingCollection, ExcelApi 1.4): stored with the
// file per add-in and written through the same request as everything else, so they do not depend on
// a saveAsync round-trip of the document settings, which in co-authoring another user's save can
// overwrite. https://learn.microsoft.com/javascript/api/excel/excel.settingcollection
// On the first read of a key that only the document settings have (a workbook from before), the
// value is copied over; the document setting is left as it was for older versions of the add-in.
import { loadSetting as loadDocumentSetting } from "./reader";
import { settingsMsg } from "./messages";

type Ctx = Excel.RequestContext;

/**
 * The document setting, or null when there is none (or no Office host, as in tests without one). A
 * read that fails in a host rejects: "no setting" would make a caller create a new one — a new
 * pseudonym key gives every person a new pseudonym.
 */
function documentSetting(key: string): string | null {
  if (typeof Office === "undefined" || !Office.context?.document?.settings) return null;
  return loadDocumentSetting(key);
}

export async function loadWorkbookSetting(context: Ctx, key: string): Promise<string | null> {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  await context.sync();
  if (!item.isNullObject) return typeof item.value === "string" ? item.value : JSON.stringify(item.value);
  const old = documentSetting(key);
  if (old === null) return null;
  context.workbook.settings.add(key, old);
  await context.sync();
  return old;
}

export async function saveWorkbookSetting(context: Ctx, key: string, value: string): Promise<void> {
  try {
    context.workbook.settings.add(key, value);
    await context.sync();
  } catch (error) {
    // The host's own error text is English (or absent); the user gets Danish, the host's text in parentheses for support.
    // The cause goes along, so the panel shows Danish in its place and keeps the English as a detail.
    throw Object.assign(new Error(settingsMsg.notSaved(error instanceof Error ? error.message : undefined)), { cause: error });
  }
}
