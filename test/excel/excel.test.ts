// Every test of the Office adapter in one jest file (see test/support/together.ts): the tests live in
// the `*.adapter.ts` files beside this one, one per subject.
import { runTogether } from "../support/together";

runTogether(__dirname, ".adapter.ts", 18);
