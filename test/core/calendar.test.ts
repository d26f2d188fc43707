// core/calendar.ts: day numbers are Excel's serials (01.01.1900 = 1, with Excel's fictitious 29.02.1900),
// checked against dates counted by hand and Excel's own serials.
import {
  OPEN_END, dayToSerial, dayToYmd, daysInMonth, daysInYear, isLeapYear, isValidYmd, mergeDaySpans, monthEnd, monthStart, monthsInPeriod, overlapDays, yearEnd,
  yearStart, ymdToDay,
} from "../../src/core";

describe("day numbers", () => {
  it("are Excel's serials: 01.01.2025 is 45658, 31.12.9999 is the open end", () => {
    expect(dayToSerial(ymdToDay(2025, 1, 1))).toBe(45658);
    expect(dayToSerial(ymdToDay(2024, 2, 29))).toBe(45351);
    expect(dayToSerial(ymdToDay(1900, 3, 1))).toBe(61);
    expect(ymdToDay(9999, 12, 31)).toBe(OPEN_END);
    expect(dayToYmd(ymdToDay(2028, 2, 29))).toEqual({ y: 2028, m: 2, d: 29 });
  });

  it("know leap years: every fourth, not centuries, but every fourth century", () => {
    expect([2024, 2025, 1900, 2000, 2100].map(isLeapYear)).toEqual([true, false, false, true, false]);
    expect([daysInYear(2024), daysInYear(2025), daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(2025, 4)]).toEqual([366, 365, 29, 28, 30]);
    expect([isValidYmd(2025, 2, 29), isValidYmd(2024, 2, 29), isValidYmd(2025, 13, 1), isValidYmd(2025, 4, 31)]).toEqual([false, true, false, false]);
  });

  it("give the year and month bounds: 2025 has 365 days, February 2024 29", () => {
    expect(yearEnd(2025) - yearStart(2025) + 1).toBe(365);
    expect(monthEnd(2024, 2) - monthStart(2024, 2) + 1).toBe(29);
    expect(monthStart(2025, 7)).toBe(ymdToDay(2025, 7, 1));
  });
});

describe("periods", () => {
  const d = (dd: number, mm: number) => ymdToDay(2025, mm, dd);

  it("count overlapping days inclusively: 15.03–10.04 within April is 10 days, disjoint is 0", () => {
    expect(overlapDays(d(15, 3), d(10, 4), monthStart(2025, 4), monthEnd(2025, 4))).toBe(10);
    expect(overlapDays(d(1, 1), d(31, 1), d(1, 2), d(28, 2))).toBe(0);
    expect(overlapDays(d(1, 1), OPEN_END, yearStart(2025), yearEnd(2025))).toBe(365);
  });

  it("count the calendar months a period touches: 31.01–01.02 touches two, 01.07.2025–31.03.2026 nine", () => {
    expect(monthsInPeriod(d(31, 1), d(1, 2))).toBe(2);
    expect(monthsInPeriod(d(1, 7), ymdToDay(2026, 3, 31))).toBe(9);
    expect(monthsInPeriod(d(5, 5), d(6, 5))).toBe(1);
  });

  it("merge overlapping and touching spans, keep a gap of one day apart", () => {
    expect(mergeDaySpans([[d(1, 3), d(31, 3)], [d(1, 1), d(31, 1)], [d(1, 2), d(10, 2)], [d(12, 2), d(20, 2)], [d(15, 3), d(5, 4)]])).toEqual([
      [d(1, 1), d(10, 2)], [d(12, 2), d(20, 2)], [d(1, 3), d(5, 4)],
    ]);
  });
});
