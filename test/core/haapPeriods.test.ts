// core/haapPeriods.ts: the merged periods behind HÅP, counted by hand on the small kommune (2025, 365
// days): Σ days of the periods per person ÷ 365 is HÅP (dage), Σ months ÷ 12 is HÅP (måneder).
import { haap, haapPeriods, ymdToDay, yearEnd, yearStart } from "../../src/core";
import { smallKommune } from "../support/smallKommune";

const a = yearStart(2025), b = yearEnd(2025);
const d = (dd: number, mm: number) => ymdToDay(2025, mm, dd);

describe("haapPeriods", () => {
  const cases = smallKommune();

  it("one merged period per person, numbered by first appearance: A's two overlapping rows are one period", () => {
    expect(haapPeriods(cases, a, b, false)).toEqual([
      { person: 1, from: d(1, 1), to: d(31, 12), months: 12 },
      { person: 2, from: d(1, 7), to: d(31, 12), months: 6 },
      { person: 3, from: d(1, 1), to: d(30, 6), months: 6 },
      { person: 4, from: d(1, 3), to: d(31, 3), months: 1 },
    ]);
  });

  it("their days over the year are core's HÅP: (365 + 184 + 181 + 31) ÷ 365", () => {
    const days = haapPeriods(cases, a, b, false).reduce((s, p) => s + p.to - p.from + 1, 0);
    expect(days).toBe(365 + 184 + 181 + 31);
    expect(days / 365).toBeCloseTo(haap(cases, a, b, "dage"), 12);
    expect(haap(cases, a, b, "dage")).toBeCloseTo(761 / 365, 12);
  });

  it("by type, a person is counted once per foranstaltning and konto, and a gap splits a period", () => {
    const gap = [
      { cpr: "010190-1234", foranstaltning: "Plejefamilie", konto: "5.28.20", start: d(1, 1), stop: d(31, 1) },
      { cpr: "010190-1234", foranstaltning: "Plejefamilie", konto: "5.28.20", start: d(1, 3), stop: d(15, 3) },
      { cpr: "0101901234", foranstaltning: "Kontaktperson", konto: "5.28.21", start: d(10, 1), stop: d(20, 1) },
      // Outside the year: not counted.
      { cpr: "020290-2345", foranstaltning: "Plejefamilie", konto: "5.28.20", start: ymdToDay(2024, 1, 1), stop: ymdToDay(2024, 12, 31) },
    ];
    expect(haapPeriods(gap, a, b, true)).toEqual([
      { person: 1, foranstaltning: "Kontaktperson", konto: "5.28.21", from: d(10, 1), to: d(20, 1), months: 1 },
      { person: 1, foranstaltning: "Plejefamilie", konto: "5.28.20", from: d(1, 1), to: d(31, 1), months: 2 },
      { person: 1, foranstaltning: "Plejefamilie", konto: "5.28.20", from: d(1, 3), to: d(15, 3), months: 0 },
    ]);
    // Each person once: 31 + 15 days (the Kontaktperson days lie inside January).
    expect(haapPeriods(gap, a, b, false).reduce((s, p) => s + p.to - p.from + 1, 0)).toBe(46);
  });
});
