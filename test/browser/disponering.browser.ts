// Real browser: the built task pane runs in headless Chromium (playwright-core) against the test
// double of the workbook, and goes through pick source → fix a mapping → see and click a problem →
// generate. Needs /usr/bin/chromium (apt-get install -y chromium); run with `npm run test:browser`.
import { mkdirSync, mkdtempSync, rmSync, statSync } from "fs";
import type http from "http";
import type { AddressInfo } from "net";
import os from "os";
import path from "path";
import type { BrowserContext, Page } from "playwright-core";
import type { FakeCalls, FakeTable } from "./fakeActions";
import { bundle, launch, openPanel, ROOT, serve } from "./page";

const SCREENSHOT = path.join(ROOT, "test-output", "disponering-panel.png");

const TABLE: FakeTable = {
  name: "Sager", sheet: "Sager", origin: { row: 0, col: 0 },
  values: [
    ["Cpr-nr.", "Navn", "Foranstaltning", "Konto", "Beløb pr. md.", "Startdato", "Stopdato", "Status"],
    ["010117-4001", "Anna", "Anbringelse", "5.28.23", "100.000", "01.01.2025", "", "aktuel"],
    ["020117-4002", "Bo", "Anbringelse", "5.28.23", "50.000", "01.01.2025", "30.06.2025", "aktuel"],
    ["030117-4003", "Clara", "Kontaktperson", "5.28.21", "10.000", "31.02.2025", "", "aktuel"],
    ["040117-4004", "Emil", "Kontaktperson", "5.28.21", "12.000", "01.03.2025", "", "forventet"],
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
    server = await serve(dir);
    browser = await launch(path.join(dir, "profile"), 350, 1100);
    page = browser.pages()[0] ?? (await browser.newPage());
    await page.addInitScript((tables) => {
      (window as unknown as { __fakeTables: unknown }).__fakeTables = tables;
    }, [TABLE]);
    // Bundling on a loaded 2-core machine, next to the other browser file, can take minutes.
  }, 600000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  it("goes from the case table through a corrected mapping to both generated sheets", async () => {
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByText("Arbejdsbog: Børn og unge 2025.xlsx").waitFor();
    await openPanel(page, "Disponeringsark");

    // 1. Pick the source (the workbook's table is offered first) and read it.
    await page.getByLabel("Kilde (sagsliste)").selectOption("Sager");
    await page.getByRole("button", { name: "Læs kilden" }).click();
    await page.getByText("Vælg en kolonne til Takst.").waitFor();

    // 2. "Beløb pr. md." is not a known takst header: the user maps it.
    await page.locator("#kolonne-takst").selectOption({ label: "Beløb pr. md." });
    await page.getByText("4 rækker: 3 sager bruges, 1 række har fejl og er udeladt, 0 advarsler.").waitFor();

    // 3. The problem names the cell; clicking it selects that cell in Excel.
    const problems = page.getByRole("group", { name: "Problemer" }).getByRole("listitem");
    expect(await problems.allInnerTexts()).toEqual(["Fejl i F4: Række 4, Startdato: 31.02.2025 er ikke en gyldig dato"]);
    await problems.first().getByRole("button").click();

    // 4.–5. Budget year and generate; progress is shown while it runs.
    await page.getByLabel("Budgetår").fill("2025");
    await page.getByRole("button", { name: "Generér", exact: true }).click();
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
    // The first case row after sorting (Anbringelse, 5.28.23, 010117-4001); 01.01.2025 = serial 45658. The
    // open-ended anbringelse of a child born 01.01.2017 stops the day before the 18th birthday:
    // 31.12.2034 = serial 49309 (docs/domain.md §8).
    expect(calls.generated[0].firstCaseRow).toEqual(["010117-4001", "Anna", "Anbringelse", "5.28.23", null, null, "aktuel", 100000, "måned", 45658, 49309]);
    expect(calls.generated[0].progress).toEqual([1 / 3, 2 / 3]);
  });
});
