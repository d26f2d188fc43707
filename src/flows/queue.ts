// One action of the add-in on the workbook at a time (docs/domain.md §7, "Co-authoring"): every
// workbook-changing action — a panel's button (useAction), Disponering's Generér, a saved choice, and
// the automatic refresh of the figures kept as values — runs through `runExclusive`, so the next
// starts only when the one before has finished. Two writers at once would each see the other's
// hidden temporary sheets as left over from an interrupted run and delete them, and would each read
// sheets the other is rewriting.
//
// Never call runExclusive from inside work that runs through it: the inner call would wait for the
// outer one, which waits for the inner one.

let tail: Promise<void> = Promise.resolve();
let running = 0;
let waiting = 0;

/** Runs `work` when every action queued before it has finished (failed ones included); its result or error. */
export function runExclusive<T>(work: () => Promise<T>): Promise<T> {
  const before = tail;
  let release!: () => void;
  tail = new Promise<void>((resolve) => (release = resolve));
  waiting++;
  return before.then(async () => {
    waiting--;
    running++;
    try {
      return await work();
    } finally {
      running--;
      release();
    }
  });
}

/** Whether an action is running or waiting (a test, or a caller that would rather skip than queue). */
export function actionsPending(): number {
  return running + waiting;
}
