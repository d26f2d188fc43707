// A sheet's layout is known in one place (docs/adding-a-sheet.md): its builder writes it and the same
// file reads it back; its name comes from sheets/sheetNames.ts. This file pins both: the readers find
// a sheet of ours by what its builder wrote (also after the user inserted rows, also beside a user's
// sheet as "X (2)"), and no file outside src/sheets spells a label, a column or a sheet-name template
// of ours again.
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import type { Cell, SheetSpec } from "../../src/sheets/spec";
import { buildDisponering, readDisponeringBack } from "../../src/sheets/disponering";
import { buildNoegletal, readNoegletalBack } from "../../src/sheets/noegletal";
import { buildOverblik, readOverblikBack } from "../../src/sheets/overblik";
import type { Grid } from "../../src/sheets/grid";
import { YEAR_SHEET_NAMES, yearOfSheet } from "../../src/sheets/sheetNames";
import { smallKommune } from "../support/smallKommune";
import { WorkbookDouble } from "../support/workbookDouble";
import { refreshKeptFigures } from "../../src/flows/refresh";
import { casesChecksum } from "../../src/core";

/** The values a spec writes, as a grid (formulas as "=…" text), with `insertAt` rows inserted before row r. */
function gridOfSpec(spec: SheetSpec, insertAt: number[] = []): Grid & { put(row: number, col: number, v: unknown): void } {
  const cells = new Map<string, unknown>();
  let rows = 0;
  const shift = (r: number) => r + insertAt.filter((at) => at <= r).length;
  for (const b of spec.blocks) {
    if (b.kind !== "cells") continue;
    b.cells.forEach((line, i) => line.forEach((c: Cell, j) => {
      if (c === null || c === undefined) return;
      const r = shift(b.row + i);
      cells.set(`${r},${b.col + j}`, typeof c === "object" && "f" in c ? `=${c.f}` : c);
      rows = Math.max(rows, r + 1);
    }));
  }
  return { at: (r, c) => cells.get(`${r},${c}`), rows, put: (r, c, v) => cells.set(`${r},${c}`, v) };
}

const YEAR = 2025;
const cases = smallKommune().map((c) => ({ ...c, konto: "5.28.20" }));

describe("the builders read back what they wrote", () => {
  const d = buildDisponering({ year: YEAR, cases, generatedOn: 45000, booked: [{ konto: "5.28.20", months: [41000, 42000] }] });

  it("Disponering: every case, and the booked months per konto, also with rows inserted above the header and among the cases", () => {
    for (const insertAt of [[], [0, d.layout.headerRow, d.layout.casesFrom + 2, d.layout.bookedByKonto[0].row]]) {
      const back = readDisponeringBack(gridOfSpec(d.spec, insertAt))!;
      expect(back.rejected).toBe(0);
      expect(back.cases.map((c) => [c.cpr, c.foranstaltning, c.takst, c.start, c.stop])).toEqual(
        d.layout.caseRows.map(({ caseRow: c }) => [c.cpr, c.foranstaltning, c.takst, c.start, c.stop]),
      );
      expect(back.booked).toEqual([{ konto: "5.28.20", months: [41000, 42000, ...Array(10).fill(null)] }]);
    }
  });

  it("Disponering: a case typed into a row inserted among the cases is read with them", () => {
    const g = gridOfSpec(d.spec, [d.layout.casesFrom + 1]);
    const typed = [ "650190-1005", "Ny", "Plejefamilie", "5.28.20", null, null, "aktuel", 30000, "måned", 45658, null];
    typed.forEach((v, c) => g.put(d.layout.casesFrom + 1, c, v));
    const back = readDisponeringBack(g)!;
    expect(back.cases).toHaveLength(cases.length + 1);
    expect(back.cases.some((c) => c.cpr === "650190-1005" && c.takst === 30000)).toBe(true);
  });

  it("Nøgletal: the kept checksum and the budget with its source", () => {
    const n = buildNoegletal({ year: YEAR, disponering: d.layout, generatedOn: 45000, budget: { amount: 900_000, source: "budgettabellen" } });
    expect(readNoegletalBack(gridOfSpec(n.spec, [3]), YEAR)).toEqual({ checksum: d.layout.checksum, live: null, budget: { amount: 900_000, source: "budgettabellen" } });
    const typed = buildNoegletal({ year: YEAR, disponering: d.layout, generatedOn: 45000 });
    const g = gridOfSpec(typed.spec);
    g.put(typed.layout.headline.budget.row, typed.layout.headline.budget.col, 750_000);
    expect(readNoegletalBack(g, YEAR).budget).toEqual({ amount: 750_000, source: "indtastet" });
  });

  it("Overblik: base year, target and the budgets per foranstaltning", () => {
    const o = buildOverblik({ year: YEAR, cases, disponering: d.layout, generatedOn: 45000, chartsDrawn: true, baseYear: 2023, target: 0.6, budgets: { Plejefamilie: 400_000 } });
    expect(readOverblikBack(gridOfSpec(o.spec))).toEqual({ baseYear: 2023, target: 0.6, budgets: { Plejefamilie: 400_000 } });
  });
});

/** The grid as a sheet's used range (header row first) for the workbook double. */
function valuesOf(g: Grid, width = 40): unknown[][] {
  return Array.from({ length: g.rows }, (_, r) => Array.from({ length: width }, (_, c) => g.at(r, c) ?? null));
}

describe("a case typed into a row inserted among the cases", () => {
  it("is counted after the refresh: the rebuilt Disponering has it and Nøgletal keeps the checksum with it", async () => {
    const d = buildDisponering({ year: YEAR, cases, generatedOn: 45000 });
    const n = buildNoegletal({ year: YEAR, disponering: d.layout, generatedOn: 45000 });
    for (const at of [d.layout.casesFrom + 1, d.layout.currentTotalRow]) {
      const g = gridOfSpec(d.spec, [at]);
      ["650190-1005", "Ny", "Plejefamilie", "5.28.20", null, null, "aktuel", 30000, "måned", 45717, null].forEach((v, c) => g.put(at, c, v));
      const wb = new WorkbookDouble({
        writes: true,
        sheets: [{ name: d.spec.name, kind: "disponering", values: valuesOf(g) }, { name: n.spec.name, kind: "noegletal", values: valuesOf(gridOfSpec(n.spec)) }],
      });
      const out = await refreshKeptFigures(wb, { generatedOn: 45001 });
      expect(out.refreshed).toEqual([YEAR]);
      const [disp, noegletal] = wb.written[0];
      const rebuilt = readDisponeringBack(gridOfSpec(disp))!;
      expect(rebuilt.cases).toHaveLength(cases.length + 1);
      expect(readNoegletalBack(gridOfSpec(noegletal), YEAR).checksum).toBe(casesChecksum(rebuilt.cases));
    }
  });
});

describe("our sheets' names have one home", () => {
  it("knows the year of ours by name, also beside a user's sheet, and nothing else", () => {
    expect(yearOfSheet("disponering", "Disponering 2025")).toBe(2025);
    expect(yearOfSheet("disponering", "disponering 2025 (2)")).toBe(2025);
    expect(yearOfSheet("noegletal", YEAR_SHEET_NAMES.noegletal(2031) + " (12)")).toBe(2031);
    expect(["Disponering 2025x", "Disponering 2025 (x)", "Mine Disponering 2025", "Nøgletal 2025", "Disponering 25"].map((n) => yearOfSheet("disponering", n))).toEqual([null, null, null, null, null]);
  });
});

/** Every .ts/.tsx file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe("no reader outside src/sheets re-derives a layout of ours", () => {
  const root = join(__dirname, "../../src");
  // The layers that read sheets of ours back (the task pane and the CLI only show and build).
  const readers = ["flows", "excel", "functions", "xlsx"].flatMap((f) => sources(join(root, f)));
  const text = readers.map((p) => [p.slice(root.length + 1), readFileSync(p, "utf8")] as const);

  /**
   * The texts the readers find our sheets by: the labels in column A of the three sheets. (The case
   * headers "Cpr-nr." … are also the headers of the user's case table, so they may be spelled elsewhere.)
   */
  function labels(): string[] {
    const d = buildDisponering({ year: YEAR, cases, generatedOn: 45000, booked: [{ konto: "5.28.20", months: [41000] }] });
    const n = buildNoegletal({ year: YEAR, disponering: d.layout, generatedOn: 45000 });
    const o = buildOverblik({ year: YEAR, cases, disponering: d.layout, generatedOn: 45000, chartsDrawn: true });
    const out = new Set<string>();
    for (const spec of [d.spec, n.spec, o.spec]) {
      const s = gridOfSpec(spec);
      for (let r = 0; r < s.rows; r++) {
        const v = s.at(r, 0);
        // Labels, not data: text that is not a formula, without the year or a case's own values.
        const label = typeof v === "string" && !v.startsWith("=") ? v.split(" (")[0] : "";
        if (label.length >= 12 && !label.includes(String(YEAR)) && !cases.some((c) => label === c.foranstaltning)) out.add(label);
      }
    }
    return [...out];
  }

  it("spells no label of Disponering, Nøgletal or Overblik", () => {
    // A label as a string literal of its own, or the start of one it is matched against.
    const spelled = (t: string, label: string) => [`"${label}"`, `"${label} (`, `\`${label} (`, `("${label}`].some((x) => t.includes(x));
    const found = labels().flatMap((label) => text.filter(([, t]) => spelled(t, label)).map(([p]) => `${p}: ${label}`));
    expect(found).toEqual([]);
  });

  it("builds no name of a year sheet from a template or a pattern of its own", () => {
    const kinds = Object.values(YEAR_SHEET_NAMES).map((name) => name(YEAR).replace(` ${YEAR}`, ""));
    const named = [...text, ...["taskpane", "cli"].flatMap((f) => sources(join(root, f))).map((p) => [p.slice(root.length + 1), readFileSync(p, "utf8")] as const)];
    const found = named.flatMap(([p, t]) => kinds.filter((k) => t.includes(`\`${k} \${`) || t.includes(`/^${k} `) || t.includes(`"${k} " +`)).map((k) => `${p}: ${k}`));
    expect(found).toEqual([]);
  });
});
