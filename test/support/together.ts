// Runs the test files of one folder in one jest file. Each jest file loads its modules afresh (the
// flows, sheets, xlsx writer, HyperFormula, ExcelJS: 1–2 s CPU each time), which was a third of
// `npm test` with one jest file per subject. The subjects stay in their own files beside the runner
// (named `*<suffix>`); each is loaded inside a describe of its own, so its hooks (a top-level
// beforeAll or afterEach) apply only to its own tests. A new file with the suffix runs without being
// listed anywhere.
import { readdirSync } from "fs";

export function runTogether(dir: string, suffix: string, atLeast: number): void {
  const subjects = readdirSync(dir).filter((f) => f.endsWith(suffix)).sort();

  it(`finds the ${suffix} files beside it`, () => {
    expect(subjects.length).toBeGreaterThanOrEqual(atLeast);
  });

  for (const file of subjects) {
    describe(file.slice(0, -suffix.length), () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded inside the describe, see above
      require(`${dir}/${file}`);
    });
  }
}
