// Reading the prognose input tables (budget, forbrug, risikosager, tilgang, budgetforudsætninger,
// PL) from header + rows, as they come from an Excel table or a CSV. Bad cells become Problems with
// row and column; the rest of the table is still used.
import { parseDate } from "./dates";
import { dayToYmd } from "./calendar";
import { headerKey } from "./headers";
import { parseAmount, parseFraction } from "./numbers";
import { msg } from "./messages";
import type { Problem, Result } from "./result";

import { isBlank, type TableData } from "./table";

export type { TableData };

export interface BudgetLine {
  konto: string;
  tekst: string;
  budget: number;
}

export interface YearMonth {
  y: number;
  m: number;
}

/** A konto × month table (forbrug or tilgang), months ascending and the same for every row. */
export interface MonthSeries {
  months: YearMonth[];
  rows: { konto: string; values: number[] }[];
}

export interface RiskRow {
  id: string;
  foranstaltning: string;
  antal: number;
  udgiftPrMaaned: number;
  sandsynlighed: number;
  /** Day number. */
  forventetStart: number;
}

export interface Assumption {
  omraade: string;
  foranstaltning: string;
  konto: string;
  /** Budget year's HÅP and GNS-pris. */
  haap: number;
  pris: number;
  /** Last year's actual HÅP and GNS-pris (for the budget comments). */
  haapSidsteAar: number;
  prisSidsteAar: number;
}

export interface PlRate {
  year: number;
  rate: number;
}

export interface Parsed<T> {
  value: T;
  problems: Problem[];
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
const isEmptyRow = (r: readonly unknown[]) => r.every(isBlank);

function columns(table: string, header: readonly unknown[], wanted: Record<string, readonly string[]>, problems: Problem[]) {
  const keys = header.map(headerKey);
  const out: Record<string, number> = {};
  for (const [field, synonyms] of Object.entries(wanted)) {
    // The first synonym is the label the user sees; all are compared as header keys.
    const i = keys.findIndex((k) => synonyms.map(headerKey).includes(k));
    if (i < 0) problems.push({ code: "table.column", message: msg.tableColumnMissing(table, synonyms[0]), severity: "fejl", column: synonyms[0] });
    out[field] = i;
  }
  return out;
}

/** Records a failed cell parse as "Række n, Kolonne: …"; true when there was a problem. */
export function cellProblem(problems: Problem[], row: number, column: string, r: Result<unknown>): boolean {
  if (r.ok) return false;
  problems.push({ ...r.problem, message: msg.rowColumn(row, column, r.problem.message), row, column });
  return true;
}

/** A month header: "2025-01", a date text, or an Excel serial. */
export function parseMonthHeader(v: unknown): Result<YearMonth> {
  const t = text(v);
  const iso = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12) return { ok: true, value: { y: Number(iso[1]), m: Number(iso[2]) } };
  const d = parseDate(v);
  if (d.ok && d.value !== "open") {
    const { y, m } = dayToYmd(d.value);
    return { ok: true, value: { y, m } };
  }
  return { ok: false, problem: { code: "month.header", message: msg.monthHeaderInvalid(t), severity: "fejl" } };
}

export function readBudget(t: TableData, name = "Budget"): Parsed<BudgetLine[]> {
  const problems: Problem[] = [];
  const c = columns(name, t.header, { konto: ["Konto"], budget: ["Budget"] }, problems);
  // The text column is optional: a budget without it still has kontos and amounts.
  const tekstCol = t.header.map(headerKey).findIndex((k) => ["tekst", "kontotekst", "navn"].includes(k));
  if (c.konto < 0 || c.budget < 0) return { value: [], problems };
  const value: BudgetLine[] = [];
  t.rows.forEach((r, i) => {
    if (isEmptyRow(r)) return;
    const b = parseAmount(r[c.budget]);
    if (cellProblem(problems, i + 2, "Budget", b) || !b.ok) return;
    value.push({ konto: text(r[c.konto]), tekst: tekstCol >= 0 ? text(r[tekstCol]) : "", budget: b.value });
  });
  return { value, problems };
}

/** Forbrug or tilgang: first column Konto, then one column per month. Empty cells are 0. */
export function readMonthSeries(t: TableData, name: string): Parsed<MonthSeries> {
  const problems: Problem[] = [];
  const months: YearMonth[] = [];
  const monthCols: number[] = [];
  t.header.forEach((h, i) => {
    if (i === 0) return;
    const m = parseMonthHeader(h);
    if (m.ok) {
      months.push(m.value);
      monthCols.push(i);
    } else problems.push({ ...m.problem, message: msg.rowColumn(1, text(h), m.problem.message), row: 1, column: text(h) });
  });
  if (months.length === 0) problems.push({ code: "table.column", message: msg.tableColumnMissing(name, "2025-01"), severity: "fejl" });
  const rows: MonthSeries["rows"] = [];
  t.rows.forEach((r, i) => {
    if (isEmptyRow(r)) return;
    const values = monthCols.map((col, j) => {
      if (text(r[col]) === "") return 0;
      const a = parseAmount(r[col]);
      cellProblem(problems, i + 2, `${months[j].y}-${String(months[j].m).padStart(2, "0")}`, a);
      return a.ok ? a.value : 0;
    });
    rows.push({ konto: text(r[0]), values });
  });
  return { value: { months, rows }, problems };
}

export function readRiskCases(t: TableData, name = "Risikosager"): Parsed<RiskRow[]> {
  const problems: Problem[] = [];
  const c = columns(name, t.header, {
    id: ["Id", "sagsid", "sag"],
    foranstaltning: ["Forventet foranstaltning", "foranstaltning"],
    udgift: ["Månedlig udgift", "udgiftprmaaned", "maanedsudgift", "enhedsudgift"],
    sandsynlighed: ["Sandsynlighed"],
    start: ["Forventet start", "startdato", "start"],
  }, problems);
  if (Object.values(c).some((i) => i < 0)) return { value: [], problems };
  const antalCol = t.header.map(headerKey).indexOf("antal");
  const value: RiskRow[] = [];
  t.rows.forEach((r, i) => {
    if (isEmptyRow(r)) return;
    const row = i + 2;
    const u = parseAmount(r[c.udgift]);
    const p = parseFraction(r[c.sandsynlighed], { nonNegative: true, kind: "probability" });
    const s = parseDate(r[c.start]);
    const n = antalCol >= 0 && text(r[antalCol]) !== "" ? parseAmount(r[antalCol]) : ({ ok: true, value: 1 } as const);
    const bad = [cellProblem(problems, row, "Månedlig udgift", u), cellProblem(problems, row, "Sandsynlighed", p),
      cellProblem(problems, row, "Forventet start", s), cellProblem(problems, row, "Antal", n)].some(Boolean);
    if (bad || !u.ok || !p.ok || !s.ok || !n.ok || s.value === "open") return;
    value.push({ id: text(r[c.id]), foranstaltning: text(r[c.foranstaltning]), antal: n.value, udgiftPrMaaned: u.value, sandsynlighed: p.value, forventetStart: s.value });
  });
  return { value, problems };
}

export function readAssumptions(t: TableData, name = "Budgetforudsætninger"): Parsed<Assumption[]> {
  const problems: Problem[] = [];
  const c = columns(name, t.header, {
    omraade: ["Område"], foranstaltning: ["Foranstaltning", "foranstaltningstype"], konto: ["Konto"],
    haap: ["HÅP", "haapbudget", "helaarspersoner"], pris: ["GNS-pris", "gennemsnitspris", "gnsprisbudget"],
    haapSidsteAar: ["HÅP sidste år", "haapregnskab"], prisSidsteAar: ["GNS-pris sidste år", "gnsprisregnskab"],
  }, problems);
  if (Object.values(c).some((i) => i < 0)) return { value: [], problems };
  const value: Assumption[] = [];
  t.rows.forEach((r, i) => {
    if (isEmptyRow(r)) return;
    const row = i + 2;
    const nums = (["haap", "pris", "haapSidsteAar", "prisSidsteAar"] as const).map((f) => parseAmount(r[c[f]]));
    const labels = ["HÅP", "GNS-pris", "HÅP sidste år", "GNS-pris sidste år"];
    if (nums.map((n, j) => cellProblem(problems, row, labels[j], n)).some(Boolean)) return;
    const [haap, pris, haapSidsteAar, prisSidsteAar] = nums.map((n) => (n.ok ? n.value : 0));
    value.push({ omraade: text(r[c.omraade]), foranstaltning: text(r[c.foranstaltning]), konto: text(r[c.konto]), haap, pris, haapSidsteAar, prisSidsteAar });
  });
  return { value, problems };
}

export function readPlRates(t: TableData, name = "PL"): Parsed<PlRate[]> {
  const problems: Problem[] = [];
  const c = columns(name, t.header, { year: ["År", "year", "budgetaar"], rate: ["PL", "plsats", "plpct", "plprocent"] }, problems);
  if (c.year < 0 || c.rate < 0) return { value: [], problems };
  const value: PlRate[] = [];
  t.rows.forEach((r, i) => {
    if (isEmptyRow(r)) return;
    const y = parseAmount(r[c.year]);
    const p = parseFraction(r[c.rate], { kind: "rate" });
    if (cellProblem(problems, i + 2, "År", y) || cellProblem(problems, i + 2, "PL", p) || !y.ok || !p.ok) return;
    value.push({ year: y.value, rate: p.value });
  });
  return { value, problems };
}
