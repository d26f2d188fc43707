// `npm run test:deep`: the slower variants of unit tests (more random seeds and years) that `npm test`
// samples once to stay fast. CI runs both.
const base = require("../../jest.config.js");
module.exports = { ...base, rootDir: "../..", roots: ["<rootDir>/test/deep"], testMatch: ["**/*.deep.ts"] };
