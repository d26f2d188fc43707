// A real spreadsheet application opens the demo workbook and recalculates every native formula:
// LibreOffice (headless) converts each sheet to CSV after recalculating; no cell may be an error,
// and the Tabel 5.2 and Eksempel Kommune totals must equal what src/core computes.
import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { disposedAmount, yearEnd, yearStart } from "../../src/core";
import { buildDemoWorkbook, DEMO_YEAR } from "../../src/cli/demoWorkbook";
import { writeXlsxFile } from "../../src/xlsx";
import { parseCsv } from "../../src/cli/csv";

describe("demo workbook recalculated by LibreOffice", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "styringsark-lo-"));
  const sheets: Record<string, string[][]> = {};
  const demo = buildDemoWorkbook();

  beforeAll(async () => {
    const file = path.join(dir, "demo.xlsx");
    await writeXlsxFile(demo.specs, file);
    // Field separator ;, UTF-8 (76), formulas as results, every sheet (-1).
    execFileSync("soffice", ["--headless", "--calc", "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,1033,false,true,false,false,false,-1", "--outdir", dir, file], {
      stdio: "ignore",
      timeout: 180000,
      env: { ...process.env, HOME: dir },
    });
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".csv"))) {
      sheets[f.replace(/^demo-/, "").replace(/\.csv$/, "")] = parseCsv(readFileSync(path.join(dir, f), "utf8"));
    }
  }, 240000);

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

  it("gives Eksempel Kommune's forventet regnskab as core computes it", () => {
    const expected = disposedAmount(demo.cases, yearStart(DEMO_YEAR), yearEnd(DEMO_YEAR));
    expect(rowTotal(`Disponering ${DEMO_YEAR}`, "Aktuelle og forventede sager i alt")).toBeCloseTo(expected, 2);
  });
});
