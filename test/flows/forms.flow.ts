// The panels' forms: typed Danish text → the flow's request, or one Danish message per field.
import { msg } from "../../src/core";
import { parseBudgetmodelForm, parseDoegnskemaForm, parseMaanedForm, parseOekonomitjekForm, parseOverblikForm } from "../../src/flows";

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
        year: "Skriv et årstal mellem 2000 og 2100 med fire cifre, fx 2025.",
        target: "Skriv en andel mellem 0 og 100 %, fx 60 % eller 0,6.",
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
      ok: false, errors: { now: "Vælg to forskellige ark at sammenligne", month: "Skriv månedens nummer fra 1 til 12, fx 10 for oktober." },
    });
  });
});

describe("parseBudgetmodelForm and parseDoegnskemaForm", () => {
  it("trim names, reject characters Excel forbids in sheet names, read hours in Danish notation", () => {
    expect(parseBudgetmodelForm({ tilbud: " Botilbud A ", year: "2025" })).toEqual({ ok: true, request: { tilbud: "Botilbud A", year: 2025 } });
    expect(parseBudgetmodelForm({ tilbud: "A/B", year: "25" })).toEqual({
      ok: false, errors: { tilbud: "Navnet må ikke indeholde : \\ / ? * [ ]", year: msg.field.year() },
    });
    expect(parseDoegnskemaForm({ borger: "Borger A1", tilbud: "Botilbud A", ydelsespakke: " FN 3 ", timer: "7,5" }))
      .toEqual({ ok: true, request: { borger: "Borger A1", tilbud: "Botilbud A", ydelsespakke: "FN 3", udmaaltTimerPrUge: 7.5 } });
    expect(parseDoegnskemaForm({ borger: "", tilbud: "X", ydelsespakke: "", timer: "-1" }))
      .toEqual({ ok: false, errors: { borger: "Skriv borgerens pseudonym eller cpr-nummer", timer: "Skriv timer pr. uge fra 0 til 168 (ugens timer), fx 12 eller 12,5." } });
  });
});

describe("one rule and one message per kind in every form", () => {
  // The same bad year got four different messages and two allowed ranges (1900–9998 vs 2000–2100).
  test.each(["25", "2025,5", "1999", "2101", "abc"])("the year %j gets the same message in every form", (year) => {
    const overblik = parseOverblikForm({ source: "S", year, baseYear: "2024", target: "0,5", maskCpr: true });
    const tjek = parseOekonomitjekForm({ before: "A", now: "B", year, month: "10", maskCpr: true });
    const model = parseBudgetmodelForm({ tilbud: "T", year });
    const maaned = parseMaanedForm({ source: "S", year, month: "10" });
    const messages = [overblik, tjek, model, maaned].map((r) => (r.ok ? "ok" : (r.errors as { year?: string }).year));
    expect(messages).toEqual(Array(4).fill(msg.field.year()));
  });

  it("refuses a share over 100 % and a negative one without calling it 'større end 1'", () => {
    for (const target of ["150 %", "-5"]) {
      const r = parseOverblikForm({ source: "S", year: "2025", baseYear: "2024", target, maskCpr: true });
      expect(r).toEqual({ ok: false, errors: { target: msg.field.share() } });
    }
  });

  it("refuses 12.000.000 hours a week", () => {
    expect(parseDoegnskemaForm({ borger: "B", tilbud: "T", ydelsespakke: "", timer: "12.000.000" }))
      .toEqual({ ok: false, errors: { timer: msg.field.hoursPerWeek() } });
  });

  it("reads Opdatér måned's fields", () => {
    expect(parseMaanedForm({ source: "Sager", year: "2025", month: "10" })).toEqual({ ok: true, request: { source: "Sager", year: 2025, month: 10 } });
    expect(parseMaanedForm({ source: "", year: "2025", month: "13" })).toEqual({
      ok: false, errors: { source: "Vælg arket med det nye udtræk af sagstabellen", month: msg.field.month() },
    });
  });
});
