// The manifest: its schema, the requirement sets the code uses, the deployment.
// In one jest file in `npm test` (test/support/folded.js); `npx jest test/manifest/<file>.test.ts` runs one alone.
import { runFolder } from "../support/together";

runFolder(__dirname, 3);
