// The sheet descriptions' tests that need no recalculation (recalc.test.ts runs those; golden.test.ts keeps its snapshots).
// In one jest file in `npm test` (test/support/folded.js); `npx jest test/sheets/<file>.test.ts` runs one alone.
import { runFolder } from "../support/together";

runFolder(__dirname, 5);
