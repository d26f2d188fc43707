// Variance split (docs/domain.md §4): is an overrun due to more cases or higher prices?

export interface Volume {
  haap: number;
  pris: number;
}

export interface VarianceSplit {
  total: number;
  maengdeeffekt: number;
  priseffekt: number;
}

/**
 * total = f.haap·f.pris − b.haap·b.pris = (HÅP_f − HÅP_b)·pris_b + (pris_f − pris_b)·HÅP_f.
 * The total is taken as the floating-point sum of the two parts, so they add up to it exactly
 * (`maengdeeffekt + priseffekt === total`); algebraically it is f.amount − b.amount. (Deriving one
 * part as total − other is not exact: (0.1 − 0.3) + 0.3 !== 0.1.)
 */
export function splitVariance(budget: Volume, expected: Volume): VarianceSplit {
  const maengdeeffekt = (expected.haap - budget.haap) * budget.pris;
  const priseffekt = (expected.pris - budget.pris) * expected.haap;
  return { total: maengdeeffekt + priseffekt, maengdeeffekt, priseffekt };
}
