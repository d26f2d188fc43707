// Shared by the real-browser tests: bundle the harness page (the real App on the fake workbook),
// serve it on a loopback port, and start Debian's Chromium on a fresh profile.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "fs";
import http from "http";
import path from "path";
import webpack from "webpack";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");

/** Where the suite's global set-up built the harness once (see globalSetup.ts). */
export const HARNESS_DIR_ENV = "STYRINGSARK_HARNESS_DIR";
const HARNESS_FILES = ["harness.js", "index.html"];

/**
 * The harness page in `outDir`: copied from the one the suite's global set-up built, so the three
 * browser files do not each run the same webpack build; built here when a file runs without it.
 */
export async function bundle(outDir: string): Promise<void> {
  const built = process.env[HARNESS_DIR_ENV];
  if (built && HARNESS_FILES.every((f) => existsSync(path.join(built, f)))) {
    for (const f of HARNESS_FILES) copyFileSync(path.join(built, f), path.join(outDir, f));
    return;
  }
  await buildHarness(outDir);
}

/**
 * Builds the harness page (the real App on the fake workbook) into `outDir`, as a production bundle
 * like the add-in's (`npm run build`): React and Fluent without their development checks, which
 * made every task of the development bundle longer than the user's (the issue measured production).
 */
export function buildHarness(outDir: string): Promise<void> {
  const compiler = webpack({
    mode: "production",
    // Not minified: minifying only makes the file smaller and cost the build half a minute of CPU.
    optimization: { minimize: false },
    devtool: false,
    context: ROOT,
    entry: path.join(__dirname, "harness.tsx"),
    output: { path: outDir, filename: "harness.js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }] },
    performance: { hints: false },
  });
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else {
        writeFileSync(path.join(outDir, "index.html"), '<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Styringsark</title></head><body style="margin:0"><div id="root"></div><script src="harness.js"></script></body></html>');
        resolve();
      }
    }),
  );
}

export function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    // The query string chooses the page's workbook (?tom: an empty one), never the file.
    const pathname = (req.url ?? "").split("?")[0];
    const file = path.join(dir, pathname === "/" ? "index.html" : path.normalize(pathname).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": file.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8" }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export function launch(profileDir: string, width: number, height: number): Promise<BrowserContext> {
  // A fresh profile per run (playwright passes it as --user-data-dir).
  return chromium.launchPersistentContext(profileDir, {
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
    viewport: { width, height },
  });
}

/**
 * Shows a panel as a user does: its tab when the navigation shows it, else through the overflow menu
 * "Flere" (a narrow pane shows only the tabs that fit in one row).
 */
export async function openPanel(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByRole("button", { name: /^Flere/ }).click();
    await page.getByRole("menuitem", { name, exact: true }).click();
  }
  await page.getByRole("region", { name, exact: true }).waitFor();
}
