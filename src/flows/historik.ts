// The years before (docs/domain.md §8): "Luk året" saves the year's HÅP, GNS-pris and amounts per
// foranstaltning and konto, and persons and HÅP per age group, in a hidden sheet of ours, and the flows that show earlier years read
// that sheet and the user's regnskab table — never today's case list.
import {
  applyAgeLimitsInSteps, FIELD_LABELS, formatDate, mapInSteps, mergeSnapshot, readCaseTableInSteps, readHistorik, readRegnskab, yearEnd, yearEndSnapshotInSteps, type HistorikRow,
} from "../core";
import { buildHistorik, HISTORIK_KIND, HISTORIK_SHEET } from "../sheets/historik";
import type { OverblikHistory } from "../sheets/overblik";
import { artMap, loadArts } from "./disponering";
import { locate, movedNote, unlocated, type FlowOutcome, type LocatedProblem } from "./outcome";
import { pause, stepwise } from "./steps";
import type { Workbook } from "./workbook";

/** Table names of the regnskab for years before the add-in was used (first found wins). */
export const REGNSKAB_TABLES = ["Regnskab"] as const;

/** The saved history (our hidden sheet, found by its marker) and its sheet's name, or none. */
async function readSaved(wb: Workbook): Promise<{ sheet: string | null; rows: HistorikRow[] }> {
  const ours = (await wb.listSheets()).find((s) => s.kind === HISTORIK_KIND);
  if (!ours) return { sheet: null, rows: [] };
  const t = await wb.readSheet(ours.name);
  return { sheet: ours.name, rows: t ? readHistorik(t.rows) : [] };
}

export interface YearsBefore {
  history: OverblikHistory;
  /** Problems in the regnskab table, at their cells. */
  problems: LocatedProblem[];
}

/** Reads what Overblik shows of the years before: the saved year-ends and the table "Regnskab". */
export async function readYearsBefore(wb: Workbook): Promise<YearsBefore> {
  const saved = await readSaved(wb);
  const problems: LocatedProblem[] = [];
  let regnskab: OverblikHistory["regnskab"] = [];
  for (const name of REGNSKAB_TABLES) {
    const t = await wb.readTable(name);
    if (!t) continue;
    const read = readRegnskab(t, name);
    regnskab = read.value;
    for (const p of read.problems) problems.push(locate(p, t));
    break;
  }
  return { history: { saved: saved.rows, regnskab }, problems };
}

export interface CloseYearRequest {
  /** Worksheet with the case table. */
  source: string;
  year: number;
  generatedOn: number;
}

export interface CloseYearOutcome extends FlowOutcome {
  /** Figures saved for the year. */
  saved: number;
}

/**
 * "Luk året": computes the year's key figures from the case table (the 18th-birthday rule applied
 * as on Disponering) and saves them in the hidden history sheet — refreshed in place, never a second
 * copy; closing the same year again replaces its figures, other years are kept.
 */
export async function closeYear(wb: Workbook, req: CloseYearRequest): Promise<CloseYearOutcome> {
  const source = await wb.readSheet(req.source);
  if (!source) throw new Error(`Arket "${req.source}" findes ikke i arbejdsbogen`);
  // In steps, as every action over the case table (flows/steps.ts): the busy state paints first.
  await pause();
  const table = await stepwise(readCaseTableInSteps(source));
  if (table.missing.length > 0) {
    const problems = [unlocated(`Arket mangler kolonnerne: ${table.missing.map((f) => FIELD_LABELS[f]).join(", ")}`, source.label)];
    return { sheets: [], problems, saved: 0, message: `Året ${req.year} er ikke lukket.` };
  }
  const cases = table.cases;
  // Rows with errors are left out of the figures (never guessed): the panel lists them.
  const problems = await stepwise(mapInSteps(table.problems.filter((p) => p.severity === "fejl"), (p) => locate(p, source)));
  if (cases.length === 0) {
    return { sheets: [], problems, saved: 0, message: `Året ${req.year} er ikke lukket: arket ${req.source} har ingen sager, der kan læses.` };
  }
  const arts = artMap(await loadArts(wb));
  const limited = (await stepwise(applyAgeLimitsInSteps(cases, { arts }))).cases;
  const before = await readSaved(wb);
  const snapshot = await stepwise(yearEndSnapshotInSteps(limited, req.year));
  const again = before.rows.some((r) => r.year === req.year);
  const written = await wb.writeSheets([buildHistorik(mergeSnapshot(before.rows, snapshot), before.sheet ?? HISTORIK_SHEET)]);
  const foranstaltninger = new Set(snapshot.filter((r) => r.niveau === "foranstaltning").map((r) => r.name)).size;
  const konti = snapshot.filter((r) => r.niveau === "konto").length;
  const note = movedNote(written);
  const early = req.generatedOn < yearEnd(req.year)
    ? ` Året er ikke slut (i dag er det ${formatDate(req.generatedOn)}): tallene er dispositionerne, som de ser ud nu; luk året igen efter nytår.`
    : "";
  return {
    sheets: written.map((w) => w.written),
    problems,
    saved: snapshot.length,
    message:
      `Året ${req.year} er lukket: helårspersoner, GNS-pris og beløb for ${foranstaltninger} ${foranstaltninger === 1 ? "foranstaltning" : "foranstaltninger"} ` +
      `og ${konti} ${konti === 1 ? "konto" : "konti"} samt personer og helårspersoner pr. aldersgruppe er gemt i det skjulte ark "${written[0].written}"` +
      `${again ? " (i stedet for de tal, der var gemt for året før)" : ""}. Overblik viser dem som tidligere år.${early}${note ? ` ${note}` : ""}`,
  };
}
