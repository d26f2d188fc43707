// Real browser: the built task pane runs in headless Chromium (playwright-core) against the test
// double of the workbook, and goes through pick source → fix a mapping → see and click a problem →
// generate. Needs /usr/bin/chromium (apt-get install -y chromium); run with `npm run test:browser`.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import http from "http";
import type { AddressInfo } from "net";
import os from "os";
import path from "path";
import webpack from "webpack";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { FakeCalls, FakeTable } from "./fakeActions";

const ROOT = path.resolve(__dirname, "../..");
const SCREENSHOT = path.join(ROOT, "test-output", "disponering-panel.png");

function bundle(outDir: string): Promise<void> {
  const compiler = webpack({
    mode: "development",
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
      else resolve();
    }),
  );
}

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, req.url === "/" ? "index.html" : path.normalize(req.url ?? "").replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": file.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8" }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const TABLE: FakeTable = {
  name: "Sager", sheet: "Sager", origin: { row: 0, col: 0 },
  values: [
    ["Cpr-nr.", "Navn", "Foranstaltning", "Konto", "Beløb pr. md.", "Startdato", "Stopdato", "Status"],
    ["010117-1001", "Anna", "Anbringelse", "5.28.23", "100.000", "01.01.2025", "", "aktuel"],
    ["020117-1002", "Bo", "Anbringelse", "5.28.23", "50.000", "01.01.2025", "30.06.2025", "aktuel"],
    ["030117-1003", "Clara", "Kontaktperson", "5.28.21", "10.000", "31.02.2025", "", "aktuel"],
    ["040117-1004", "Emil", "Kontaktperson", "5.28.21", "12.000", "01.03.2025", "", "forventet"],
  ],
};

describe("Disponeringsark in a real browser", () => {
  let dir: string;
  let server: http.Server;
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "styringsark-browser-"));
    await bundle(dir);
    writeFileSync(path.join(dir, "index.html"), '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Styringsark</title></head><body style="width:380px"><div id="root"></div><script src="harness.js"></script></body></html>');
    server = await serve(dir);
    // A fresh profile per run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(path.join(dir, "profile"), {
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"],
      viewport: { width: 350, height: 1100 },
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    await page.addInitScript((tables) => {
      (window as unknown as { __fakeTables: unknown }).__fakeTables = tables;
    }, [TABLE]);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  it("goes from the case table through a corrected mapping to both generated sheets", async () => {
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByText("Arbejdsbog: Børn og unge 2025.xlsx").waitFor();
    await page.getByRole("tab", { name: "Disponeringsark" }).click();

    // 1. Pick the source (the workbook's table is offered first) and read it.
    await page.getByLabel("Kilde (sagsliste)").selectOption("Sager");
    await page.getByRole("button", { name: "Læs kilden" }).click();
    await page.getByText("Vælg en kolonne til Takst.").waitFor();

    // 2. "Beløb pr. md." is not a known takst header: the user maps it.
    await page.locator("#kolonne-takst").selectOption({ label: "Beløb pr. md." });
    await page.getByText("4 rækker: 3 sager bruges, 1 række har fejl og er udeladt, 0 advarsler.").waitFor();

    // 3. The problem names the cell; clicking it selects that cell in Excel.
    const problems = page.getByRole("list", { name: "Problemer" }).getByRole("listitem");
    expect(await problems.allInnerTexts()).toEqual(["Fejl i F4: Række 4, Startdato: 31.02.2025 er ikke en gyldig dato"]);
    await problems.first().getByRole("button").click();

    // 4.–5. Budget year and generate; progress is shown while it runs.
    await page.getByLabel("Budgetår").fill("2025");
    await page.getByRole("button", { name: "Generér" }).click();
    await page.getByRole("progressbar").waitFor();
    await page.getByText('Færdig: "Disponering 2025" og "Nøgletal 2025" er skrevet med 3 sager.').waitFor();

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10000);

    const calls = await page.evaluate(() => (window as unknown as { __fakeCalls: FakeCalls }).__fakeCalls);
    expect(calls.selectCell).toEqual([{ sheet: "Sager", address: "F4" }]);
    const saved = JSON.parse(calls.saveSetting[calls.saveSetting.length - 1].value);
    expect(saved["tabellen Sager"].takst).toBe("Beløb pr. md.");
    expect(calls.generated.map((g) => [g.name, g.kind])).toEqual([["Disponering 2025", "disponering"], ["Nøgletal 2025", "noegletal"]]);
    // The first case row after sorting (Anbringelse, 5.28.23, 010117-1001); 01.01.2025 = serial 45658.
    expect(calls.generated[0].firstCaseRow).toEqual(["010117-1001", "Anna", "Anbringelse", "5.28.23", null, null, "aktuel", 100000, "måned", 45658, null]);
    expect(calls.generated[0].progress).toEqual([1 / 3, 2 / 3]);
  });
});
