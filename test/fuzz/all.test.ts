// The fuzz runs at npm test's size (test:deep runs each file at full size).
// In one jest file in `npm test` (test/support/folded.js); `npx jest test/fuzz/<file>.test.ts` runs one alone.
import { runFolder } from "../support/together";

runFolder(__dirname, 2);
