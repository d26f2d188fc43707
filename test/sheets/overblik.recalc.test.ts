// Formula check of "Overblik 2025": the native formulas, recalculated by HyperFormula, give the
// hand-counted figures of the small kommune and agree with core for every foranstaltning and month.
import { haap, indexAgainst, measureSeries, monthlyShares, monthStart, yearFigures, type CaseRow } from "../../src/core";
import { buildDisponering } from "../../src/sheets/disponering";
import { buildNoegletal } from "../../src/sheets/noegletal";
import { buildOverblik, NOTE_NO_CHARTS } from "../../src/sheets/overblik";
import { writeXlsxBuffer } from "../../src/xlsx";
import { recalcXlsx } from "../support/recalc";
import { smallKommune } from "../support/smallKommune";

async function recalc(cases: CaseRow[], extra: Partial<Parameters<typeof buildOverblik>[0]> = {}) {
  const disp = buildDisponering({ year: 2025, cases, generatedOn: 45000 });
  const ov = buildOverblik({ year: 2025, cases, disponering: disp.layout, generatedOn: 45000, chartsDrawn: false, ...extra });
  // Nøgletal carries the workbook-level names Overblik's totals refer to (HÅP_2025, Budget_2025 …).
  const n = buildNoegletal({ year: 2025, disponering: disp.layout, generatedOn: 45000, budget: { amount: 1_100_000, source: "test" } });
  const wb = await recalcXlsx(await writeXlsxBuffer([disp.spec, n.spec, ov.spec]));
  return { wb, ...ov };
}

describe("Overblik 2025 recalculated", () => {
  it("gives the hand-counted figures of the small kommune", async () => {
    const { wb, layout } = await recalc(smallKommune(), { budgets: { Plejefamilie: 400000 }, target: 0.75 });
    const s = layout.sheetName;
    const at = (r: number, c: number) => wb.at(s, r, c) as number;
    expect(layout.names).toEqual(["Familiebehandling", "Kontaktperson", "Opholdssted", "Plejefamilie"]);
    const pleje = 3, ophold = 2;
    expect(at(layout.disposedRow + pleje, 1)).toBeCloseTo(40000, 6); // jan: 30.000 + 10.000
    expect(at(layout.haapRow + pleje, 1)).toBeCloseTo(1, 9); // A's overlapping rows count once
    expect(at(layout.prisRow + pleje, 1)).toBeCloseTo(40000, 6);
    expect(at(layout.disposedRow + pleje, 13)).toBeCloseTo(390000, 6);
    expect(at(layout.haapRow + ophold, 13)).toBeCloseTo(184 / 365, 9);
    expect(wb.at(s, layout.prisRow + ophold, 6)).toMatchObject({ type: "NA" }); // jun: no HÅP → #I/T
    expect(at(layout.disposedTotalRow, 13)).toBeCloseTo(1021000, 6);
    expect(at(layout.haapTotalRow, 13)).toBeCloseTo(1 + 396 / 365, 9);
    expect(wb.value(s, `A${layout.haapTotalRow + 1}`)).toBe("Helårsforanstaltninger i alt (sum af rækkerne)");
    // I alt counts each person once: the year is HÅP_2025 itself, the months merge a person's rows
    // across foranstaltninger (in this table nobody has two, so it equals the sum here).
    expect(at(layout.haapPersonRow, 13)).toBeCloseTo(haap(smallKommune(), monthStart(2025, 1), monthStart(2026, 1) - 1, "dage"), 9);
    expect(at(layout.haapPersonRow, 13)).toBe(wb.workbookName("HÅP_2025"));
    expect(at(layout.prisTotalRow, 13)).toBe(wb.workbookName("GNS_pris_2025"));
    expect(at(layout.haapPersonRow, 1)).toBeCloseTo(at(layout.haapTotalRow, 1), 9);
    // Budget 400.000 against 390.000 forventet: afvigelse −10.000.
    expect(at(layout.budgetRow + pleje, 3)).toBeCloseTo(-10000, 6);
    // I alt is the workbook's budget (1.100.000 from the budget table) and forventet regnskab; the
    // 700.000 not given to a foranstaltning stands on its own line.
    expect(at(layout.budgetTotalRow, 1)).toBe(1_100_000);
    expect(at(layout.budgetTotalRow, 2)).toBeCloseTo(1021000, 6);
    expect(at(layout.budgetTotalRow, 3)).toBeCloseTo(1021000 - 1_100_000, 6);
    expect(at(layout.budgetRestRow, 1)).toBe(700_000);
    expect(at(layout.budgetRestRow, 2)).toBeCloseTo(0, 6);
    expect(wb.at(s, layout.alertCell.row, layout.alertCell.col)).toBe("");
    // Shares: 100 % in foster families jan–jun, 50 % jul–dec; target 75 %; preventive jan 1/6, mar 39/79.
    expect(at(layout.plejeRow, 1)).toBe(1);
    expect(at(layout.plejeRow + 6, 1)).toBeCloseTo(0.5, 9);
    expect(at(layout.plejeRow + 6, 2)).toBe(0.75);
    expect(at(layout.forebygRow, 1)).toBeCloseTo(1 / 6, 9);
    expect(at(layout.forebygRow + 2, 1)).toBeCloseTo(39 / 79, 9);
    expect(wb.value(s, "A6")).toBe(`${NOTE_NO_CHARTS}.`);
  });

  it("agrees with core for every foranstaltning, month, share and index on the demo-sized table", async () => {
    const cases = smallKommune();
    const { wb, layout } = await recalc(cases, { years: [2024], baseYear: 2025 });
    const s = layout.sheetName;
    const series = measureSeries(cases, 2025);
    series.forEach((x, i) => {
      for (let m = 0; m < 12; m++) {
        expect(wb.at(s, layout.disposedRow + i, m + 1) as number).toBeCloseTo(x.disposed[m], 2);
        expect(wb.at(s, layout.haapRow + i, m + 1) as number).toBeCloseTo(x.haap[m], 9);
      }
      expect(wb.at(s, layout.haapRow + i, 13) as number).toBeCloseTo(x.yearHaap, 9);
    });
    const shares = monthlyShares(series);
    for (let m = 0; m < 12; m++) expect(wb.at(s, layout.forebygRow + m, 1) as number).toBeCloseTo(shares.forebyggende[m]!, 9);
    // Index: 2024 has no cases in this table → base 2025 = 100, 2024 = 0.
    const figs = yearFigures(cases, [2024, 2025]);
    const idx = indexAgainst([2024, 2025], figs.map((f) => f.disposed), 2025).map((r) => (r.ok ? r.value : NaN));
    expect(wb.at(s, layout.indexRow, 1) as number).toBeCloseTo(idx[0], 9);
    expect(wb.at(s, layout.indexRow + 1, 1) as number).toBeCloseTo(100, 9);
    expect(wb.at(s, layout.indexRow + 1, 0)).toBe("2025");
  });
});
