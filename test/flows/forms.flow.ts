// The panels' forms: typed Danish text → the flow's request, or one Danish message per field.
import { parseBudgetmodelForm, parseDoegnskemaForm, parseOekonomitjekForm, parseOverblikForm } from "../../src/flows";

describe("parseOverblikForm", () => {
  it("turns the texts into a request with the target as a fraction", () => {
    expect(parseOverblikForm({ source: "Sager", year: " 2025 ", baseYear: "2024", target: "80 %", maskCpr: true }))
      .toEqual({ ok: true, request: { source: "Sager", year: 2025, baseYear: 2024, target: 0.8, maskCpr: true } });
  });

  it("names every wrong field in Danish", () => {
    expect(parseOverblikForm({ source: "", year: "25", baseYear: "2024", target: "75", maskCpr: false })).toEqual({
      ok: false,
      errors: {
        source: "Vælg arket med sagerne",
        year: "Budgetår skal være et helt tal mellem 2000 og 2100",
        target: "Mål for andel i plejefamilie: 75 er større end 1 — skriv satsen som 0,042 eller 4,2 %",
      },
    });
    expect(parseOverblikForm({ source: "Sager", year: "2025", baseYear: "2026", target: "0,75", maskCpr: true }))
      .toEqual({ ok: false, errors: { baseYear: "Basisåret må ikke ligge efter budgetåret" } });
  });
});

describe("parseOekonomitjekForm", () => {
  it("needs two different sheets and a month 1–12", () => {
    expect(parseOekonomitjekForm({ before: "Sager september", now: "Sager", year: "2025", month: "10", maskCpr: true }))
      .toEqual({ ok: true, request: { before: "Sager september", now: "Sager", year: 2025, month: 10, maskCpr: true } });
    expect(parseOekonomitjekForm({ before: "Sager", now: "Sager", year: "2025", month: "13", maskCpr: true })).toEqual({
      ok: false, errors: { now: "Vælg to forskellige ark at sammenligne", month: "Måned skal være et helt tal mellem 1 og 12" },
    });
  });
});

describe("parseBudgetmodelForm and parseDoegnskemaForm", () => {
  it("trim names, reject characters Excel forbids in sheet names, read hours in Danish notation", () => {
    expect(parseBudgetmodelForm({ tilbud: " Botilbud A ", year: "2025" })).toEqual({ ok: true, request: { tilbud: "Botilbud A", year: 2025 } });
    expect(parseBudgetmodelForm({ tilbud: "A/B", year: "25" })).toEqual({
      ok: false, errors: { tilbud: "Navnet må ikke indeholde : \\ / ? * [ ]", year: "Skriv budgetåret med fire cifre, fx 2025" },
    });
    expect(parseDoegnskemaForm({ borger: "Borger A1", tilbud: "Botilbud A", ydelsespakke: " FN 3 ", timer: "7,5" }))
      .toEqual({ ok: true, request: { borger: "Borger A1", tilbud: "Botilbud A", ydelsespakke: "FN 3", udmaaltTimerPrUge: 7.5 } });
    expect(parseDoegnskemaForm({ borger: "", tilbud: "X", ydelsespakke: "", timer: "-1" }))
      .toEqual({ ok: false, errors: { borger: "Skriv borgerens pseudonym eller cpr-nummer", timer: "Udmålte timer skal være 0 eller derover" } });
  });
});
