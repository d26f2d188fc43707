// Every test file of test/core: the domain rules, each over src/core alone.
// In one jest file in `npm test` (test/support/folded.js); `npx jest test/core/<file>.test.ts` runs one alone.
import { runFolder } from "../support/together";

runFolder(__dirname, 50);
