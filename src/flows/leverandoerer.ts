// Leverandører ÅÅÅÅ (docs/domain.md §9): the type intern/ekstern per leverandør from a column of the
// case table ("Leverandørtype", "Intern/ekstern") and the user's table Leverandører (Leverandør, Type),
// the table winning where both name a leverandør; then the sheet. What the user typed on the sheet is
// kept by the writer (the sheet's input table records what the tables gave).
import { leverandoerTypesOfCaseTable, readLeverandoerTypes, type CaseRow, type LeverandoerType } from "../core";
import { buildLeverandoerer, type DisponeringLayout } from "../sheets";
import type { SheetSpec } from "../sheets/spec";
import { locate, type LocatedProblem } from "./outcome";
import type { SourceTable, Workbook } from "./workbook";

/** Table names of the leverandør types (first found wins). */
export const LEVERANDOER_TABLES = ["Leverandører", "Leverandoerer"] as const;

export interface LeverandoerTypes {
  types: Map<string, LeverandoerType>;
  /** Where they come from, for the sheet's banner; null when from nowhere. */
  source: string | null;
  problems: LocatedProblem[];
}

/** The types from the case table's column and the table Leverandører. */
export async function leverandoerTypes(wb: Workbook, caseTable: SourceTable | null): Promise<LeverandoerTypes> {
  const types = new Map<string, LeverandoerType>();
  const sources: string[] = [];
  const problems: LocatedProblem[] = [];
  const column = caseTable ? leverandoerTypesOfCaseTable(caseTable) : null;
  if (column && caseTable) {
    for (const [k, v] of column.value) types.set(k, v);
    for (const p of column.problems) problems.push(locate(p, caseTable));
    sources.push(`sagslistens kolonne med leverandørtype`);
  }
  for (const name of LEVERANDOER_TABLES) {
    const t = await wb.readTable(name);
    if (!t) continue;
    const read = readLeverandoerTypes(t, name);
    for (const [k, v] of read.value) types.set(k, v);
    for (const p of read.problems) problems.push(locate(p, t));
    sources.push(`tabellen ${name}`);
    break;
  }
  return { types, source: sources.length > 0 ? sources.join(" og ") : null, problems };
}

export interface LeverandoererRequest {
  year: number;
  cases: readonly CaseRow[];
  disponering: DisponeringLayout;
  /** The case table as read (its type column, if any). */
  caseTable: SourceTable | null;
  maskCpr: boolean;
  pseudonymSecret?: string;
  generatedOn: number;
}

/** The sheet "Leverandører ÅÅÅÅ" with the types of the workbook's tables, and their problems. */
export async function leverandoererSheet(wb: Workbook, req: LeverandoererRequest): Promise<{ spec: SheetSpec; problems: LocatedProblem[] }> {
  const t = await leverandoerTypes(wb, req.caseTable);
  const spec = buildLeverandoerer({
    year: req.year, cases: req.cases, disponering: req.disponering, types: t.types, typeSource: t.source ?? undefined,
    maskCpr: req.maskCpr, pseudonymSecret: req.pseudonymSecret, generatedOn: req.generatedOn, chartsDrawn: true,
  }).spec;
  return { spec, problems: t.problems };
}
