/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS module jest.config.js loads too */
// Which `*.test.ts(x)` files of a folder run inside the folder's runner (`all.test.ts`, or whichever
// of its files calls `runFolder` of test/support/together.ts), instead of as jest files of their own. A jest
// file costs a fresh module registry that loads and compiles its imports again (src/core, the sheets,
// ExcelJS, HyperFormula …): test/core's 50 files took ≈ 19 s CPU apart and ≈ 9 s in one file. Both
// jest.config.js (which files `npm test` leaves to the runner) and the runner (which it loads) ask
// this module, so the two cannot disagree; a new file joins without being listed anywhere.
//
// A file keeps a jest file of its own when it needs one: a runner (it loads other files), a snapshot
// test (jest names the snapshot file after the jest file), or one with its own test environment.
const { readdirSync, readFileSync } = require("fs");
const { join } = require("path");

const APART = /runTogether\(|runFolder\(|toMatchSnapshot|toMatchInlineSnapshot|ThrowErrorMatchingSnapshot|@jest-environment/;

/** Absolute paths of the test files the folder's runner loads, sorted; none without a runner. */
function foldedFiles(dir) {
  const files = readdirSync(dir)
    .filter((f) => /\.test\.tsx?$/.test(f))
    .sort()
    .map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), "utf8") }));
  if (!files.some((f) => /runFolder\(/.test(f.text))) return [];
  return files.filter((f) => !APART.test(f.text)).map((f) => f.path);
}

module.exports = { foldedFiles };
