// Printing the demo (docs/domain.md §7, print and layout): LibreOffice reads every sheet's page setup as
// landscape and scaled to one page wide, and the whole demo prints as a PDF of at most 50 pages
// (it printed as 137 portrait pages before sheets carried a page setup).
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { buildDemoWorkbook } from "../../src/cli/demoWorkbook";
import { writeXlsxFile } from "../../src/xlsx";
import { recalculatingProfile } from "./lo";

describe("the demo workbook printed by LibreOffice", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "styringsark-print-"));
  const file = path.join(dir, "demo.xlsx");
  const demo = buildDemoWorkbook();

  beforeAll(async () => {
    await writeXlsxFile(demo.specs, file, { generatedOn: demo.generatedOn });
    recalculatingProfile(dir);
  }, 60000);

  it("prints in at most 50 pages", () => {
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, file], { stdio: "ignore", timeout: 300000, env: { ...process.env, HOME: dir } });
    const pdf = readFileSync(path.join(dir, readdirSync(dir).find((f) => f.endsWith(".pdf"))!), "latin1");
    // Each page object is "/Type /Page" (the page tree is "/Type /Pages").
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(demo.specs.length - 1);
    expect(pages).toBeLessThanOrEqual(50);
  }, 320000);

  it("reads every sheet as landscape and one page wide", () => {
    const out = path.join(dir, "pagestyles.json");
    execFileSync("/usr/bin/python3", [path.join(__dirname, "pageStyles.py"), file, out, dir], { stdio: "ignore", timeout: 300000 });
    const styles = JSON.parse(readFileSync(out, "utf8")) as Record<string, { pagesWide: number; landscape: boolean }>;
    expect(Object.keys(styles).sort()).toEqual(demo.specs.map((s) => s.name).sort());
    for (const [name, s] of Object.entries(styles)) expect({ name, ...s }).toEqual({ name, pagesWide: 1, landscape: true });
  }, 320000);
});
