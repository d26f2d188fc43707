// Every flow test in one jest file (see test/support/together.ts): the tests live in the `*.flow.ts`
// files beside this one, one per user action or subject.
import { runTogether } from "../support/together";

runTogether(__dirname, ".flow.ts", 16);
