// Generates the bundled "last month's copy" of the demo case table for the økonomitjek
// (src/flows/eksempel/data/eksempel-kommune-sager-forrige-maaned.ts; run `npx tsx test/support/forrigeMaaned.ts`,
// the module is committed). Derived from eksempel-kommune-sager ("now", October 2025):
// - tilgang: the aktuelle rows starting 10.10.2025–31.10.2025 (9 rows) are left out;
// - afgang: two extra rows (substitute CPR numbers, day 61–91) that last month's copy had and now lacks;
// - takstændring: data rows 10, 20 and 30 had a rate 5 % lower (rounded down to whole 50 kr.);
// - ændret stopdato: data rows 46 and 47 (stopping 08.12 and 20.11.2025 now) were open-ended last month.
import { EKSEMPEL_CSV } from "../../src/flows/eksempel";
import { writeEksempelCsv } from "./eksempelCsv";

export const RATE_CHANGED = [10, 20, 30];
export const STOP_CHANGED = [46, 47];
export const REMOVED_NOW = [
  "671190-4001;Ida Nielsen;Døgninstitution;5.28.24;6.200;døgn;01.02.2024;;Bøgely Døgninstitution;FJO;aktuel",
  "701189-4002;Carl Hansen;Kontaktperson;5.28.21;9.800;måned;15.03.2025;;Solbakken;AKJ;aktuel",
];

const danishToNumber = (t: string) => Number(t.replace(/\./g, "").replace(",", "."));
const numberToDanish = (n: number) => n.toLocaleString("da-DK");
const isLateOctoberStart = (start: string, status: string) => {
  const [d, m, y] = start.split(".").map(Number);
  return status === "aktuel" && y === 2025 && m === 10 && d >= 10;
};

export function previousMonthCsv(nowCsv: string): string {
  const [header, ...rows] = nowCsv.trim().split(/\r?\n/);
  const out = [header];
  rows.forEach((line, i) => {
    const f = line.split(";");
    const dataRow = i + 1;
    if (isLateOctoberStart(f[6], f[10])) return;
    if (RATE_CHANGED.includes(dataRow)) f[4] = numberToDanish(Math.floor((danishToNumber(f[4]) * 0.95) / 50) * 50);
    if (STOP_CHANGED.includes(dataRow)) {
      if (f[7] === "") throw new Error(`Række ${dataRow} har ingen stopdato at ændre`);
      f[7] = "";
    }
    out.push(f.join(";"));
  });
  out.push(...REMOVED_NOW);
  return `${out.join("\n")}\n`;
}

if (require.main === module) {
  writeEksempelCsv("eksempel-kommune-sager-forrige-maaned.csv", previousMonthCsv(EKSEMPEL_CSV["eksempel-kommune-sager.csv"]), "test/support/forrigeMaaned.ts");
}
