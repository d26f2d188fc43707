// The command-line tools' tests: the demo workbook recalculated by HyperFormula, the cached values.
// In one jest file in `npm test` (test/support/folded.js); `npx jest test/cli/<file>.test.ts` runs one alone.
import { runFolder } from "../support/together";

runFolder(__dirname, 4);
