// Månedligt økonomitjek (docs/domain.md §4): what changed between two versions of the case table (last
// month's copy and now), and what each change does to the forventet regnskab of the budget year.
//
// Pairing (docs/domain.md §4): rows that carry a case id (Sags-id, Bevillings-id, Ydelses-id) in both
// months are the same case when the ids are equal. Every other row is paired within its group, the
// person (normalised CPR, else the navn) + foranstaltning + konto + leverandør, by nearest start
// date: so a case whose start date was corrected is one "Ændret startdato" with its effect, not an
// afgang plus a tilgang, and a second bevilling of the same measure stays a tilgang next to the first.
// Two rows that both carry an id and differ in it are never paired: the fagsystem says they are two cases.
import { compareDa } from "./collation";
import { yearEnd, yearStart } from "./calendar";
import { disposedAmountInSteps, disponeringInPeriod } from "./disponering";
import type { CaseRow } from "./cases";
import { personKey } from "./cpr";
import { filterInSteps, finish, endsStep, ITEMS_PER_STEP, sortInSteps } from "./steps";

export type ChangeKind = "tilgang" | "afgang" | "takst" | "start" | "stop" | "takstOgStop" | "uaendret";

/** Order of the kinds in reports (docs/domain.md §4), and their Danish labels. */
export const CHANGE_KINDS: readonly ChangeKind[] = ["tilgang", "afgang", "takst", "start", "stop", "takstOgStop", "uaendret"];
export const CHANGE_LABELS: Record<ChangeKind, string> = {
  tilgang: "Tilgang",
  afgang: "Afgang",
  takst: "Takstændring",
  // The start moved, whatever else changed with it: one line whose effect is the whole difference.
  start: "Ændret startdato",
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

/** The case id a row carries, compared without case and surrounding spaces; null when it has none. */
export function caseId(c: CaseRow): string | null {
  const id = c.sagsid?.trim().toLowerCase();
  return id ? id : null;
}

/** The group a row without a shared case id is paired in: person + foranstaltning + konto + leverandør. */
export function caseGroupKey(c: CaseRow): string {
  const who = personKey(c.cpr) ?? `navn:${c.navn.trim().toLowerCase()}`;
  const fold = (t: string) => t.trim().toLowerCase();
  return `${who}|${fold(c.foranstaltning)}|${fold(c.konto)}|${fold(c.leverandoer)}`;
}

/** How the rows of two months were paired: by row index into `now` and `before`. */
interface Pairing {
  /** now row index → before row index. */
  nowToBefore: Map<number, number>;
  pairedBefore: Set<number>;
}

/** Indices of `rows` by a key, in table order; rows whose key is null are left out. */
function* indexBy(rows: readonly CaseRow[], key: (c: CaseRow, i: number) => string | null): Generator<void, Map<string, number[]>> {
  const out = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i++) {
    if (endsStep(i)) yield;
    const k = key(rows[i], i);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  }
  return out;
}

/** Pairs the rows of two months (see the file comment), in steps. */
function* pairCases(before: readonly CaseRow[], now: readonly CaseRow[]): Generator<void, Pairing> {
  const nowToBefore = new Map<number, number>();
  const pairedBefore = new Set<number>();
  // 1. The same case id: the first unpaired before row with the id, in table order.
  const byId = yield* indexBy(before, caseId);
  const taken = new Map<string, number>();
  for (let j = 0; j < now.length; j++) {
    if (endsStep(j)) yield;
    const id = caseId(now[j]);
    const list = id === null ? undefined : byId.get(id);
    if (!list) continue;
    const n = taken.get(id!) ?? 0;
    if (n >= list.length) continue;
    taken.set(id!, n + 1);
    nowToBefore.set(j, list[n]);
    pairedBefore.add(list[n]);
  }
  // 2. The rest within their group, nearest start first; ties in table order.
  const rest = (paired: (i: number) => boolean) => (c: CaseRow, i: number) => (paired(i) ? null : caseGroupKey(c));
  const groupsBefore = yield* indexBy(before, rest((i) => pairedBefore.has(i)));
  const groupsNow = yield* indexBy(now, rest((j) => nowToBefore.has(j)));
  let done = 0;
  for (const [key, js] of groupsNow) {
    const is = groupsBefore.get(key);
    if (!is) continue;
    done += is.length * js.length;
    if (done >= ITEMS_PER_STEP) {
      done = 0;
      yield;
    }
    const candidates: [number, number, number][] = [];
    for (const i of is) for (const j of js) {
      // Two different ids are two cases, however alike the rest is.
      if (caseId(before[i]) !== null && caseId(now[j]) !== null) continue;
      candidates.push([Math.abs(now[j].start - before[i].start), i, j]);
    }
    candidates.sort((p, q) => p[0] - q[0] || p[1] - q[1] || p[2] - q[2]);
    for (const [, i, j] of candidates) {
      if (pairedBefore.has(i) || nowToBefore.has(j)) continue;
      nowToBefore.set(j, i);
      pairedBefore.add(i);
    }
  }
  return { nowToBefore, pairedBefore };
}

/** The key a change is sorted by among equal effects: its case id, else its group and start. */
function changeKey(c: CaseRow): string {
  const id = caseId(c);
  return id !== null ? `id:${id}` : `${caseGroupKey(c)}|${c.start}`;
}

function kindOf(before: CaseRow, now: CaseRow): ChangeKind {
  if (before.start !== now.start) return "start";
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
  const { nowToBefore, pairedBefore } = yield* pairCases(before, now);
  let changes: CaseChange[] = [];
  for (let j = 0; j < now.length; j++) {
    if (endsStep(j)) yield;
    const c = now[j];
    const i = nowToBefore.get(j);
    const old = i === undefined ? undefined : before[i];
    const amountBefore = amount(old), amountNow = amount(c);
    changes.push({ key: changeKey(c), kind: old ? kindOf(old, c) : "tilgang", before: old, now: c, amountBefore, amountNow, effect: amountNow - amountBefore });
  }
  for (let i = 0; i < before.length; i++) {
    if (endsStep(i)) yield;
    if (pairedBefore.has(i)) continue;
    const old = before[i];
    const amountBefore = amount(old);
    changes.push({ key: changeKey(old), kind: "afgang", before: old, amountBefore, amountNow: 0, effect: -amountBefore });
  }
  const order = (k: ChangeKind) => CHANGE_KINDS.indexOf(k);
  changes = yield* sortInSteps(changes, (p, q) => order(p.kind) - order(q.kind) || Math.abs(q.effect) - Math.abs(p.effect) || compareDa(p.key, q.key));
  const byKind = Object.fromEntries(CHANGE_KINDS.map((k) => [k, { count: 0, effect: 0 }])) as ChangeReport["byKind"];
  for (let i = 0; i < changes.length; i++) {
    if (endsStep(i)) yield;
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
