// Key figures per foranstaltning and per konto (docs/domain.md §1 (2), §4), defined exactly as the
// generated "Nøgletal ÅÅÅÅ" sheet computes them with native formulas, so the two can be compared.
//
// Definition (also printed in the sheet's note rows): a person (CPR) is merged within one
// (foranstaltning, konto) pair; the HÅP of a foranstaltning is the sum over its konti, and the HÅP of
// a konto the sum over its foranstaltninger. When every foranstaltning books on one konto — the usual
// case — the foranstaltning figure equals `haap` of the foranstaltning's rows.
import { compareDa } from "./collation";
import { disposedAmountInSteps } from "./disponering";
import { yearEnd, yearStart } from "./calendar";
import { gnsPrisOf, haapFiguresInSteps } from "./haap";
import type { CaseRow } from "./cases";
import type { Result } from "./result";
import { finish, groupInSteps, endsStep } from "./steps";

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
  const pairs = yield* groupInSteps(cases, (c) => `${c.foranstaltning}\u0000${c.konto}`);
  const pairHaap = new Map<string, { dage: number; mdr: number }>();
  yield;
  for (const [k, list] of pairs) {
    const h = yield* haapFiguresInSteps(list, a, b);
    pairHaap.set(k, { dage: h.dage, mdr: h.maaneder });
    yield;
  }

  function* figures(name: string, rows: readonly CaseRow[]): Generator<void, KeyFigures> {
    let dage = 0;
    let mdr = 0;
    const keys = new Set<string>();
    let antal = 0;
    for (let i = 0; i < rows.length; i++) {
      if (endsStep(i)) yield;
      const c = rows[i];
      keys.add(`${c.foranstaltning}\u0000${c.konto}`);
      if (c.start <= b && c.stop >= a) antal++;
    }
    for (const k of keys) {
      const h = pairHaap.get(k)!;
      dage += h.dage;
      mdr += h.mdr;
    }
    const disponeret = yield* disposedAmountInSteps(rows, a, b);
    return { name, antal, haapDage: dage, haapMaaneder: mdr, disponeret, gnsPris: gnsPrisOf(disponeret, dage) };
  }
  function* group(key: (c: CaseRow) => string): Generator<void, KeyFigures[]> {
    const byKey = yield* groupInSteps(cases, key);
    const out: KeyFigures[] = [];
    for (const n of [...byKey.keys()].filter((n) => n !== "").sort(byName)) {
      out.push(yield* figures(n, byKey.get(n)!));
      yield;
    }
    return out;
  }
  const sumOverTypes = yield* figures("Helårsforanstaltninger i alt", cases);
  yield;
  // Each person once over all cases: both HÅP methods and antal borgere from one reading of the persons.
  const all = yield* haapFiguresInSteps(cases, a, b);
  const dage = all.dage, maaneder = all.maaneder, antal = all.persons;
  yield;
  const byForanstaltning = yield* group((c) => c.foranstaltning);
  const byKonto = yield* group((c) => c.konto);
  return {
    byForanstaltning,
    byKonto,
    total: {
      ...sumOverTypes, name: "I alt", antal, haapDage: dage, haapMaaneder: maaneder,
      gnsPris: gnsPrisOf(sumOverTypes.disponeret, dage),
    },
    helaarsforanstaltninger: sumOverTypes,
  };
}
