// Long computations in a task pane run on the same thread as its paint and its clicks: a 20.000-row
// check done in one go froze the pane for most of a second. Stepwise computations (generators that
// pause every few hundred rows) are run here with a pause whenever a slice of work has taken
// `sliceMs`, so no single task of the browser gets long.

/** Lets the event loop run (paint, clicks, other timers) before continuing. */
export const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Work between two pauses when the caller gives none, in ms: 20, well under the 100 ms a user
 * notices. A task is the slice plus the step that ends it plus any garbage collection in it; with
 * 30 ms slices the actions' longest tasks at 20.000 rows were 72–81 ms on an idle machine, too close
 * to 100 for a loaded one (pane.browser.ts). Tests set 0 to see every pause; the browser measurement
 * sets Infinity once to show what the same actions cost in one piece.
 */
export const slicing = { ms: 20 };

export interface StepOptions {
  /** Work between two pauses, in ms (default `slicing.ms`). */
  sliceMs?: number;
  /** Asked at every pause; false stops the run (the result is no longer wanted), giving null. */
  wanted?: () => boolean;
  /** The pause itself (tests may count or skip them). */
  pause?: () => Promise<void>;
}

/**
 * Runs a stepwise computation to its end, pausing between slices (an action's computation: always
 * wanted to its end, so never null).
 */
export async function stepwise<T>(steps: Generator<unknown, T>, options: Omit<StepOptions, "wanted"> = {}): Promise<T> {
  return (await runInSteps(steps, options)) as T;
}

/** Runs a stepwise computation to its end, pausing between slices; null when no longer wanted. */
export async function runInSteps<T>(steps: Generator<unknown, T>, options: StepOptions = {}): Promise<T | null> {
  const sliceMs = options.sliceMs ?? slicing.ms;
  const wait = options.pause ?? pause;
  let sliceStart = Date.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (Date.now() - sliceStart >= sliceMs) {
      await wait();
      if (options.wanted && !options.wanted()) return null;
      sliceStart = Date.now();
    }
  }
}
