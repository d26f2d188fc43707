// The headline figures (docs/domain.md §4 "Totals of HÅP", §7 "One number, one definition"): computed
// once on "Nøgletal ÅÅÅÅ", each a workbook-level name, and referenced by name from every other sheet
// that shows them — so Overblik, Portefølje, Prognose and Budgetbemærkninger cannot disagree.
import { rect } from "./a1";
import type { SheetDraft } from "./draft";

/** TRUE while every figure the add-in keeps as values matches the case rows (one name for the workbook). */
export const UPDATED_NAME = "Styringsark_opdateret";

/** The workbook-level names of the headline figures (docs/domain.md §7), e.g. HÅP_2025. */
export function headlineNames(year: number) {
  return {
    haap: `HÅP_${year}`, gnsPris: `GNS_pris_${year}`, forventet: `Forventet_regnskab_${year}`, budget: `Budget_${year}`,
    afvigelse: `Afvigelse_${year}`, opdateret: UPDATED_NAME,
  } as const;
}

/** The text a sheet shows, in red, while `Styringsark_opdateret` is FALSE. */
export function staleText(disponeringSheet: string, what = "tallene på dette ark"): string {
  return `IKKE OPDATERET: sagerne eller året på arket ${disponeringSheet} er ændret, siden ${what} blev regnet. Generér arkene igen (eller åbn Styringsark, som opdaterer dem).`;
}

/**
 * A red line at (row, col) that is empty while the figures the add-in keeps as values are up to date
 * and says so when they are not. It reads the workbook-level name, so one checksum on Nøgletal
 * speaks for every sheet; a workbook without the name shows #NAME?, which is as visible.
 */
export function staleBanner(d: SheetDraft, row: number, col: number, disponeringSheet: string, what?: string): void {
  const text = staleText(disponeringSheet, what).replace(/"/g, '""');
  d.put(row, col, [[{ f: `IF(${UPDATED_NAME},"","${text}")` }]]);
  d.style(rect(row, col), "alert");
}
