// The automatic refresh (src/flows/refresh.ts) through the Office adapter on the Excel double: with the
// figures up to date nothing is written; a case ended by hand makes Nøgletal's kept checksum follow the
// case rows (test/deep/autoRefresh.deep.ts does the same with Overblik and Portefølje and checks every
// input kept); a row being typed is never dropped. The debounce of the adapter's change listener is
// tested with fake timers.
import { casesChecksum, dayToSerial, OPEN_END, ymdToDay } from "../../src/core";
import { writeSheets } from "../../src/excel";
import { watchDisponering } from "../../src/excel/autoRefresh";
import { IDENTITY_KEY } from "../../src/excel/plan";
import { excelWorkbook } from "../../src/excel/workbook";
import { refreshKeptFigures } from "../../src/flows";
import { a1 } from "../../src/sheets/a1";
import { ExcelDouble } from "../support/excelDouble";
import { dropExcelDouble, generatedWorkbook, keptChecksum, useExcelDouble as on } from "../support/autoRefresh";

const g = globalThis as unknown as { Excel?: unknown };
afterEach(dropExcelDouble);
const YEAR = 2025;

describe("refreshKeptFigures on the Excel double", () => {
  it("rebuilds Nøgletal in place after a case is ended by hand; up to date, nothing is written", async () => {
    const { wb, cases, d } = await generatedWorkbook();
    on(wb);
    const id = wb.sheet("Nøgletal 2025")!.id;
    expect(await refreshKeptFigures(excelWorkbook, { generatedOn: 45001 })).toMatchObject({ refreshed: [], upToDate: [YEAR], sheets: [] });
    const b = d.caseRows.find((r) => r.caseRow.navn === "B")!;
    wb.type(d.sheetName, a1(b.row, d.cols.stop), 45869); // 31.07.2025
    const out = await refreshKeptFigures(excelWorkbook, { generatedOn: 45001 });
    expect(out.sheets).toEqual(["Disponering 2025", "Nøgletal 2025"]);
    expect(wb.sheet("Nøgletal 2025")!.id).toBe(id);
    expect(keptChecksum(wb)).toBe(casesChecksum(cases.map((c) => (c.navn === "B" ? { ...c, stop: ymdToDay(2025, 7, 31) } : c))));
    expect(wb.names.has("HÅP_2025")).toBe(true);
  });

  it("never drops a row being typed: while a row of the case block has an error, nothing is rewritten", async () => {
    const { wb, d } = await generatedWorkbook();
    on(wb);
    // The user has typed only the CPR of a new case in the first empty row below the cases.
    wb.type(d.sheetName, a1(d.spareFrom, d.cols.cpr), "650190-1005");
    const out = await refreshKeptFigures(excelWorkbook, { generatedOn: 45001 });
    expect(out.refreshed).toEqual([]);
    expect(out.message).toBe("Der var intet at opdatere. Disponering 2025 har en række med fejl (se kolonnen Fejl i rækken); tallene opdateres, når den er rettet.");
    expect(wb.formula(d.sheetName, a1(d.spareFrom, d.cols.cpr))).toBe("650190-1005");
  });

  it("leaves a year alone when only other sheets changed, and says nothing needs refreshing without our sheets", async () => {
    const { wb, d } = await generatedWorkbook();
    on(wb);
    wb.type(d.sheetName, a1(d.caseRows[0].row, d.cols.stop), 45869);
    expect((await refreshKeptFigures(excelWorkbook, { generatedOn: 45001, changed: ["Sager"] })).refreshed).toEqual([]);
    on(new ExcelDouble([{ name: "Sager" }]));
    expect((await refreshKeptFigures(excelWorkbook, { generatedOn: 45001 })).message).toBe("Der var intet at opdatere.");
  });
});

describe("a Disponering of ours the user renamed", () => {
  it("is refreshed where it is, with its Nøgletal, and no second Disponering 2025 appears", async () => {
    const { wb, d } = await generatedWorkbook();
    on(wb);
    const ws = wb.context.workbook.worksheets.getItem(d.sheetName);
    ws.name = "Disp 25";
    await wb.context.sync();
    const id = wb.sheet("Disp 25")!.id;
    const b = d.caseRows.find((r) => r.caseRow.navn === "B")!;
    wb.type("Disp 25", a1(b.row, d.cols.stop), 45869);
    const out = await refreshKeptFigures(excelWorkbook, { generatedOn: 45001, changed: ["Disp 25"] });
    expect(out.sheets).toEqual(["Disp 25", "Nøgletal 2025"]);
    expect(out.refreshed).toEqual([YEAR]);
    expect(wb.sheet("Disp 25")!.id).toBe(id);
    expect(wb.sheet("Disponering 2025")).toBeUndefined();
  });
});

describe("watchDisponering: the adapter's change listener", () => {
  type Args = { worksheetId: string; source?: "Local" | "Remote"; triggerSource?: string };
  /** A host whose worksheets raise onChanged; `sets` are the requirement sets it has. */
  function host(sets = ["ExcelApi 1.12", "ExcelApi 1.14"]) {
    const handlers: ((e: Args) => Promise<void>)[] = [];
    // Custom properties as Office.js returns them: a null object where the sheet has none.
    const props = (p: Record<string, string>) => ({
      getItemOrNullObject: (k: string) => ({ load() { return this; }, isNullObject: !(k in p), value: p[k] }),
    });
    const sheets = [
      { id: "s1", name: "Disponering 2025", customProperties: props({ [IDENTITY_KEY]: "Disponering 2025" }) },
      { id: "s2", name: "Sager", customProperties: props({}) },
      // Disponering 2024 renamed by the user: found by the name it was written under.
      { id: "s3", name: "Disp 24", customProperties: props({ [IDENTITY_KEY]: "Disponering 2024" }) },
    ];
    const context = {
      workbook: {
        worksheets: {
          onChanged: { add: (h: (typeof handlers)[number]) => handlers.push(h) },
          items: sheets,
          load: () => undefined,
        },
      },
      sync: async () => undefined,
    };
    g.Excel = { run: <T>(fn: (ctx: unknown) => Promise<T>) => fn(context) };
    const asked: string[] = [];
    const isSetSupported = (name: string, version: string) => {
      asked.push(`${name} ${version}`);
      return sets.includes(`${name} ${version}`);
    };
    return { handlers, isSetSupported, asked };
  }

  it("runs the refresh once, 2 s after the last of several quick edits, only for edits by the user on a Disponering sheet", async () => {
    jest.useFakeTimers();
    try {
      const { handlers, isSetSupported } = host();
      const runs: string[][] = [];
      expect(await watchDisponering(async (changed) => {
        runs.push([...changed]);
      }, 2000, isSetSupported)).toBe(true);
      expect(handlers).toHaveLength(1);
      await handlers[0]({ worksheetId: "s1", source: "Local", triggerSource: "Unknown" });
      await handlers[0]({ worksheetId: "s2", source: "Local", triggerSource: "Unknown" });
      await jest.advanceTimersByTimeAsync(1500);
      await handlers[0]({ worksheetId: "s1", source: "Local", triggerSource: "Unknown" });
      await jest.advanceTimersByTimeAsync(1000);
      // Our own writes raise change events too; they are not the user's edits and do not postpone it.
      await handlers[0]({ worksheetId: "s1", source: "Local", triggerSource: "ThisLocalAddin" });
      await jest.advanceTimersByTimeAsync(999);
      expect(runs).toEqual([]);
      await jest.advanceTimersByTimeAsync(1);
      expect(runs).toEqual([["Disponering 2025"]]);
      // An edit on the user's own sheet alone starts nothing.
      await handlers[0]({ worksheetId: "s2", source: "Local", triggerSource: "Unknown" });
      await jest.advanceTimersByTimeAsync(5000);
      expect(runs).toHaveLength(1);
      // An edit on a Disponering of ours the user renamed does.
      await handlers[0]({ worksheetId: "s3", source: "Local", triggerSource: "Unknown" });
      await jest.advanceTimersByTimeAsync(2000);
      expect(runs).toEqual([["Disponering 2025"], ["Disp 24"]]);
    } finally {
      jest.useRealTimers();
    }
  });

  // Coauthoring: the event reaches every co-author's add-in ("Coauthoring in Excel add-ins",
  // https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins;
  // WorksheetChangedEventArgs.source "Remote", https://learn.microsoft.com/en-us/javascript/api/excel/excel.eventsource).
  it("never answers a co-author's edit: Remote events start nothing and do not postpone the user's own", async () => {
    jest.useFakeTimers();
    try {
      const { handlers, isSetSupported } = host();
      const runs: string[][] = [];
      await watchDisponering(async (changed) => {
        runs.push([...changed]);
      }, 2000, isSetSupported);
      // A colleague types on Disponering, and the colleague's add-in writes (its own, remote, writes).
      await handlers[0]({ worksheetId: "s1", source: "Remote", triggerSource: "Unknown" });
      await handlers[0]({ worksheetId: "s1", source: "Remote" });
      await jest.advanceTimersByTimeAsync(10000);
      expect(runs).toEqual([]);
      await handlers[0]({ worksheetId: "s1", source: "Local", triggerSource: "Unknown" });
      await jest.advanceTimersByTimeAsync(1000);
      await handlers[0]({ worksheetId: "s1", source: "Remote", triggerSource: "Unknown" });
      await jest.advanceTimersByTimeAsync(1000);
      expect(runs).toEqual([["Disponering 2025"]]);
    } finally {
      jest.useRealTimers();
    }
  });

  // triggerSource is ExcelApi 1.14 (https://learn.microsoft.com/en-us/javascript/api/excel/excel.eventtriggersource),
  // above the manifest's 1.12: there it is undefined, and every write of ours would start the next refresh.
  it("registers nothing on a host without ExcelApi 1.14: the sheets' red text says when the figures are stale", async () => {
    const { handlers, isSetSupported, asked } = host(["ExcelApi 1.12"]);
    expect(await watchDisponering(async () => undefined, 2000, isSetSupported)).toBe(false);
    expect(asked).toEqual(["ExcelApi 1.14"]);
    expect(handlers).toEqual([]);
  });
});

describe("the automatic refresh keeps Portefølje's change per rådgiver", () => {
  it("comparing with the snapshot Opdatér måned saved, as the Overblik action does", async () => {
    const { wb, cases, d } = await generatedWorkbook(true);
    on(wb);
    // Last month's snapshot: the same cases without B.
    const header = ["Cpr-nr.", "Navn", "Foranstaltning", "Konto", "Takst", "Takstenhed", "Startdato", "Stopdato", "Rådgiver"];
    const rows = cases.filter((c) => c.navn !== "B").map((c) => [c.cpr, c.navn, c.foranstaltning, c.konto, c.takst, c.enhed, dayToSerial(c.start), c.stop >= OPEN_END ? null : dayToSerial(c.stop), c.raadgiver]);
    await writeSheets(wb.context, [{ name: "Sagsbillede 2025-09", kind: "sagsbillede", hidden: true, formats: [], blocks: [{ kind: "cells", row: 0, col: 0, cells: [header, ...rows] }] }]);
    const b = d.caseRows.find((r) => r.caseRow.navn === "B")!;
    wb.type(d.sheetName, a1(b.row, d.cols.stop), 45869); // 31.07.2025
    const out = await refreshKeptFigures(excelWorkbook, { generatedOn: ymdToDay(2025, 10, 15) });
    expect(out.sheets).toContain("Portefølje 2025");
    const texts: unknown[] = [];
    for (let r = 0; r < 120; r++) for (let c = 0; c < 5; c++) texts.push(wb.value("Portefølje 2025", a1(r, c)));
    expect(texts).toEqual(expect.arrayContaining(["Udvikling pr. rådgiver", "Sidste måned (2025-09)"]));
    expect(texts.some((t) => typeof t === "string" && t.endsWith("Der er intet sagsbillede for 2025-07 (samme måned sidste kvartal)."))).toBe(true);
  });
});
