// Automatic refresh of the figures the add-in keeps as values (docs/domain.md §7): HÅP's merged periods
// on "Nøgletal ÅÅÅÅ" and the spans of Overblik and Portefølje are computed by the add-in, because
// merging a person's overlapping rows is beyond a native formula. When the case rows on "Disponering
// ÅÅÅÅ" change (a case ended, a row typed in below the last one), the sheets say so in red
// (`Styringsark_opdateret`); while the add-in is loaded, the Excel adapter calls this flow after the
// user's edits (debounced), and it rebuilds those sheets from the case rows as they now stand.
//
// Host-free: it reads our sheets back through the Workbook port and writes through it, so it is tested
// on the doubles. The user's inputs are carried over: booked amounts per konto (Disponering), the
// budget (Nøgletal), base year, target and budgets per foranstaltning (Overblik), notes right of the
// cases (the writer's input table).
import { casesChecksum, dayToYmd } from "../core";
import {
  buildDisponering, buildNoegletal, buildOverblik, buildPortefoelje, readDisponeringBack, readNoegletalBack, readOverblikBack, YEAR_SHEET_NAMES, yearOfSheet,
  type YearSheetKind,
} from "../sheets";
import { loadAgeLimits } from "./ageLimits";
import { flowMsg } from "./messages";
import { readYearsBefore } from "./historik";
import { portfolioComparisons, SNAPSHOT_KIND } from "./maaned";
import { gridOf, sheetOfSpec } from "./sheetInputs";
import { parseMaskCpr, pseudonymSecret, MASK_CPR_KEY } from "./settings";
import type { FlowOutcome } from "./outcome";
import type { SheetInfo, Workbook } from "./workbook";

/** What a refresh did, per budget year. */
export interface RefreshOutcome extends FlowOutcome {
  /** Budget years whose sheets were rebuilt. */
  refreshed: number[];
  /** Budget years whose sheets were already up to date. */
  upToDate: number[];
}

/** The typed months only (an empty month stays a hole, as the booked-amounts reader leaves it). */
function sparse(months: readonly (number | null)[]): number[] {
  const out: number[] = [];
  months.forEach((v, i) => {
    if (v !== null) out[i] = v;
  });
  return out;
}

/**
 * Rebuilds Disponering, Nøgletal and (where the workbook has them) Overblik and Portefølje of every
 * budget year whose case rows no longer match the checksum Nøgletal kept; a year that is up to date
 * is left alone, so a refresh caused by our own write ends there. `changed` limits it to the sheets
 * the user edited (by name).
 */
export async function refreshKeptFigures(wb: Workbook, options: { generatedOn: number; changed?: readonly string[] }): Promise<RefreshOutcome> {
  const sheets = await wb.listSheets();
  // Ours of a kind for the year, also where it stands beside a user's sheet of the name ("X (2)").
  const ours = (kind: YearSheetKind, year: number): SheetInfo | undefined => sheetOfSpec(sheets, { kind, name: YEAR_SHEET_NAMES[kind](year) });
  const refreshed: number[] = [], upToDate: number[] = [], written: string[] = [], changedSheets: string[] = [];
  const notes: string[] = [];
  for (const s of sheets) {
    // By the name it was written under: a Disponering the user renamed keeps its year.
    const year = s.kind === "disponering" ? yearOfSheet("disponering", s.writtenAs ?? s.name) : null;
    if (year === null) continue;
    if (options.changed && !options.changed.includes(s.name)) continue;
    const noegletalSheet = ours("noegletal", year);
    if (!noegletalSheet) continue;
    const [dispSource, nSource] = await Promise.all([wb.readSheet(s.name), wb.readSheet(noegletalSheet.name)]);
    const back = dispSource && readDisponeringBack(gridOf(dispSource));
    if (!back || !nSource) continue;
    if (back.masked) {
      notes.push(flowMsg.refresh.masked(s.name));
      continue;
    }
    if (back.rejected > 0) {
      notes.push(flowMsg.refresh.rejected(s.name, back.rejected));
      continue;
    }
    const kept = readNoegletalBack(gridOf(nSource), year);
    // Up to date when the cases as read give the kept checksum and the sheet's own formula agrees, so
    // whatever the sheet flags in red (a value core reads the same but the sheet does not) is rebuilt.
    if (kept.checksum !== null && casesChecksum(back.cases) === kept.checksum && (kept.live === null || kept.live === kept.checksum)) {
      upToDate.push(year);
      continue;
    }
    // Rows typed on the sheet meet the 18th birthday as the source's rows did when it was generated.
    const cases = (await loadAgeLimits(wb)).apply(back.cases);
    const booked = back.booked.filter((a) => a.months.some((v) => v !== null));
    const d = buildDisponering({
      year, cases, source: `arket ${s.name}`, generatedOn: options.generatedOn,
      ...(booked.length > 0 ? { booked: booked.map((a) => ({ konto: a.konto, months: sparse(a.months) })) } : {}),
    });
    const specs = [d.spec, buildNoegletal({ year, disponering: d.layout, generatedOn: options.generatedOn, ...(kept.budget ? { budget: kept.budget } : {}) }).spec];
    const common = { year, cases, disponering: d.layout, generatedOn: options.generatedOn, chartsDrawn: true };
    const overblik = ours("overblik", year);
    if (overblik) {
      const o = await wb.readSheet(overblik.name);
      const inputs = o ? readOverblikBack(gridOf(o)) : { budgets: {} };
      const baseYear = inputs.baseYear ?? year - 1;
      // The years before as the Overblik flow reads them (saved year-ends, the table Regnskab).
      const history = (await readYearsBefore(wb).catch(() => null))?.history;
      specs.push(buildOverblik({ ...common, baseYear, target: inputs.target ?? 0.75, budgets: inputs.budgets, ...(history ? { history } : {}) }).spec);
    }
    if (ours("portefoelje", year)) {
      const mask = parseMaskCpr(await wb.loadSetting(MASK_CPR_KEY).catch(() => null));
      // The change per rådgiver since the saved snapshots stays on the sheet (this month is "now").
      const today = dayToYmd(options.generatedOn);
      const compared = sheets.some((x) => x.kind === SNAPSHOT_KIND)
        ? await portfolioComparisons(wb, sheets, today.y, today.m, await loadAgeLimits(wb)).catch(() => ({ comparisons: [], note: undefined }))
        : { comparisons: [], note: undefined };
      specs.push(buildPortefoelje({
        ...common, maskCpr: mask, pseudonymSecret: mask ? await pseudonymSecret(wb).catch(() => undefined) : undefined,
        comparisons: compared.comparisons, comparisonNote: compared.note,
      }).spec);
    }
    for (const w of await wb.writeSheets(specs)) written.push(w.written);
    refreshed.push(year);
    changedSheets.push(s.name);
  }
  const message = refreshed.length > 0
    ? flowMsg.refresh.refreshed(changedSheets, written)
    : upToDate.length > 0 ? flowMsg.refresh.upToDate() : flowMsg.refresh.nothing();
  return { sheets: written, problems: [], message: notes.length > 0 ? `${message} ${notes.join(" ")}` : message, refreshed, upToDate };
}
