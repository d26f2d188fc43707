// Engine rows of `npm run bench`: the custom functions and the core on large, deterministic case
// tables, each against a floor — a plain typed-array loop doing the same arithmetic and skipping
// what ours skips — so a regression shows as a ratio on any machine.
import { monthlyDisponering, OPEN_END, ymdToDay, daysInMonth, type CaseSpan } from "../../../src/core";
import { disponeret, haap } from "../../../src/functions/functions";
import { benchRow, same, size } from "../bench";
import { disposedCellsFloor, haapCellsFloor } from "../floors";
import { prng } from "../../support/randomCases";

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

/**
 * The floor for the grid: the same output as ours — an array of 12 numbers per case, the form a
 * spilled grid and monthlyTotals take — written by the plainest loop: a literal of twelve zeros per
 * case from the same case objects, a case outside the year left as zeros, each month's share from
 * typed arrays of the month's first and last day and length (units other than måned left out). A
 * single Float64Array(cases × 12) did less than ours (no object per case for the collector to move)
 * and, with the garbage collected on either side's clock, put the ratio at 9,95× (1,76–25,5).
 */
function gridFloor(cases: readonly CaseSpan[]): number[][] {
  const { first, last, len } = MONTHS;
  const a = first[0], b = last[11];
  const out = new Array<number[]>(cases.length);
  for (let i = 0; i < cases.length; i++) {
    const { takst, start, stop } = cases[i];
    const row = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    out[i] = row;
    if (stop < a || start > b) continue;
    for (let m = 0; m < 12; m++) {
      const s = start > first[m] ? start : first[m];
      const e = stop < last[m] ? stop : last[m];
      if (e >= s) row[m] = (takst * (e - s + 1)) / len[m];
    }
  }
  return out;
}

/** The months of YEAR, with the month index (0–11) of each day of the year by offset from 1 January. */
const MONTHS = (() => {
  const t = monthTable();
  const month = new Uint8Array(t.last[11] - t.first[0] + 1);
  for (let m = 0; m < 12; m++) month.fill(m, t.first[m] - t.first[0], t.last[m] - t.first[0] + 1);
  return { ...t, month };
})();

const inYear = (cases: readonly CaseSpan[]) => cases.filter((c) => c.stop >= FROM && c.start <= TO).length;

const HAAP_ROWS = size(50_000, 20_000);
const CASES = size(100_000, 50_000);
const da = (n: number) => n.toLocaleString("da-DK");

benchRow({
  name: `SOC.HÅP m. cpr-fletning, ${da(HAAP_ROWS)} rækker`,
  clock: "cpu",
  work: `læser ${da(HAAP_ROWS)} rækkers celler (startdato, stopdato, cpr som tekst), cpr → person, fletter hver persons overlappende dage i 2023 (metode dage)`,
  setup: () => haapTable(HAAP_ROWS),
  ours: (h) => haap(h.start, h.stop, FROM, TO, h.cpr),
  floor: {
    work: "læser de samme celler, cpr-tekstens ti cifre som ét tal, Map fra tal til person-id, samme fletning på typede arrays (uden kontrol af hver celle)",
    run: (h) => haapCellsFloor(h.start, h.stop, h.cpr, FROM, TO),
  },
  check: (_, ours, floor) => same("HÅP", ours, floor),
  targetMs: 50, ratioTarget: 5,
  note: (h) => `${h.persons.toLocaleString("da-DK")} personer`,
});

benchRow({
  name: `SOC.DISPONERET, ${da(CASES)} rækker`,
  clock: "cpu",
  work: `læser og validerer ${da(CASES)} rækkers celler (takst, startdato, stopdato), summerer 2023 måned for måned; sager uden for året springes over`,
  setup: () => caseTable(CASES),
  ours: (c) => disponeret(c.takst, c.start, c.stop, FROM, TO),
  floor: {
    work: "læser de samme celler (takst, startdato, stopdato), springer sager uden for 2023 over, summerer kun de måneder sagen rører (uden kontrol af hver celle)",
    run: (c) => disposedCellsFloor(c.takst, c.start, c.stop, MONTHS),
  },
  check: (_, ours, floor) => same("DISPONERET", ours, floor),
  targetMs: 100, ratioTarget: 5,
  note: (c) => `${inYear(c.cases).toLocaleString("da-DK")} sager rører 2023`,
});

benchRow({
  name: `Kerne: disponering ${da(CASES)} sager × 12 måneder`,
  clock: "cpu",
  work: "monthlyDisponering for hver sag (Disponering-arkets månedskolonner, som kernen regner dem, og grundlaget for monthlyTotals): et array med 12 tal pr. sag, nuller uden beregning for sager uden for 2023",
  setup: () => caseTable(CASES),
  ours: ({ cases }) => cases.map((x) => monthlyDisponering(x, YEAR)),
  floor: {
    work: "samme gitter (et array med 12 tal pr. sag) fra de samme sager, kun enheden måned; sager uden for året efterlades som nuller",
    run: ({ cases }) => gridFloor(cases),
  },
  check: (_, ours, floor) => {
    const grid = ours as number[][];
    const f = floor as number[][];
    grid.forEach((r, i) => r.forEach((v, m) => same(`disponering sag ${i + 1}, måned ${m + 1}`, v, f[i][m])));
  },
  ratioTarget: 5,
});
