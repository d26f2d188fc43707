// Printing the demo (docs/domain.md §7 "Printed pages are readable"): LibreOffice prints the demo to
// PDF and every word on paper is at least 8 pt, helper columns do not print, every text of a printed
// cell shows whole (none cut by its neighbour or the margin), and each sheet is landscape, one page
// wide only where it fits at 100 %, else at a fixed scale of at least 75 %.
// Measured with LibreOffice 7.4 and DejaVu Sans (no Calibri/Carlito on the machine): before this, the
// demo printed 40 pages with Disponering, Tabel 5.2 and Overblik at 3,0 pt (words 3,9 pt tall) and
// Prognose at 3,6 pt; now 103 pages, the smallest word 8,2 pt.
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { buildDemoWorkbook } from "../../src/cli/demoWorkbook";
import { sheetLayout } from "../../src/sheets/print";
import type { SheetSpec } from "../../src/sheets/spec";
import { writeXlsxFile } from "../../src/xlsx/file";
import { recalculatingProfile } from "./lo";

interface Word { text: string; height: number; y: number }

/** The words of each page of a PDF with their heights (pdftotext -bbox, poppler-utils). */
function pdfWords(pdf: string): Word[][] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, "&");
  return html.split("<page ").slice(1).map((page) =>
    [...page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({ text: unescape(m[3]), height: Number(m[2]) - Number(m[1]), y: Number(m[1]) })),
  );
}

function toPdf(file: string, dir: string): string {
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, file], { stdio: "ignore", timeout: 300000, env: { ...process.env, HOME: dir } });
  return file.replace(/\.xlsx$/, ".pdf");
}

/** The texts of the cells that print (in the print area, not in a hidden column). */
function printedTexts(spec: SheetSpec): string[] {
  const { area } = sheetLayout(spec).print;
  const hidden = new Set(spec.hiddenCols ?? []);
  const rows = area && "row" in area ? area.row + area.rows : Infinity;
  const cols = area ? ("row" in area ? area.col + area.cols : area.cols) : Infinity;
  const out: string[] = [];
  for (const b of spec.blocks) {
    if (b.kind !== "cells") continue;
    b.cells.forEach((cells, i) => cells.forEach((c, j) => {
      if (typeof c === "string" && c.trim() !== "" && b.row + i < rows && b.col + j < cols && !hidden.has(b.col + j)) out.push(c);
    }));
  }
  return out;
}

describe("the demo workbook printed by LibreOffice", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "styringsark-print-"));
  const file = path.join(dir, "demo.xlsx");
  const demo = buildDemoWorkbook();
  let pages: Word[][] = [];
  /** Height of a word of 11 pt text at 100 %, measured on a one-cell workbook (font ascent + descent). */
  let pointsPerHeight = 0;

  beforeAll(async () => {
    await writeXlsxFile(demo.specs, file, { generatedOn: demo.generatedOn });
    recalculatingProfile(dir);
    pages = pdfWords(toPdf(file, dir));
    const calDir = path.join(dir, "kalibrering");
    mkdirSync(calDir);
    const cal = path.join(calDir, "kalibrering.xlsx");
    await writeXlsxFile([{ name: "K", kind: "test", blocks: [{ kind: "cells", row: 0, col: 0, cells: [["Elleve"]] }], formats: [] }], cal, { generatedOn: demo.generatedOn });
    recalculatingProfile(calDir);
    const word = pdfWords(toPdf(cal, calDir))[0].find((w) => w.text === "Elleve")!;
    pointsPerHeight = 11 / word.height;
  }, 600000);

  /** The pages of a sheet: its name stands in the footer ("&A", the words below y 550 of the 595 pt page). */
  const pagesOf = (name: string) => pages.filter((p) => p.filter((w) => w.y > 550).map((w) => w.text).join(" ").startsWith(`${name} Side `));

  // 103 pages when the bound was set; 112 since the demo has Leverandører, Overblik's age groups and
  // Portefølje's comparison over time (Disponering 32, Økonomitjek 18, Overblik 10 are the longest).
  it("prints every sheet, in at most 115 pages (40 before, most of them unreadably small)", () => {
    for (const s of demo.specs) expect({ sheet: s.name, pages: pagesOf(s.name).length > 0 }).toEqual({ sheet: s.name, pages: true });
    expect(pages.length).toBeLessThanOrEqual(115);
  });

  it("prints no word smaller than 8 pt", () => {
    expect(pointsPerHeight).toBeGreaterThan(0.6);
    expect(pointsPerHeight).toBeLessThan(1);
    const small = demo.specs.flatMap((s) => {
      const sizes = pagesOf(s.name).flat().map((w) => w.height * pointsPerHeight);
      const min = Math.min(...sizes);
      return min < 8 ? [`${s.name}: ${min.toFixed(2)} pt`] : [];
    });
    expect(small).toEqual([]);
  });

  it("leaves Disponering's helper columns (Fejlkode, Kontrol, Fødselsdato) off the paper, keeps the row's error text", () => {
    const words = new Set(pagesOf("Disponering 2025").flat().map((w) => w.text));
    for (const gone of ["Fejlkode", "kontrolsummen)", "Fødselsdato"]) expect({ gone, printed: words.has(gone) }).toEqual({ gone, printed: false });
    expect(words.has("rækken")).toBe(true); // "Fejl i rækken"
    // The Kontrol numbers are 10 digits or more; a cpr-nummer prints with its dash.
    expect([...words].filter((w) => /^\d{10,}$/.test(w))).toEqual([]);
  });

  it("shows every printed text whole: no label cut by its neighbour or the margin", () => {
    // pdftotext joins the texts of two cells that touch into one word ("660624-4601Ella"), so a word of
    // the cell is looked for inside the page's text; a cut text lacks its last letters.
    const cut = demo.specs.flatMap((s) => {
      const text = pagesOf(s.name).flat().map((w) => w.text).join(" ");
      return printedTexts(s).flatMap((t) => t.split(/\s+/).filter((w) => w && !text.includes(w)).map((w) => `${s.name}: "${w}" in "${t.slice(0, 60)}"`));
    });
    expect(cut.slice(0, 30)).toEqual([]);
  });

  it("keeps Nøgletal's Hovedtal heading with its figures: it begins a page, never ends one", () => {
    const name = demo.specs.find((s) => s.kind === "noegletal")!.name;
    // A page's lines (its words grouped by height on the page), the footer left out.
    const lines = (page: Word[]) => [...new Set(page.filter((w) => w.y <= 550).map((w) => Math.round(w.y)))].sort((a, b) => a - b);
    const found = pagesOf(name).flatMap((page) => {
      const heading = page.find((w) => w.text === "Hovedtal");
      if (!heading) return [];
      const ys = lines(page);
      const at = ys.indexOf(Math.round(heading.y));
      return [{ linesAfter: ys.length - 1 - at, linesBefore: at }];
    });
    expect(found).toHaveLength(1);
    // The table's header row and the seven figures follow it on the same page.
    expect(found[0].linesAfter).toBeGreaterThanOrEqual(8);
    // Above it only the repeated title rows, if any: the section begins the page.
    const titles = sheetLayout(demo.specs.find((s) => s.name === name)!).print.titleRows;
    expect(found[0].linesBefore).toBeLessThanOrEqual(titles ? titles.last - titles.first + 1 : 0);
  });

  it("reads every sheet as landscape, one page wide only where it fits, else at 75 % or more", () => {
    const out = path.join(dir, "pagestyles.json");
    execFileSync("/usr/bin/python3", [path.join(__dirname, "pageStyles.py"), file, out, dir], { stdio: "ignore", timeout: 300000 });
    const styles = JSON.parse(readFileSync(out, "utf8")) as Record<string, { pagesWide: number; scale: number; landscape: boolean }>;
    expect(Object.keys(styles).sort()).toEqual(demo.specs.map((s) => s.name).sort());
    for (const spec of demo.specs) {
      const s = styles[spec.name];
      const fit = sheetLayout(spec).print.fit;
      const want = "pagesWide" in fit ? { pagesWide: 1 } : { pagesWide: 0, scale: fit.scale };
      expect({ name: spec.name, landscape: s.landscape, ...("pagesWide" in fit ? { pagesWide: s.pagesWide } : { pagesWide: s.pagesWide, scale: s.scale }) }).toEqual({ name: spec.name, landscape: true, ...want });
      if (!("pagesWide" in fit)) expect(fit.scale).toBeGreaterThanOrEqual(75);
    }
  }, 320000);
});
