// What docs/architecture.md and docs/habits.md §7 promise about the import structure, checked on the
// code: no import circle anywhere in src/ (type-only imports included: a circle of types is still a
// knot a reader must untie), no `export *` (each index.ts names what it exports), and another
// folder is imported through its index.ts (ESLint's no-restricted-imports enforces it while editing;
// this test holds it for the whole tree). The layering itself is ESLint's (eslint.config.mjs).
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";
import ts from "typescript";

const SRC = join(__dirname, "../../src");

function sources(dir = SRC): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

const rel = (p: string) => relative(SRC, p).split("\\").join("/");

/** The files a file imports or re-exports from (relative specifiers only), type-only ones included. */
function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles
    .map((i) => i.fileName)
    .filter((s) => s.startsWith("."))
    .map((s) => {
      const base = resolve(dirname(file), s);
      return [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")].find((c) => existsSync(c)) ?? base;
    });
}

/** Every import circle of a graph, each as its files (Tarjan's strongly connected components of size > 1, or a self-import). */
export function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>(), low = new Map<string, number>(), stack: string[] = [], onStack = new Set<string>(), out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe("the import structure of src/", () => {
  const files = sources();
  const graph = new Map(files.map((f) => [f, importsOf(f)] as const));

  it("the circle finder finds a planted circle and its members only", () => {
    const planted = new Map([["cases", ["overgang", "calendar"]], ["overgang", ["overblik"]], ["overblik", ["cases"]], ["calendar", []], ["self", ["self"]]]);
    expect(circles(planted)).toEqual([["cases", "overblik", "overgang"], ["self"]]);
    expect(circles(new Map([["a", ["b"]], ["b", ["c"]], ["c", []]]))).toEqual([]);
  });

  it("has no import circle", () => {
    expect(circles(graph).map((c) => c.map(rel))).toEqual([]);
  });

  it("has no export * (each index.ts names its exports)", () => {
    expect(files.filter((f) => /^\s*export \* from/m.test(readFileSync(f, "utf8"))).map(rel)).toEqual([]);
  });

  it("imports another top folder through its index.ts only", () => {
    const top = (p: string) => rel(p).split("/")[0];
    const bypassing = files.flatMap((f) =>
      importsOf(f)
        .filter((t) => top(t) !== top(f) && !/^[a-z]+\/index\.tsx?$/.test(rel(t)))
        // The Node file writer is left out of the pure xlsx index (the task pane bundles that); the CLI imports it.
        .filter((t) => !(top(f) === "cli" && rel(t) === "xlsx/file.ts"))
        .map((t) => `${rel(f)} → ${rel(t)}`),
    );
    expect(bypassing).toEqual([]);
  });
});
