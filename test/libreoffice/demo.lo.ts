// A real spreadsheet application opens the demo workbook and recalculates every native formula:
// LibreOffice (headless) converts each sheet to CSV after recalculating; no cell may be an error,
// the Tabel 5.2 and Eksempel Kommune totals must equal what src/core computes, and every result the
// file carries (cached values, as `npm run demo` writes them) equals LibreOffice's own.
import { mkdtempSync, readFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import path from "path";
import { disposedAmount, forventetRegnskabWithBooked, yearEnd, yearStart } from "../../src/core";
import { computeCachedValues } from "../../src/cli/cachedValues";
import { buildDemoWorkbook, DEMO_YEAR } from "../../src/cli/demoWorkbook";
import { colIndex } from "../../src/sheets/a1";
import { writeXlsxFile } from "../../src/xlsx/file";
import { cachedCsv, recalculatedCsv } from "./lo";
import { UPDATED_NAME } from "../../src/sheets/headline";
import { buildPrognoseDemo, demoBooked } from "../../src/cli/prognoseDemo";
import { buildDisponering } from "../../src/sheets/disponering";
import { arithmeticErrors, readParagraph } from "../support/budgetTextReader";

/** A number as LibreOffice's CSV shows it; date-formatted cells come as MM/DD/YYYY (→ serial). */
function csvNumber(text: string): number {
  const d = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (d) return Date.UTC(Number(d[3]), Number(d[1]) - 1, Number(d[2])) / 86400000 + 25569;
  // Percent-formatted cells come as "61.35…%".
  if (text.endsWith("%")) return Number(text.slice(0, -1)) / 100;
  // Number("") is 0: an empty LibreOffice cell must not pass for a cached 0 (nor the reverse).
  return text.trim() === "" ? NaN : Number(text);
}

/** Every formula cell of a written .xlsx with its cached result: sheet index → "row,col" → value. */
async function cachedResults(file: string, sheetCount: number): Promise<{ formulas: number; values: Map<string, { t: string; v: string | undefined }>[] }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  let formulas = 0;
  const values: Map<string, { t: string; v: string | undefined }>[] = [];
  for (let i = 0; i < sheetCount; i++) {
    const xml = (await zip.file(`xl/worksheets/sheet${i + 1}.xml`)?.async("string")) ?? "";
    const m = new Map<string, { t: string; v: string | undefined }>();
    for (const c of xml.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*)>(<f[^>]*\/>|<f[^>]*>[^<]*<\/f>)(?:<v>([^<]*)<\/v>)?<\/c>/g)) {
      formulas++;
      const t = /t="(\w+)"/.exec(c[3])?.[1] ?? "n";
      const v = c[5]?.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
      m.set(`${Number(c[2]) - 1},${colIndex(c[1])}`, { t, v });
    }
    values.push(m);
  }
  return { formulas, values };
}

describe("demo workbook recalculated by LibreOffice", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "styringsark-lo-"));
  const sheets: Record<string, string[][]> = {};
  const demo = buildDemoWorkbook();

  const file = path.join(dir, "demo.xlsx");

  beforeAll(async () => {
    await writeXlsxFile(demo.specs, file, { cachedValues: computeCachedValues(demo.specs) });
    Object.assign(sheets, recalculatedCsv(file, dir));
  }, 360000);

  it("stores a cached result for every formula, equal to LibreOffice's recalculated one", async () => {
    const { formulas, values } = await cachedResults(file, demo.specs.length);
    expect(formulas).toBeGreaterThan(10000);
    const missing: string[] = [];
    const differ: string[] = [];
    demo.specs.forEach((spec, i) => {
      const rows = sheets[spec.name];
      for (const [key, { t, v }] of values[i]) {
        const [r, c] = key.split(",").map(Number);
        const at = `${spec.name}!R${r + 1}C${c + 1}`;
        if (v === undefined) {
          missing.push(at);
          continue;
        }
        const lo = rows[r]?.[c] ?? "";
        if (t === "n") {
          const a = Number(v), b = csvNumber(lo);
          // Numbers to 1e-6 relative (LibreOffice writes up to 15 significant digits into the CSV).
          if (!(Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b)))) differ.push(`${at}: ${v} ≠ ${lo}`);
        } else if (t === "b") {
          if ((v === "1" ? "TRUE" : "FALSE") !== lo.toUpperCase()) differ.push(`${at}: ${v} ≠ ${lo}`);
        } else if (v !== lo) differ.push(`${at}: ${JSON.stringify(v)} ≠ ${JSON.stringify(lo)}`);
      }
    });
    expect(missing).toEqual([]);
    expect(differ.length + " " + differ.slice(0, 40).join("\n")).toEqual("0 ");
  });

  it("converts every sheet, and no cell is an error value", () => {
    expect(Object.keys(sheets).sort()).toEqual(demo.specs.map((s) => s.name).sort());
    for (const [name, rows] of Object.entries(sheets)) {
      const errors = rows.flatMap((r, i) => r.map((c, j) => ({ c, at: `${name}!R${i + 1}C${j + 1}` }))).filter((x) => /^(#[A-Z/0!?]+|Err:\d+)/.test(x.c));
      expect(errors).toEqual([]);
    }
  });

  /** The "Forventet regnskab" column of a labelled row (the header row names the column). */
  const rowTotal = (sheet: string, label: string) => {
    const rows = sheets[sheet];
    const col = rows.find((r) => r.includes("Forventet regnskab"))?.indexOf("Forventet regnskab") ?? -1;
    const row = rows.find((r) => r[0] === label);
    if (!row || col < 0) throw new Error(`Rækken "${label}" eller kolonnen "Forventet regnskab" findes ikke på ${sheet}`);
    return Number(row[col]);
  };

  it("gives Tabel 5.2's 2.450.000 and 3.900.000", () => {
    expect(rowTotal("Tabel 5.2 (2017)", "Aktuelle sager i alt")).toBeCloseTo(2450000, 2);
    expect(rowTotal("Tabel 5.2 (2017)", "Aktuelle og forventede sager i alt")).toBeCloseTo(3900000, 2);
  });

  it("writes a budget text that multiplies out, and LibreOffice's recalculated figures give its prices and split (docs/domain.md §4)", () => {
    const pkg = buildPrognoseDemo(demo.cases, demo.generatedOn);
    const bb = pkg.layouts.budgetbemaerkninger;
    const rows = sheets[bb.sheetName];
    const F = bb.figureCols, S = bb.splitCols;
    expect(bb.textRows).toHaveLength(2);
    bb.textRows.forEach((r, i) => {
      const text = rows[r][0];
      expect(text).toBe(pkg.figures.omraader[i].text);
      expect(arithmeticErrors(text)).toEqual([]);
      const read = readParagraph(text);
      const fig = (c: number) => Number(rows[bb.figureRows[i]][c]);
      const split = (c: number) => Number(rows[bb.splitRows[i]][c]);
      expect(fig(F.prisForventet)).toBeCloseTo(fig(F.forventet) / fig(F.haapForventet), 4);
      expect(Math.abs(read.prisForventet!.value - fig(F.prisForventet))).toBeLessThanOrEqual(0.5 + 1e-6);
      expect(Math.abs(read.prisBudget!.value - fig(F.prisBudget))).toBeLessThanOrEqual(0.5 + 1e-6);
      expect(Math.abs(read.split!.afvigelse - split(S.afvigelse))).toBeLessThanOrEqual(0.5 + 1e-6);
      expect(Math.abs(read.split!.maengde - split(S.maengde))).toBeLessThanOrEqual(0.5 + 1e-6);
      expect(Math.abs(read.split!.pris - split(S.pris))).toBeLessThanOrEqual(1 + 1e-6);
      expect(split(S.maengde) + split(S.pris)).toBeCloseTo(split(S.afvigelse), 4);
    });
  });

  it("gives Eksempel Kommune's forventet regnskab as core computes it", () => {
    const expected = disposedAmount(demo.cases, yearStart(DEMO_YEAR), yearEnd(DEMO_YEAR));
    expect(rowTotal(`Disponering ${DEMO_YEAR}`, "Aktuelle og forventede sager i alt")).toBeCloseTo(expected, 2);
    // One booked-months state: Disponering is booked through the month the prognose is made at (10),
    // and its forventet regnskab is booked jan–okt + disposed nov–dec.
    const booked = demoBooked();
    const d = buildDisponering({ year: DEMO_YEAR, cases: demo.cases, generatedOn: demo.generatedOn, booked: booked.byKonto, bookedMonths: booked.bookedMonths }).layout;
    expect(Number(sheets[d.sheetName][d.bookedMonthsCell.row][d.bookedMonthsCell.col])).toBe(buildPrognoseDemo(demo.cases, demo.generatedOn).figures.k);
    expect(Number(sheets[d.sheetName][d.grandTotalRow][d.totalCol])).toBeCloseTo(forventetRegnskabWithBooked(demo.cases, booked, DEMO_YEAR), 2);
  });
});

// A reader that trusts the file (LibreOffice's default, Protected View, previews) shows the cached
// results: every check that compares two of them must say up to date in a freshly written demo. With
// numbers cached to 11 significant digits, Nøgletal's checksum 2352347822606 was compared with a
// cached sum of 2352347822600, and five sheets said "IKKE OPDATERET" (docs/domain.md §3).
describe("demo workbook opened by LibreOffice without recalculation", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "styringsark-lo-cached-"));
  const sheets: Record<string, string[][]> = {};
  const demo = buildDemoWorkbook();

  beforeAll(async () => {
    const file = path.join(dir, "demo.xlsx");
    await writeXlsxFile(demo.specs, file, { cachedValues: computeCachedValues(demo.specs), generatedOn: demo.generatedOn });
    Object.assign(sheets, cachedCsv(file, dir));
  }, 360000);

  it("says up to date: Styringsark_opdateret is TRUE and no sheet shows a red out-of-date line", () => {
    const named = demo.specs.flatMap((s) => (s.names ?? []).filter((n) => n.name === UPDATED_NAME).map((n) => ({ sheet: s.name, ...n.rect })));
    expect(named).toHaveLength(1);
    const { sheet, row, col } = named[0];
    expect(sheets[sheet][row][col]).toBe("TRUE");
    const stale = Object.entries(sheets).flatMap(([name, rows]) =>
      rows.flatMap((r, i) => r.map((c, j) => ({ c, at: `${name}!R${i + 1}C${j + 1}` }))).filter((x) => /IKKE OPDATERET|er ikke dem, teksten er skrevet ud fra|findes ikke længere/.test(x.c)),
    );
    expect(stale.map((x) => x.at)).toEqual([]);
  });
});
