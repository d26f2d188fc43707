// Panels that write the same sheet share one flow (docs/domain.md §7 "one number, one definition"):
// the Overblik flow and "Opdatér måned" refresh "Disponering ÅÅÅÅ" and "Nøgletal ÅÅÅÅ" exactly as the
// Disponeringsark panel writes them, booked amounts kept — through the Office adapter on the Excel
// double, so what is compared is what Excel would hold.
import { recogniseHeaders, ymdToDay } from "../../src/core";
import { checkCaseSource, generateDisponering, generateOverblik, updateMonth } from "../../src/flows";
import { excelWorkbook } from "../../src/excel/workbook";
import { ExcelDouble } from "../support/excelDouble";

const HEADER = ["Cpr-nr.", "Navn", "Foranstaltning", "Konto", "Takst", "Takstenhed", "Startdato", "Stopdato", "Leverandør", "Rådgiver", "Status"];
// CPR numbers with day 61–91 (substitute numbers), so never real people.
const ROWS = [
  ["610312-4123", "Anna", "Plejefamilie", "5.28.20", "30.000", "måned", "01.03.2024", "", "Kragereden", "AKJ", "aktuel"],
  ["620508-4456", "Bo", "Opholdssted", "5.28.23", "3.000", "døgn", "01.02.2025", "30.09.2025", "Solbakken", "BMH", "aktuel"],
  ["630601-4789", "Clara", "Kontaktperson", "5.28.21", "8.000", "måned", "01.01.2025", "", "Familiecentret", "AKJ", "aktuel"],
];
const cells: Record<string, string> = {};
[HEADER, ...ROWS].forEach((r, i) => r.forEach((v, j) => v !== "" && (cells[`${i},${j}`] = v)));
const BOOKED: Record<string, string | number> = { A1: "Konto", B1: "jan", C1: "feb", A2: "5.28.20", B2: 30000, C2: 30000, A3: "5.28.23", B3: 0, C3: 84000 };

const g = globalThis as unknown as { Excel?: unknown };
afterEach(() => delete g.Excel);

/** Each named sheet as the double holds it (cells, formats, names, validations, id). */
const state = (wb: ExcelDouble, names: string[]) =>
  (wb.snapshot() as { sheets: { name: string }[] }).sheets.filter((s) => names.includes(s.name));

describe("the Overblik flow and Opdatér måned refresh Disponering as the Disponeringsark panel does", () => {
  it("after the panel wrote them with booked amounts, both leave Disponering and Nøgletal exactly as they were", async () => {
    const wb = new ExcelDouble([{ name: "Sager", cells }, { name: "Bogført", cells: BOOKED }], { tables: [{ name: "Bogført", sheet: "Bogført", address: "A1:C3" }] });
    g.Excel = { run: <T>(fn: (ctx: Excel.RequestContext) => Promise<T>) => fn(wb.context) };
    const generatedOn = ymdToDay(2025, 3, 5);
    const source = (await excelWorkbook.readSheet("Sager"))!;
    // The cases as the panel hands them on: checked, the 18th birthday applied (Anna's open placement
    // ends 28.02.2030, the day before she turns 18 on 01.03.2030).
    const { cases } = checkCaseSource(source, recogniseHeaders(source.header));
    const panel = await generateDisponering(excelWorkbook, { year: 2025, cases, source, bookedTable: "Bogført", generatedOn });
    expect(panel.sheets).toEqual(["Disponering 2025", "Nøgletal 2025"]);
    const names = ["Disponering 2025", "Nøgletal 2025"];
    const before = state(wb, names);
    // The booked amounts are on the sheet: 5.28.23's January 0 and February 84.000.
    const D = "Disponering 2025";
    const bogfoert = [...Array(200).keys()].find((r) => String(wb.value(D, `A${r + 1}`)).startsWith("Bogført pr. konto"))! + 1;
    const row23 = [...Array(10).keys()].map((i) => bogfoert + 1 + i).find((r) => wb.value(D, `D${r}`) === "5.28.23")!;
    expect([wb.value("Disponering 2025", `L${row23}`), wb.value("Disponering 2025", `M${row23}`)]).toEqual([0, 84000]);

    const out = await generateOverblik(excelWorkbook, { source: "Sager", year: 2025, baseYear: 2024, target: 0.75, maskCpr: true, generatedOn });
    expect(out.sheets).toEqual(["Disponering 2025", "Nøgletal 2025", "Overblik 2025", "Portefølje 2025", "Leverandører 2025"]);
    expect(state(wb, names)).toEqual(before);

    const month = await updateMonth(excelWorkbook, { source: "Sager", year: 2025, month: 2, maskCpr: true, generatedOn });
    expect(state(wb, names)).toEqual(before);
    // The two konti with booked amounts are what was carried, and the summary says so.
    expect([month.inputsCarried, month.inputsParked]).toEqual([2, 0]);
    expect(month.message).toContain("2 rækker med det, du har skrevet (noter, egne kolonner, bogførte beløb, puljer, nye sager, sandsynligheder, skøn), står igen ved deres sag, konto eller linje.");
  });
});
