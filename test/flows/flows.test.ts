// Every flow test in one jest file (see test/support/together.ts): the tests live in the `*.flow.ts`
// files beside this one, one per user action or subject, and the folder's other `*.test.ts` files run
// here too in `npm test` (test/support/folded.js).
import { runFolder, runTogether } from "../support/together";

runTogether(__dirname, ".flow.ts", 16);
runFolder(__dirname, 1);
