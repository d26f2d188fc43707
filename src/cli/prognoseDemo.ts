// The monthly follow-up for Eksempel Kommune in the demo workbook: prognose per konto (one konto
// per method family), the variance split and the budget comments, from the example tables
// (src/flows/eksempel/data/, the same the task pane can insert).
import {
  bookedOfYear, formatHaap, formatNumber, readAssumptions, readBudget, readMonthSeries, readPlRates, readRiskCases, type BookedAmounts, type CaseRow, type Problem, type PrognoseChoices, type PrognoseData, type TableData,
} from "../core";
import { buildDisponering } from "../sheets";
import { buildPrognosePackage, followUpSheetNames, type PrognosePackage } from "../sheets";
import { eksempelTable, type EksempelFile } from "../flows";

const YEAR = 2025;

/** A bundled CSV as header + rows. */
export function readTableCsv(file: EksempelFile): TableData {
  return eksempelTable(file);
}

/** The methods the demo's controller has chosen, one konto per method family. */
export const DEMO_SETTINGS: PrognoseChoices = {
  methods: { "5.28.20": "disponering", "5.28.21": "glidende", "5.28.23": "risikosager", "5.28.24": "pulje" },
  lambda: { kind: "gennemsnit", months: 6 },
};

export function readPrognoseDemoData(cases: readonly CaseRow[]): { data: PrognoseData; problems: Problem[] } {
  const budget = readBudget(readTableCsv("eksempel-kommune-budget.csv"));
  const booked = readMonthSeries(readTableCsv("eksempel-kommune-forbrug.csv"), "Forbrug");
  const risk = readRiskCases(readTableCsv("eksempel-kommune-risikosager.csv"));
  const intake = readMonthSeries(readTableCsv("eksempel-kommune-tilgang.csv"), "Tilgang");
  const assumptions = readAssumptions(readTableCsv("eksempel-kommune-budgetforudsaetninger.csv"));
  const pl = readPlRates(readTableCsv("eksempel-kommune-pl.csv"));
  return {
    data: {
      year: YEAR, budget: budget.value, booked: booked.value, risk: risk.value, intake: intake.value,
      assumptions: assumptions.value, pl: pl.value, cases,
    },
    problems: [budget, booked, risk, intake, assumptions, pl].flatMap((p) => p.problems),
  };
}

/**
 * The demo workbook's one booked-months state: the budget year's months of the Forbrug table, which
 * both the Disponering sheet (its booked rows) and the prognose (its k and booked amounts) are made from.
 */
export function demoBooked(): BookedAmounts {
  return bookedOfYear(readMonthSeries(readTableCsv("eksempel-kommune-forbrug.csv"), "Forbrug").value, YEAR);
}

const mio = (v: number) => `${formatNumber(v / 1e6, 1)} mio. kr.`;

export function buildPrognoseDemo(cases: readonly CaseRow[], generatedOn: number): PrognosePackage & { summary: string[] } {
  const { data, problems } = readPrognoseDemoData(cases);
  // The same Disponering sheet the demo writes, rebuilt for its layout so the prognose links to it.
  const booked = demoBooked();
  const disponering = buildDisponering({ year: YEAR, cases, generatedOn, booked: booked.byKonto, bookedMonths: booked.bookedMonths }).layout;
  const pkg = buildPrognosePackage(data, DEMO_SETTINGS, {
    kommune: "Eksempel Kommune", generatedOn, disponering, headline: { disponeringSheet: disponering.sheetName },
    // The comments say in red when a yellow cell on the sheets written with them is typed over.
    checkSheets: followUpSheetNames(data),
  });
  const f = pkg.figures;
  const forventet = f.kontos.reduce((s, k) => s + (k.forventet.ok ? k.forventet.value : 0), 0);
  const budget = f.kontos.reduce((s, k) => s + k.budget, 0);
  const split = f.types.reduce((s, t) => ({ m: s.m + t.split.maengdeeffekt, p: s.p + t.split.priseffekt }), { m: 0, p: 0 });
  const summary = [
    `Prognose ${YEAR} (bogført til og med måned ${f.k}) efter de valgte metoder: ${mio(forventet)} for året mod budget ${mio(budget)} — ` +
      f.kontos.map((k) => `${k.konto} ${k.method} ${k.forventet.ok ? mio(k.forventet.value) : k.forventet.problem.message}`).join(", "),
    `Afvigelsesforklaring (disponeringsark mod budgetforudsætninger): mængdeeffekt ${mio(split.m)}, priseffekt ${mio(split.p)}; HÅP ${f.types.map((t) => `${t.foranstaltning} ${formatHaap(t.expected.haap)}`).join(", ")}.`,
    ...f.omraader.map((o) => `Budgetbemærkning: ${o.text}`),
    ...[...problems, ...pkg.problems].map((p) => `Bemærkning: ${p.message}`),
  ];
  return { ...pkg, problems: [...problems, ...pkg.problems], summary };
}
