// What every flow hands back to its panel: the sheets written, the problems found (with the cell to
// select when there is one) and one Danish sentence saying what happened.
import { ymdToDay, type Problem } from "../core";
import { a1 } from "../sheets";
import type { SourceTable, WrittenSheet } from "./workbook";
import { flowMsg } from "./messages";

/** A problem in the user's data, located in the workbook when it has a cell. */
export interface LocatedProblem {
  message: string;
  /** The core's code ("date.invalid"), so the pane can group problems by kind; absent when unknown. */
  code?: string;
  severity: Problem["severity"];
  /** Label of the table or sheet it was found in, e.g. "tabellen Sager". */
  source: string;
  sheet: string | null;
  /** A1 address on `sheet`, or null when the problem has no single cell. */
  address: string | null;
}

export interface FlowOutcome {
  /** Names the sheets got in the workbook, in writing order. */
  sheets: string[];
  problems: LocatedProblem[];
  /** Danish summary for the panel's status line. */
  message: string;
}

/** A core problem (1-based table row, 0-based column) as a cell of the source in the workbook. */
export function locate(p: Problem, source: SourceTable): LocatedProblem {
  const address = p.row !== undefined ? a1(source.origin.row + p.row - 1, source.origin.col + (p.col ?? 0)) : null;
  return { message: p.message, code: p.code, severity: p.severity, source: source.label, sheet: source.sheet, address };
}

/** A problem with no place in the workbook (a missing table, say). */
export function unlocated(message: string, source = "", severity: Problem["severity"] = "fejl"): LocatedProblem {
  return { message, severity, source, sheet: null, address: null };
}

/** "Arket "X" er skrevet." / "Arkene "X", "Y" er skrevet." */
export function writtenText(names: readonly string[]): string {
  return flowMsg.common.written(names);
}

/** Danish note when a sheet of the user's kept the wanted name (ours got another); "" otherwise. */
export function movedNote(written: readonly WrittenSheet[]): string {
  const moved = written.filter((w) => w.movedAsideForUserSheet);
  return moved.length > 0 ? flowMsg.common.movedAside(moved.map((m) => m.wanted)) : "";
}

/** Today as a day number (Excel serial), for the sheets' banners. */
export function today(now = new Date()): number {
  return ymdToDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
