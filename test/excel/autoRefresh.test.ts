// The automatic refresh (src/flows/refresh.ts) through the Office adapter on the Excel double: a case
// ended by hand on Disponering 2025 makes the flow rebuild the figures kept as values — Nøgletal's
// periods and checksum, Overblik and Portefølje — in place, keeping the user's inputs (budget, booked
// amounts, Overblik's choices) and the headline names; a second run finds everything up to date and
// writes nothing, so the change event caused by our own write ends there. The debounce of the
// adapter's change listener is tested with fake timers.
import { casesChecksum, OPEN_END, ymdToDay } from "../../src/core";
import { watchDisponering } from "../../src/excel/autoRefresh";
import { writeSheets } from "../../src/excel";
import { excelWorkbook } from "../../src/excel/workbook";
import { refreshKeptFigures } from "../../src/flows";
import { buildDisponering, buildNoegletal, buildOverblik, buildPortefoelje } from "../../src/sheets";
import { a1 } from "../../src/sheets/a1";
import { ExcelDouble } from "../support/excelDouble";
import { smallKommune } from "../support/smallKommune";

const g = globalThis as unknown as { Excel?: unknown };
afterEach(() => delete g.Excel);
const on = (wb: ExcelDouble) => {
  g.Excel = { run: <T>(fn: (ctx: Excel.RequestContext) => Promise<T>) => fn(wb.context) };
};
const YEAR = 2025;
const NAMES = ["HÅP_2025", "GNS_pris_2025", "Forventet_regnskab_2025", "Budget_2025", "Afvigelse_2025", "Styringsark_opdateret"];

async function generated() {
  const cases = smallKommune().map((c) => ({ ...c, konto: "5.28.20" }));
  const d = buildDisponering({ year: YEAR, cases, generatedOn: 45000, actuals: [{ konto: "5.28.20", months: [41000] }] });
  const n = buildNoegletal({ year: YEAR, disponering: d.layout, generatedOn: 45000, budget: { amount: 900_000, source: "budgettabellen" } });
  const common = { year: YEAR, cases, disponering: d.layout, generatedOn: 45000, chartsDrawn: true };
  const o = buildOverblik({ ...common, baseYear: 2024, target: 0.6, budgets: { Plejefamilie: 400_000 } });
  const p = buildPortefoelje(common);
  const wb = new ExcelDouble([{ name: "Sager" }]);
  await writeSheets(wb.context, [d.spec, n.spec, o.spec, p.spec]);
  return { wb, cases, d: d.layout, n: n.layout };
}

/** Nøgletal's kept checksum: the value right of its label (values as written, not evaluated). */
function keptChecksum(wb: ExcelDouble): unknown {
  for (let r = 1; r < 200; r++) if (String(wb.formula("Nøgletal 2025", `A${r}`)).startsWith("Kontrolsum af sagerne, da HÅP")) return wb.formula("Nøgletal 2025", `B${r}`);
  return undefined;
}

describe("refreshKeptFigures on the Excel double", () => {
  it("rebuilds Nøgletal, Overblik and Portefølje in place after a case is ended by hand, keeping inputs and names", async () => {
    const { wb, cases, d, n } = await generated();
    on(wb);
    const ids = ["Disponering 2025", "Nøgletal 2025", "Overblik 2025", "Portefølje 2025"].map((s) => wb.sheet(s)!.id);
    expect(keptChecksum(wb)).toBe(casesChecksum(cases));
    // Up to date: nothing is written.
    const idle = await refreshKeptFigures(excelWorkbook, { generatedOn: 45001 });
    expect(idle).toMatchObject({ refreshed: [], upToDate: [YEAR], sheets: [], message: "Tallene er opdaterede." });

    // The user ends B's open Opholdssted case on 31.07.2025 by typing a date serial into its stop cell.
    const b = d.caseRows.find((r) => r.caseRow.navn === "B")!;
    wb.type(d.sheetName, a1(b.row, d.cols.stop), 45869);
    const ended = cases.map((c) => (c.navn === "B" ? { ...c, stop: ymdToDay(2025, 7, 31) } : c));
    const out = await refreshKeptFigures(excelWorkbook, { generatedOn: 45001 });
    expect(out.refreshed).toEqual([YEAR]);
    expect(out.sheets).toEqual(["Disponering 2025", "Nøgletal 2025", "Overblik 2025", "Portefølje 2025"]);
    expect(out.message).toBe("Tallene er opdateret efter ændringerne på Disponering 2025: Disponering 2025, Nøgletal 2025, Overblik 2025, Portefølje 2025.");
    // The same worksheets, refreshed: the checksum kept is the ended table's, the names are all there.
    expect(["Disponering 2025", "Nøgletal 2025", "Overblik 2025", "Portefølje 2025"].map((s) => wb.sheet(s)!.id)).toEqual(ids);
    expect(keptChecksum(wb)).toBe(casesChecksum(ended));
    expect(ended.find((c) => c.navn === "B")!.stop).not.toBe(OPEN_END);
    for (const name of NAMES) expect(wb.names.has(name)).toBe(true);
    // The user's inputs survived: the budget on Nøgletal, the booked January, Overblik's choices.
    expect(wb.formula("Nøgletal 2025", a1(n.headline.budget.row, n.headline.budget.col))).toBe(900_000);
    expect(wb.formula("Disponering 2025", a1(d.actualsByKonto[0].row, d.firstMonthCol))).toBe(41000);
    expect([wb.formula("Overblik 2025", "B4"), wb.formula("Overblik 2025", "B5")]).toEqual([2024, 0.6]);
    // B's merged period on Nøgletal now ends 31.07.2025 (serial 45869).
    const periods = [...Array(300).keys()].map((r) => [wb.formula("Nøgletal 2025", `D${r + 1}`), wb.formula("Nøgletal 2025", `E${r + 1}`)]);
    expect(periods).toContainEqual([45839, 45869]);
    expect(periods).not.toContainEqual([45839, 46022]);
    // A second run (the change event of our own write) finds it up to date.
    expect((await refreshKeptFigures(excelWorkbook, { generatedOn: 45002 })).refreshed).toEqual([]);
  });

  it("never drops a row being typed: while a row of the case block has an error, nothing is rewritten", async () => {
    const { wb, d } = await generated();
    on(wb);
    // The user has typed only the CPR of a new case in the first empty row below the cases.
    wb.type(d.sheetName, a1(d.spareFrom, d.cols.cpr), "650190-1005");
    const out = await refreshKeptFigures(excelWorkbook, { generatedOn: 45001 });
    expect(out.refreshed).toEqual([]);
    expect(out.message).toBe("Der var intet at opdatere. Disponering 2025 har en række med fejl (se kolonnen Fejl i rækken); tallene opdateres, når den er rettet.");
    expect(wb.formula(d.sheetName, a1(d.spareFrom, d.cols.cpr))).toBe("650190-1005");
  });

  it("leaves a year alone when only other sheets changed, and says nothing needs refreshing without our sheets", async () => {
    const { wb, d } = await generated();
    on(wb);
    wb.type(d.sheetName, a1(d.caseRows[0].row, d.cols.stop), 45869);
    expect((await refreshKeptFigures(excelWorkbook, { generatedOn: 45001, changed: ["Sager"] })).refreshed).toEqual([]);
    on(new ExcelDouble([{ name: "Sager" }]));
    expect((await refreshKeptFigures(excelWorkbook, { generatedOn: 45001 })).message).toBe("Der var intet at opdatere.");
  });
});

describe("watchDisponering: the adapter's change listener", () => {
  it("runs the refresh once, 2 s after the last of several quick edits, only for edits by the user on a Disponering sheet", async () => {
    jest.useFakeTimers();
    try {
      const handlers: ((e: { worksheetId: string; triggerSource?: string }) => Promise<void>)[] = [];
      const sheets = [{ id: "s1", name: "Disponering 2025" }, { id: "s2", name: "Sager" }];
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
      const runs: string[][] = [];
      await watchDisponering(async (changed) => {
        runs.push([...changed]);
      });
      expect(handlers).toHaveLength(1);
      await handlers[0]({ worksheetId: "s1" });
      await handlers[0]({ worksheetId: "s2" });
      await jest.advanceTimersByTimeAsync(1500);
      await handlers[0]({ worksheetId: "s1" });
      await jest.advanceTimersByTimeAsync(1000);
      // Our own writes raise change events too; they are not the user's edits and do not postpone it.
      await handlers[0]({ worksheetId: "s1", triggerSource: "ThisLocalAddin" });
      await jest.advanceTimersByTimeAsync(999);
      expect(runs).toEqual([]);
      await jest.advanceTimersByTimeAsync(1);
      expect(runs).toEqual([["Disponering 2025"]]);
      // An edit on the user's own sheet alone starts nothing.
      await handlers[0]({ worksheetId: "s2" });
      await jest.advanceTimersByTimeAsync(5000);
      expect(runs).toHaveLength(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
