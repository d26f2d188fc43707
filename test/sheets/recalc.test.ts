// Every sheet recalculated by HyperFormula, in one jest file (see test/support/together.ts): the
// tests live in the `*.recalc.ts` files beside this one, one per subject.
import { runTogether } from "../support/together";

runTogether(__dirname, ".recalc.ts", 13);
