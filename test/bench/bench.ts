// The bench's registry and timing (`npm run bench`, docs/architecture.md "Bench"). A measurement is a
// row registered from a file in test/bench/suites/; run.ts loads every such file, runs the rows and
// prints one table. Adding a measurement:
//
//   benchRow({
//     name: "SOC.HÅP m. cpr-fletning, 50.000 rækker",
//     work: "læser 50.000 rækker celler (dato, dato, cpr-tekst), fletter en persons dage i 2023",
//     setup: () => haapTable(50_000),                 // once, not timed; shared by ours and the floor
//     ours: (t) => haap(t.start, t.stop, FROM, TO, t.cpr),
//     floor: { work: "læser de samme celler, cpr-cifre som tal, samme fletning", run: (t) => haapCellsFloor(t.start, t.stop, t.cpr, FROM, TO) },
//     check: (t, ours, floor) => same("HÅP", ours, floor),   // before any timing: same result, or no row
//     targetMs: 50, ratioTarget: 5,
//     clock: "cpu",                                    // computes here: timed on this process's CPU time
//   });
//
// A ratio is only honest when both sides do the same work, warm: let the floor start from the same
// input (a custom function's floor reads the same cells) and skip what ours skips, load everything
// in `setup`, and cross-check the results. Ours and the floor run in interleaved
// repetitions (ours, floor, floor, ours, …) so a burst of load from another process hits both; the
// table shows medians with min–max. An absolute time never fails the run (a shared machine can flip
// any absolute time); a ratio far over its target does: more than twice `ratioTarget`, ours ÷ the
// floor measured in the same run, so load that slows both sides cannot redden it. Counted rows
// (bytes, KB, syncs) are the same on every machine and may carry a `budget` that fails the run too.
//
// `npm run bench:quick` (CI) runs the same rows with the sizes given by `size(full, quick)`, fewer
// repetitions and shorter batches, and leaves out the rows marked `quick: false`.

import { setFlagsFromString } from "v8";
import { runInNewContext } from "vm";

/** The quick run (`--quick`): smaller sizes, fewer repetitions, the slowest rows left out. */
export const QUICK = process.argv.includes("--quick");

/** A size for the full run and the (smaller) one for the quick run. */
export function size(full: number, quick: number): number {
  return QUICK ? quick : full;
}

/** A ratio over this many times its target fails the run (the bound CI holds main to). */
export const FAR_OVER = 2;

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface TimedRow<C> {
  name: string;
  /** What our side does, in the words of the table. */
  work: string;
  /** Builds the input once (not timed). */
  setup: () => C | Promise<C>;
  /** Our implementation; its result is handed to `check`. */
  ours: (ctx: C) => unknown;
  /** The same work done by the simplest fast code (or another engine), and what that work is. */
  floor?: { work: string; run: (ctx: C) => unknown };
  /** Cross-check before timing; throw when ours and the floor disagree. */
  check?: (ctx: C, ours: unknown, floor: unknown) => void;
  /** Target for our median time in ms (flagged when missed, never fails the run). */
  targetMs?: number;
  /** Target for the median ratio ours ÷ floor (flagged when missed). */
  ratioTarget?: number;
  /** Repetitions of the interleaved pair (≥ 5; default 7). */
  reps?: number;
  /** Extra text for the table, from the context after timing. */
  note?: (ctx: C) => string;
  /** false: left out of the quick run (too slow for CI, or it needs a host CI's bench does not have). */
  quick?: boolean;
  /**
   * "cpu": this process's CPU time (user + system, all its threads: GC and compiler included), for
   * work done here and now — the time another process takes the core from us is not counted, which
   * on a shared machine is most of the noise. "wall" (the default): elapsed time, for work that
   * waits (pauses between slices) or runs in another process (LibreOffice, webpack).
   */
  clock?: "cpu" | "wall";
}

/** A clock in ms. */
type Clock = () => number;

const wallClock: Clock = () => performance.now();

/** CPU time of this process; Linux accounts it to the ns (getrusage), µs as Node reports it. */
const cpuClock: Clock = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export interface CountRow {
  name: string;
  work: string;
  unit: "KB" | "MB" | "bytes" | "syncs";
  /** Measures once; the value is the same on every machine. */
  measure: () => number | { value: number; note?: string } | Promise<number | { value: number; note?: string }>;
  /** Exceeding it fails the run. */
  budget?: number;
  /** false: left out of the quick run. */
  quick?: boolean;
}

export interface RowResult {
  name: string;
  work: string;
  floorWork?: string;
  unit: string;
  /** Our median (timed) or the counted value. */
  value: number;
  spread?: Spread;
  floorMs?: Spread;
  ratio?: Spread;
  target?: number;
  ratioTarget?: number;
  budget?: number;
  reps?: number;
  /** The clock of a timed row (see TimedRow.clock). */
  clock?: "cpu" | "wall";
  note?: string;
  status: "ok" | "over målet" | "over forholdsmålet" | "LANGT OVER FORHOLDSMÅLET" | "OVERSKREDET" | "FEJL";
}

type Registered = { kind: "timed"; row: TimedRow<unknown> } | { kind: "count"; row: CountRow };

const registry: Registered[] = [];

/** Registers a timed row (with or without a floor). */
export function benchRow<C>(row: TimedRow<C>): void {
  registry.push({ kind: "timed", row: row as TimedRow<unknown> });
}

/** Registers a counted row (bytes, KB, syncs). */
export function benchCount(row: CountRow): void {
  registry.push({ kind: "count", row });
}

export function registeredRows(): readonly Registered[] {
  return registry;
}

/** Throws unless a and b agree to `tol` relative (and absolute below 1). */
export function same(what: string, a: unknown, b: unknown, tol = 1e-9): void {
  if (typeof a !== "number" || typeof b !== "number" || Math.abs(a - b) > tol * Math.max(1, Math.abs(b))) {
    throw new Error(`${what}: ${String(a)} ≠ ${String(b)}`);
  }
}

export function spread(xs: readonly number[]): Spread {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1] };
}

/** The shortest timed batch: 20 ms, 10 ms in the quick run. */
const BATCH_MS = QUICK ? 10 : 20;

/**
 * How many calls one timed batch makes: enough for ≥ BATCH_MS (at most 1000). `warmMs` is the last
 * warm-up call's time; a job that slow (a whole-sheet recalculation) is not called again to find out.
 */
async function calibrate(fn: () => unknown, warmMs: number, clock: Clock): Promise<number> {
  if (warmMs >= BATCH_MS) return 1;
  let n = 1;
  for (;;) {
    const t0 = clock();
    for (let i = 0; i < n; i++) await fn();
    const ms = clock() - t0;
    if (ms >= BATCH_MS || n >= 1000) return n;
    n = Math.min(1000, Math.max(n * 2, Math.ceil((n * BATCH_MS * 1.25) / Math.max(ms, 0.01))));
  }
}

/** Warm-up before timing: calls until this much time has gone by (the first call counts). */
const WARM_MS = QUICK ? 150 : 300;

/** Warm-up calls a job makes at least, unless they take WARM_MAX_MS (then at least one). */
const WARM_CALLS = 20;
const WARM_MAX_MS = 2000;

/**
 * Calls fn after its first call until WARM_MS have gone by and it has been called WARM_CALLS times
 * (a job so slow that those calls take WARM_MAX_MS is called once), and returns the last call's
 * time. Timing began after one call before, and a 20-ms job was then timed in its first handful of
 * calls, before the engine had optimised it, while compiling on its background threads (which the
 * CPU clock counts): SOC.DISPONERET measured 13–54 ms CPU in the bench and 4–9 ms on its own. A
 * time alone is not enough either: SOC.HÅP over 20.000 rows takes 20–60 ms a call for its first
 * nine calls and 3–6 ms from then on, so 150 ms of warm-up timed it half-compiled (11–23 ms against
 * a warm floor's 1,5–3 ms: 5–8×).
 */
async function warm(fn: () => unknown, clock: Clock): Promise<number> {
  let spent = 0, last = 0;
  for (let i = 0; i === 0 || spent < WARM_MS || (i < WARM_CALLS && spent < WARM_MAX_MS); i++) {
    const t0 = clock();
    await fn();
    last = clock() - t0;
    spent += last;
    if (i >= 200) break;
  }
  return last;
}

/**
 * A full garbage collection, outside the clock. `--expose-gc` set at run time gives a fresh context
 * its `gc` (npm run bench needs no node flag for it).
 */
const collect: () => void = (() => {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
})();

/**
 * Collects the heap and waits, outside the clock, until this process is idle: V8 sweeps the
 * collected heap on background threads, which the CPU clock counts, so timing at once charged the
 * next batch with sweeping every other row's data (the core's 100.000 × 12 grid: 13 ms CPU alone,
 * 60–75 ms in the bench right after a collection).
 */
async function settle(): Promise<void> {
  collect();
  let before = cpuClock();
  for (let i = 0; i < 100; i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    const now = cpuClock();
    if (now - before < 0.5) return;
    before = now;
  }
}

/**
 * ms per call of a batch of n calls. The heap is collected first and the process left to go idle
 * (settle): without it one side's garbage was collected on the other side's clock, and what a side's
 * own allocations cost depended on how full the heap happened to be (the core's 100.000 × 12 grid
 * took 13 to 160 ms CPU a call: 9,95× its floor, min–max 1,76–25,5).
 */
async function batch(fn: () => unknown, n: number, clock: Clock): Promise<number> {
  await settle();
  const t0 = clock();
  for (let i = 0; i < n; i++) await fn();
  return (clock() - t0) / n;
}

export async function runTimed<C>(row: TimedRow<C>): Promise<RowResult> {
  const reps = QUICK ? 5 : Math.max(5, row.reps ?? 7);
  const ctx = await row.setup();
  const ours = () => row.ours(ctx);
  const floor = row.floor ? () => row.floor!.run(ctx) : undefined;
  const clock = row.clock === "cpu" ? cpuClock : wallClock;
  // The first calls (cold: they compile what they reach) give the results that are cross-checked.
  const oursResult = await ours();
  const floorResult = floor ? await floor() : undefined;
  row.check?.(ctx, oursResult, floorResult);
  const nOurs = await calibrate(ours, await warm(ours, clock), clock);
  const nFloor = floor ? await calibrate(floor, await warm(floor, clock), clock) : 0;
  const oursMs: number[] = [];
  const floorMs: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < reps; r++) {
    let o: number, f = 0;
    if (!floor) o = await batch(ours, nOurs, clock);
    else if (r % 2 === 0) {
      o = await batch(ours, nOurs, clock);
      f = await batch(floor, nFloor, clock);
    } else {
      f = await batch(floor, nFloor, clock);
      o = await batch(ours, nOurs, clock);
    }
    oursMs.push(o);
    if (floor) {
      floorMs.push(f);
      ratios.push(o / f);
    }
  }
  const s = spread(oursMs);
  const ratio = floor ? spread(ratios) : undefined;
  const status = timedStatus(row, s, ratio);
  return {
    name: row.name, work: row.work, floorWork: row.floor?.work, unit: "ms", value: s.median, spread: s,
    floorMs: floor ? spread(floorMs) : undefined, ratio, target: row.targetMs, ratioTarget: row.ratioTarget, reps,
    clock: row.clock ?? "wall", note: row.note?.(ctx), status,
  };
}

/** A ratio far over its target fails; a time or ratio merely over its target is flagged. */
export function timedStatus(row: Pick<TimedRow<unknown>, "targetMs" | "ratioTarget">, s: Spread, ratio?: Spread): RowResult["status"] {
  if (row.ratioTarget !== undefined && ratio && ratio.median > FAR_OVER * row.ratioTarget) return "LANGT OVER FORHOLDSMÅLET";
  if (row.targetMs !== undefined && s.median > row.targetMs) return "over målet";
  if (row.ratioTarget !== undefined && ratio && ratio.median > row.ratioTarget) return "over forholdsmålet";
  return "ok";
}

export async function runCount(row: CountRow): Promise<RowResult> {
  const m = await row.measure();
  const { value, note } = typeof m === "number" ? { value: m, note: undefined } : m;
  return {
    name: row.name, work: row.work, unit: row.unit, value, budget: row.budget, note,
    status: row.budget !== undefined && value > row.budget ? "OVERSKREDET" : "ok",
  };
}
