// Shared shape of benchmark results: test/bench/run.ts runs every suite and writes them to
// bench/results.json and a table on stdout.

export interface BenchResult {
  /** Suite and case, e.g. "engine: HÅP m. cpr-fletning, 50.000 rækker". */
  name: string;
  /** Measured value. */
  value: number;
  unit: "ms" | "s" | "KB" | "syncs" | "bytes" | "ratio";
  /** Target the value must stay at or under, if any. */
  budget?: number;
  /** Ratio to a reference measured in the same run (e.g. a plain typed-array loop), if any. */
  ratio?: number;
  /** What the ratio is against. */
  ratioTo?: string;
  /** Budget for the ratio, if any. */
  ratioBudget?: number;
  /** Free text shown in the table. */
  note?: string;
}

/** Median of n timed runs after a warm-up, in ms. */
export function timeMs(fn: () => unknown, runs = 7): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
