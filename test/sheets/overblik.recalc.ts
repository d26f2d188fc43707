// Formula check of "Overblik 2025": the native formulas, recalculated by HyperFormula, give the
// hand-counted figures of the small kommune and agree with core for every foranstaltning and month.
import { ageByMonth, ageYears, haap, foranstaltningSeries, monthlyShares, OPEN_END, yearEnd, yearEndSnapshot, yearStart, ymdToDay, type CaseRow } from "../../src/core";
import { buildDisponering } from "../../src/sheets/disponering";
import { buildNoegletal } from "../../src/sheets/noegletal";
import { buildOverblik, NO_HISTORY_NOTE, NOTE_NO_CHARTS } from "../../src/sheets/overblik";
import { NO_AGE_YEARS_NOTE } from "../../src/sheets/overblikAlder";
import { recalcXlsx, writeForRecalc } from "../support/recalc";
import { smallKommune } from "../support/smallKommune";

async function recalc(cases: CaseRow[], extra: Partial<Parameters<typeof buildOverblik>[0]> = {}) {
  const disp = buildDisponering({ year: 2025, cases, generatedOn: 45000 });
  const ov = buildOverblik({ year: 2025, cases, disponering: disp.layout, generatedOn: 45000, chartsDrawn: false, ...extra });
  // Nøgletal carries the workbook-level names Overblik's totals refer to (HÅP_2025, Budget_2025 …).
  const n = buildNoegletal({ year: 2025, disponering: disp.layout, generatedOn: 45000, budget: { amount: 1_100_000, source: "test" } });
  const wb = await recalcXlsx(await writeForRecalc([disp.spec, n.spec, ov.spec]));
  return { wb, ...ov };
}

describe("Overblik 2025 recalculated", () => {
  it("gives the hand-counted figures of the small kommune", async () => {
    const { wb, layout } = await recalc(smallKommune(), { budgets: { Plejefamilie: 400000 }, target: 0.75, baseYear: 2024 });
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
    expect(at(layout.haapPersonRow, 13)).toBeCloseTo(haap(smallKommune(), yearStart(2025), yearEnd(2025), "dage"), 9);
    expect(at(layout.haapPersonRow, 13)).toBe(wb.workbookName("HÅP_2025"));
    expect(at(layout.prisTotalRow, 13)).toBe(wb.workbookName("GNS_pris_2025"));
    expect(at(layout.haapPersonRow, 1)).toBeCloseTo(at(layout.haapTotalRow, 1), 9);
    // I alt of the budget table is the workbook's budget (1.100.000 from the budget table) and
    // forventet regnskab; the 700.000 not given to a foranstaltning stands on its own line.
    expect(at(layout.budgetTotalRow, 1)).toBe(1_100_000);
    expect(at(layout.budgetTotalRow, 2)).toBeCloseTo(1021000, 6);
    expect(at(layout.budgetTotalRow, 3)).toBeCloseTo(1021000 - 1_100_000, 6);
    expect(at(layout.budgetRestRow, 1)).toBe(700_000);
    expect(at(layout.budgetRestRow, 2)).toBeCloseTo(0, 6);
    expect(wb.at(s, layout.alertCell.row, layout.alertCell.col)).toBe("");
    // Budget 400.000 against 390.000 forventet: afvigelse −10.000.
    expect(at(layout.budgetRow + pleje, 3)).toBeCloseTo(-10000, 6);
    // Shares: 100 % in foster families jan–jun, 50 % jul–dec; target 75 %; preventive jan 1/6, mar 39/79.
    expect(at(layout.plejeRow, 1)).toBe(1);
    expect(at(layout.plejeRow + 6, 1)).toBeCloseTo(0.5, 9);
    expect(at(layout.plejeRow + 6, 2)).toBe(0.75);
    expect(at(layout.forebygRow, 1)).toBeCloseTo(1 / 6, 9);
    expect(at(layout.forebygRow + 2, 1)).toBeCloseTo(39 / 79, 9);
    expect(wb.value(s, "A6")).toBe(`${NOTE_NO_CHARTS}.`);
    // No saved year-ends and no regnskab table: the budget year alone, and the sheet says why
    // (the years before are never computed from today's case list).
    expect(layout.years).toEqual([2025]);
    expect(wb.at(s, layout.yearsRow, 0)).toBe(2025);
    expect(at(layout.yearsRow, 1)).toBeCloseTo(1021000, 6);
    expect(wb.at(s, layout.yearsNoteRow, 0)).toBe(NO_HISTORY_NOTE);
    expect(wb.at(s, layout.indexRow, 1)).toBe("basisåret er ikke i tabellen");
  });

  it("agrees with core for every foranstaltning, month, share and index on the demo-sized table", async () => {
    const cases = smallKommune();
    const { wb, layout } = await recalc(cases, { history: { saved: [], regnskab: [{ konto: "5.28.20", year: 2024, regnskab: 816800 }] }, baseYear: 2024 });
    const s = layout.sheetName;
    const series = foranstaltningSeries(cases, 2025);
    series.forEach((x, i) => {
      for (let m = 0; m < 12; m++) {
        expect(wb.at(s, layout.disposedRow + i, m + 1) as number).toBeCloseTo(x.disposed[m], 2);
        expect(wb.at(s, layout.haapRow + i, m + 1) as number).toBeCloseTo(x.haap[m], 9);
      }
      expect(wb.at(s, layout.haapRow + i, 13) as number).toBeCloseTo(x.yearHaap, 9);
    });
    const shares = monthlyShares(series);
    for (let m = 0; m < 12; m++) expect(wb.at(s, layout.forebygRow + m, 1) as number).toBeCloseTo(shares.forebyggende[m]!, 9);
    // Index, base 2024 from the regnskab table (816.800): 2025's 1.021.000 is 125; HÅP and GNS-pris
    // have no 2024 figure (the table has amounts only), so their index cells stay empty, never 0.
    expect(layout.years).toEqual([2024, 2025]);
    expect(wb.at(s, layout.yearsRow, 4)).toBe("Regnskab (tabellen Regnskab)");
    expect(wb.at(s, layout.indexRow, 1) as number).toBeCloseTo(100, 9);
    expect(wb.at(s, layout.indexRow + 1, 1) as number).toBeCloseTo(125, 9);
    expect(wb.at(s, layout.indexRow + 1, 0)).toBe("2025");
    expect([wb.at(s, layout.indexRow + 1, 2), wb.at(s, layout.indexRow + 1, 3)]).toEqual(["", ""]);
  });
});

describe("Overblik's years before come from saved year-ends and the regnskab table only", () => {
  it("shows up to four earlier years with figures — saved HÅP, regnskab amounts — and an index against the chosen base year", async () => {
    // 2019 and 2020 in the table are more than four years back: not shown; 2022 has nothing: not shown.
    const regnskab = [2019, 2020, 2021, 2023].map((year, i) => ({ konto: "5.28.20", year, regnskab: 800000 + i * 100000 }));
    // 2024 closed in the add-in: amount and HÅP (persons once) saved, from a stand-in case list.
    const saved = yearEndSnapshot(smallKommune().map((c) => ({ ...c, start: c.start - 365, stop: c.stop - 365 })), 2024)
      .map((r) => (r.niveau === "alle" && r.art === "haap" ? { ...r, value: 2 } : r.niveau === "alle" && r.art === "beloeb" ? { ...r, value: 1000000 } : r));
    const { wb, layout } = await recalc(smallKommune(), { history: { saved, regnskab }, baseYear: 2023 });
    const s = layout.sheetName;
    expect(layout.years).toEqual([2021, 2023, 2024, 2025]);
    const row = (i: number) => [0, 1, 2, 4].map((c) => wb.at(s, layout.yearsRow + i, c));
    expect(row(0)).toEqual([2021, 1000000, null, "Regnskab (tabellen Regnskab)"]);
    expect(row(1)).toEqual([2023, 1100000, null, "Regnskab (tabellen Regnskab)"]);
    expect(row(2)).toEqual([2024, 1000000, 2, "Gemt ved årsafslutning"]);
    expect(wb.at(s, layout.yearsRow + 2, 3) as number).toBeCloseTo(500000, 6); // GNS-pris 1.000.000 / 2
    // Index against 2023 (1.100.000): 2021 → 90,909…, 2024 → 90,909…, 2025 (1.021.000) → 92,818…
    const idx = (i: number, c = 1) => wb.at(s, layout.indexRow + i, c) as number;
    expect(idx(0)).toBeCloseTo((1000000 / 1100000) * 100, 9);
    expect(idx(1)).toBe(100);
    expect(idx(3)).toBeCloseTo((1021000 / 1100000) * 100, 9);
    // HÅP has no 2023 figure: its index column stays empty rather than dividing by nothing.
    expect(wb.at(s, layout.indexRow + 2, 2)).toBe("");
  });
});

describe("Overblik's age groups over the years closed with Luk året", () => {
  it("shows the saved persons and HÅP per age group for each saved year before the budget year, never recomputed", async () => {
    // 2023 and 2024 closed from stand-in case lists (the small kommune moved back two and one years);
    // 2025 closed too, but it is the budget year: not a year before.
    const back = (years: number) => smallKommune().map((c) => ({ ...c, start: c.start - 365 * years, stop: c.stop === OPEN_END ? OPEN_END : c.stop - 365 * years }));
    const saved = [...yearEndSnapshot(back(2), 2023), ...yearEndSnapshot(back(1), 2024), ...yearEndSnapshot(smallKommune(), 2025)];
    const { wb, layout } = await recalc(smallKommune(), { history: { saved, regnskab: [] } });
    const s = layout.sheetName;
    expect(layout.ageYears).toEqual([2023, 2024]);
    expect(layout.ageYearLabels).toEqual(["0-5 år", "6-11 år", "12-17 år", "18-22 år", "23 år og derover"]);
    expect(wb.at(s, layout.ageYearsPersonsRow - 1, 2)).toBe("2024");
    const core = ageYears(saved.filter((r) => r.year < 2025));
    layout.ageYearLabels.forEach((label, g) => {
      core.forEach((y, i) => {
        expect([label, y.year, wb.at(s, layout.ageYearsPersonsRow + g, 1 + i)]).toEqual([label, y.year, y.personer.get(label)]);
        expect(wb.at(s, layout.ageYearsHaapRow + g, 1 + i) as number).toBeCloseTo(y.haap.get(label)!, 9);
      });
    });
    // The small kommune's 2024 (from its four persons): the I alt lines are the year's saved totals, each person once.
    const n = layout.ageYearLabels.length;
    expect(wb.at(s, layout.ageYearsPersonsRow + n, 2)).toBe(saved.find((r) => r.year === 2024 && r.niveau === "alle" && r.art === "personer")!.value);
    expect(wb.at(s, layout.ageYearsHaapRow + n, 2) as number).toBeCloseTo(saved.find((r) => r.year === 2024 && r.niveau === "alle" && r.art === "haap")!.value, 9);
    const sumOfGroups = layout.ageYearLabels.reduce((t, _l, g) => t + (wb.at(s, layout.ageYearsPersonsRow + g, 2) as number), 0);
    expect(sumOfGroups).toBe(wb.at(s, layout.ageYearsPersonsRow + n, 2));
  });

  it("says that Luk året saves them when no closed year has them", async () => {
    const { wb, layout } = await recalc(smallKommune());
    expect(layout.ageYears).toEqual([]);
    expect(wb.at(layout.sheetName, layout.ageYearsPersonsRow - 1, 0)).toBe(NO_AGE_YEARS_NOTE);
  });
});

describe("Overblik's age per month", () => {
  // Counted by hand. P1, born 15.06.2013 (CPR 150613-4123: digit 4, YY 13 → 2013): 11 at the end of
  // May, 12 at the end of June; an open placement plus a March kontaktperson (merged: once).
  // P2, born 01.01.2007: 18 all year; two stays in February (1.–10. and 20.–28.): 19 days, one person.
  // P3 has no CPR: unknown age, January only.
  const row = (n: number, cpr: string | null, foranstaltning: string, start: [number, number], stop: [number, number] | null): CaseRow => ({
    row: n, cpr, navn: "", foranstaltning, konto: "5.28.20", leverandoer: "", raadgiver: "", status: "aktuel", takst: 1000, enhed: "måned",
    start: ymdToDay(2025, start[0], start[1]), stop: stop ? ymdToDay(2025, stop[0], stop[1]) : OPEN_END,
  });
  const cases = [
    row(2, "150613-4123", "Plejefamilie", [1, 1], null),
    row(3, "150613-4123", "Kontaktperson", [3, 1], [3, 31]),
    row(4, "010107-4222", "Efterværn", [2, 1], [2, 10]),
    row(5, "010107-4222", "Efterværn", [2, 20], [2, 28]),
    row(6, null, "Kontaktperson", [1, 1], [1, 31]),
  ];

  it("counts persons and HÅP per age group each month with native formulas, as core does", async () => {
    const { wb, layout } = await recalc(cases, { baseYear: 2025 });
    const s = layout.sheetName;
    expect(layout.ageLabels).toEqual(["0-5 år", "6-11 år", "12-17 år", "18-22 år", "23 år og derover", "Ukendt alder"]);
    const persons = (g: number, m: number) => wb.at(s, layout.agePersonsRow + g, m);
    const haap = (g: number, m: number) => wb.at(s, layout.ageHaapRow + g, m) as number;
    // January: P1 (6-11) and P3 (unknown); February: P1 and P2 (18-22) once although two stays.
    expect([0, 1, 2, 3, 4, 5].map((g) => persons(g, 1))).toEqual([0, 1, 0, 0, 0, 1]);
    expect([0, 1, 2, 3, 4, 5].map((g) => persons(g, 2))).toEqual([0, 1, 0, 1, 0, 0]);
    expect(persons(6, 2)).toBe(2); // I alt
    // March: P1's two rows are one person and one HÅP. May: still 11; June: 12.
    expect([persons(1, 3), haap(1, 3)]).toEqual([1, 1]);
    expect([persons(1, 5), persons(2, 5), persons(1, 6), persons(2, 6)]).toEqual([1, 0, 0, 1]);
    expect(haap(3, 2)).toBeCloseTo(19 / 28, 9);
    // The year: 6-11 Jan–May 151 days, 12-17 Jun–Dec 214 days, 18-22 19 days, unknown 31 days (÷ 365).
    expect([1, 2, 3, 5].map((g) => haap(g, 13) * 365)).toEqual([151, 214, 19, 31].map((x) => expect.closeTo(x, 6)));
    expect(haap(6, 13)).toBeCloseTo((151 + 214 + 19 + 31) / 365, 9);
    // Core computes the same month by month.
    const core = ageByMonth(cases, 2025);
    for (let g = 0; g < 6; g++) {
      for (let m = 0; m < 12; m++) {
        expect(persons(g, m + 1)).toBe(core.persons[g][m]);
        expect(haap(g, m + 1)).toBeCloseTo(core.haap[g][m], 9);
      }
    }
    expect(layout.ageBlockRow).toBeGreaterThan(layout.spansRow);
  });
});
