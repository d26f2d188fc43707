// Bundle sizes from a fresh production build (a stale dist/ would measure yesterday's bundle).
// "Initial JS" is every script taskpane.html loads from our origin — the task pane and the custom
// functions, which the shared runtime loads on the same page — read from the built HTML itself.
import { execSync } from "child_process";
import { readFileSync } from "fs";
import path from "path";
import { gzipSync } from "zlib";
import { bundleScripts } from "../../support/freshBundle";
import { benchCount } from "../bench";

const dist = path.resolve("dist");
let built = false;
function build(): void {
  if (built) return;
  execSync("npx webpack --mode production", { stdio: "ignore" });
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
