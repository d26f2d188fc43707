// The Prognose and Budgetbemærkninger panels' logic without a browser: which tables are read, how the
// chosen methods are remembered, and what is generated. The panels only render this.
import {
  METHOD_IDS, msg, readAssumptions, readBudget, readMonthSeries, readPlRates, readRiskCases, recogniseHeaders, unitFromHeader,
  validateCases, type LambdaMethod, type MethodId, type Problem, type TableData,
} from "../core";
import { buildPrognosePackage, type PrognoseData, type PrognosePackage, type PrognoseSettings } from "../sheets/prognosePackage";
import type { WorkbookActions } from "./actions";

/** Table names the panels look for (first found wins), as the consultants name them. */
export const TABLES = {
  budget: ["Budget"],
  forbrug: ["Forbrug"],
  risikosager: ["Risikosager"],
  tilgang: ["Tilgang"],
  forudsaetninger: ["Budgetforudsætninger", "Budgetforudsaetninger"],
  pl: ["PL"],
  sager: ["Sager"],
} as const;

export const SETTINGS_KEY = "Styringsark.prognosemetoder";

export interface LoadedInputs {
  data: PrognoseData;
  problems: Problem[];
  /** Konto and its text, in budget order. */
  kontos: { konto: string; tekst: string }[];
}

const missing = (name: string): Problem => ({ code: "table.missing", message: msg.tableMissing(name), severity: "fejl" });

async function firstTable(actions: WorkbookActions, names: readonly string[]): Promise<TableData | null> {
  for (const n of names) {
    const t = await actions.findTable(n);
    if (t) return t;
  }
  return null;
}

/** Reads and validates every input table; a missing optional table (risk, tilgang, PL, sager) is empty. */
export async function loadInputs(actions: WorkbookActions): Promise<LoadedInputs> {
  const problems: Problem[] = [];
  const get = async (names: readonly string[], required: boolean) => {
    const t = await firstTable(actions, names);
    if (!t && required) problems.push(missing(names[0]));
    return t;
  };
  const budgetT = await get(TABLES.budget, true);
  const forbrugT = await get(TABLES.forbrug, true);
  const forudT = await get(TABLES.forudsaetninger, true);
  const riskT = await get(TABLES.risikosager, false);
  const tilgangT = await get(TABLES.tilgang, false);
  const plT = await get(TABLES.pl, false);
  const sagerT = await get(TABLES.sager, false);
  const budget = budgetT ? readBudget(budgetT) : { value: [], problems: [] };
  const actuals = forbrugT ? readMonthSeries(forbrugT, "Forbrug") : { value: { months: [], rows: [] }, problems: [] };
  const assumptions = forudT ? readAssumptions(forudT, "Budgetforudsætninger") : { value: [], problems: [] };
  const risk = readRiskCases(riskT ?? { header: ["Id", "Forventet foranstaltning", "Månedlig udgift", "Sandsynlighed", "Forventet start"], rows: [] });
  const intake = readMonthSeries(tilgangT ?? { header: ["Konto"], rows: [] }, "Tilgang");
  const pl = plT ? readPlRates(plT) : { value: [], problems: [] };
  for (const list of [budget.problems, actuals.problems, assumptions.problems, riskT ? risk.problems : [], tilgangT ? intake.problems : [], pl.problems]) {
    for (const p of list) problems.push(p);
  }
  let cases: PrognoseData["cases"] = [];
  if (sagerT) {
    const mapping = recogniseHeaders(sagerT.header);
    const takstHeader = mapping.takst !== undefined ? sagerT.header[mapping.takst] : undefined;
    const out = validateCases(sagerT.rows.map((values, i) => ({ row: i + 2, values })), mapping, { headers: sagerT.header, defaultUnit: unitFromHeader(takstHeader) });
    cases = out.cases;
    for (const p of out.problems) if (p.severity === "fejl") problems.push(p);
  }
  const year = actuals.value.months.reduce((y, m) => (m.y > y ? m.y : y), 0);
  return {
    data: { year, budget: budget.value, actuals: actuals.value, risk: risk.value, intake: intake.value, assumptions: assumptions.value, pl: pl.value, cases },
    problems,
    kontos: budget.value.map((b) => ({ konto: b.konto, tekst: b.tekst })),
  };
}

/** Settings as remembered in the workbook; anything unreadable falls back to the defaults. */
export function parseSettings(raw: unknown): PrognoseSettings {
  const out: PrognoseSettings = { methods: {}, lambda: { kind: "gennemsnit", months: 12 }, skoen: {} };
  if (!raw || typeof raw !== "object") return out;
  const r = raw as Record<string, unknown>;
  if (r.methods && typeof r.methods === "object") {
    for (const [konto, m] of Object.entries(r.methods as Record<string, unknown>)) {
      if (METHOD_IDS.includes(m as MethodId)) out.methods[konto] = m as MethodId;
    }
  }
  const l = r.lambda as Partial<{ kind: string; months: number }> | undefined;
  if (l?.kind === "trend") out.lambda = { kind: "trend" };
  else if (l?.kind === "gennemsnit" && Number.isInteger(l.months) && (l.months as number) > 0) out.lambda = { kind: "gennemsnit", months: l.months as number };
  if (r.skoen && typeof r.skoen === "object") {
    for (const [konto, v] of Object.entries(r.skoen as Record<string, unknown>)) if (typeof v === "number" && Number.isFinite(v)) out.skoen![konto] = v;
  }
  return out;
}

export async function loadSettings(actions: WorkbookActions): Promise<PrognoseSettings> {
  const text = await actions.loadSetting(SETTINGS_KEY);
  return parseSettings(text === null ? undefined : safeJson(text));
}

export async function saveSettings(actions: WorkbookActions, settings: PrognoseSettings): Promise<void> {
  await actions.saveSetting(SETTINGS_KEY, JSON.stringify(settings));
}

export function withMethod(s: PrognoseSettings, konto: string, method: MethodId): PrognoseSettings {
  return { ...s, methods: { ...s.methods, [konto]: method } };
}

export function withSkoen(s: PrognoseSettings, konto: string, amount: number): PrognoseSettings {
  return { ...s, skoen: { ...s.skoen, [konto]: amount } };
}

export function withLambda(s: PrognoseSettings, lambda: LambdaMethod): PrognoseSettings {
  return { ...s, lambda };
}

/** Builds the follow-up; a workbook without booked months this year cannot be followed up yet. */
export function generate(inputs: LoadedInputs, settings: PrognoseSettings, generatedOn: number): PrognosePackage {
  if (inputs.data.actuals.months.length === 0) throw new Error('Tabellen "Forbrug" har ingen bogførte måneder');
  return buildPrognosePackage(inputs.data, settings, { generatedOn });
}

/** Today as a day number (Excel serial), for the sheets' banners. */
export function today(now = new Date()): number {
  return Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86400000) + 25569;
}

/** Danish summary of what a run wrote. */
export function writtenText(names: readonly string[]): string {
  return names.length === 1 ? `Arket "${names[0]}" er skrevet.` : `Arkene ${names.map((n) => `"${n}"`).join(", ")} er skrevet.`;
}

/** A remembered setting that is not valid JSON (edited by hand, say) counts as not set. */
function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
