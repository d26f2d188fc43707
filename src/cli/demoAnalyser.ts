// The demo's analyses of the years before and of the frame (docs/domain.md §9) for Eksempel Kommune:
// Budget og regnskab from the invented regnskab table. Kept apart so demoWorkbook.ts only gains a call.
import { budgetAgainstRegnskab, formatKr as kr, formatNumber, formatPercent, readRegnskab } from "../core";
import { buildBudgetRegnskab } from "../sheets/budgetRegnskab";
import type { SheetSpec } from "../sheets/spec";
import { DEMO_REGNSKAB_CSV } from "./demoOverblik";
import { readTableCsv } from "./prognoseDemo";

export interface DemoAnalyser {
  specs: SheetSpec[];
  budgetRegnskab: ReturnType<typeof buildBudgetRegnskab> & { table: ReturnType<typeof budgetAgainstRegnskab> };
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
  return { specs: [budgetRegnskab.spec], budgetRegnskab, summary };
}
