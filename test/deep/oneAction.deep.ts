// Every interleaving of "Opdatér måned" and the automatic refresh (test/support/oneAction.ts): the
// refresh started after each of the month's batches in turn waits for the month, and the workbook ends
// as month-then-refresh. `npm test` walks a sample (test/excel/oneAction.adapter.ts).
import { dropExcelDouble } from "../support/autoRefresh";
import { interleaved, sequential } from "../support/oneAction";

afterEach(dropExcelDouble);

it("every interleaving of the month's batches and the refresh ends as month-then-refresh", async () => {
  const alone = await sequential();
  const failures: string[] = [];
  for (let k = 1; k <= alone.batches; k++) {
    const f = await interleaved(k, alone.snapshot);
    if (f) failures.push(f);
  }
  expect(failures).toEqual([]);
}, 300000);
