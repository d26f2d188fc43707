// The demo workbook for "Eksempel Kommune", built from the example tables in src/flows/eksempel/data/
// (the same the task pane inserts under Kom i gang). Shared by `npm run demo` and the test that
// recalculates the demo, so both see the same sheets.
import {
  applyAgeLimits, disposedAmount, forecastWithBooked, formatKr as kr, formatNumber, haap, readBudget, readCaseTable, yearEnd, yearStart, ymdToDay, type CaseRow, type Problem,
} from "../core";
import { buildDisponering } from "../sheets";
import { buildNoegletal } from "../sheets";
import type { SheetSpec } from "../sheets";
import { eksempelTable, type EksempelFile } from "../flows";
import { buildDemoOverblik, DEMO_PREVIOUS_CSV } from "./demoOverblik";
import { buildPrognoseDemo, demoBooked, readTableCsv } from "./prognoseDemo";
import { botilbudASheets } from "./botilbudA";
import { buildDemoAlder } from "./demoAlder";
import { buildDemoAnalyser } from "./demoAnalyser";

export const DEMO_YEAR = 2025;

export interface DemoWorkbook {
  specs: SheetSpec[];
  cases: CaseRow[];
  problems: Problem[];
  /** Danish summary lines printed by `npm run demo`. */
  summary: string[];
  /** The generation date the sheets state (day number). */
  generatedOn: number;
}

/** Reads a bundled CSV case table through the same header recognition and validation as Excel input. */
export function readCaseCsv(file: EksempelFile): { cases: CaseRow[]; problems: Problem[] } {
  const { cases, problems } = readCaseTable(eksempelTable(file));
  return { cases, problems };
}

/** The VIVE Tabel 5.2 example (docs/domain.md §6) as text rows, exactly as printed in the report. */
export function tabel52(): CaseRow[] {
  const header = ["Cpr-nr.", "Takst (mdl)", "Startdato", "Stopdato", "Status", "Foranstaltning", "Konto"];
  const rows = [
    ["610117-1001", "100.000", "01.01.2017", "01.01.9999", "aktuel"],
    ["620117-1002", "50.000", "01.01.2017", "01.01.9999", "aktuel"],
    ["630117-1003", "75.000", "01.01.2017", "30.06.2017", "aktuel"],
    ["640117-1004", "100.000", "01.01.2017", "28.02.2017", "aktuel"],
    ["650117-1005", "75.000", "01.07.2017", "", "forventet"],
    ["660117-1006", "100.000", "01.03.2017", "", "forventet"],
  ].map((r) => [...r, "Anbringelse", "5.28.23"]);
  const out = readCaseTable({ header, rows });
  if (out.problems.some((p) => p.severity === "fejl")) throw new Error(out.problems.map((p) => p.message).join("\n"));
  return out.cases;
}

const num1 = (v: number) => formatNumber(v, 1);

export function buildDemoWorkbook(generatedOn = ymdToDay(2025, 11, 1)): DemoWorkbook {
  // The 18th-birthday rule as the Disponeringsark panel applies it (docs/domain.md §8): an open
  // anbringelse ends the day before the 18th birthday (arts by default from the names).
  const read = readCaseCsv("eksempel-kommune-sager.csv");
  const { cases } = applyAgeLimits(read.cases);
  const problems = read.problems;
  const specs: SheetSpec[] = [];
  // One booked-months state (docs/domain.md §4): Disponering's booked rows are the Forbrug table's
  // months of the year, the same the prognose below is made from.
  const booked = demoBooked();
  const eksempelInput = {
    year: DEMO_YEAR, cases, kommune: "Eksempel Kommune", source: "Eksempel Kommunes sagsliste", generatedOn, booked: booked.byKonto, bookedMonths: booked.bookedMonths,
  };
  specs.push(buildDisponering(eksempelInput).spec);
  specs.push(
    buildDisponering({ year: 2017, cases: tabel52(), kommune: "VIVE Tabel 5.2", source: "VIVE-rapporten, tabel 5.2", generatedOn, sheetName: "Tabel 5.2 (2017)" }).spec,
  );
  const previous = readCaseCsv(DEMO_PREVIOUS_CSV);
  const overblik = buildDemoOverblik(DEMO_YEAR, cases, { ...previous, cases: applyAgeLimits(previous.cases).cases }, generatedOn);
  for (const s of overblik.specs) specs.push(s);
  // Eksempel Kommune's key figures (Nøgletal), placed right after its disposition sheet. Without the
  // age section (ages: true): its basis lists every case row, and the demo must print in at most 50
  // pages (the section is checked against core under HyperFormula in test/sheets/alderNoegletal.recalc.ts).
  const eksempel = buildDisponering(eksempelInput).layout;
  // The budget comes from the user's budget table (here the demo's invented one, said so on the sheet).
  const budget = readBudget(readTableCsv("eksempel-kommune-budget.csv")).value.reduce((s, l) => s + l.budget, 0);
  const noegletal = buildNoegletal({
    year: DEMO_YEAR, disponering: eksempel, kommune: "Eksempel Kommune", generatedOn,
    budget: { amount: budget, source: "Eksempel Kommunes budgettabel, opfundet til demoen" },
  });
  specs.splice(1, 0, noegletal.spec);
  const prognose = buildPrognoseDemo(cases, generatedOn);
  for (const s of [...prognose.specs, ...botilbudASheets(generatedOn)]) specs.push(s);
  const alder = buildDemoAlder(DEMO_YEAR, cases, generatedOn);
  for (const s of alder.specs) specs.push(s);
  const analyser = buildDemoAnalyser(DEMO_YEAR, generatedOn, cases);
  for (const s of analyser.specs) specs.push(s);
  const a = yearStart(DEMO_YEAR), b = yearEnd(DEMO_YEAR);
  const current = cases.filter((c) => c.status === "aktuel");
  const expected = cases.filter((c) => c.status === "forventet");
  const t52 = tabel52();
  const forventet = forecastWithBooked(cases, booked, DEMO_YEAR);
  const summary = [
    `Eksempel Kommune, budgetår ${DEMO_YEAR}: ${cases.length} sager (${current.length} aktuelle, ${expected.length} forventede), ${problems.length} bemærkninger fra valideringen.`,
    `Disponeret (aktuelle + forventede sager): ${kr(disposedAmount(cases, a, b))}; helårspersoner ${num1(haap(cases, a, b, "dage"))} (dage) / ${num1(haap(cases, a, b, "måneder"))} (måneder).`,
    // The same figures the Nøgletal sheet names (one computation: core's, which the sheet's formulas match).
    `Hovedtal ${DEMO_YEAR} (navne i arbejdsbogen, arket Nøgletal ${DEMO_YEAR}): HÅP_${DEMO_YEAR} ${num1(haap(cases, a, b, "dage"))}, ` +
      `GNS_pris_${DEMO_YEAR} ${kr(disposedAmount(cases, a, b) / haap(cases, a, b, "dage"))}, Forventet_regnskab_${DEMO_YEAR} ${kr(forventet)} (bogført t.o.m. måned ${booked.bookedMonths}), ` +
      `Budget_${DEMO_YEAR} ${kr(budget)} (opfundet til demoen), Afvigelse_${DEMO_YEAR} ${kr(forventet - budget)}.`,
    `VIVE Tabel 5.2 (2017): aktuelle ${kr(disposedAmount(t52.filter((c) => c.status === "aktuel"), yearStart(2017), yearEnd(2017)))}, aktuelle + forventede ${kr(disposedAmount(t52, yearStart(2017), yearEnd(2017)))}`,
    ...overblik.summary,
    ...prognose.summary,
    ...alder.summary,
    ...analyser.summary,
    `Ark: ${specs.map((s) => s.name).join(", ")}.`,
  ];
  return { specs, cases, problems, summary, generatedOn };
}
