// One word per concept (docs/glossary.md): an identifier or a file name in src/ or test/ that uses a
// retired synonym of a domain word fails here, so "booked" does not drift back into "actuals" one
// variable at a time. Identifiers are read with the TypeScript parser, so comments and strings (an
// English "for example", a problem code, a URL) are left alone: only names are held to the glossary.
// docs/glossary.md lists the same retired words, and the last test keeps the two lists equal.
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import ts from "typescript";

const ROOT = join(__dirname, "../..");

/** The retired synonyms, each with the glossary's word for its concept. */
export const RETIRED: readonly { word: string; use: string }[] = [
  { word: "actuals", use: "booked" },
  { word: "disposition", use: "disponering (the noun) or disposed (the verb)" },
  { word: "prognosis", use: "prognose" },
  { word: "measure", use: "foranstaltning" },
  { word: "overview", use: "overblik" },
  { word: "example", use: "eksempel" },
];

/**
 * Where a retired word means something else, by folder, each with why. Short on purpose: a new
 * entry needs a reason a reviewer accepts.
 */
const ALLOWED: readonly { folder: string; word: string; why: string }[] = [
  { folder: "test/bench/", word: "measure", why: "the verb: a bench row measures a time or a size" },
  { folder: "test/browser/", word: "measure", why: "the verb: the browser test measures pixels and long tasks (and calls canvas measureText)" },
];

/** The names in one source text that hold a retired word, as [line, name]. */
export function retiredNames(fileName: string, source: string, words: readonly string[] = RETIRED.map((r) => r.word)): [number, string][] {
  const pattern = new RegExp(words.join("|"), "i");
  // Most files hold no retired word at all, not even in a comment: those need no parse.
  if (words.length === 0 || !pattern.test(source)) return [];
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const hits: [number, string][] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && pattern.test(node.text)) {
      hits.push([sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, node.text]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return hits;
}

/** Every file and folder under dir, as paths relative to the repository. */
function entries(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    const rel = relative(ROOT, p).split("\\").join("/");
    return statSync(p).isDirectory() ? [`${rel}/`, ...entries(p)] : [rel];
  });
}

/** The retired words that may stand in a path (by the allow-list). */
const allowedIn = (path: string) => ALLOWED.filter((a) => path.startsWith(a.folder)).map((a) => a.word);

describe("one word per concept", () => {
  it("finds a retired word in a name, in any case, and leaves comments and strings alone", () => {
    const planted = [
      "const actualsX = 1;",
      "function classifyMeasure(): void {}",
      "// the prognosis for example, in a comment",
      'const code = "prognosis.history";',
      "interface A { Disposition: number }",
      "const a = <Overview example={1} />;",
    ].join("\n");
    expect(retiredNames("planted.tsx", planted)).toEqual([
      [1, "actualsX"], [2, "classifyMeasure"], [5, "Disposition"], [6, "Overview"], [6, "example"],
    ]);
    expect(retiredNames("planted.ts", "const booked = 1; const measureText = 2;", ["actuals"])).toEqual([]);
  });

  it("no name in src/ or test/ uses a retired synonym (docs/glossary.md)", () => {
    const found: string[] = [];
    for (const path of [...entries(join(ROOT, "src")), ...entries(join(ROOT, "test"))]) {
      const words = RETIRED.map((r) => r.word).filter((w) => !allowedIn(path).includes(w));
      const name = path.replace(/\/$/, "").split("/").pop()!;
      const inName = words.filter((w) => name.toLowerCase().includes(w));
      if (inName.length > 0) found.push(`${path} (file name: ${inName.join(", ")})`);
      if (!/\.(ts|tsx|js|mjs)$/.test(path) || path.includes("/__snapshots__/")) continue;
      for (const [line, id] of retiredNames(path, readFileSync(join(ROOT, path), "utf8"), words)) {
        const r = RETIRED.find((x) => id.toLowerCase().includes(x.word))!;
        found.push(`${path}:${line} ${id} (use ${r.use})`);
      }
    }
    expect(found).toEqual([]);
  });

  it("docs/glossary.md names the same retired words as this test", () => {
    const glossary = readFileSync(join(ROOT, "docs/glossary.md"), "utf8");
    const line = glossary.split("\n").find((l) => l.startsWith("Retired words"));
    const listed = [...(line ?? "").matchAll(/`([a-z]+)`/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(RETIRED.map((r) => r.word).sort());
  });

  it("every allow-listed folder still exists (a stale entry would hide a new folder of that name)", () => {
    for (const a of ALLOWED) expect([a.folder, statSync(join(ROOT, a.folder)).isDirectory()]).toEqual([a.folder, true]);
  });
});
