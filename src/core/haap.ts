// Helårspersoner (HÅP) and GNS-pris (DOMAIN.md §4).
import { dayToYmd, monthsInPeriod } from "./dates";
import { disposedAmount, type CaseSpan } from "./disposition";
import { fail, ok, type Result } from "./result";
import { msg } from "./messages";

export type HaapMethod = "dage" | "måneder";

export interface PersonSpan {
  start: number;
  stop: number;
  /** Rows with the same CPR are one person; without CPR each row is a person. */
  cpr?: string | null;
}

export function parseHaapMethod(input: unknown): Result<HaapMethod> {
  if (input === null || input === undefined || input === "" || input === 0) return ok("dage");
  const key = String(input).trim().toLowerCase();
  if (key === "dage" || key === "dag") return ok("dage");
  if (key === "måneder" || key === "maaneder" || key === "måned" || key === "mdr") return ok("måneder");
  return fail("haap.method", msg.methodInvalid(String(input)));
}

/** "010190-1234", "0101901234" and " 010190-1234 " are one person; no regex in this hot loop. */
function personKey(cpr: string): string {
  const t = cpr.length === 11 && cpr.charCodeAt(6) === 45 ? cpr : cpr.trim();
  if (t.length === 11 && t.charCodeAt(6) === 45) return t.slice(0, 6) + t.slice(7);
  return t.indexOf("-") >= 0 ? t.split("-").join("") : t;
}

/** Groups row indices by person: same CPR together, rows without CPR alone. */
function groupByPerson(rows: readonly PersonSpan[], a: number, b: number): number[][] {
  const byCpr = new Map<string, number[]>();
  const groups: number[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.stop < a || r.start > b || r.stop < r.start) continue;
    // Trimmed, so a blank cell ("  ") is "no CPR" rather than one shared person.
    const key = r.cpr ? personKey(r.cpr) : "";
    if (key === "") {
      groups.push([i]);
      continue;
    }
    const g = byCpr.get(key);
    if (g) g.push(i);
    else {
      const fresh = [i];
      byCpr.set(key, fresh);
      groups.push(fresh);
    }
  }
  return groups;
}

/** Days of the union of a person's rows clipped to [a, b]. */
function unionDays(rows: readonly PersonSpan[], idx: number[], a: number, b: number): number {
  if (idx.length === 1) {
    const r = rows[idx[0]];
    return Math.min(r.stop, b) - Math.max(r.start, a) + 1;
  }
  const spans = idx.map((i) => [Math.max(rows[i].start, a), Math.min(rows[i].stop, b)] as const);
  spans.sort((x, y) => x[0] - y[0]);
  let total = 0;
  let [cs, ce] = spans[0];
  for (let j = 1; j < spans.length; j++) {
    const [s, e] = spans[j];
    if (s <= ce + 1) {
      if (e > ce) ce = e;
    } else {
      total += ce - cs + 1;
      cs = s;
      ce = e;
    }
  }
  return total + ce - cs + 1;
}

/** Month index (0-based, counted from the month of a) of a day. */
function monthIndex(day: number, y0: number, m0: number): number {
  const { y, m } = dayToYmd(day);
  return (y - y0) * 12 + (m - m0);
}

/** HÅP of rows in [a, b] by method "dage" (default) or "måneder". */
export function haap(rows: readonly PersonSpan[], a: number, b: number, method: HaapMethod = "dage"): number {
  if (b < a) return 0;
  const groups = groupByPerson(rows, a, b);
  if (method === "dage") {
    let days = 0;
    for (const g of groups) days += unionDays(rows, g, a, b);
    return days / (b - a + 1);
  }
  const nMonths = monthsInPeriod(a, b);
  const { y: y0, m: m0 } = dayToYmd(a);
  const seen = new Uint8Array(nMonths);
  let months = 0;
  for (const g of groups) {
    seen.fill(0);
    for (const i of g) {
      const lo = monthIndex(Math.max(rows[i].start, a), y0, m0);
      const hi = monthIndex(Math.min(rows[i].stop, b), y0, m0);
      for (let k = lo; k <= hi; k++) {
        if (!seen[k]) {
          seen[k] = 1;
          months++;
        }
      }
    }
  }
  return months / nMonths;
}

/** GNS-pris = disposed amount ÷ HÅP (dage) of the same rows; HÅP 0 is an error, never 0 or ∞. */
export function gnsPris(cases: readonly (CaseSpan & PersonSpan)[], a: number, b: number): Result<number> {
  const h = haap(cases, a, b, "dage");
  if (h === 0) return fail("haap.zero", msg.haapZero());
  return ok(disposedAmount(cases, a, b) / h);
}
