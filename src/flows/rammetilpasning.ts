// Rammetilpasning (docs/domain.md §9): the expected HÅP and GNS-pris per foranstaltning from the table
// Budgetforudsætninger, grouped by område, and what the user typed on the sheet before (frame, move,
// changed lines) read back first, so the sentence for the budget text is written from what the sheet
// shows; the writer then keeps those cells.
import { classifyForanstaltning, inputKey, readAssumptions, type Assumption, type RammeLinje } from "../core";
import { buildRammetilpasning, type RammeOmraade } from "../sheets";
import type { SheetSpec } from "../sheets";
import { locate, type LocatedProblem } from "./outcome";
import { typedNumber, typedOnSheet } from "./sheetInputs";
import type { Workbook } from "./workbook";

/** Table names of the budget assumptions (first found wins), as the Prognose flow reads them. */
export const FORUDSAETNINGER_TABLES = ["Budgetforudsætninger", "Budgetforudsaetninger"] as const;

export interface RammetilpasningRequest {
  year: number;
  /** The kommune's target share in plejefamilie (Overblik's). */
  target: number;
  generatedOn: number;
}

/**
 * The budget assumptions per område, in the table's order, without a frame: a line counts in the
 * plejefamilie share when its name says plejefamilie (Overblik's classification).
 */
export function rammeOmraader(assumptions: readonly Assumption[]): RammeOmraade[] {
  const byOmraade = new Map<string, RammeLinje[]>();
  for (const a of assumptions) {
    const list = byOmraade.get(a.omraade) ?? [];
    list.push({ foranstaltning: a.foranstaltning, haap: a.haap, pris: a.pris, plejefamilie: classifyForanstaltning(a.foranstaltning) === "plejefamilie" });
    byOmraade.set(a.omraade, list);
  }
  return [...byOmraade].map(([omraade, linjer]) => ({ omraade, ramme: null, linjer }));
}

/** The sheet "Rammetilpasning ÅÅÅÅ", or null when the workbook has no table of budget assumptions. */
export async function rammetilpasningSheet(wb: Workbook, req: RammetilpasningRequest): Promise<{ spec: SheetSpec; problems: LocatedProblem[] } | null> {
  let found: { t: NonNullable<Awaited<ReturnType<Workbook["readTable"]>>>; name: string } | null = null;
  for (const name of FORUDSAETNINGER_TABLES) {
    const t = await wb.readTable(name);
    if (t) {
      found = { t, name };
      break;
    }
  }
  if (!found) return null;
  const read = readAssumptions(found.t, found.name);
  const problems = read.problems.map((p) => locate(p, found.t));
  const omraader = rammeOmraader(read.value);
  const build = (o: readonly RammeOmraade[]) => buildRammetilpasning({ year: req.year, omraader: o, maal: req.target, generatedOn: req.generatedOn, source: `tabellen ${found.name}` });
  // What was typed on the sheet: the frame and the move per område, and lines changed by hand.
  const [, valg, ...lines] = await typedOnSheet(wb, build(omraader).spec, await wb.listSheets());
  const typed = omraader.map((o, i): RammeOmraade => {
    const v = valg.get(inputKey({ label: o.omraade })) ?? [];
    const text = (x: unknown) => (typeof x === "string" && o.linjer.some((l) => l.foranstaltning === x) ? x : undefined);
    const changed = lines[i] ?? new Map<string, unknown[]>();
    return {
      ...o, ramme: typedNumber(v[0]) ?? null, flytFra: text(v[1]), flytTil: text(v[2]), fraKilde: o.linjer,
      linjer: o.linjer.map((l) => {
        const [pleje, haap, pris] = changed.get(inputKey({ label: l.foranstaltning })) ?? [];
        return {
          ...l, haap: typedNumber(haap) ?? l.haap, pris: typedNumber(pris) ?? l.pris,
          plejefamilie: pleje === "ja" ? true : pleje === "nej" ? false : l.plejefamilie,
        };
      }),
    };
  });
  return { spec: build(typed).spec, problems };
}
