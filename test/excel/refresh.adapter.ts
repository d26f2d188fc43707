// Refresh in place (docs/domain.md §7 "A living workbook, refreshed in place"), on the Excel double:
// Excel turns every reference to a deleted sheet into #REF! for good and applies a failed batch up
// to the failing operation (pages cited in test/support/excelDouble.ts), so a refresh must keep the
// worksheet, and a failure anywhere must leave the workbook as it was or say what changed.
import { buildBudgetmodel, budgetmodelRef } from "../../src/sheets/budgetmodel";
import { buildDoegnskema } from "../../src/sheets/doegnskema";
import { botilbudA } from "../../src/cli/botilbudA";
import { writeSheets } from "../../src/excel";
import type { SheetSpec } from "../../src/sheets/spec";
import { ExcelDouble } from "../support/excelDouble";
import { dispAndNoegletal, overblik, walkFaults } from "../support/refreshFaults";

function budgetmodelAndSkema(): SheetSpec[] {
  const bm = buildBudgetmodel(botilbudA(), { generatedOn: 45000 });
  const ds = buildDoegnskema({
    borger: "Borger A1", tilbud: "Botilbud A", ydelsespakke: "Funktionsniveau 3", udmaaltTimerPrUge: 8, generatedOn: 45000,
    ataTimepris: { ref: budgetmodelRef(bm.layout, "ataTimepris") },
    activities: [{ tidsrum: "Morgen", beskrivelse: "Morgenrutine", hyppighed: "Hverdage", minutter: 30, normering: "1:1" }],
  });
  return [bm.spec, ds.spec];
}

const q = (name: string) => `'${name.replace(/'/g, "''")}'!`;

/** A user's sheet with a formula into A1 (the title, a value) and B3 of each of our sheets. */
function userFormulas(names: string[]): Record<string, string> {
  const cells: Record<string, string> = {};
  names.forEach((n, i) => {
    cells[`A${i + 1}`] = `=${q(n)}A1`;
    cells[`B${i + 1}`] = `=${q(n)}B3`;
  });
  return cells;
}

describe("refreshing a generated sheet keeps the worksheet", () => {
  it.each([
    ["Disponering + Nøgletal", dispAndNoegletal],
    ["Disponering + Overblik", overblik],
    ["Budgetmodel + Døgnskema", budgetmodelAndSkema],
  ])("%s: formulas, ids and names survive two regenerations", async (_label, build) => {
    const first = build();
    const names = first.map((s) => s.name);
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, first);
    // The user builds on our sheets: formulas and a workbook name into each.
    wb.sheets.push(...new ExcelDouble([{ name: "Mine tal", cells: userFormulas(names) }]).sheets);
    names.forEach((n, i) => wb.names.set(`Mit_tal_${i}`, `=${q(n)}$A$1`));
    const ids = names.map((n) => wb.sheet(n)!.id);
    const sheetNames = names.map((n) => [...wb.sheet(n)!.names]);
    const titles = names.map((n) => wb.value(n, "A1"));

    for (let run = 0; run < 2; run++) {
      const out = await writeSheets(wb.context, build());
      expect(out.sheets.map((s) => [s.written, s.replaced])).toEqual(names.map((n) => [n, true]));
    }
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sager", ...names, "Mine tal"]);
    expect(names.map((n) => wb.sheet(n)!.id)).toEqual(ids);
    names.forEach((n, i) => {
      expect(wb.formula("Mine tal", `A${i + 1}`)).toBe(`=${q(n)}A1`);
      expect(wb.value("Mine tal", `A${i + 1}`)).toBe(titles[i]);
      expect(wb.value("Mine tal", `B${i + 1}`)).not.toBe("#REF!");
      expect(wb.nameValue(`Mit_tal_${i}`)).toBe(titles[i]);
      expect([...wb.sheet(n)!.names]).toEqual(sheetNames[i]);
    });
    expect(wb.hidden()).toEqual([]);
  });

  it("keeps our own links: the døgnskema's ATA-timepris still points at the regenerated budget model", async () => {
    const wb = new ExcelDouble([{ name: "Ark1" }]);
    await writeSheets(wb.context, budgetmodelAndSkema());
    const [bm] = budgetmodelAndSkema();
    await writeSheets(wb.context, [bm]);
    const skema = wb.sheet("Døgnskema Borger A1")!;
    const link = [...skema.cells.values()].find((v) => typeof v === "string" && v.includes("Budgetmodel Botilbud A"));
    expect(link).toMatch(/^='Budgetmodel Botilbud A'!\$B\$\d+$/);
    expect([...skema.cells.values()].some((v) => typeof v === "string" && v.includes("#REF!"))).toBe(false);
  });

  it("never touches a user's sheet named like ours in another case, and finds it before writing", async () => {
    const wb = new ExcelDouble([{ name: "NØGLETAL 2025", cells: { A1: "mine egne nøgletal" } }]);
    const before = JSON.stringify(wb.snapshot());
    const out = await writeSheets(wb.context, dispAndNoegletal());
    expect(out.sheets.map((s) => [s.wanted, s.written, s.movedAsideForUserSheet])).toEqual([
      ["Disponering 2025", "Disponering 2025", false],
      ["Nøgletal 2025", "Nøgletal 2025 (2)", true],
    ]);
    const user = wb.sheets[0];
    expect([user.name, user.props.size, wb.value("NØGLETAL 2025", "A1")]).toEqual(["NØGLETAL 2025", 0, "mine egne nøgletal"]);
    expect(JSON.stringify((JSON.parse(before) as { sheets: unknown[] }).sheets[0])).toBe(JSON.stringify((wb.snapshot() as { sheets: unknown[] }).sheets[0]));
    // Next month ours is found again beside the user's sheet and refreshed in place: no "(3)".
    const id = wb.sheet("Nøgletal 2025 (2)")!.id;
    const again = await writeSheets(wb.context, dispAndNoegletal());
    expect(again.sheets[1]).toMatchObject({ written: "Nøgletal 2025 (2)", replaced: true, movedAsideForUserSheet: true });
    expect(wb.sheets.map((s) => s.name)).toEqual(["NØGLETAL 2025", "Disponering 2025", "Nøgletal 2025 (2)"]);
    expect(wb.sheet("Nøgletal 2025 (2)")!.id).toBe(id);
    expect(wb.value("NØGLETAL 2025", "A1")).toBe("mine egne nøgletal");
  });

  it("removes, by marker, the hidden sheets an interrupted run left behind, and nothing else", async () => {
    const wb = new ExcelDouble([
      { name: "Ark1" },
      { name: "~Styringsark abcde 1", marker: "midlertidig", visibility: "Hidden", cells: { A1: "610190-1001" } },
      { name: "~Styringsark mine", visibility: "Hidden", cells: { A1: "brugerens skjulte ark" } },
    ]);
    await writeSheets(wb.context, dispAndNoegletal());
    expect(wb.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Ark1", "Visible"],
      ["~Styringsark mine", "Hidden"],
      ["Disponering 2025", "Visible"],
      ["Nøgletal 2025", "Visible"],
    ]);
  });
});

describe("a failure at an operation of a batch", () => {
  // Every operation of every batch is walked in `npm run test:deep` (test/deep/refresh.deep.ts);
  // here every 4th operation of the last two batches (where our sheets change) and every 40th before.
  it.each([
    ["Disponering + Nøgletal", dispAndNoegletal],
    ["Disponering + Overblik (with charts)", overblik],
  ])("%s: the workbook is as it was, or the message says exactly what changed; never a leftover, never a sheet not ours", async (_l, build) => {
    const r = await walkFaults(build, (k, swapFrom) => (k >= swapFrom ? k % 4 === 0 : k % 40 === 0));
    expect(r.unchanged + r.told + r.completed).toBe(r.tried);
    expect(r.unchanged).toBeGreaterThan(r.tried / 2);
    if (build === overblik) expect(r.told).toBeGreaterThan(0);
  });
});
