// "Opdatér måned": the consultant's monthly cycle as one action (docs/domain.md §7). Reads the new
// extract of the case table, refreshes Disponering and Nøgletal (and Overblik, Portefølje, Leverandører, Prognose
// with its inputs and Budgetbemærkninger when the workbook has them) in place, keeps a hidden snapshot of the case table (CPR stays in the
// workbook) and writes this month's Økonomitjek against the previous month's snapshot — all in one
// guarded write, so either everything is updated or nothing is.
import {
  CHANGE_KINDS, compareSnapshotsInSteps, FIELD_LABELS, mapInSteps, readCaseTableInSteps, type CaseRow, type ChangeKind,
} from "../core";
import { buildOekonomitjekInSteps, buildOverblikInSteps, buildPortefoeljeInSteps, type PortefoeljeComparison } from "../sheets";
import { budgetFromTable } from "./budgetTable";
import { disponeringSheets } from "./disponering";
import { loadAgeLimits, type AgeLimits } from "./ageLimits";
import { flowMsg } from "./messages";
import { bookedFromForbrug } from "./booked";
import type { SheetSpec } from "../sheets";
import { locate, movedNote, unlocated, type FlowOutcome } from "./outcome";
import { readYearsBefore } from "./historik";
import { followUpForMonth } from "./prognose";
import { leverandoererSheet } from "./leverandoerer";
import { pseudonymSecret } from "./settings";
import { pause, stepwise } from "./steps";
import type { SheetInfo, SourceTable, Workbook } from "./workbook";

export const SNAPSHOT_KIND = "sagsbillede";

export interface MaanedRequest {
  /** Worksheet holding the new extract of the case table. */
  source: string;
  year: number;
  /** 1–12: the month being closed. */
  month: number;
  maskCpr: boolean;
  generatedOn: number;
  /** Overblik's choices when the workbook has an Overblik to refresh. */
  baseYear?: number;
  target?: number;
}

export interface MaanedOutcome extends FlowOutcome {
  /** Changes since the previous snapshot by kind (empty in the first month). */
  changes: Partial<Record<ChangeKind, number>>;
  inputsCarried: number;
  inputsParked: number;
  /** The snapshot compared with, or null in the first month. */
  comparedWith: string | null;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** The sheets the summary names as refreshed besides Disponering, Nøgletal and Økonomitjek. */
const REFRESHED_TOO = ["overblik", "portefoelje", "leverandoerer", "prognose", "budgetforudsaetninger", "risikosager", "budgetbemaerkninger"];

/** "Sagsbillede 2025-11": the case table as it was read when month 11 was closed. */
export function snapshotName(year: number, month: number): string {
  return `Sagsbillede ${year}-${pad2(month)}`;
}

/** The case table as read, as a hidden sheet of ours (header + rows, values only). */
function* snapshotSpecInSteps(source: SourceTable, year: number, month: number): Generator<void, SheetSpec> {
  const rows = yield* mapInSteps(source.rows, (r) => r.map((v) => (v === undefined || v === "" ? null : (v as string | number | boolean))));
  return {
    name: snapshotName(year, month), kind: SNAPSHOT_KIND, hidden: true, formats: [],
    blocks: [{ kind: "cells", row: 0, col: 0, cells: [source.header.map((h) => (h === undefined ? null : String(h))), ...rows] }],
  };
}

/** The latest snapshot before this month, by its name (year and month sort as text). */
function previousSnapshot(names: readonly string[], year: number, month: number): string | null {
  const current = snapshotName(year, month);
  const earlier = names.filter((n) => n < current).sort();
  return earlier.length > 0 ? earlier[earlier.length - 1] : null;
}

/** A snapshot read back: its name and its cases (the 18th-birthday rule applied as on Disponering). */
interface ReadSnapshot {
  name: string;
  cases: CaseRow[];
}

/** Year and month of "Sagsbillede ÅÅÅÅ-MM" (written under its name, or renamed: `writtenAs`). */
function snapshotMonth(s: SheetInfo): string {
  return /(\d{4}-\d{2})$/.exec(s.writtenAs ?? s.name)?.[1] ?? "";
}

/**
 * What Portefølje compares with when "now" is month m of year y (docs/domain.md §9): the latest
 * snapshot before that month (last month's, when every month was updated) and the snapshot of the
 * same month last quarter (m − 3). A snapshot already read is passed in so it is not read twice.
 */
export async function portfolioComparisons(
  wb: Workbook, sheets: readonly SheetInfo[], y: number, m: number, limits: AgeLimits, read: ReadSnapshot | null = null,
): Promise<{ comparisons: PortefoeljeComparison[]; note?: string }> {
  const snapshots = sheets.filter((s) => s.kind === SNAPSHOT_KIND);
  const current = `${y}-${pad2(m)}`;
  const before = snapshots.filter((s) => snapshotMonth(s) < current && snapshotMonth(s) !== "").sort((p, q) => (snapshotMonth(p) < snapshotMonth(q) ? -1 : 1));
  const qy = m > 3 ? y : y - 1, qm = m > 3 ? m - 3 : m + 9;
  const quarter = `${qy}-${pad2(qm)}`;
  const load = async (s: SheetInfo): Promise<CaseRow[]> => {
    if (read && read.name === s.name) return read.cases;
    const t = await wb.readSheet(s.name);
    return t ? await stepwise(limits.applyInSteps((await stepwise(readCaseTableInSteps(t))).cases)) : [];
  };
  const comparisons: PortefoeljeComparison[] = [];
  const last = before[before.length - 1];
  const lastMonth = `${m > 1 ? y : y - 1}-${pad2(m > 1 ? m - 1 : 12)}`;
  if (last) comparisons.push({ label: flowMsg.maaned.lastSnapshotLabel(snapshotMonth(last) === lastMonth, snapshotMonth(last)), cases: await load(last) });
  const q = snapshots.find((s) => snapshotMonth(s) === quarter);
  if (q) comparisons.push({ label: flowMsg.maaned.quarterLabel(quarter), cases: await load(q) });
  const note = last && !q ? flowMsg.maaned.noQuarter(quarter) : undefined;
  return note ? { comparisons, note } : { comparisons };
}


export async function updateMonth(wb: Workbook, req: MaanedRequest): Promise<MaanedOutcome> {
  const none = { changes: {}, inputsCarried: 0, inputsParked: 0, comparedWith: null };
  const source = await wb.readSheet(req.source);
  if (!source) return { ...none, sheets: [], problems: [unlocated(flowMsg.common.sheetMissing(req.source))], message: flowMsg.common.nothingWritten() };
  // Every computation over the case table in steps (flows/steps.ts), with a pause first so the busy
  // state paints before any of it: 20.000 rows in one piece froze the pane for a second.
  await pause();
  const table = await stepwise(readCaseTableInSteps(source));
  if (table.missing.length > 0) {
    const message = flowMsg.common.columnsMissing(table.missing.map((f) => FIELD_LABELS[f]));
    return { ...none, sheets: [], problems: [unlocated(message, source.label)], message: flowMsg.common.nothingWritten() };
  }
  const problems = await stepwise(mapInSteps(table.problems, (p) => locate(p, source)));
  // The 18th birthday as on the Disponeringsark panel (docs/domain.md §8), for this month and the last.
  const limits = await loadAgeLimits(wb);
  const cases = await stepwise(limits.applyInSteps(table.cases));

  const sheets = await wb.listSheets();
  const has = (kind: string) => sheets.some((s) => s.kind === kind);
  const before = previousSnapshot(sheets.filter((s) => s.kind === SNAPSHOT_KIND).map((s) => s.name), req.year, req.month);
  let previous: CaseRow[] | null = null;
  if (before) {
    const old = await wb.readSheet(before);
    if (old) previous = await stepwise(limits.applyInSteps((await stepwise(readCaseTableInSteps(old))).cases));
  }

  const label = `arket ${req.source}`;
  const secret = req.maskCpr ? await pseudonymSecret(wb) : undefined;
  // The same Disponering and Nøgletal as the Disponeringsark panel writes (booked amounts kept).
  const budget = await budgetFromTable(wb, req.year);
  // Booked through the same month as the prognose: the workbook's Forbrug table (docs/domain.md §4).
  const booked = (await bookedFromForbrug(wb, req.year))?.booked;
  const disp = await disponeringSheets({ year: req.year, cases, source: label, budget, booked, generatedOn: req.generatedOn });
  const specs: SheetSpec[] = [...disp.specs];
  const common = { year: req.year, cases, disponering: disp.layout, generatedOn: req.generatedOn, chartsDrawn: true };
  if (has("overblik")) {
    const baseYear = req.baseYear ?? req.year - 1;
    const years = await readYearsBefore(wb);
    for (const p of years.problems) problems.push(p);
    specs.push((await stepwise(buildOverblikInSteps({ ...common, baseYear, target: req.target ?? 0.75, history: years.history }))).spec);
  }
  if (has("portefoelje")) {
    // Per rådgiver since last month and the same month last quarter: the snapshots saved before.
    const compared = await portfolioComparisons(wb, sheets, req.year, req.month, limits, previous && before ? { name: before, cases: previous } : null);
    specs.push((await stepwise(buildPortefoeljeInSteps({
      ...common, maskCpr: req.maskCpr, pseudonymSecret: secret, comparisons: compared.comparisons, comparisonNote: compared.note,
    }))).spec);
  }
  if (has("leverandoerer")) {
    const leverandoerer = await leverandoererSheet(wb, { ...common, caseTable: source, maskCpr: req.maskCpr, pseudonymSecret: secret });
    specs.push(leverandoerer.spec);
    for (const p of leverandoerer.problems) problems.push(p);
  }
  // The follow-up (Prognose, Budgetbemærkninger) from its own tables, when the workbook has it.
  const which = { prognose: has("prognose"), bemaerkninger: has("budgetbemaerkninger") };
  let followUpSkipped: string | null = null;
  if (which.prognose || which.bemaerkninger) {
    const followUp = await followUpForMonth(wb, req.generatedOn, which);
    for (const s of followUp.specs) specs.push(s);
    for (const p of followUp.problems) problems.push(p);
    followUpSkipped = followUp.skipped;
  }
  specs.push(await stepwise(snapshotSpecInSteps(source, req.year, req.month)));
  // The two months compared once: the summary's counts and the Økonomitjek sheet use the same report.
  const report = previous ? await stepwise(compareSnapshotsInSteps(previous, cases, req.year)) : null;
  if (previous && before && report) {
    specs.push((await stepwise(buildOekonomitjekInSteps({
      year: req.year, month: req.month, before: previous, now: cases, beforeLabel: before, nowLabel: req.source,
      maskCpr: req.maskCpr, pseudonymSecret: secret, generatedOn: req.generatedOn, chartsDrawn: true, report,
    }))).spec);
  }

  const written = await wb.writeSheets(specs, { activate: true });
  const carried = written.reduce((n, w) => n + (w.inputsCarried ?? 0), 0);
  const parked = written.reduce((n, w) => n + (w.inputsParked ?? 0), 0);
  const conflicts = written.reduce((n, w) => n + (w.inputsConflicts ?? 0), 0);
  const changes: Partial<Record<ChangeKind, number>> = {};
  if (report) for (const k of CHANGE_KINDS) if (report.byKind[k].count > 0) changes[k] = report.byKind[k].count;

  const parts: string[] = [];
  parts.push(flowMsg.maaned.updated(pad2(req.month), req.year, label, cases.length));
  if (report && before) {
    const said = CHANGE_KINDS.filter((k) => k !== "uaendret" && report.byKind[k].count > 0).map((k) => {
      const n = report.byKind[k].count;
      return flowMsg.maaned.change(k, n);
    });
    parts.push(flowMsg.maaned.since(before, said));
  } else {
    parts.push(flowMsg.maaned.noEarlier());
  }
  const refreshed = written.filter((_, i) => REFRESHED_TOO.includes(specs[i].kind)).map((w) => w.written);
  if (refreshed.length > 0) parts.push(flowMsg.maaned.alsoUpdated(refreshed));
  if (followUpSkipped) parts.push(flowMsg.maaned.followUpSkipped(followUpSkipped));
  if (carried > 0) parts.push(flowMsg.maaned.carried(carried));
  if (parked > 0) parts.push(flowMsg.maaned.parked(parked));
  if (conflicts > 0) parts.push(flowMsg.common.typedKept(conflicts));
  const moved = movedNote(written);
  if (moved) parts.push(moved);
  const visible = written.filter((w) => !w.wanted.startsWith("Sagsbillede ")).map((w) => w.written);
  return { sheets: visible, problems, message: parts.join(" "), changes, inputsCarried: carried, inputsParked: parked, comparedWith: before };
}
