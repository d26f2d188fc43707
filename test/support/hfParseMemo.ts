// A memo of HyperFormula's formula parsing across engines, for recalcXlsx (test/support/recalc.ts).
//
// Why: the recalculation tests build ~60 engines per jest file from workbooks whose formulas are
// mostly the same texts at the same cells (every Disponering has the same column formulas). HyperFormula
// keeps a parse cache per engine only, and even inside one engine it tokenizes every formula's text
// before it looks the tree up (its cache key is computed from the tokens): parsing was ≈ 4 s of the
// ≈ 11 s that `test/sheets/recalc.test.ts` spent building engines.
//
// Why it is sound (read from hyperformula 3.5.0, commonjs/parser/ParserWithCaching.js,
// BuildEngineFactory.js, DependencyGraph/SheetReferenceRegistrar.js, parser/Cache.js):
// - `ParserWithCaching.parse(text, address)` is a function of the text, the address, the config
//   (lexer: separators, function names; the same config for every engine built here, which is part of
//   the memo's key with the registered function names) and of what its `resolveSheetReference` answers
//   for the sheet names in the text. That callback (SheetReferenceRegistrar.ensureSheetRegistered)
//   is its only side effect on the engine besides its own cache: it returns a sheet's id and adds a
//   placeholder sheet for a name that does not exist. The memo records every (name → id) the parse
//   asked for and, on a hit, asks the new engine the same names in the same order (doing the same
//   side effects) and uses the memo only if every id is the same; otherwise it parses.
// - The result's tree and dependencies are not changed after parsing: HyperFormula shares one tree
//   between all cells whose formulas hash alike (its own cache) and its transformers build new trees;
//   the one exception in the source is HYPERLINK, which writes the url onto its node while it is
//   evaluated, so a formula with HYPERLINK is never memoized.
// - Later operations look a formula's tree up in the engine's own cache by its hash (undo, named
//   expressions moving between scopes, copy/paste: `fetchCachedResult…`, which throws when it is
//   missing), so a hit puts the entry into that cache as a parse would have.
// - Only results without errors are memoized, and only while recalcXlsx builds an engine: edits a
//   test makes afterwards (setCellContents …) are parsed by HyperFormula itself (with the lexer and
//   parser the engines share, below).
// test/sheets/fastHyperformula.recalc.ts fails when the HyperFormula version differs from the one read,
// and when a workbook recalculates to other values with the memo than without it.
import { HyperFormula } from "hyperformula";

/** The HyperFormula version whose source the soundness argument above was read from. */
export const READ_FROM_VERSION = "3.5.0";

interface ParseResult {
  ast: unknown;
  errors: unknown[];
  hasVolatileFunction: boolean;
  hasStructuralChangeFunction: boolean;
  dependencies: unknown[];
}
interface CacheLike {
  cache: Map<string, unknown>;
  get(hash: string): unknown;
}
interface ParserLike {
  formulaAddress: unknown;
  cache: CacheLike;
  parse(text: string, address: { sheet: number; row: number; col: number }): ParseResult;
}
interface Entry {
  result: ParseResult;
  hash: string;
  cacheEntry: unknown;
  sheets: [string, number][];
}

let memo: Map<string, Entry> | undefined;
/** While a parse runs with the memo on: the sheet names it resolved and the last cache key it asked. */
let recording: { sheets: [string, number][]; hash: string | undefined } | undefined;
const memos = new Map<string, Map<string, Entry>>();
/** Parses answered from the memo and parses done, for the memo's own test. */
export const stats = { hits: 0, misses: 0 };

// The prototypes, reached through an engine (the package exports only its public API).
const probeEngine = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
const probe = probeEngine as unknown as {
  _parser: ParserLike;
  _dependencyGraph: { sheetReferenceRegistrar: { ensureSheetRegistered(name: string): number } };
};
const parserProto = Object.getPrototypeOf(probe._parser) as ParserLike;
const cacheProto = Object.getPrototypeOf(probe._parser.cache) as CacheLike;
const registrarProto = Object.getPrototypeOf(probe._dependencyGraph.sheetReferenceRegistrar) as { ensureSheetRegistered(name: string): number };
probeEngine.destroy();

// HyperFormula's lexer and chevrotain parser, built for each engine, cost ≈ 20 ms an engine (the
// parser analyses its grammar each time): engines built here with the same config share one of each
// (hyperformula 3.5.0, parser/ParserWithCaching.js builds them in its constructor from
// parser/FormulaParser.js's exports, which are replaced here while such an engine is built). Both
// are functions of the lexer config, which is a function of the config, except that
// buildLexerConfig creates some token types (WhiteSpace, ArgSeparator, NumberLiteral …) anew each
// time: the engine's own lexer config, which ParserWithCaching keeps and matches tokens against
// (bindWhitespacesToTokens), takes the shared one's. The parser answers sheet names through the
// engine that parses (set before every parse below); a parse runs to its end before another starts.
type LexerConfig = Record<string, unknown>;
interface FormulaParserLike {
  resolveSheetReference: unknown;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- an internal module the package does not export, by its path
const formulaParserModule = require(require.resolve("hyperformula").replace(/index\.js$/, "parser/FormulaParser.js")) as {
  FormulaParser: new (lexerConfig: LexerConfig, resolve: unknown) => FormulaParserLike;
  FormulaLexer: new (lexerConfig: LexerConfig) => unknown;
};
const OriginalFormulaParser = formulaParserModule.FormulaParser;
const OriginalFormulaLexer = formulaParserModule.FormulaLexer;
const shared = new Map<string, { lexerConfig: LexerConfig; lexer: unknown; parser?: FormulaParserLike }>();
/** The memo's scope while an engine is built through buildFromSheetsMemoized. */
let buildingScope: string | undefined;
formulaParserModule.FormulaLexer = function (lexerConfig: LexerConfig) {
  if (buildingScope === undefined) return new OriginalFormulaLexer(lexerConfig);
  let one = shared.get(buildingScope);
  if (!one) shared.set(buildingScope, (one = { lexerConfig, lexer: new OriginalFormulaLexer(lexerConfig) }));
  else Object.assign(lexerConfig, one.lexerConfig);
  return one.lexer;
} as unknown as typeof OriginalFormulaLexer;
formulaParserModule.FormulaParser = function (lexerConfig: LexerConfig, resolve: unknown) {
  const one = buildingScope === undefined ? undefined : shared.get(buildingScope);
  if (!one || one.lexerConfig !== lexerConfig && !Object.keys(one.lexerConfig).every((k) => one.lexerConfig[k] === lexerConfig[k])) {
    return new OriginalFormulaParser(lexerConfig, resolve);
  }
  one.parser ??= new OriginalFormulaParser(one.lexerConfig, resolve);
  return one.parser;
} as unknown as typeof OriginalFormulaParser;

const originalParse = parserProto.parse;
const originalGet = cacheProto.get;
const originalRegister = registrarProto.ensureSheetRegistered;

cacheProto.get = function (this: CacheLike, hash: string) {
  if (recording) recording.hash = hash;
  return originalGet.call(this, hash);
};
registrarProto.ensureSheetRegistered = function (this: unknown, name: string) {
  const id = originalRegister.call(this, name);
  if (recording) recording.sheets.push([name, id]);
  return id;
};
parserProto.parse = function (this: ParserLike & { resolveSheetReference(name: string): number; formulaParser: { resolveSheetReference: unknown } }, text, address) {
  // A parser shared between engines answers sheet names for the engine that is parsing.
  this.formulaParser.resolveSheetReference = this.resolveSheetReference;
  if (!memo || /HYPERLINK/i.test(text)) return originalParse.call(this, text, address);
  const key = `${address.sheet}|${address.row}|${address.col}|${text}`;
  const hit = memo.get(key);
  if (hit && hit.sheets.every(([name, id]) => this.resolveSheetReference(name) === id)) {
    stats.hits++;
    this.formulaAddress = address;
    if (!this.cache.cache.has(hit.hash)) this.cache.cache.set(hit.hash, hit.cacheEntry);
    return { ...hit.result, dependencies: [...hit.result.dependencies] };
  }
  stats.misses++;
  const rec: NonNullable<typeof recording> = { sheets: [], hash: undefined };
  const outer = recording;
  recording = rec;
  let result: ParseResult;
  try {
    result = originalParse.call(this, text, address);
  } finally {
    recording = outer;
  }
  const cacheEntry = rec.hash === undefined ? undefined : this.cache.cache.get(rec.hash);
  if (result.errors.length === 0 && cacheEntry !== undefined) {
    memo.set(key, { result: { ...result, dependencies: [...result.dependencies] }, hash: rec.hash!, cacheEntry, sheets: rec.sheets });
  }
  return result;
};

/** Builds an engine as HyperFormula.buildFromSheets does, parsing through the memo. */
export function buildFromSheetsMemoized(...args: Parameters<typeof HyperFormula.buildFromSheets>): HyperFormula {
  const [, config] = args;
  const scope = `${JSON.stringify(config ?? {})}|${HyperFormula.getRegisteredFunctionNames("enGB").join(",")}`;
  if (!memos.has(scope)) memos.set(scope, new Map());
  memo = memos.get(scope);
  buildingScope = scope;
  try {
    return HyperFormula.buildFromSheets(...args);
  } finally {
    memo = undefined;
    buildingScope = undefined;
  }
}
