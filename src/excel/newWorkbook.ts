// "Del som fil": Excel.createWorkbook(base64) creates and opens a new workbook from a base64 .xlsx
// (ExcelApi 1.8, within the manifest's 1.12; "Create a workbook",
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks;
// https://learn.microsoft.com/en-us/javascript/api/excel#excel-excel-createworkbook-function(1)).
// The file travels in the request, and Excel on the web refuses a request above 5 MB ("Resource limits
// and performance optimization for Office Add-ins",
// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization),
// so its size is checked before asking. When Excel refuses, the user is told why where Excel says it:
// too large, a Windows policy (the `extensionHardening` registry key, named in createWorkbook's
// reference), an Excel without the API; a blocked pop-up window is only a guess on the web, where the
// new workbook opens in a new browser tab, and that guess is left to flows/share.ts.
import { HostRefusal } from "../flows";
import { newWorkbookMsg } from "./messages";

// Its sentences live in the adapter's message module; re-exported for the callers that name them here.
export { newWorkbookMsg };

/** What the adapter needs of the host (Office.js in the add-in; a stand-in in tests). */
export interface NewWorkbookHost {
  /** Office.context.diagnostics.platform: "OfficeOnline" for Excel on the web. */
  platform: string;
  isSetSupported(name: string, version: string): boolean;
  createWorkbook?: (base64: string) => Promise<void>;
}

/** The largest base64 file sent to Excel on the web: 5 MB less room for the request around it. */
export const MAX_NEW_WORKBOOK_BASE64 = 5 * 1024 * 1024 - 64 * 1024;

function officeText(error: unknown): { code: string; message: string } {
  const e = error as { code?: unknown; message?: unknown } | null;
  return { code: String(e?.code ?? ""), message: String(e?.message ?? "") };
}

/** Opens the base64 .xlsx as a new workbook; a HostRefusal with the Danish reason when the host says why it cannot. */
export async function openNewWorkbook(base64: string, host: NewWorkbookHost): Promise<void> {
  const web = host.platform === "OfficeOnline";
  if (web && base64.length > MAX_NEW_WORKBOOK_BASE64) throw new HostRefusal(newWorkbookMsg.tooLarge(base64.length));
  if (typeof host.createWorkbook !== "function" || !host.isSetSupported("ExcelApi", "1.8")) throw new HostRefusal(newWorkbookMsg.noApi());
  try {
    await host.createWorkbook(base64);
  } catch (error) {
    const { code, message } = officeText(error);
    if (/PayloadSizeLimitExceeded/i.test(code)) throw new HostRefusal(newWorkbookMsg.tooLarge(base64.length), error);
    if (/extension hardening/i.test(message)) throw new HostRefusal(newWorkbookMsg.policy(message), error);
    if (!web) throw new HostRefusal(newWorkbookMsg.desktop(message), error);
    throw error;
  }
}

/** The running host (Office.js loaded). */
export function officeNewWorkbookHost(): NewWorkbookHost {
  return {
    platform: String(Office.context.diagnostics?.platform ?? ""),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    createWorkbook: typeof Excel.createWorkbook === "function" ? (b) => Excel.createWorkbook(b) : undefined,
  };
}
