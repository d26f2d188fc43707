// While the add-in is loaded, a change on one of our Disponering sheets refreshes the figures kept as
// values (src/flows/refresh.ts decides what and writes; this file only listens). Excel raises
// WorksheetCollection.onChanged for every edited range, with the worksheet's id ("Work with Events
// using the Excel JavaScript API", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events;
// Excel.WorksheetChangedEventArgs, https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetchangedeventargs:
// worksheetId, and triggerSource "ThisLocalAddin" for changes this add-in made). Typing a row raises
// several events in a row, so the refresh waits until the edits have paused (debounced).
import { IDENTITY_KEY } from "./plan";
import { yearOfSheet } from "../sheets";

/** Called with the names of the Disponering sheets the user changed. */
export type OnDisponeringChanged = (changed: readonly string[]) => Promise<unknown>;

/** One of our Disponering sheets by its name (sheets/sheetNames.ts), also "Disponering 2025 (2)". */
const isDisponering = (name: string) => yearOfSheet("disponering", name) !== null;

interface ChangedArgs {
  worksheetId: string;
  triggerSource?: string;
}

/** Registers the listener; `delayMs` after the last of the user's edits, `onChange` runs (never two at once). */
export async function watchDisponering(onChange: OnDisponeringChanged, delayMs = 2000): Promise<void> {
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
      if (e.triggerSource === "ThisLocalAddin") return;
      pending.add(e.worksheetId);
      schedule();
    });
    await context.sync();
  });
}
