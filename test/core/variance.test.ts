// docs/domain.md §4 variance split: mængdeeffekt + priseffekt = total, exactly.
import fc from "fast-check";
import { splitVariance } from "../../src/core";

describe("splitVariance", () => {
  test("budget 100 HÅP × 500.000 vs expected 108 HÅP × 520.000", () => {
    // total = 56.160.000 − 50.000.000 = 6.160.000
    // mængdeeffekt = (108 − 100) × 500.000 = 4.000.000; priseffekt = (520.000 − 500.000) × 108 = 2.160.000
    expect(splitVariance({ haap: 100, pris: 500000 }, { haap: 108, pris: 520000 })).toEqual({
      total: 6160000,
      maengdeeffekt: 4000000,
      priseffekt: 2160000,
    });
  });

  test("fewer cases at a higher price: the effects have opposite signs", () => {
    // (90 − 100) × 500.000 = −5.000.000; (560.000 − 500.000) × 90 = 5.400.000; total 400.000
    expect(splitVariance({ haap: 100, pris: 500000 }, { haap: 90, pris: 560000 })).toEqual({
      total: 400000,
      maengdeeffekt: -5000000,
      priseffekt: 5400000,
    });
  });

  test("no change gives zeros", () => {
    expect(splitVariance({ haap: 4, pris: 975000 }, { haap: 4, pris: 975000 })).toEqual({ total: 0, maengdeeffekt: 0, priseffekt: 0 });
  });

  test("the parts add up exactly even where total − part does not round-trip", () => {
    // With total computed as f·p − b·p and priseffekt = total − mængde, these inputs left a residual.
    const s = splitVariance({ haap: 6.4, pris: 962784.34 }, { haap: 34.5, pris: 332668.42 });
    expect(s.maengdeeffekt + s.priseffekt).toBe(s.total);
    expect(s.maengdeeffekt).toBeCloseTo((34.5 - 6.4) * 962784.34, 6);
    expect(s.priseffekt).toBeCloseTo((332668.42 - 962784.34) * 34.5, 6);
    expect(s.total).toBeCloseTo(34.5 * 332668.42 - 6.4 * 962784.34, 6);
  });

  test("property: parts add up to the total exactly (===), and the total is f.amount − b.amount", () => {
    const vol = fc.record({
      haap: fc.double({ min: 0, max: 2000, noNaN: true, noDefaultInfinity: true }),
      pris: fc.double({ min: 0, max: 5_000_000, noNaN: true, noDefaultInfinity: true }),
    });
    fc.assert(
      fc.property(vol, vol, (b, f) => {
        const s = splitVariance(b, f);
        expect(s.maengdeeffekt + s.priseffekt === s.total).toBe(true);
        const direct = f.haap * f.pris - b.haap * b.pris;
        // Rounding is relative to the largest product formed, including the cross terms HÅP_f × pris_b.
        const scale = Math.max(f.haap, b.haap) * Math.max(f.pris, b.pris);
        expect(Math.abs(s.total - direct)).toBeLessThanOrEqual(1e-12 * scale + 1e-300); // + subnormal slack
      }),
      { numRuns: 1000 },
    );
  });
});
