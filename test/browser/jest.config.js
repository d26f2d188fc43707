/** Real-browser tests (`npm run test:browser`): need /usr/bin/chromium, so kept out of `npm test`. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- jest loads this config as CommonJS
const base = require("../../jest.config.js");
module.exports = { ...base, rootDir: "../..", roots: ["<rootDir>/test/browser"], testMatch: ["**/*.browser.ts"], testTimeout: 120000, globalSetup: "<rootDir>/test/browser/globalSetup.ts" };
