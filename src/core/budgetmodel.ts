// Tilbudsspecifik budgetmodel (docs/domain.md §5): the same computations the generated sheet does with
// native formulas, so tests can hold the sheet (recalculated by a formula engine) against them.
import { CoreUsageError } from "./result";

/** The five base columns: last year's regnskab and budget, this year's budget (økonomisystem and per rate), prognose. */
export const BASE_COLUMNS = ["regnskabFoer", "budgetFoer", "budgetOekonomi", "budgetTakst", "prognose"] as const;
export type BaseColumn = (typeof BASE_COLUMNS)[number];
export const COL_BUDGET_TAKST = 3;
export const COL_PROGNOSE = 4;

/** A cost line with one value per base column; overslagsår follow from the prognose and PL. */
export interface CostLine {
  label: string;
  values: readonly number[];
}

export interface ServiceLevel {
  name: string;
  /** Annual rate per base column. */
  rates: readonly number[];
  /** HÅP per column (base columns, then overslagsår). */
  intern: readonly number[];
  ekstern: readonly number[];
}

export interface StaffCategory {
  name: string;
  aarsvaerk: number;
  /** Average price of one årsværk (ÅV-pris). */
  pris: number;
  /** Citizen-related (counts as ATA-årsværk). */
  ata: boolean;
  /** "Hvor skal der reduceres?": årsværk to cut in this category (reduces the prognose). */
  reduktion: number;
}

/**
 * The staff categories of the model (docs/domain.md §5) and which count as ATA-årsværk. One table, so
 * the default model, the demo and the "hvor skal der reduceres?" category always name them alike.
 */
export const STAFF_CATEGORIES: ReadonlyArray<{ name: string; ata: boolean }> = [
  { name: "Ledelse", ata: false },
  { name: "Borgerrelateret (faguddannet)", ata: true },
  { name: "Borgerrelateret (ikke faguddannet)", ata: true },
  { name: "Ikke fastansatte", ata: true },
  { name: "Administrativt og teknisk personale (TAP)", ata: false },
];

/** Staff rows in STAFF_CATEGORIES order from årsværk and ÅV-priser per category. */
export function staffRows(aarsvaerk: readonly number[], pris: readonly number[]): StaffCategory[] {
  return STAFF_CATEGORIES.map((c, i) => ({ ...c, aarsvaerk: aarsvaerk[i] ?? 0, pris: pris[i] ?? 0, reduktion: 0 }));
}

export interface BudgetModelInput {
  tilbud: string;
  year: number;
  /** PL % per overslagsår (fraction, 0.025 = 2,5 %); its length is the number of overslagsår. */
  pl: readonly number[];
  variable: readonly CostLine[];
  fixed: readonly CostLine[];
  subsidies: readonly CostLine[];
  central: readonly CostLine[];
  /** Other income, negative amounts. */
  otherIncome: readonly CostLine[];
  /** Result two years earlier, per column (base columns, then overslagsår). */
  resultTwoYearsEarlier: readonly number[];
  levels: readonly ServiceLevel[];
  /** Extra income (funktionsniveau 5+), per column. */
  extraIncome: readonly number[];
  /** Number of places, per column. */
  places: readonly number[];
  staff: readonly StaffCategory[];
  /** ATA hours one ATA-årsværk delivers per year (a setting). */
  ataHoursPerAarsvaerk: number;
  /** Granted (udmålte) ATA hours per year. */
  grantedAtaHours: number;
  /** Staff category whose ÅV-pris converts an overrun into årsværk. */
  reductionCategory: string;
  /** Rammebesparelse as a fraction (0.03 = 3 %). */
  rammebesparelsePct: number;
  /** Comment for the monthly meeting. */
  comment?: string;
}

export interface BudgetColumn {
  variable: number;
  fixed: number;
  provider: number;
  subsidies: number;
  central: number;
  otherIncome: number;
  udgiftsgrundlag: number;
  takstberegningsgrundlag: number;
  haap: number;
  income: number;
  /** Income − takstberegningsgrundlag; negative is an overrun. */
  result: number;
  /** Null when there are no places. */
  belaegning: number | null;
  pladsprisAar: number | null;
  pladsprisDoegn: number | null;
  /**
   * Price per occupied place (Thisted's "Hvad koster en HÅP-plads"): takstberegningsgrundlag ÷ HÅP,
   * beside gns. pladspris ÷ places; the two differ by the belægningsprocent. Null when HÅP is 0.
   */
  haapPladspris: number | null;
}

export interface BudgetModelResult {
  columns: BudgetColumn[];
  staff: {
    aarsvaerk: number;
    /** Weighted mean ÅV-pris (docs/domain.md §5: weighted, not the plain mean of the categories). */
    weightedPris: number | null;
    ataAarsvaerk: number;
    /** Kroner cut through "hvor skal der reduceres?" (positive). */
    reduktionKr: number;
  };
  staffAtaHours: number;
  /** Null when staff ATA hours are 0. */
  ataTimepris: number | null;
  /** Prognosis result when negative (the lønsum to cut, negative), else 0. */
  loensumTilReduktion: number;
  /** Null when the chosen category is unknown or has no price. */
  aarsvaerkTilReduktion: number | null;
  /** Takstberegningsgrundlag ÷ HÅP of the prognose (the prognose column's haapPladspris). */
  haapPladspris: number | null;
  rammebesparelse: { kr: number; pctOfVariable: number | null };
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const div = (a: number, b: number) => (b === 0 ? null : a / b);

/** Weighted mean ÅV-pris: Σ ÅV × pris ÷ Σ ÅV. */
export function weightedAarsvaerkPris(staff: readonly Pick<StaffCategory, "aarsvaerk" | "pris">[]): number | null {
  return div(sum(staff.map((s) => s.aarsvaerk * s.pris)), sum(staff.map((s) => s.aarsvaerk)));
}

/** Årsværk to cut for a result: overrun ÷ ÅV-pris of the chosen category (0 when there is no overrun). */
export function aarsvaerkToCut(result: number, aarsvaerkPris: number): number | null {
  return aarsvaerkPris > 0 ? Math.max(0, -result) / aarsvaerkPris : null;
}

/** Rammebesparelse p: amount = p × udgiftsgrundlag; share of the variable costs = amount ÷ variable. */
export function rammebesparelse(pct: number, udgiftsgrundlag: number, variable: number): { kr: number; pctOfVariable: number | null } {
  const kr = pct * udgiftsgrundlag;
  return { kr, pctOfVariable: div(kr, variable) };
}

/**
 * One line's value in every column: the base columns as given, each overslagsår the previous
 * column × (1 + PL of that year).
 */
export function projectLine(base: readonly number[], pl: readonly number[]): number[] {
  if (base.length !== BASE_COLUMNS.length) throw new CoreUsageError(`En linje skal have ${BASE_COLUMNS.length} værdier, ikke ${base.length}`);
  const out = [...base];
  for (const p of pl) out.push(out[out.length - 1] * (1 + p));
  return out;
}

/** Computes every figure of the budget model. Throws CoreUsageError when array lengths do not fit. */
export function computeBudgetModel(m: BudgetModelInput): BudgetModelResult {
  const n = BASE_COLUMNS.length + m.pl.length;
  const perColumn = (what: string, xs: readonly number[]) => {
    if (xs.length !== n) throw new CoreUsageError(`${what} skal have ${n} værdier, ikke ${xs.length}`);
    return xs;
  };
  perColumn("Resultat to år tidligere", m.resultTwoYearsEarlier);
  perColumn("Ekstra indtægter", m.extraIncome);
  perColumn("Antal pladser", m.places);
  const reduktionKr = sum(m.staff.map((s) => s.reduktion * s.pris));
  // The cut lands in the prognose and is carried into the overslagsår with PL.
  const reductionLine = projectLine([0, 0, 0, 0, -reduktionKr], m.pl);
  const total = (lines: readonly CostLine[]) => {
    const projected = lines.map((l) => projectLine(l.values, m.pl));
    return Array.from({ length: n }, (_, j) => sum(projected.map((p) => p[j])));
  };
  const variable = total(m.variable).map((v, j) => v + reductionLine[j]);
  const fixed = total(m.fixed), subsidies = total(m.subsidies), central = total(m.central), other = total(m.otherIncome);
  const rates = m.levels.map((l) => projectLine(l.rates, m.pl));
  const columns: BudgetColumn[] = Array.from({ length: n }, (_, j) => {
    const provider = variable[j] + fixed[j];
    const udgiftsgrundlag = provider + subsidies[j] + central[j] + other[j];
    const takstberegningsgrundlag = udgiftsgrundlag + m.resultTwoYearsEarlier[j];
    const haap = sum(m.levels.map((l) => perColumn(`HÅP for ${l.name}`, l.intern)[j] + perColumn(`HÅP for ${l.name}`, l.ekstern)[j]));
    const income = sum(m.levels.map((l, k) => (l.intern[j] + l.ekstern[j]) * rates[k][j])) + m.extraIncome[j];
    const pladsprisAar = div(takstberegningsgrundlag, m.places[j]);
    return {
      variable: variable[j], fixed: fixed[j], provider, subsidies: subsidies[j], central: central[j], otherIncome: other[j],
      udgiftsgrundlag, takstberegningsgrundlag, haap, income, result: income - takstberegningsgrundlag,
      belaegning: div(haap, m.places[j]), pladsprisAar, pladsprisDoegn: pladsprisAar === null ? null : pladsprisAar / 365,
      haapPladspris: div(takstberegningsgrundlag, haap),
    };
  });
  const ataAarsvaerk = sum(m.staff.filter((s) => s.ata).map((s) => s.aarsvaerk));
  const staffAtaHours = ataAarsvaerk * m.ataHoursPerAarsvaerk;
  const takst = columns[COL_BUDGET_TAKST], prognose = columns[COL_PROGNOSE];
  const cutPris = m.staff.find((s) => s.name === m.reductionCategory)?.pris ?? 0;
  return {
    columns,
    staff: { aarsvaerk: sum(m.staff.map((s) => s.aarsvaerk)), weightedPris: weightedAarsvaerkPris(m.staff), ataAarsvaerk, reduktionKr },
    staffAtaHours,
    ataTimepris: div(takst.udgiftsgrundlag, staffAtaHours),
    loensumTilReduktion: Math.min(0, prognose.result),
    aarsvaerkTilReduktion: aarsvaerkToCut(prognose.result, cutPris),
    haapPladspris: prognose.haapPladspris,
    rammebesparelse: rammebesparelse(m.rammebesparelsePct, takst.udgiftsgrundlag, takst.variable),
  };
}
