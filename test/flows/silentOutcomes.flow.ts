// Outcomes that used to be silent or misleading: each says what is wrong and what to do.
import { recogniseHeaders, ymdToDay } from "../../src/core";
import {
  checkCaseSource, defaultBudgetYear, findCaseSheets, generateDisponering, generatePrognose, listBudgetmodelTilbud,
  readPrognoseInputs, type SourceTable,
} from "../../src/flows";
import { WorkbookDouble } from "../support/workbookDouble";

const HEADER = ["Cpr-nr.", "Foranstaltning", "Konto", "Takst", "Startdato", "Stopdato"];
const table = (label: string, header: unknown[], rows: unknown[][] = []): SourceTable => ({ label, sheet: "Data", origin: { row: 0, col: 0 }, header, rows });
const generatedOn = ymdToDay(2025, 3, 1);

describe("booked amounts without month columns", () => {
  const cases = checkCaseSource(table("tabellen Sager", HEADER, [["610117-1001", "Plejefamilie", "5.28.20", "30.000", "01.01.2025", ""]]), recogniseHeaders(HEADER)).cases;

  it("are not reported as Færdig: nothing is written and the panel says what the table lacks", async () => {
    // The exact table that gave "Færdig": Konto and amounts, but no column per month.
    const wb = new WorkbookDouble({ writes: true, tables: [{ name: "Bogført", values: [["Konto", "Beløb"], ["5.28.20", "12.000"]] }] });
    const out = await generateDisponering(wb, { year: 2025, cases, source: table("tabellen Sager", HEADER), bookedTable: "Bogført", generatedOn });
    expect(out.written).toBe(false);
    expect(out.message).toBe(
      'Tabellen Bogført har ingen bogførte beløb i månedskolonner (jan … dec eller 1 … 12); intet er skrevet. Giv tabellen en kolonne pr. måned med beløbene, eller vælg "Ingen bogførte beløb".',
    );
    expect(wb.written).toEqual([]);
  });
});

describe("missing prognose tables", () => {
  it("are named with what to do, instead of '0 konti læst; budgetår 0.' and then blaming Forbrug", async () => {
    const wb = new WorkbookDouble({ writes: true, tables: [] });
    const inputs = await readPrognoseInputs(wb);
    expect(inputs.missingTables).toEqual(["Budget", "Forbrug", "Budgetforudsætninger"]);
    const expected =
      'Tabellerne "Budget", "Forbrug" og "Budgetforudsætninger" findes ikke i arbejdsbogen. Lav dem som Excel-tabeller (Indsæt → Tabel, og giv tabellen navnet under Tabeldesign), eller indsæt eksempeltabellerne under Oversigt → Kom i gang.';
    expect(inputs.message).toBe(expected);
    await expect(generatePrognose(wb, inputs, { methods: {}, lambda: { kind: "trend" }, skoen: {} }, generatedOn)).rejects.toThrow(expected);
    expect(wb.written).toEqual([]);
  });
});

describe("the Budget table picked as the case table", () => {
  it("is recognised as not a case table (no cpr-nummer, takst or start-like headers at all)", () => {
    const budget = table("tabellen Budget", ["Konto", "Tekst", "Budget", "Område"], [["5.28.20", "Plejefamilier", "12.000.000", "Børn"]]);
    const checked = checkCaseSource(budget, recogniseHeaders(budget.header));
    expect(checked.notCaseTable).toBe(true);
    expect(checked.summary).toBe(
      "Tabellen Budget ligner ikke en sagstabel: ingen kolonne hedder noget med cpr-nummer, foranstaltning, takst eller startdato. Vælg tabellen med sagerne (én række pr. sag), eller vælg kolonnerne herunder.",
    );
  });

  it("while a case table missing only Takst is still one (it is asked for the column)", () => {
    const sager = table("tabellen Sager", ["Cpr-nr.", "Startdato"]);
    const checked = checkCaseSource(sager, recogniseHeaders(sager.header));
    expect(checked.notCaseTable).toBe(false);
    expect(checked.summary).toBe("Vælg en kolonne til Takst.");
  });
});

describe("findCaseSheets", () => {
  it("says there is no case sheet at all and what to do", async () => {
    const wb = new WorkbookDouble({ sheets: [{ name: "Ark1" }, { name: "Disponering 2025", kind: "disponering", values: [["Cpr-nr.", "Takst", "Startdato"]] }] });
    expect(await findCaseSheets(wb)).toEqual({
      sheets: [],
      hint: "Arbejdsbogen har intet ark med en sagsliste. Læg sagerne på et ark med overskrifterne i første række (fx Cpr-nr., Foranstaltning, Takst, Startdato, Stopdato), eller indsæt eksempeltabellerne under Oversigt → Kom i gang.",
    });
  });

  it("names the sheets that are not case lists and the columns they lack", async () => {
    const wb = new WorkbookDouble({ sheets: [{ name: "Budget", values: [["Konto", "Budget"]] }, { name: "Sager", values: [["Cpr-nr.", "Takst"]] }] });
    expect(await findCaseSheets(wb)).toEqual({
      sheets: [],
      hint: "Intet ark ligner en sagsliste (arket Budget mangler Takst og Startdato; arket Sager mangler Startdato). Sagslisten skal have overskrifterne i første række (fx Cpr-nr., Foranstaltning, Takst, Startdato, Stopdato); ret overskrifterne, eller indsæt eksempeltabellerne under Oversigt → Kom i gang.",
    });
  });
});

describe("defaultBudgetYear", () => {
  const now = new Date(2026, 10, 30);
  it("is the latest Disponering ÅÅÅÅ sheet of ours", async () => {
    const wb = new WorkbookDouble({ sheets: [
      { name: "Disponering 2024", kind: "disponering" }, { name: "Disponering 2025", kind: "disponering" },
      { name: "Prognose 2027-01", kind: "prognose" }, { name: "Disponering 2030" } /* the user's own: not ours */,
    ] });
    expect(await defaultBudgetYear(wb, now)).toBe(2025);
  });
  it("else the latest year among our other yearly sheets", async () => {
    const wb = new WorkbookDouble({ sheets: [{ name: "Prognose 2024-10", kind: "prognose" }, { name: "Overblik 2023", kind: "overblik" }] });
    expect(await defaultBudgetYear(wb, now)).toBe(2024);
  });
  it("is the Budget table's year first: a year in its header, else the latest month of Forbrug", async () => {
    const sheets = [{ name: "Disponering 2024", kind: "disponering" }];
    const headed = new WorkbookDouble({ sheets, tables: [{ name: "budget", values: [["Konto", "Budget 2027"], ["5.28.20", "1"]] }] });
    expect(await defaultBudgetYear(headed, now)).toBe(2027);
    const forbrug = new WorkbookDouble({ sheets, tables: [
      { name: "Budget", values: [["Konto", "Tekst", "Budget"], ["5.28.20", "Plejefamilier", "32755000"]] },
      { name: "Forbrug", values: [["Konto", "2024-12", "2025-01", "2025-02"], ["5.28.20", "1", "2", "3"]] },
    ] });
    expect(await defaultBudgetYear(forbrug, now)).toBe(2025);
    // A Budget table without a year and no Forbrug: the sheets decide.
    const bare = new WorkbookDouble({ sheets, tables: [{ name: "Budget", values: [["Konto", "Budget"]] }] });
    expect(await defaultBudgetYear(bare, now)).toBe(2024);
  });
  it("else this year, also when the workbook cannot be asked", async () => {
    expect(await defaultBudgetYear(new WorkbookDouble({ sheets: [{ name: "Ark1" }] }), now)).toBe(2026);
    expect(await defaultBudgetYear(new WorkbookDouble({}), now)).toBe(2026);
  });
});

describe("listBudgetmodelTilbud", () => {
  it("offers the providers that have a budget model of ours", async () => {
    const wb = new WorkbookDouble({ sheets: [
      { name: "Budgetmodel Botilbud A", kind: "budgetmodel" }, { name: "Budgetmodel Egen", kind: undefined }, { name: "Døgnskema X", kind: "doegnskema" },
    ] });
    expect(await listBudgetmodelTilbud(wb)).toEqual(["Botilbud A"]);
  });
});
