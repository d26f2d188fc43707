// The exact merged periods behind HÅP (docs/domain.md §4), kept on a sheet so that HÅP there is a plain
// SUM that no sorting or filtering of the case rows can change (docs/domain.md §7). The checksum that
// tells when the case rows have changed since they were computed is in checksum.ts.
import { dayToYmd, mergeDaySpans } from "./calendar";
import { compareDa } from "./collation";
import { personColumnsInSteps } from "./haap";

export interface PeriodCase {
  cpr?: string | null;
  start: number;
  stop: number;
  foranstaltning: string;
  konto: string;
}

/** One merged, inclusive period of a person within [a, b]; months = the person's months with any day (first period only). */
export interface HaapPeriod {
  /** 1-based person number (order of first appearance), standing in for the CPR. */
  person: number;
  foranstaltning?: string;
  konto?: string;
  from: number;
  to: number;
  /** Calendar months of the person (in this group) with at least one day, on the group's first period; 0 on the others. */
  months: number;
}

/**
 * Merged periods in [a, b], grouped by person, or by person + foranstaltning + konto when `byType`
 * (a person counted once per foranstaltning and konto, as Nøgletal's rows are). Σ (to − from + 1) of
 * the plain grouping ÷ days(P) is HÅP (dage) with each person once; Σ months ÷ 12 is HÅP (måneder).
 */
export function haapPeriods(cases: readonly PeriodCase[], a: number, b: number, byType: boolean): HaapPeriod[] {
  const steps = haapPeriodsInSteps(cases, a, b, byType);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Rows or groups between two pauses of haapPeriodsInSteps: a few ms of work each at 20.000 cases. */
const STEP = 1000;

/** haapPeriods as steps: it pauses (yields) every few thousand rows, so a task pane can stay responsive. */
export function* haapPeriodsInSteps(cases: readonly PeriodCase[], a: number, b: number, byType: boolean): Generator<void, HaapPeriod[]> {
  // Each row's CPR read in steps (personColumnsInSteps): person ids over every CPR at once were one piece.
  const { person } = yield* personColumnsInSteps(cases);
  yield;
  // Person numbers by first appearance in the input, so the sheet shows 1, 2, 3 …
  const number = new Map<number, number>();
  for (let i = 0; i < cases.length; i++) {
    if (i % STEP === STEP - 1) yield;
    if (!number.has(person[i])) number.set(person[i], number.size + 1);
  }
  const groups = new Map<string, { n: number; f: string; k: string; spans: [number, number][] }>();
  for (let i = 0; i < cases.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const c = cases[i];
    if (c.stop < a || c.start > b || c.stop < c.start) continue;
    const key = byType ? `${person[i]}\u0000${c.foranstaltning}\u0000${c.konto}` : String(person[i]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { n: number.get(person[i])!, f: c.foranstaltning, k: c.konto, spans: [] }));
    g.spans.push([Math.max(c.start, a), Math.min(c.stop, b)]);
  }
  yield;
  const out: HaapPeriod[] = [];
  const ordered = [...groups.values()].sort((x, y) => x.n - y.n || compareDa(x.f, y.f) || compareDa(x.k, y.k));
  yield;
  for (let gi = 0; gi < ordered.length; gi++) {
    if (gi % STEP === STEP - 1) yield;
    const g = ordered[gi];
    const merged = mergeDaySpans(g.spans);
    const months = new Set<number>();
    for (const [s, e] of merged) {
      const from = dayToYmd(s), to = dayToYmd(e);
      for (let k = from.y * 12 + from.m; k <= to.y * 12 + to.m; k++) months.add(k);
    }
    merged.forEach(([s, e], i) =>
      out.push({ person: g.n, ...(byType ? { foranstaltning: g.f, konto: g.k } : {}), from: s, to: e, months: i === 0 ? months.size : 0 }),
    );
  }
  return out;
}

