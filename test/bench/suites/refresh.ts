// Refresh in place (docs/domain.md §7): merging what the user typed back by case key, timed in core
// against a plain Map lookup, and the syncs of refreshing a 20.000-row Disponering + Nøgletal with
// 2.000 notes on the Excel double (counted: the same on every machine).
import { inputKey, mergeInputs, type InputRow } from "../../../src/core";
import { writeSheets } from "../../../src/excel";
import { ExcelDouble, FIVE_MB } from "../../support/excelDouble";
import { disponeringNoegletalSpecs } from "../../support/disponeringNoegletal";
import { prng, syntheticCases } from "../../support/randomCases";
import { benchCount, benchRow, same } from "../bench";

const N = 20_000;
const NOTES = 2_000;

/** The new table's keys, and the old table read back: every row, re-sorted, 2.000 with a note. */
function mergeInput() {
  const cases = syntheticCases(N);
  const keys = cases.map((c) => inputKey({ cpr: c.cpr, foranstaltning: c.foranstaltning, konto: c.konto, leverandoer: c.leverandoer, start: c.start }));
  const rnd = prng(12);
  const old: InputRow[] = keys.map((key, i) => ({ key, values: [i % (N / NOTES) === 0 ? `Note ${i}` : "", ""] }));
  for (let i = old.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [old[i], old[j]] = [old[j], old[i]];
  }
  return { keys, old };
}

/** The floor: one Map from key to the first row with a note, looked up per new key (no duplicates' order). */
function mergeFloor({ keys, old }: ReturnType<typeof mergeInput>) {
  const byKey = new Map<string, readonly unknown[]>();
  for (const r of old) if (r.values[0] !== "" && !byKey.has(r.key)) byKey.set(r.key, r.values);
  return keys.map((k) => byKey.get(k) ?? null);
}

benchRow({
  name: `Brugerinput flettet ved opdatering, ${N.toLocaleString("da-DK")} rækker, ${NOTES.toLocaleString("da-DK")} noter`,
  clock: "cpu",
  work: "matcher de gamle rækkers noter til de nye rækker efter sagsnøgle (dubletter i rækkefølge), finder fjernede",
  setup: mergeInput,
  ours: (c) => mergeInputs(c.old, c.keys).placed,
  floor: { work: "ét Map-opslag pr. ny række (uden dubletternes rækkefølge)", run: mergeFloor },
  check: (_c, ours, floor) => same("noter placeret", (ours as unknown[]).filter(Boolean).length, (floor as unknown[]).filter(Boolean).length),
  targetMs: 200,
});

let refresh: Promise<{ syncs: number; carried: number; maxRequest: number; maxResponse: number }> | undefined;
/** Writes once, types 2.000 notes right of the table, refreshes; shared by the rows below. */
function refreshRun() {
  refresh ??= (async () => {
    const cases = syntheticCases(N);
    const specs = () => disponeringNoegletalSpecs(cases);
    const wb = new ExcelDouble([{ name: "Sager" }]);
    const first = specs();
    await writeSheets(wb.context, first);
    const { freeFrom, firstRow } = first[0].inputs![0];
    const sheet = wb.sheet("Disponering 2025")!;
    for (let i = 0; i < NOTES; i++) sheet.cells.set(`${firstRow + i * (N / NOTES)},${freeFrom}`, `Note ${i}`);
    const from = wb.batchBytes.length;
    const out = await writeSheets(wb.context, specs());
    return {
      syncs: out.syncs, carried: out.sheets[0].inputsCarried ?? 0,
      maxRequest: Math.max(...wb.batchBytes.slice(from)), maxResponse: Math.max(...wb.responseBytes.slice(from)),
    };
  })();
  return refresh;
}

benchCount({
  name: `Opdatering på stedet: context.sync, ${N.toLocaleString("da-DK")} rækker + nøgletal, ${NOTES.toLocaleString("da-DK")} noter`,
  work: "kig (2), læs input (2: hvor tabellerne står, så kun deres kolonner), indhold (1 pr. 4 MB), på plads (1), oprydning (1) i den testdobbelte arbejdsbog",
  unit: "syncs",
  budget: 8,
  measure: async () => {
    const r = await refreshRun();
    if (r.carried !== NOTES) throw new Error(`${r.carried} af ${NOTES} noter fulgte deres sag`);
    if (r.maxRequest >= FIVE_MB || r.maxResponse >= FIVE_MB) throw new Error("et request eller svar over 5 MB");
    return { value: r.syncs, note: `største request ${(r.maxRequest / 1048576).toFixed(1)} MB, største svar ${(r.maxResponse / 1048576).toFixed(1)} MB` };
  },
});
