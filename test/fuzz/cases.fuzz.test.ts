// Bad input never crashes and never disappears: random and malformed rows (10.000 in `npm run test:deep`)
// through header recognition, validation and the sheet builder.
import fc from "fast-check";
import { CASE_FIELDS, recogniseHeaders, validateCases, type ColumnMapping } from "../../src/core";
import { buildDisponering } from "../../src/sheets/disponering";
import { specProblems } from "../../src/excel/plan";
import { size } from "../support/deep";

// 10.000 rows (200 tables of 50) in `npm run test:deep`, 1.000 in `npm test`.
const TABLES = size(20, 200);

const HEADERS = ["Cpr-nr.", "Navn", "Foranstaltning", "Konto", "Takst", "Takstenhed", "Startdato", "Stopdato", "Leverandør", "Rådgiver", "Status"];
const mapping: ColumnMapping = recogniseHeaders(HEADERS);

const anyCell = fc.oneof(
  fc.constant(null), fc.constant(undefined), fc.constant(""), fc.constant("   "),
  fc.string(), fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.integer(), fc.double(), fc.constant(Number.NaN), fc.constant(Infinity), fc.constant(-1e308), fc.constant(1e308),
  fc.boolean(), fc.date({ noInvalidDate: false }),
  fc.constantFrom("31.02.2024", "2024-13-01", "01.01.99", "01.01.1899", "01.01.2100", "01.01.9999", "29.02.1900", "1/1/2025", "-4.483.562", "kr. 1.200", "75.000,50", "døgn", "måned", "uge", "år", "dag", "x", "aktuel", "forventet"),
);

const goodRow = fc.record({
  takst: fc.integer({ min: 0, max: 2_000_000 }),
  start: fc.integer({ min: 36526, max: 47848 }), // 2000–2030
  len: fc.integer({ min: 0, max: 4000 }),
  unit: fc.constantFrom("måned", "døgn", "uge", "år"),
});

describe("case validation under fuzzing", () => {
  it(`handles ${TABLES * 50} malformed rows: no exception, every rejected row named with row and column in Danish`, () => {
    let rows = 0;
    fc.assert(
      fc.property(fc.array(fc.array(anyCell, { minLength: 0, maxLength: 14 }), { minLength: 50, maxLength: 50 }), (table) => {
        rows += table.length;
        const raw = table.map((values, i) => ({ row: i + 2, values }));
        const out = validateCases(raw, mapping, { headers: HEADERS });
        const errorRows = new Set(out.problems.filter((p) => p.severity === "fejl").map((p) => p.row));
        // Every row is accounted for: accepted, rejected with a named problem, or fully empty.
        const empty = raw.filter((r) => r.values.every((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""))).length;
        expect(out.cases.length + errorRows.size + empty).toBe(raw.length);
        expect(out.rejectedRows).toBe(errorRows.size);
        // One expect per table, not per problem (tens of thousands of expect calls cost seconds):
        // the lists name every offender.
        expect(out.problems.filter((p) => !/^Række \d+, [^:]+: /.test(p.message) || !(p.row! >= 2) || typeof p.column !== "string")).toEqual([]);
        expect(out.cases.filter((c) => !Number.isFinite(c.takst) || !(c.stop >= c.start))).toEqual([]);
      }),
      { numRuns: TABLES, seed: 20251123 },
    );
    expect(rows).toBe(TABLES * 50);
  });

  it("keeps good rows computing when bad rows sit between them", () => {
    fc.assert(
      fc.property(fc.array(goodRow, { minLength: 1, maxLength: 40 }), fc.array(fc.array(anyCell, { maxLength: 11 }), { maxLength: 40 }), (good, bad) => {
        const rows: unknown[][] = [];
        // Sheet row number (header in row 1) → the good row written there.
        const goodAt = new Map<number, (typeof good)[number]>();
        good.forEach((g, i) => {
          const v: unknown[] = new Array(11).fill(null);
          v[mapping.takst!] = g.takst;
          v[mapping.start!] = g.start;
          v[mapping.stop!] = g.start + g.len;
          v[mapping.enhed!] = g.unit;
          v[mapping.foranstaltning!] = "Plejefamilie";
          rows.push(v);
          goodAt.set(rows.length + 1, g);
          if (bad[i]) rows.push(bad[i]);
        });
        const out = validateCases(rows.map((values, i) => ({ row: i + 2, values })), mapping, { headers: HEADERS });
        // Every good row is accepted under its own row number with exactly what was written, and
        // no problem names it: a bad neighbour can neither swallow nor shift it.
        const byRow = new Map(out.cases.map((c) => [c.row, c]));
        for (const [row, g] of goodAt) {
          expect(byRow.get(row)).toMatchObject({ takst: g.takst, start: g.start, stop: g.start + g.len, enhed: g.unit, foranstaltning: "Plejefamilie" });
        }
        expect(out.problems.filter((p) => p.severity === "fejl" && goodAt.has(p.row ?? 0))).toEqual([]);
        // The builder takes whatever validation accepted and produces a writable sheet.
        const spec = buildDisponering({ year: 2025, cases: out.cases, generatedOn: 45000 }).spec;
        expect(specProblems(spec)).toEqual([]);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it("recognises nothing from duplicate or junk headers without throwing, and takes the first duplicate", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom(...HEADERS), fc.constant(null), fc.integer()), { maxLength: 30 }), (headers) => {
        const m = recogniseHeaders(headers);
        for (const f of CASE_FIELDS) {
          const i = m[f];
          if (i !== undefined) expect(recogniseHeaders(headers.slice(0, i + 1))[f]).toBe(i);
        }
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it("rejects a selection taller than Excel before writing", () => {
    const spec = buildDisponering({ year: 2025, cases: [], generatedOn: 45000 }).spec;
    const huge = { ...spec, blocks: [...spec.blocks, { kind: "fill" as const, rect: { row: 10, col: 11, rows: 1048576, cols: 12 }, formula: "1" }] };
    expect(specProblems(huge).join("\n")).toMatch(/højst 1048576/);
  });
});

describe("Excel's limits are checked before writing", () => {
  const base = buildDisponering({ year: 2025, cases: [], generatedOn: 45000 }).spec;
  it("rejects a cell longer than 32.767 characters, naming the cell", () => {
    const spec = { ...base, blocks: [...base.blocks, { kind: "cells" as const, row: 40, col: 2, cells: [["x".repeat(32768)]] }] };
    expect(specProblems(spec)).toEqual(['Cellen C41 på arket "Disponering 2025" har 32768 tegn; Excel tillader højst 32767']);
    const ok = { ...base, blocks: [...base.blocks, { kind: "cells" as const, row: 40, col: 2, cells: [["x".repeat(32767)]] }] };
    expect(specProblems(ok)).toEqual([]);
  });
  it.each([
    ["Budget: 2025", /indeholder et af tegnene/],
    ["Et meget langt arknavn på over 31 tegn", /længere end 31 tegn/],
    ["'Citeret", /må ikke begynde eller slutte med '/],
    ["", /må ikke være tomt/],
  ])("rejects the sheet name %p", (name, pattern) => {
    expect(specProblems({ ...base, name }).join("\n")).toMatch(pattern);
  });
});
