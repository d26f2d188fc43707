// The architecture's rules: the import structure and the glossary's one word per concept.
// In one jest file in `npm test` (test/support/folded.js); `npx jest test/architecture/<file>.test.ts` runs one alone.
import { runFolder } from "../support/together";

runFolder(__dirname, 3);
