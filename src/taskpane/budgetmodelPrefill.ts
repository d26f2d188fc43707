// The Budgetmodel panel's pre-fill: reads the chosen tables through the actions and fills the model
// with core's prefillBudgetModel, so the panel only shows choices, problems and the outcome.
import { headerKey, msg, prefillBudgetModel, type BudgetPrefillTables, type NamedTable, type Problem } from "../core";
import { defaultBudgetModel } from "../sheets/budgetmodel";
import type { BudgetmodelRequest, WorkbookActions } from "./actions";

/** The table chosen for each source; "" or absent means none. */
export interface PrefillChoice {
  regnskab?: string;
  budget?: string;
  haap?: string;
}

export const PREFILL_SOURCES = ["regnskab", "budget", "haap"] as const;
export type PrefillSource = (typeof PREFILL_SOURCES)[number];

// Table names a consultant typically gives each source; the first match is preselected. Not
// "Budget": that name belongs to the prognosis's konto budget, whose lines are no cost lines.
const LIKELY_NAMES: Record<PrefillSource, string[]> = {
  regnskab: ["regnskab", "regnskabsidsteaar"],
  budget: ["oekonomisystem", "budgetoekonomisystem"],
  haap: ["haap", "helaarspersoner"],
};

/** The table preselected for each source among the workbook's tables (none when nothing fits). */
export function guessChoice(tableNames: readonly string[]): PrefillChoice {
  const pick = (s: PrefillSource) => LIKELY_NAMES[s].map((k) => tableNames.find((n) => headerKey(n) === k)).find(Boolean) ?? "";
  return { regnskab: pick("regnskab"), budget: pick("budget"), haap: pick("haap") };
}

/** "tabellen Regnskab" / "tabellerne Regnskab, Økonomisystem og HÅP". */
function sourceText(names: readonly string[]): string {
  if (names.length === 1) return `tabellen ${names[0]}`;
  return `tabellerne ${names.slice(0, -1).join(", ")} og ${names[names.length - 1]}`;
}

/**
 * The request with a model pre-filled from the chosen tables, and the problems found in them
 * (a chosen table that is gone is a problem too). Without any chosen table the request is returned
 * as it is, so Excel builds the empty model.
 */
export async function prefillRequest(actions: Pick<WorkbookActions, "findTable">, request: BudgetmodelRequest, choice: PrefillChoice): Promise<{ request: BudgetmodelRequest; problems: Problem[] }> {
  const chosen = PREFILL_SOURCES.filter((s) => (choice[s] ?? "") !== "");
  if (chosen.length === 0) return { request, problems: [] };
  const problems: Problem[] = [];
  const tables: BudgetPrefillTables = {};
  const used: string[] = [];
  for (const s of chosen) {
    const name = choice[s]!;
    const table = await actions.findTable(name);
    if (table === null) {
      problems.push({ code: "table.missing", message: msg.tableMissing(name), severity: "fejl" });
      continue;
    }
    tables[s] = { name, table } satisfies NamedTable;
    if (!used.includes(name)) used.push(name);
  }
  const out = prefillBudgetModel(defaultBudgetModel(request.tilbud, request.year), tables);
  for (const p of out.problems) problems.push(p);
  if (used.length === 0) return { request, problems };
  return { request: { ...request, model: out.model, source: sourceText(used) }, problems };
}
