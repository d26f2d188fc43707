// The demo's Overgang 18 år, Sammenligning and Metodevalg sheets for Eksempel Kommune, from the
// bundled case table, the Forbrug tables (this year's and the years before) and a regnskab table.
// The peer kommuner's figures are invented and labelled so on the sheet.
import {
  anbragtePersoner, backtest, compareWithPeers, disposedAmount, formatDate, formatNumber, kontoHistories, methodDef, type MethodId, overgange18, ownFigures, readMonthSeries, readPeerTable, readRegnskab,
  yearEnd, yearStart, type CaseRow, type MonthSeries, type Problem, type TableData,
} from "../core";
import { buildMetodevalg } from "../sheets";
import { buildOvergang } from "../sheets";
import { buildSammenligning } from "../sheets";
import type { SheetSpec } from "../sheets";
import { readTableCsv } from "./prognoseDemo";

/** Invented key figures for three invented peer kommuner (never real published figures). */
export const DEMO_PEERS: TableData = {
  header: ["Kommune", "Nøgletal", "Værdi"],
  rows: [
    ["Nordby Kommune (fiktiv)", "Udgift pr. 0-22-årig", "9.850"],
    ["Sønderå Kommune (fiktiv)", "Udgift pr. 0-22-årig", "11.200"],
    ["Vestlev Kommune (fiktiv)", "Udgift pr. 0-22-årig", "8.400"],
    ["Nordby Kommune (fiktiv)", "Andel af anbragte i plejefamilie", "58 %"],
    ["Sønderå Kommune (fiktiv)", "Andel af anbragte i plejefamilie", "47 %"],
    ["Vestlev Kommune (fiktiv)", "Andel af anbragte i plejefamilie", "63 %"],
    ["Nordby Kommune (fiktiv)", "GNS-pris pr. anbragt", "612.000"],
    ["Sønderå Kommune (fiktiv)", "GNS-pris pr. anbragt", "745.000"],
    ["Vestlev Kommune (fiktiv)", "GNS-pris pr. anbragt", "538.000"],
    ["Nordby Kommune (fiktiv)", "Anbragte pr. 1.000 0-22-årige", "9,8"],
    ["Sønderå Kommune (fiktiv)", "Anbragte pr. 1.000 0-22-årige", "12,4"],
    ["Vestlev Kommune (fiktiv)", "Anbragte pr. 1.000 0-22-årige", "8,1"],
    ["Vestlev Kommune (fiktiv)", "Antal underretninger pr. 1.000", "41"],
  ],
};
/** The demo's typed-in population of 0-22-årige (invented). */
export const DEMO_POPULATION = 14500;

/** Two Forbrug tables (konto × month) joined into one, months ascending. */
function joinSeries(a: MonthSeries, b: MonthSeries): MonthSeries {
  const months = [...a.months, ...b.months];
  const order = months.map((_, i) => i).sort((i, j) => months[i].y - months[j].y || months[i].m - months[j].m);
  const konti = [...new Set([...a.rows, ...b.rows].map((r) => r.konto))];
  return {
    months: order.map((i) => months[i]),
    rows: konti.map((konto) => {
      const va = a.rows.find((r) => r.konto === konto)?.values ?? a.months.map(() => Number.NaN);
      const vb = b.rows.find((r) => r.konto === konto)?.values ?? b.months.map(() => Number.NaN);
      const all = [...va, ...vb];
      return { konto, values: order.map((i) => all[i]) };
    }),
  };
}

export function buildDemoAlder(year: number, cases: readonly CaseRow[], generatedOn: number): { specs: SheetSpec[]; summary: string[]; problems: Problem[] } {
  const youths = overgange18(cases, year, generatedOn);
  const overgang = buildOvergang({ year, youths, kommune: "Eksempel Kommune", generatedOn });

  const peers = readPeerTable(DEMO_PEERS);
  const comparisons = compareWithPeers(peers.value.figures, ownFigures(cases, year, DEMO_POPULATION), peers.value.others);
  const sammenligning = buildSammenligning({
    year, kommune: "Eksempel Kommune", generatedOn, chartsDrawn: false, population: DEMO_POPULATION,
    anbragte: { personer: anbragtePersoner(cases, yearEnd(year)), dato: yearEnd(year) },
    totalDisposed: disposedAmount(cases, yearStart(year), yearEnd(year)), comparisons, unknownNames: peers.value.unknownNames,
    source: "Demo: sammenligningskommunerne og deres tal er fiktive, og antallet af 0-22-årige er opdigtet.",
  });

  const now = readMonthSeries(readTableCsv("eksempel-kommune-forbrug.csv"), "Forbrug");
  const before = readMonthSeries(readTableCsv("eksempel-kommune-forbrug-tidligere-aar.csv"), "Forbrug");
  const regnskab = readRegnskab(readTableCsv("eksempel-kommune-regnskab.csv"));
  const results = backtest(kontoHistories(joinSeries(before.value, now.value), regnskab.value));
  const metodevalg = buildMetodevalg({ year, results, kommune: "Eksempel Kommune", generatedOn });

  const methodName = (id: MethodId | null) => (id === null ? "intet forslag" : methodDef(id).name);
  const summary = [
    `Overgang 18 år ${year}: ${youths.length} unge fylder 18 år i ${year}–${year + 2}.`,
    `Sammenligning ${year}: ${comparisons.length} nøgletal mod ${new Set(peers.value.figures.map((f) => f.kommune)).size} fiktive kommuner; anbragte pr. 1.000 0-22-årige ${formatNumber(comparisons.find((c) => c.id === "anbragtePr1000")?.own ?? 0, 1)} (${anbragtePersoner(cases, yearEnd(year))} personer pr. ${formatDate(yearEnd(year))} af ${formatNumber(DEMO_POPULATION)}); ` +
      `nøgletal med kommunens eget tal i en gul celle: ${peers.value.unknownNames.join(", ") || "ingen"}.`,
    `Metodevalg ${year}: ${results.map((r) => `${r.konto} → ${methodName(r.best)}`).join(", ")}.`,
  ];
  return { specs: [overgang.spec, sammenligning.spec, metodevalg.spec], summary, problems: [...now.problems, ...before.problems, ...regnskab.problems] };
}
