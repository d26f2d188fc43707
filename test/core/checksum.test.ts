// The case checksum (docs/domain.md §7 "A stale figure always says so"): it changes when any field of
// any row changes, also when two rows swap a value or two edits compensate, and never when the rows
// are only reordered. Its formula on the sheet is checked against it in test/sheets/checksum.recalc.ts.
import fc from "fast-check";
import { casesChecksum, checksumTerm, CHECKSUM_PRIME, OPEN_END, type ChecksumRow } from "../../src/core";
import { randomCases } from "../support/randomCases";

const YEAR = 2025;
const rows = (): ChecksumRow[] => randomCases(3, 2000, YEAR);

/** The kinds of edit a user makes on the case rows, each a change of the rows as a whole. */
type Edit = { kind: "field"; i: number; field: keyof ChecksumRow; value: unknown } | { kind: "swap"; i: number; j: number; field: keyof ChecksumRow };
const FIELDS: (keyof ChecksumRow)[] = ["cpr", "foranstaltning", "konto", "leverandoer", "raadgiver", "status", "takst", "enhed", "start", "stop"];

function apply(base: readonly ChecksumRow[], e: Edit): ChecksumRow[] {
  // Only the edited rows are copied (the others are never changed): copying all 2.000 rows per edit
  // was most of the property's time.
  const out = base.slice();
  for (const k of e.kind === "field" ? [e.i] : [e.i, e.j]) out[k] = { ...base[k] };
  if (e.kind === "field") (out[e.i] as unknown as Record<string, unknown>)[e.field] = e.value;
  else {
    const a = out[e.i] as unknown as Record<string, unknown>, b = out[e.j] as unknown as Record<string, unknown>;
    [a[e.field], b[e.field]] = [b[e.field], a[e.field]];
  }
  return out;
}

/** An edit that leaves every row as it was: the same value typed again, a swap of equal values. */
function noChange(base: readonly ChecksumRow[], e: Edit): boolean {
  if (e.kind === "field") return base[e.i][e.field] === e.value;
  if (base[e.i][e.field] === base[e.j][e.field]) return true;
  // Two rows equal in every other field swap into each other: the rows as a whole are the same.
  return FIELDS.every((f) => f === e.field || base[e.i][f] === base[e.j][f]);
}

describe("casesChecksum", () => {
  it("is a number of at most seven digits, the sum of the rows' values modulo the prime, in any order", () => {
    const base = rows();
    const sum = base.reduce((s, r) => s + checksumTerm(r), 0);
    expect(casesChecksum(base)).toBe(sum % CHECKSUM_PRIME);
    expect(casesChecksum([...base].reverse())).toBe(casesChecksum(base));
    expect(casesChecksum(base)).toBeLessThan(10_000_000);
    expect(casesChecksum([])).toBe(0);
  });

  it("changes when two rows swap their cpr-numre (a per-column sum does not)", () => {
    const base = rows();
    const i = base.findIndex((r, k) => k > 0 && r.cpr !== base[0].cpr);
    const swapped = apply(base, { kind: "swap", i: 0, j: i, field: "cpr" });
    expect(casesChecksum(swapped)).not.toBe(casesChecksum(base));
  });

  it("changes under compensating edits: one takst up 100 kr., another down 100 kr.", () => {
    const base = rows();
    const edited = base.map((r, k) => (k === 0 ? { ...r, takst: r.takst + 100 } : k === 1 ? { ...r, takst: r.takst - 100 } : r));
    expect(casesChecksum(edited)).not.toBe(casesChecksum(base));
  });

  it("changes for 1.000 random single edits and swaps on a 2.000-case table (property)", () => {
    const base = rows();
    const kept = casesChecksum(base);
    const n = base.length;
    const value = (field: keyof ChecksumRow) => {
      switch (field) {
        case "takst": return fc.integer({ min: 0, max: 2_000_000 }).map((k) => k / 4);
        case "start": return fc.integer({ min: 40000, max: 50000 });
        case "stop": return fc.oneof(fc.constant(OPEN_END), fc.integer({ min: 40000, max: 50000 }));
        case "cpr": return fc.stringMatching(/^\d{6}-\d{4}$/);
        default: return fc.string({ minLength: 1, maxLength: 30 });
      }
    };
    const edit: fc.Arbitrary<Edit> = fc.oneof(
      fc.record({ i: fc.nat(n - 1), field: fc.constantFrom(...FIELDS) }).chain(({ i, field }) => value(field).map((v) => ({ kind: "field" as const, i, field, value: v }))),
      fc.record({ kind: fc.constant("swap" as const), i: fc.nat(n - 1), j: fc.nat(n - 1), field: fc.constantFrom(...FIELDS) }),
    );
    // The checksum is a sum over rows (first test), so only the edited rows' values are recomputed;
    // every 50th edit recomputes the whole table to confirm.
    const terms = base.map(checksumTerm);
    const total = terms.reduce((a, b) => a + b, 0);
    let tried = 0;
    fc.assert(fc.property(edit, (e) => {
      fc.pre(!noChange(base, e));
      tried++;
      const after = apply(base, e);
      const touched = e.kind === "field" ? [e.i] : [e.i, e.j];
      const sum = touched.reduce((s, k) => s - terms[k] + checksumTerm(after[k]), total);
      const now = ((sum % CHECKSUM_PRIME) + CHECKSUM_PRIME) % CHECKSUM_PRIME;
      if (tried % 50 === 0) expect(casesChecksum(after)).toBe(now);
      return now !== kept;
    }), { numRuns: 1000, seed: 2025 });
    expect(tried).toBeGreaterThan(900);
  });
});
