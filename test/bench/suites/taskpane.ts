// The task pane's work on a 20.000-row case table, in the pieces the browser runs as one task each
// (docs/architecture.md "Bench"). The pane's target: no main-thread task over 100 ms. The check runs
// in slices of ~30 ms (src/flows/steps.ts), so its row here is the slice; the two sheet builds of
// Generér are still one task each. The browser test (test/browser/pane.browser.ts) records the
// longest task Chromium saw in read, mapping change and generate in test-output/pane/longtasks.json;
// the note shows that figure when the file is there.
import { existsSync, readFileSync } from "fs";
import path from "path";
import { checkCaseSource, checkCaseSourceInSteps, runInSteps, type SourceTable } from "../../../src/flows";
import { buildDisponering } from "../../../src/sheets/disponering";
import { buildNoegletal } from "../../../src/sheets/noegletal";
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

benchRow({
  name: "Generér: Disponering-arket af 20.000 sager (én opgave)",
  work: "bygger arket Disponering ÅÅÅÅ (sortering med én dansk collator, rækker, formler)",
  setup: () => randomCases(3, ROWS, 2025),
  ours: (cases) => buildDisponering({ year: 2025, cases, source: "Stor", generatedOn: 46000 }),
  targetMs: 100,
});

benchRow({
  name: "Generér: Nøgletal-arket af 20.000 sager (én opgave)",
  work: "bygger arket Nøgletal ÅÅÅÅ ud fra Disponering-arkets layout",
  setup: () => buildDisponering({ year: 2025, cases: randomCases(3, ROWS, 2025), source: "Stor", generatedOn: 46000 }).layout,
  ours: (layout) => buildNoegletal({ year: 2025, disponering: layout, generatedOn: 46000 }),
  targetMs: 100,
});
