// Runs the same metadata generator the build uses (custom-functions-metadata, via
// custom-functions-metadata-plugin) on functions.ts, so a JSDoc mistake fails here, not in Excel.
// The generator rejects non-ASCII ids ("HÅP"), hence id HAAP with display name HÅP.
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTION_ARGS } from "../../src/functions/args";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { functionNameProblems } = require("../../tools/functionNames") as { functionNameProblems: (fns: { id: string; name: string }[]) => string[] };

interface Param { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean }
interface Fn { id: string; name: string; description?: string; parameters: Param[]; result?: { type?: string; dimensionality?: string }; options?: { volatile?: boolean } }

const SOURCE = path.join(__dirname, "../../src/functions/functions.ts");

let functions: Fn[];
let errors: string[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCE);
  errors = result.errors;
  functions = (JSON.parse(result.metadataJson) as { functions: Fn[] }).functions;
});

const byId = (id: string) => {
  const f = functions.find((x) => x.id === id);
  if (!f) throw new Error(`${id} missing from the metadata`);
  return f;
};

test("the generator reports no errors", () => {
  expect(errors).toEqual([]);
});

test("all 8 functions with their ids and Danish display names", () => {
  expect(functions.map((f) => [f.id, f.name])).toEqual([
    ["DISPONERING", "DISPONERING"],
    ["DISPONERET", "DISPONERET"],
    ["HAAP", "HÅP"],
    ["GNSPRIS", "GNSPRIS"],
    ["RISIKOPROGNOSE", "RISIKOPROGNOSE"],
    ["ATATIMER", "ATATIMER"],
    ["PLFREMSKRIVNING", "PLFREMSKRIVNING"],
    ["ALDER", "ALDER"],
  ]);
});

test("descriptions are Danish", () => {
  const words: Record<string, RegExp> = {
    DISPONERING: /^Disponering pr\. kalendermåned/,
    DISPONERET: /^Disponeret beløb i alt/,
    HAAP: /^Helårspersoner \(HÅP\)/,
    GNSPRIS: /^Gennemsnitspris/,
    RISIKOPROGNOSE: /^Risikoprognose: summen af antal × enhedsudgift/,
    ATATIMER: /^ATA-timer \(ansigt-til-ansigt\)/,
    PLFREMSKRIVNING: /^PL-fremskrivning/,
    ALDER: /^Alder i hele år på datoen ud fra fødselsdatoen i cpr-nummeret/,
  };
  for (const [id, re] of Object.entries(words)) expect(byId(id).description).toMatch(re);
  for (const f of functions) for (const p of f.parameters) expect(p.description ?? "").not.toBe("");
});

test("Danish parameter names in Excel's order, optional ones marked", () => {
  const sig = (id: string) => byId(id).parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  expect(sig("DISPONERING")).toEqual(["takst", "startdato", "stopdato", "måned", "[takstenhed]"]);
  expect(sig("DISPONERET")).toEqual(["takster", "startdatoer", "stopdatoer", "fra", "til", "[takstenhed]"]);
  expect(sig("HAAP")).toEqual(["startdatoer", "stopdatoer", "fra", "til", "[cpr]", "[metode]"]);
  expect(sig("GNSPRIS")).toEqual(["takster", "startdatoer", "stopdatoer", "fra", "til", "[cpr]", "[takstenhed]"]);
  expect(sig("RISIKOPROGNOSE")).toEqual(["antal", "enhedsudgift", "sandsynlighed", "måneder"]);
  expect(sig("ATATIMER")).toEqual(["minutter", "hyppighed", "[normering]", "[periode]"]);
  expect(sig("PLFREMSKRIVNING")).toEqual(["beløb", "pl_satser"]);
  expect(sig("ALDER")).toEqual(["cpr", "[dato]"]);
});

test("ranges are matrices of any (text dates and blanks must reach the code); DISPONERING spills numbers", () => {
  const dims = (id: string) => byId(id).parameters.map((p) => `${p.type}${p.dimensionality === "matrix" ? "[][]" : ""}`);
  expect(dims("DISPONERING")).toEqual(["any[][]", "any[][]", "any[][]", "any[][]", "any[][]"]);
  expect(dims("DISPONERET")).toEqual(["any[][]", "any[][]", "any[][]", "any", "any", "any[][]"]);
  expect(dims("PLFREMSKRIVNING")).toEqual(["any", "any[][]"]);
  expect(byId("DISPONERING").result).toEqual({ type: "number", dimensionality: "matrix" });
  for (const id of ["DISPONERET", "HAAP", "GNSPRIS", "RISIKOPROGNOSE", "ATATIMER", "PLFREMSKRIVNING", "ALDER"]) {
    expect(byId(id).result).toEqual({ type: "number" });
  }
});

// "Custom functions naming guidelines" (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming):
// id and name start with a letter and have at least three characters; an id only A–Z, 0–9, _ and .;
// a name only letters, _ and .; neither a cell reference nor an Excel 4.0 macro function. The build
// runs the same check (webpack.config.js, FunctionNamesCheck).
test("every id and name follows Excel's naming rules", () => {
  expect(functionNameProblems(functions)).toEqual([]);
});

test("the naming check refuses what Excel refuses", () => {
  expect(functionNameProblems([{ id: "PL", name: "PL" }])).toEqual([
    'Funktions-id "PL" skal have mindst tre tegn',
    'Funktionsnavn "PL" skal have mindst tre tegn',
  ]);
  expect(functionNameProblems([{ id: "HÅP", name: "1HAAP" }])).toEqual([
    'Funktions-id "HÅP" indeholder tegn, Excel ikke tillader',
    'Funktionsnavn "1HAAP" skal begynde med et bogstav',
  ]);
  expect(functionNameProblems([{ id: "ABC12", name: "RUN" }])).toEqual([
    'Funktions-id "ABC12" kan forveksles med en celleadresse',
    'Funktionsnavn "RUN" er navnet på en Excel 4.0-makrofunktion',
  ]);
  expect(functionNameProblems([{ id: "R1C1", name: "SOC.X" }])).toEqual(['Funktions-id "R1C1" kan forveksles med en celleadresse']);
});

test("the argument table lists every function's parameters in Excel's order", () => {
  expect(Object.keys(FUNCTION_ARGS).sort()).toEqual(functions.map((f) => f.id).sort());
  for (const f of functions) expect(FUNCTION_ARGS[f.id].map(([name]) => name)).toEqual(f.parameters.map((p) => p.name));
});

// SOC.ALDER without a date answers with today's age; today is no argument Excel can see, so only a
// volatile function moves to the next day by itself ("Volatile values in functions",
// https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-volatile). The others depend on
// their arguments alone and stay non-volatile (a volatile function recalculates on every edit).
test("SOC.ALDER is the one volatile function, and its help says so", () => {
  expect(functions.filter((f) => f.options?.volatile === true).map((f) => f.id)).toEqual(["ALDER"]);
  expect(byId("ALDER").description).toContain("funktionen beregnes igen ved hver genberegning og når projektmappen åbnes");
  expect(byId("ALDER").parameters[1].description).toBe("[Valgfri] Datoen, alderen gælder på. Standard er dags dato.");
});
