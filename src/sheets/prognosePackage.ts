// The monthly follow-up as one unit: from the input tables and the chosen methods, core's figures
// (core/prognoseFigures.ts: the numbers the sheets must reproduce) and the four sheets
// (Budgetforudsætninger, Risikosager, Prognose ÅÅÅÅ-MM, Budgetbemærkninger). Shared by the task pane
// and `npm run demo`.
import {
  bookedThrough, finish, kontoOfType, prognoseFiguresInSteps, type PrognoseChoices, type PrognoseData, type PrognoseFigures, type PrognoseTyped, type Problem,
} from "../core";
import { buildBudgetbemaerkninger, type BudgetbemaerkningerLayout } from "./budgetbemaerkninger";
import { buildBudgetforudsaetninger, type BudgetforudsaetningerLayout } from "./budgetforudsaetninger";
import type { DisponeringLayout } from "./disponering";
import type { ReportOptions } from "./draft";
import { buildPrognose, prognoseSheetName, type PrognoseKonto, type PrognoseLayout, type VarianceLine } from "./prognose";
import { buildRisikosager, type RisikosagerLayout } from "./risikosager";
import { inputsChecksum } from "./inputs";
import type { SheetSpec } from "./spec";

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
  /** When the workbook has our Disponering sheet, the prognose links to its "Pr. konto" rows. */
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

/** The names of the follow-up's sheets for these tables (the package gives its builders these). */
export function followUpSheetNames(data: Pick<PrognoseData, "year" | "booked">): Record<"budgetforudsaetninger" | "risikosager" | "prognose", string> {
  return { budgetforudsaetninger: "Budgetforudsætninger", risikosager: "Risikosager", prognose: prognoseSheetName(data.year, bookedThrough(data.booked, data.year)) };
}

export function buildPrognosePackage(data: PrognoseData, choices: PrognoseChoices, options: PackageOptions): PrognosePackage {
  return finish(buildPrognosePackageInSteps(data, choices, options));
}

/** `buildPrognosePackage` in steps: the figures pause after each konto and type (core `prognoseFiguresInSteps`); the sheets are a few rows per konto. */
export function* buildPrognosePackageInSteps(data: PrognoseData, choices: PrognoseChoices, options: PackageOptions): Generator<void, PrognosePackage> {
  const { year } = data;
  const { figures, problems } = yield* prognoseFiguresInSteps(data, choices, options.typed, options.disponering !== undefined);
  const { k } = figures;
  const names = followUpSheetNames(data);
  // The budget table's total (Budget_ÅÅÅÅ) under the assumptions' own, with what they leave undistributed.
  const bf = buildBudgetforudsaetninger({
    sheetName: names.budgetforudsaetninger, year, assumptions: data.assumptions, pl: data.pl, overslagsaar: options.overslagsaar, kommune: options.kommune,
    generatedOn: options.generatedOn, budgetTotal: data.budget.reduce((s, l) => s + l.budget, 0),
  });
  const rs = buildRisikosager({
    sheetName: names.risikosager, year, bookedThrough: k, cases: data.risk, kontoOf: kontoOfType(data), kommune: options.kommune, generatedOn: options.generatedOn,
  });
  const pg = buildPrognose({
    sheetName: names.prognose,
    year, bookedThrough: k, kontos: sheetKontos(data, figures, choices, options.disponering), booked: data.booked, intake: data.intake, lambda: choices.lambda,
    risikosager: rs.layout, budgetforudsaetninger: bf.layout, kommune: options.kommune, generatedOn: options.generatedOn,
    variance: figures.types.map((t): VarianceLine => ({ foranstaltning: t.foranstaltning, konto: t.konto, haapForventet: t.expected.haap, prisForventet: t.expected.pris })),
    ...(options.headline ? { headline: options.headline } : {}),
  });
  const checked = ([[bf.spec, "budgetforudsaetninger"], [rs.spec, "risikosager"], [pg.spec, "prognose"]] as const)
    .flatMap(([spec, kind]) => {
      const sheet = options.checkSheets?.[kind];
      return sheet ? [{ sheet, ...inputsChecksum(spec, sheet) }] : [];
    });
  const bb = buildBudgetbemaerkninger({
    ...(checked.length > 0 ? {
      inputsCheck: { ranges: checked.flatMap((c) => c.ranges), value: checked.reduce((x, c) => x + c.value, 0), sheets: checked.map((c) => c.sheet) },
    } : {}),
    year, paragraphs: figures.omraader, kommune: options.kommune, generatedOn: options.generatedOn,
    ...(options.headline ? { headline: options.headline } : {}),
    source: `${pg.layout.sheetName} og ${bf.layout.sheetName}`,
  });
  return {
    specs: [bf.spec, rs.spec, pg.spec, bb.spec],
    figures,
    problems,
    layouts: { budgetforudsaetninger: bf.layout, risikosager: rs.layout, prognose: pg.layout, budgetbemaerkninger: bb.layout },
  };
}

/** The Prognose sheet's konto rows: linked to the disponeringsark's "Pr. konto" row when there is one. */
function sheetKontos(data: PrognoseData, figures: PrognoseFigures, choices: PrognoseChoices, disponering: DisponeringLayout | undefined): PrognoseKonto[] {
  return data.budget.map((line, i) => {
    const f = figures.kontos[i];
    const dRow = disponering?.byKonto.find((b) => b.name === line.konto);
    return {
      konto: line.konto, tekst: line.tekst, budget: line.budget, method: f.method,
      disponeret: disponering ? (dRow ? { sheet: disponering.sheetName, row: dRow.row, firstMonthCol: disponering.firstMonthCol } : 0) : f.disponeretRest,
      skoen: choices.skoen?.[line.konto], puljePrisPrMaaned: f.puljePrisPrMaaned,
    };
  });
}
