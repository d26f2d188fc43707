// The pane's actions over the whole case table at 20.000 and 50.000 rows: Økonomitjek, Overblik
// (with Disponering, Nøgletal, Portefølje), Luk året, Opdatér måned (with last month's snapshot,
// so it compares and writes Økonomitjek too) and the three Del som fil actions (Økonomitjek,
// Portefølje and Leverandører as an .xlsx file: pseudonyms, the CPR scan, the writer, base64). Each runs its work in slices with a pause between them
// (src/flows/steps.ts); the value is the whole action on a workbook double that answers at once (no
// host round trips), against the same action in one piece (the floor), the note the longest slice: the longest stretch in which a timer beside the
// action could not run — in the task pane, the longest main-thread task. The pane's targets: no task
// over 100 ms at 20.000 rows, 250 ms at 50.000. The browser test measures the same actions in Chromium
// (test/browser/pane.browser.ts → test-output/pane/actions-longtasks.json, shown in the note when there).
import { unzipSync } from "fflate";
import { existsSync, readFileSync } from "fs";
import path from "path";
import {
  closeYear, generateOekonomitjek, generateOverblik, shareLeverandoerer, shareOekonomitjek, sharePortefoelje, updateMonth, type Workbook,
} from "../../../src/flows";
import { SNAPSHOT_KIND, snapshotName } from "../../../src/flows/maaned";
import { PSEUDONYM_SECRET_KEY } from "../../../src/flows/settings";
import { slicing } from "../../../src/flows/steps";
import type { FakeTable } from "../../browser/fakeActions";
import { largePair } from "../../browser/largeTables";
import { WorkbookDouble } from "../../support/workbookDouble";
import { benchRow, spread } from "../bench";

const generatedOn = 46000;

/** A fresh workbook each run (the tables made once): the two case sheets, and last month's snapshot for Opdatér måned. */
function workbook([now, before]: FakeTable[]): Workbook {
  return new WorkbookDouble({
    // One pseudonym key for every run, so the sliced and the one-piece run give the same pseudonyms.
    writes: true, opens: true, settings: { [PSEUDONYM_SECRET_KEY]: "0f".repeat(32) }, tables: [],
    sheets: [
      { name: "Stor", values: now.values }, { name: "Stor forrige", values: before.values },
      { name: snapshotName(2025, 9), kind: SNAPSHOT_KIND, values: before.values },
    ],
  });
}

/** Runs the action while a timer counts the gaps between its turns: the longest gap (ms). */
async function longestGap(work: () => Promise<unknown>): Promise<number> {
  let longest = 0;
  let last = performance.now();
  let running = true;
  const tick = () => {
    if (!running) return;
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  await work();
  running = false;
  return Math.max(longest, performance.now() - last);
}

const ACTIONS: [string, string, (wb: Workbook) => Promise<unknown>][] = [
  ["Økonomitjek", "læser to sagsark, sammenligner sag for sag, pseudonymer, bygger Økonomitjek",
    (wb) => generateOekonomitjek(wb, { before: "Stor forrige", now: "Stor", year: 2025, month: 10, maskCpr: true, generatedOn })],
  ["Overblik", "læser sagsarket, bygger Disponering, Nøgletal, Overblik og Portefølje (pseudonymer)",
    (wb) => generateOverblik(wb, { source: "Stor", year: 2025, baseYear: 2024, target: 0.75, maskCpr: true, generatedOn })],
  ["Luk året", "læser sagsarket, beregner årets nøgletal og gemmer dem",
    (wb) => closeYear(wb, { source: "Stor", year: 2025, generatedOn })],
  ["Opdatér måned", "læser sagsarket og sidste måneds sagsbillede, bygger Disponering, Nøgletal, sagsbillede og Økonomitjek",
    (wb) => updateMonth(wb, { source: "Stor", year: 2025, month: 10, maskCpr: true, generatedOn })],
  ["Del som fil (økonomitjek)", "læser to sagsark, pseudonymer, bygger Økonomitjek med værdier, leder efter cpr-numre, skriver .xlsx og base64",
    (wb) => shareOekonomitjek(wb, { before: "Stor forrige", now: "Stor", year: 2025, month: 10, generatedOn })],
  ["Del som fil (portefølje)", "læser sagsarket, pseudonymer, bygger Portefølje med værdier, leder efter cpr-numre, skriver .xlsx og base64",
    (wb) => sharePortefoelje(wb, { source: "Stor", year: 2025, baseYear: 2024, target: 0.75, generatedOn })],
  ["Del som fil (leverandører)", "læser sagsarket, pseudonymer, bygger Leverandører med værdier, leder efter cpr-numre, skriver .xlsx og base64",
    (wb) => shareLeverandoerer(wb, { source: "Stor", year: 2025, baseYear: 2024, target: 0.75, generatedOn })],
];

function browserNote(rows: number, action: string): string {
  const file = path.resolve(__dirname, "../../../test-output/pane/actions-longtasks.json");
  if (!existsSync(file)) return "";
  const all = JSON.parse(readFileSync(file, "utf8")) as Record<string, Record<string, { longest: number; busyAfter: number; scaled?: number }>>;
  const key = Object.keys(all[rows] ?? {}).find((k) => k.startsWith(action) && (action !== "Opdatér måned" || k.includes("økonomitjek")));
  const f = key ? all[rows][key] : undefined;
  if (!f) return "";
  // scaled: the longest task with the machine's load taken out (pane.browser.ts).
  const idle = f.scaled !== undefined ? ` (uden belastning ${Math.round(f.scaled)} ms)` : "";
  return `; Chromium: længste opgave ${Math.round(f.longest)} ms${idle}, travl efter ${Math.round(f.busyAfter)} ms`;
}

/**
 * What an action left in the workbook: the sheets it wrote and the parts of the files it opened (the
 * zip's own bytes carry the time they were written, to the 2 seconds).
 */
function leftBehind(wb: Workbook): string {
  const d = wb as WorkbookDouble;
  const files = d.opened.map((base64) => Object.entries(unzipSync(Buffer.from(base64, "base64"))).map(([part, bytes]) => [part, Buffer.from(bytes).toString("base64")]));
  return JSON.stringify({ written: d.written, files });
}

/**
 * Runs the action on a fresh workbook with a timer beside it, in slices or (the floor) in one piece
 * with no pause between slices; adds the longest gap to `gaps` and gives what the action left behind.
 */
async function measured(tables: FakeTable[], run: (wb: Workbook) => Promise<unknown>, gaps: number[], onePiece: boolean): Promise<string> {
  const wb = workbook(tables);
  const before = slicing.ms;
  if (onePiece) slicing.ms = Infinity;
  try {
    gaps.push(await longestGap(() => run(wb)));
  } finally {
    slicing.ms = before;
  }
  return leftBehind(wb);
}

for (const rows of [20_000, 50_000] as const) {
  const target = rows === 20_000 ? 100 : 250;
  for (const [action, work, run] of ACTIONS) {
    benchRow({
      name: `${action}, ${rows.toLocaleString("da-DK")} rækker: i alt og længste skive`,
      work: `${work} (${rows.toLocaleString("da-DK")} rækker) i skiver med pause imellem; værdien er hele handlingen, noten den længste skive`,
      setup: () => ({ tables: largePair(rows), gaps: [] as number[], onePiece: [] as number[] }),
      ours: (c) => measured(c.tables, run, c.gaps, false),
      // The same action, the same work and the same timer beside it, without the pauses: the ratio is
      // what slicing costs (each pause lets the timer and any other task run).
      floor: {
        work: "samme handling på samme tabeller i ét stykke (ingen pause mellem skiverne)",
        run: (c) => measured(c.tables, run, c.onePiece, true),
      },
      check: (_, ours, floor) => {
        if (ours !== floor) throw new Error(`${action}: i skiver og i ét stykke efterlader handlingen ikke det samme i arbejdsbogen`);
      },
      ratioTarget: 1.25,
      // Seconds per repetition: too slow for CI's quick run (the browser test asserts the slices there).
      quick: false,
      reps: 5,
      note: (c) => {
        const { median, max } = spread(c.gaps);
        return `længste skive: median ${Math.round(median)} ms, højst ${Math.round(max)} ms (mål ≤ ${target} ms${median > target ? ", OVER MÅLET" : ""}); i ét stykke ${Math.round(spread(c.onePiece).median)} ms${browserNote(rows, action)}`;
      },
    });
  }
}
