// Generates the bundled demo case table for the fictional "Eksempel Kommune" (run once with
// `npx tsx test/support/demoData.ts`; the CSV is committed). CPR numbers use day 61–91, the
// substitute-number range, so they can never be real people's.

import { writeEksempelCsv } from "./eksempelCsv";
import { prng } from "./randomCases";

const FORANSTALTNINGER: { name: string; konto: string; unit: string; lo: number; hi: number; weight: number }[] = [
  { name: "Plejefamilie", konto: "5.28.20", unit: "måned", lo: 28000, hi: 60000, weight: 30 },
  { name: "Netværksplejefamilie", konto: "5.28.20", unit: "måned", lo: 12000, hi: 22000, weight: 8 },
  { name: "Opholdssted", konto: "5.28.23", unit: "døgn", lo: 2600, hi: 5200, weight: 14 },
  { name: "Døgninstitution", konto: "5.28.24", unit: "døgn", lo: 4200, hi: 8800, weight: 8 },
  { name: "Kontaktperson", konto: "5.28.21", unit: "måned", lo: 6000, hi: 18000, weight: 22 },
  { name: "Familiebehandling", konto: "5.28.21", unit: "uge", lo: 3500, hi: 9000, weight: 18 },
];
const FIRST = ["Anna", "Bo", "Clara", "Emil", "Freja", "Gustav", "Ida", "Jonas", "Karla", "Lucas", "Maja", "Noah", "Olivia", "Oscar", "Sofia", "Viktor", "Ella", "William", "Alma", "Carl"];
const LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen"];
const PROVIDERS = ["Egeskov Opholdssted", "Solbakken", "Familiecentret", "Kragereden", "Bøgely Døgninstitution", "Plejefamilie (kommunal)", "Havblik", "Nordlys"];
const ADVISERS = ["AKJ", "BMH", "CLS", "DPN", "ERT", "FJO"];

const pad = (n: number) => String(n).padStart(2, "0");
const dk = (y: number, m: number, d: number) => `${pad(d)}.${pad(m)}.${y}`;

export function demoCasesCsv(n = 320, year = 2025, seed = 2025): string {
  const rnd = prng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const totalWeight = FORANSTALTNINGER.reduce((s, m) => s + m.weight, 0);
  const lines = ["Cpr-nr.;Navn;Foranstaltning;Konto;Takst;Takstenhed;Startdato;Stopdato;Leverandør;Rådgiver;Status"];
  let persons = 0;
  let cpr = "";
  let name = "";
  for (let i = 0; i < n; i++) {
    // About one row in six is a second measure for the previous child.
    if (i === 0 || rnd() > 0.17) {
      persons++;
      const birthYear = year - 1 - Math.floor(rnd() * 17);
      cpr = `${61 + Math.floor(rnd() * 28)}${pad(1 + Math.floor(rnd() * 12))}${String(birthYear % 100).padStart(2, "0")}-${birthYear >= 2000 ? 4 : 2}${String(Math.floor(rnd() * 1000)).padStart(3, "0")}`;
      name = `${pick(FIRST)} ${pick(LAST)}`;
    }
    let w = rnd() * totalWeight;
    const m = FORANSTALTNINGER.find((x) => (w -= x.weight) < 0) ?? FORANSTALTNINGER[0];
    const takst = Math.round((m.lo + rnd() * (m.hi - m.lo)) / 50) * 50;
    const startYear = rnd() < 0.6 ? year - 1 - Math.floor(rnd() * 3) : year;
    const start = dk(startYear, 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28));
    const r = rnd();
    const stop = r < 0.45 ? "" : r < 0.55 ? "01.01.9999" : dk(year + (rnd() < 0.3 ? 1 : 0), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28));
    const expected = startYear === year && rnd() < 0.25;
    const startOk = expected ? dk(year, 6 + Math.floor(rnd() * 6), 1) : start;
    const stopOk = stop !== "" && stop !== "01.01.9999" && toKey(stop) < toKey(startOk) ? "" : stop;
    lines.push([cpr, name, m.name, m.konto, String(takst).replace(/\B(?=(\d{3})+(?!\d))/g, "."), m.unit, startOk, stopOk, pick(PROVIDERS), pick(ADVISERS), expected ? "forventet" : "aktuel"].join(";"));
  }
  void persons;
  return lines.join("\n") + "\n";
}

function toKey(dkDate: string): string {
  const [d, m, y] = dkDate.split(".");
  return `${y}${m}${d}`;
}

if (require.main === module) {
  writeEksempelCsv("eksempel-kommune-sager.csv", demoCasesCsv(), "test/support/demoData.ts");
}
