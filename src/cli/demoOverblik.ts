// The demo's Overblik, Portefølje and Økonomitjek sheets, built from the bundled case
// table and last month's copy of it. Kept apart from demoWorkbook.ts so that file only gains a call.
import {
  adviserChanges, ageYears, compareSnapshots, formatKr as kr, formatNumber, readAssumptions, readRegnskab, yearEndSnapshot, ymdToDay, type CaseRow, type Problem,
} from "../core";
import { buildDisponering } from "../sheets";
import { buildOekonomitjek } from "../sheets";
import { buildOverblik } from "../sheets";
import { buildPortefoelje } from "../sheets";
import type { SheetSpec } from "../sheets";
import { readTableCsv } from "./prognoseDemo";

/** The demo's regnskab table for the years before (invented, like every figure of Eksempel Kommune). */
export const DEMO_REGNSKAB_CSV = "eksempel-kommune-regnskab.csv";

export const DEMO_PREVIOUS_CSV = "eksempel-kommune-sager-forrige-maaned.csv";
/** The bundled "now" table is the October 2025 version. */
export const DEMO_MONTH = 10;

export interface DemoOverblik {
  specs: SheetSpec[];
  overblik: ReturnType<typeof buildOverblik>;
  portefoelje: ReturnType<typeof buildPortefoelje>;
  oekonomitjek: ReturnType<typeof buildOekonomitjek>;
  /** Budget per foranstaltning from the budget assumptions (HÅP × GNS-pris), written as inputs. */
  budgets: Record<string, number>;
  summary: string[];
}


/**
 * Builds the three sheets for the demo. They refer to the Disponering sheet of the same `cases`
 * (written under its default name by the demo), so they must be written in the same workbook.
 */
export function buildDemoOverblik(
  year: number, cases: CaseRow[], previous: { cases: CaseRow[]; problems: Problem[] }, generatedOn: number,
): DemoOverblik {
  const disp = buildDisponering({ year, cases, kommune: "Eksempel Kommune", source: "Eksempel Kommunes sagsliste", generatedOn });
  // The budget per foranstaltning is the user's budget assumptions (HÅP × GNS-pris); the total is the
  // workbook's Budget_ÅÅÅÅ from the budget table, and what the two do not share is shown as not distributed.
  const budgets: Record<string, number> = {};
  for (const x of readAssumptions(readTableCsv("eksempel-kommune-budgetforudsaetninger.csv")).value) budgets[x.foranstaltning] = x.haap * x.pris;
  const common = { year, cases, disponering: disp.layout, kommune: "Eksempel Kommune", generatedOn, chartsDrawn: false };
  // The years before, as a kommune would have them: the regnskab table for 2022–2024, and 2024 closed
  // with "Luk året" (here from the demo's own cases, as if the year had been closed on 31.12.2024).
  const history = {
    saved: yearEndSnapshot(cases, year - 1),
    regnskab: readRegnskab(readTableCsv(DEMO_REGNSKAB_CSV), "Regnskab").value,
    note: `Demo: regnskabstallene ${year - 3}–${year - 1} og årsafslutningen ${year - 1} er opdigtede som resten af Eksempel Kommune.`,
  };
  const overblik = buildOverblik({
    ...common, history, baseYear: year - 1, target: 0.75, budgets,
    budgetSource: "budgetforudsætningerne, HÅP × GNS-pris (demoens budget er opfundet)",
  });
  // The demo's cases are invented; a fixed secret keeps its pseudonyms the same from run to run.
  const pseudonymSecret = "Eksempel Kommune demo";
  // Per rådgiver over time: last month is the bundled September table; the same month last quarter
  // (July) is invented from it — September's cases that had started by 31.07 — and labelled so.
  const july = previous.cases.filter((c) => c.start <= ymdToDay(year, 7, 31));
  const comparisons = [
    { label: `Sidste måned (${year}-09)`, cases: previous.cases },
    { label: `Samme måned sidste kvartal (${year}-07)`, cases: july },
  ];
  const portefoelje = buildPortefoelje({
    ...common, topN: 3, pseudonymSecret, comparisons,
    comparisonNote: `Demo: sagsbilledet ${year}-07 er opdigtet som septemberlistens sager, der var startet senest 31.07.${year}.`,
  });
  const changes = adviserChanges(cases, comparisons.map((c) => c.cases), year);
  const most = (i: number) => [...changes].sort((p, q) => Math.abs(q.change[i].disposed) - Math.abs(p.change[i].disposed))[0];
  const sign = (v: number) => (v > 0 ? `+${kr(v)}` : kr(v));
  const changeText = (i: number, since: string) => {
    const m = most(i);
    const all = changes.reduce((t, c) => t + c.change[i].disposed, 0);
    return `siden ${since} ${sign(all)} i alt, størst hos ${m.raadgiver} ${sign(m.change[i].disposed)} (${m.change[i].sager >= 0 ? "+" : ""}${m.change[i].sager} sager, ` +
      `${m.change[i].haap >= 0 ? "+" : ""}${formatNumber(m.change[i].haap, 1)} HÅP)`;
  };
  const oekonomitjek = buildOekonomitjek({
    year, month: DEMO_MONTH, before: previous.cases, now: cases, beforeLabel: "sagslisten for september", nowLabel: "sagslisten for oktober",
    kommune: "Eksempel Kommune", generatedOn, chartsDrawn: false, pseudonymSecret,
  });
  const report = compareSnapshots(previous.cases, cases, year);
  const k = report.byKind;
  const summary = [
    `${overblik.spec.name}: ${overblik.layout.names.length} foranstaltninger med månedstal, andele og indeks ${overblik.layout.years[0]}–${year} (basisår ${year - 1}) ` +
      `fra den opdigtede regnskabstabel og årsafslutning; budget pr. foranstaltning fra budgetforudsætningerne, i alt Budget_${year} (demoens budget er opfundet).`,
    `${overblik.spec.name}, aldersgrupper over år (gemt ved Luk året; årsafslutningen ${year - 1} er opdigtet): ` +
      ageYears(history.saved).map((y) => `${y.year}: ${[...y.personer].map(([g, n]) => `${g} ${n} personer / ${formatNumber(y.haap.get(g) ?? 0, 1)} HÅP`).join(", ")}` +
        ` (i alt ${y.personerIalt} personer / ${formatNumber(y.haapIalt ?? 0, 1)} HÅP)`).join("; ") + ".",
    `${portefoelje.spec.name}: ${portefoelje.layout.advisers.length} rådgivere; personer vises med pseudonym. Disponeret pr. rådgiver ${changeText(0, `${year}-09`)}; ` +
      `${changeText(1, `${year}-07 (opdigtet)`)}.`,
    `Økonomitjek ${year}-${String(DEMO_MONTH).padStart(2, "0")}: tilgang ${k.tilgang.count}, afgang ${k.afgang.count}, takstændringer ${k.takst.count + k.takstOgStop.count}, ændrede startdatoer ${k.start.count}, ændrede stopdatoer ${k.stop.count + k.takstOgStop.count}; effekt på forventet regnskab ${kr(report.totalEffect)}`,
    "Diagrammerne tegnes, når arkene genereres i Excel (.xlsx-filen indeholder tabellerne).",
  ];
  return { specs: [overblik.spec, portefoelje.spec, oekonomitjek.spec], overblik, portefoelje, oekonomitjek, budgets, summary };
}
