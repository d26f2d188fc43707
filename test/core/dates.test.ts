// docs/domain.md §3: dates as Excel 1900-system serials, JS Dates or Danish text; open-ended stops.
import fc from "fast-check";
import {
  OPEN_END, parseDate, serialToDay, dayToSerial, ymdToDay, dayToYmd, isLeapYear, daysInMonth, daysInYear,
  isValidYmd, yearStart, yearEnd, monthStart, monthEnd, overlapDays, monthsInPeriod, mergeDaySpans, formatDate,
  type DateValue,
} from "../../src/core";
import { problem, value } from "./builders";

describe("ymdToDay / dayToYmd", () => {
  test("01.01.2017 is day (= serial) 42736", () => {
    expect(ymdToDay(2017, 1, 1)).toBe(42736);
    expect(dayToYmd(42736)).toEqual({ y: 2017, m: 1, d: 1 });
  });

  test("01.03.1900 is day 61, the first day where day number = Excel serial", () => {
    expect(ymdToDay(1900, 3, 1)).toBe(61);
    // The real calendar has no 29.02.1900: 28.02.1900 is the day before 01.03.1900.
    expect(ymdToDay(1900, 2, 28)).toBe(60);
    expect(ymdToDay(1900, 1, 1)).toBe(2);
  });

  test("31.12.9999 is OPEN_END (Excel's last date, serial 2958465)", () => {
    expect(ymdToDay(9999, 12, 31)).toBe(OPEN_END);
    expect(OPEN_END).toBe(2958465);
  });

  test("year/month boundaries", () => {
    expect(yearStart(2024)).toBe(ymdToDay(2024, 1, 1));
    expect(yearEnd(2024)).toBe(ymdToDay(2024, 12, 31));
    expect(yearEnd(2024) - yearStart(2024) + 1).toBe(366);
    expect(yearEnd(2023) - yearStart(2023) + 1).toBe(365);
    expect(monthStart(2024, 2)).toBe(ymdToDay(2024, 2, 1));
    expect(monthEnd(2024, 2)).toBe(ymdToDay(2024, 2, 29));
    expect(monthEnd(2023, 2)).toBe(ymdToDay(2023, 2, 28));
  });
});

describe("leap years", () => {
  test.each([
    [2024, true], [2023, false], [2000, true], [1900, false], [2100, false], [2400, true],
  ])("%i leap = %p", (y, leap) => {
    expect(isLeapYear(y)).toBe(leap);
    expect(daysInYear(y)).toBe(leap ? 366 : 365);
    expect(daysInMonth(y, 2)).toBe(leap ? 29 : 28);
  });

  test("days in each month of 2023", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });

  test("isValidYmd", () => {
    expect(isValidYmd(2024, 2, 29)).toBe(true);
    expect(isValidYmd(2023, 2, 29)).toBe(false);
    expect(isValidYmd(2024, 2, 31)).toBe(false);
    expect(isValidYmd(2024, 13, 1)).toBe(false);
    expect(isValidYmd(2024, 0, 1)).toBe(false);
    expect(isValidYmd(2024, 1, 0)).toBe(false);
    expect(isValidYmd(2024, 1.5, 1)).toBe(false);
  });
});

describe("Excel serials", () => {
  test("serial 1 = 01.01.1900", () => {
    const day = value(serialToDay(1));
    expect(dayToYmd(day)).toEqual({ y: 1900, m: 1, d: 1 });
    expect(formatDate(value(parseDate(1)) as number)).toBe("01.01.1900");
  });

  test("serial 59 = 28.02.1900, serial 61 = 01.03.1900", () => {
    expect(dayToYmd(value(serialToDay(59)))).toEqual({ y: 1900, m: 2, d: 28 });
    expect(dayToYmd(value(serialToDay(61)))).toEqual({ y: 1900, m: 3, d: 1 });
    expect(formatDate(value(parseDate(61)) as number)).toBe("01.03.1900");
  });

  test("serial 60 (the fictitious 29.02.1900) is an error with a Danish message", () => {
    const p = problem(serialToDay(60));
    expect(p.code).toBe("date.fictitious");
    expect(p.message).toBe("29.02.1900 findes ikke (Excels fiktive dato, serienummer 60)");
    expect(problem(parseDate(60)).code).toBe("date.fictitious");
    expect(problem(parseDate(60, true)).code).toBe("date.fictitious");
  });

  test("serial 42736 = 01.01.2017", () => {
    expect(value(parseDate(42736))).toBe(42736);
    expect(formatDate(42736)).toBe("01.01.2017");
  });

  test("a serial with a time of day is the date", () => {
    expect(value(parseDate(42736.75))).toBe(42736);
  });

  test("out of range serials", () => {
    expect(problem(serialToDay(0)).code).toBe("date.range");
    expect(problem(serialToDay(-5)).code).toBe("date.range");
    expect(problem(serialToDay(OPEN_END + 1)).code).toBe("date.range");
    expect(problem(parseDate(0)).code).toBe("date.range");
    expect(problem(parseDate(Number.NaN)).code).toBe("date.invalid");
  });

  test("dayToSerial inverts serialToDay on both sides of the 1900 gap", () => {
    for (const serial of [1, 2, 59, 61, 62, 42736, OPEN_END]) {
      expect(dayToSerial(value(serialToDay(serial)))).toBe(serial);
    }
  });

  test("a serial typed as text", () => {
    expect(value(parseDate("42736"))).toBe(42736);
    expect(problem(parseDate("60")).code).toBe("date.fictitious");
  });
});

describe("JS Dates", () => {
  test("local midnight Date", () => {
    expect(value(parseDate(new Date(2017, 0, 1)))).toBe(42736);
    expect(value(parseDate(new Date(2024, 1, 29)))).toBe(ymdToDay(2024, 2, 29));
  });

  test("UTC midnight Date", () => {
    expect(value(parseDate(new Date(Date.UTC(2017, 0, 1))))).toBe(42736);
  });

  test("a UTC Date with a time of day (as ExcelJS reads serial 42736,75) is that day, not the next", () => {
    expect(value(parseDate(new Date(Date.UTC(2017, 0, 1, 18, 0))))).toBe(42736);
    expect(value(parseDate(new Date(Date.UTC(2017, 0, 1, 23, 59, 59))))).toBe(42736);
  });

  test("invalid Date is an error", () => {
    const p = problem(parseDate(new Date("nonsense")));
    expect(p.code).toBe("date.invalid");
    expect(p.message).toBe("Invalid Date er ikke en gyldig dato");
  });

  test("a Date in 9999 is open only as a stop date", () => {
    expect(value(parseDate(new Date(Date.UTC(9999, 0, 1)), true))).toBe("open");
    expect(value(parseDate(new Date(Date.UTC(9999, 0, 1)), false))).toBe(ymdToDay(9999, 1, 1));
  });
});

describe("text dates", () => {
  const day = ymdToDay(2024, 3, 5);
  test.each([
    ["05.03.2024"], ["05-03-2024"], ["5/3/2024"], ["05/03/2024"], ["5.3.2024"], ["2024-03-05"], ["  05.03.2024 "],
  ])("%s = 05.03.2024", (text) => {
    expect(value(parseDate(text))).toBe(day);
  });

  test("29.02.2024 exists, 29.02.2023 does not", () => {
    expect(value(parseDate("29.02.2024"))).toBe(ymdToDay(2024, 2, 29));
    const p = problem(parseDate("29.02.2023"));
    expect(p.code).toBe("date.invalid");
    expect(p.message).toBe("29.02.2023 er ikke en gyldig dato");
  });

  test("31.02.2024 is rejected", () => {
    const p = problem(parseDate("31.02.2024"));
    expect(p.code).toBe("date.invalid");
    expect(p.message).toBe("31.02.2024 er ikke en gyldig dato");
  });

  test("2024-13-01 is rejected", () => {
    const p = problem(parseDate("2024-13-01"));
    expect(p.code).toBe("date.invalid");
    expect(p.message).toBe("2024-13-01 er ikke en gyldig dato");
  });

  test.each([["01.01.24"], ["1/1/24"], ["01-01-24"]])("two-digit year %s is rejected", (text) => {
    const p = problem(parseDate(text));
    expect(p.code).toBe("date.twoDigitYear");
    expect(p.message).toBe(`${text} har et tocifret årstal — skriv året med fire cifre`);
    expect(p.severity).toBe("fejl");
  });

  test.each([["i morgen"], ["ultimo marts"], ["01.01.2024 kl. 12"], ["1.1.202"]])("plain text %s is rejected", (text) => {
    const p = problem(parseDate(text));
    expect(p.code).toBe("date.invalid");
    expect(p.message).toBe(`${text} er ikke en gyldig dato`);
  });

  test("a year before 1900 is rejected", () => {
    expect(problem(parseDate("31.12.1899")).code).toBe("date.invalid");
  });

  test("other types are rejected", () => {
    expect(problem(parseDate(true)).code).toBe("date.invalid");
    expect(problem(parseDate({})).code).toBe("date.invalid");
  });
});

describe("open-ended stop dates", () => {
  test.each<[unknown]>([[null], [undefined], [""], ["   "], [0], ["01.01.9999"], ["31.12.9999"], ["9999-06-30"], [OPEN_END], [ymdToDay(9999, 1, 1)]])(
    "%p is open when allowOpen",
    (input) => {
      expect(value<DateValue>(parseDate(input, true))).toBe("open");
    },
  );

  test("empty is 'mangler en dato' when not allowOpen", () => {
    for (const input of [null, undefined, "", "  "]) {
      const p = problem(parseDate(input));
      expect(p.code).toBe("date.missing");
      expect(p.message).toBe("mangler en dato");
    }
  });

  test("a date in 9999 is an ordinary date when not allowOpen", () => {
    expect(value(parseDate("01.01.9999"))).toBe(ymdToDay(9999, 1, 1));
  });

  test("31.12.9998 is not open", () => {
    expect(value(parseDate("31.12.9998", true))).toBe(ymdToDay(9998, 12, 31));
  });
});

describe("overlapDays and monthsInPeriod", () => {
  test("inclusive: 01.01–31.01 is 31 days", () => {
    const jan1 = ymdToDay(2024, 1, 1), jan31 = ymdToDay(2024, 1, 31);
    expect(overlapDays(jan1, jan31, jan1, jan31)).toBe(31);
    expect(overlapDays(jan1, jan1, jan1, jan31)).toBe(1);
  });

  test("clipping and disjoint", () => {
    // [10.01, 20.02] ∩ [01.02, 29.02] = 01.02–20.02 = 20 days
    expect(overlapDays(ymdToDay(2024, 1, 10), ymdToDay(2024, 2, 20), monthStart(2024, 2), monthEnd(2024, 2))).toBe(20);
    expect(overlapDays(ymdToDay(2024, 1, 10), ymdToDay(2024, 1, 20), monthStart(2024, 2), monthEnd(2024, 2))).toBe(0);
    // touching at one day counts that day
    expect(overlapDays(ymdToDay(2024, 1, 10), monthStart(2024, 2), monthStart(2024, 2), monthEnd(2024, 2))).toBe(1);
  });

  test("monthsInPeriod counts calendar months touched", () => {
    expect(monthsInPeriod(yearStart(2024), yearEnd(2024))).toBe(12);
    expect(monthsInPeriod(ymdToDay(2024, 1, 31), ymdToDay(2024, 2, 1))).toBe(2);
    expect(monthsInPeriod(ymdToDay(2023, 11, 15), ymdToDay(2024, 2, 10))).toBe(4);
    expect(monthsInPeriod(ymdToDay(2024, 5, 3), ymdToDay(2024, 5, 9))).toBe(1);
  });
});

describe("properties", () => {
  const ymd = fc
    .record({ y: fc.integer({ min: 1900, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .filter(({ y, m, d }) => isValidYmd(y, m, d));

  test("ymd → day → ymd round-trips", () => {
    fc.assert(fc.property(ymd, ({ y, m, d }) => {
      expect(dayToYmd(ymdToDay(y, m, d))).toEqual({ y, m, d });
    }));
  });

  test("day → ymd → day round-trips and consecutive days are consecutive dates", () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: OPEN_END - 1 }), (day) => {
      const { y, m, d } = dayToYmd(day);
      expect(ymdToDay(y, m, d)).toBe(day);
      const next = dayToYmd(day + 1);
      if (next.d !== 1) expect(next).toEqual({ y, m, d: d + 1 });
      else expect(d).toBe(daysInMonth(y, m));
    }));
  });

  test("dd.mm.yyyy text parses to the same day as ymdToDay", () => {
    fc.assert(fc.property(ymd.filter(({ y }) => y < 9999), ({ y, m, d }) => {
      const text = `${String(d).padStart(2, "0")}.${String(m).padStart(2, "0")}.${y}`;
      expect(value(parseDate(text, true))).toBe(ymdToDay(y, m, d));
      expect(formatDate(ymdToDay(y, m, d))).toBe(text);
    }));
  });
});

describe("mergeDaySpans", () => {
  it("joins overlapping and touching spans, keeps a gap of one day apart, and sorts by start", () => {
    // 10–12 and 13–15 touch (no day between); 11–20 overlaps; 22–25 leaves day 21 out.
    expect(mergeDaySpans([[22, 25], [13, 15], [10, 12], [11, 20]])).toEqual([[10, 20], [22, 25]]);
    expect(mergeDaySpans([[5, 5]])).toEqual([[5, 5]]);
    expect(mergeDaySpans([])).toEqual([]);
  });
});
