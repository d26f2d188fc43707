// Sorting the case rows of Disponering by every one of its 11 case columns leaves every named headline
// figure unchanged (the unit test sorts by three of them).
import { expectHeadlineEqualsCore, expectSortProof } from "../support/headline";

it("leaves every named figure unchanged when the case rows are sorted by any column", async () => {
  await expectSortProof([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
}, 600000);

it.each([22, 33, 44])("equals core for random case table %i, and the I alt row counts each person once", async (seed) => {
  await expectHeadlineEqualsCore(seed);
}, 600000);
