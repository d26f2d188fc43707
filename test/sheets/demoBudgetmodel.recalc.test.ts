// `npm run demo`'s "Budgetmodel Botilbud A", recalculated, gives docs/domain.md §5's figures through its names.
import { buildDemoWorkbook } from "../../src/cli/demoWorkbook";
import { writeXlsxBuffer } from "../../src/xlsx";
import { recalcXlsx } from "../support/recalc";

describe("demo: Budgetmodel Botilbud A", () => {
  it("has the budget model, two døgnskemaer and the summary, and its names give 29.446.776, 755.046, 2.069, 501, 4,4, 765.863 and 3,6 %", async () => {
    const demo = buildDemoWorkbook();
    const names = demo.specs.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Budgetmodel Botilbud A", "Døgnskema Borger A1", "Døgnskema Borger A2", "Døgnskemaer Botilbud A"]));
    const wb = await recalcXlsx(await writeXlsxBuffer(demo.specs));
    const s = "Budgetmodel Botilbud A";
    const n = (name: string) => wb.name(s, name) as number;
    expect(Math.round(n("Takstberegningsgrundlag"))).toBe(29446776);
    expect(Math.round(n("Aarets_udgiftsgrundlag"))).toBe(25528776);
    expect(Math.round(n("Forventet_regnskabsresultat"))).toBe(-2133048);
    expect(Math.round(n("Gns_pladspris_aar"))).toBe(755046);
    expect(Math.round(n("Gns_pladspris_doegn"))).toBe(2069);
    expect(Math.round(n("ATA_timepris"))).toBe(501);
    expect(n("Aarsvaerk_til_reduktion").toFixed(1)).toBe("4.4");
    expect(Math.round(n("Rammebesparelse_kr"))).toBe(765863);
    expect((n("Rammebesparelse_pct_variable") * 100).toFixed(1)).toBe("3.6");
    // Døgnskema Borger A1: 3,5 + 1,25 + 2 + 12/52 + 1 + 70/60 = 9,147436 h/week against 8 granted.
    // The summary's first row (row 5) is Borger A1; Borger A2: 7 + 120×5/2/60 = 5 + 15×7/60 = 1,75 → 13,75 h/week.
    expect(wb.value("Døgnskemaer Botilbud A", "A5")).toBe("Borger A1");
    expect(wb.num("Døgnskemaer Botilbud A", "D5")).toBeCloseTo(9.147436, 6);
    expect(wb.num("Døgnskemaer Botilbud A", "D6")).toBeCloseTo(13.75, 6);
  });
});
