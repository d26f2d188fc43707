// The task pane's work on a 20.000-row case table, in the pieces the browser runs as one task each
// (docs/architecture.md "Bench"). The pane's target: no main-thread task over 100 ms. The check and
// the two sheet builds of Generér run in slices of ~30 ms (src/flows/steps.ts), so their rows here
// give the longest slice, against the same work in one piece. The browser test (test/browser/pane.browser.ts) records the
// longest task Chromium saw in read, mapping change and generate in test-output/pane/longtasks.json;
// the note shows that figure when the file is there.
import { existsSync, readFileSync } from "fs";
import path from "path";
import { checkCaseSource, checkCaseSourceInSteps, runInSteps, type SourceTable } from "../../../src/flows";
import { buildDisponering, buildDisponeringInSteps } from "../../../src/sheets/disponering";
import { buildNoegletal, buildNoegletalInSteps } from "../../../src/sheets/noegletal";
import { randomCases } from "../../support/randomCases";
import { benchRow } from "../bench";

const ROWS = 20_000;
const HEADER = ["Cpr-nr.", "Foranstaltning", "Konto", "Takst", "Startdato", "Stopdato", "Status"];
const MAPPING = { cpr: 0, foranstaltning: 1, konto: 2, takst: 3, start: 4, stop: 5, status: 6 };

function source(): SourceTable {
  const rows = Array.from({ length: ROWS }, (_, i) => [
    `${String(1 + (i % 28)).padStart(2, "0")}${String(1 + (i % 12)).padStart(2, "0")}1${i % 8}-4${String(i % 1000).padStart(3, "0")}`,
    ["Plejefamilie", "Opholdssted", "Kontaktperson", "Ærø-ophold", "Øvrige"][i % 5], "5.28.23", String(10000 + (i % 50) * 1000),
    `${String(1 + (i % 28)).padStart(2, "0")}.${String(1 + ((i * 5) % 12)).padStart(2, "0")}.2024`, i % 3 === 0 ? "" : "31.12.2025", "aktuel",
  ]);
  return { label: "tabellen Stor", sheet: "Stor", origin: { row: 0, col: 0 }, header: HEADER, rows };
}

function browserNote(): string {
  const file = path.resolve(__dirname, "../../../test-output/pane/longtasks.json");
  if (!existsSync(file)) return "Chromium: ingen måling (kør npm run test:browser)";
  const f = JSON.parse(readFileSync(file, "utf8")) as { read: number; mappingChange: number; generate: number; load: number };
  const ms = (x: number) => `${Math.round(x)} ms`;
  return `Chromium, længste opgave: læs ${ms(f.read)}, kolonneskift ${ms(f.mappingChange)}, generér ${ms(f.generate)} (belastning ${f.load.toFixed(1)})`;
}

benchRow({
  name: "Disponeringsark: kontrol af 20.000 rækker, længste skive",
  work: "kontrollerer 20.000 sagsrækker i skiver med pause imellem; værdien er den længste skive (én browseropgave)",
  setup: () => ({ src: source(), longest: 0 }),
  ours: async (c) => {
    let longest = 0;
    let t = performance.now();
    const out = await runInSteps(checkCaseSourceInSteps(c.src, MAPPING), {
      pause: async () => {
        longest = Math.max(longest, performance.now() - t);
        t = performance.now();
      },
    });
    c.longest = Math.max(longest, performance.now() - t);
    return out;
  },
  floor: { work: "samme kontrol i ét stykke (sådan frøs panelet før)", run: (c) => checkCaseSource(c.src, MAPPING) },
  note: (c) => `længste skive ${Math.round(c.longest)} ms (mål ≤ 100 ms); ${browserNote()}`,
});

/** Runs steps as the pane does, returning the result and the longest stretch between two pauses (ms). */
async function longestSlice<T>(steps: Generator<unknown, T>): Promise<{ value: T; longest: number }> {
  let longest = 0;
  let t = performance.now();
  const value = (await runInSteps(steps, {
    pause: async () => {
      longest = Math.max(longest, performance.now() - t);
      t = performance.now();
    },
  }))!;
  return { value, longest: Math.max(longest, performance.now() - t) };
}

benchRow({
  name: "Generér: Disponering + Nøgletal af 20.000 sager, længste skive",
  work: "bygger arkene Disponering ÅÅÅÅ og Nøgletal ÅÅÅÅ i skiver med pause imellem (som panelet); værdien er begge byg, noten den længste skive (én browseropgave)",
  setup: () => ({ cases: randomCases(3, ROWS, 2025), longest: [] as number[] }),
  ours: async (c) => {
    const d = await longestSlice(buildDisponeringInSteps({ year: 2025, cases: c.cases, source: "Stor", generatedOn: 46000 }));
    const n = await longestSlice(buildNoegletalInSteps({ year: 2025, disponering: d.value.layout, generatedOn: 46000 }));
    c.longest.push(Math.max(d.longest, n.longest));
    return [d.value.spec, n.value.spec];
  },
  floor: {
    work: "de samme to byg i ét stykke hver (sådan frøs panelet før)",
    run: (c) => {
      const d = buildDisponering({ year: 2025, cases: c.cases, source: "Stor", generatedOn: 46000 });
      return [d.spec, buildNoegletal({ year: 2025, disponering: d.layout, generatedOn: 46000 }).spec];
    },
  },
  check: (_c, ours, floor) => {
    if (JSON.stringify(ours) !== JSON.stringify(floor)) throw new Error("Byg i skiver giver ikke de samme ark som byg i ét stykke");
  },
  note: (c) => {
    const sorted = [...c.longest].sort((a, b) => a - b);
    return `længste skive pr. kørsel: median ${Math.round(sorted[Math.floor(sorted.length / 2)])} ms, højst ${Math.round(sorted[sorted.length - 1])} ms (mål ≤ 100 ms)`;
  },
});
