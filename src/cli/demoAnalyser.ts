// The demo's analyses of the years before and of the frame (docs/domain.md §9) for Eksempel Kommune:
// Budget og regnskab from the invented regnskab table; Rammetilpasning from the budget assumptions
// with invented frames. Kept apart so demoWorkbook.ts only gains a call.
import { budgetAgainstRegnskab, formatKr as kr, formatNumber, formatPercent, rammetilpasning, readAssumptions, readRegnskab } from "../core";
import { rammeOmraader } from "../flows";
import { buildBudgetRegnskab } from "../sheets";
import { buildRammetilpasning } from "../sheets";
import type { SheetSpec } from "../sheets";
import { DEMO_REGNSKAB_CSV } from "./demoOverblik";
import { readTableCsv } from "./prognoseDemo";

export interface DemoAnalyser {
  specs: SheetSpec[];
  budgetRegnskab: ReturnType<typeof buildBudgetRegnskab> & { table: ReturnType<typeof budgetAgainstRegnskab> };
  rammetilpasning: ReturnType<typeof buildRammetilpasning> & { figures: ReturnType<typeof rammetilpasning>[] };
  summary: string[];
}

export function buildDemoAnalyser(year: number, generatedOn: number): DemoAnalyser {
  const regnskab = readRegnskab(readTableCsv(DEMO_REGNSKAB_CSV), "Regnskab").value;
  const table = budgetAgainstRegnskab(regnskab, year - 3);
  const budgetRegnskab = {
    ...buildBudgetRegnskab({
      table, kommune: "Eksempel Kommune", generatedOn, chartsDrawn: false,
      source: "Demo: regnskabstabellens budget- og regnskabstal er opdigtede som resten af Eksempel Kommune.",
    }),
    table,
  };
  const pct = (v: number | null) => (v === null ? "–" : formatPercent(v, 1));
  const idx = (v: number | null) => (v === null ? "–" : formatNumber(v, 1));
  const summary = [
    `Budget og regnskab (basisår ${table.baseYear}, opdigtede tal): ` +
      table.totals.map((t) => `${t.year} budget ${t.budget === null ? "–" : kr(t.budget)}, regnskab ${kr(t.regnskab)}, afvigelse ${t.afvigelse === null ? "–" : kr(t.afvigelse)} (${pct(t.afvigelsePct)}), indeks budget ${idx(t.indeksBudget)} / regnskab ${idx(t.indeksRegnskab)}`).join("; ") + ".",
  ];
  // The frames are invented (about 4 % and 2 % under the assumptions' HÅP × GNS-pris), as the sheet says.
  const frames: Record<string, number> = { "anbringelsesområdet": 110_000_000, "området for forebyggende foranstaltninger": 17_000_000 };
  const omraader = rammeOmraader(readAssumptions(readTableCsv("eksempel-kommune-budgetforudsaetninger.csv")).value).map((o) => ({ ...o, ramme: frames[o.omraade] ?? null }));
  const ramme = buildRammetilpasning({
    year, omraader, maal: 0.75, kommune: "Eksempel Kommune", generatedOn,
    source: "budgetforudsætningerne (demoens budgetrammer er opfundet)",
  });
  const figures = ramme.layout.omraader.map((l, i) => rammetilpasning({ ...omraader[i], flytFra: l.flytFra, flytTil: l.flytTil, maal: 0.75 }));
  summary.push(
    `Rammetilpasning ${year} (opfundne rammer): ` + figures.map((f) =>
      `${f.omraade}: udgift ${kr(f.udgift)} mod rammen ${kr(f.ramme ?? 0)}, overskridelse ${kr(f.overskridelse ?? 0)}, fælles prisændring ${pct(f.prisaendring)}` +
      (f.flyt && f.flyt.haap !== null ? `, ${formatNumber(f.flyt.haap, 2)} HÅP fra ${f.flyt.fra} til ${f.flyt.til} (andel i plejefamilie ${pct(f.flyt.andelFoer)} → ${pct(f.flyt.andelEfter)})` : "")).join("; ") + ".",
  );
  return { specs: [budgetRegnskab.spec, ramme.spec], budgetRegnskab, rammetilpasning: { ...ramme, figures }, summary };
}
