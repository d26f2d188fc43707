// The 18th birthday (docs/domain.md §8): an anbringelse ends the day before the 18th birthday, an
// efterværn case the day before the 23rd. Which foranstaltning is which is a column the user can
// change; its default follows the foranstaltning's name (docs/habits.md §3: a table of patterns).
import { compareDa } from "./collation";
import { birthdayAt, birthDaySafe } from "./alder";
import { OPEN_END, dayToYmd, daysInYear, yearEnd, yearStart } from "./calendar";
import type { CaseRow } from "./cases";
import { disponeringInPeriod } from "./disponering";
import { msg } from "./messages";
import type { Problem } from "./result";
import { finish, mapInSteps } from "./steps";
import type { Unit } from "./units";

import { AGE_LIMIT, defaultArt, type Foranstaltningsart } from "./foranstaltning";

/** The last day a measure of this art may run for a person born on `birth`; null when no limit. */
export function lastDayByAge(art: Foranstaltningsart, birth: number): number | null {
  const limit = AGE_LIMIT[art];
  return limit === null || Number.isNaN(birth) ? null : birthdayAt(birth, limit) - 1;
}

export interface AgeLimitOptions {
  /**
   * Art per foranstaltning as the user chose it in the task pane; defaultArt for names not in the
   * map. A row's own Art cell (CaseRow.art) goes before both.
   */
  arts?: ReadonlyMap<string, Foranstaltningsart>;
  /** Cell address of a row's stop date ("F12"), for the warning. */
  stopAddress?: (row: number) => string;
  /** 0-based column of the stop date in the table and its header, so a caller can point at the cell. */
  stopCol?: number;
  stopLabel?: string;
}

/** The art in effect for a case: its own Art cell, else the user's choice for its foranstaltning, else the default. */
export function artOfCase(c: Pick<CaseRow, "foranstaltning" | "art">, arts?: ReadonlyMap<string, Foranstaltningsart>): Foranstaltningsart {
  return c.art ?? arts?.get(c.foranstaltning) ?? defaultArt(c.foranstaltning);
}

/**
 * Applies the age limits: an open-ended anbringelse (efterværn) gets the day before the 18th (23rd)
 * birthday as its stop; a stop date after that day is a warning with the cell address and is kept
 * as typed — never silently changed. Rows whose CPR gives no birth date are left as they are.
 */
export function applyAgeLimits<T extends CaseRow>(cases: readonly T[], opts: AgeLimitOptions = {}): { cases: T[]; problems: Problem[] } {
  return finish(applyAgeLimitsInSteps(cases, opts));
}

/** `applyAgeLimits` in steps: a pause every ITEMS_PER_STEP cases. */
export function* applyAgeLimitsInSteps<T extends CaseRow>(cases: readonly T[], opts: AgeLimitOptions = {}): Generator<void, { cases: T[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const out = yield* mapInSteps(cases, (c) => {
    const art = artOfCase(c, opts.arts);
    const last = lastDayByAge(art, birthDaySafe(c.cpr));
    if (last === null || c.stop <= last) return c;
    if (c.stop === OPEN_END && c.start <= last) return { ...c, stop: last };
    const address = opts.stopAddress?.(c.row);
    const text = msg.ageLimitPassed(AGE_LIMIT[art] as number, c.stop === OPEN_END ? null : c.stop, last);
    const label = opts.stopLabel ?? "Stopdato";
    problems.push({
      code: "alder.graense",
      message: address ? msg.cell(address, text) : msg.rowColumn(c.row, label, text),
      row: c.row,
      column: address ?? label,
      ...(opts.stopCol !== undefined ? { col: opts.stopCol } : {}),
      severity: "advarsel",
    });
    return c;
  });
  return { cases: out, problems };
}

/** Average monthly cost of a rate in year y (a døgn rate × days in the year ÷ 12). */
export function monthlyCost(takst: number, enhed: Unit, y: number): number {
  switch (enhed) {
    case "måned":
      return takst;
    case "døgn":
      return (takst * daysInYear(y)) / 12;
    case "uge":
      return (takst * daysInYear(y)) / 7 / 12;
    case "år":
      return takst / 12;
  }
}

export interface OvergangForanstaltning {
  row: number;
  foranstaltning: string;
  konto: string;
  art: Foranstaltningsart;
  takst: number;
  enhed: Unit;
  stop: number;
  /** Average monthly cost in the year of the 18th birthday. */
  maanedspris: number;
  /** Cost per year (budget year and the two overslagsår) if it continues as efterværn from the 18th birthday. */
  fortsat: number[];
}

export interface Overgang {
  cpr: string;
  navn: string;
  foedselsdag: number;
  /** The 18th birthday. */
  attenAarsdag: number;
  foranstaltninger: OvergangForanstaltning[];
  maanedspris: number;
  /** Σ fortsat of the anbringelser per year: the budget effect of efterværn against ending at 18. */
  effekt: number[];
}

/**
 * Youths turning 18 in the budget year y or the two overslagsår (y + 1, y + 2), with the measures
 * they have on or after `reference` (the date the list is made). Continuing a placement as
 * efterværn costs its rate from the 18th birthday until the day before the 23rd; ending at 18
 * costs nothing more, so the difference is the continuation's cost per year.
 */
export function overgange18(cases: readonly CaseRow[], y: number, reference: number, opts: AgeLimitOptions = {}): Overgang[] {
  const from = yearStart(y), to = yearEnd(y + 2);
  const years = [y, y + 1, y + 2];
  const persons = new Map<string, Overgang>();
  for (const c of cases) {
    if (!c.cpr || c.stop < reference) continue;
    const birth = birthDaySafe(c.cpr);
    if (Number.isNaN(birth)) continue;
    const eighteen = birthdayAt(birth, 18);
    if (eighteen < from || eighteen > to) continue;
    let p = persons.get(c.cpr);
    if (!p) {
      p = { cpr: c.cpr, navn: c.navn, foedselsdag: birth, attenAarsdag: eighteen, foranstaltninger: [], maanedspris: 0, effekt: [0, 0, 0] };
      persons.set(c.cpr, p);
    }
    const art = artOfCase(c, opts.arts);
    const maanedspris = monthlyCost(c.takst, c.enhed, dayToYmd(eighteen).y);
    // Only a placement that would run to the 18th birthday has a continuation to decide on.
    const continues = art === "anbringelse" && c.stop >= eighteen - 1;
    const span = { takst: c.takst, enhed: c.enhed, start: eighteen, stop: birthdayAt(birth, 23) - 1 };
    const fortsat = years.map((yy) => (continues ? disponeringInPeriod(span, yearStart(yy), yearEnd(yy)) : 0));
    p.foranstaltninger.push({ row: c.row, foranstaltning: c.foranstaltning, konto: c.konto, art, takst: c.takst, enhed: c.enhed, stop: c.stop, maanedspris, fortsat });
    p.maanedspris += maanedspris;
    fortsat.forEach((v, i) => (p.effekt[i] += v));
  }
  return [...persons.values()].sort((a, b) => a.attenAarsdag - b.attenAarsdag || compareDa(a.cpr, b.cpr));
}
