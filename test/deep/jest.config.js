// `npm run test:deep`: the slower variants of unit tests that `npm test` samples to stay fast — more
// random seeds and years, every column and every fault instead of a sample, full-size tables near
// Excel's limits, and the fuzz runs at full size (test/support/deep.ts); and the checks that need the
// production build (bundle.deep.ts, deploy.deep.ts), which CI runs right after `npm run build`.
const base = require("../../jest.config.js");

// Read by test/support/deep.ts in the workers, which inherit the environment of this process.
process.env.STYRINGSARK_DEEP = "1";
// HyperFormula exactly as it ships here: `npm test` recalculates through a parse memo and an IF that
// evaluates only its chosen branch (test/support/hfParseMemo.ts, hfLazyIf.ts), each argued from
// HyperFormula's source and compared with it; CI's deep run keeps the engine nobody here touched.
process.env.RECALC_PLAIN_HYPERFORMULA = "1";

module.exports = {
  ...base,
  rootDir: "../..",
  roots: ["<rootDir>/test/deep", "<rootDir>/test/fuzz"],
  testMatch: ["**/test/deep/*.deep.ts", "**/test/deep/*.deep.tsx", "**/test/fuzz/*.fuzz.test.ts"],
  // Each fuzz file a jest file of its own here: npm test leaves them to test/fuzz/all.test.ts.
  testPathIgnorePatterns: ["/node_modules/"],
};
