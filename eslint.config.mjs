// Lint: typescript-eslint's recommended rules, plus the layering of this codebase (src/*/README.md):
// core ← sheets ← flows ← excel/xlsx/taskpane/cli, and functions ← core. No import runs upward, and
// only the adapters (src/excel, src/functions) may use the Office host globals.
import tseslint from "typescript-eslint";

const LAYERS = ["core", "sheets", "flows", "excel", "xlsx", "taskpane", "cli", "functions"];
/** Another folder is imported through its index.ts only (docs/habits.md §7), never a file inside it. */
const throughIndex = (own) => ({
  // The CLI alone writes files with Node's fs (src/xlsx/file.ts), which the pure index leaves out.
  group: [...LAYERS.filter((l) => l !== own).map((l) => `../${l}/*`), ...(own === "cli" ? ["!../xlsx/file"] : [])],
  message: "Import another folder through its index.ts (\"../sheets\", not \"../sheets/spec\"): its public face (docs/habits.md §7).",
});

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
    // No unit over ~120 lines (blank lines and comments not counted): a longer one is split into named
    // steps, each with a name that says what it does.
    files: ["src/**"],
    rules: { "max-lines-per-function": ["error", { max: 120, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ["src/core/**", "src/sheets/**", "src/flows/**", "src/xlsx/**", "src/taskpane/**", "src/cli/**"],
    ignores: ["src/taskpane/index.tsx"],
    rules: { "no-restricted-globals": ["error", ...hostGlobals] },
  },
  {
    files: ["src/core/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["react", "react-*", "@fluentui/*", "exceljs", "fs", "path", "../*/**", "!./*"], message: "src/core is pure: it imports only zod and itself." }] }],
    },
  },
  // One block per layer: the folders it must not import (the layers above it and its siblings).
  ...Object.entries({
    "src/sheets/**": ["flows", "excel", "xlsx", "taskpane", "cli", "functions"],
    // flows may use the .xlsx writer (specs → bytes, pure): "Del som fil" builds the file it hands to Excel.
    "src/flows/**": ["excel", "taskpane", "cli", "functions"],
    "src/excel/**": ["xlsx", "taskpane", "cli", "functions"],
    "src/xlsx/**": ["flows", "excel", "taskpane", "cli", "functions"],
    "src/taskpane/**": ["excel", "xlsx", "cli", "functions"],
    "src/cli/**": ["excel", "taskpane", "functions"],
    "src/functions/**": ["sheets", "flows", "excel", "xlsx", "taskpane", "cli"],
  }).map(([files, above]) => ({
    files: [files],
    // The task pane's entry wires the Excel adapter into the app: the one allowed upward edge.
    ignores: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: above.flatMap((l) => [`../${l}`, `../${l}/*`]), message: "Layering: core ← sheets ← xlsx ← flows ← excel/taskpane/cli, functions ← core (src/*/README.md)." },
          throughIndex(files.split("/")[1]),
          ...(["src/sheets/**", "src/flows/**", "src/functions/**"].includes(files)
            ? [{ group: ["react", "react-*", "@fluentui/*", "exceljs", "fs", "path"], message: `${files.replace("/**", "")} is host-free: no UI, no I/O.` }]
            : []),
        ],
      }],
    },
  })),
  {
    // The task pane's entry may import the Excel adapter, through its index like every other folder.
    files: ["src/taskpane/index.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [throughIndex("taskpane")] }] },
  },
);
