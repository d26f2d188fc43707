// "Opdatér måned": the consultant's monthly cycle as one action (docs/domain.md §7). Reads the new
// extract of the case table, refreshes Disponering and Nøgletal (and Overblik, Portefølje, Prognose
// with its inputs and Budgetbemærkninger when the workbook has them) in place, keeps a hidden snapshot of the case table (CPR stays in the
// workbook) and writes this month's Økonomitjek against the previous month's snapshot — all in one
// guarded write, so either everything is updated or nothing is.
import { CHANGE_KINDS, compareSnapshots, FIELD_LABELS, readCaseTable, type CaseRow, type ChangeKind } from "../core";
import { buildOekonomitjek, buildOverblik, buildPortefoelje } from "../sheets";
import { budgetFromTable } from "./budgetTable";
import { disponeringSheets } from "./disponering";
import { loadAgeLimits } from "./ageLimits";
import { flowMsg } from "./messages";
import { bookedFromForbrug } from "./booked";
import type { SheetSpec } from "../sheets";
import { locate, movedNote, unlocated, type FlowOutcome } from "./outcome";
import { readYearsBefore } from "./historik";
import { followUpForMonth } from "./prognose";
import { pseudonymSecret } from "./settings";
import type { SourceTable, Workbook } from "./workbook";

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
const REFRESHED_TOO = ["overblik", "portefoelje", "prognose", "budgetforudsaetninger", "risikosager", "budgetbemaerkninger"];

/** "Sagsbillede 2025-11": the case table as it was read when month 11 was closed. */
export function snapshotName(year: number, month: number): string {
  return `Sagsbillede ${year}-${pad2(month)}`;
}

/** The case table as read, as a hidden sheet of ours (header + rows, values only). */
function snapshotSpec(source: SourceTable, year: number, month: number): SheetSpec {
  const rows = source.rows.map((r) => r.map((v) => (v === undefined || v === "" ? null : (v as string | number | boolean))));
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


export async function updateMonth(wb: Workbook, req: MaanedRequest): Promise<MaanedOutcome> {
  const none = { changes: {}, inputsCarried: 0, inputsParked: 0, comparedWith: null };
  const source = await wb.readSheet(req.source);
  if (!source) return { ...none, sheets: [], problems: [unlocated(flowMsg.common.sheetMissing(req.source))], message: flowMsg.common.nothingWritten() };
  const table = readCaseTable(source);
  if (table.missing.length > 0) {
    const message = flowMsg.common.columnsMissing(table.missing.map((f) => FIELD_LABELS[f]));
    return { ...none, sheets: [], problems: [unlocated(message, source.label)], message: flowMsg.common.nothingWritten() };
  }
  const problems = table.problems.map((p) => locate(p, source));
  // The 18th birthday as on the Disponeringsark panel (docs/domain.md §8), for this month and the last.
  const limits = await loadAgeLimits(wb);
  const cases = limits.apply(table.cases);

  const sheets = await wb.listSheets();
  const has = (kind: string) => sheets.some((s) => s.kind === kind);
  const before = previousSnapshot(sheets.filter((s) => s.kind === SNAPSHOT_KIND).map((s) => s.name), req.year, req.month);
  let previous: CaseRow[] | null = null;
  if (before) {
    const old = await wb.readSheet(before);
    if (old) previous = limits.apply(readCaseTable(old).cases);
  }

  const label = `arket ${req.source}`;
  const secret = req.maskCpr ? await pseudonymSecret(wb) : undefined;
  // The same Disponering and Nøgletal as the Disponeringsark panel writes (booked amounts kept).
  const budget = await budgetFromTable(wb, req.year);
  // Booked through the same month as the prognosis: the workbook's Forbrug table (docs/domain.md §4).
  const booked = (await bookedFromForbrug(wb, req.year))?.booked;
  const disp = await disponeringSheets({ year: req.year, cases, source: label, budget, booked, generatedOn: req.generatedOn });
  const specs: SheetSpec[] = [...disp.specs];
  const common = { year: req.year, cases, disponering: disp.layout, generatedOn: req.generatedOn, chartsDrawn: true };
  if (has("overblik")) {
    const baseYear = req.baseYear ?? req.year - 1;
    const years = await readYearsBefore(wb);
    for (const p of years.problems) problems.push(p);
    specs.push(buildOverblik({ ...common, baseYear, target: req.target ?? 0.75, history: years.history }).spec);
  }
  if (has("portefoelje")) specs.push(buildPortefoelje({ ...common, maskCpr: req.maskCpr, pseudonymSecret: secret }).spec);
  // The follow-up (Prognose, Budgetbemærkninger) from its own tables, when the workbook has it.
  const which = { prognose: has("prognose"), bemaerkninger: has("budgetbemaerkninger") };
  let followUpSkipped: string | null = null;
  if (which.prognose || which.bemaerkninger) {
    const followUp = await followUpForMonth(wb, req.generatedOn, which);
    for (const s of followUp.specs) specs.push(s);
    for (const p of followUp.problems) problems.push(p);
    followUpSkipped = followUp.skipped;
  }
  specs.push(snapshotSpec(source, req.year, req.month));
  const report = previous ? compareSnapshots(previous, cases, req.year) : null;
  if (previous && before) {
    specs.push(buildOekonomitjek({
      year: req.year, month: req.month, before: previous, now: cases, beforeLabel: before, nowLabel: req.source,
      maskCpr: req.maskCpr, pseudonymSecret: secret, generatedOn: req.generatedOn, chartsDrawn: true,
    }).spec);
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
