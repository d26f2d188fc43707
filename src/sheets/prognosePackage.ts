// The monthly follow-up as one unit: from the input tables and the chosen methods, core's figures
// (the numbers the sheets must reproduce) and the four sheets (Budgetforudsætninger, Risikosager,
// Prognose ÅÅÅÅ-MM, Budgetbemærkninger). Shared by the task pane and `npm run demo`.
import {
  bookedOfYear, budgetParagraph, disposedAmount, gnsPris, haap, monthsToYearEnd, monthStart, prognose, pulje, splitVariance,
  lambdaFromHistory, yearEnd, yearStart, type Assumption, type BudgetLine, type CaseRow, type LambdaMethod, type MethodId,
  type MonthSeries, type OmraadeFigures, type PlRate, type Problem, type Result, type RiskRow, type VarianceSplit, type Volume,
} from "../core";
import { buildBudgetbemaerkninger, type BudgetbemaerkningerLayout } from "./budgetbemaerkninger";
import { buildBudgetforudsaetninger, type BudgetforudsaetningerLayout } from "./budgetforudsaetninger";
import type { DisponeringLayout } from "./disponering";
import type { ReportOptions } from "./draft";
import { buildPrognose, prognoseSheetName, type PrognoseKonto, type PrognoseLayout, type VarianceLine } from "./prognose";
import { buildRisikosager, type RisikosagerLayout } from "./risikosager";
import { inputsChecksum } from "./inputs";
import type { SheetSpec } from "./spec";

export interface PrognoseData {
  year: number;
  budget: readonly BudgetLine[];
  actuals: MonthSeries;
  risk: readonly RiskRow[];
  intake: MonthSeries;
  assumptions: readonly Assumption[];
  pl: readonly PlRate[];
  /** Validated cases of the disponeringsark (aktuelle and forventede). */
  cases: readonly CaseRow[];
}

/** What the user chose in the Prognose panel; remembered in the workbook. */
export interface PrognoseSettings {
  /** Method per konto; a konto without one gets "disponering". */
  methods: Record<string, MethodId>;
  lambda: LambdaMethod;
  /** Typed full-year estimates per konto (method "skoen"). */
  skoen?: Record<string, number>;
}

export interface KontoFigures {
  konto: string;
  method: MethodId;
  budget: number;
  forbrugTilDato: number;
  disponeretRest: number;
  risiko: number;
  pulje: number;
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

export interface PrognosePackage {
  specs: SheetSpec[];
  figures: PrognoseFigures;
  problems: Problem[];
  layouts: {
    budgetforudsaetninger: BudgetforudsaetningerLayout;
    risikosager: RisikosagerLayout;
    prognose: PrognoseLayout;
    budgetbemaerkninger: BudgetbemaerkningerLayout;
  };
}

/** The package names its sheets itself, so it takes the report options without `sheetName`. */
export interface PackageOptions extends Omit<ReportOptions, "sheetName"> {
  /** When the workbook has our Disponering sheet, the prognosis links to its "Pr. konto" rows. */
  disponering?: DisponeringLayout;
  overslagsaar?: number;
  /**
   * When the workbook has "Nøgletal ÅÅÅÅ" from this Disponering sheet: Prognose shows the headline
   * figures by name, and both sheets say in red when the case rows have changed since.
   */
  headline?: { disponeringSheet: string };
  /** Values the user typed on the Prognose sheet that are not in the tables' data (docs/domain.md §7). */
  typed?: PrognoseTyped;
  /**
   * The names of the Budgetforudsætninger, Risikosager and Prognose sheets in the workbook (by kind)
   * whose yellow cells Budgetbemærkninger checks, to say in red when one is typed over after the text
   * was written; a kind left out is not checked (its sheet is not in the workbook).
   */
  checkSheets?: Partial<Record<"budgetforudsaetninger" | "risikosager" | "prognose", string>>;
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

const sum = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0);

/** Last booked month of the budget year in the forbrug table (0 if none): the workbook's one k (core's bookedOfYear). */
export function bookedThrough(actuals: MonthSeries, year: number): number {
  return bookedOfYear(actuals, year).bookedMonths;
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

/** The names of the follow-up's sheets for these tables (the package gives its builders these). */
export function followUpSheetNames(data: Pick<PrognoseData, "year" | "actuals">): Record<"budgetforudsaetninger" | "risikosager" | "prognose", string> {
  return { budgetforudsaetninger: "Budgetforudsætninger", risikosager: "Risikosager", prognose: prognoseSheetName(data.year, bookedThrough(data.actuals, data.year)) };
}

export function buildPrognosePackage(data: PrognoseData, settings: PrognoseSettings, options: PackageOptions): PrognosePackage {
  const { year } = data;
  const problems: Problem[] = [];
  const k = bookedThrough(data.actuals, year);
  const kontoOfType = new Map(data.assumptions.map((a) => [a.foranstaltning, a.konto]));
  const kontoOf = (f: string) => kontoOfType.get(f) ?? data.cases.find((c) => c.foranstaltning === f)?.konto ?? "";
  const restFrom = monthStart(year, Math.min(k + 1, 12));
  const restActive = k < 12;

  const names = followUpSheetNames(data);
  // The budget table's total (Budget_ÅÅÅÅ) under the assumptions' own, with what they leave undistributed.
  const bf = buildBudgetforudsaetninger({
    sheetName: names.budgetforudsaetninger, year, assumptions: data.assumptions, pl: data.pl, overslagsaar: options.overslagsaar, kommune: options.kommune,
    generatedOn: options.generatedOn, budgetTotal: sum(data.budget.map((l) => l.budget)),
  });
  const rs = buildRisikosager({ sheetName: names.risikosager, year, bookedThrough: k, cases: data.risk, kontoOf, kommune: options.kommune, generatedOn: options.generatedOn });

  // Core's figures per konto: the numbers the Prognose sheet's formulas must reproduce.
  const kontoFigures: KontoFigures[] = [];
  const sheetKontos: PrognoseKonto[] = [];
  const jan = data.actuals.months.findIndex((m) => m.y === year && m.m === 1);
  for (const line of data.budget) {
    const method = settings.methods[line.konto] ?? "disponering";
    const series = data.actuals.rows.find((r) => r.konto === line.konto)?.values ?? data.actuals.months.map(() => 0);
    const history = jan < 0 ? [] : series.slice(0, jan + k);
    const actuals = jan < 0 ? [] : series.slice(jan, jan + k);
    const own = data.cases.filter((c) => c.konto === line.konto);
    const typedDisposed = options.disponering ? undefined : options.typed?.disponeret?.[line.konto];
    const disponeretRest = typedDisposed ?? (restActive ? disposedAmount(own, restFrom, yearEnd(year)) : 0);
    const risiko = riskRest(data.risk.filter((r) => kontoOf(r.foranstaltning) === line.konto), year, k);
    const price = options.typed?.puljePris?.[line.konto] ?? poolPrice(data.assumptions, line.konto);
    let puljeAmount = 0;
    let lambda: number[] = [];
    if (method === "pulje") {
      const hist = data.intake.rows.find((r) => r.konto === line.konto)?.values ?? [];
      const l = lambdaFromHistory(hist, settings.lambda, 12 - k);
      if (l.ok) lambda = l.value;
      else problems.push({ ...l.problem, message: `${line.konto}: ${l.problem.message}` });
    }
    const forventet = prognose(method, {
      budget: line.budget, actuals, history, disponeretRest, risiko,
      pulje: method === "pulje" ? { lambda, prisPrMaaned: price } : undefined,
      skoen: settings.skoen?.[line.konto],
    });
    if (method === "pulje") puljeAmount = pulje(lambda, price, k);
    if (!forventet.ok) problems.push({ ...forventet.problem, message: `${line.konto}: ${forventet.problem.message}` });
    kontoFigures.push({ konto: line.konto, method, budget: line.budget, forbrugTilDato: sum(actuals), disponeretRest, risiko, pulje: puljeAmount, forventet });
    const dRow = options.disponering?.byKonto.find((b) => b.name === line.konto);
    sheetKontos.push({
      konto: line.konto, tekst: line.tekst, budget: line.budget, method,
      disponeret: options.disponering ? (dRow ? { sheet: options.disponering.sheetName, row: dRow.row, firstMonthCol: options.disponering.firstMonthCol } : 0) : disponeretRest,
      skoen: settings.skoen?.[line.konto], puljePrisPrMaaned: price,
    });
  }

  // Variance per foranstaltningstype: budget assumptions vs the disponeringsark's full year.
  const a = yearStart(year), b = yearEnd(year);
  const types: TypeFigures[] = [];
  const varianceLines: VarianceLine[] = [];
  for (const as of data.assumptions) {
    const own = data.cases.filter((c) => c.foranstaltning === as.foranstaltning);
    const h = haap(own, a, b, "dage");
    const p = gnsPris(own, a, b);
    if (!p.ok) problems.push({ ...p.problem, severity: "advarsel", message: `${as.foranstaltning}: ${p.problem.message}` });
    // With HÅP 0 the priseffekt is 0 whatever the price, so the budget price stands in.
    const typedExpected = options.typed?.expected?.[as.foranstaltning];
    const expected = { haap: typedExpected?.haap ?? h, pris: typedExpected?.pris ?? (p.ok ? p.value : as.pris) };
    const budget = { haap: as.haap, pris: as.pris };
    types.push({ foranstaltning: as.foranstaltning, konto: as.konto, budget, expected, split: splitVariance(budget, expected) });
    varianceLines.push({ foranstaltning: as.foranstaltning, konto: as.konto, haapForventet: expected.haap, prisForventet: expected.pris });
  }

  const pg = buildPrognose({
    sheetName: names.prognose,
    year, bookedThrough: k, kontos: sheetKontos, actuals: data.actuals, intake: data.intake, lambda: settings.lambda,
    risikosager: rs.layout, budgetforudsaetninger: bf.layout, variance: varianceLines, kommune: options.kommune, generatedOn: options.generatedOn,
    ...(options.headline ? { headline: options.headline } : {}),
  });

  // Budget comments per område, in the order the områder first appear.
  const omraader: PrognoseFigures["omraader"] = [];
  const plYear = data.pl.find((p) => p.year === year)?.rate;
  for (const name of [...new Set(data.assumptions.map((x) => x.omraade))]) {
    const own = types.filter((t) => data.assumptions.find((x) => x.foranstaltning === t.foranstaltning)?.omraade === name);
    const ownA = data.assumptions.filter((x) => x.omraade === name);
    const kontos = new Set(ownA.map((x) => x.konto));
    const haapF = sum(own.map((t) => t.expected.haap));
    const haapLY = sum(ownA.map((x) => x.haapSidsteAar));
    const figures: OmraadeFigures = {
      omraade: name, year,
      haapForventet: haapF,
      haapBudget: sum(own.map((t) => t.budget.haap)),
      haapSidsteAar: haapLY,
      prisSidsteAar: haapLY === 0 ? 0 : sum(ownA.map((x) => x.haapSidsteAar * x.prisSidsteAar)) / haapLY,
      pl: plYear,
      forventet: sum(kontoFigures.filter((f) => kontos.has(f.konto)).map((f) => (f.forventet.ok ? f.forventet.value : f.budget))),
      budget: sum(kontoFigures.filter((f) => kontos.has(f.konto)).map((f) => f.budget)),
    };
    omraader.push({ figures, text: budgetParagraph(figures) });
  }
  const checked = ([[bf.spec, "budgetforudsaetninger"], [rs.spec, "risikosager"], [pg.spec, "prognose"]] as const)
    .flatMap(([spec, kind]) => {
      const sheet = options.checkSheets?.[kind];
      return sheet ? [{ sheet, ...inputsChecksum(spec, sheet) }] : [];
    });
  const bb = buildBudgetbemaerkninger({
    ...(checked.length > 0 ? {
      inputsCheck: { ranges: checked.flatMap((c) => c.ranges), value: checked.reduce((x, c) => x + c.value, 0), sheets: checked.map((c) => c.sheet) },
    } : {}),
    year, paragraphs: omraader, kommune: options.kommune, generatedOn: options.generatedOn,
    ...(options.headline ? { headline: options.headline } : {}),
    source: `${pg.layout.sheetName} og ${bf.layout.sheetName}`,
  });
  return {
    specs: [bf.spec, rs.spec, pg.spec, bb.spec],
    figures: { k, kontos: kontoFigures, types, omraader },
    problems,
    layouts: { budgetforudsaetninger: bf.layout, risikosager: rs.layout, prognose: pg.layout, budgetbemaerkninger: bb.layout },
  };
}
