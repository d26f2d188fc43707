// docs/domain.md §4: HÅP (helårspersoner) by "dage" and "måneder", and GNS-pris.
import fc from "fast-check";
import { OPEN_END, haap, gnsPris, parseHaapMethod, yearStart, yearEnd, type PersonSpan, type CaseSpan } from "../../src/core";
import { d, problem, value } from "./builders";
import { arbDay } from "../support/randomCases";
import { TABEL_5_2 } from "../support/tabel52";

const y2023 = [yearStart(2023), yearEnd(2023)] as const;
const span = (start: string, stop: string, cpr?: string | null): PersonSpan => ({ start: d(start), stop: d(stop), cpr });

describe("VIVE Tabel 5.2: HÅP 2017 = 4,0 by both methods, GNS-pris 975.000", () => {
  const rows = [...TABEL_5_2.current, ...TABEL_5_2.expected].map((c, i) => ({ ...c, cpr: `Cpr. ${i + 1}` }));
  const y17 = [yearStart(2017), yearEnd(2017)] as const;

  test("dage: (365 + 365 + 181 + 59 + 184 + 306) / 365 = 1460 / 365 = 4", () => {
    expect(haap(rows, ...y17, "dage")).toBe(4);
    expect(haap(rows, ...y17)).toBe(4); // dage is the default
  });

  test("måneder: (12 + 12 + 6 + 2 + 6 + 10) / 12 = 48 / 12 = 4", () => {
    expect(haap(rows, ...y17, "måneder")).toBe(4);
  });

  test("GNS-pris = 3.900.000 / 4 = 975.000", () => {
    expect(value(gnsPris(rows, ...y17))).toBeCloseTo(975000, 6);
  });
});

describe("HÅP by dage", () => {
  test("a whole year is 1; half a year 181/365", () => {
    expect(haap([span("01.01.2023", "31.12.2023")], ...y2023)).toBe(1);
    expect(haap([span("01.01.2023", "30.06.2023")], ...y2023)).toBe(181 / 365);
  });

  test("leap year divides by 366: 01.01–29.02.2024 = 60/366", () => {
    expect(haap([span("01.01.2024", "29.02.2024")], yearStart(2024), yearEnd(2024))).toBe(60 / 366);
  });

  test("open-ended and pre-period rows are clipped to P", () => {
    expect(haap([{ start: d("01.07.2020"), stop: OPEN_END }], ...y2023)).toBe(1);
    // 01.10.2022–31.01.2023: 31 days inside 2023
    expect(haap([span("01.10.2022", "31.01.2023")], ...y2023)).toBe(31 / 365);
  });

  test("rows outside P and inverted rows count nothing", () => {
    expect(haap([span("01.01.2022", "31.12.2022"), span("01.01.2024", "31.12.2024")], ...y2023)).toBe(0);
    expect(haap([{ start: d("10.03.2023"), stop: d("01.03.2023"), cpr: "x" }], ...y2023)).toBe(0);
    expect(haap([], ...y2023)).toBe(0);
  });

  test("overlapping rows of one CPR count once: 01.01–30.06 ∪ 01.04–31.12 = the whole year", () => {
    const rows = [span("01.01.2023", "30.06.2023", "010190-1234"), span("01.04.2023", "31.12.2023", "010190-1234")];
    expect(haap(rows, ...y2023)).toBe(1);
  });

  test("the same rows without CPR are two persons: (181 + 275) / 365", () => {
    const rows = [span("01.01.2023", "30.06.2023", null), span("01.04.2023", "31.12.2023", "")];
    expect(haap(rows, ...y2023)).toBe((181 + 275) / 365);
  });

  test("a blank CPR cell is no CPR: each such row is its own person", () => {
    const rows = [span("01.01.2023", "30.06.2023", "  "), span("01.01.2023", "30.06.2023", " ")];
    expect(haap(rows, ...y2023)).toBe(362 / 365);
  });

  test("CPR with and without dash is the same person", () => {
    const rows = [span("01.01.2023", "30.06.2023", "010190-1234"), span("01.01.2023", "30.06.2023", "0101901234")];
    expect(haap(rows, ...y2023)).toBe(181 / 365);
  });

  test("a gap between a person's rows is not counted; adjacent rows join", () => {
    const gap = [span("01.01.2023", "31.01.2023", "A"), span("01.03.2023", "31.03.2023", "A")];
    expect(haap(gap, ...y2023)).toBe(62 / 365);
    const adjacent = [span("01.01.2023", "31.01.2023", "A"), span("01.02.2023", "28.02.2023", "A")];
    expect(haap(adjacent, ...y2023)).toBe(59 / 365);
    // sharing exactly one day (31.01): that day counts once
    const touching = [span("01.01.2023", "31.01.2023", "A"), span("31.01.2023", "28.02.2023", "A")];
    expect(haap(touching, ...y2023)).toBe(59 / 365);
    // a row contained in another, listed first, and a third that extends
    const nested = [span("01.02.2023", "10.02.2023", "A"), span("01.01.2023", "31.03.2023", "A"), span("15.03.2023", "30.04.2023", "A")];
    expect(haap(nested, ...y2023)).toBe(120 / 365);
  });

  test("partial period P = 01.01–31.03.2024 (91 days): a case from 01.02 counts 60/91", () => {
    expect(haap([span("01.02.2024", "")], d("01.01.2024"), d("31.03.2024"))).toBe(60 / 91);
  });

  test("an inverted period gives 0", () => {
    expect(haap([span("01.01.2023", "31.12.2023")], yearEnd(2023), yearStart(2023))).toBe(0);
  });
});

describe("HÅP by måneder (BDO)", () => {
  test("any day in a month counts the month: 15.03–20.03 and 31.01–01.02", () => {
    expect(haap([span("15.03.2023", "20.03.2023")], ...y2023, "måneder")).toBe(1 / 12);
    expect(haap([span("31.01.2023", "01.02.2023")], ...y2023, "måneder")).toBe(2 / 12);
  });

  test("overlapping rows of one CPR count each month once", () => {
    const rows = [span("01.01.2023", "30.06.2023", "A"), span("15.06.2023", "31.07.2023", "A")];
    expect(haap(rows, ...y2023, "måneder")).toBe(7 / 12);
    const noCpr = rows.map((r) => ({ ...r, cpr: undefined }));
    expect(haap(noCpr, ...y2023, "måneder")).toBe((6 + 2) / 12);
  });

  test("partial period: divide by the months in P — 01.01–31.03.2024, case from 20.02 → 2/3", () => {
    expect(haap([span("20.02.2024", "")], d("01.01.2024"), d("31.03.2024"), "måneder")).toBe(2 / 3);
  });

  test("a period across a year boundary: 01.11.2023–28.02.2024 is 4 months", () => {
    expect(haap([span("01.01.2023", "15.01.2024")], d("01.11.2023"), d("28.02.2024"), "måneder")).toBe(3 / 4);
  });
});

describe("GNS-pris", () => {
  test("one case half a year: 181 days of 10.000/md Jan–Jun = 60.000 / (181/365)", () => {
    const c: CaseSpan & PersonSpan = { takst: 10000, enhed: "måned", start: d("01.01.2023"), stop: d("30.06.2023"), cpr: "A" };
    expect(value(gnsPris([c], ...y2023))).toBeCloseTo(60000 / (181 / 365), 6);
  });

  test("HÅP 0 is an error, not 0 or ∞", () => {
    const c: CaseSpan & PersonSpan = { takst: 10000, enhed: "måned", start: d("01.01.2022"), stop: d("31.12.2022") };
    const p = problem(gnsPris([c], ...y2023));
    expect(p.code).toBe("haap.zero");
    expect(p.message).toBe("Helårspersoner er 0 i perioden — gennemsnitsprisen kan ikke beregnes (division med 0)");
    expect(problem(gnsPris([], ...y2023)).code).toBe("haap.zero");
  });
});

describe("parseHaapMethod", () => {
  test.each<[unknown, string]>([
    [undefined, "dage"], [null, "dage"], ["", "dage"], ["Dage", "dage"], ["dag", "dage"],
    ["måneder", "måneder"], ["Måneder", "måneder"], ["maaneder", "måneder"], ["mdr", "måneder"],
  ])("%p → %s", (input, method) => {
    expect(value(parseHaapMethod(input))).toBe(method);
  });

  test("unknown method", () => {
    const p = problem(parseHaapMethod("uger"));
    expect(p.code).toBe("haap.method");
    expect(p.message).toBe("uger er ikke en kendt metode (dage eller måneder)");
  });
});

describe("properties", () => {
  const arbRow = fc
    .record({ a: arbDay, b: arbDay, cpr: fc.constantFrom<string | null>("A", "B", "C", "D", null) })
    .map(({ a, b, cpr }) => ({ start: Math.min(a, b), stop: Math.max(a, b), cpr }));
  const arbPeriod = fc.tuple(arbDay, arbDay).map(([x, y]) => [Math.min(x, y), Math.max(x, y)] as const);
  const arbMethod = fc.constantFrom<"dage" | "måneder">("dage", "måneder");

  test("HÅP ≤ number of distinct persons, and ≥ 0", () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 12 }), arbPeriod, arbMethod, (rows, [a, b], method) => {
        const persons = new Set(rows.filter((r) => r.cpr).map((r) => r.cpr)).size + rows.filter((r) => !r.cpr).length;
        const h = haap(rows, a, b, method);
        expect(h).toBeGreaterThanOrEqual(0);
        expect(h).toBeLessThanOrEqual(persons + 1e-12);
      }),
      { numRuns: 500 },
    );
  });

  test("merging a person's overlapping rows never raises HÅP (rows with CPR ≤ same rows without)", () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 12 }), arbPeriod, arbMethod, (rows, [a, b], method) => {
        const anonymous = rows.map((r) => ({ ...r, cpr: null }));
        expect(haap(rows, a, b, method)).toBeLessThanOrEqual(haap(anonymous, a, b, method) + 1e-12);
      }),
      { numRuns: 500 },
    );
  });

  test("by dage, one person's HÅP over a year is the days of the union / days of the year", () => {
    fc.assert(
      fc.property(fc.array(arbRow, { minLength: 1, maxLength: 6 }), fc.integer({ min: 2010, max: 2035 }), (rows, y) => {
        const one = rows.map((r) => ({ ...r, cpr: "X" }));
        const a = yearStart(y), b = yearEnd(y);
        // brute force: mark every covered day
        let covered = 0;
        for (let day = a; day <= b; day++) if (one.some((r) => r.start <= day && day <= r.stop)) covered++;
        expect(haap(one, a, b)).toBe(covered / (b - a + 1));
      }),
      { numRuns: 200 },
    );
  });
});
