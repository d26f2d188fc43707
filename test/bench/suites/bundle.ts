// Bundle sizes from a fresh production build (a stale dist/ would measure yesterday's bundle): dist/
// is built again unless it is newer than every source file and build setting (CI's quick bench runs
// right after `npm run build`, and a second build would double the slowest part of it).
// "Initial JS" is every script taskpane.html loads from our origin — the task pane and the custom
// functions, which the shared runtime loads on the same page — read from the built HTML itself.
import { execSync } from "child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import path from "path";
import { gzipSync } from "zlib";
import { bundleScripts } from "../../support/freshBundle";
import { benchCount } from "../bench";

const dist = path.resolve("dist");
/** The newest modification time of the files under `dir` (recursively). */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** dist/ was built after the last change to the sources, the assets, the manifest and the build settings. */
function distIsFresh(): boolean {
  const html = path.join(dist, "taskpane.html");
  if (!existsSync(html)) return false;
  const inputs = [newest("src"), newest("assets"), ...["manifest.xml", "webpack.config.js", "package-lock.json", "tsconfig.json"].map((f) => statSync(f).mtimeMs)];
  return statSync(html).mtimeMs > Math.max(...inputs);
}

let built = false;
function build(): void {
  if (built) return;
  if (!distIsFresh()) execSync("npx webpack --mode production", { stdio: "ignore" });
  built = true;
}
const gzipKb = (file: string) => gzipSync(readFileSync(path.join(dist, file))).length / 1024;

/** The scripts of taskpane.html that come from our own origin (Office's office.js is not ours). */
function initialScripts(): string[] {
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  // The production build minifies the HTML, attribute quotes included: src=taskpane.js.
  return [...html.matchAll(/<script\b[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^https?:/.test(src));
}

benchCount({
  name: "Bundle: initial JS i opgaveruden (gzip)",
  work: "alle scripts taskpane.html indlæser fra vores eget origin (opgaverude + brugerdefinerede funktioner), gzip",
  unit: "KB",
  budget: 400,
  measure: () => {
    build();
    const files = initialScripts();
    if (files.length === 0) throw new Error("taskpane.html indlæser ingen scripts fra vores origin");
    return { value: files.reduce((s, f) => s + gzipKb(f), 0), note: files.join(" + ") };
  },
});

benchCount({
  name: "Bundle: brugerdefinerede funktioner (gzip)",
  work: "functions.[hash].js alene, gzip",
  unit: "KB",
  budget: 60,
  measure: () => {
    build();
    return gzipKb(bundleScripts(dist).functions);
  },
});
