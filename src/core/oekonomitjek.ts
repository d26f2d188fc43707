// Månedligt økonomitjek (docs/domain.md §4): what changed between two versions of the case table (last
// month's copy and now), and what each change does to the forventet regnskab of the budget year.
//
// Matching key: normalised CPR (without dash) + foranstaltning + startdato. A row without CPR uses
// its navn instead of the CPR. The start date is part of the key because a new bevilling of the same
// measure for the same person is a new case; so a case whose start date was corrected shows as one
// afgang and one tilgang. Rows sharing a key within one table are matched in table order.
import { compareDa } from "./collation";
import { yearEnd, yearStart } from "./calendar";
import { disposedAmountInSteps, disponeringInPeriod } from "./disponering";
import type { CaseRow } from "./cases";
import { personKey } from "./cpr";
import { filterInSteps, finish, ITEMS_PER_STEP, sortInSteps } from "./steps";

export type ChangeKind = "tilgang" | "afgang" | "takst" | "stop" | "takstOgStop" | "uaendret";

/** Order of the kinds in reports, and their Danish labels. */
export const CHANGE_KINDS: readonly ChangeKind[] = ["tilgang", "afgang", "takst", "stop", "takstOgStop", "uaendret"];
export const CHANGE_LABELS: Record<ChangeKind, string> = {
  tilgang: "Tilgang",
  afgang: "Afgang",
  takst: "Takstændring",
  stop: "Ændret stopdato",
  takstOgStop: "Takst og stopdato ændret",
  uaendret: "Uændret",
};

export interface CaseChange {
  key: string;
  kind: ChangeKind;
  before?: CaseRow;
  now?: CaseRow;
  /** Disposed amount in the budget year before / now (0 for a missing side). */
  amountBefore: number;
  amountNow: number;
  /** Effect on the forventet regnskab = amountNow − amountBefore. */
  effect: number;
}

export interface ChangeReport {
  year: number;
  /** Every matched, new and vanished case: by kind (CHANGE_KINDS order), then largest |effect| first. */
  changes: CaseChange[];
  byKind: Record<ChangeKind, { count: number; effect: number }>;
  /** Σ disposed amount of all rows of each table in the year, and the difference. */
  totalBefore: number;
  totalNow: number;
  totalEffect: number;
}

/** The matching key of a case row (see the file comment). */
export function caseKey(c: CaseRow): string {
  const who = personKey(c.cpr) ?? `navn:${c.navn.trim().toLowerCase()}`;
  return `${who}|${c.foranstaltning}|${c.start}`;
}

function* keyed(rows: readonly CaseRow[]): Generator<void, Map<string, CaseRow>> {
  const out = new Map<string, CaseRow>();
  const seen = new Map<string, number>();
  for (const c of rows) {
    if (out.size % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const k = caseKey(c);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    out.set(n === 1 ? k : `${k}#${n}`, c);
  }
  return out;
}

function kindOf(before: CaseRow, now: CaseRow): ChangeKind {
  const rate = before.takst !== now.takst || before.enhed !== now.enhed;
  const stop = before.stop !== now.stop;
  return rate && stop ? "takstOgStop" : rate ? "takst" : stop ? "stop" : "uaendret";
}

/** Compares two versions of the case table for budget year `year`. */
export function compareSnapshots(before: readonly CaseRow[], now: readonly CaseRow[], year: number): ChangeReport {
  return finish(compareSnapshotsInSteps(before, now, year));
}

/** `compareSnapshots` in steps: a pause every ITEMS_PER_STEP cases, also while sorting the changes. */
export function* compareSnapshotsInSteps(before: readonly CaseRow[], now: readonly CaseRow[], year: number): Generator<void, ChangeReport> {
  const a = yearStart(year), b = yearEnd(year);
  const amount = (c?: CaseRow) => (c ? disponeringInPeriod(c, a, b) : 0);
  const was = yield* keyed(before), is = yield* keyed(now);
  let changes: CaseChange[] = [];
  for (const [key, c] of is) {
    if (changes.length % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const old = was.get(key);
    const amountBefore = amount(old), amountNow = amount(c);
    changes.push({ key, kind: old ? kindOf(old, c) : "tilgang", before: old, now: c, amountBefore, amountNow, effect: amountNow - amountBefore });
  }
  let n = 0;
  for (const [key, old] of was) {
    if (++n % ITEMS_PER_STEP === 0) yield;
    if (is.has(key)) continue;
    const amountBefore = amount(old);
    changes.push({ key, kind: "afgang", before: old, amountBefore, amountNow: 0, effect: -amountBefore });
  }
  const order = (k: ChangeKind) => CHANGE_KINDS.indexOf(k);
  changes = yield* sortInSteps(changes, (p, q) => order(p.kind) - order(q.kind) || Math.abs(q.effect) - Math.abs(p.effect) || compareDa(p.key, q.key));
  const byKind = Object.fromEntries(CHANGE_KINDS.map((k) => [k, { count: 0, effect: 0 }])) as ChangeReport["byKind"];
  for (let i = 0; i < changes.length; i++) {
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const ch = changes[i];
    byKind[ch.kind].count++;
    byKind[ch.kind].effect += ch.effect;
  }
  yield;
  const totalBefore = yield* disposedAmountInSteps(before, a, b);
  yield;
  const totalNow = yield* disposedAmountInSteps(now, a, b);
  return { year, changes, byKind, totalBefore, totalNow, totalEffect: totalNow - totalBefore };
}

/** The n changes that raised and the n that lowered the annual cost most (effect ≠ 0). */
export function largestChanges(report: ChangeReport, n: number): { up: CaseChange[]; down: CaseChange[] } {
  return finish(largestChangesInSteps(report, n));
}

/** `largestChanges` in steps: the rises and falls picked and sorted (stable, as one sort) with pauses. */
export function* largestChangesInSteps(report: ChangeReport, n: number): Generator<void, { up: CaseChange[]; down: CaseChange[] }> {
  const up = yield* sortInSteps(yield* filterInSteps(report.changes, (c) => c.effect > 0), (p, q) => q.effect - p.effect);
  const down = yield* sortInSteps(yield* filterInSteps(report.changes, (c) => c.effect < 0), (p, q) => p.effect - q.effect);
  return { up: up.slice(0, n), down: down.slice(0, n) };
}
