// The test tools' own tests: the Excel double's semantics and the independent recalculation.
// In one jest file in `npm test` (test/support/folded.js); `npx jest test/support/<file>.test.ts` runs one alone.
import { runFolder } from "../support/together";

runFolder(__dirname, 2);
