// Pre-filling the budget model from the workbook's tables: amounts land in the right line and
// column, HÅP per service level in this year's columns, and every unusable row is a Danish problem.
import { prefillBudgetModel, computeBudgetModel } from "../../src/core";
import { defaultBudgetModel } from "../../src/sheets/budgetmodel";

const base = defaultBudgetModel("Botilbud A", 2025, 2);
const line = (m: typeof base, label: string) =>
  [...m.variable, ...m.fixed, ...m.subsidies, ...m.central, ...m.otherIncome].find((l) => l.label === label)!.values;

describe("prefillBudgetModel", () => {
  it("puts last year's regnskab and the økonomisystem's budget in their columns, matching names loosely", () => {
    const out = prefillBudgetModel(base, {
      regnskab: {
        name: "Regnskab",
        table: {
          header: ["Post", "Regnskab 2024"],
          rows: [
            ["Ledelse", "1.200.000"],
            // Case, accents and spacing ignored; two konti on one line are added: 300.000 + 45.500,50.
            ["ADMINISTRATIVT personale (tap)", 300000],
            ["Administrativt personale (TAP)", "45.500,50"],
            ["Ejendomme (fx husleje og afskrivninger)", "2.400.000"],
            ["", ""],
            ["Overførsler", "-150.000"],
          ],
        },
      },
      budget: {
        name: "Økonomisystem",
        table: { header: ["Konto", "Tekst", "Korrigeret budget"], rows: [["5.38.50", "Ledelse", "1.250.000"], ["5.38.50", "Rentabilitetstilskud for lokalitet", 80000]] },
      },
    });
    expect(out.problems).toEqual([]);
    expect(out.filled).toEqual({ regnskab: 4, budget: 2, haap: 0 });
    expect(line(out.model, "Ledelse")).toEqual([1200000, 0, 1250000, 0, 0]);
    expect(line(out.model, "Administrativt personale (TAP)")[0]).toBeCloseTo(345500.5, 6);
    expect(line(out.model, "Ejendomme (fx husleje og afskrivninger)")).toEqual([2400000, 0, 0, 0, 0]);
    expect(line(out.model, "Ejendomme (fx vedligehold, rengøring og forsikringer)")).toEqual([0, 0, 0, 0, 0]);
    expect(line(out.model, "Overførsler")).toEqual([-150000, 0, 0, 0, 0]);
    expect(line(out.model, "Rentabilitetstilskud for lokalitet")).toEqual([0, 0, 80000, 0, 0]);
    // The input model is not changed.
    expect(line(base, "Ledelse")).toEqual([0, 0, 0, 0, 0]);
    // Udgiftsgrundlag of the regnskab column: 1.200.000 + 345.500,50 + 2.400.000 − 150.000 = 3.795.500,50.
    expect(computeBudgetModel(out.model).columns[0].udgiftsgrundlag).toBeCloseTo(3795500.5, 6);
  });

  it("reports unknown, ambiguous and empty line names and bad amounts with row and column, and uses the rest", () => {
    const out = prefillBudgetModel(base, {
      regnskab: {
        name: "Regnskab",
        table: {
          header: ["Omkostningslinje", "Beløb"],
          rows: [
            ["Husleje", "100"],
            ["Ejendomme", "200"],
            ["", "300"],
            ["Ledelse", "12x"],
            ["Ledelse", "500"],
          ],
        },
      },
    });
    expect(out.problems.map((p) => p.message)).toEqual([
      'Række 2, Omkostningslinje: "Husleje" er ikke en linje i budgetmodellen — beløbet er ikke brugt',
      'Række 3, Omkostningslinje: "Ejendomme" passer på flere linjer i budgetmodellen (Ejendomme (fx vedligehold, rengøring og forsikringer); ' +
        "Ejendomme (fx husleje og afskrivninger)) — skriv linjens fulde navn; beløbet er ikke brugt",
      "Række 4, Omkostningslinje: skal udfyldes",
      "Række 5, Beløb: 12x er ikke et gyldigt beløb",
    ]);
    expect(out.problems.map((p) => [p.row, p.severity])).toEqual([[2, "fejl"], [3, "fejl"], [4, "fejl"], [5, "fejl"]]);
    expect(line(out.model, "Ledelse")).toEqual([500, 0, 0, 0, 0]);
    expect(out.filled.regnskab).toBe(1);
  });

  it("names the missing columns", () => {
    const out = prefillBudgetModel(base, {
      budget: { name: "Budget", table: { header: ["Omkostningslinje", "Forbrug"], rows: [["Ledelse", 1]] } },
      haap: { name: "Borgere", table: { header: ["Borger", "HÅP"], rows: [["A", 1]] } },
    });
    expect(out.problems.map((p) => p.message)).toEqual([
      'Tabellen "Budget" mangler kolonnen "Budget"',
      'Tabellen "Borgere" mangler kolonnen "Funktionsniveau"',
    ]);
    expect(out.model.levels).toEqual(base.levels);
  });

  it("sums HÅP per service level and intern/ekstern into this year's columns and the overslagsår", () => {
    const out = prefillBudgetModel(base, {
      haap: {
        name: "HÅP",
        table: {
          header: ["Funktionsniveau", "Intern/Ekstern", "HÅP"],
          rows: [
            ["Funktionsniveau 3", "Intern", "2,5"],
            ["3", "intern", 1.25],
            ["funktionsniveau 3", "Ekstern", 1],
            // No intern/ekstern: the kommune's own citizen.
            ["4", "", "0,5"],
            ["7", "Intern", 1],
            ["2", "Privat", 1],
            ["2", "Intern", -1],
          ],
        },
      },
    });
    expect(out.problems.map((p) => p.message)).toEqual([
      'Række 6, Funktionsniveau: "7" er ikke et funktionsniveau i budgetmodellen (Funktionsniveau 1, Funktionsniveau 2, Funktionsniveau 3, Funktionsniveau 4, Funktionsniveau 5) — rækken er ikke brugt',
      'Række 7, Intern/Ekstern: "Privat" er hverken intern eller ekstern — rækken er ikke brugt',
      "Række 8, HÅP: -1 må ikke være negativ",
    ]);
    expect(out.filled.haap).toBe(4);
    const [, , l3, l4] = out.model.levels;
    // Columns: regnskab, budget (år−1), budget økonomisystem, budget takst, prognose, 2 overslagsår.
    expect(l3.intern).toEqual([0, 0, 0, 3.75, 3.75, 3.75, 3.75]);
    expect(l3.ekstern).toEqual([0, 0, 0, 1, 1, 1, 1]);
    expect(l4.intern).toEqual([0, 0, 0, 0.5, 0.5, 0.5, 0.5]);
    expect(out.model.levels[0].intern).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});
