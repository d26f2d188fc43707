// The monthly follow-up's figures (docs/domain.md §5): per konto the forventet regnskab by its chosen
// method, per foranstaltningstype the variance split, per område the budget comment's figures. The
// Prognose package's sheets must reproduce these numbers with their formulas; the pane and the demo
// report them.
import { bookedOfYear } from "./bookedAmounts";
import { type OmraadeFigures, budgetParagraph } from "./budgetText";
import { monthStart, yearEnd, yearStart } from "./calendar";
import type { CaseRow } from "./cases";
import { disposedAmountInSteps } from "./disponering";
import { finish, groupInSteps } from "./steps";
import { gnsPrisInSteps, haapOfColumns, personColumnsInSteps } from "./haap";
import { type MethodId, prognose } from "./methods";
import { type LambdaMethod, lambdaFromHistory, monthsToYearEnd, pulje } from "./prognose";
import type { Assumption, BudgetLine, MonthSeries, PlRate, RiskRow } from "./prognoseTables";
import type { Problem, Result } from "./result";
import { type VarianceSplit, type Volume, splitVariance } from "./variance";

/** The follow-up's input tables, validated. */
export interface PrognoseData {
  year: number;
  budget: readonly BudgetLine[];
  booked: MonthSeries;
  risk: readonly RiskRow[];
  intake: MonthSeries;
  assumptions: readonly Assumption[];
  pl: readonly PlRate[];
  /** Validated cases of the disponeringsark (aktuelle and forventede). */
  cases: readonly CaseRow[];
}

/** The methods chosen for the follow-up (the Prognose panel remembers them as its settings). */
export interface PrognoseChoices {
  /** Method per konto; a konto without one gets "disponering". */
  methods: Record<string, MethodId>;
  lambda: LambdaMethod;
  /** Typed full-year estimates per konto (method "skoen"). */
  skoen?: Record<string, number>;
}

/** Prognose's typed values that core takes besides the tables: by konto, and by foranstaltning. */
export interface PrognoseTyped {
  /** Disposed rest of the year (only where the sheet has no Disponering sheet to link to). */
  disponeret?: Record<string, number>;
  /** The pool's price of a new case per month. */
  puljePris?: Record<string, number>;
  /** Expected HÅP and GNS-pris for the year per foranstaltning (the variance split). */
  expected?: Record<string, { haap?: number; pris?: number }>;
}

export interface KontoFigures {
  konto: string;
  method: MethodId;
  budget: number;
  forbrugTilDato: number;
  disponeretRest: number;
  risiko: number;
  pulje: number;
  /** The price of a new case per month in the pool (typed, or from Budgetforudsætninger). */
  puljePrisPrMaaned: number;
  forventet: Result<number>;
}

export interface TypeFigures {
  foranstaltning: string;
  konto: string;
  budget: Volume;
  expected: Volume;
  split: VarianceSplit;
}

export interface PrognoseFigures {
  k: number;
  kontos: KontoFigures[];
  types: TypeFigures[];
  omraader: { figures: OmraadeFigures; text: string }[];
}

const sum = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0);

/** Last booked month of the budget year in the forbrug table (0 if none): the workbook's one k (bookedOfYear). */
export function bookedThrough(booked: MonthSeries, year: number): number {
  return bookedOfYear(booked, year).bookedMonths;
}

/** Weighted risk for months k+1..12: a case counts from its start, at the earliest month k+1. */
export function riskRest(cases: readonly RiskRow[], year: number, k: number): number {
  let total = 0;
  for (const c of cases) {
    const from = Math.max(c.forventetStart, k >= 12 ? yearEnd(year) + 1 : monthStart(year, k + 1));
    if (from > yearEnd(year)) continue;
    total += c.antal * c.udgiftPrMaaned * c.sandsynlighed * monthsToYearEnd(from);
  }
  return total;
}

/** GNS-pris per month of a konto's types in Budgetforudsætninger, the price of a new case in the pool. */
export function poolPrice(assumptions: readonly Assumption[], konto: string): number {
  const own = assumptions.filter((a) => a.konto === konto);
  const h = sum(own.map((a) => a.haap));
  return h === 0 ? 0 : sum(own.map((a) => a.haap * a.pris)) / h / 12;
}

/** The konto of a foranstaltning: from Budgetforudsætninger, else from the first case that has it. */
export function kontoOfType(data: Pick<PrognoseData, "assumptions" | "cases">): (foranstaltning: string) => string {
  const known = new Map(data.assumptions.map((a) => [a.foranstaltning, a.konto]));
  return (f) => known.get(f) ?? data.cases.find((c) => c.foranstaltning === f)?.konto ?? "";
}

/**
 * The follow-up's figures. `linkedDisponering`: the disposed rest comes from the disponeringsark the
 * Prognose sheet links to, so a typed value for it does not count.
 */
export function prognoseFigures(
  data: PrognoseData, choices: PrognoseChoices, typed: PrognoseTyped | undefined, linkedDisponering: boolean,
): { figures: PrognoseFigures; problems: Problem[] } {
  return finish(prognoseFiguresInSteps(data, choices, typed, linkedDisponering));
}

/**
 * `prognoseFigures` in steps: a pause after each konto and each foranstaltningstype (each reads its
 * own cases of the case table, 20.000 rows or more, so "Opdatér måned" refreshes the follow-up
 * without a long task).
 */
export function* prognoseFiguresInSteps(
  data: PrognoseData, choices: PrognoseChoices, typed: PrognoseTyped | undefined, linkedDisponering: boolean,
): Generator<void, { figures: PrognoseFigures; problems: Problem[] }> {
  const problems: Problem[] = [];
  const k = bookedThrough(data.booked, data.year);
  // The cases of each konto and of each type, grouped once (not filtered from all cases per konto and type).
  const byKonto = yield* groupInSteps(data.cases, (c) => c.konto);
  const byType = yield* groupInSteps(data.cases, (c) => c.foranstaltning);
  const kontos: KontoFigures[] = [];
  for (const line of data.budget) kontos.push(yield* kontoFigures(data, choices, typed, linkedDisponering, line, k, byKonto.get(line.konto) ?? [], problems));
  const types: TypeFigures[] = [];
  for (const as of data.assumptions) types.push(yield* typeFigures(data, typed, as, byType.get(as.foranstaltning) ?? [], problems));
  return { figures: { k, kontos, types, omraader: omraadeFigures(data, kontos, types) }, problems };
}

/** One konto: forbrug til dato, the disposed rest, risk, pool and the method's forventet regnskab. */
function* kontoFigures(
  data: PrognoseData, choices: PrognoseChoices, typed: PrognoseTyped | undefined, linkedDisponering: boolean,
  line: BudgetLine, k: number, own: readonly CaseRow[], problems: Problem[],
): Generator<void, KontoFigures> {
  const { year } = data;
  const method = choices.methods[line.konto] ?? "disponering";
  const jan = data.booked.months.findIndex((m) => m.y === year && m.m === 1);
  const series = data.booked.rows.find((r) => r.konto === line.konto)?.values ?? data.booked.months.map(() => 0);
  const history = jan < 0 ? [] : series.slice(0, jan + k);
  const booked = jan < 0 ? [] : series.slice(jan, jan + k);
  const typedDisposed = linkedDisponering ? undefined : typed?.disponeret?.[line.konto];
  const disponeretRest = typedDisposed ?? (k < 12 ? yield* disposedAmountInSteps(own, monthStart(year, Math.min(k + 1, 12)), yearEnd(year)) : 0);
  const kontoOf = kontoOfType(data);
  const risiko = riskRest(data.risk.filter((r) => kontoOf(r.foranstaltning) === line.konto), year, k);
  const price = typed?.puljePris?.[line.konto] ?? poolPrice(data.assumptions, line.konto);
  let lambda: number[] = [];
  if (method === "pulje") {
    const hist = data.intake.rows.find((r) => r.konto === line.konto)?.values ?? [];
    const l = lambdaFromHistory(hist, choices.lambda, 12 - k);
    if (l.ok) lambda = l.value;
    else problems.push({ ...l.problem, message: `${line.konto}: ${l.problem.message}` });
  }
  const forventet = prognose(method, {
    budget: line.budget, booked, history, disponeretRest, risiko,
    pulje: method === "pulje" ? { lambda, prisPrMaaned: price } : undefined,
    skoen: choices.skoen?.[line.konto],
  });
  if (!forventet.ok) problems.push({ ...forventet.problem, message: `${line.konto}: ${forventet.problem.message}` });
  return {
    konto: line.konto, method, budget: line.budget, forbrugTilDato: sum(booked), disponeretRest, risiko,
    pulje: method === "pulje" ? pulje(lambda, price, k) : 0, puljePrisPrMaaned: price, forventet,
  };
}

/** Variance of a foranstaltningstype: its budget assumptions against the disponeringsark's full year. */
function* typeFigures(data: PrognoseData, typed: PrognoseTyped | undefined, as: Assumption, own: readonly CaseRow[], problems: Problem[]): Generator<void, TypeFigures> {
  const a = yearStart(data.year), b = yearEnd(data.year);
  const h = haapOfColumns(yield* personColumnsInSteps(own), a, b, "dage");
  const p = yield* gnsPrisInSteps(own, a, b, h);
  if (!p.ok) problems.push({ ...p.problem, severity: "advarsel", message: `${as.foranstaltning}: ${p.problem.message}` });
  // With HÅP 0 the priseffekt is 0 whatever the price, so the budget price stands in.
  const typedExpected = typed?.expected?.[as.foranstaltning];
  const expected = { haap: typedExpected?.haap ?? h, pris: typedExpected?.pris ?? (p.ok ? p.value : as.pris) };
  const budget = { haap: as.haap, pris: as.pris };
  return { foranstaltning: as.foranstaltning, konto: as.konto, budget, expected, split: splitVariance(budget, expected) };
}

/** Budget comments per område, in the order the områder first appear. */
function omraadeFigures(data: PrognoseData, kontos: readonly KontoFigures[], types: readonly TypeFigures[]): PrognoseFigures["omraader"] {
  const plYear = data.pl.find((p) => p.year === data.year)?.rate;
  return [...new Set(data.assumptions.map((x) => x.omraade))].map((name) => {
    const own = types.filter((t) => data.assumptions.find((x) => x.foranstaltning === t.foranstaltning)?.omraade === name);
    const ownA = data.assumptions.filter((x) => x.omraade === name);
    const inOmraade = new Set(ownA.map((x) => x.konto));
    const haapLY = sum(ownA.map((x) => x.haapSidsteAar));
    const figures: OmraadeFigures = {
      omraade: name, year: data.year,
      haapForventet: sum(own.map((t) => t.expected.haap)),
      haapBudget: sum(own.map((t) => t.budget.haap)),
      haapSidsteAar: haapLY,
      prisSidsteAar: haapLY === 0 ? 0 : sum(ownA.map((x) => x.haapSidsteAar * x.prisSidsteAar)) / haapLY,
      pl: plYear,
      forventet: sum(kontos.filter((f) => inOmraade.has(f.konto)).map((f) => (f.forventet.ok ? f.forventet.value : f.budget))),
      budget: sum(kontos.filter((f) => inOmraade.has(f.konto)).map((f) => f.budget)),
    };
    return { figures, text: budgetParagraph(figures) };
  });
}
