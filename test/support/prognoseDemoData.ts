// Generates the bundled prognose inputs for "Eksempel Kommune" from its case table, so the numbers
// agree with the disponeringsark (run once with `npx tsx test/support/prognoseDemoData.ts`; the CSVs
// are committed): forbrug = the cases' monthly dispositions ± a few per cent, tilgang = cases
// starting per month, budgetforudsætninger near the cases' HÅP and GNS-pris for 2025.
import { gnsPris, haap, monthlyTotals, monthStart, yearEnd, yearStart, dayToYmd } from "../../src/core";
import { readCaseCsv } from "../../src/cli/demoWorkbook";
import { writeEksempelCsv } from "./eksempelCsv";
import { prng } from "./randomCases";

const KONTOS: [string, string][] = [
  ["5.28.20", "Plejefamilier"],
  ["5.28.21", "Forebyggende foranstaltninger"],
  ["5.28.23", "Opholdssteder"],
  ["5.28.24", "Døgninstitutioner"],
];
const TYPES: [string, string, string][] = [
  ["anbringelsesområdet", "Plejefamilie", "5.28.20"],
  ["anbringelsesområdet", "Netværksplejefamilie", "5.28.20"],
  ["anbringelsesområdet", "Opholdssted", "5.28.23"],
  ["anbringelsesområdet", "Døgninstitution", "5.28.24"],
  ["området for forebyggende foranstaltninger", "Kontaktperson", "5.28.21"],
  ["området for forebyggende foranstaltninger", "Familiebehandling", "5.28.21"],
];
const da = (v: number, decimals = 0) => v.toFixed(decimals).replace(".", ",");
const months = [...Array.from({ length: 12 }, (_, i) => [2024, i + 1]), ...Array.from({ length: 10 }, (_, i) => [2025, i + 1])];
const mKey = ([y, m]: number[]) => `${y}-${String(m).padStart(2, "0")}`;

export function prognoseDemoCsvs(): Record<string, string> {
  const { cases } = readCaseCsv("eksempel-kommune-sager.csv");
  const rnd = prng(1025);
  const out: Record<string, string> = {};

  const forbrug = [["Konto", ...months.map(mKey)].join(";")];
  for (const [konto] of KONTOS) {
    const own = cases.filter((c) => c.konto === konto && c.status === "aktuel");
    const byYear = { 2024: monthlyTotals(own, 2024), 2025: monthlyTotals(own, 2025) } as Record<number, number[]>;
    forbrug.push([konto, ...months.map(([y, m]) => String(Math.round(byYear[y][m - 1] * (0.97 + rnd() * 0.07))))].join(";"));
  }
  out["eksempel-kommune-forbrug.csv"] = forbrug.join("\n") + "\n";

  const tilgang = [["Konto", ...months.map(mKey)].join(";")];
  for (const [konto] of KONTOS) {
    const counts = months.map(([y, m]) => cases.filter((c) => c.konto === konto && c.start >= monthStart(y, m) && dayToYmd(c.start).y === y && dayToYmd(c.start).m === m).length);
    tilgang.push([konto, ...counts.map(String)].join(";"));
  }
  out["eksempel-kommune-tilgang.csv"] = tilgang.join("\n") + "\n";

  const a = yearStart(2025), b = yearEnd(2025);
  const assumptions = ["Område;Foranstaltning;Konto;HÅP;GNS-pris;HÅP sidste år;GNS-pris sidste år"];
  const budgetByKonto = new Map<string, number>();
  for (const [omraade, type, konto] of TYPES) {
    const own = cases.filter((c) => c.foranstaltning === type);
    const h = haap(own, a, b);
    const p = gnsPris(own, a, b);
    const pris = p.ok ? p.value : 0;
    const hb = Math.round(h * (0.9 + rnd() * 0.12) * 10) / 10;
    const pb = Math.round((pris * (0.96 + rnd() * 0.06)) / 100) * 100;
    const hly = Math.round(hb * (0.93 + rnd() * 0.1) * 10) / 10;
    const ply = Math.round(pb / (1.02 + rnd() * 0.04) / 100) * 100;
    budgetByKonto.set(konto, (budgetByKonto.get(konto) ?? 0) + hb * pb);
    assumptions.push([omraade, type, konto, da(hb, 1), String(pb), da(hly, 1), String(ply)].join(";"));
  }
  out["eksempel-kommune-budgetforudsaetninger.csv"] = assumptions.join("\n") + "\n";

  const budget = ["Konto;Tekst;Budget"];
  for (const [konto, tekst] of KONTOS) budget.push([konto, tekst, String(Math.round((budgetByKonto.get(konto) ?? 0) / 1000) * 1000)].join(";"));
  out["eksempel-kommune-budget.csv"] = budget.join("\n") + "\n";

  out["eksempel-kommune-risikosager.csv"] = [
    "Id;Forventet foranstaltning;Antal;Månedlig udgift;Sandsynlighed;Forventet start",
    "R-01;Døgninstitution;1;215.000;60 %;01.11.2025",
    "R-02;Opholdssted;1;118.000;40 %;15.11.2025",
    "R-03;Opholdssted;1;104.000;25 %;01.12.2025",
    "R-04;Plejefamilie;2;42.000;50 %;01.09.2025",
    "R-05;Døgninstitution;1;240.000;20 %;01.02.2026",
    "R-06;Netværksplejefamilie;1;17.500;75 %;10.11.2025",
  ].join("\n") + "\n";

  out["eksempel-kommune-pl.csv"] = ["År;PL", "2025;3,4 %", "2026;2,9 %", "2027;2,5 %", "2028;2,5 %"].join("\n") + "\n";
  // The type per leverandør of the case table (invented): the kommune's own centres and foster care
  // are intern, the rest ekstern. Havblik has no row, so its type is missing until the user types it.
  out["eksempel-kommune-leverandoerer.csv"] = [
    "Leverandør;Type",
    "Familiecentret;intern",
    "Plejefamilie (kommunal);intern",
    "Bøgely Døgninstitution;intern",
    "Egeskov Opholdssted;ekstern",
    "Solbakken;ekstern",
    "Kragereden;ekstern",
    "Nordlys;ekstern",
  ].join("\n") + "\n";
  return out;
}

if (require.main === module) {
  for (const [file, text] of Object.entries(prognoseDemoCsvs())) {
    writeEksempelCsv(file, text, "test/support/prognoseDemoData.ts");
  }
}
