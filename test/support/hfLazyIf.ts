// IF and IFERROR that evaluate only the branch they return, in the engines recalcXlsx builds
// (test/support/recalc.ts), where HyperFormula's own evaluation cannot give another value.
//
// Why: HyperFormula evaluates every argument of IF and IFERROR before it picks one (read from
// hyperformula 3.5.0, commonjs/interpreter/plugin/BooleanPlugin.js: both go through FunctionPlugin's
// runFunction, which evaluates all arguments first). Our sheets guard long formulas with IF — the
// case checksum in Disponering's Kontrol column is ~2.500 characters behind IF(COUNTA(row)=0,0,…),
// and each month cell is IF(Fejlkode=0,…,0) — so every empty yellow row and every error branch was
// computed and thrown away: ≈ a quarter of the recalculation tests' evaluation.
//
// Why the value is the same (the same source): with array arithmetic off (state.arraysFlag false, as
// outside SUMPRODUCT and array formulas), runFunction evaluates the arguments, coerces them (IF's
// condition to BOOLEAN, which leaves a boolean as it is; every branch is SCALAR with passSubtype,
// which leaves a value that is not a range as it is) and returns `condition ? arg2 : arg3`
// (IFERROR: `arg1 instanceof CellError ? arg2 : arg1`) — a range in a branch would be coerced or
// turn the result into #VALUE!, so both branches must be scalar. Here that is known from the tree
// before anything is evaluated: a number, text, error, a single cell, an operator (which gives a
// scalar when arrays are off: Interpreter.binaryRangeWrapper) or a call of a function in
// SCALAR_FUNCTIONS, which return one value. Only then, and only when the condition evaluates to a
// boolean, is the chosen branch evaluated alone — through the same evaluateAst the eager path calls
// for each argument, so it gets the same post-processing. Evaluating the other branch has no effect
// on any value (no RAND or other function with state is in the list). Anything else goes to
// HyperFormula's own IF and IFERROR.
//
// test/sheets/fastHyperformula.recalc.ts compares IF and IFERROR of every shape with HyperFormula's own, and
// fails when the HyperFormula version differs from the one read (READ_FROM_VERSION in hfParseMemo.ts).
import { CellError, HyperFormula } from "hyperformula";

interface Ast {
  type: string;
  args?: Ast[];
  procedureName?: string;
  expression?: Ast;
}
interface State {
  arraysFlag: boolean;
}
interface BooleanPluginLike {
  interpreter: object;
  conditionalIf(ast: Ast, state: State): unknown;
  iferror(ast: Ast, state: State): unknown;
  evaluateAst(ast: Ast, state: State): unknown;
}

/** Functions whose every call gives one value (never a range) when array arithmetic is off. */
const SCALAR_FUNCTIONS = new Set([
  "IF", "IFERROR", "MOD", "MID", "FIND", "LEN", "VALUE", "SUBSTITUTE", "DATE", "EOMONTH", "MAX", "MIN", "SUM", "SUMIFS",
  "COUNTIFS", "COUNTA", "COUNT", "ISNUMBER", "ISBLANK", "ISERROR", "AND", "OR", "NOT", "YEAR", "MONTH", "DAY", "ROUND", "ABS",
  "INT", "CODE", "LEFT", "RIGHT", "NA", "SUMIF", "COUNTIF", "SUMPRODUCT", "AVERAGE", "TEXT", "CONCATENATE", "TRUE", "FALSE",
]);
const SCALAR_NODES = new Set(["NUMBER", "STRING", "ERROR", "CELL_REFERENCE"]);
const OPERATORS = new Set([
  "CONCATENATE_OP", "EQUALS_OP", "NOT_EQUAL_OP", "GREATER_THAN_OP", "LESS_THAN_OP", "GREATER_THAN_OR_EQUAL_OP", "LESS_THAN_OR_EQUAL_OP",
  "PLUS_OP", "MINUS_OP", "TIMES_OP", "DIV_OP", "POWER_OP", "MINUS_UNARY_OP", "PLUS_UNARY_OP", "PERCENT_OP",
]);

function scalar(ast: Ast): boolean {
  if (SCALAR_NODES.has(ast.type) || OPERATORS.has(ast.type)) return true;
  if (ast.type === "PARENTHESIS") return scalar(ast.expression!);
  return ast.type === "FUNCTION_CALL" && SCALAR_FUNCTIONS.has(ast.procedureName!);
}

/** The interpreters of the engines built through withLazyIf; every other engine keeps HyperFormula's IF. */
const lazy = new WeakSet<object>();
let building = false;
/** IFs and IFERRORs evaluated with one branch, for the test that compares them with HyperFormula's own. */
export const lazyStats = { lazy: 0 };

const proto = (HyperFormula.getFunctionPlugin("IF") as unknown as { prototype: BooleanPluginLike }).prototype;
const eagerIf = proto.conditionalIf;
const eagerIferror = proto.iferror;

proto.conditionalIf = function (this: BooleanPluginLike, ast, state) {
  const args = ast.args!;
  if ((!building && !lazy.has(this.interpreter)) || state.arraysFlag || args.length !== 3 || !scalar(args[1]) || !scalar(args[2])) {
    return eagerIf.call(this, ast, state);
  }
  const condition = this.evaluateAst(args[0], state);
  if (typeof condition !== "boolean") return eagerIf.call(this, ast, state);
  lazyStats.lazy++;
  return this.evaluateAst(condition ? args[1] : args[2], state);
};

proto.iferror = function (this: BooleanPluginLike, ast, state) {
  const args = ast.args!;
  if ((!building && !lazy.has(this.interpreter)) || state.arraysFlag || args.length !== 2 || !scalar(args[0]) || !scalar(args[1])) {
    return eagerIferror.call(this, ast, state);
  }
  const value = this.evaluateAst(args[0], state);
  lazyStats.lazy++;
  return value instanceof CellError ? this.evaluateAst(args[1], state) : value;
};

/** Builds an engine whose IF and IFERROR evaluate only the branch they return, as it is built and after edits. */
export function withLazyIf(build: () => HyperFormula): HyperFormula {
  building = true;
  let hf: HyperFormula;
  try {
    hf = build();
  } finally {
    building = false;
  }
  lazy.add((hf as unknown as { _evaluator: { interpreter: object } })._evaluator.interpreter);
  return hf;
}
