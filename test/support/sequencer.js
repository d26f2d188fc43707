/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS module jest loads itself */
// Jest's default order puts the files it has timings for by duration and the rest by file size, largest
// first, so that the long files start early and no worker idles at the end. A fresh clone (or
// `--no-cache`, as CI runs) has no timings, and the four runners of test/support/together.ts are
// five-line files that load a whole folder: by size they ran last, and the run ended with two
// workers on the four longest files one after the other (≈ 10 s of wall time on 2 cores). Here a
// runner weighs what it runs: the sizes of the subject files beside it.
const { readdirSync, readFileSync, statSync } = require("fs");
const { dirname, join, relative, sep } = require("path");
const Sequencer = require("@jest/test-sequencer").default;
const { foldedFiles } = require("./folded");

// Bytes misjudge some files by a factor of three: test/core's 270 KB of small specs run in ≈ 7 s,
// test/sheets' 150 KB of HyperFormula recalculations in ≈ 21 s. With
// the longest file last a worker runs alone at the end, so the files whose seconds are known (their
// shares in `npm run test:times`, scaled to an idle 2-core machine) are ordered by those; any other
// file weighs its bytes at 10 KB per second, which is about what the flows and the adapter tests take.
const SECONDS = {
  "test/sheets/recalc.test.ts": 21,
  "test/flows/flows.test.ts": 16,
  "test/taskpane/panels.test.tsx": 16,
  "test/excel/excel.test.ts": 13,
  "test/cli/all.test.ts": 10,
  "test/manifest/all.test.ts": 10,
  "test/core/all.test.ts": 7,
  "test/xlsx/all.test.ts": 3,
};
const ROOT = join(__dirname, "..", "..");

const RUNNER = /runTogether\(__dirname,\s*"([^"]+)"/g;

/** Seconds the file is expected to take: known, or guessed from its bytes. */
function weight(path) {
  const known = SECONDS[relative(ROOT, path).split(sep).join("/")];
  if (known !== undefined) return known;
  return bytes(path) / 10_000;
}

/** Bytes of the file, or of the subject files it runs when it is a runner (runTogether, runFolder). */
function bytes(path) {
  const text = readFileSync(path, "utf8");
  const dir = dirname(path);
  const suffixes = [...text.matchAll(RUNNER)].map((m) => m[1]);
  const subjects = readdirSync(dir).filter((f) => suffixes.some((suffix) => f.endsWith(suffix))).map((f) => join(dir, f));
  if (/runFolder\(/.test(text)) subjects.push(...foldedFiles(dir));
  if (subjects.length === 0) return statSync(path).size;
  return subjects.reduce((sum, f) => sum + statSync(f).size, 0);
}

class WeighedSequencer extends Sequencer {
  sort(tests) {
    const weights = new Map();
    const weighOf = (t) => {
      if (!weights.has(t.path)) weights.set(t.path, weight(t.path));
      return weights.get(t.path);
    };
    for (const t of tests) t.duration = this.time(t);
    // As the default: failed first, then files without timings, then by duration; by weight where
    // neither has a timing.
    return [...tests].sort((a, b) => {
      const failedA = this.hasFailed(a), failedB = this.hasFailed(b);
      if (failedA !== failedB) return failedA ? -1 : 1;
      const timedA = a.duration != null, timedB = b.duration != null;
      if (timedA !== timedB) return timedA ? 1 : -1;
      if (timedA) return b.duration - a.duration;
      return weighOf(b) - weighOf(a);
    });
  }
}

module.exports = WeighedSequencer;
