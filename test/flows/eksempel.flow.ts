// "Indsæt eksempeltabeller": Eksempel Kommune's tables inserted on new sheets through the port, and
// what the panels then read from them — the same figures as `npm run demo` reads from the text.
import { readBookedAmounts, readCaseTable } from "../../src/core";
import {
  eksempelTablesPresent, findCaseSheets, guessChoice, insertEksempelTables, prefillModel, readPrognoseInputs, startBudgetmodel,
} from "../../src/flows";
import { botilbudA, eksempelTables, typedTable } from "../../src/flows/eksempel";
import { readCaseCsv } from "../../src/cli/demoWorkbook";
import { readPrognoseDemoData } from "../../src/cli/prognoseDemo";
import { COL_BUDGET_OEKONOMI, COL_REGNSKAB_FOER } from "../../src/core";
import { followUpSheetNames } from "../../src/sheets/prognosePackage";
import { WorkbookDouble } from "../support/workbookDouble";

const NAMES = [
  "Sager", "Sager_forrige_måned", "Bogført", "Budget", "Forbrug", "Budgetforudsætninger", "Risikosager", "Tilgang", "PL", "Regnskab",
  "Leverandører", "Regnskab_sidste_år", "Økonomisystem", "HÅP",
];

describe("insertEksempelTables", () => {
  it("inserts every table a panel needs on a new sheet of its own and says so", async () => {
    const wb = new WorkbookDouble({ adds: true });
    const out = await insertEksempelTables(wb);
    expect(out.tables.map((t) => t.name)).toEqual(NAMES);
    expect(out.sheets).toEqual([
      "Sager", "Sager forrige måned", "Bogført", "Budget", "Forbrug", "Tabel Budgetforudsætninger", "Tabel Risikosager", "Tilgang", "PL", "Regnskab",
      "Tabel Leverandører", "Regnskab sidste år", "Økonomisystem", "HÅP",
    ]);
    expect(out.message).toBe(`14 eksempeltabeller fra Eksempel Kommune er indsat på nye ark: ${NAMES.join(", ")}. Dine egne ark og tabeller er ikke ændret. Prøv nu panelerne i rækkefølgen ovenfor.`);
    wb.verify();
  });

  it("never takes a name the user has (ignoring case): free sheet and table names, and the message names them", async () => {
    const wb = new WorkbookDouble({
      adds: true,
      sheets: [{ name: "budget", values: [["Mine tal"]] }, { name: "PL (2)" }],
      tables: [{ name: "BUDGET", sheet: "budget", values: [["Konto", "Budget"], ["5.28.20", 1]] }, { name: "pl", sheet: "PL (2)", values: [["År"]] }],
    });
    const out = await insertEksempelTables(wb);
    const budget = out.tables.find((t) => t.wanted === "Budget")!;
    const pl = out.tables.find((t) => t.wanted === "PL")!;
    expect(budget).toEqual({ name: "Budget_eksempel", wanted: "Budget", sheet: "Budget (2)" });
    // "PL" is taken and so is the sheet "PL (2)": the next free ones. "PL2" would be a cell address.
    expect(pl).toEqual({ name: "PL_eksempel", wanted: "PL", sheet: "PL" });
    expect(out.message).toContain("Arbejdsbogen havde allerede tabellerne Budget (eksemplet hedder Budget_eksempel), PL (eksemplet hedder PL_eksempel); panelerne læser dine egne.");
    // The user's table is what the panels still read, unchanged.
    expect((await wb.readTable("Budget"))!.rows).toEqual([["5.28.20", 1]]);
  });

  it("puts no table on a sheet name the add-in generates, so Prognose never writes 'Budgetforudsætninger (2)'", async () => {
    const wb = new WorkbookDouble({ adds: true });
    const out = await insertEksempelTables(wb);
    const inputs = await readPrognoseInputs(wb);
    const generated = Object.values(followUpSheetNames(inputs.data)).map((n) => n.toLowerCase());
    expect(generated).toEqual(["budgetforudsætninger", "risikosager", "prognose 2025-10"]);
    expect(out.sheets.filter((s) => generated.includes(s.toLowerCase()))).toEqual([]);
  });

  it("tells which example tables are there already, so a second insert can ask first", async () => {
    const wb = new WorkbookDouble({ adds: true });
    expect(await eksempelTablesPresent(wb)).toEqual([]);
    await insertEksempelTables(wb);
    expect(await eksempelTablesPresent(wb)).toEqual(NAMES);
  });

  it("fails as a whole when the host refuses, adding nothing", async () => {
    const wb = new WorkbookDouble({ adds: new Error("Navnet Sager er allerede i brug"), sheets: [], tables: [] });
    await expect(insertEksempelTables(wb)).rejects.toThrow("Navnet Sager er allerede i brug");
    expect(await wb.listTables()).toEqual([]);
  });
});

describe("the panels read the inserted tables as the demo reads the text", () => {
  let wb: WorkbookDouble;
  beforeAll(async () => {
    wb = new WorkbookDouble({ adds: true });
    await insertEksempelTables(wb);
  });

  it("Prognose: budget, forbrug, budgetforudsætninger, risk, tilgang, PL and cases equal the demo's, budget year 2025", async () => {
    const inputs = await readPrognoseInputs(wb);
    const demo = readPrognoseDemoData(readCaseCsv("eksempel-kommune-sager.csv").cases).data;
    expect(inputs.missingTables).toEqual([]);
    expect(inputs.problems).toEqual([]);
    expect(inputs.message).toBe("4 konti læst; budgetår 2025.");
    expect(inputs.data).toEqual(demo);
  });

  it("Overblik and Økonomitjek find both case sheets", async () => {
    expect((await findCaseSheets(wb)).sheets).toEqual(["Sager", "Sager forrige måned"]);
  });

  it("Disponeringsark: Bogført has the budget year's ten booked months of Forbrug (5.28.20 in January: 2.691.879)", async () => {
    const t = (await wb.readTable("bogført"))!;
    const booked = readBookedAmounts(t, "Bogført");
    expect(booked.problems).toEqual([]);
    expect(booked.value.bookedMonths).toBe(10);
    expect(booked.value.byKonto[0]).toEqual({ konto: "5.28.20", months: [2691879, 2649582, 2642866, 2722106, 2721035, 2843640, 3063670, 3069814, 3150630, 3067080, 0, 0] });
  });

  it("Budgetmodel: the three pre-fill tables are preselected and fill Botilbud A's regnskab and økonomisystem columns without problems", async () => {
    const start = await startBudgetmodel(wb);
    expect(start.choice).toEqual({ regnskab: "Regnskab_sidste_år", budget: "Økonomisystem", haap: "HÅP" });
    const pre = await prefillModel(wb, { tilbud: "Botilbud A", year: 2024 }, start.choice);
    expect(pre.problems).toEqual([]);
    const a = botilbudA();
    expect(pre.model.variable.map((l) => l.values[COL_REGNSKAB_FOER])).toEqual(a.variable.map((l) => l.values[COL_REGNSKAB_FOER]));
    expect(pre.model.central.map((l) => l.values[COL_BUDGET_OEKONOMI])).toEqual(a.central.map((l) => l.values[COL_BUDGET_OEKONOMI]));
    // Funktionsniveau 3 in the takst column: 12 intern and 5 ekstern helårspersoner.
    expect([pre.model.levels[2].intern[3], pre.model.levels[2].ekstern[3]]).toEqual([12, 5]);
  });

  it("Prognose's own Regnskab is not taken for the budget model's (guessChoice prefers Regnskab_sidste_år)", () => {
    expect(guessChoice(["Regnskab", "Regnskab_sidste_år"]).regnskab).toBe("Regnskab_sidste_år");
    expect(guessChoice(["Regnskab"]).regnskab).toBe("Regnskab");
  });
});

describe("typedTable", () => {
  it("types a column only when every filled cell reads: dates as serials, percentages as fractions, Danish numbers as numbers", () => {
    const t = typedTable("A", "A", {
      header: ["Konto", "Takst", "Start", "Andel", "Dato med fejl", "År"],
      rows: [["5.28.20", "47.850", "01.01.2025", "3,4 %", "31.02.2025", "2025"], ["5.28.21", "1.500,5", "", "60 %", "01.03.2025", "2026"]],
    });
    // 01.01.2025 = serial 45658; the 31.02. keeps its column as text, as the user typed it.
    expect(t.values.slice(1)).toEqual([["5.28.20", 47850, 45658, 0.034, "31.02.2025", 2025], ["5.28.21", 1500.5, "", 0.6, "01.03.2025", 2026]]);
    expect(t.numberFormats).toEqual(["@", "#,##0.00", "dd-mm-yyyy", "0.0%", "@", "General"]);
  });

  it("the case table keeps the demo's cases and its problems when typed", () => {
    const sager = eksempelTables()[0];
    const typed = readCaseTable({ header: sager.values[0], rows: sager.values.slice(1) });
    const text = readCaseCsv("eksempel-kommune-sager.csv");
    expect(typed.cases).toEqual(text.cases);
    expect(typed.problems.map((p) => p.message)).toEqual(text.problems.map((p) => p.message));
  });
});
