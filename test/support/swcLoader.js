/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS webpack loader */
// The test build's TypeScript loader (test/support/freshBundle.ts): SWC strips the types and turns
// JSX into react/jsx-runtime calls, as jest's transform does (jest.config.js), where `npm run build`
// uses ts-loader, whose TypeScript transpile was a quarter of a cold test build's CPU. Options as
// tsconfig.json's: ES2020, react-jsx, class fields assigned (not defined), ES modules left to webpack.
const { transformSync } = require("@swc/core");

module.exports = function swcLoader(source) {
  return transformSync(source, {
    filename: this.resourcePath,
    swcrc: false,
    configFile: false,
    sourceMaps: false,
    jsc: {
      parser: { syntax: "typescript", tsx: this.resourcePath.endsWith(".tsx") },
      target: "es2020",
      transform: { react: { runtime: "automatic" }, useDefineForClassFields: false },
    },
    module: { type: "es6" },
  }).code;
};
