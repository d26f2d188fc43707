// While the add-in is loaded, a change on one of our Disponering sheets refreshes the figures kept as
// values (src/flows/refresh.ts decides what and writes; this file only listens). Excel raises
// WorksheetCollection.onChanged for every edited range, with the worksheet's id ("Work with Events
// using the Excel JavaScript API", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events;
// Excel.WorksheetChangedEventArgs, https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetchangedeventargs).
// Typing a row raises several events in a row, so the refresh waits until the edits have paused
// (debounced). Only this user's own edits start it (docs/domain.md §7, "Co-authoring"):
// - `source` (ExcelApi 1.7) is "Remote" for a change a co-author made; the event reaches every
//   co-author's add-in ("Coauthoring in Excel add-ins",
//   https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins), so answering
//   it would have every colleague with the pane open rewrite the same sheets at the same moment;
// - `triggerSource` (ExcelApi 1.14, above the manifest's 1.12) is "ThisLocalAddin" for the add-in's
//   own writes (Excel.EventTriggerSource,
//   https://learn.microsoft.com/en-us/javascript/api/excel/excel.eventtriggersource). On a host
//   without it our writes cannot be told from the user's, and every refresh would start the next:
//   there the listener is not registered, and the sheets' red "IKKE OPDATERET" says when the figures
//   are stale (flows/requirements.ts OPTIONAL_SETS says so to the user and in docs/requirement-sets.md).
import { IDENTITY_KEY } from "./plan";
import { yearOfSheet } from "../sheets";

/** Called with the names of the Disponering sheets the user changed. */
export type OnDisponeringChanged = (changed: readonly string[]) => Promise<unknown>;

/** One of our Disponering sheets by its name (sheets/sheetNames.ts), also "Disponering 2025 (2)". */
const isDisponering = (name: string) => yearOfSheet("disponering", name) !== null;

/** The set that has WorksheetChangedEventArgs.triggerSource. */
export const TRIGGER_SOURCE_SET = { name: "ExcelApi", version: "1.14" } as const;

// Excel's own type, so the requirement-set table (test/manifest/requirementSets.test.ts) sees every
// member read here; on a host below ExcelApi 1.14, triggerSource is undefined whatever the type says.
type ChangedArgs = Pick<Excel.WorksheetChangedEventArgs, "worksheetId" | "source" | "triggerSource">;

/** An edit this user made by hand: not a co-author's, not our own write. */
function ownEdit(e: ChangedArgs): boolean {
  return e.source === "Local" && e.triggerSource !== "ThisLocalAddin";
}

/**
 * Registers the listener; `delayMs` after the last of the user's edits, `onChange` runs (never two at
 * once; the caller queues it with the panels' actions, flows/queue.ts). Returns false, registering
 * nothing, on a host without `triggerSource` (`isSetSupported` is the host's, passed in for tests).
 */
export async function watchDisponering(
  onChange: OnDisponeringChanged,
  delayMs = 2000,
  isSetSupported: (name: string, version: string) => boolean = (name, version) => Office.context.requirements.isSetSupported(name, version),
): Promise<boolean> {
  if (!isSetSupported(TRIGGER_SOURCE_SET.name, TRIGGER_SOURCE_SET.version)) return false;
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;

  const fire = async () => {
    timer = undefined;
    if (running) {
      // Edits made while a refresh runs are handled when it is done.
      await running;
      if (timer === undefined && pending.size > 0) schedule();
      return;
    }
    const ids = new Set(pending);
    pending.clear();
    running = (async () => {
      const names = await Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/id,items/name");
        await context.sync();
        const edited = sheets.items.filter((s) => ids.has(s.id));
        // A Disponering of ours the user renamed still carries the name it was written under.
        const others = edited.filter((s) => !isDisponering(s.name)).map((s) => ({ s, ident: s.customProperties.getItemOrNullObject(IDENTITY_KEY).load("value") }));
        if (others.length > 0) await context.sync();
        const renamed = new Set(others.filter((o) => !o.ident.isNullObject && isDisponering(String(o.ident.value))).map((o) => o.s.name));
        return edited.filter((s) => isDisponering(s.name) || renamed.has(s.name)).map((s) => s.name);
      });
      if (names.length > 0) await onChange(names);
    })().catch(() => undefined).finally(() => {
      running = null;
    });
    await running;
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void fire(), delayMs);
  };

  await Excel.run(async (context) => {
    context.workbook.worksheets.onChanged.add(async (e: ChangedArgs) => {
      if (!ownEdit(e)) return;
      pending.add(e.worksheetId);
      schedule();
    });
    await context.sync();
  });
  return true;
}
