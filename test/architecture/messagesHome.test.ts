// Every Danish sentence for the user has a home (docs/habits.md §2): in src/flows the flows' message
// module (`flows/messages.ts`), in src/excel the adapter's (`excel/messages.ts`), in src/taskpane the
// pane's (`taskpane/messages.ts`). This file reads every string and template literal of the three
// folders with the TypeScript parser and fails on a Danish sentence anywhere else, so a flow or a
// panel that assembles its own sentence is caught in review's place. In the task pane a fixed label
// may stand where it is shown: JSX text, and a plain string in a JSX attribute or expression
// (`label="…"`, `{"…" + "…"}`); a string in code (an action's busy or error text, a hint in a
// constant) and every template literal with a value put in come from the message module.
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import ts from "typescript";

const SRC = join(__dirname, "../../src");

/**
 * Files that may hold Danish sentences besides the two message modules, each with why. Short on
 * purpose: a new entry needs a reason a reviewer accepts.
 */
const ALLOWED: Record<string, string> = {
  "flows/messages.ts": "the flows' message module",
  "excel/messages.ts": "the Office adapter's message module",
  "taskpane/messages.ts": "the task pane's message module",
  "flows/hostError.ts": "the Office error table: each row an Office error code with its Danish text and what to do (habits §3)",
  "flows/selvtest.ts": "the self-test's table of checks: each row a check of the host with its Danish description and failure (habits §3)",
  "flows/requirements.ts": "the table of requirement sets: each row a set with why the add-in needs it and what it does without (habits §3)",
  "flows/eksempel/botilbudA.ts": "example data: Botilbud A's own Danish texts, inserted into the workbook as data",
};
/** Folders of data, not sentences (the example tables' CSV text). */
const ALLOWED_FOLDERS = ["flows/eksempel/data/"];

/** Danish letters, or a word that only a Danish sentence has. */
const DANISH = /[æøåÆØÅ]|\b(er|ikke|og|har|kan|skal|findes|arket|arkene|tabellen|tabellerne|vælg|skriv|intet|ingen|sager|rækker|du|dine|eller|med|fra|til|som|den|det|af)\b/i;

/** A Danish sentence: Danish words, four words or more, or three with a value put in. */
export function isDanishSentence(text: string, substituted: boolean): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return DANISH.test(text) && (words >= 4 || (substituted && words >= 3));
}

/** The Danish sentences in one source text, as [line, text]. */
export function danishSentences(fileName: string, source: string, options: { jsxLabels?: boolean } = {}): [number, string][] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const hits: [number, string][] = [];
  const visit = (node: ts.Node): void => {
    // Module paths and type-only positions say nothing to the user.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    let text: string | null = null, substituted = false;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = options.jsxLabels && shownInJsx(node) ? null : node.text;
    else if (ts.isTemplateExpression(node)) {
      text = node.head.text + node.templateSpans.map((s) => " x " + s.literal.text).join("");
      substituted = true;
    } else if (ts.isJsxText(node) && !options.jsxLabels) text = node.text.trim();
    if (text !== null && isDanishSentence(text, substituted)) hits.push([sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text]);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return hits;
}

/** A plain string shown where it is written: the value of a JSX attribute or expression, joined by + or ?: at most. */
function shownInJsx(node: ts.Node): boolean {
  let p = node.parent;
  while (ts.isBinaryExpression(p) || ts.isParenthesizedExpression(p) || ts.isConditionalExpression(p)) p = p.parent;
  return ts.isJsxAttribute(p) || ts.isJsxExpression(p);
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe("user sentences have a home", () => {
  it("the detector catches a sentence a flow builds, and leaves labels, keys and code alone", () => {
    const planted = [
      "const a = `Arket ${name} er skrevet.`;",
      'throw new Error("Vælg arket med sagerne");',
      'const b = "Sager forrige måned";',
      'const k = "Styringsark.disponering.kolonner";',
      'import { x } from "./messages";',
      'const e = "unknown kind of sheet";',
    ].join("\n");
    expect(danishSentences("planted.ts", planted).map(([line]) => line)).toEqual([1, 2]);
  });

  it("in the task pane, a label where it is shown may stay; a sentence in code or with a value put in may not", () => {
    const planted = [
      'const a = <Field label="Vælg arket med sagerne" hint={"Første række skal være " + "overskrifter i arket"}>',
      "  Lav et disponeringsark ud fra din egen sagsliste.",
      "  {`Tabellen ${t} står på arket ${s}.`}",
      "</Field>;",
      'const b = () => run("Skriver arkene til arbejdsbogen …", go, "Arkene blev ikke skrevet");',
      'const HINT = "Det markerede område læses, hvis intet er valgt";',
    ].join("\n");
    expect(danishSentences("planted.tsx", planted, { jsxLabels: true }).map(([line]) => line)).toEqual([3, 5, 5, 6]);
    // Outside the task pane the same labels count as sentences.
    expect(danishSentences("planted.tsx", planted).map(([line]) => line)).toEqual([1, 1, 2, 3, 5, 5, 6]);
  });

  it("no Danish sentence is built in src/flows, src/excel or src/taskpane outside their message modules", () => {
    const found: string[] = [];
    for (const folder of ["flows", "excel", "taskpane"]) {
      for (const path of sources(join(SRC, folder))) {
        const rel = relative(SRC, path).split("\\").join("/");
        if (ALLOWED[rel] || ALLOWED_FOLDERS.some((f) => rel.startsWith(f))) continue;
        const sentences = danishSentences(path, readFileSync(path, "utf8"), { jsxLabels: folder === "taskpane" });
        for (const [line, text] of sentences) found.push(`${rel}:${line} ${text.slice(0, 80)}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("every allowed file still exists (a stale entry would hide a new file of that name)", () => {
    for (const rel of Object.keys(ALLOWED)) expect([rel, statSync(join(SRC, rel)).isFile()]).toEqual([rel, true]);
  });
});
