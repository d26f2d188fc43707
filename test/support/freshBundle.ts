// The add-in's production bundle built from the current sources, for tests that inspect what ships.
// `dist/` is used when `npm run build` wrote it after the last change to any of the build's inputs
// (CI builds right before it tests, so the suite does not build a second time); otherwise, or when
// it is missing, the bundle is built once per test process into a temp dir. Two things keep that
// build fast:
// - webpack's filesystem cache (per checkout, in the temp dir): webpack re-validates every cached
//   module against the file on disk, so the output is always the current code, but an unchanged
//   module is not compiled again;
// - no minification (terser is most of a cold build's time). Terser only renames locals and drops
//   dead code; it never creates a call, and browser API names are globals it cannot rename, so a
//   scan of the unminified bundle sees everything a scan of the minified one would, and more. The
//   HTML page is still minified as in `npm run build` (html-webpack-plugin minifies in production);
// - SWC instead of ts-loader for our TypeScript (test/support/swcLoader.js; a cold build: ≈ 20 → 16
//   s CPU on a loaded machine). Both only strip types and lower JSX to the same runtime calls; neither
//   creates or removes a call, so the scan sees the same calls.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
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
const swcLoader = path.join(root, "test", "support", "swcLoader.js");
Promise.resolve(require(configFile)({}, { mode: "production" })).then((config) => {
  config.output = { ...config.output, path: out };
  config.optimization = { ...config.optimization, minimize: false };
  const typescript = config.module.rules.filter((r) => r.use && r.use.loader === "ts-loader");
  if (typescript.length !== 1) throw new Error("webpack.config.js har ikke én regel med ts-loader");
  typescript[0].use = { loader: swcLoader };
  config.cache = { type: "filesystem", cacheDirectory, buildDependencies: { config: [configFile, swcLoader] } };
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

/** What `npm run build` reads: sources, build configuration, assets and the installed packages. */
const INPUTS = ["src", "tools", "assets", "webpack.config.js", "tsconfig.json", "manifest.xml", "package.json", "package-lock.json", "node_modules/.package-lock.json"];
/** The outputs with fixed names (the scripts' names carry a content hash: see bundleScripts). */
const OUTPUTS = ["taskpane.html", "manifest.xml", "functions.json"];

/** The content-hashed scripts of a build: taskpane.[hash].js and functions.[hash].js. */
export function bundleScripts(dir: string): { taskpane: string; functions: string } {
  const files = readdirSync(dir);
  const find = (name: string) => {
    const hits = files.filter((f) => new RegExp(`^${name}\\.[0-9a-f]{16}\\.js$`).test(f));
    if (hits.length !== 1) throw new Error(`${dir} har ${hits.length} filer ${name}.[hash].js: ${files.join(", ")}`);
    return hits[0];
  };
  return { taskpane: find("taskpane"), functions: find("functions") };
}

/** The newest modification time of a file or of any file below a directory. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, f) => Math.max(m, newest(join(path, f))), s.mtimeMs);
}

/** `dist/` if every output of `npm run build` is there and newer than every input, else undefined. */
function currentDist(): string | undefined {
  const dist = join(ROOT, "dist");
  const outputs = OUTPUTS.map((f) => join(dist, f));
  if (!outputs.every((f) => existsSync(f))) return undefined;
  try {
    const { taskpane, functions } = bundleScripts(dist);
    outputs.push(join(dist, taskpane), join(dist, functions));
  } catch {
    return undefined;
  }
  const builtAt = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  const changedAt = Math.max(...INPUTS.map((f) => newest(join(ROOT, f))));
  return builtAt >= changedAt ? dist : undefined;
}

/** Directory holding taskpane.html, the hashed scripts and the manifest built from the current sources. */
export function freshBundle(): string {
  if (built) return built;
  const dist = currentDist();
  if (dist) return (built = dist);
  return (built = buildBundle());
}

const BUNDLE_PREFIX = "styringsark-bundle-";
/** A bundle dir this old belongs to no running test process (a build takes seconds, a suite minutes). */
const STALE_MS = 60 * 60 * 1000;
let swept = false;

/**
 * Removes the bundle dirs earlier test processes left in the temp dir (each process builds its own, and
 * a jest worker may be ended without running exit handlers): only old ones, so a suite running beside
 * this one keeps its bundle.
 */
function sweepOldBundles(): void {
  if (swept) return;
  swept = true;
  const now = Date.now();
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(BUNDLE_PREFIX)) continue;
    const path = join(tmpdir(), name);
    try {
      if (now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed by another process meanwhile, or not ours to remove: either way nothing to do.
    }
  }
}

/**
 * A production build (unminified, see above) into a new temp dir, with `env` added to the build's
 * environment (STYRINGSARK_URL …). Shares webpack's cache with every build of this checkout.
 */
export function buildBundle(env: Record<string, string> = {}): string {
  sweepOldBundles();
  const out = mkdtempSync(join(tmpdir(), BUNDLE_PREFIX));
  const key = createHash("sha256").update(ROOT).digest("hex").slice(0, 12);
  const cache = join(tmpdir(), `styringsark-webpack-cache-${key}`);
  execFileSync(process.execPath, ["-e", BUILD, ROOT, out, cache], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ...env } });
  return out;
}
