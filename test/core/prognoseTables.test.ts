// Reading the prognose input tables: Danish numbers and dates, month headers, and row problems.
import { readAssumptions, readBudget, readMonthSeries, readPlRates, readRiskCases, ymdToDay } from "../../src/core";

describe("prognose input tables", () => {
  it("reads budget and a month series with serial, ISO and Danish date headers", () => {
    expect(readBudget({ header: ["Konto", "Tekst", "Budget"], rows: [["5.28.20", "Plejefamilier", "32.755.000"], ["", "", ""]] }).value)
      .toEqual([{ konto: "5.28.20", tekst: "Plejefamilier", budget: 32755000 }]);
    // 45658 = 01.01.2025.
    const s = readMonthSeries({ header: ["Konto", "2024-12", 45658, "01.02.2025"], rows: [["5.28.21", "1.000", "", 2500]] }, "Forbrug");
    expect(s.problems).toEqual([]);
    expect(s.value).toEqual({ months: [{ y: 2024, m: 12 }, { y: 2025, m: 1 }, { y: 2025, m: 2 }], rows: [{ konto: "5.28.21", values: [1000, 0, 2500] }] });
  });

  it("reads risk cases with percent probabilities and names bad cells with row and column", () => {
    const r = readRiskCases({
      header: ["Id", "Forventet foranstaltning", "Månedlig udgift", "Sandsynlighed", "Forventet start"],
      rows: [["R1", "Opholdssted", "118.000", "40 %", "15.11.2025"], ["R2", "Opholdssted", "50.000", "4", "01.12.2025"]],
    });
    expect(r.value).toEqual([{ id: "R1", foranstaltning: "Opholdssted", antal: 1, udgiftPrMaaned: 118000, sandsynlighed: 0.4, forventetStart: ymdToDay(2025, 11, 15) }]);
    expect(r.problems.map((p) => p.message)).toEqual(["Række 3, Sandsynlighed: 4 er større end 1 — skriv sandsynligheden som 0,4 eller 40 %"]);
  });

  it("reads budgetforudsætninger and PL rates, and reports a missing column", () => {
    const a = readAssumptions({
      header: ["Område", "Foranstaltning", "Konto", "HÅP", "GNS-pris", "HÅP sidste år", "GNS-pris sidste år"],
      rows: [["anbringelsesområdet", "Plejefamilie", "5.28.20", "58,7", "510.400", "58,6", "488.900"]],
    });
    expect(a.value).toEqual([{ omraade: "anbringelsesområdet", foranstaltning: "Plejefamilie", konto: "5.28.20", haap: 58.7, pris: 510400, haapSidsteAar: 58.6, prisSidsteAar: 488900 }]);
    expect(readPlRates({ header: ["År", "PL"], rows: [["2026", "2,9 %"], [2027, 0.025]] }).value).toEqual([{ year: 2026, rate: expect.closeTo(0.029, 12) }, { year: 2027, rate: 0.025 }]);
    expect(readBudget({ header: ["Konto", "Beløb"], rows: [] }).problems.map((p) => p.message)).toEqual(['Tabellen "Budget" mangler kolonnen "Budget"']);
  });
});
