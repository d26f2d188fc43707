// Runs the test files of one folder in one jest file. Each jest file loads its modules afresh (the
// flows, sheets, xlsx writer, HyperFormula, ExcelJS: 1–2 s CPU each time), which was a third of
// `npm test` with one jest file per subject. The subjects stay in their own files beside the runner
// (named `*<suffix>`); each is loaded inside a describe of its own, so its hooks (a top-level
// beforeAll or afterEach) apply only to its own tests. A new file with the suffix runs without being
// listed anywhere.
import { readdirSync } from "fs";
import { basename } from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, shared with jest.config.js
const { foldedFiles } = require("./folded") as { foldedFiles(dir: string): string[] };

export function runTogether(dir: string, suffix: string, atLeast: number): void {
  const subjects = readdirSync(dir).filter((f) => f.endsWith(suffix)).sort();
  runSubjects(dir, subjects, suffix, atLeast);
}

/**
 * Runs the folder's own `*.test.ts` files in this jest file (the folder's runner, `all.test.ts`):
 * `npm test` leaves them to it, `npx jest <file>` still runs one alone (test/support/folded.js says
 * which files: not the runners, not snapshot tests, not those with a test environment of their own).
 */
export function runFolder(dir: string, atLeast: number): void {
  runSubjects(dir, foldedFiles(dir).map((path) => basename(path)), ".test.ts", atLeast);
}

function runSubjects(dir: string, subjects: string[], suffix: string, atLeast: number): void {
  it(`finds the ${suffix} files beside it`, () => {
    expect(subjects.length).toBeGreaterThanOrEqual(atLeast);
  });

  for (const file of subjects) {
    describe(file.endsWith(suffix) ? file.slice(0, -suffix.length) : file.replace(/\.test\.tsx$/, ""), () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded inside the describe, see above
      require(`${dir}/${file}`);
    });
  }
}
