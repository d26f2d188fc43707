// A stale figure always says so (docs/domain.md §7), in a real spreadsheet application: LibreOffice opens
// Disponering + Nøgletal, a user's edit is made there (a value typed, rows inserted — LibreOffice moves
// every reference as Excel does), and after recalculation the sheet must say it is out of date, or
// count the case, and show no error value. The edits are made by test/libreoffice/edits.py over UNO.
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { checksumTerm } from "../../src/core";
import { buildDisponering } from "../../src/sheets/disponering";
import { buildNoegletal } from "../../src/sheets/noegletal";
import { writeXlsxFile } from "../../src/xlsx/file";
import { recalculatingProfile } from "./lo";
import { smallKommune } from "../support/smallKommune";

type Value = { number?: number; text?: string; error?: string };
type Edit = { op: "set"; sheet: string; row: number; col: number; value: number | string | null } | { op: "insertRows"; sheet: string; row: number; count: number };

const YEAR = 2025;
const cases = smallKommune().map((c) => ({ ...c, konto: "5.28.20" }));
const d = buildDisponering({ year: YEAR, cases, generatedOn: 45000 }).layout;
const specs = (() => {
  const built = buildDisponering({ year: YEAR, cases, generatedOn: 45000 });
  return [built.spec, buildNoegletal({ year: YEAR, disponering: built.layout, generatedOn: 45000, budget: { amount: 900_000, source: "test" } }).spec];
})();
const n = buildNoegletal({ year: YEAR, disponering: d, generatedOn: 45000, budget: { amount: 900_000, source: "test" } }).layout;
const D = d.sheetName, N = n.sheetName;

/** A new case as a user types it into row `row`: cpr … stopdato. */
const typedCase = (row: number): Edit[] =>
  ["650190-1005", "Ny sag", "Plejefamilie", "5.28.20", null, null, "aktuel", 30000, "måned", 45717, null].map((value, col) => ({ op: "set", sheet: D, row, col, value }));

describe("the stale flag in LibreOffice", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "styringsark-stale-"));
  const file = path.join(dir, "stale.xlsx");
  const a = d.caseRows[0], b = d.caseRows.find((r) => r.caseRow.cpr !== a.caseRow.cpr)!;
  const scenarios: Record<string, Edit[]> = {
    "as written": [],
    "cpr swap": [
      { op: "set", sheet: D, row: a.row, col: d.cols.cpr, value: b.caseRow.cpr },
      { op: "set", sheet: D, row: b.row, col: d.cols.cpr, value: a.caseRow.cpr },
    ],
    "case in a row inserted among the cases": [{ op: "insertRows", sheet: D, row: d.casesFrom + 2, count: 1 }, ...typedCase(d.casesFrom + 2)],
    "case in a row inserted below the spare rows": [{ op: "insertRows", sheet: D, row: d.currentTotalRow, count: 1 }, ...typedCase(d.currentTotalRow)],
    "start date typed as text": [{ op: "set", sheet: D, row: a.row, col: d.cols.start, value: "01.03.2025" }],
  };
  const opdateret = [N, n.headline.opdateret.row, n.headline.opdateret.col] as const;
  const alert = [N, n.alertCell.row, n.alertCell.col] as const;
  const problems = [D, d.problemCountCell.row, d.problemCountCell.col] as const;
  const inserted = [D, d.unformulatedCountCell.row, d.unformulatedCountCell.col] as const;
  const insertedText = [D, d.unformulatedCountCell.row, d.unformulatedCountCell.col + 1] as const;
  const checks = d.caseRows.map((r) => [D, r.row, d.helperCols.check] as const);
  let out: Record<string, { cells: Record<string, Value>; errors: string[] }> = {};
  const at = (scenario: string, [s, r, c]: readonly [string, number, number]) => out[scenario].cells[`${s}!${r},${c}`];

  beforeAll(async () => {
    await writeXlsxFile(specs, file);
    recalculatingProfile(dir);
    const input = path.join(dir, "in.json"), result = path.join(dir, "out.json");
    writeFileSync(input, JSON.stringify({ read: [opdateret, alert, problems, inserted, insertedText, ...checks], scenarios: Object.entries(scenarios).map(([name, edits]) => ({ name, edits })) }));
    execFileSync("/usr/bin/python3", [path.join(__dirname, "edits.py"), file, input, result, dir], { stdio: "ignore", timeout: 600000 });
    out = JSON.parse(readFileSync(result, "utf8"));
  }, 660000);

  it("as written: up to date, every row's Kontrol value is core's, no error cell", () => {
    expect(at("as written", opdateret).number).toBe(1);
    expect([at("as written", inserted).number, at("as written", insertedText).text]).toEqual([0, ""]);
    expect(checks.map((c) => at("as written", c).number)).toEqual(d.caseRows.map((r) => checksumTerm(r.caseRow)));
    expect(out["as written"].errors).toEqual([]);
  });

  it("a swap of two cpr-numre makes the sheet say it is out of date", () => {
    expect(at("cpr swap", opdateret).number).toBe(0);
    expect(at("cpr swap", alert).text).toMatch(/^HÅP ER IKKE OPDATERET/);
    expect(out["cpr swap"].errors).toEqual([]);
  });

  it.each(["case in a row inserted among the cases", "case in a row inserted below the spare rows"])("%s: the sheet says it is out of date", (scenario) => {
    expect(at(scenario, opdateret).number).toBe(0);
    expect([at(scenario, inserted).number, at(scenario, insertedText).text]).toEqual([
      1, "1 indsat række uden arkets formler tælles ikke med: generér arket igen (eller åbn Styringsark, som gør det)",
    ]);
    expect(at(scenario, alert).text).toMatch(/^HÅP ER IKKE OPDATERET/);
    expect(out[scenario].errors).toEqual([]);
  });

  it("a start date typed as text: the row is counted as an error, the sheet says it is out of date, and no cell shows an error value", () => {
    expect(out["start date typed as text"].errors).toEqual([]);
    expect(at("start date typed as text", problems).number).toBe(1);
    expect(at("start date typed as text", opdateret).number).toBe(0);
  });
});
