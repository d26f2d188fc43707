// Walks an injected failure over the operations of a refresh on the Excel double (Excel applies a
// failed batch up to the failing operation): after each, the workbook must equal its state before
// the run (and the message say "uændret"), or the message must name what changed, or — when the
// failure hit the clean-up after everything was in place — equal a complete refresh. Never a hidden
// leftover, never a sheet that is not ours changed, never a user's formula turned into #REF!.
import { writeSheets, SheetWriteError } from "../../src/excel";
import type { SheetSpec } from "../../src/sheets/spec";
import { ExcelDouble } from "./excelDouble";
import { smallKommune } from "./smallKommune";
import { buildDisponering } from "../../src/sheets/disponering";
import { buildNoegletal } from "../../src/sheets/noegletal";
import { buildOverblik } from "../../src/sheets/overblik";

const year = 2025;

export function dispAndNoegletal(cases = smallKommune(), generatedOn = 45000): SheetSpec[] {
  const d = buildDisponering({ year, cases, generatedOn });
  return [d.spec, buildNoegletal({ year, disponering: d.layout, generatedOn }).spec];
}

export function overblik(cases = smallKommune()): SheetSpec[] {
  const d = buildDisponering({ year, cases, generatedOn: 45000 });
  return [d.spec, buildOverblik({ year, cases, disponering: d.layout, generatedOn: 45000, history: { saved: [], regnskab: [{ konto: "5.28.20", year: 2023, regnskab: 900000 }, { konto: "5.28.20", year: 2024, regnskab: 950000 }] } }).spec];
}



type Build = (cases?: ReturnType<typeof smallKommune>, generatedOn?: number) => SheetSpec[];

const q = (name: string) => `'${name.replace(/'/g, "''")}'!`;

export interface FaultWalk {
  tried: number;
  unchanged: number;
  told: number;
  completed: number;
}

/** `pick(k, firstOperationOfTheLastBatches)` chooses which operations to fail. */
export async function walkFaults(build: Build, pick: (k: number, swapFrom: number) => boolean = () => true): Promise<FaultWalk> {
  const first = build(smallKommune().slice(0, 4), 44000);
  const origin = new ExcelDouble([{ name: "Sager", cells: { A1: "Cpr-nr." } }]);
  await writeSheets(origin.context, first);
  const cells: Record<string, string> = {};
  first.forEach((s, i) => (cells[`A${i + 1}`] = `=${q(s.name)}A1`));
  origin.sheets.push(...new ExcelDouble([{ name: "Mine tal", cells }]).sheets);
  origin.names.set("Mit_tal", `=${q(first[1].name)}$A$1`);

  const specs = build();
  const names = ["Sager", ...specs.map((s) => s.name), "Mine tal"];
  const done = origin.fork();
  await writeSheets(done.context, specs);
  const total = done.operations;
  // The last two batches (swap and clean-up) are where our sheets change.
  let swapFrom = 0;
  {
    const probe = origin.fork();
    const sizes: number[] = [];
    const sync = probe.context.sync;
    let last = 0;
    (probe.context as unknown as { sync: () => Promise<void> }).sync = async () => {
      await sync();
      sizes.push(probe.operations - last);
      last = probe.operations;
    };
    await writeSheets(probe.context, specs);
    swapFrom = total - sizes.slice(-2).reduce((a, b) => a + b, 0) + 1;
  }
  const finished = done.snapshotJson();
  const beforeText = origin.snapshotJson();
  const userOf = (wb: ExcelDouble) => wb.sheetSnapshotJson("Mine tal");
  const userBefore = userOf(origin);
  const out: FaultWalk = { tried: 0, unchanged: 0, told: 0, completed: 0 };
  for (let k = 1; k <= total; k++) {
    if (!pick(k, swapFrom)) continue;
    out.tried++;
    const wb = origin.fork({ failAtOperation: k });
    const err = await writeSheets(wb.context, specs).then(
      () => null,
      (e: unknown) => e,
    );
    const after = wb.snapshotJson();
    const fail = (what: string) => new Error(`Fejl ved operation ${k} af ${total}: ${what}${err instanceof Error ? ` (${err.message})` : ""}`);
    if (wb.hidden().length > 0) throw fail(`skjulte ark tilbage: ${wb.hidden().join(", ")}`);
    if (JSON.stringify(wb.sheets.map((s) => s.name)) !== JSON.stringify(names)) throw fail(`arkene er ${wb.sheets.map((s) => s.name).join(", ")}`);
    if (userOf(wb) !== userBefore) throw fail("brugerens ark er ændret");
    if (wb.value("Mine tal", "A2") === "#REF!") throw fail("brugerens formel giver #REF!");
    if (err === null) {
      if (after !== finished) throw fail("kørslen lykkedes, men arkene er ikke som efter en fuld opdatering");
      out.completed++;
      continue;
    }
    if (!(err instanceof SheetWriteError)) throw fail(`uventet fejltype ${String(err)}`);
    if (after === beforeText) {
      if (!/arbejdsbogen er uændret/.test(err.message)) throw fail("uændret, men beskeden siger det ikke");
      out.unchanged++;
    } else {
      // Only replaced charts cannot be brought back, and then the message must say so.
      if (/uændret/.test(err.message) || !/bortset fra: diagrammerne på arket/.test(err.message)) throw fail("ændret, men beskeden siger ikke hvad");
      out.told++;
    }
  }
  return out;
}
