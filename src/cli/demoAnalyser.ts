// The demo's analyses of the years before, of the frame and of the providers (docs/domain.md §9) for
// Eksempel Kommune: Budget og regnskab from the invented regnskab table; Rammetilpasning from the
// budget assumptions with invented frames; Leverandører from the case table with the invented table
// of types. Kept apart so demoWorkbook.ts only gains a call.
import {
  budgetAgainstRegnskab, formatKr as kr, formatNumber, formatPercent, rammetilpasning, readAssumptions, readLeverandoerTypes, readRegnskab, type CaseRow,
} from "../core";
import { rammeOmraader } from "../flows";
import { buildBudgetRegnskab } from "../sheets";
import { buildDisponering } from "../sheets";
import { buildLeverandoerer } from "../sheets";
import { buildRammetilpasning } from "../sheets";
import type { SheetSpec } from "../sheets";
import { DEMO_REGNSKAB_CSV } from "./demoOverblik";
import { readTableCsv } from "./prognoseDemo";

export interface DemoAnalyser {
  specs: SheetSpec[];
  budgetRegnskab: ReturnType<typeof buildBudgetRegnskab> & { table: ReturnType<typeof budgetAgainstRegnskab> };
  rammetilpasning: ReturnType<typeof buildRammetilpasning> & { figures: ReturnType<typeof rammetilpasning>[] };
  leverandoerer: ReturnType<typeof buildLeverandoerer>;
  summary: string[];
}

/** The demo's Leverandører sheet (refers to the Disponering sheet of the same cases, written by the demo). */
function demoLeverandoerer(year: number, cases: readonly CaseRow[], generatedOn: number): { built: ReturnType<typeof buildLeverandoerer>; summary: string } {
  const disp = buildDisponering({ year, cases, kommune: "Eksempel Kommune", source: "Eksempel Kommunes sagsliste", generatedOn });
  const types = readLeverandoerTypes(readTableCsv("eksempel-kommune-leverandoerer.csv")).value;
  // The consultant's own workbook shows the names (unmasked, formulas into Disponering); a shared
  // file ("Del som fil") shows a leverandør that may be a private person by its pseudonym.
  const built = buildLeverandoerer({
    year, cases, disponering: disp.layout, types, maskCpr: false, kommune: "Eksempel Kommune", generatedOn, chartsDrawn: false,
    typeSource: "tabellen Leverandører (demoens typer er opfundet)",
  });
  const o = built.layout.figures;
  const named = o.leverandoerer.filter((l) => l.key !== "");
  const top = o.leverandoerer[0];
  const withoutType = named.filter((l) => l.type === null).map((l) => l.leverandoer);
  const summary =
    `${built.spec.name}: ${named.length} leverandører, ekstern andel ${o.eksternAndel === null ? "–" : formatPercent(o.eksternAndel, 1)} af ${kr(o.total.disposed)}` +
    (top ? `; største ${top.leverandoer} (${top.type ?? "uden type"}) med ${kr(top.disposed)}, ${top.sager} sager, ${top.personer} personer, ` +
      `${formatNumber(top.haap, 1)} HÅP, GNS-pris ${top.gnsPris === null ? "–" : kr(top.gnsPris)}` : "") +
    `${withoutType.length > 0 ? `; uden type: ${withoutType.join(", ")}` : ""}; ${named.filter((l) => l.privat).length} vises med pseudonym i en delt fil (kan være private personer).`;
  return { built, summary };
}

export function buildDemoAnalyser(year: number, generatedOn: number, cases: readonly CaseRow[]): DemoAnalyser {
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
  const leverandoerer = demoLeverandoerer(year, cases, generatedOn);
  summary.push(leverandoerer.summary);
  return { specs: [budgetRegnskab.spec, ramme.spec, leverandoerer.built.spec], budgetRegnskab, rammetilpasning: { ...ramme, figures }, leverandoerer: leverandoerer.built, summary };
}
