// Key figures per foranstaltning and per konto (docs/domain.md §1 (2), §4), defined exactly as the
// generated "Nøgletal ÅÅÅÅ" sheet computes them with native formulas, so the two can be compared.
//
// Definition (also printed in the sheet's note rows): a person (CPR) is merged within one
// (foranstaltning, konto) pair; the HÅP of a foranstaltning is the sum over its konti, and the HÅP of
// a konto the sum over its foranstaltninger. When every foranstaltning books on one konto — the usual
// case — the foranstaltning figure equals `haap` of the foranstaltning's rows.
import { compareDa } from "./collation";
import { disposedAmount } from "./disponering";
import { yearEnd, yearStart } from "./calendar";
import { haap, personsInPeriod } from "./haap";
import type { CaseRow } from "./cases";
import { fail, ok, type Result } from "./result";
import { msg } from "./messages";
import { finish } from "./steps";

export interface KeyFigures {
  name: string;
  /** Case rows with at least one day in the year; on the total (each person once) the persons, antal borgere. */
  antal: number;
  haapDage: number;
  haapMaaneder: number;
  /** Disposed amount in the year (current and expected cases). */
  disponeret: number;
  /** disponeret ÷ haapDage; an error when HÅP is 0. */
  gnsPris: Result<number>;
}

export interface KeyFigureTable {
  byForanstaltning: KeyFigures[];
  /** Rows without konto are left out here (they are still in the total). */
  byKonto: KeyFigures[];
  /** All cases, each person (CPR) counted once (docs/domain.md §4 "Totals of HÅP"). */
  total: KeyFigures;
  /** The sum of the foranstaltning rows: helårsforanstaltninger, ≥ total's HÅP. */
  helaarsforanstaltninger: KeyFigures;
}

const byName = compareDa;

/** Key figures for a budget year, grouped as the Nøgletal sheet groups them. */
export function keyFigures(cases: readonly CaseRow[], year: number): KeyFigureTable {
  return finish(keyFiguresInSteps(cases, year));
}

/** `keyFigures` in steps: a pause between the HÅP computations over all cases and between the groups. */
export function* keyFiguresInSteps(cases: readonly CaseRow[], year: number): Generator<void, KeyFigureTable> {
  const a = yearStart(year);
  const b = yearEnd(year);
  const pairs = new Map<string, CaseRow[]>();
  for (const c of cases) {
    const k = `${c.foranstaltning}\u0000${c.konto}`;
    const list = pairs.get(k);
    if (list) list.push(c);
    else pairs.set(k, [c]);
  }
  const pairHaap = new Map<string, { dage: number; mdr: number }>();
  yield;
  for (const [k, list] of pairs) {
    pairHaap.set(k, { dage: haap(list, a, b, "dage"), mdr: haap(list, a, b, "måneder") });
    yield;
  }

  const figures = (name: string, rows: readonly CaseRow[]): KeyFigures => {
    let dage = 0;
    let mdr = 0;
    for (const k of new Set(rows.map((c) => `${c.foranstaltning}\u0000${c.konto}`))) {
      const h = pairHaap.get(k)!;
      dage += h.dage;
      mdr += h.mdr;
    }
    const disponeret = disposedAmount(rows, a, b);
    return {
      name,
      antal: rows.filter((c) => c.start <= b && c.stop >= a).length,
      haapDage: dage,
      haapMaaneder: mdr,
      disponeret,
      gnsPris: dage > 0 ? ok(disponeret / dage) : fail("haap.zero", msg.haapZero()),
    };
  };
  function* group(key: (c: CaseRow) => string): Generator<void, KeyFigures[]> {
    const out: KeyFigures[] = [];
    for (const n of [...new Set(cases.map(key))].filter((n) => n !== "").sort(byName)) {
      out.push(figures(n, cases.filter((c) => key(c) === n)));
      yield;
    }
    return out;
  }
  const sumOverTypes = figures("Helårsforanstaltninger i alt", cases);
  yield;
  const dage = haap(cases, a, b, "dage");
  yield;
  const maaneder = haap(cases, a, b, "måneder");
  yield;
  const antal = personsInPeriod(cases, a, b);
  yield;
  const byForanstaltning = yield* group((c) => c.foranstaltning);
  const byKonto = yield* group((c) => c.konto);
  return {
    byForanstaltning,
    byKonto,
    total: {
      ...sumOverTypes, name: "I alt", antal, haapDage: dage, haapMaaneder: maaneder,
      gnsPris: dage > 0 ? ok(sumOverTypes.disponeret / dage) : fail("haap.zero", msg.haapZero()),
    },
    helaarsforanstaltninger: sumOverTypes,
  };
}
