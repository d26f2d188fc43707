// The custom functions: their metadata, values and hostile inputs.
// In one jest file in `npm test` (test/support/folded.js); `npx jest test/functions/<file>.test.ts` runs one alone.
import { runFolder } from "../support/together";

runFolder(__dirname, 4);
