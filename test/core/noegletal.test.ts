// docs/domain.md §1 (2), §4: the key figures per foranstaltning and konto as the Nøgletal sheet
// defines them. A person is merged within one (foranstaltning, konto) pair; a foranstaltning's HÅP is
// the sum over its konti, a konto's the sum over its foranstaltninger; "I alt" is HÅP over all rows
// (each person once, antal = persons) and the sum over types is labelled helårsforanstaltninger.
import { keyFigures, msg, ymdToDay, OPEN_END, type CaseRow, type Unit } from "../../src/core";

const day = (dd: number, mm: number, yyyy = 2025) => ymdToDay(yyyy, mm, dd);
const row = (n: number, cpr: string, foranstaltning: string, konto: string, takst: number, enhed: Unit, start: number, stop: number): CaseRow => ({
  row: n, cpr, navn: "", foranstaltning, konto, leverandoer: "", raadgiver: "", status: "aktuel", takst, enhed, start, stop,
});

// 2025 has 365 days. A: Plejefamilie on 5.28.20 all year + a supplement jan–mar (overlapping) and
// Kontaktperson on 5.28.21 01.07–31.12 (184 days). B: Plejefamilie on 5.28.21 from 01.07 (184 days).
// C: Kontaktperson without konto 01.01–30.06 (181 days). D: Opholdssted in 2024 only.
const cases = [
  row(2, "610190-1001", "Plejefamilie", "5.28.20", 30_000, "måned", day(1, 1), OPEN_END),
  row(3, "610190-1001", "Plejefamilie", "5.28.20", 10_000, "måned", day(1, 1), day(31, 3)),
  row(4, "610190-1001", "Kontaktperson", "5.28.21", 5_000, "måned", day(1, 7), day(31, 12)),
  row(5, "620190-1002", "Plejefamilie", "5.28.21", 3_000, "døgn", day(1, 7), OPEN_END),
  row(6, "630190-1003", "Kontaktperson", "", 8_000, "måned", day(1, 1), day(30, 6)),
  row(7, "640190-1004", "Opholdssted", "5.28.20", 2_000, "døgn", day(1, 1, 2024), day(31, 12, 2024)),
];

describe("keyFigures 2025", () => {
  const t = keyFigures(cases, 2025);
  const ok = (v: number) => ({ ok: true, value: expect.closeTo(v, 6) });

  it("per foranstaltning, in Danish order: cases in the year, HÅP by days and months, disposed amount, GNS-pris", () => {
    expect(t.byForanstaltning.map((f) => f.name)).toEqual(["Kontaktperson", "Opholdssted", "Plejefamilie"]);
    // Kontaktperson: A 184 days (5.28.21) + C 181 days (no konto) = 365/365 = 1; months 6/12 + 6/12;
    // 6 × 5.000 + 6 × 8.000 = 78.000.
    expect(t.byForanstaltning[0]).toEqual({ name: "Kontaktperson", antal: 2, haapDage: 1, haapMaaneder: 1, disponeret: 78_000, gnsPris: ok(78_000) });
    // Plejefamilie: A's two rows merged (365 days, not 365 + 90) + B 184 days on another konto;
    // 12 × 30.000 + 3 × 10.000 + 184 × 3.000 = 942.000.
    const pleje = t.byForanstaltning[2];
    expect(pleje.antal).toBe(3);
    expect(pleje.haapDage).toBeCloseTo(1 + 184 / 365, 12);
    expect(pleje.haapMaaneder).toBeCloseTo(1.5, 12);
    expect(pleje.disponeret).toBeCloseTo(942_000, 6);
    expect(pleje.gnsPris).toEqual(ok(942_000 / (549 / 365)));
  });

  it("gives a foranstaltning without a day in the year HÅP 0 and GNS-pris as an error, never 0 or ∞", () => {
    expect(t.byForanstaltning[1]).toEqual({
      name: "Opholdssted", antal: 0, haapDage: 0, haapMaaneder: 0, disponeret: 0,
      gnsPris: { ok: false, problem: { code: "haap.zero", message: msg.haapZero(), severity: "fejl" } },
    });
  });

  it("per konto, leaving out rows without konto: a konto's HÅP is the sum over its foranstaltninger", () => {
    expect(t.byKonto.map((k) => k.name)).toEqual(["5.28.20", "5.28.21"]);
    // 5.28.20: Plejefamilie 1 + Opholdssted 0; 390.000. D is outside the year: not counted.
    expect(t.byKonto[0]).toEqual({ name: "5.28.20", antal: 2, haapDage: 1, haapMaaneder: 1, disponeret: 390_000, gnsPris: ok(390_000) });
    // 5.28.21: A's Kontaktperson 184 days + B's Plejefamilie 184 days = 368/365; 30.000 + 552.000.
    expect(t.byKonto[1].haapDage).toBeCloseTo(368 / 365, 12);
    expect(t.byKonto[1].disponeret).toBeCloseTo(582_000, 6);
  });

  it("I alt counts each person once: HÅP 2 (A 1 + B 184/365 + C 181/365), 3 borgere, GNS-pris 1.020.000 / 2", () => {
    expect(t.total.name).toBe("I alt");
    expect(t.total.antal).toBe(3);
    expect(t.total.haapDage).toBeCloseTo(2, 12);
    expect(t.total.haapMaaneder).toBeCloseTo(24 / 12, 12);
    expect(t.total.disponeret).toBeCloseTo(1_020_000, 6);
    expect(t.total.gnsPris).toEqual(ok(510_000));
  });

  it("helårsforanstaltninger is the sum over the pairs (≥ I alt's HÅP) and counts case rows", () => {
    expect(t.helaarsforanstaltninger.name).toBe("Helårsforanstaltninger i alt");
    // 1 (A Plejefamilie) + 184/365 (A Kontaktperson) + 184/365 (B) + 181/365 (C) = 914/365.
    expect(t.helaarsforanstaltninger.haapDage).toBeCloseTo(914 / 365, 12);
    expect(t.helaarsforanstaltninger.haapDage).toBeGreaterThanOrEqual(t.total.haapDage);
    expect(t.helaarsforanstaltninger.antal).toBe(5);
    expect(t.helaarsforanstaltninger.disponeret).toBe(t.total.disponeret);
  });

  it("equals the foranstaltning's own HÅP when it books on one konto (the usual case)", () => {
    const one = keyFigures(cases.filter((c) => c.konto === "5.28.20"), 2025);
    expect(one.byForanstaltning.find((f) => f.name === "Plejefamilie")!.haapDage).toBe(1);
  });

  it("without cases: no groups, HÅP 0 and the GNS-pris an error", () => {
    const none = keyFigures([], 2025);
    expect([none.byForanstaltning, none.byKonto, none.total.haapDage, none.total.antal]).toEqual([[], [], 0, 0]);
    expect(none.total.gnsPris.ok).toBe(false);
  });
});
