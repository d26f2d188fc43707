// The Budgetmodel and Døgnskema flows against the workbook double: the pre-filled model with its
// source in the banner, the døgnskema linked to the model's ATA-timepris, and the provider summary.
import { ymdToDay, type TableData } from "../../src/core";
import {
  generateBudgetmodel, generateDoegnskema, generateDoegnskemaSummary, guessChoice, startBudgetmodel,
} from "../../src/flows";
import { buildBudgetmodel, defaultBudgetModel } from "../../src/sheets/budgetmodel";
import { buildDoegnskema } from "../../src/sheets/doegnskema";
import type { Cell, SheetSpec } from "../../src/sheets/spec";
import { WorkbookDouble } from "../support/workbookDouble";

const generatedOn = ymdToDay(2025, 11, 5);
const cell = (spec: SheetSpec, row: number, col: number): Cell | undefined => {
  for (const b of spec.blocks) {
    if (b.kind === "cells" && row >= b.row && row < b.row + b.cells.length && col >= b.col && col < b.col + (b.cells[row - b.row]?.length ?? 0)) return b.cells[row - b.row][col - b.col];
  }
  return undefined;
};

describe("generateBudgetmodel", () => {
  const tables: Record<string, TableData> = {
    Regnskab: { header: ["Omkostningslinje", "Regnskab 2024"], rows: [["Ledelse", "1.200.000"], ["Husleje", "90.000"]] },
    Kontoudtræk: { header: ["Tekst", "Budget"], rows: [["Ledelse", 1250000]] },
  };
  const wbWith = () => new WorkbookDouble({ writes: true, tables: Object.entries(tables).map(([name, t]) => ({ name, sheet: "Data", values: [[...t.header], ...t.rows.map((r) => [...r])] })) });

  it("preselects likely table names only", async () => {
    expect(guessChoice(["Regnskab", "HÅP", "Budget", "Økonomisystem"])).toEqual({ regnskab: "Regnskab", budget: "Økonomisystem", haap: "HÅP" });
    expect(await startBudgetmodel(wbWith())).toEqual({ tables: ["Regnskab", "Kontoudtræk"], choice: { regnskab: "Regnskab", budget: "", haap: "" } });
  });

  it("writes the pre-filled figures, names the source in the banner and lists the lines it could not use", async () => {
    const wb = wbWith();
    const out = await generateBudgetmodel(wb, { tilbud: "Botilbud A", year: 2025 }, { regnskab: "Regnskab", budget: "Kontoudtræk" }, generatedOn);
    expect(out.sheets).toEqual(["Budgetmodel Botilbud A"]);
    expect(out.problems.map((p) => p.message)).toEqual(['Række 3, Omkostningslinje: "Husleje" er ikke en linje i budgetmodellen — beløbet er ikke brugt']);
    expect(out.message).toBe('Arket "Budgetmodel Botilbud A" er oprettet med tal fra tabellerne Regnskab og Kontoudtræk. 1 problem i tabellerne; se listen.');
    const spec = wb.written[0][0];
    // Same layout as the empty model: Ledelse's row, columns B (regnskab 2024) and D (økonomisystem 2025).
    const empty = buildBudgetmodel(defaultBudgetModel("Botilbud A", 2025), { generatedOn }).spec;
    const row = empty.blocks.flatMap((b) => (b.kind === "cells" && b.cells[0]?.[0] === "Ledelse" ? [b.row] : []))[0];
    expect([cell(spec, row, 1), cell(spec, row, 2), cell(spec, row, 3)]).toEqual([1200000, 0, 1250000]);
    expect(String(cell(spec, 1, 0))).toContain("med tal fra tabellerne Regnskab og Kontoudtræk.");
  });

  it("builds the empty model and says so when a chosen table has disappeared", async () => {
    const wb = new WorkbookDouble({ writes: true, tables: [] });
    const out = await generateBudgetmodel(wb, { tilbud: "Botilbud A", year: 2025 }, { regnskab: "Regnskab" }, generatedOn);
    expect(out.problems.map((p) => p.message)).toEqual(['Tabellen "Regnskab" findes ikke i arbejdsbogen']);
    const spec = wb.written[0][0];
    expect(cell(spec, 0, 0)).toBe("Budgetmodel Botilbud A — budget 2025");
    expect(String(cell(spec, 1, 0))).not.toContain("med tal fra");
  });
});

describe("generateDoegnskema", () => {
  const request = { borger: "Borger A1", tilbud: "Botilbud A", ydelsespakke: "Funktionsniveau 3", udmaaltTimerPrUge: 7.5 };

  it("links the ATA-timepris to the provider's budget model when it exists", async () => {
    const wb = new WorkbookDouble({ writes: true, sheets: [{ name: "Budgetmodel Botilbud A", kind: "budgetmodel" }] });
    const out = await generateDoegnskema(wb, request, generatedOn);
    expect(out.message).toBe(`Oprettet: ${out.sheets[0]}.`);
    const formulas = wb.written[0][0].blocks.flatMap((b) => (b.kind === "cells" ? b.cells.flat() : [])).filter((c) => typeof c === "object" && c !== null).map((c) => (c as { f: string }).f);
    expect(formulas).toContain("'Budgetmodel Botilbud A'!ATA_timepris");
  });

  it("asks for the ATA-timepris when there is no budget model (a user's sheet of that name does not count)", async () => {
    const wb = new WorkbookDouble({ writes: true, sheets: [{ name: "Budgetmodel Botilbud A" }] });
    const out = await generateDoegnskema(wb, request, generatedOn);
    expect(out.note).toBe('Der er ingen "Budgetmodel Botilbud A": skriv ATA-timeprisen i arket.');
  });
});

describe("generateDoegnskemaSummary", () => {
  it("sums the provider's døgnskemaer only, found by their layout", async () => {
    const sheetValues = (borger: string, tilbud: string) => {
      const { spec } = buildDoegnskema({ borger, tilbud, ydelsespakke: "", udmaaltTimerPrUge: 0, activities: [], ataTimepris: 0, generatedOn, emptyRows: 3 });
      const rows: unknown[][] = [];
      for (const b of spec.blocks) if (b.kind === "cells") b.cells.forEach((r, i) => r.forEach((c, j) => ((rows[b.row + i] ??= [])[b.col + j] = c)));
      return Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null));
    };
    const wb = new WorkbookDouble({
      writes: true,
      sheets: [
        { name: "Døgnskema A1", kind: "doegnskema", values: sheetValues("A1", "Botilbud A") },
        { name: "Døgnskema B1", kind: "doegnskema", values: sheetValues("B1", "Botilbud B") },
      ],
    });
    const out = await generateDoegnskemaSummary(wb, "Botilbud A", generatedOn);
    expect(out.sheets).toHaveLength(1);
    const refs = JSON.stringify(wb.written[0][0].blocks);
    expect(refs).toContain("Døgnskema A1");
    expect(refs).not.toContain("Døgnskema B1");
  });
});
