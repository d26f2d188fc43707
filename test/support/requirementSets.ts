// Which Office.js member the add-in calls, and in which requirement set it came: read with the
// TypeScript compiler from src/ against @types/office-js, whose JSDoc carries each member's
// "[Api set: ExcelApi 1.x]" (the same tag Microsoft's reference pages show, e.g.
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetchangedeventargs). A member
// is found by the symbol the type checker resolves, not by its name, so `ws.protection` and
// `range.format.protection` are told apart, and a member reached through our own interface is not
// (type event arguments as Excel's own, as src/excel/autoRefresh.ts does).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export const ROOT = join(__dirname, "..", "..");

export interface MemberUse {
  /** "Excel.Worksheet.customProperties" */
  member: string;
  /** "ExcelApi" */
  set: string;
  /** "1.12" */
  version: string;
  /** src/ files that use it, relative to the repository. */
  files: string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(f) && !f.endsWith(".d.ts") ? [p] : [];
  });
}

/** "Excel.Worksheet.customProperties": the declaration's own name inside its interfaces and namespaces (a Pick<> of ours keeps Excel's declaration). */
function qualifiedName(decl: ts.Declaration): string {
  const parts: string[] = [];
  for (let n: ts.Node | undefined = decl; n; n = n.parent) {
    const name = (n as { name?: ts.Node }).name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) && !ts.isSourceFile(n) && !(ts.isModuleDeclaration(n) && ts.isStringLiteral(name))) parts.unshift(name.text);
  }
  return parts.join(".");
}

const API_SET = /\[\s*Api set:\s*([A-Za-z]+)\s+(\d+\.\d+)/i;

/** The other hosts' namespaces in @types/office-js: from the first of them to the end of the file. */
const OTHER_HOSTS = /\b(Word|OneNote|Visio|PowerPoint)\./;
const FIRST_OTHER_HOST = "\ndeclare namespace Word {";

/**
 * A compiler host that reads @types/office-js without the namespaces of Word, OneNote, Visio and
 * PowerPoint, which follow Office, OfficeExtension, OfficeCore and Excel in its one file (half of its
 * 8,8 MB). An Excel add-in names none of them; when a source file does, it gets the whole file.
 */
function excelOnlyHost(options: ts.CompilerOptions, files: readonly string[]): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  if (files.some((f) => OTHER_HOSTS.test(readFileSync(f, "utf8")))) return host;
  const read = host.getSourceFile;
  host.getSourceFile = (name, language, onError, create) => {
    if (!name.replace(/\\/g, "/").endsWith("@types/office-js/index.d.ts")) return read(name, language, onError, create);
    const text = readFileSync(name, "utf8");
    const cut = text.indexOf(FIRST_OTHER_HOST);
    return ts.createSourceFile(name, cut < 0 ? text : text.slice(0, cut), language);
  };
  return host;
}

/** Every member of @types/office-js used in src/ with its Api set (members without a tag are left out). */
export function officeMembersUsed(): MemberUse[] {
  // Only a file that names Office.js can reach its types (the layers keep the host in the adapters;
  // ESLint keeps the task pane's .tsx files from it but index.tsx, which names only Office.onReady).
  // Imports are not followed: the members resolve through the Excel.* types the adapter declares,
  // and leaving React, Fluent UI and our other layers unchecked keeps this a few seconds.
  const files = sourceFiles(join(ROOT, "src")).filter((f) => /\b(Excel|Office|CustomFunctions)\./.test(readFileSync(f, "utf8")));
  const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  // Without the DOM's 1,9 MB of types either: every member found is Office.js's, reached through Office.js's
  // own types (the same 141 members and files with and without it; the committed table in
  // docs/requirement-sets.md makes a member that stopped being found show).
  const options = { ...parsed.options, lib: ["lib.es2022.d.ts"], noEmit: true, noResolve: true, types: ["office-js", "custom-functions-runtime"], skipLibCheck: true };
  const program = ts.createProgram(files, options, excelOnlyHost(options, files));
  const checker = program.getTypeChecker();
  const found = new Map<string, MemberUse>();

  const visit = (node: ts.Node, file: string) => {
    if (ts.isPropertyAccessExpression(node) || ts.isQualifiedName(node)) {
      const name = ts.isPropertyAccessExpression(node) ? node.name : node.right;
      const symbol = checker.getSymbolAtLocation(name);
      const decl = symbol?.declarations?.[0];
      if (symbol && decl && decl.getSourceFile().fileName.includes("@types/office-js/")) {
        // The tag sits in a @remarks tag on most members and in the comment's body on a few (Excel.createWorkbook).
        const tags = [ts.displayPartsToString(symbol.getDocumentationComment(checker)), ...symbol.getJsDocTags(checker).map((t) => ts.displayPartsToString(t.text))].join("\n");
        const m = API_SET.exec(tags);
        if (m) {
          const member = qualifiedName(decl);
          const use = found.get(member) ?? { member, set: m[1], version: m[2], files: [] };
          if (!use.files.includes(file)) use.files.push(file);
          found.set(member, use);
        }
      }
    }
    ts.forEachChild(node, (n) => visit(n, file));
  };
  for (const f of files) {
    visit(program.getSourceFile(f)!, relative(ROOT, f).split("\\").join("/"));
  }
  return [...found.values()].sort((a, b) => a.member.localeCompare(b.member));
}

/** "1.9" < "1.12": versions compared as numbers, part by part. */
export function versionAbove(a: string, b: string): boolean {
  const [a1, a2] = a.split(".").map(Number), [b1, b2] = b.split(".").map(Number);
  return a1 !== b1 ? a1 > b1 : a2 > b2;
}

/** The manifest's <Set Name=… MinVersion=…/> entries. */
export function manifestSets(): Map<string, string> {
  const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  return new Map([...xml.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\s*\/>/g)].map((m) => [m[1], m[2]]));
}

/**
 * Whether a file asks the host for the set: `isSetSupported("ExcelApi", "1.14")`, or
 * `isSetSupported(X.name, X.version)` with `const X = { name: "ExcelApi", version: "1.14" }` in the file.
 */
export function asksFor(text: string, set: string, version: string): boolean {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (new RegExp(`isSetSupported\\(\\s*"${esc(set)}"\\s*,\\s*"${esc(version)}"\\s*\\)`).test(text)) return true;
  for (const m of text.matchAll(/isSetSupported\(\s*(\w+)\.name\s*,\s*\1\.version\s*\)/g)) {
    if (new RegExp(`const ${m[1]}\\s*=\\s*\\{\\s*name:\\s*"${esc(set)}",\\s*version:\\s*"${esc(version)}"\\s*\\}`).test(text)) return true;
  }
  return false;
}

export interface GuardedSet {
  name: string;
  version: string;
  members: readonly string[];
  without: string;
}

/**
 * What is wrong with the members used: one above the manifest's sets that is not listed with its
 * guard (src/flows/requirements.ts OPTIONAL_SETS), listed under another set, or used in a file that
 * does not ask isSetSupported for that set's version; a listed member no longer used; a fallback
 * that is not Danish.
 */
export function requirementProblems(uses: readonly MemberUse[], manifest: ReadonlyMap<string, string>, optional: readonly GuardedSet[], readFile: (file: string) => string): string[] {
  const problems: string[] = [];
  const listed = new Map(optional.flatMap((o) => o.members.map((m) => [m, o] as const)));
  for (const u of uses) {
    const declared = manifest.get(u.set);
    if (declared !== undefined && !versionAbove(u.version, declared)) continue;
    const o = listed.get(u.member);
    if (!o) {
      problems.push(`${u.member} (${u.set} ${u.version}) er over manifestets ${u.set} ${declared ?? "(ikke erklæret)"} og står ikke i OPTIONAL_SETS med en kontrol og et dansk alternativ (${u.files.join(", ")})`);
      continue;
    }
    if (o.name !== u.set || o.version !== u.version) problems.push(`${u.member} hører til ${u.set} ${u.version}, ikke ${o.name} ${o.version}`);
    for (const f of u.files) {
      const text = readFile(f);
      if (!asksFor(text, u.set, u.version)) problems.push(`${f} bruger ${u.member} (${u.set} ${u.version}) uden isSetSupported("${u.set}", "${u.version}")`);
    }
  }
  const used = new Set(uses.map((u) => u.member));
  for (const o of optional) {
    for (const m of o.members) if (!used.has(m)) problems.push(`${m} står i OPTIONAL_SETS, men bruges ikke`);
    if (!/[æøå]/i.test(o.without) || o.without.length < 40) problems.push(`${o.name} ${o.version}: alternativet skal forklares på dansk`);
  }
  return problems;
}

/** docs/requirement-sets.md, generated from the members used. */
export function requirementSetsDoc(uses: readonly MemberUse[], manifest: ReadonlyMap<string, string>, optional: readonly GuardedSet[]): string {
  const bySet = new Map<string, number>();
  for (const u of uses) bySet.set(`${u.set} ${u.version}`, (bySet.get(`${u.set} ${u.version}`) ?? 0) + 1);
  const sets = [...bySet].sort((a, b) => {
    const [an, av] = a[0].split(" "), [bn, bv] = b[0].split(" ");
    return an !== bn ? an.localeCompare(bn) : versionAbove(av, bv) ? 1 : versionAbove(bv, av) ? -1 : 0;
  });
  const lines = [
    "# Requirement sets: every Office.js member the add-in calls",
    "",
    "Generated by `test/manifest/requirementSets.test.ts` from `src/` and the `[Api set: …]` tags of",
    "`@types/office-js` (the same tags Microsoft's reference pages show); the test fails when this file",
    "is out of date (`UPDATE_REQUIREMENT_SETS=1 npx jest test/manifest/requirementSets.test.ts` writes",
    "it) and when `src/` uses a member above the manifest's sets without an `isSetSupported` guard and a",
    "Danish fallback (`src/flows/requirements.ts`, `OPTIONAL_SETS`). Which Excel versions have which",
    "set: [Excel JavaScript API requirement sets](https://learn.microsoft.com/en-us/javascript/api/requirement-sets/excel/excel-api-requirement-sets).",
    "",
    `The manifest declares ${[...manifest].map(([n, v]) => `${n} ${v}`).join(", ")}; Office does not offer the add-in on a host without them.`,
    "",
    "## Above the manifest, behind a guard",
    "",
    "| Set | Members | Without it (what the user gets) |",
    "|---|---|---|",
    ...optional.map((o) => `| ${o.name} ${o.version} | ${o.members.map((m) => `\`${m}\``).join(", ")} | ${o.without} |`),
    "",
    "## Members per set",
    "",
    "| Set | Members used |",
    "|---|---|",
    ...sets.map(([s, n]) => `| ${s} | ${n} |`),
    "",
    "## Every member",
    "",
    "| Office.js member | Api set | Used in |",
    "|---|---|---|",
    ...uses.map((u) => `| \`${u.member}\` | ${u.set} ${u.version} | ${u.files.map((f) => `\`${f}\``).join(", ")} |`),
    "",
  ];
  return lines.join("\n");
}
