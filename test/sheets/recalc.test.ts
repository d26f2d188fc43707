// Every sheet recalculated by HyperFormula, in one jest file. Each jest file loads HyperFormula and
// ExcelJS afresh (~1,2 s CPU), which was a sixth of the suite with one file per sheet. The tests live
// in the `*.recalc.ts` files beside this one, one per subject; each is loaded inside a describe of its
// own so its hooks (a top-level beforeAll) run only for its own tests. A new `*.recalc.ts` runs
// without being listed anywhere.
import { readdirSync } from "fs";

const subjects = readdirSync(__dirname).filter((f) => f.endsWith(".recalc.ts")).sort();

it("finds the recalculation tests beside it", () => {
  expect(subjects.length).toBeGreaterThanOrEqual(13);
});

for (const file of subjects) {
  describe(file.replace(/\.recalc\.ts$/, ""), () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded inside the describe, see above
    require(`./${file}`);
  });
}
