// The add-in's production bundle built afresh from the current sources, for tests that inspect what
// ships: `dist/` may be stale or missing, so it is never read. Built once per test process into a
// temp dir (shared by every caller in that process). Two things keep it fast:
// - webpack's filesystem cache (per checkout, in the temp dir): webpack re-validates every cached
//   module against the file on disk, so the output is always the current code, but an unchanged
//   module is not compiled again;
// - no minification (terser is most of a cold build's time). Terser only renames locals and drops
//   dead code; it never creates a call, and browser API names are globals it cannot rename, so a
//   scan of the unminified bundle sees everything a scan of the minified one would, and more. The
//   HTML page is still minified as in `npm run build` (html-webpack-plugin minifies in production).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

// Runs in a plain Node child: webpack loaded through jest's module registry is slow and sees jest's
// globals. argv: root, output dir, cache dir.
const BUILD = `
const path = require("path");
const webpack = require("webpack");
const [root, out, cacheDirectory] = process.argv.slice(1);
const configFile = path.join(root, "webpack.config.js");
Promise.resolve(require(configFile)({}, { mode: "production" })).then((config) => {
  config.output = { ...config.output, path: out };
  config.optimization = { ...config.optimization, minimize: false };
  config.cache = { type: "filesystem", cacheDirectory, buildDependencies: { config: [configFile] } };
  const compiler = webpack(config);
  compiler.run((err, stats) => {
    const failed = err || stats.hasErrors();
    if (failed) console.error(err ? String(err) : stats.toString("errors-only"));
    // Closing stores the cache.
    compiler.close(() => process.exit(failed ? 1 : 0));
  });
});
`;

let built: string | undefined;

/** Directory holding taskpane.html, taskpane.js and functions.js built from the current sources. */
export function freshBundle(): string {
  if (built) return built;
  const out = mkdtempSync(join(tmpdir(), "styringsark-bundle-"));
  const key = createHash("sha256").update(ROOT).digest("hex").slice(0, 12);
  const cache = join(tmpdir(), `styringsark-webpack-cache-${key}`);
  execFileSync(process.execPath, ["-e", BUILD, ROOT, out, cache], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  built = out;
  return out;
}
