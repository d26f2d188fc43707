// docs/domain.md §4 (disposition, disposed amount, forventet regnskab) and §6 (VIVE Tabel 5.2).
import fc from "fast-check";
import {
  OPEN_END, disponeringInPeriod, disponeringInMonth, monthlyDisponering, disposedAmount, monthlyTotals,
  forventetRegnskab, disposedAmountOfColumns, dayFactor, yearStart, yearEnd, monthStart, monthEnd, type CaseSpan, type CaseColumns,
} from "../../src/core";
import { closeRel, d, kase } from "./builders";
import { arbCase, arbDay } from "../support/randomCases";
import { TABEL_5_2 } from "../support/tabel52";

const sum = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0);

describe("dayFactor (one day at rate 1)", () => {
  test("per unit", () => {
    expect(dayFactor("måned", 2024, 2)).toBe(1 / 29);
    expect(dayFactor("måned", 2023, 2)).toBe(1 / 28);
    expect(dayFactor("måned", 2024, 1)).toBe(1 / 31);
    expect(dayFactor("døgn", 2024, 2)).toBe(1);
    expect(dayFactor("uge", 2024, 2)).toBe(1 / 7);
    expect(dayFactor("år", 2024, 7)).toBe(1 / 366);
    expect(dayFactor("år", 2023, 7)).toBe(1 / 365);
  });
});

describe("disponeringInMonth — unit måned: t × days / days_M", () => {
  test("a whole month is the monthly rate", () => {
    const c = kase(30000, "måned", "01.01.2024", "31.12.2024");
    expect(disponeringInMonth(c, 2024, 1)).toBeCloseTo(30000, 9);
    expect(disponeringInMonth(c, 2024, 2)).toBeCloseTo(30000, 9);
    expect(disponeringInMonth(c, 2024, 4)).toBeCloseTo(30000, 9);
  });

  test("partial month from the 16th: 30.000 × 16/31 = 15.483,87", () => {
    const c = kase(30000, "måned", "16.01.2024");
    expect(disponeringInMonth(c, 2024, 1)).toBeCloseTo((30000 * 16) / 31, 9);
    expect(disponeringInMonth(c, 2024, 1)).toBeCloseTo(15483.870968, 5);
  });

  test("leap February: 29.000 × 15/29 (15.02–29.02.2024) = 15.000", () => {
    const c = kase(29000, "måned", "15.02.2024", "29.02.2024");
    expect(disponeringInMonth(c, 2024, 2)).toBeCloseTo(15000, 9);
  });

  test("ordinary February: 28.000 × 14/28 (15.02–28.02.2023) = 14.000", () => {
    const c = kase(28000, "måned", "15.02.2023", "28.02.2023");
    expect(disponeringInMonth(c, 2023, 2)).toBeCloseTo(14000, 9);
  });

  test("stop mid-month: 10.000, 01.04–10.04.2024 = 10.000 × 10/30 = 3.333,33", () => {
    const c = kase(10000, "måned", "01.03.2024", "10.04.2024");
    expect(disponeringInMonth(c, 2024, 3)).toBeCloseTo(10000, 9);
    expect(disponeringInMonth(c, 2024, 4)).toBeCloseTo(10000 / 3, 9);
    expect(disponeringInMonth(c, 2024, 5)).toBe(0);
    expect(disponeringInMonth(c, 2024, 2)).toBe(0);
  });

  test("start and stop are inclusive: a one-day case in January is 1/31 of the rate", () => {
    const c = kase(31000, "måned", "17.01.2024", "17.01.2024");
    expect(disponeringInMonth(c, 2024, 1)).toBeCloseTo(1000, 9);
  });
});

describe("disponeringInMonth — unit døgn: t × days", () => {
  test("01.01–31.01 is 31 days", () => {
    const c = kase(2000, "døgn", "01.01.2024", "31.01.2024");
    expect(disponeringInMonth(c, 2024, 1)).toBe(62000);
  });
  test("February 2024 has 29 days, February 2023 has 28", () => {
    expect(disponeringInMonth(kase(2000, "døgn", "01.01.2024"), 2024, 2)).toBe(58000);
    expect(disponeringInMonth(kase(2000, "døgn", "01.01.2023"), 2023, 2)).toBe(56000);
  });
  test("10.05–20.05 = 11 days", () => {
    expect(disponeringInMonth(kase(1500, "døgn", "10.05.2024", "20.05.2024"), 2024, 5)).toBe(16500);
  });
});

describe("disponeringInMonth — unit uge: t × days / 7", () => {
  test("January: 7.000 × 31/7 = 31.000", () => {
    expect(disponeringInMonth(kase(7000, "uge", "01.01.2024"), 2024, 1)).toBeCloseTo(31000, 9);
  });
  test("one week 05.02–11.02.2024 = one weekly rate", () => {
    expect(disponeringInMonth(kase(3500, "uge", "05.02.2024", "11.02.2024"), 2024, 2)).toBeCloseTo(3500, 9);
  });
});

describe("disponeringInMonth — unit år: t × days / days_in_year", () => {
  test("2024 divides by 366: 366.000 → 1.000 a day, January 31.000, February 29.000", () => {
    const c = kase(366000, "år", "01.01.2024");
    expect(disponeringInMonth(c, 2024, 1)).toBeCloseTo(31000, 9);
    expect(disponeringInMonth(c, 2024, 2)).toBeCloseTo(29000, 9);
  });
  test("2023 divides by 365: 365.000 → January 31.000, February 28.000", () => {
    const c = kase(365000, "år", "01.01.2023");
    expect(disponeringInMonth(c, 2023, 1)).toBeCloseTo(31000, 9);
    expect(disponeringInMonth(c, 2023, 2)).toBeCloseTo(28000, 9);
  });
  test("a whole year is the annual rate in both leap and ordinary years", () => {
    expect(disponeringInPeriod(kase(500000, "år", "01.01.2024"), yearStart(2024), yearEnd(2024))).toBeCloseTo(500000, 6);
    expect(disponeringInPeriod(kase(500000, "år", "01.01.2023"), yearStart(2023), yearEnd(2023))).toBeCloseTo(500000, 6);
  });
});

describe("disponeringInPeriod", () => {
  test("måned, P = 10.03–20.04.2024: 30.000 × 22/31 + 30.000 × 20/30", () => {
    const c = kase(30000, "måned", "01.01.2024");
    // March: 10.03–31.03 = 22 days of 31; April: 01.04–20.04 = 20 days of 30.
    const expected = (30000 * 22) / 31 + (30000 * 20) / 30;
    expect(disponeringInPeriod(c, d("10.03.2024"), d("20.04.2024"))).toBeCloseTo(expected, 9);
    expect(disponeringInPeriod(c, d("10.03.2024"), d("20.04.2024"))).toBeCloseTo(41290.322581, 5);
  });

  test("across a year boundary: 31.000/md 15.12.2023–15.01.2024 = 17.000 + 15.000", () => {
    const c = kase(31000, "måned", "15.12.2023", "15.01.2024");
    expect(disponeringInPeriod(c, d("01.01.2023"), d("31.12.2024"))).toBeCloseTo(32000, 9);
    expect(disponeringInPeriod(c, yearStart(2023), yearEnd(2023))).toBeCloseTo(17000, 9);
    expect(disponeringInPeriod(c, yearStart(2024), yearEnd(2024))).toBeCloseTo(15000, 9);
  });

  test("år across 2023/2024 divides each part by its own year length", () => {
    // 01.12.2023–31.01.2024 at 365.000/år: December 31 × 1.000 + January 31 × 365.000/366
    const c = kase(365000, "år", "01.12.2023", "31.01.2024");
    expect(disponeringInPeriod(c, c.start, c.stop)).toBeCloseTo(31000 + (31 * 365000) / 366, 9);
  });

  test("døgn and uge over a period are t × days and t × days / 7", () => {
    // 01.01–31.03.2024 = 31 + 29 + 31 = 91 days
    expect(disponeringInPeriod(kase(1000, "døgn", "01.01.2024"), d("01.01.2024"), d("31.03.2024"))).toBe(91000);
    expect(disponeringInPeriod(kase(7000, "uge", "01.01.2024"), d("01.01.2024"), d("31.03.2024"))).toBeCloseTo(91000, 9);
  });

  test("an open-ended case runs to the end of every period", () => {
    const c = kase(10000, "måned", "01.07.2023", "01.01.9999");
    expect(c.stop).toBe(OPEN_END);
    expect(disponeringInPeriod(c, yearStart(2023), yearEnd(2023))).toBeCloseTo(60000, 9);
    expect(disponeringInPeriod(c, yearStart(2024), yearEnd(2024))).toBeCloseTo(120000, 9);
    expect(disponeringInPeriod(c, yearStart(2040), yearEnd(2040))).toBeCloseTo(120000, 9);
  });

  test("disjoint periods and inverted cases give 0", () => {
    const c = kase(10000, "måned", "01.03.2024", "31.03.2024");
    expect(disponeringInPeriod(c, d("01.04.2024"), d("30.04.2024"))).toBe(0);
    expect(disponeringInPeriod(c, d("01.01.2024"), d("29.02.2024"))).toBe(0);
    const inverted: CaseSpan = { takst: 10000, enhed: "døgn", start: d("10.03.2024"), stop: d("01.03.2024") };
    expect(disponeringInPeriod(inverted, yearStart(2024), yearEnd(2024))).toBe(0);
    expect(disponeringInMonth(inverted, 2024, 3)).toBe(0);
  });
});

/** Cases as the columns a custom function reads (one unit for all when they agree). */
function columnsOf(cases: readonly CaseSpan[], oneUnit = false): CaseColumns {
  return {
    count: cases.length,
    takst: Float64Array.from(cases, (c) => c.takst),
    start: Float64Array.from(cases, (c) => c.start),
    stop: Float64Array.from(cases, (c) => c.stop),
    enhed: oneUnit ? cases[0].enhed : cases.map((c) => c.enhed),
  };
}

describe("disposedAmountOfColumns (the sum SOC.DISPONERET takes over a whole range)", () => {
  test("Tabel 5.2 in 2017: 3.900.000, the same as disposedAmount", () => {
    const all = [...TABEL_5_2.current, ...TABEL_5_2.expected];
    expect(disposedAmountOfColumns(columnsOf(all, true), yearStart(2017), yearEnd(2017))).toBeCloseTo(3_900_000, 6);
  });

  test("by hand: 30.000/md 10.03–20.04.2024 + 31.000/md 15.12.2023–15.01.2024 + 365.000/år over the new year", () => {
    const cases = [
      kase(30000, "måned", "01.01.2024"),
      kase(31000, "måned", "15.12.2023", "15.01.2024"),
      kase(365000, "år", "01.12.2023", "31.01.2024"),
      kase(1000, "døgn", "01.01.2024"),
    ];
    // Over 01.12.2023–20.04.2024, one case at a time:
    const a = d("01.12.2023"), b = d("20.04.2024");
    const byHand =
      30000 * (3 + 20 / 30) + // January–March 2024 whole, 20 days of April
      31000 * (17 / 31 + 15 / 31) + // 15.12–31.12 and 01.01–15.01
      (31 * 365000) / 365 + (31 * 365000) / 366 + // December 2023, January 2024
      1000 * (31 + 29 + 31 + 20); // 01.01–20.04.2024 in days
    expect(disposedAmountOfColumns(columnsOf(cases), a, b)).toBeCloseTo(byHand, 6);
  });

  test("a period longer than the month table (01.01.1950–31.12.2040) is summed case by case, the same figure", () => {
    const c = kase(12000, "måned", "01.07.2023", "30.06.2024");
    expect(disposedAmountOfColumns(columnsOf([c]), d("01.01.1950"), d("31.12.2040"))).toBeCloseTo(144000, 6);
  });

  test("equals disposedAmount for random tables and periods", () => {
    fc.assert(
      fc.property(fc.array(arbCase, { maxLength: 30 }), arbDay, arbDay, (cases, x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        expect(disposedAmountOfColumns(columnsOf(cases), a, b)).toBe(disposedAmount(cases, a, b));
      }),
      { numRuns: 100 },
    );
  });
});

describe("VIVE Tabel 5.2 (docs/domain.md §6)", () => {
  const all = [...TABEL_5_2.current, ...TABEL_5_2.expected];
  const y17 = [yearStart(2017), yearEnd(2017)] as const;

  test("expected 2017 per case", () => {
    const perCase = all.map((c) => disponeringInPeriod(c, ...y17));
    const expected = [1200000, 600000, 450000, 200000, 450000, 1000000];
    perCase.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 6));
  });

  test("current total 2.450.000, current + expected 3.900.000", () => {
    expect(disposedAmount(TABEL_5_2.current, ...y17)).toBeCloseTo(2450000, 6);
    expect(disposedAmount(all, ...y17)).toBeCloseTo(3900000, 6);
  });

  test("325.000 in every month", () => {
    const totals = monthlyTotals(all, 2017);
    expect(totals).toHaveLength(12);
    totals.forEach((v) => expect(v).toBeCloseTo(325000, 6));
  });

  test("monthlyDisponering of Cpr. 3 (75.000, to 30.06.2017): six months then nothing", () => {
    const months = monthlyDisponering(TABEL_5_2.current[2], 2017);
    months.slice(0, 6).forEach((v) => expect(v).toBeCloseTo(75000, 9));
    expect(months.slice(6)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  test("forventet regnskab with no booked amounts: 3.900.000, plus the pool 1.000.000 = 4.900.000", () => {
    expect(forventetRegnskab({ year: 2017, booked: [], cases: TABEL_5_2.current, expected: TABEL_5_2.expected })).toBeCloseTo(3900000, 6);
    expect(forventetRegnskab({ year: 2017, booked: [], cases: TABEL_5_2.current })).toBeCloseTo(2450000, 6);
    expect(
      forventetRegnskab({ year: 2017, booked: [], cases: TABEL_5_2.current, expected: TABEL_5_2.expected, pool: 1000000 }),
    ).toBeCloseTo(4900000, 6);
  });

  test("closed months use booked amounts, not dispositions", () => {
    // Actuals Jan–Mar 300.000 + 310.000 + 340.000 = 950.000; Apr–Dec dispositions 9 × 325.000 = 2.925.000;
    // + risk 200.000 + pool 1.000.000 = 5.075.000.
    const f = forventetRegnskab({
      year: 2017,
      booked: [300000, 310000, 340000],
      cases: TABEL_5_2.current,
      expected: TABEL_5_2.expected,
      risk: 200000,
      pool: 1000000,
    });
    expect(f).toBeCloseTo(5075000, 6);
  });

  test("a case that ended in a closed month contributes only through the booked amounts", () => {
    // Cpr. 4 stops 28.02.2017; with Jan–Feb booked (2 × 100.000) it adds nothing further.
    const f = forventetRegnskab({ year: 2017, booked: [100000, 100000], cases: [TABEL_5_2.current[3]] });
    expect(f).toBe(200000);
  });

  test("all 12 months booked: the booked amounts are the result", () => {
    const booked = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => m * 1000);
    expect(forventetRegnskab({ year: 2017, booked, cases: all, risk: 0, pool: 0 })).toBe(78000);
  });
});

describe("properties", () => {
  const arbYear = fc.integer({ min: 2010, max: 2035 });

  test("the 12 monthly dispositions of a year add up to the disposed amount of the year", () => {
    fc.assert(
      fc.property(arbCase, arbYear, (c, y) => {
        const months = sum(monthlyDisponering(c, y));
        const year = disponeringInPeriod(c, yearStart(y), yearEnd(y));
        expect(closeRel(months, year, 1e-6)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test("splitting a period in two adds up", () => {
    fc.assert(
      fc.property(arbCase, arbDay, arbDay, arbDay, (c, x, y, z) => {
        const [a, m, b] = [x, y, z].sort((p, q) => p - q);
        if (m === b) return; // nothing right of the split
        const whole = disponeringInPeriod(c, a, b);
        const parts = disponeringInPeriod(c, a, m) + disponeringInPeriod(c, m + 1, b);
        expect(closeRel(whole, parts, 1e-9)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test("a month's disposition equals the period disposition of that month", () => {
    fc.assert(
      fc.property(arbCase, arbYear, fc.integer({ min: 1, max: 12 }), (c, y, m) => {
        expect(closeRel(disponeringInMonth(c, y, m), disponeringInPeriod(c, monthStart(y, m), monthEnd(y, m)), 1e-12)).toBe(true);
      }),
    );
  });

  test("monthlyTotals is the sum of each case's monthlyDisponering", () => {
    fc.assert(
      fc.property(fc.array(arbCase, { maxLength: 8 }), arbYear, (cases, y) => {
        const totals = monthlyTotals(cases, y);
        for (let m = 0; m < 12; m++) {
          expect(closeRel(totals[m], sum(cases.map((c) => monthlyDisponering(c, y)[m])), 1e-9)).toBe(true);
        }
      }),
    );
  });
});
