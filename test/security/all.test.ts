// The security checks: the production bundle and the content security policy.
// In one jest file in `npm test` (test/support/folded.js); `npx jest test/security/<file>.test.ts` runs one alone.
import { runFolder } from "../support/together";

runFolder(__dirname, 2);
