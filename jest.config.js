const os = require("os");
const path = require("path");
const { readdirSync } = require("fs");
const { foldedFiles } = require("./test/support/folded");

/** SWC options matching tsconfig.json: ES2020, react-jsx, CommonJS with ES-module interop. */
function swc({ tsx }) {
  return {
    swcrc: false,
    sourceMaps: "inline",
    jsc: {
      parser: { syntax: "typescript", tsx },
      target: "es2020",
      transform: { react: { runtime: "automatic" }, useDefineForClassFields: false },
    },
    module: { type: "commonjs", noInterop: false },
  };
}

// The subjects that test/support/together.ts runs in one jest file per folder (`*.flow.ts` …) are not
// jest files of their own, so `npx jest test/flows/share.flow.ts` would find nothing. When a path on
// the command line names such a subject, it becomes a jest file too, so one subject runs alone.
const TOGETHER_SUFFIXES = [".flow.ts", ".adapter.ts", ".panel.tsx", ".recalc.ts"];
const namedSubjects = TOGETHER_SUFFIXES.filter((suffix) =>
  process.argv.some((arg) => arg.endsWith(suffix)),
).map((suffix) => `**/*${suffix}`);

// The `*.test.ts` files that a folder's runner (`test/<folder>/all.test.ts`, calling runFolder)
// loads are left to it (test/support/folded.js says which, and why: one module registry per folder,
// not one per file). A file named on the command line (`npx jest test/core/haap.test.ts`) runs alone.
const TEST_DIR = path.join(__dirname, "test");
const named = (file) => process.argv.some((arg) => path.resolve(arg) === file || file.endsWith(`/${arg.replace(/^\.\//, "")}`));
const leftToRunners = readdirSync(TEST_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => foldedFiles(path.join(TEST_DIR, entry.name)))
  .filter((file) => !named(file))
  .map((file) => `^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

/** @type {import('jest').Config} */
module.exports = {
  // Jest's default is one worker per core minus one, which on a 2-core machine runs every file in one
  // process while the other core idles. The main process only schedules and reports, so use them all.
  maxWorkers: Math.max(2, os.cpus().length - 1),
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx", ...namedSubjects],
  testPathIgnorePatterns: ["/node_modules/", ...leftToRunners],
  transform: {
    // Type-checking is `npm run typecheck`'s job, so the tests only need TypeScript stripped: SWC does
    // that several times faster than ts-jest (which loads the TypeScript compiler in every worker).
    // `.ts` files are parsed without JSX so that `<T>(x: T) => …` stays a generic arrow.
    "^.+\\.ts$": ["@swc/jest", swc({ tsx: false })],
    "^.+\\.tsx$": ["@swc/jest", swc({ tsx: true })],
  },
  moduleNameMapper: {
    // office-addin-mock 4 imports office-addin-manifest only for its CLI; the stub keeps jest from
    // loading that tree (and its network helpers).
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
  // Long files first also on a fresh clone, where jest has no timings (see the file).
  testSequencer: "<rootDir>/test/support/sequencer.js",
  setupFilesAfterEnv: ["<rootDir>/test/support/asyncTimeout.ts"],
  testTimeout: 60000,
};
