// Runs only the LibreOffice check (needs `soffice` from Debian's libreoffice-calc-nogui); the main
// suite does not, so `npm test` works on a machine without LibreOffice.
const base = require("../../jest.config.js");
module.exports = { ...base, rootDir: "../..", roots: ["<rootDir>/test/libreoffice"], testMatch: ["**/*.lo.ts"] };
