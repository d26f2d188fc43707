// Prognose and Budgetbemærkninger: which tables are read, how the chosen methods are remembered, and
// what is generated and written. The panels only render the results.
import {
  anbragtePersoner, backtest, compareWithPeers, disposedAmount, overgange18, ownFigures, readPeerTable, yearEnd, yearStart, formatPercent, inputKey, kontoHistories, methodDef, METHOD_IDS, msg, readAssumptions, readRegnskab, readBudget, finish, readCaseTableInSteps, readMonthSeries, readPlRates, readRiskCases, serialToDay,
  type BacktestResult, type LambdaMethod, type MethodId, type PlRate, type Problem, type PrognoseChoices, type PrognoseData, type PrognoseTyped,
} from "../core";
import { withRecords } from "../sheets";
import { sheetOfSpec, typedNumber, typedOnSheet, type TypedInputs } from "./sheetInputs";
import {
  buildMetodevalg, buildOvergang, buildSammenligning, buildPrognosePackageInSteps, followUpSheetNames, PROGNOSE_INPUTS, YEAR_SHEET_NAMES,
  type PackageOptions, type PrognosePackage,
} from "../sheets";
import { SETTINGS_KEY } from "./settings";
import { loadAgeLimits } from "./ageLimits";
import { flowMsg } from "./messages";
import { FORBRUG_TABLES } from "./booked";
import { locate, unlocated, writtenText, type FlowOutcome, type LocatedProblem } from "./outcome";
import { hostErrorText } from "./hostError";
import { stepwise } from "./steps";
import type { SheetInfo, SourceTable, Workbook } from "./workbook";
import type { SheetSpec } from "../sheets";

/** Table names the flows look for (first found wins). */
export const TABLES = {
  budget: ["Budget"],
  forbrug: FORBRUG_TABLES,
  risikosager: ["Risikosager"],
  tilgang: ["Tilgang"],
  forudsaetninger: ["Budgetforudsætninger", "Budgetforudsaetninger"],
  pl: ["PL"],
  sager: ["Sager"],
  regnskab: ["Regnskab"],
} as const;

export interface PrognoseInputs {
  data: PrognoseData;
  problems: LocatedProblem[];
  /** Konto and its text, in budget order. */
  kontos: { konto: string; tekst: string }[];
  /** Required tables that are missing (their Danish messages are among the problems). */
  missingTables: string[];
  /** Danish summary: "4 konti læst; budgetår 2025." */
  message: string;
  /** The backtest per konto with a whole past year in Forbrug (budgets of past years from the Regnskab table). */
  backtest: BacktestResult[];
}

async function firstTable(wb: Workbook, names: readonly string[]): Promise<SourceTable | null> {
  for (const n of names) {
    const t = await wb.readTable(n);
    if (t) return t;
  }
  return null;
}

/** Reads and validates every input table; a missing optional table (risk, tilgang, PL, sager) is empty. */
export async function readPrognoseInputs(wb: Workbook): Promise<PrognoseInputs> {
  const problems: LocatedProblem[] = [];
  const missingTables: string[] = [];
  const get = async (names: readonly string[], required: boolean) => {
    const t = await firstTable(wb, names);
    if (!t && required) {
      missingTables.push(names[0]);
      problems.push(unlocated(msg.tableMissing(names[0])));
    }
    return t;
  };
  const budgetT = await get(TABLES.budget, true);
  const forbrugT = await get(TABLES.forbrug, true);
  const forudT = await get(TABLES.forudsaetninger, true);
  const riskT = await get(TABLES.risikosager, false);
  const tilgangT = await get(TABLES.tilgang, false);
  const plT = await get(TABLES.pl, false);
  const sagerT = await get(TABLES.sager, false);
  const regnskabT = await get(TABLES.regnskab, false);
  // One by one: a spread of a large table's problems into push() overflows the call stack.
  const add = (t: SourceTable | null, ps: readonly Problem[]) => {
    if (t) for (const p of ps) problems.push(locate(p, t));
  };
  const budget = budgetT ? readBudget(budgetT) : { value: [], problems: [] };
  const booked = forbrugT ? readMonthSeries(forbrugT, "Forbrug") : { value: { months: [], rows: [] }, problems: [] };
  const assumptions = forudT ? readAssumptions(forudT, "Budgetforudsætninger") : { value: [], problems: [] };
  const risk = riskT ? readRiskCases(riskT) : { value: [], problems: [] };
  const intake = tilgangT ? readMonthSeries(tilgangT, "Tilgang") : { value: { months: [], rows: [] }, problems: [] };
  const pl = plT ? readPlRates(plT) : { value: [], problems: [] };
  add(budgetT, budget.problems);
  add(forbrugT, booked.problems);
  add(forudT, assumptions.problems);
  add(riskT, risk.problems);
  add(tilgangT, intake.problems);
  add(plT, pl.problems);
  const regnskab = regnskabT ? readRegnskab(regnskabT) : { value: [], problems: [] };
  add(regnskabT, regnskab.problems);
  let cases: PrognoseData["cases"] = [];
  if (sagerT) {
    // The case table may have 20.000 rows or more: read in steps, as every action reads it.
    const out = await stepwise(readCaseTableInSteps(sagerT));
    cases = out.cases;
    add(sagerT, out.problems.filter((p) => p.severity === "fejl"));
  }
  const year = booked.value.months.reduce((y, m) => (m.y > y ? m.y : y), 0);
  const kontos = budget.value.map((b) => ({ konto: b.konto, tekst: b.tekst }));
  return {
    data: { year, budget: budget.value, booked: booked.value, risk: risk.value, intake: intake.value, assumptions: assumptions.value, pl: pl.value, cases },
    problems,
    kontos,
    missingTables,
    message: missingTables.length > 0 ? missingTablesText(missingTables) : flowMsg.prognose.read(kontos.length, year),
    // Only years before the budget year are tested: its own months are what is being forecast.
    backtest: backtest(kontoHistories(booked.value, regnskab.value).map((k) => ({ ...k, years: k.years.filter((y) => y.year < year) }))),
  };
}

/** What to do when required tables are missing, naming each (Danish). */
export function missingTablesText(names: readonly string[]): string {
  return flowMsg.prognose.missingTables(names);
}

/**
 * The backtest's suggestion for a konto as the panel shows it next to the chosen method (the user
 * decides): "Forslag ud fra tidligere år: Periodisering i 12-dele (gns. fejl 2,9 %)".
 */
export function methodSuggestion(inputs: PrognoseInputs, konto: string): string {
  const r = inputs.backtest.find((b) => b.konto === konto);
  if (!r || r.best === null) return flowMsg.prognose.noSuggestion();
  const score = r.scores.find((s) => s.id === r.best);
  const err = score && score.status === "ok" ? flowMsg.prognose.meanError(formatPercent(score.meanError)) : "";
  return flowMsg.prognose.suggestion(r.years, methodDef(r.best).name, err);
}

/** What the user chose in the Prognose panel (the methods core computes with), remembered in the workbook. */
export type PrognoseSettings = PrognoseChoices;

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

export async function loadPrognoseSettings(wb: Workbook): Promise<PrognoseSettings> {
  const text = await wb.loadSetting(SETTINGS_KEY);
  return parseSettings(text === null ? undefined : safeJson(text));
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

/** A konto whose method is Skøn but has no amount yet: the amount cannot be guessed. */
export function withoutSkoen(s: PrognoseSettings, konto: string): PrognoseSettings {
  const skoen = { ...s.skoen };
  delete skoen[konto];
  return { ...s, skoen };
}

/**
 * Saves the choices the moment they are made: Budgetbemærkninger reads them from the workbook, so
 * a choice kept only in the panel until "Dan prognosen" would silently be ignored there.
 */
export async function savePrognoseSettings(wb: Workbook, settings: PrognoseSettings): Promise<void> {
  await wb.saveSetting(SETTINGS_KEY, JSON.stringify(settings));
}

/** Field errors per konto (Danish), e.g. a Skøn without an amount; {} when the settings can be used. */
export function checkPrognoseSettings(kontos: readonly string[], settings: PrognoseSettings): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const konto of kontos) {
    if (settings.methods[konto] !== "skoen") continue;
    const amount = settings.skoen?.[konto];
    if (amount === undefined || !Number.isFinite(amount)) errors[konto] = flowMsg.prognose.skoenMissing(konto);
  }
  return errors;
}

/** Builds the follow-up; a workbook without booked months this year cannot be followed up yet. */
export function buildFollowUp(
  inputs: PrognoseInputs, settings: PrognoseSettings, generatedOn: number, headline?: PackageOptions["headline"], checkSheets?: PackageOptions["checkSheets"],
): PrognosePackage {
  return finish(buildFollowUpInSteps(inputs, settings, generatedOn, headline, checkSheets));
}

/** `buildFollowUp` in steps (sheets `buildPrognosePackageInSteps`). */
export function* buildFollowUpInSteps(
  inputs: PrognoseInputs, settings: PrognoseSettings, generatedOn: number, headline?: PackageOptions["headline"], checkSheets?: PackageOptions["checkSheets"],
): Generator<void, PrognosePackage> {
  if (inputs.data.booked.months.length === 0) throw new Error(flowMsg.common.noBookedMonths());
  return yield* buildPrognosePackageInSteps(inputs.data, settings, { generatedOn, ...(headline ? { headline } : {}), ...(checkSheets ? { checkSheets } : {}) });
}

/** The follow-up and how many values typed on its sheets it used. */
export interface FollowUpBuild {
  pkg: PrognosePackage;
  /** Values typed on Budgetforudsætninger, Risikosager and Prognose that core's figures used. */
  typed: number;
}

/** Danish: which typed values the prognose used ("" when none). */
export function typedText(n: number): string {
  if (n === 0) return "";
  return flowMsg.prognose.typedUsed(n);
}

/** What was typed on the follow-up's sheets, per sheet kind, aligned with each spec's input tables. */
interface TypedSheets {
  bf: TypedInputs;
  rs: TypedInputs;
  pg: TypedInputs;
  /** The Prognose spec's input tables, to find a table by its label. */
  pgTables: readonly { label?: string; inputCols: readonly number[] }[];
}

/**
 * The tables' data, the settings and the package's options with the values typed on our sheets
 * (see followUpWithTyped), and how many values that was.
 */
function overlayTyped(data: PrognoseData, settings: PrognoseSettings, years: readonly number[], t: TypedSheets): { data: PrognoseData; settings: PrognoseSettings; typedOptions: PrognoseTyped; typed: number } {
  let typed = 0;
  const take = (vals: readonly unknown[] | undefined, j: number, set: (v: number) => void) => {
    const v = typedNumber(vals?.[j]);
    if (v === undefined) return;
    typed++;
    set(v);
  };
  const risk = data.risk.map((r) => {
    const x = { ...r };
    const v = t.rs[0]?.get(inputKey({ label: r.id }));
    take(v, 0, (n) => (x.antal = n));
    take(v, 1, (n) => (x.udgiftPrMaaned = n));
    take(v, 2, (n) => (x.sandsynlighed = n));
    take(v, 3, (n) => {
      const day = serialToDay(n);
      if (day.ok) x.forventetStart = day.value;
    });
    return x;
  });
  const pl: PlRate[] = data.pl.map((p) => ({ ...p }));
  const plTyped = t.bf[0]?.get(inputKey({ label: "PL-sats (KL)" }));
  years.forEach((year, j) => take(plTyped, j, (rate) => {
    const at = pl.find((p) => p.year === year);
    if (at) at.rate = rate;
    else pl.push({ year, rate });
  }));
  const assumptions = data.assumptions.map((a) => {
    const x = { ...a };
    const v = t.bf[1]?.get(inputKey({ label: a.foranstaltning }));
    take(v, 0, (n) => (x.haapSidsteAar = n));
    take(v, 1, (n) => (x.prisSidsteAar = n));
    take(v, 2, (n) => (x.haap = n));
    take(v, 3, (n) => (x.pris = n));
    return x;
  });

  // The Prognose sheet of this month, table by table.
  const table = (label: string) => {
    const i = t.pgTables.findIndex((x) => x.label === label);
    return { values: t.pg[i] ?? new Map<string, (unknown | undefined)[]>(), cols: t.pgTables[i]?.inputCols.length ?? 0 };
  };
  const byKonto = (label: string, konto: string) => table(label).values.get(inputKey({ label: konto }));
  const budget = data.budget.map((b) => {
    const x = { ...b };
    take(byKonto(PROGNOSE_INPUTS.budget, b.konto), 0, (n) => (x.budget = n));
    return x;
  });
  const series = (s: PrognoseData["booked"], label: string): PrognoseData["booked"] => ({
    months: s.months,
    rows: [...new Set([...s.rows.map((r) => r.konto), ...budget.map((b) => b.konto)])].flatMap((konto) => {
      const own = s.rows.find((r) => r.konto === konto);
      const v = byKonto(label, konto);
      if (!v) return own ? [own] : [];
      const values = own ? [...own.values] : s.months.map(() => 0);
      s.months.forEach((_, j) => take(v, j, (n) => (values[j] = n)));
      return [{ ...(own ?? { konto }), values }];
    }),
  });
  const skoen = { ...settings.skoen };
  const typedOptions: PrognoseTyped = { disponeret: {}, puljePris: {}, expected: {} };
  const grundlag = table(PROGNOSE_INPUTS.grundlag);
  for (const b of budget) {
    const v = grundlag.values.get(inputKey({ label: b.konto }));
    if (grundlag.cols === 2) take(v, 0, (n) => (typedOptions.disponeret![b.konto] = n));
    if (settings.methods[b.konto] === "skoen") take(v, grundlag.cols - 1, (n) => (skoen[b.konto] = n));
    take(table(PROGNOSE_INPUTS.puljepris).values.get(inputKey({ label: `Pulje ${b.konto}` })), 0, (n) => (typedOptions.puljePris![b.konto] = n));
  }
  for (const a of assumptions) {
    const v = table(PROGNOSE_INPUTS.afvigelse).values.get(inputKey({ label: a.foranstaltning }));
    const e: { haap?: number; pris?: number } = {};
    take(v, 0, (n) => (e.haap = n));
    take(v, 1, (n) => (e.pris = n));
    if (e.haap !== undefined || e.pris !== undefined) typedOptions.expected![a.foranstaltning] = e;
  }
  return {
    data: { ...data, risk, pl, assumptions, budget, booked: series(data.booked, PROGNOSE_INPUTS.forbrug), intake: series(data.intake, PROGNOSE_INPUTS.tilgang) },
    settings: { ...settings, skoen },
    typedOptions,
    typed,
  };
}

/** The Prognose tables whose typed values carry over into next month's sheet (by konto / foranstaltning). */
const CARRIED_TO_NEXT_MONTH: readonly string[] = [PROGNOSE_INPUTS.budget, PROGNOSE_INPUTS.grundlag, PROGNOSE_INPUTS.puljepris, PROGNOSE_INPUTS.afvigelse];

/**
 * What was typed on this month's Prognose sheet and, where nothing was, on the latest earlier month's
 * of the same year ("Prognose 2025-09" for 2025-10): a skøn, a budget, a pool price or an expected
 * HÅP typed last month is still the user's this month. Booked forbrug and tilgang are not carried:
 * the new month's tables hold the bookings, and their months sit in other columns.
 */
async function typedOnPrognose(wb: Workbook, spec: SheetSpec, sheets: readonly SheetInfo[]): Promise<TypedInputs> {
  const now = await typedOnSheet(wb, spec, sheets);
  const m = /^Prognose (\d{4})-(\d{2})$/.exec(spec.name);
  if (!m) return now;
  const earlier = sheets
    .filter((x) => x.kind === "prognose" && x.name.startsWith(`Prognose ${m[1]}-`) && x.name < spec.name)
    .map((x) => x.name).sort().pop();
  if (!earlier) return now;
  const before = await typedOnSheet(wb, { ...spec, name: earlier }, sheets);
  return now.map((typed, t) => {
    if (!CARRIED_TO_NEXT_MONTH.includes(spec.inputs?.[t]?.label ?? "")) return typed;
    const out = new Map(before[t]);
    for (const [key, values] of typed) out.set(key, values);
    return out;
  });
}

/**
 * The follow-up from the tables and the chosen methods, with what the user typed on our
 * Budgetforudsætninger, Risikosager and Prognose sheets (docs/domain.md §7): core's figures — the
 * budget comments, the prognose total — use the values the sheets show, and each sheet's record
 * still says what the tables said, so a typed value stays the user's at the next refresh while a
 * changed table reaches every cell nobody typed in.
 */
export async function followUpWithTyped(
  wb: Workbook, inputs: PrognoseInputs, settings: PrognoseSettings, generatedOn: number, headline?: PackageOptions["headline"],
  /** Budgetbemærkninger checks the sheets written with it ("sammen") or ours in the workbook ("eksisterende"). */
  check: "sammen" | "eksisterende" | "ingen" = "ingen",
): Promise<FollowUpBuild> {
  const sheets = await wb.listSheets().catch(() => []);
  // Written together, the writer points references at where each sheet lands; written alone, at ours.
  const checkSheets: PackageOptions["checkSheets"] = {};
  for (const [kind, name] of Object.entries(followUpSheetNames(inputs.data)) as [keyof typeof checkSheets, string][]) {
    const at = check === "sammen" ? name : check === "eksisterende" ? sheetOfSpec(sheets, { name, kind })?.name : undefined;
    if (at) checkSheets[kind] = at;
  }
  const fromTables = await stepwise(buildFollowUpInSteps(inputs, settings, generatedOn, headline, checkSheets));
  const specOf = (kind: string) => fromTables.specs.find((x) => x.kind === kind)!;
  const pgSpec = specOf("prognose");
  const typedSheets: TypedSheets = {
    bf: await typedOnSheet(wb, specOf("budgetforudsaetninger"), sheets),
    rs: await typedOnSheet(wb, specOf("risikosager"), sheets),
    pg: await typedOnPrognose(wb, pgSpec, sheets),
    pgTables: pgSpec.inputs ?? [],
  };
  const over = overlayTyped(inputs.data, settings, fromTables.layouts.budgetforudsaetninger.years, typedSheets);
  if (over.typed === 0) return { pkg: fromTables, typed: 0 };
  const pkg = await stepwise(buildPrognosePackageInSteps(over.data, over.settings, { generatedOn, typed: over.typedOptions, checkSheets, ...(headline ? { headline } : {}) }));
  return { pkg: { ...pkg, specs: pkg.specs.map((x, i) => withRecords(x, fromTables.specs[i])) }, typed: over.typed };
}

/**
 * When the workbook has our "Nøgletal ÅÅÅÅ" (with the headline names), the prognose shows those
 * figures by name and says when they are out of date (docs/domain.md §7); otherwise there are none.
 */
export async function headlineSheets(wb: Workbook, year: number): Promise<PackageOptions["headline"]> {
  const sheets = await wb.listSheets().catch(() => []);
  const ours = sheetOfSpec(sheets, { kind: "noegletal", name: YEAR_SHEET_NAMES.noegletal(year) });
  if (!ours) return undefined;
  // The red line names the Disponering sheet as it stands (also "Disponering 2025 (2)").
  const wanted = YEAR_SHEET_NAMES.disponering(year);
  return { disponeringSheet: sheetOfSpec(sheets, { kind: "disponering", name: wanted })?.name ?? wanted };
}

export interface PrognoseOutcome extends FlowOutcome {
  /** The prognose for the year by the chosen methods, summed over the kontos (kr.). */
  forventetIAlt: number;
}

/** Saves the chosen methods, builds the prognose and writes it with its inputs (not the budget comments). */
export async function generatePrognose(wb: Workbook, inputs: PrognoseInputs, settings: PrognoseSettings, generatedOn: number): Promise<PrognoseOutcome> {
  const errors = Object.values(checkPrognoseSettings(inputs.kontos.map((k) => k.konto), settings));
  // Nothing is written while a chosen method lacks its input: a prognose without the skøn is not one.
  if (errors.length > 0) throw new Error(errors.join(" "));
  // Without a required table the prognose would blame the next table instead ("Forbrug har ingen
  // bogførte måneder"): name the missing ones.
  if (inputs.missingTables.length > 0) throw new Error(missingTablesText(inputs.missingTables));
  await savePrognoseSettings(wb, settings);
  const { pkg, typed } = await followUpWithTyped(wb, inputs, settings, generatedOn, await headlineSheets(wb, inputs.data.year));
  // Budgetbemærkninger has its own flow; this one writes the prognose and its inputs.
  const names = (await wb.writeSheets(pkg.specs.filter((s) => s.kind !== "budgetbemaerkninger"))).map((s) => s.written);
  const forventetIAlt = pkg.figures.kontos.reduce((s, k) => s + (k.forventet.ok ? k.forventet.value : 0), 0);
  return {
    sheets: names,
    problems: inputs.problems.concat(pkg.problems.map((p) => unlocated(p.message, "", p.severity))),
    forventetIAlt,
    message: flowMsg.prognose.written(writtenText(names), forventetIAlt, typedText(typed)),
  };
}

export interface BudgetbemaerkningerOutcome extends FlowOutcome {
  /** One paragraph per område, as written in the sheet. */
  paragraphs: string[];
}

/** Reads the inputs and the remembered methods, and writes "Budgetbemærkninger ÅÅÅÅ". */
export async function generateBudgetbemaerkninger(wb: Workbook, generatedOn: number): Promise<BudgetbemaerkningerOutcome> {
  const inputs = await readPrognoseInputs(wb);
  const settings = await loadPrognoseSettings(wb);
  // The comments compare with the budget assumptions: without a required table they would mislead.
  if (inputs.missingTables.length > 0) throw new Error(missingTablesText(inputs.missingTables));
  const { pkg, typed } = await followUpWithTyped(wb, inputs, settings, generatedOn, await headlineSheets(wb, inputs.data.year), "eksisterende");
  const names = (await wb.writeSheets(pkg.specs.filter((s) => s.kind === "budgetbemaerkninger"))).map((s) => s.written);
  return {
    sheets: names,
    paragraphs: pkg.figures.omraader.map((o) => o.text),
    problems: inputs.problems.concat(pkg.problems.map((p) => unlocated(p.message, "", p.severity))),
    message: `${writtenText(names)}${typedText(typed)}`,
  };
}

/** What "Opdatér måned" gets of the follow-up: the sheets to refresh, or why they are left as they are. */
export interface FollowUpRefresh {
  specs: SheetSpec[];
  problems: LocatedProblem[];
  /** Danish reason the follow-up was not refreshed (a table missing, a Skøn without amount …), or null. */
  skipped: string | null;
}

/**
 * The follow-up sheets "Opdatér måned" refreshes when the workbook has them: the prognose (with
 * Budgetforudsætninger and Risikosager, as the Prognose panel writes it) and/or Budgetbemærkninger,
 * built from the same tables and remembered methods as the panels. Never throws for what the
 * user can fix: the month is still closed, and `skipped` says why the follow-up was not.
 */
export async function followUpForMonth(wb: Workbook, generatedOn: number, which: { prognose: boolean; bemaerkninger: boolean }): Promise<FollowUpRefresh> {
  const inputs = await readPrognoseInputs(wb);
  const settings = await loadPrognoseSettings(wb);
  if (inputs.missingTables.length > 0) return { specs: [], problems: [], skipped: missingTablesText(inputs.missingTables) };
  const errors = Object.values(checkPrognoseSettings(inputs.kontos.map((k) => k.konto), settings));
  if (errors.length > 0) return { specs: [], problems: [], skipped: errors.join(" ") };
  let pkg: PrognosePackage;
  try {
    pkg = (await followUpWithTyped(wb, inputs, settings, generatedOn, undefined, which.prognose ? "sammen" : "eksisterende")).pkg;
  } catch (error) {
    // Shown in the month's summary: Excel's English (a failed read) is said in Danish there too.
    const t = hostErrorText(error);
    return { specs: [], problems: [], skipped: t.next ? `${t.text} ${t.next}` : t.text };
  }
  const specs = pkg.specs.filter((s) => (s.kind === "budgetbemaerkninger" ? which.bemaerkninger : which.prognose));
  return { specs, problems: inputs.problems.concat(pkg.problems.map((p) => unlocated(p.message, "", p.severity))), skipped: null };
}

/** A remembered setting that is not valid JSON (edited by hand, say) counts as not set. */
function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Table names of the comparison with other kommuner (docs/domain.md §8). */
export const PEER_TABLES = ["Sammenligning"] as const;

/**
 * "Metodevalg ÅÅÅÅ", "Overgang 18 år ÅÅÅÅ" and — when the workbook has a table "Sammenligning" —
 * "Sammenligning ÅÅÅÅ", from the tables the Prognose panel reads. The population of 0-22-årige is
 * typed into the written sheet (its yellow cell).
 */
export async function generateAarsanalyser(wb: Workbook, inputs: PrognoseInputs, generatedOn: number, population: number | null = null): Promise<FlowOutcome> {
  const year = inputs.data.year;
  if (year === 0) throw new Error(flowMsg.common.noBookedMonths());
  // The arts the user chose on the Disponering panel decide which measures end at 18 here too.
  const { arts, apply } = await loadAgeLimits(wb);
  const cases = apply(inputs.data.cases);
  const specs = [
    buildMetodevalg({ year, results: inputs.backtest, generatedOn }).spec,
    buildOvergang({ year, youths: overgange18(cases, year, generatedOn, { arts }), generatedOn }).spec,
  ];
  const problems: LocatedProblem[] = [];
  const peerT = await firstTable(wb, PEER_TABLES);
  if (peerT) {
    const peers = readPeerTable(peerT);
    for (const p of peers.problems) problems.push(locate(p, peerT));
    specs.push(buildSammenligning({
      year, generatedOn, population, totalDisposed: disposedAmount(cases, yearStart(year), yearEnd(year)),
      anbragte: { personer: anbragtePersoner(cases, yearEnd(year)), dato: yearEnd(year) },
      comparisons: compareWithPeers(peers.value.figures, ownFigures(cases, year, population), peers.value.others), unknownNames: peers.value.unknownNames,
    }).spec);
  }
  const names = (await wb.writeSheets(specs)).map((s) => s.written);
  return { sheets: names, problems, message: writtenText(names) };
}
