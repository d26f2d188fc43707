const os = require("os");

/** @type {import('jest').Config} */
module.exports = {
  // Jest's default is one worker per core minus one, which on a 2-core machine runs every file in one
  // process while the other core idles. The main process only schedules and reports, so use them all.
  maxWorkers: Math.max(2, os.cpus().length - 1),
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Type-checking is `npm run typecheck`'s job; isolated transpilation keeps the suite fast.
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "commonjs", esModuleInterop: true, isolatedModules: true } }],
  },
  moduleNameMapper: {
    // office-addin-mock 4 imports office-addin-manifest only for its CLI; the stub keeps jest from
    // loading that tree (and its network helpers).
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
  setupFilesAfterEnv: ["<rootDir>/test/support/asyncTimeout.ts"],
  testTimeout: 60000,
};
