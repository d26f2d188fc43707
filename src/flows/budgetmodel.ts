// Budgetmodel and Døgnskema for the tilbudsleder: the provider's budget model, pre-filled from the
// workbook's tables when chosen (docs/domain.md §5), a døgnskema per citizen and the provider's
// summary over them, linked to the model's ATA-timepris when the model exists (§4).
import { headerKey, msg, prefillBudgetModel, type BudgetModelInput, type BudgetPrefillTables, type NamedTable } from "../core";
import { buildBudgetmodel, budgetmodelSheetName, defaultBudgetModel } from "../sheets";
import { buildDoegnskema, buildDoegnskemaSummary, locateDoegnskema, type DoegnskemaLayout } from "../sheets";
import { sheetRef } from "../sheets";
import { movedNote, unlocated, type FlowOutcome } from "./outcome";
import type { Workbook, WrittenSheet } from "./workbook";
import { flowMsg } from "./messages";

export interface BudgetmodelRequest {
  tilbud: string;
  year: number;
}

export interface DoegnskemaRequest {
  borger: string;
  tilbud: string;
  ydelsespakke: string;
  udmaaltTimerPrUge: number;
}

/** The table chosen for each pre-fill source; "" or absent means none. */
export interface PrefillChoice {
  regnskab?: string;
  budget?: string;
  haap?: string;
}

export const PREFILL_SOURCES = ["regnskab", "budget", "haap"] as const;
export type PrefillSource = (typeof PREFILL_SOURCES)[number];

// Table names a consultant typically gives each source; the first match is preselected. Not
// "Budget": that name belongs to the prognose's konto budget, whose lines are no cost lines.
const LIKELY_NAMES: Record<PrefillSource, string[]> = {
  // The more specific name first: "Regnskab" is also the prognose's table of past years per konto.
  regnskab: ["regnskabsidsteaar", "regnskab"],
  budget: ["oekonomisystem", "budgetoekonomisystem"],
  haap: ["haap", "helaarspersoner"],
};

/** The table preselected for each source among the workbook's tables (none when nothing fits). */
export function guessChoice(tableNames: readonly string[]): PrefillChoice {
  const pick = (s: PrefillSource) => LIKELY_NAMES[s].map((k) => tableNames.find((n) => headerKey(n) === k)).find(Boolean) ?? "";
  return { regnskab: pick("regnskab"), budget: pick("budget"), haap: pick("haap") };
}

/** The workbook's table names and the preselected choice; none when the host cannot list tables. */
export async function startBudgetmodel(wb: Workbook): Promise<{ tables: string[]; choice: PrefillChoice }> {
  const tables = await wb.listTables().then((list) => list.map((t) => t.name), () => [] as string[]);
  return { tables, choice: guessChoice(tables) };
}

/** "tabellen Regnskab" / "tabellerne Regnskab, Økonomisystem og HÅP". */
function sourceText(names: readonly string[]): string {
  return flowMsg.budgetmodel.sources(names);
}

/** The model pre-filled from the chosen tables (a chosen table that is gone is a problem too). */
export async function prefillModel(wb: Workbook, request: BudgetmodelRequest, choice: PrefillChoice) {
  const empty = defaultBudgetModel(request.tilbud, request.year);
  const chosen = PREFILL_SOURCES.filter((s) => (choice[s] ?? "") !== "");
  const problems = [];
  const tables: BudgetPrefillTables = {};
  const used: string[] = [];
  for (const s of chosen) {
    const name = choice[s]!;
    const table = await wb.readTable(name);
    if (table === null) {
      problems.push(unlocated(msg.tableMissing(name), `tabellen ${name}`));
      continue;
    }
    tables[s] = { name, table } satisfies NamedTable;
    if (!used.includes(name)) used.push(name);
  }
  if (used.length === 0) return { model: empty, source: undefined, problems, prefilled: {} };
  const out = prefillBudgetModel(empty, tables);
  for (const p of out.problems) problems.push(unlocated(p.message, "", p.severity));
  // The columns a table filled replace what the sheet held; the user's other yellow cells stay.
  const prefilled = { regnskab: tables.regnskab !== undefined, budget: tables.budget !== undefined, haap: tables.haap !== undefined };
  return { model: out.model as BudgetModelInput, source: sourceText(used), problems, prefilled };
}

export interface CreatedOutcome extends FlowOutcome {
  /** Danish note, e.g. that a user's sheet kept the wanted name or that there is no budget model. */
  note?: string;
}

/** Creates (or regenerates) "Budgetmodel <tilbud>", pre-filled from the chosen tables. */
export async function generateBudgetmodel(wb: Workbook, request: BudgetmodelRequest, choice: PrefillChoice, generatedOn: number): Promise<CreatedOutcome> {
  const pre = await prefillModel(wb, request, choice);
  const { spec } = buildBudgetmodel(pre.model, { generatedOn, source: pre.source, prefilled: pre.prefilled });
  const written = await wb.writeSheets([spec]);
  const sheets = written.map((w) => w.written);
  const note = movedNote(written) || undefined;
  return { sheets, problems: pre.problems, note, message: flowMsg.budgetmodel.created(sheets, pre.source, pre.problems.length, note) };
}

/** Our sheets of one kind ("budgetmodel", "doegnskema"). */
async function ourSheets(wb: Workbook, kind: string): Promise<string[]> {
  return (await wb.listSheets()).filter((s) => s.kind === kind).map((s) => s.name);
}

function created(written: readonly WrittenSheet[], extra?: string): CreatedOutcome {
  const sheets = written.map((w) => w.written);
  const note = [movedNote(written), extra].filter(Boolean).join(" ") || undefined;
  return { sheets, problems: [], note, message: flowMsg.budgetmodel.createdSheets(sheets, note) };
}

/** A døgnskema sheet for one citizen, priced with the provider's ATA-timepris when its model exists. */
export async function generateDoegnskema(wb: Workbook, request: DoegnskemaRequest, generatedOn: number): Promise<CreatedOutcome> {
  const modelName = budgetmodelSheetName(request.tilbud);
  const model = (await ourSheets(wb, "budgetmodel")).find((n) => n === modelName);
  // The budget model's sheet-scoped name survives rows the user inserts in the model.
  const ataTimepris = model ? { ref: `${sheetRef(model)}ATA_timepris` } : 0;
  const { spec } = buildDoegnskema({ ...request, activities: [], ataTimepris, generatedOn, emptyRows: 25 });
  const written = await wb.writeSheets([spec]);
  return created(written, model ? undefined : flowMsg.budgetmodel.noModel(modelName));
}

/** The provider's summary over its døgnskemaer (our sheets whose Tilbud is this provider). */
export async function generateDoegnskemaSummary(wb: Workbook, tilbud: string, generatedOn: number): Promise<CreatedOutcome> {
  const sheets = await wb.listSheets();
  const layouts: DoegnskemaLayout[] = [];
  for (const s of sheets.filter((x) => x.kind === "doegnskema")) {
    const t = await wb.readSheet(s.name);
    if (!t) continue;
    // Rows as sheet rows from the top, so the layout addresses the sheet even if row 1 were empty.
    const all = [...new Array<unknown[]>(t.origin.row).fill([]), t.header, ...t.rows];
    const colA = all.map((r) => (t.origin.col === 0 ? r[0] : undefined));
    const colB = all.map((r) => r[1 - t.origin.col]);
    const layout = locateDoegnskema(s.name, colA);
    if (layout && String(colB[layout.borger.row + 1] ?? "").trim() === tilbud) layouts.push(layout);
  }
  const model = sheets.find((s) => s.kind === "budgetmodel" && s.name === budgetmodelSheetName(tilbud))?.name;
  const fromModel = (name: string) => (model ? { ref: `${sheetRef(model)}${name}` } : 0);
  const { spec } = buildDoegnskemaSummary({
    tilbud, skemaer: layouts, generatedOn, staffAtaHours: fromModel("ATA_timer_personale"), ataTimepris: fromModel("ATA_timepris"),
  });
  return created(await wb.writeSheets([spec]));
}
