// One home per rule (docs/habits.md §10): the budget-year range (core/fields.ts), masked-CPR
// detection and the share guard (core/cpr.ts), the document-settings keys (flows/settings.ts), the
// 18th birthday after reading cases (flows/ageLimits.ts) and the pane's headline figures (the
// builders' layouts). Each rule gets a test of what it does and a scan that fails when the rule is
// written a second time somewhere else in src/.
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { BUDGET_YEAR_MAX, BUDGET_YEAR_MIN, containsCpr, isBudgetYear, msg, readRegnskab, ymdToDay } from "../../src/core";
import { buildBudgetRegnskab } from "../../src/sheets/budgetRegnskab";
import { buildDisponering, readDisponeringBack } from "../../src/sheets/disponering";
import { buildNoegletal } from "../../src/sheets/noegletal";
import { yearOfSheet } from "../../src/sheets/sheetNames";
import type { Grid } from "../../src/sheets/grid";
import type { Cell, SheetSpec } from "../../src/sheets/spec";
import { refreshKeptFigures } from "../../src/flows/refresh";
import { SETTING_KEYS } from "../../src/flows/settings";
import { flowMsg } from "../../src/flows/messages";
import { smallKommune } from "../support/smallKommune";
import { WorkbookDouble } from "../support/workbookDouble";

const SRC = join(__dirname, "../../src");

/** Every .ts/.tsx file under src/, as [path relative to src/, text]. */
function sources(dir = SRC): [string, string][] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) ? [[relative(SRC, p).split("\\").join("/"), readFileSync(p, "utf8")] as [string, string]] : [];
  });
}

/** The files (other than `home`) where `pattern` matches code (comment lines left out). */
function elsewhere(pattern: RegExp, homes: readonly string[]): string[] {
  return sources()
    .filter(([path]) => !homes.includes(path))
    .filter(([, text]) => text.split("\n").some((line) => !/^\s*(\/\/|\*|\/\*)/.test(line) && pattern.test(line)))
    .map(([path]) => path);
}

/** The values a spec writes, as a grid (formulas as "=…" text). */
function gridOfSpec(spec: SheetSpec): Grid & { put(row: number, col: number, v: unknown): void } {
  const cells = new Map<string, unknown>();
  let rows = 0;
  for (const b of spec.blocks) {
    if (b.kind !== "cells") continue;
    b.cells.forEach((line, i) => line.forEach((c: Cell, j) => {
      if (c === null || c === undefined) return;
      cells.set(`${b.row + i},${b.col + j}`, typeof c === "object" && "f" in c ? `=${c.f}` : c);
      rows = Math.max(rows, b.row + i + 1);
    }));
  }
  return { at: (r, c) => cells.get(`${r},${c}`), rows, put: (r, c, v) => { cells.set(`${r},${c}`, v); rows = Math.max(rows, r + 1); } };
}

const valuesOf = (g: Grid, width = 40): unknown[][] => Array.from({ length: g.rows }, (_, r) => Array.from({ length: width }, (_, c) => g.at(r, c) ?? null));

describe("the budget year: one range, core/fields.ts", () => {
  it("is 2000–2100, whole years only", () => {
    expect([BUDGET_YEAR_MIN, BUDGET_YEAR_MAX]).toEqual([2000, 2100]);
    expect([1999, 2000, 2025, 2100, 2101, 2025.5].map(isBudgetYear)).toEqual([false, true, true, true, false, false]);
  });

  it("the table Regnskab takes the same years as the fields: 1999 and 2101 are refused, 2000 and 2100 read", () => {
    const t = { header: ["Konto", "År", "Regnskab"], rows: [["5.28.20", 1999, 1], ["5.28.20", 2000, 2], ["5.28.20", 2100, 3], ["5.28.20", 2101, 4]] };
    const r = readRegnskab(t);
    expect(r.value.map((x) => x.year)).toEqual([2000, 2100]);
    expect(r.problems.map((p) => [p.row, p.code])).toEqual([[2, "year.invalid"], [5, "year.invalid"]]);
  });

  it("the base year cell of Budget og regnskab validates the fields' range, whole years only, with the fields' message", () => {
    const spec = buildBudgetRegnskab({ table: { baseYear: 2023, years: [], konti: [], totals: [] }, generatedOn: 45000, chartsDrawn: true }).spec;
    expect(spec.validations!.map((v) => [v.rule, v.error])).toEqual([[{ type: "wholeNumber", min: 2000, max: 2100 }, msg.field.year()]]);
  });

  it("a year sheet's name gives a budget year only inside the fields' range", () => {
    expect(["Disponering 1999", "Disponering 2000", "Disponering 2100", "Disponering 2101", "Nøgletal 0000 (2)"].map((n) => yearOfSheet(n.startsWith("N") ? "noegletal" : "disponering", n)))
      .toEqual([null, 2000, 2100, null, null]);
  });

  it("no file but core/fields.ts compares a year with a four-digit number or matches four digits as a year", () => {
    const compare = /\b\w*(year|Year|aar|Aar)\w*\s*(<|>|<=|>=)\s*(1[89]|2[01])\d\d\b|\b(1[89]|2[01])\d\d\s*(<|>|<=|>=)\s*\w*(year|Year|aar)/;
    const fourDigits = /\/\^\\d\{4\}\$\/\.test\(\s*\w*(year|Year|aar)/;
    const range = /min:\s*(1[89]|2[01])\d\d\b/;
    expect(elsewhere(compare, ["core/fields.ts"])).toEqual([]);
    expect(elsewhere(fourDigits, ["core/fields.ts"])).toEqual([]);
    expect(elsewhere(range, ["core/fields.ts"])).toEqual([]);
  });
});

describe("a masked CPR: one test, core/cpr.ts", () => {
  const year = 2025;
  const cases = smallKommune();

  it("a Disponering sheet read back says it is masked, for every mask the core knows", () => {
    const masked = buildDisponering({ year, cases, generatedOn: 45000, maskCpr: true });
    expect(readDisponeringBack(gridOfSpec(masked.spec))!.masked).toBe(true);
    const plain = buildDisponering({ year, cases, generatedOn: 45000 });
    expect(readDisponeringBack(gridOfSpec(plain.spec))!.masked).toBe(false);
    // "######-1234" and "010190-...." are masks too (the core's one rule), not only x and *.
    for (const mask of ["610190-####", "610190-....", "******-1001"]) {
      const g = gridOfSpec(plain.spec);
      g.put(plain.layout.caseRows[0].row, plain.layout.cols.cpr, mask);
      expect([mask, readDisponeringBack(g)!.masked]).toEqual([mask, true]);
    }
    // A name with an x in it is not a mask.
    const g = gridOfSpec(plain.spec);
    g.put(plain.layout.caseRows[0].row, plain.layout.cols.navn, "Xenia");
    expect(readDisponeringBack(g)!.masked).toBe(false);
  });

  it("the share guard is core's containsCpr and lives nowhere else", () => {
    expect([containsCpr("Døgnskema 010190-1234"), containsCpr("Døgnskema 010190-xxxx"), containsCpr("Døgnskema Botilbud A")]).toEqual([true, true, false]);
    expect(elsewhere(/function containsCpr|function isMaskedCpr|const CPR_MASKED\b/, ["core/cpr.ts"])).toEqual([]);
    // A hand-written mask pattern ("x" or "*" where a CPR's digits were) outside the one reader.
    expect(elsewhere(/\/[^/\n]*(x\|\\\*|\[xX\*\]|\[\*xX\]|x\{4\})[^/\n]*\/[gimsuy]*\.test/, ["core/cpr.ts"])).toEqual([]);
  });
});

describe("a leverandør in a masked report: one rule, core/share.ts", () => {
  it("no file but core/share.ts decides a leverandør's pseudonym or whether it may be a private person", () => {
    // Portefølje, Leverandører and the shared file call maskedLeverandoer / privateLeverandoerer.
    expect(elsewhere(/\b(leverandoerPseudonym|leverandoerName|isLeverandoerPseudonym)\(/, ["core/share.ts", "core/pseudonym.ts"])).toEqual([]);
  });
});

describe("the document-settings keys: one home, flows/settings.ts", () => {
  it("every key is in SETTING_KEYS, each once", () => {
    const keys = Object.values(SETTING_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((k) => k.startsWith("Styringsark."))).toBe(true);
  });

  it("no other file spells a settings key", () => {
    // excel/plan.ts: "Styringsark.navn" is a worksheet's custom property (the name it was written
    // under), not a document setting.
    expect(elsewhere(/["'`]Styringsark\.[a-zA-Z]/, ["flows/settings.ts", "excel/plan.ts"])).toEqual([]);
    // A literal key handed to the port straight away.
    expect(elsewhere(/(load|save)Setting\(\s*["'`]/, ["flows/settings.ts"])).toEqual([]);
  });
});

describe("the 18th birthday after reading cases: one flow helper, flows/ageLimits.ts", () => {
  it("the automatic refresh ends an open anbringelse typed on the sheet the day before the 18th birthday", async () => {
    const year = 2025;
    const d = buildDisponering({ year, cases: smallKommune(), generatedOn: 45000 });
    const n = buildNoegletal({ year, disponering: d.layout, generatedOn: 45000 });
    const g = gridOfSpec(d.spec);
    // Born 15.06.2007 (seventh digit 4, year 07: the 2000s): 18 on 15.06.2025. Plejefamilie is an anbringelse.
    const row = d.layout.spareFrom;
    ["150607-4001", "Ny", "Plejefamilie", "5.28.20", null, null, "aktuel", 30000, "måned", 45658, null].forEach((v, c) => g.put(row, c, v));
    const wb = new WorkbookDouble({
      writes: true, settings: {},
      sheets: [{ name: d.spec.name, kind: "disponering", values: valuesOf(g) }, { name: n.spec.name, kind: "noegletal", values: valuesOf(gridOfSpec(n.spec)) }],
    });
    expect((await refreshKeptFigures(wb, { generatedOn: 45001 })).refreshed).toEqual([year]);
    const rebuilt = readDisponeringBack(gridOfSpec(wb.written[0][0]))!;
    expect(rebuilt.cases.find((c) => c.cpr === "150607-4001")!.stop).toBe(ymdToDay(2025, 6, 14));
  });

  it("no flow applies the age limits itself (Disponeringsark's stepwise check points at the stop cell, so it keeps its own call)", () => {
    expect(elsewhere(/\bapplyAgeLimits\(/, ["core/overgang.ts", "flows/ageLimits.ts", "flows/disponering.ts", "cli/demoWorkbook.ts"])).toEqual([]);
    expect(elsewhere(/\bloadArts\(/, ["flows/settings.ts", "flows/ageLimits.ts", "flows/disponering.ts"])).toEqual([]);
  });
});

describe("the pane's headline: the builders' figures, said in figures", () => {
  it("HÅP, GNS-pris and forventet regnskab come from the layouts, never as name forms", () => {
    const year = 2025;
    // Hand calculation: one person, 30.000 kr. a month all year: HÅP 1, disponeret 360.000 kr.
    const cases = [{ ...smallKommune()[0], konto: "5.28.20", takst: 30000 }];
    const d = buildDisponering({ year, cases, generatedOn: 45000, booked: [{ konto: "5.28.20", months: [25_000, 25_000] }], bookedMonths: 2 });
    const n = buildNoegletal({ year, disponering: d.layout, generatedOn: 45000 });
    expect(n.layout.figures).toEqual({ haap: 1, gnsPris: 360_000 });
    // Forventet: 50.000 booked (jan–feb) + 10 × 30.000 disposed mar–dec = 350.000 kr.
    expect(d.layout.figures).toEqual({ disponeret: 360_000, forventet: 350_000 });
    expect(flowMsg.headline({ ...n.layout.figures, ...d.layout.figures })).toBe("HÅP 1 · GNS-pris 360.000 kr. · forventet regnskab 350.000 kr.");
    expect(flowMsg.headline({ haap: 185.4, gnsPris: 727_451.2, disponeret: 134_870_000, forventet: 134_900_000 })).toBe(
      "HÅP 185,4 · GNS-pris 727.451 kr. · forventet regnskab 134,9 mio. kr.",
    );
    expect(flowMsg.headline({ haap: 0, gnsPris: null, disponeret: 0, forventet: null })).toBe("HÅP 0 · GNS-pris kan ikke opgøres (ingen helårspersoner) · disponeret 0 kr.");
  });

  it("no flow computes HÅP or GNS-pris for the pane itself", () => {
    expect(elsewhere(/\b(haap|gnsPris)\(/, []).filter((p) => p.startsWith("flows/"))).toEqual([]);
  });
});
