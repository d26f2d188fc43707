// One action of the add-in on the workbook at a time (docs/domain.md §7, "Co-authoring"): the
// automatic refresh fires while "Opdatér måned" runs (test/support/oneAction.ts). Without the one
// queue, the refresh rewrote the sheets mid-month and its writer took the month's hidden temporary
// sheets for leftovers of an interrupted run. Here every third batch and the last three (where the
// sheets are swapped into place); test/deep/oneAction.deep.ts walks every batch.
import { dropExcelDouble } from "../support/autoRefresh";
import { HIDDEN_AFTER, interleaved, sequential } from "../support/oneAction";

afterEach(dropExcelDouble);

it("Opdatér måned and the automatic refresh: the refresh waits, the month's temporary sheets survive, the result is month-then-refresh", async () => {
  const alone = await sequential();
  expect(alone.hidden).toEqual(HIDDEN_AFTER);
  expect(alone.batches).toBeGreaterThan(8);
  const failures: string[] = [];
  for (let k = 1; k <= alone.batches; k++) {
    if (k % 3 !== 1 && k <= alone.batches - 3) continue;
    const f = await interleaved(k, alone.snapshot);
    if (f) failures.push(f);
  }
  expect(failures).toEqual([]);
}, 120000);
