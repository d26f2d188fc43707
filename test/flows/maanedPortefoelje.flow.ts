// Opdatér måned refreshes Portefølje with the change per rådgiver since last month's snapshot and the
// same month last quarter's (docs/domain.md §9), and Leverandører when the workbook has them.
import { updateMonth } from "../../src/flows";
import type { SheetSpec } from "../../src/sheets/spec";
import { WorkbookDouble } from "../support/workbookDouble";

const HEADER = ["Cpr-nr.", "Navn", "Foranstaltning", "Konto", "Takst", "Takstenhed", "Startdato", "Stopdato", "Leverandør", "Rådgiver", "Status"];
const row = (cpr: string, raadgiver: string, takst: number, start: string, stop = "") =>
  [cpr, "", "Plejefamilie", "5.28.20", takst, "måned", start, stop, "Solbakken", raadgiver, "aktuel"];
// As test/support/raadgiverHistorik.ts: now AKJ has A and B, BMH has C; last month AKJ had A, BMH C
// and D, CLS E; last quarter BMH had A.
const A = row("010110-1234", "AKJ", 100_000, "01.01.2025");
const C = row("030310-3456", "BMH", 30_000, "01.01.2025");
const NOW = [HEADER, A, row("020210-2345", "AKJ", 50_000, "01.07.2025"), C];
const SEPTEMBER = [HEADER, A, C, row("040410-4567", "BMH", 20_000, "01.01.2025", "30.06.2025"), row("050510-5678", "CLS", 10_000, "01.01.2025")];
const JULY = [HEADER, [...A.slice(0, 9), "BMH", "aktuel"]];

const cellsOf = (spec: SheetSpec) => spec.blocks.flatMap((b) => (b.kind === "cells" ? b.cells.flat() : []));

describe("updateMonth: Portefølje over time", () => {
  it("compares with last month's and last quarter's snapshot and says which", async () => {
    const wb = new WorkbookDouble({
      writes: true, settings: {}, tables: [],
      sheets: [
        { name: "Sager", values: NOW },
        { name: "Sagsbillede 2025-07", kind: "sagsbillede", values: JULY },
        { name: "Sagsbillede 2025-09", kind: "sagsbillede", values: SEPTEMBER },
        { name: "Portefølje 2025", kind: "portefoelje" },
        { name: "Leverandører 2025", kind: "leverandoerer" },
      ],
    });
    const out = await updateMonth(wb, { source: "Sager", year: 2025, month: 10, maskCpr: false, generatedOn: 46000 });
    expect(out.comparedWith).toBe("Sagsbillede 2025-09");
    const written = wb.written[0];
    expect(written.map((s) => s.name)).toEqual(expect.arrayContaining(["Portefølje 2025", "Leverandører 2025", "Sagsbillede 2025-10", "Økonomitjek 2025-10"]));
    const pf = written.find((s) => s.kind === "portefoelje")!;
    const cells = cellsOf(pf);
    expect(cells).toEqual(expect.arrayContaining(["Sidste måned (2025-09)", "Samme måned sidste kvartal (2025-07)", "CLS"]));
    // BMH's disposed amount then: 360.000 + 120.000 last month, 1.200.000 last quarter (A, before it moved to AKJ).
    const bmh = pf.blocks.find((b) => b.kind === "cells" && b.cells[0][0] === "BMH" && b.cells[0][1] === "Disponeret") as { cells: unknown[][] };
    expect([bmh.cells[0][3], bmh.cells[0][5]]).toEqual([480_000, 1_200_000]);
    expect(out.message).toContain("Også opdateret: Portefølje 2025, Leverandører 2025.");
  });

  it("says when the snapshot of the same month last quarter is missing", async () => {
    const wb = new WorkbookDouble({
      writes: true, settings: {}, tables: [],
      sheets: [{ name: "Sager", values: NOW }, { name: "Sagsbillede 2025-09", kind: "sagsbillede", values: SEPTEMBER }, { name: "Portefølje 2025", kind: "portefoelje" }],
    });
    await updateMonth(wb, { source: "Sager", year: 2025, month: 10, maskCpr: false, generatedOn: 46000 });
    const pf = wb.written[0].find((s) => s.kind === "portefoelje")!;
    const note = cellsOf(pf).find((c) => typeof c === "string" && c.startsWith("Tal for budgetåret nu"));
    expect(note).toBe("Tal for budgetåret nu og efter sagslisterne gemt ved Opdatér måned; ændring = nu − da. Der er intet sagsbillede for 2025-07 (samme måned sidste kvartal).");
    expect(cellsOf(pf)).not.toContain("Samme måned sidste kvartal (2025-07)");
  });
});
