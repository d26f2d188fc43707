// The .xlsx writer's tests: the parts of the zip, read back, and the zip's own headers.
// In one jest file in `npm test` (test/support/folded.js); `npx jest test/xlsx/<file>.test.ts` runs one alone.
import { runFolder } from "../support/together";

runFolder(__dirname, 2);
