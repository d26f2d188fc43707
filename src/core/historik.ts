// The years before (docs/domain.md §8): development over several years comes from data for those
// years — the figures the add-in saved when each year was closed, and a regnskab table per konto
// and year for years before the add-in was used — never recomputed from today's case list.
import { AGE_GROUPS } from "./alder";
import { ageGroupOfRowsInSteps, UNKNOWN_AGE_LABEL } from "./alderFordeling";
import type { BookedYear, KontoHistory } from "./backtest";
import { yearEnd, yearStart } from "./calendar";
import { haapFiguresInSteps } from "./haap";
import type { CaseRow } from "./cases";
import { isBudgetYear } from "./fields";
import { headerKey } from "./headers";
import { msg } from "./messages";
import { keyFiguresInSteps } from "./noegletal";
import { parseAmount } from "./numbers";
import { cellProblem, type MonthSeries, type Parsed, type TableData } from "./prognoseTables";
import { indeks } from "./prognose";
import { fail, type Problem, type Result } from "./result";
import { finish } from "./steps";

/** What a saved figure is. */
export type HistorikArt = "haap" | "gnsPris" | "beloeb" | "personer";

export const HISTORIK_ART_LABELS: Record<HistorikArt, string> = { haap: "HÅP", gnsPris: "GNS-pris", beloeb: "Beløb", personer: "Personer" };

/**
 * What a saved figure is for: one foranstaltning, one konto, one age group (docs/domain.md §8: age
 * at the year's end, or at the case's stop when earlier), or all cases (each person once).
 */
export type HistorikNiveau = "foranstaltning" | "konto" | "aldersgruppe" | "alle";

const NIVEAUER: readonly HistorikNiveau[] = ["foranstaltning", "konto", "aldersgruppe", "alle"];

/** One saved figure: a year's HÅP, GNS-pris or amount for a foranstaltning, a konto or all cases. */
export interface HistorikRow {
  year: number;
  art: HistorikArt;
  /** What `name` is. */
  niveau: HistorikNiveau;
  name: string;
  value: number;
}

/** The column headers of the hidden history sheet, in order. */
export const HISTORIK_HEADER = ["År", "Art", "Niveau", "Navn", "Værdi"] as const;

/** Name of the rows for all cases (niveau "alle"). */
export const HISTORIK_ALLE = "I alt";

/**
 * Persons and HÅP per age group in year y (docs/domain.md §8, Randers "aldersfordeling over år"): a
 * case row's group is the person's age at the year's end, or at the case's stop when earlier; within a
 * group each person is counted once. Every group of AGE_GROUPS is saved (0 when empty), "Ukendt
 * alder" only when a row has no birth date.
 */
function* ageGroupRows(cases: readonly CaseRow[], y: number): Generator<void, HistorikRow[]> {
  const a = yearStart(y), b = yearEnd(y);
  const groupOf = yield* ageGroupOfRowsInSteps(cases, a, b);
  const labels = [...AGE_GROUPS.map((g) => g.label), UNKNOWN_AGE_LABEL];
  const byGroup: CaseRow[][] = labels.map(() => []);
  cases.forEach((c, i) => {
    if (groupOf[i] >= 0) byGroup[groupOf[i]].push(c);
  });
  const out: HistorikRow[] = [];
  for (const [g, rows] of byGroup.entries()) {
    if (g === AGE_GROUPS.length && rows.length === 0) continue;
    const h = yield* haapFiguresInSteps(rows, a, b);
    out.push({ year: y, art: "personer", niveau: "aldersgruppe", name: labels[g], value: h.persons });
    out.push({ year: y, art: "haap", niveau: "aldersgruppe", name: labels[g], value: h.dage });
    yield;
  }
  return out;
}

/**
 * The figures to save when year y is closed: per foranstaltning HÅP, GNS-pris and amount, per konto
 * the amount, per age group persons and HÅP, and for all cases HÅP with each person counted once
 * (docs/domain.md §4), GNS-pris, amount and persons — as the Nøgletal sheet defines them. A GNS-pris
 * with HÅP 0 is not saved.
 */
export function yearEndSnapshot(cases: readonly CaseRow[], y: number): HistorikRow[] {
  return finish(yearEndSnapshotInSteps(cases, y));
}

/** `yearEndSnapshot` in steps (the key figures of 50.000 cases in one piece were a long task). */
export function* yearEndSnapshotInSteps(cases: readonly CaseRow[], y: number): Generator<void, HistorikRow[]> {
  const k = yield* keyFiguresInSteps(cases, y);
  const out: HistorikRow[] = [];
  for (const f of k.byForanstaltning) {
    out.push({ year: y, art: "haap", niveau: "foranstaltning", name: f.name, value: f.haapDage });
    if (f.gnsPris.ok) out.push({ year: y, art: "gnsPris", niveau: "foranstaltning", name: f.name, value: f.gnsPris.value });
    out.push({ year: y, art: "beloeb", niveau: "foranstaltning", name: f.name, value: f.disponeret });
  }
  for (const f of k.byKonto) out.push({ year: y, art: "beloeb", niveau: "konto", name: f.name, value: f.disponeret });
  out.push({ year: y, art: "haap", niveau: "alle", name: HISTORIK_ALLE, value: k.total.haapDage });
  if (k.total.gnsPris.ok) out.push({ year: y, art: "gnsPris", niveau: "alle", name: HISTORIK_ALLE, value: k.total.gnsPris.value });
  out.push({ year: y, art: "beloeb", niveau: "alle", name: HISTORIK_ALLE, value: k.total.disponeret });
  yield;
  // Antal borgere of all cases: keyFigures' total counts each person once, as personsInPeriod does.
  out.push({ year: y, art: "personer", niveau: "alle", name: HISTORIK_ALLE, value: k.total.antal });
  yield;
  for (const r of yield* ageGroupRows(cases, y)) out.push(r);
  return out;
}

/** The history sheet as rows of cells (HISTORIK_HEADER order). */
export function historikCells(rows: readonly HistorikRow[]): (string | number)[][] {
  return rows.map((r) => [r.year, HISTORIK_ART_LABELS[r.art], r.niveau, r.name, r.value]);
}

/**
 * Replaces year y's rows in a saved history by a new snapshot (closing a year twice keeps the
 * last), other years untouched, sorted by year.
 */
export function mergeSnapshot(saved: readonly HistorikRow[], snapshot: readonly HistorikRow[]): HistorikRow[] {
  const years = new Set(snapshot.map((r) => r.year));
  return [...saved.filter((r) => !years.has(r.year)), ...snapshot].sort((a, b) => a.year - b.year);
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
const ART_BY_LABEL = new Map<string, HistorikArt>(
  (Object.entries(HISTORIK_ART_LABELS) as [HistorikArt, string][]).map(([art, label]) => [headerKey(label), art]),
);

/** Reads the hidden history sheet back (rows without a known art or year are skipped). */
export function readHistorik(rows: readonly (readonly unknown[])[]): HistorikRow[] {
  const out: HistorikRow[] = [];
  for (const r of rows) {
    const year = Number(r[0]);
    const art = ART_BY_LABEL.get(headerKey(r[1]));
    const n = text(r[2]);
    const niveau: HistorikNiveau = NIVEAUER.find((x) => x === n) ?? "foranstaltning";
    const value = typeof r[4] === "number" ? r[4] : Number.NaN;
    if (!Number.isInteger(year) || !art || !Number.isFinite(value)) continue;
    out.push({ year, art, niveau, name: text(r[3]), value });
  }
  return out;
}

/** One konto's accounts for a year, typed in for the years before the add-in was used. */
export interface RegnskabRow {
  konto: string;
  year: number;
  regnskab: number;
  budget?: number;
}

/** Reads the user's regnskab table (Konto, År, Regnskab, optional Budget). */
export function readRegnskab(t: TableData, name = "Regnskab"): Parsed<RegnskabRow[]> {
  const problems: Problem[] = [];
  const keys = t.header.map(headerKey);
  const find = (label: string, synonyms: string[], required: boolean) => {
    const i = keys.findIndex((k) => synonyms.includes(k));
    if (i < 0 && required) problems.push({ code: "table.column", message: msg.tableColumnMissing(name, label), severity: "fejl", column: label });
    return i;
  };
  const ck = find("Konto", ["konto", "kontonr", "funktion"], true);
  const cy = find("År", ["aar", "regnskabsaar", "year"], true);
  const cr = find("Regnskab", ["regnskab", "forbrug", "bogfoert"], true);
  const cb = find("Budget", ["budget", "korrigeretbudget"], false);
  if (ck < 0 || cy < 0 || cr < 0) return { value: [], problems };
  const value: RegnskabRow[] = [];
  t.rows.forEach((r, i) => {
    if (r.every((v) => text(v) === "")) return;
    const year = Number(text(r[cy]));
    if (!isBudgetYear(year)) {
      problems.push({ code: "year.invalid", message: msg.rowColumn(i + 2, "År", msg.yearInvalid(text(r[cy]))), row: i + 2, column: "År", col: cy, severity: "fejl" });
      return;
    }
    // A problem points at its cell: the column's index in the table.
    const reg = parseAmount(r[cr]);
    if (cellProblem(problems, i + 2, "Regnskab", reg) || !reg.ok) {
      problems[problems.length - 1].col = cr;
      return;
    }
    const row: RegnskabRow = { konto: text(r[ck]), year, regnskab: reg.value };
    if (cb >= 0 && text(r[cb]) !== "") {
      const b = parseAmount(r[cb]);
      if (cellProblem(problems, i + 2, "Budget", b) || !b.ok) {
        problems[problems.length - 1].col = cb;
        return;
      }
      row.budget = b.value;
    }
    value.push(row);
  });
  return { value, problems };
}

/** Where a year's figures come from. */
export type YearSource = "regnskab" | "aarsafslutning" | "begge";

export interface YearPoint {
  year: number;
  /**
   * Σ regnskab over konti when the table has the year, else the amount saved for all cases, else
   * Σ the saved konto amounts; null when none.
   */
  beloeb: number | null;
  /**
   * The saved HÅP of all cases (each person once); for a history saved before that was kept, Σ the
   * foranstaltningers HÅP. Null when the year was not closed in the add-in.
   */
  haap: number | null;
  /** Where the figures come from; null when there are none. */
  source: YearSource | null;
  /** beloeb ÷ haap; null when either is missing or HÅP is 0. */
  gnsPris: number | null;
  /** beloeb against the base year (100); a problem when the base has no amount or 0. */
  indeks: Result<number>;
}

/** Persons and HÅP per age group of one saved year (AGE_GROUPS order, then "Ukendt alder" when saved). */
export interface AgeYear {
  year: number;
  /** Age group label → persons / HÅP. */
  personer: Map<string, number>;
  haap: Map<string, number>;
  /** All cases, each person once: the saved persons and HÅP of the year (null when not saved). */
  personerIalt: number | null;
  haapIalt: number | null;
}

/** The saved years that have figures per age group, oldest first. */
export function ageYears(history: readonly HistorikRow[]): AgeYear[] {
  const years = [...new Set(history.filter((r) => r.niveau === "aldersgruppe").map((r) => r.year))].sort((p, q) => p - q);
  return years.map((year) => {
    const rows = history.filter((r) => r.year === year);
    const of = (art: HistorikArt) => new Map(rows.filter((r) => r.niveau === "aldersgruppe" && r.art === art).map((r) => [r.name, r.value]));
    const alle = (art: HistorikArt) => rows.find((r) => r.niveau === "alle" && r.art === art)?.value ?? null;
    return { year, personer: of("personer"), haap: of("haap"), personerIalt: alle("personer"), haapIalt: alle("haap") };
  });
}

/**
 * Up to five years ending with `lastYear`, each from the saved history or the regnskab table
 * only, with an index of the amount against `baseYear`.
 */
export function yearSeries(history: readonly HistorikRow[], regnskab: readonly RegnskabRow[], lastYear: number, baseYear: number, count = 5): YearPoint[] {
  const years = Array.from({ length: count }, (_, i) => lastYear - count + 1 + i);
  const sum = (rows: readonly { value: number }[]) => (rows.length > 0 ? rows.reduce((s, r) => s + r.value, 0) : null);
  const saved = (y: number, art: HistorikArt, niveau: HistorikNiveau) => history.filter((r) => r.year === y && r.art === art && r.niveau === niveau);
  const amount = (y: number): number | null => {
    const reg = regnskab.filter((r) => r.year === y);
    if (reg.length > 0) return reg.reduce((s, r) => s + r.regnskab, 0);
    return sum(saved(y, "beloeb", "alle")) ?? sum(saved(y, "beloeb", "konto"));
  };
  const haapOf = (y: number): number | null => sum(saved(y, "haap", "alle")) ?? sum(saved(y, "haap", "foranstaltning"));
  const sourceOf = (y: number): YearSource | null => {
    const reg = regnskab.some((r) => r.year === y), closed = history.some((r) => r.year === y);
    return reg && closed ? "begge" : reg ? "regnskab" : closed ? "aarsafslutning" : null;
  };
  const base = amount(baseYear);
  return years.map((year) => {
    const beloeb = amount(year);
    const h = haapOf(year);
    return {
      year, beloeb, haap: h, source: sourceOf(year),
      gnsPris: beloeb === null || h === null || h === 0 ? null : beloeb / h,
      indeks: beloeb === null ? fail("index.missing", msg.yearMissing(year)) : base === null ? fail("index.baseMissing", msg.yearMissing(baseYear)) : indeks(beloeb, base),
    };
  });
}

/**
 * The backtest's input: each konto's booked months by year from a Forbrug table (konto × month)
 * and the budgets of past years from the regnskab table.
 */
export function kontoHistories(forbrug: MonthSeries, regnskab: readonly RegnskabRow[]): KontoHistory[] {
  return forbrug.rows.map((row) => {
    const byYear = new Map<number, number[]>();
    forbrug.months.forEach((ym, j) => {
      let months = byYear.get(ym.y);
      if (!months) byYear.set(ym.y, (months = new Array<number>(12).fill(Number.NaN)));
      months[ym.m - 1] = row.values[j];
    });
    const years: BookedYear[] = [...byYear].map(([year, months]) => {
      // A running year has its first months only; a gap inside a year makes it not whole.
      let n = 12;
      while (n > 0 && Number.isNaN(months[n - 1])) n--;
      const budget = regnskab.find((r) => r.konto === row.konto && r.year === year)?.budget;
      return budget === undefined ? { year, months: months.slice(0, n) } : { year, months: months.slice(0, n), budget };
    });
    return { konto: row.konto, years };
  });
}

