// "Botilbud A": the fictional provider of the Thisted report's bilag 1 (docs/domain.md §5), budget 2024.
// Cost lines are the report's figures; the report does not print its rates, so the rates below are
// chosen so that HÅP × takst gives the report's income: 27.682.776 (takst) and 25.549.728 (prognose).
//   takst:    1 × 380.026 + 17 × 450.000 +  8 × 543.959 + 13 × 1.177.006 = 27.682.776
//   prognose: 3 × 380.026 + 16 × 450.000 + 10 × 543.959 + 10 × 1.177.006 = 25.549.728
// + 1.764.000 from funktionsniveau 5+ = 29.446.776 and 27.313.728; the prognose result is
// 27.313.728 − 29.446.776 = −2.133.048.
import { STAFF_CATEGORIES, staffRows, type BudgetModelInput } from "../../core";
import { defaultBudgetModel } from "../../sheets";

/** Columns: regnskab 2023, budget 2023, budget 2024 (økonomisystem), budget 2024 (takst), prognose 2024. */
export function botilbudA(): BudgetModelInput {
  const m = defaultBudgetModel("Botilbud A", 2024, 4);
  const v = (label: string, values: number[]) => ({ label, values });
  const over = (values: number[], ...overslag: number[]) => [...values, ...overslag];
  const four = (x: number) => [x, x, x, x];
  return {
    ...m,
    pl: [0.025, 0.025, 0.025, 0.025],
    variable: [
      v(m.variable[0].label, [14158481, 17192272, 17078104, 11387575, 11387575]),
      v(m.variable[1].label, [8166148, 0, 0, 5179698, 5179698]),
      v(m.variable[2].label, [-445279, 0, 0, 0, 0]),
      v(m.variable[3].label, [0, 0, 0, 2832344, 2832344]),
      v(m.variable[4].label, [1784936, 919105, 1303394, 1104609, 1104609]),
      v(m.variable[5].label, [632871, 0, 248225, 876069, 876069]),
      v(m.variable[6].label, [183258, 509643, 415262, 0, 0]),
    ],
    fixed: [
      v(m.fixed[0].label, [157222, 0, 0, 143000, 143000]),
      v(m.fixed[1].label, [651101, 287649, 362624, 200000, 200000]),
      v(m.fixed[2].label, [250104, 282208, 294288, 0, 0]),
    ],
    subsidies: m.subsidies,
    central: [
      v(m.central[0].label, [977410, 977410, 943228, 943228, 943228]),
      v(m.central[1].label, [1109675, 1109675, 1496253, 1496253, 1496253]),
      v(m.central[2].label, [1311000, 1311000, 1366000, 1366000, 1366000]),
    ],
    otherIncome: [v(m.otherIncome[0].label, [-4483562, 0, 0, 0, 0]), m.otherIncome[1]],
    resultTwoYearsEarlier: over([0, 0, 0, 3918000, 3918000], ...four(0)),
    levels: [
      { name: "Funktionsniveau 1", rates: [300000, 300000, 300000, 300000, 300000], intern: over([0, 0, 0, 0, 0], ...four(0)), ekstern: over([0, 0, 0, 0, 0], ...four(0)) },
      { name: "Funktionsniveau 2", rates: [380026, 380026, 380026, 380026, 380026], intern: over([3, 1, 1, 1, 3], ...four(3)), ekstern: over([0, 0, 0, 0, 0], ...four(0)) },
      { name: "Funktionsniveau 3", rates: [450000, 450000, 450000, 450000, 450000], intern: over([10, 11, 10, 12, 11], ...four(11)), ekstern: over([4, 4, 4, 5, 5], ...four(5)) },
      { name: "Funktionsniveau 4", rates: [543959, 543959, 543959, 543959, 543959], intern: over([12, 9, 8, 8, 10], ...four(10)), ekstern: over([0, 0, 0, 0, 0], ...four(0)) },
      { name: "Funktionsniveau 5", rates: [1177006, 1177006, 1177006, 1177006, 1177006], intern: over([9, 13, 13, 13, 10], ...four(10)), ekstern: over([0, 0, 0, 0, 0], ...four(0)) },
    ],
    extraIncome: over([0, 0, 0, 1764000, 1764000], ...four(1764000)),
    places: over([38, 38, 39, 39, 39], ...four(39)),
    // Ledelse, faguddannet, ikke faguddannet, ikke fastansatte, TAP (STAFF_CATEGORIES order).
    staff: staffRows([1.59, 23.38, 12.33, 6.36, 2.62], [694000, 487000, 420000, 445000, 335000]),
    // 42,07 ATA-årsværk × 1.211,48 = 50.966,96 ≈ the report's 50.967 ATA hours of staff.
    ataHoursPerAarsvaerk: 1211.48,
    grantedAtaHours: 36084,
    reductionCategory: STAFF_CATEGORIES[1].name, // faguddannet
    rammebesparelsePct: 0.03,
    comment: "Månedligt økonomimøde: prognosen viser merforbrug på 2,1 mio. kr., fordi 3 borgere er visiteret fra funktionsniveau 5 til lavere niveauer. Aftale: plan for tilpasning af faguddannet personale til næste møde.",
  };
}
