// Lint: typescript-eslint's recommended rules, plus the layering rule of this codebase: only the
// adapters (src/excel, src/functions) may use the Office host globals.
import tseslint from "typescript-eslint";

const hostGlobals = ["Excel", "Office", "CustomFunctions", "OfficeExtension"].map((name) => ({
  name,
  message: "Only src/excel and src/functions may touch the Office host (see src/*/README.md).",
}));

export default tseslint.config(
  { ignores: ["dist/**", "out/**", "node_modules/**", "coverage/**", "bench/**", "webpack.config.js", "**/jest.config.js", "test/stubs/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // A spread passes every element as an argument: a row-sized array (Excel has 1.048.576 rows)
    // overflows the call stack from about 120.000. Loop, or concat into a new array.
    files: ["src/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement",
          message: "Math.max/min(...rows) overflows the stack on large tables; loop instead.",
        },
        {
          selector: "CallExpression[callee.property.name=/^(push|unshift|splice|fromCharCode|apply)$/] > SpreadElement",
          message: "push(...rows) overflows the stack on large tables; loop, or build the array with concat.",
        },
      ],
    },
  },
  {
    files: ["src/core/**", "src/sheets/**", "src/xlsx/**", "src/taskpane/**/*.tsx", "src/taskpane/actions.ts", "src/cli/**"],
    ignores: ["src/taskpane/index.tsx"],
    rules: { "no-restricted-globals": ["error", ...hostGlobals] },
  },
  {
    files: ["src/core/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["react", "react-*", "@fluentui/*", "exceljs", "fs", "path", "../*/**", "!./*"], message: "src/core is pure: it imports only zod and itself." }] }],
    },
  },
);
