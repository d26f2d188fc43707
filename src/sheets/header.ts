// The top rows a generated report sheet starts with: title, banner saying where it came from, the
// budget year (in B3, which the sheet's formulas refer to) and, in a file that cannot draw charts,
// a note that Excel draws them.
import { rect } from "./a1";
import { NUMBER_FORMATS, type Block, type FormatRule } from "./spec";

export const YEAR_CELL = "$B$3";
/** Said on a sheet whose charts only Excel draws (the .xlsx path cannot). */
export const NOTE_NO_CHARTS = "Diagrammerne tegnes, når arket genereres i Excel";

export function reportHeader(title: string, banner: string, year: number, width: number, chartsDrawn?: boolean): { blocks: Block[]; formats: FormatRule[] } {
  const blocks: Block[] = [{ kind: "cells", row: 0, col: 0, cells: [[title], [banner], ["Budgetår", year]] }];
  const formats: FormatRule[] = [
    { rect: rect(0, 0), style: "title" },
    { rect: rect(1, 0, 1, width), style: "banner" },
    { rect: rect(2, 0), bold: true },
    { rect: rect(2, 1), numberFormat: NUMBER_FORMATS.integer },
  ];
  if (chartsDrawn === false) {
    blocks.push({ kind: "cells", row: 3, col: 0, cells: [[`${NOTE_NO_CHARTS}.`]] });
    formats.push({ rect: rect(3, 0), style: "note" });
  }
  return { blocks, formats };
}
