// Every sheet recalculated by HyperFormula, in one jest file (see test/support/together.ts): the
// tests live in the `*.recalc.ts` files beside this one, one per subject. The folder's other
// `*.test.ts` files run here too in `npm test` (test/support/folded.js; golden.test.ts keeps its own
// jest file for its snapshots), so the sheets and the writer load once.
import { runFolder, runTogether } from "../support/together";

runTogether(__dirname, ".recalc.ts", 13);
runFolder(__dirname, 5);
