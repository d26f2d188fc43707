// Stepwise computations: a generator that pauses (yields) between pieces of a few ms, so a task pane
// can run 20.000 or 50.000 rows without a long task (flows/steps.ts `runInSteps` pauses between
// slices), while the one-piece form of the same function runs it to its end at once with `finish`.
// One implementation either way: the one-piece form calls the stepwise one.

/** Items handled between two pauses of the helpers below: a few ms of work each. */
export const ITEMS_PER_STEP = 1000;

/** Whether a stepwise loop pauses after its item `i` (0-based): after every ITEMS_PER_STEP items, the one rule of where a step ends. */
export function endsStep(i: number): boolean {
  return i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1;
}

/** Runs a stepwise computation to its end in one go. */
export function finish<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** `items.map(fn)` with a pause every `every` items. */
export function* mapInSteps<T, U>(items: readonly T[], fn: (x: T, i: number) => U, every = ITEMS_PER_STEP): Generator<void, U[]> {
  const out = new Array<U>(items.length);
  for (let i = 0; i < items.length; i++) {
    if (i % every === every - 1) yield;
    out[i] = fn(items[i], i);
  }
  return out;
}

/**
 * A stable sort in steps: runs of ITEMS_PER_STEP sorted, then merged pairwise with a pause every
 * ITEMS_PER_STEP items (the same order as one stable `sort` with the same comparison).
 */
export function* sortInSteps<T>(items: readonly T[], cmp: (a: T, b: T) => number): Generator<void, T[]> {
  let runs: T[][] = [];
  for (let i = 0; i < items.length; i += ITEMS_PER_STEP) {
    runs.push(items.slice(i, i + ITEMS_PER_STEP).sort(cmp));
    yield;
  }
  while (runs.length > 1) {
    const next: T[][] = [];
    for (let i = 0; i < runs.length; i += 2) {
      const a = runs[i], b = runs[i + 1];
      if (!b) {
        next.push(a);
        continue;
      }
      const out = new Array<T>(a.length + b.length);
      let x = 0, y = 0, k = 0;
      // Ties take the left run first: the left run holds the earlier items.
      while (x < a.length && y < b.length) {
        out[k++] = cmp(a[x], b[y]) <= 0 ? a[x++] : b[y++];
        if (k % ITEMS_PER_STEP === 0) yield;
      }
      while (x < a.length) out[k++] = a[x++];
      while (y < b.length) out[k++] = b[y++];
      next.push(out);
      yield;
    }
    runs = next;
  }
  return runs[0] ?? [];
}

/** Items grouped by `key` (groups in order of first appearance, items in input order), with a pause every ITEMS_PER_STEP items. */
export function* groupInSteps<T>(items: readonly T[], key: (x: T) => string): Generator<void, Map<string, T[]>> {
  const out = new Map<string, T[]>();
  for (let i = 0; i < items.length; i++) {
    if (endsStep(i)) yield;
    const k = key(items[i]);
    const list = out.get(k);
    if (list) list.push(items[i]);
    else out.set(k, [items[i]]);
  }
  return out;
}

/** `items.filter(keep)` with a pause every ITEMS_PER_STEP items. */
export function* filterInSteps<T>(items: readonly T[], keep: (x: T) => boolean): Generator<void, T[]> {
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) {
    if (endsStep(i)) yield;
    if (keep(items[i])) out.push(items[i]);
  }
  return out;
}
