// Engine benchmarks (`npm run bench` loads this file as its "engine" suite): the custom functions on
// large, deterministic case tables, each against a plain typed-array loop doing the same arithmetic
// (the floor no implementation can beat), so a regression shows as a ratio on any machine.
import { monthlyDispositions, OPEN_END, ymdToDay, daysInMonth, type CaseSpan } from "../../src/core";
import { disponeret, haap } from "../../src/functions/functions";
import { timeMs, type BenchResult } from "./types";
import { prng } from "../support/demoData";

const YEAR = 2023;
const FROM = ymdToDay(YEAR, 1, 1);
const TO = ymdToDay(YEAR, 12, 31);
const FIRST = ymdToDay(2020, 1, 1);
const SPAN = ymdToDay(2025, 12, 31) - FIRST;

/** The same seeded generator as the demo data, so every run benchmarks the same table. */
const random = prng;

interface Span {
  person: number;
  start: number;
  stop: number;
}

/** A start/stop pair between 2020 and 2025; a quarter of the stops are open. */
function span(rnd: () => number): [number, number] {
  const start = FIRST + Math.floor(rnd() * SPAN);
  const stop = rnd() < 0.25 ? OPEN_END : start + Math.floor(rnd() * 900);
  return [start, stop];
}

/** Fictitious CPR numbers (day 61+ never collides with a real person's). */
function cprOf(person: number): string {
  const dd = String(61 + (person % 28)).padStart(2, "0");
  const mm = String(1 + (Math.floor(person / 28) % 12)).padStart(2, "0");
  const yy = String(Math.floor(person / 336) % 100).padStart(2, "0");
  const ssss = String(Math.floor(person / 33600)).padStart(4, "0");
  return `${dd}${mm}${yy}-${ssss}`;
}

/** `rows` HÅP rows, ~30 % of persons with 2–3 (partly overlapping) rows, in shuffled order. */
export function haapTable(rows: number) {
  const rnd = random(52);
  const spans: Span[] = [];
  let person = 0;
  while (spans.length < rows) {
    const n = rnd() < 0.3 ? 2 + Math.floor(rnd() * 2) : 1;
    const [s0, e0] = span(rnd);
    spans.push({ person, start: s0, stop: e0 });
    for (let k = 1; k < n && spans.length < rows; k++) {
      const s = s0 + Math.floor(rnd() * 400) - 100;
      spans.push({ person, start: s, stop: rnd() < 0.25 ? OPEN_END : s + Math.floor(rnd() * 500) });
    }
    person++;
  }
  for (let i = spans.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [spans[i], spans[j]] = [spans[j], spans[i]];
  }
  return {
    spans,
    persons: person,
    start: spans.map((r) => [r.start]),
    stop: spans.map((r) => [r.stop === OPEN_END ? "" : r.stop]),
    cpr: spans.map((r) => [cprOf(r.person)]),
  };
}

/**
 * The floor for HÅP: the same arithmetic on typed arrays with integer person ids — bucket the rows
 * by person (counting sort), order each person's few rows by start, merge. What it leaves out is
 * only what a spreadsheet adds: reading cells and turning CPR text into a person.
 */
function haapFloor(person: Int32Array, persons: number, start: Float64Array, stop: Float64Array, a: number, b: number): number {
  const n = person.length;
  const first = new Int32Array(persons + 1);
  for (let i = 0; i < n; i++) first[person[i] + 1]++;
  for (let p = 0; p < persons; p++) first[p + 1] += first[p];
  const next = first.slice(0, persons);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[next[person[i]]++] = i;
  let days = 0;
  for (let p = 0; p < persons; p++) {
    for (let i = first[p] + 1; i < first[p + 1]; i++) {
      const k = order[i];
      let j = i - 1;
      while (j >= first[p] && start[order[j]] > start[k]) order[j + 1] = order[j--];
      order[j + 1] = k;
    }
    let cs = 0, ce = -1;
    for (let i = first[p]; i < first[p + 1]; i++) {
      const k = order[i];
      const s = start[k] > a ? start[k] : a;
      const e = stop[k] < b ? stop[k] : b;
      if (e < s) continue;
      if (ce >= cs && s <= ce + 1) {
        if (e > ce) ce = e;
        continue;
      }
      if (ce >= cs) days += ce - cs + 1;
      cs = s;
      ce = e;
    }
    if (ce >= cs) days += ce - cs + 1;
  }
  return days / (b - a + 1);
}

/** `rows` monthly cases between 2020 and 2025, as Excel columns and as core CaseSpans. */
export function caseTable(rows: number) {
  const rnd = random(17);
  const cases: CaseSpan[] = [];
  for (let i = 0; i < rows; i++) {
    const [start, stop] = span(rnd);
    cases.push({ takst: 5000 + Math.floor(rnd() * 200) * 1000, enhed: "måned", start, stop });
  }
  return {
    cases,
    takst: cases.map((c) => [c.takst]),
    start: cases.map((c) => [c.start]),
    stop: cases.map((c) => [c.stop === OPEN_END ? "" : c.stop]),
  };
}

/** The months of YEAR as typed arrays: first day, last day, length. */
function monthTable() {
  const first = new Float64Array(12), last = new Float64Array(12), len = new Float64Array(12);
  for (let m = 0; m < 12; m++) {
    first[m] = ymdToDay(YEAR, m + 1, 1);
    len[m] = daysInMonth(YEAR, m + 1);
    last[m] = first[m] + len[m] - 1;
  }
  return { first, last, len };
}

/** The floor for DISPONERET: Σ takst × overlap days / days in month over the 12 months. */
function disposedFloor(takst: Float64Array, start: Float64Array, stop: Float64Array): number {
  const { first, last, len } = MONTHS;
  let total = 0;
  for (let i = 0; i < takst.length; i++) {
    for (let m = 0; m < 12; m++) {
      const s = start[i] > first[m] ? start[i] : first[m];
      const e = stop[i] < last[m] ? stop[i] : last[m];
      if (e >= s) total += (takst[i] * (e - s + 1)) / len[m];
    }
  }
  return total;
}

/** The floor for the grid: the same arithmetic written into a cases × 12 Float64Array. */
function gridFloor(takst: Float64Array, start: Float64Array, stop: Float64Array, out: Float64Array): Float64Array {
  const { first, last, len } = MONTHS;
  for (let i = 0; i < takst.length; i++) {
    for (let m = 0; m < 12; m++) {
      const s = start[i] > first[m] ? start[i] : first[m];
      const e = stop[i] < last[m] ? stop[i] : last[m];
      out[i * 12 + m] = e >= s ? (takst[i] * (e - s + 1)) / len[m] : 0;
    }
  }
  return out;
}

const MONTHS = monthTable();

function check(name: string, got: number, floor: number): void {
  if (Math.abs(got - floor) > 1e-9 * Math.max(1, Math.abs(floor))) {
    throw new Error(`${name}: result ${got} differs from the floor's ${floor}`);
  }
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Runs the engine benchmarks. */
export function run(): BenchResult[] {
  const results: BenchResult[] = [];

  // (1) SOC.HÅP with CPR merge over 50.000 rows.
  const h = haapTable(50_000);
  const hp = Int32Array.from(h.spans, (r) => r.person);
  const hs = Float64Array.from(h.spans, (r) => r.start);
  const he = Float64Array.from(h.spans, (r) => r.stop);
  check("HÅP", haap(h.start, h.stop, FROM, TO, h.cpr), haapFloor(hp, h.persons, hs, he, FROM, TO));
  const haapMs = timeMs(() => haap(h.start, h.stop, FROM, TO, h.cpr));
  const haapFloorMs = timeMs(() => haapFloor(hp, h.persons, hs, he, FROM, TO));
  results.push({
    name: "engine: SOC.HÅP m. cpr-fletning, 50.000 rækker",
    value: round(haapMs), unit: "ms", budget: 50,
    ratio: round(haapMs / haapFloorMs), ratioTo: "Int32/Float64Array-løkke med person-id", ratioBudget: 5,
    note: `${h.persons} personer; gulv ${haapFloorMs.toFixed(3)} ms`,
  });

  // (2) SOC.DISPONERET over 100.000 rows.
  const c = caseTable(100_000);
  const ct = Float64Array.from(c.cases, (x) => x.takst);
  const cs = Float64Array.from(c.cases, (x) => x.start);
  const ce = Float64Array.from(c.cases, (x) => x.stop);
  check("DISPONERET", disponeret(c.takst, c.start, c.stop, FROM, TO), disposedFloor(ct, cs, ce));
  const dispMs = timeMs(() => disponeret(c.takst, c.start, c.stop, FROM, TO));
  const dispFloorMs = timeMs(() => disposedFloor(ct, cs, ce));
  results.push({
    name: "engine: SOC.DISPONERET, 100.000 rækker",
    value: round(dispMs), unit: "ms", budget: 100,
    ratio: round(dispMs / dispFloorMs), ratioTo: "Float64Array-løkke", ratioBudget: 5,
    note: `gulv ${dispFloorMs.toFixed(3)} ms`,
  });

  // (3) Core disposition of 100.000 cases × 12 months (the grid SOC.DISPONERING spills).
  const grid = new Float64Array(c.cases.length * 12);
  const coreGrid = () => c.cases.map((x) => monthlyDispositions(x, YEAR));
  const floorGrid = gridFloor(ct, cs, ce, grid);
  coreGrid().forEach((r, i) => r.forEach((v, m) => check(`disponering sag ${i + 1}, måned ${m + 1}`, v, floorGrid[i * 12 + m])));
  const gridMs = timeMs(coreGrid);
  const gridFloorMs = timeMs(() => gridFloor(ct, cs, ce, grid));
  results.push({
    name: "engine: core-disponering, 100.000 sager × 12 måneder",
    value: round(gridMs), unit: "ms",
    ratio: round(gridMs / gridFloorMs), ratioTo: "Float64Array-løkke", ratioBudget: 5,
    note: `gulv ${gridFloorMs.toFixed(3)} ms`,
  });

  return results;
}
