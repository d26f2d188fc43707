// What a person sees at the narrowest task pane: with the example tables inserted (Kom i gang) and
// each panel's first step taken, every panel is shown at 320, 350 and 500 px and measured — the navigation
// takes one row (its overflow menu included), no element is wider than the room it has
// (scrollWidth ≤ clientWidth), and no select cuts an option's text. Screenshots go to
// test-output/layout/, the figures to test-output/layout/figures.json. Needs /usr/bin/chromium.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import type http from "http";
import type { AddressInfo } from "net";
import os from "os";
import path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { bundle, launch, openPanel, ROOT, serve } from "./page";

const OUT = path.join(ROOT, "test-output", "layout");
const PANELS = ["Oversigt", "Disponeringsark", "Opdatér måned", "Økonomitjek", "Prognose", "Budgetbemærkninger", "Overblik", "Budgetmodel", "Døgnskema"];

interface Measure {
  /** Distinct rows the navigation's visible controls stand on. */
  navRows: number;
  /** Elements whose content is wider than their box, as "tag.class: scrollWidth>clientWidth". */
  overflowing: string[];
  /** Selects with an option whose text is wider than the select's text box: "label: option". */
  cutSelects: string[];
}

/** Measures the navigation and the shown panel (runs in the page). */
function measure(page: Page, panel: string): Promise<Measure> {
  return page.evaluate((name) => {
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    const nav = document.querySelector("nav")!;
    const controls = [...nav.querySelectorAll('[role="tab"], button')].filter(visible);
    // Controls of different heights stand on one row when they overlap vertically.
    let navRows = 0;
    let rowBottom = -Infinity;
    for (const r of controls.map((c) => c.getBoundingClientRect()).sort((a, b) => a.top - b.top)) {
      if (r.top >= rowBottom - 1) {
        navRows++;
        rowBottom = r.bottom;
      } else rowBottom = Math.max(rowBottom, r.bottom);
    }
    const region = document.querySelector(`section[aria-label="${name}"]:not([hidden])`)!;
    const scope = [document.querySelector("main")!, nav, ...region.querySelectorAll("*")];
    const overflowing = scope
      .filter((e) => visible(e) && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0)
      // An element that scrolls on purpose (the problem list's overflow-y) is not cut text; one whose
      // overflow-x hides what does not fit is.
      .filter((e) => getComputedStyle(e).overflowX !== "auto" && getComputedStyle(e).overflowX !== "scroll")
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.className).split(" ")[0]}: ${e.scrollWidth}>${e.clientWidth}`);
    const canvas = document.createElement("canvas").getContext("2d")!;
    const cutSelects: string[] = [];
    for (const select of [...region.querySelectorAll("select")].filter(visible)) {
      const s = getComputedStyle(select);
      canvas.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
      const room = select.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      const labelledBy = document.getElementById(select.getAttribute("aria-labelledby")?.split(" ")[0] ?? "");
      const label = select.labels?.[0]?.textContent ?? labelledBy?.textContent ?? select.getAttribute("aria-label") ?? select.id;
      for (const o of select.options) {
        if (canvas.measureText(o.text).width > room) cutSelects.push(`${label}: ${o.text}`);
      }
    }
    return { navRows, overflowing, cutSelects };
  }, panel);
}

/** The first step of each panel, so what it shows after that is measured too. */
async function firstStep(page: Page, name: string): Promise<void> {
  const region = page.getByRole("region", { name });
  if (name === "Disponeringsark") {
    await region.getByLabel("Kilde (sagsliste)").selectOption("Sager");
    await region.getByRole("button", { name: "Læs kilden" }).click();
    await region.getByText(/^\d+ rækker: \d+ sager bruges/).waitFor({ timeout: 120000 });
    await region.getByRole("region", { name: "Kontrol af sagerne" }).screenshot({ path: path.join(OUT, "kontrol.png") });
  } else if (name === "Prognose") {
    await region.getByRole("button", { name: "Læs tabellerne" }).click();
    await region.getByRole("status").filter({ hasText: /konti læst/ }).waitFor({ timeout: 120000 });
  } else if (name === "Budgetbemærkninger") {
    await region.getByRole("button", { name: "Skriv budgetbemærkninger" }).click();
    const text = region.getByRole("region", { name: "Teksten pr. område" });
    await text.waitFor({ timeout: 120000 });
    // Each område its own block, a gap apart: "…114,6 mio. kr.Der forventes…" never runs together.
    const gaps = await text.locator("p").evaluateAll((ps) => ps.slice(1).map((p, i) => p.getBoundingClientRect().top - ps[i].getBoundingClientRect().bottom));
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.filter((g) => g < 8)).toEqual([]);
  }
}

const onGenerate = (page: Page) => page.evaluate(() => document.activeElement?.textContent === "Generér");

/**
 * Key presses from Læs kilden until Generér has the focus (Disponeringsark read): by Tab alone, and
 * by Tab to the skip link and Enter on it.
 */
async function keysToGenerate(page: Page): Promise<{ tabOnly: number; bySkipLink: number }> {
  const read = page.getByRole("region", { name: "Disponeringsark" }).getByRole("button", { name: "Læs kilden" });
  await read.focus();
  let tabOnly = Infinity;
  for (let presses = 1; presses <= 200 && tabOnly === Infinity; presses++) {
    await page.keyboard.press("Tab");
    if (await onGenerate(page)) tabOnly = presses;
  }
  await read.focus();
  let bySkipLink = Infinity;
  for (let presses = 1; presses <= 10 && bySkipLink === Infinity; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.textContent?.startsWith("Spring kolonnerne over"))) {
      await page.keyboard.press("Enter");
      if (await onGenerate(page)) bySkipLink = presses + 1;
    }
  }
  return { tabOnly, bySkipLink };
}

describe("the task pane's layout at 320, 350 and 500 px", () => {
  let dir: string;
  let server: http.Server;
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "styringsark-layout-"));
    await bundle(dir);
    server = await serve(dir);
    browser = await launch(path.join(dir, "profile"), 320, 700);
    page = browser.pages()[0] ?? (await browser.newPage());
    // An empty workbook: the example tables of Kom i gang are all there is.
    await page.addInitScript(() => void ((window as unknown as { __fakeTables: unknown[] }).__fakeTables = []));
    mkdirSync(OUT, { recursive: true });
  }, 600000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  it("fits every panel in one row of navigation, without overflow or cut selects", async () => {
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.getByText("Arbejdsbog: Børn og unge 2025.xlsx").waitFor();
    await page.getByRole("button", { name: "Indsæt eksempeltabeller" }).click();
    await page.getByRole("status").filter({ hasText: /^\d+ eksempeltabeller/ }).waitFor({ timeout: 120000 });
    const figures: Record<string, Record<string, Measure>> = { 320: {}, 350: {}, 500: {} };
    // 320 and 350 px are the pane's usual widths; 500 px is a pane dragged wider, where nothing may
    // stretch out of place either.
    for (const width of [320, 350, 500]) {
      await page.setViewportSize({ width, height: 700 });
      for (const [i, name] of PANELS.entries()) {
        await openPanel(page, name);
        if (width === 320) await firstStep(page, name);
        await page.screenshot({ path: path.join(OUT, `${width}px-${String(i + 1).padStart(2, "0")}-${name}.png`), fullPage: true });
        figures[width][name] = await measure(page, name);
      }
    }
    // The menu by keyboard alone: Tab reaches "Flere", Enter opens it, an arrow key walks it, Enter
    // opens the panel chosen, which then stands as the selected tab in the row.
    await page.setViewportSize({ width: 320, height: 700 });
    await openPanel(page, "Oversigt");
    await page.getByRole("tab", { name: "Oversigt" }).focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Flere \(\d\)$/);
    await page.keyboard.press("Enter");
    await page.getByRole("menu").waitFor();
    // The menu fades in: the picture is taken once its animations are done.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    await page.screenshot({ path: path.join(OUT, "320px-menu.png") });
    await page.keyboard.press("ArrowDown");
    const chosen = (await page.evaluate(() => document.activeElement?.textContent)) ?? "";
    expect(PANELS).toContain(chosen);
    await page.keyboard.press("Enter");
    await page.getByRole("region", { name: chosen, exact: true }).waitFor();
    expect(await page.getByRole("tab", { name: chosen, exact: true }).getAttribute("aria-selected")).toBe("true");

    await openPanel(page, "Disponeringsark");
    const keys = await keysToGenerate(page);
    writeFileSync(path.join(OUT, "figures.json"), JSON.stringify({ keysFromReadToGenerate: keys, ...figures }, null, 2));

    const all = Object.values(figures).flatMap((byPanel) => Object.values(byPanel));
    expect(all.map((m) => m.navRows)).toEqual(all.map(() => 1));
    expect(all.flatMap((m) => m.overflowing)).toEqual([]);
    expect(all.flatMap((m) => m.cutSelects)).toEqual([]);
    // Past the column mapping's selects by the skip link (Tab, Enter), not by Tab through every one of them.
    expect(keys.bySkipLink).toBe(2);
  }, 600000);
});
