// Overblik (with Disponering, Nøgletal and Portefølje) and Økonomitjek from case tables on worksheets: read
// the sheet, validate it with the one case-table reader, build the sheets and write them.
import {
  budgetAgainstRegnskab, cprsOfTableInSteps, dayToYmd, FIELD_LABELS, mapInSteps, missingFields, readCaseTableInSteps, recogniseHeaders,
  type CaseRow,
} from "../core";
import { buildBudgetRegnskab, buildOekonomitjekInSteps, buildOverblikInSteps, buildPortefoeljeInSteps } from "../sheets";
import { budgetFromTable } from "./budgetTable";
import { disponeringSheets } from "./disponering";
import { loadAgeLimits } from "./ageLimits";
import { flowMsg } from "./messages";
import { bookedFromForbrug } from "./booked";
import { readYearsBefore } from "./historik";
import { leverandoererSheet } from "./leverandoerer";
import { portfolioComparisons, SNAPSHOT_KIND } from "./maaned";
import { rammetilpasningSheet } from "./rammetilpasning";
import { locate, movedNote, unlocated, type FlowOutcome, type LocatedProblem } from "./outcome";
import { pseudonymSecret } from "./settings";
import { pause, stepwise } from "./steps";
import type { SourceTable, Workbook } from "./workbook";

/** What the Overblik flow needs: one case table and the report's choices. */
export interface OverblikRequest {
  /** Worksheet holding the case table (header in the first used row). */
  source: string;
  year: number;
  baseYear: number;
  /** Target share of placements in foster families, 0–1. */
  target: number;
  maskCpr: boolean;
  generatedOn: number;
}

/** What the Økonomitjek flow needs: two versions of the case table. */
export interface OekonomitjekRequest {
  before: string;
  now: string;
  year: number;
  month: number;
  maskCpr: boolean;
  generatedOn: number;
}

/** The user's worksheets whose first used row is recognised as a case table (never our own sheets). */
export async function listCaseSheets(wb: Workbook): Promise<string[]> {
  const sheets = await wb.listSheets();
  return sheets.filter((s) => s.kind === null && s.firstRow.length > 0 && missingFields(recogniseHeaders(s.firstRow)).length === 0).map((s) => s.name);
}

/** The case sheets, and when there are none, why and what to do (Danish). */
export interface CaseSheets {
  sheets: string[];
  hint: string | null;
}

const KOM_I_GANG = flowMsg.overblik.komIGang();

/** Like listCaseSheets, but an empty list says why: no sheet of the user's, or which columns are missing. */
export async function findCaseSheets(wb: Workbook): Promise<CaseSheets> {
  const all = (await wb.listSheets()).filter((s) => s.kind === null && s.firstRow.length > 0);
  const sheets = all.filter((s) => missingFields(recogniseHeaders(s.firstRow)).length === 0).map((s) => s.name);
  if (sheets.length > 0) return { sheets, hint: null };
  const wanted = flowMsg.overblik.wantedHeaders();
  if (all.length === 0) {
    return { sheets, hint: flowMsg.overblik.noCaseSheet(wanted, KOM_I_GANG) };
  }
  const missing = all.map((s) => flowMsg.overblik.sheetLacks(s.name, missingFields(recogniseHeaders(s.firstRow)).map((f) => FIELD_LABELS[f])));
  return {
    sheets,
    hint: flowMsg.overblik.noSheetLikeCases(missing.slice(0, 3), missing.length > 3, wanted, KOM_I_GANG),
  };
}

/** A worksheet's cases and its blocking problems (warnings are the Disponering panel's business). */
export async function casesOnSheet(wb: Workbook, name: string): Promise<{ cases: CaseRow[]; problems: LocatedProblem[]; cprs: Set<number>; table: SourceTable }> {
  const source = await wb.readSheet(name);
  if (!source) throw new Error(flowMsg.common.sheetMissing(name));
  // Reading, checking and the age limits of 50.000 rows in one piece froze the pane for seconds: in
  // steps, with a pause first so the busy state paints before any of it.
  await pause();
  const out = await stepwise(readCaseTableInSteps(source));
  // Every CPR of the sheet, rows with errors too: what a shared file is scanned for (flows/share.ts).
  const cprs = await stepwise(cprsOfTableInSteps(source.rows, out.mapping.cpr));
  // The user's words for the columns ("Takst, Startdato"), not the field ids.
  if (out.missing.length > 0) return { cases: [], cprs, table: source, problems: [unlocated(flowMsg.common.columnsMissing(out.missing.map((f) => FIELD_LABELS[f])), source.label)] };
  // The 18th birthday as on the Disponeringsark panel (docs/domain.md §8), with the user's arts, so
  // this action never writes a Disponering sheet that disposes a placement past it.
  const cases = await stepwise((await loadAgeLimits(wb)).applyInSteps(out.cases));
  const problems = await stepwise(mapInSteps(out.problems.filter((p) => p.severity === "fejl"), (p) => locate(p, source)));
  return { cases, cprs, table: source, problems };
}

export interface OverblikOutcome extends FlowOutcome {
  cases: number;
}

/**
 * Writes "Disponering ÅÅÅÅ", "Nøgletal ÅÅÅÅ", "Overblik ÅÅÅÅ", "Portefølje ÅÅÅÅ" and "Leverandører ÅÅÅÅ" in one guarded
 * batch — and "Budget og regnskab" when the workbook has the table Regnskab, "Rammetilpasning ÅÅÅÅ"
 * when it has the table Budgetforudsætninger (on Overblik's target share). Nøgletal carries the
 * headline figures' names (HÅP_ÅÅÅÅ …) that Overblik's and Portefølje's totals refer to, so the same
 * figure is computed once (docs/domain.md §7).
 */
export async function generateOverblik(wb: Workbook, req: OverblikRequest): Promise<OverblikOutcome> {
  const { cases, problems, table } = await casesOnSheet(wb, req.source);
  // The years before come from the saved year-ends and the regnskab table, never from the cases.
  const before = await readYearsBefore(wb);
  for (const p of before.problems) problems.push(p);
  // Disponering and Nøgletal through the same flow as the Disponeringsark panel: booked amounts kept.
  const budget = await budgetFromTable(wb, req.year);
  // Booked through the same month as the prognose: the workbook's Forbrug table (docs/domain.md §4).
  const booked = (await bookedFromForbrug(wb, req.year))?.booked;
  const disp = await disponeringSheets({ year: req.year, cases, source: `arket ${req.source}`, budget, booked, generatedOn: req.generatedOn });
  const common = { year: req.year, cases, disponering: disp.layout, generatedOn: req.generatedOn, chartsDrawn: true };
  const secret = req.maskCpr ? await pseudonymSecret(wb) : undefined;
  // Portefølje per rådgiver since the snapshots Opdatér måned saved, "now" being this month.
  const today = dayToYmd(req.generatedOn);
  const sheetsNow = await wb.listSheets();
  const compared = sheetsNow.some((s) => s.kind === SNAPSHOT_KIND)
    ? await portfolioComparisons(wb, sheetsNow, today.y, today.m, await loadAgeLimits(wb))
    : { comparisons: [], note: undefined };
  const leverandoerer = await leverandoererSheet(wb, { ...common, caseTable: table, maskCpr: req.maskCpr, pseudonymSecret: secret });
  for (const p of leverandoerer.problems) problems.push(p);
  const specs = [
    ...disp.specs,
    (await stepwise(buildOverblikInSteps({ ...common, baseYear: req.baseYear, target: req.target, history: before.history }))).spec,
    (await stepwise(buildPortefoeljeInSteps({
      ...common, maskCpr: req.maskCpr, pseudonymSecret: secret, comparisons: compared.comparisons, comparisonNote: compared.note,
    }))).spec,
  ];
  // Budget against regnskab for the years of the table, indexed on the same base year as Overblik.
  if (before.history.regnskab.length > 0) {
    specs.push(buildBudgetRegnskab({ table: budgetAgainstRegnskab(before.history.regnskab, req.baseYear), generatedOn: req.generatedOn, chartsDrawn: true }).spec);
  }
  const ramme = await rammetilpasningSheet(wb, { year: req.year, target: req.target, generatedOn: req.generatedOn });
  if (ramme) {
    specs.push(ramme.spec);
    for (const p of ramme.problems) problems.push(p);
  }
  specs.push(leverandoerer.spec);
  const written = await wb.writeSheets(specs, { activate: true });
  const sheets = written.map((s) => s.written);
  const note = movedNote(written);
  return { sheets, problems, cases: cases.length, message: flowMsg.common.wroteSheets(sheets, note) };
}

/** Writes "Økonomitjek ÅÅÅÅ-MM" comparing last month's copy of the case table with the current one. */
export async function generateOekonomitjek(wb: Workbook, req: OekonomitjekRequest): Promise<FlowOutcome> {
  const before = await casesOnSheet(wb, req.before);
  const now = await casesOnSheet(wb, req.now);
  const secret = req.maskCpr ? await pseudonymSecret(wb) : undefined;
  const { spec } = await stepwise(buildOekonomitjekInSteps({
    year: req.year, month: req.month, before: before.cases, now: now.cases, beforeLabel: req.before, nowLabel: req.now,
    maskCpr: req.maskCpr, pseudonymSecret: secret, generatedOn: req.generatedOn, chartsDrawn: true,
  }));
  const written = await wb.writeSheets([spec], { activate: true });
  const sheets = written.map((s) => s.written);
  const note = movedNote(written);
  // Two tables of the same shape: each problem's source names its sheet.
  return {
    sheets,
    problems: before.problems.concat(now.problems),
    message: flowMsg.common.wroteSheet(sheets, note),
  };
}
