// Test-data builder for the prognose: seven kontos, one per method, booked through October 2025,
// with a few monthly-rate cases, two risk cases, intake history and budget assumptions.
import { OPEN_END, ymdToDay, type CaseRow, type MethodId } from "../../src/core";
import type { PrognoseData } from "../../src/core";
import type { PrognoseSettings } from "../../src/flows";

export const FIXTURE_KONTOS: [string, MethodId][] = [
  ["5.28.20", "disponering"], ["5.28.23", "risikosager"], ["5.28.24", "pulje"], ["5.28.21", "glidende"],
  ["5.28.26", "tolvtedele"], ["5.28.27", "ramme"], ["5.28.28", "skoen"],
];

const d = (dd: number, mm: number, yyyy: number) => ymdToDay(yyyy, mm, dd);

function caseRow(row: number, foranstaltning: string, konto: string, takst: number, start: number, stop = OPEN_END): CaseRow {
  return { row, cpr: null, navn: "", foranstaltning, konto, takst, enhed: "måned", start, stop, leverandoer: "", raadgiver: "", status: "aktuel" };
}

export function fixtureData(): PrognoseData {
  // 2024-01 … 2025-10: konto i (0-based) books 100.000·(i+1) + 1.000·month-index, so every month differs.
  const months = [...Array.from({ length: 12 }, (_, i) => ({ y: 2024, m: i + 1 })), ...Array.from({ length: 10 }, (_, i) => ({ y: 2025, m: i + 1 }))];
  return {
    year: 2025,
    budget: FIXTURE_KONTOS.map(([konto], i) => ({ konto, tekst: `Konto ${konto}`, budget: 1_200_000 * (i + 1) + 6_000 })),
    booked: { months, rows: FIXTURE_KONTOS.map(([konto], i) => ({ konto, values: months.map((_, j) => 100_000 * (i + 1) + 1_000 * j) })) },
    risk: [
      // From 15.11: 16/30 + 1 = 1,5333 months × 90.000 × 50 % = 69.000.
      { id: "R1", foranstaltning: "Opholdssted", antal: 1, udgiftPrMaaned: 90_000, sandsynlighed: 0.5, forventetStart: d(15, 11, 2025) },
      // Expected in March, not yet materialised: counts from 01.11, 2 months × 2 × 30.000 × 25 % = 30.000.
      { id: "R2", foranstaltning: "Opholdssted", antal: 2, udgiftPrMaaned: 30_000, sandsynlighed: 0.25, forventetStart: d(1, 3, 2025) },
      // Starts after the year: 0.
      { id: "R3", foranstaltning: "Døgninstitution", antal: 1, udgiftPrMaaned: 200_000, sandsynlighed: 0.9, forventetStart: d(1, 2, 2026) },
    ],
    intake: { months: months.slice(-6), rows: [{ konto: "5.28.24", values: [1, 2, 3, 4, 5, 6] }] },
    assumptions: [
      { omraade: "anbringelsesområdet", foranstaltning: "Plejefamilie", konto: "5.28.20", haap: 2.5, pris: 400_000, haapSidsteAar: 2, prisSidsteAar: 380_000 },
      { omraade: "anbringelsesområdet", foranstaltning: "Opholdssted", konto: "5.28.23", haap: 1, pris: 900_000, haapSidsteAar: 1, prisSidsteAar: 850_000 },
      { omraade: "anbringelsesområdet", foranstaltning: "Døgninstitution", konto: "5.28.24", haap: 10, pris: 500_000, haapSidsteAar: 9, prisSidsteAar: 480_000 },
    ],
    pl: [{ year: 2025, rate: 0.04 }, { year: 2026, rate: 0.03 }, { year: 2027, rate: 0.02 }],
    cases: [
      // Plejefamilie: 2 full years at 30.000 and 36.000/md → HÅP 2, 792.000 kr.
      caseRow(2, "Plejefamilie", "5.28.20", 30_000, d(1, 1, 2024)),
      caseRow(3, "Plejefamilie", "5.28.20", 36_000, d(1, 1, 2025)),
      // Opholdssted from 01.07.2025 at 80.000/md: 6 months.
      caseRow(4, "Opholdssted", "5.28.23", 80_000, d(1, 7, 2025)),
      caseRow(5, "Døgninstitution", "5.28.24", 45_000, d(1, 1, 2025), d(30, 11, 2025)),
    ],
  };
}

export function fixtureSettings(lambda: PrognoseSettings["lambda"] = { kind: "gennemsnit", months: 3 }): PrognoseSettings {
  return { methods: Object.fromEntries(FIXTURE_KONTOS), lambda, skoen: { "5.28.28": 8_765_432 } };
}
