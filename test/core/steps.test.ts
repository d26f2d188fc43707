// The stepwise forms of the core computations an action runs over every case (src/core/steps.ts):
// each pauses (yields) every ITEMS_PER_STEP rows or so — never a long stretch without a pause — and
// gives what the plain form, or an independent computation of the same thing, gives in one piece.
// The one-piece forms call the stepwise ones, so "the same as the one-piece form" alone would prove
// nothing: each result is compared with a reference written here without steps.
import {
  ageSpans, ageSpansInSteps, applyAgeLimits, applyAgeLimitsInSteps, CHANGE_KINDS, compareDa, compareSnapshots, compareSnapshotsInSteps, cprsOfTableInSteps,
  endsStep, finish, ITEMS_PER_STEP, keyFigures, keyFiguresInSteps, mapInSteps, foranstaltningSeries, foranstaltningSeriesInSteps, mergedPersonSpansInSteps, mostExpensive, personKey,
  personPseudonym, personPseudonymsInSteps, sortInSteps, yearEnd, yearEndSnapshot, yearEndSnapshotInSteps, yearStart, adviserPortfolioInSteps,
  disponeringInPeriod, mergeDaySpans, cprCode, casesChecksumInSteps, checksumTerm, CHECKSUM_PRIME, adviserChangesInSteps, adviserCounts,
  leverandoerYearInSteps, leverandoerKey, haap, type CaseRow,
} from "../../src/core";
import {
  buildDisponering, buildDisponeringInSteps, buildLeverandoererInSteps, buildOekonomitjek, buildNoegletalInSteps, buildOekonomitjekInSteps, buildOverblikInSteps,
  buildPortefoeljeInSteps,
} from "../../src/sheets";
import { randomCases } from "../support/randomCases";
import { fixtureData, fixtureSettings } from "../support/prognoseFixture";
import { monthStart, prognoseFiguresInSteps } from "../../src/core";

/** Σ disposed amount written here case by case (not core's disposedAmount). */
const disposedAmountRef = (cs: readonly CaseRow[], from: number, to: number) => cs.reduce((s, c) => s + disponeringInPeriod(c, from, to), 0);

// 3 × ITEMS_PER_STEP cases: a computation that reads them all between two pauses reads more than the
// bound of 2 × ITEMS_PER_STEP below, and each pass pauses three times; 5.000 showed nothing more.
const N = 3 * ITEMS_PER_STEP;
const cases = randomCases(11, N, 2025);
// Last month's copy: every fourth case gone, every fifth with another takst.
const before: CaseRow[] = cases.filter((_, i) => i % 4 !== 0).map((c, i) => (i % 5 === 0 ? { ...c, takst: c.takst + 100 } : c));
const a = yearStart(2025), b = yearEnd(2025);
// The same cases under one foranstaltning: a month over a foranstaltning must pause within it too,
// which shows only with more than 2 × ITEMS_PER_STEP cases in one (the random table's largest has
// about 1.300 of its 3.000).
const oneForanstaltning: CaseRow[] = cases.map((c) => ({ ...c, foranstaltning: "Plejefamilie", konto: "5.28.20" }));

/**
 * The most distinct cases one step of `steps` reads: every case is watched (a Proxy records any read of
 * it), so a computation over all N cases between two pauses shows as N, whatever it computes.
 */
function mostCasesPerStep(steps: (cs: CaseRow[]) => Generator<unknown, unknown>, all: readonly CaseRow[] = cases): number {
  // Each case remembers the step it was last read in, so a read counts it once per step (a Set of
  // the cases read took a third of this file's time: the computations read every case many times).
  let step = 0, touched = 0;
  const lastRead = new Int32Array(all.length).fill(-1);
  const watched = all.map((c, i) => new Proxy(c, {
    get: (t, p, r) => {
      if (lastRead[i] !== step) {
        lastRead[i] = step;
        touched++;
      }
      return Reflect.get(t, p, r);
    },
  }));
  const it = steps(watched);
  // What the caller prepares before the first pause (another sheet's layout) is not the builder's step.
  if (prepared.has(steps)) it.next();
  let most = 0;
  for (;;) {
    step++;
    touched = 0;
    const next = it.next();
    most = Math.max(most, touched);
    if (next.done) return most;
  }
}

/** Step functions whose first step only prepares their input (see mostCasesPerStep). */
const prepared = new WeakSet<object>();

/** Runs steps to the end: the result and the number of pauses. */
function run<T>(steps: Generator<unknown, T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, pauses };
    pauses++;
  }
}

describe("the helpers", () => {
  it("endsStep: a loop pauses after its 1.000th, 2.000th … item, never after the first or the 1.001st", () => {
    expect(ITEMS_PER_STEP).toBe(1000);
    const ends = [...Array(3001).keys()].filter(endsStep);
    expect(ends).toEqual([999, 1999, 2999]);
  });

  it("sortInSteps gives the order of one stable sort, pausing at least once per ITEMS_PER_STEP items", () => {
    // Many ties (the key has 7 values), so stability shows: ties keep their input order.
    const items = Array.from({ length: 4321 }, (_, i) => ({ key: (i * 13) % 7, i }));
    const { value, pauses } = run(sortInSteps(items, (x, y) => x.key - y.key));
    expect(value).toEqual([...items].sort((x, y) => x.key - y.key));
    expect(value.slice(0, 3).map((x) => x.i)).toEqual([0, 7, 14]);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(4321 / ITEMS_PER_STEP));
  });

  it("mapInSteps maps as Array.map does, one pause per ITEMS_PER_STEP items", () => {
    const { value, pauses } = run(mapInSteps([...Array(2500).keys()], (x, i) => x * 2 + i));
    expect(value[2499]).toBe(7497);
    expect(pauses).toBe(2);
  });
});

describe("core computations in steps", () => {
  it("applyAgeLimitsInSteps: the same cases and warnings as one map over the cases", () => {
    const { value, pauses } = run(applyAgeLimitsInSteps(cases));
    // Reference: each case alone.
    const alone = cases.map((c) => applyAgeLimits([c]));
    expect(value.cases).toEqual(alone.map((x) => x.cases[0]));
    expect(value.problems).toEqual(alone.flatMap((x) => x.problems));
    expect(pauses).toBe(Math.floor(N / ITEMS_PER_STEP));
  });

  it("personPseudonymsInSteps: one HMAC per distinct person, each what personPseudonym gives", () => {
    const cprs = cases.map((c) => c.cpr);
    const { value, pauses } = run(personPseudonymsInSteps(cprs, "hemmelig"));
    const distinct = new Set(cprs);
    expect(value.size).toBe(distinct.size);
    for (const c of distinct) expect(value.get(c)).toBe(personPseudonym(c, "hemmelig"));
    // 200 HMACs between two pauses (about 10 ms of work).
    expect(pauses).toBe(Math.floor(distinct.size / 200));
  });

  it("cprsOfTableInSteps: every CPR code of the table", () => {
    const rows = cases.map((c) => [c.cpr, c.foranstaltning]);
    const { value, pauses } = run(cprsOfTableInSteps(rows, 0));
    expect(value).toEqual(new Set(cases.map((c) => cprCode(c.cpr)).filter((x) => x >= 0)));
    expect(pauses).toBe(Math.floor(N / ITEMS_PER_STEP));
  });

  it("compareSnapshotsInSteps: the changes ordered as one sort by kind, |effect| and key, with the amounts of each side", () => {
    const { value, pauses } = run(compareSnapshotsInSteps(before, cases, 2025));
    const order = (k: string) => CHANGE_KINDS.indexOf(k as never);
    const sorted = [...value.changes].sort((p, q) => order(p.kind) - order(q.kind) || Math.abs(q.effect) - Math.abs(p.effect) || compareDa(p.key, q.key));
    expect(value.changes).toEqual(sorted);
    expect(value.changes.length).toBe(N);
    // Pauses every ITEMS_PER_STEP rows while keying both tables, matching them, sorting the changes
    // and summing the totals: no step reads more than a stretch of the cases.
    // Every fourth case is new; the takst changed on every fifth of the others (effect ≠ 0 where in the year).
    expect(value.byKind.tilgang.count).toBe(N / 4);
    expect(value.byKind.afgang.count).toBe(0);
    expect(value.totalNow).toBeCloseTo(cases.reduce((t, c) => t + disponeringInPeriod(c, a, b), 0), 6);
    expect(value.totalBefore).toBeCloseTo(before.reduce((t, c) => t + disponeringInPeriod(c, a, b), 0), 6);
    expect(pauses).toBeGreaterThan(N / ITEMS_PER_STEP);
    expect(mostCasesPerStep((cs) => compareSnapshotsInSteps(before, cs, 2025))).toBeLessThanOrEqual(2 * ITEMS_PER_STEP);
  });

  it("mergedPersonSpansInSteps: each person's days merged per group, sorted by group, start and stop", () => {
    const { value, pauses } = run(mergedPersonSpansInSteps(cases, (c) => c.foranstaltning, a, b));
    // Reference: the same spans built per group and person in one piece.
    const ref: { group: string; start: number; stop: number }[] = [];
    const groups = new Map<string, Map<string, [number, number][]>>();
    cases.forEach((c) => {
      const s = Math.max(c.start, a), e = Math.min(c.stop, b);
      if (e < s) return;
      const g = groups.get(c.foranstaltning) ?? new Map<string, [number, number][]>();
      groups.set(c.foranstaltning, g);
      const key = personKey(c.cpr) ?? `row${c.row}`;
      g.set(key, [...(g.get(key) ?? []), [s, e]]);
    });
    for (const [group, persons] of groups) for (const spans of persons.values()) for (const [start, stop] of mergeDaySpans(spans)) ref.push({ group, start, stop });
    ref.sort((x, y) => compareDa(x.group, y.group) || x.start - y.start || x.stop - y.stop);
    expect(value).toEqual(ref);
    // While grouping, every ITEMS_PER_STEP rows and persons, and while sorting.
    expect(pauses).toBeGreaterThan(N / ITEMS_PER_STEP);
    expect(mostCasesPerStep((cs) => mergedPersonSpansInSteps(cs, (c) => c.foranstaltning, a, b))).toBeLessThanOrEqual(2 * ITEMS_PER_STEP);
  });

  it("ageSpansInSteps: the one-piece ageSpans' persons numbered in key order", () => {
    const { value, pauses } = run(ageSpansInSteps(cases, a, b));
    expect(value).toEqual(ageSpans(cases, a, b));
    // Person numbers run 1, 2, 3 … without gaps, spans of a person by start.
    const persons = [...new Set(value.map((s) => s.person))];
    expect(persons).toEqual(persons.map((_, i) => i + 1));
    // Counted by hand for the 1.033 persons with days in 2025: every ITEMS_PER_STEP rows (3); sorting
    // their keys, a run of 1.000 and one of 33 (2), merged with a pause at the 1.000th key and one
    // after the merge (2); every ITEMS_PER_STEP persons (1): 8 here.
    expect(pauses).toBe(8);
  });

  it("foranstaltningSeriesInSteps and keyFiguresInSteps pause per month and group, with the one-piece figures", () => {
    const series = run(foranstaltningSeriesInSteps(cases, 2025));
    expect(series.value).toEqual(foranstaltningSeries(cases, 2025));
    // At least once per month of each foranstaltning, and every ITEMS_PER_STEP rows within a month.
    expect(series.pauses).toBeGreaterThanOrEqual(13 * series.value.length);
    expect(mostCasesPerStep((cs) => foranstaltningSeriesInSteps(cs, 2025), oneForanstaltning)).toBeLessThanOrEqual(2 * ITEMS_PER_STEP);
    const figures = run(keyFiguresInSteps(cases, 2025));
    // Σ disposed over the foranstaltninger = the total; each person once in the total's HÅP.
    expect(figures.value.byForanstaltning.reduce((t, f) => t + f.disponeret, 0)).toBeCloseTo(figures.value.total.disponeret, 6);
    expect(figures.value).toEqual(keyFigures(cases, 2025));
    expect(run(yearEndSnapshotInSteps(cases, 2025)).value).toEqual(yearEndSnapshot(cases, 2025));
    // No step reads more than a stretch of the cases: HÅP, antal borgere and the disposed amount over all
    // cases (and per age group at the year's end) pause too.
    expect(mostCasesPerStep((cs) => keyFiguresInSteps(cs, 2025))).toBeLessThanOrEqual(2 * ITEMS_PER_STEP);
    expect(mostCasesPerStep((cs) => yearEndSnapshotInSteps(cs, 2025))).toBeLessThanOrEqual(2 * ITEMS_PER_STEP);
  });

  it("casesChecksumInSteps: Σ of the rows' terms modulo the prime, a pause every ITEMS_PER_STEP rows", () => {
    const { value, pauses } = run(casesChecksumInSteps(cases));
    expect(value).toBe(cases.reduce((t, c) => t + checksumTerm(c), 0) % CHECKSUM_PRIME);
    expect(pauses).toBe(Math.floor(N / ITEMS_PER_STEP));
  });

  it("adviserChangesInSteps: each version's counts, pausing between a rådgiver's amounts, persons and HÅP", () => {
    const advised = cases.map((c, i) => ({ ...c, raadgiver: ["AKJ", "BMH", ""][i % 3] }));
    const { value, pauses } = run(adviserChangesInSteps(advised, [before], 2025));
    const now = adviserCounts(advised, 2025), then = adviserCounts(before, 2025);
    expect(value.map((x) => x.raadgiver)).toEqual([...now.keys()]);
    expect(value[0].change[0].sager).toBe(now.get(value[0].raadgiver)!.sager - (then.get(value[0].raadgiver)?.sager ?? 0));
    // Now: 3 rådgivere (with "(uden rådgiver)"), then: 1 (none has a rådgiver); at least 3 pauses each,
    // and within a rådgiver's rows every ITEMS_PER_STEP rows (one rådgiver may have every case).
    expect(pauses).toBeGreaterThanOrEqual(3 * 3 + 3 * 1);
    expect(mostCasesPerStep((cs) => adviserChangesInSteps(cs, [before], 2025), advised)).toBeLessThanOrEqual(2 * ITEMS_PER_STEP);
    expect(mostCasesPerStep((cs) => adviserChangesInSteps(cs, [], 2025))).toBeLessThanOrEqual(2 * ITEMS_PER_STEP);
  });

  it("leverandoerYearInSteps: per leverandør the HÅP of its rows, a pause every ITEMS_PER_STEP rows and per leverandør", () => {
    const supplied = cases.map((c, i) => ({ ...c, leverandoer: ["Solbakken", "solbakken ", "Kragereden", ""][i % 4] }));
    const { value, pauses } = run(leverandoerYearInSteps(supplied, 2025));
    const solbakken = value.leverandoerer.find((l) => l.key === leverandoerKey("Solbakken"))!;
    const rows = supplied.filter((c) => leverandoerKey(c.leverandoer) === solbakken.key && c.start <= b && c.stop >= a);
    expect(solbakken.haap).toBe(haap(rows, a, b, "dage"));
    expect(pauses).toBeGreaterThanOrEqual(value.leverandoerer.length + 1);
  });

  it("mostExpensive keeps the first n of one full sort (amount down, then row) without sorting every case", () => {
    const full = cases
      .map((c) => ({ case: c, amount: disponeringInPeriod(c, a, b) }))
      .filter((x) => x.amount > 0)
      .sort((p, q) => q.amount - p.amount || p.case.row - q.case.row);
    for (const n of [0, 1, 3, 10]) expect(mostExpensive(cases, 2025, n)).toEqual(full.slice(0, n));
    // Ties on the amount go by row.
    const twins = [{ ...cases[0], row: 9, takst: 1000, enhed: "måned" as const, start: a, stop: b }, { ...cases[0], row: 3, takst: 1000, enhed: "måned" as const, start: a, stop: b }];
    expect(mostExpensive(twins, 2025, 1).map((x) => x.case.row)).toEqual([3]);
    expect(finish(adviserPortfolioInSteps(cases, 2025, 3))[0].top).toEqual(full.slice(0, 3));
  });
});

// The sheet builders an action runs over every case: no step of theirs reads more than a stretch of
// the cases either (Overblik's longest slice was Portefølje's HÅP and antal borgere over all cases).
describe("the sheet builders in steps", () => {
  const disponering = buildDisponering({ year: 2025, cases, generatedOn: 46000 }).layout;
  const common = { year: 2025, disponering, generatedOn: 46000, chartsDrawn: true };
  const BOUND = 2 * ITEMS_PER_STEP;
  // Nøgletal reads the cases through the Disponering layout: built first (one step, not counted).
  function* noegletalSteps(cs: CaseRow[]) {
    const layout = buildDisponering({ year: 2025, cases: cs, generatedOn: 46000 }).layout;
    yield;
    return yield* buildNoegletalInSteps({ year: 2025, generatedOn: 46000, disponering: layout });
  }
  prepared.add(noegletalSteps);
  it.each([
    ["Disponering", (cs: CaseRow[]) => buildDisponeringInSteps({ year: 2025, cases: cs, generatedOn: 46000 }), cases],
    ["Nøgletal", noegletalSteps, cases],
    ["Portefølje", (cs: CaseRow[]) => buildPortefoeljeInSteps({ ...common, cases: cs, maskCpr: true, pseudonymSecret: "hemmelig" }), cases],
    ["Overblik", (cs: CaseRow[]) => buildOverblikInSteps({ ...common, cases: cs, baseYear: 2024 }), oneForanstaltning],
    ["Leverandører", (cs: CaseRow[]) => buildLeverandoererInSteps({ ...common, cases: cs, maskCpr: true, pseudonymSecret: "hemmelig" }), cases],
    ["Økonomitjek", (cs: CaseRow[]) => buildOekonomitjekInSteps({ ...common, month: 10, before, now: cs, beforeLabel: "før", nowLabel: "nu", maskCpr: true, pseudonymSecret: "hemmelig" }), cases],
  ] as [string, (cs: CaseRow[]) => Generator<unknown, unknown>, readonly CaseRow[]][])("%s reads at most 2 × ITEMS_PER_STEP cases between two pauses", (_name, steps, all) => {
    expect(mostCasesPerStep(steps, all)).toBeLessThanOrEqual(BOUND);
  });

  it("the prognose's figures (Opdatér måned's follow-up) read at most 2 × ITEMS_PER_STEP cases between two pauses, and each konto's and type's own cases", () => {
    const data = { ...fixtureData(), cases };
    expect(mostCasesPerStep((cs) => prognoseFiguresInSteps({ ...data, cases: cs }, fixtureSettings(), undefined, false))).toBeLessThanOrEqual(2 * ITEMS_PER_STEP);
    // Against a reference here: each konto's rest of the year and each type's HÅP from its cases filtered out of all.
    const { figures } = finish(prognoseFiguresInSteps(data, fixtureSettings(), undefined, false));
    const k = figures.k;
    expect(figures.kontos.map((f) => f.disponeretRest)).toEqual(data.budget.map((line) =>
      k < 12 ? disposedAmountRef(cases.filter((c) => c.konto === line.konto), monthStart(2025, k + 1), yearEnd(2025)) : 0));
    expect(figures.types.map((t) => t.expected.haap)).toEqual(data.assumptions.map((as) => haap(cases.filter((c) => c.foranstaltning === as.foranstaltning), a, b)));
    expect(figures.types.some((t) => t.expected.haap > 0)).toBe(true);
  });

  it("Økonomitjek given the comparison (Opdatér måned has it for its summary) does not compare the two versions again", () => {
    const report = compareSnapshots(before, cases, 2025);
    let reads = 0;
    const watch = (cs: readonly CaseRow[]) => cs.map((c) => new Proxy(c, { get: (t, p, r) => (reads++, Reflect.get(t, p, r)) }));
    const input = { ...common, month: 10, beforeLabel: "før", nowLabel: "nu", maskCpr: true, pseudonymSecret: "hemmelig" };
    const given = buildOekonomitjek({ ...input, before: watch(before), now: watch(cases), report });
    expect(reads).toBe(0);
    expect(given).toEqual(buildOekonomitjek({ ...input, before, now: cases }));
  });
});
