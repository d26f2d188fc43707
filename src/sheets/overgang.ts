// "Overgang 18 år ÅÅÅÅ" (docs/domain.md §8): the youths turning 18 in the budget year and the two
// overslagsår, their current measures and monthly cost, the 18th birthday, and what continuing the
// placement as efterværn costs per year against ending it at 18. The user answers "forventes
// efterværn?" per youth in a yellow cell, declared as the sheet's input column: a refresh puts each
// answer back on its youth's row (by CPR and 18-årsdag, never by row position) and parks the answers
// of youths no longer on the list (docs/domain.md §7). The totals above the list sum the effect of
// the "ja" rows with native formulas; the list is the last thing on the sheet, so the rows a
// refresh reads back are the youths' and the parked ones only.
import { dayToSerial, FORANSTALTNINGSART_LABELS, inputKey, type Overgang } from "../core";
import { a1, rect } from "./a1";
import { cprCell, draft, generatedBy, reportTitle, type CprOptions, type ReportOptions } from "./draft";
import { NUMBER_FORMATS, type Cell, type InputTable, type SheetSpec } from "./spec";

export interface OvergangInput extends ReportOptions, CprOptions {
  year: number;
  youths: readonly Overgang[];
  /**
   * Answers to put in by CPR ("ja"/"nej"); blank otherwise. A refresh in Excel keeps the answers
   * typed into the sheet without this (the sheet's input column).
   */
  answers?: ReadonlyMap<string, string>;
}

export interface OvergangLayout {
  sheetName: string;
  /** First youth row. Cols: 0 cpr, 1 navn, 2 18-årsdag, 3 foranstaltninger, 4 månedlig udgift, 5 efterværn?, 6–8 effekt år 1–3. */
  firstRow: number;
  /** Row per youth, in `youths` order. */
  rows: number[];
  answerCol: number;
  effectCol: number;
  totalRow: number;
}

export const ANSWERS = ["ja", "nej"] as const;

export function buildOvergang(input: OvergangInput): { spec: SheetSpec; layout: OvergangLayout } {
  const { year, youths } = input;
  const sheetName = input.sheetName ?? `Overgang 18 år ${year}`;
  const mask = input.maskCpr ?? false;
  const d = draft();
  const years = [year, year + 1, year + 2];
  const answerCol = 5, effectCol = 6;

  d.heading({
    title: reportTitle(`Unge, der fylder 18 år i ${year}–${year + 2}`, input.kommune),
    banner: `${generatedBy(input.generatedOn)}. En anbringelse ophører dagen før 18-årsdagen. Effekten er udgiften, hvis anbringelsen ` +
      `fortsætter som efterværn fra 18-årsdagen (til dagen før 23-årsdagen) med samme takst, mod at den ophører ved 18 år. ` +
      `Svar "ja" eller "nej" i den gule kolonne; summen nederst medtager de unge med "ja".`,
    width: effectCol + 3, wrapBanner: true, year,
  });

  // Totals first (rows 5–7), then the note, then the list from row 10 to the end of the sheet.
  const totalRow = 5, headerRow = totalRow + 5, firstRow = headerRow + 1;
  const n = youths.length;
  const col = (c: number) => `${a1(firstRow, c, true, false)}:${a1(firstRow + Math.max(n, 1) - 1, c, true, false)}`;
  const answers = `${a1(firstRow, answerCol, true, true)}:${a1(firstRow + Math.max(n, 1) - 1, answerCol, true, true)}`;
  d.put(totalRow, 0, [
    ["Hvis alle fortsætter som efterværn", null, null, null, { f: `SUM(${col(4)})` }, null, ...[0, 1, 2].map((k): Cell => ({ f: `SUM(${col(effectCol + k)})` }))],
    ["Budgeteffekt af de unge med \"ja\"", null, null, null, null, { f: `COUNTIF(${answers},"ja")` }, ...[0, 1, 2].map((k): Cell => ({ f: `SUMIF(${answers},"ja",${col(effectCol + k)})` }))],
    ["Ubesvaret", null, null, null, null, { f: `${n > 0 ? n : 0}-COUNTIF(${answers},"ja")-COUNTIF(${answers},"nej")` }],
  ]);
  d.style(rect(totalRow, 0, 2, effectCol + 3), "total");
  d.numberFormat(rect(totalRow, 4, 1, 1), NUMBER_FORMATS.kr).numberFormat(rect(totalRow, effectCol, 2, 3), NUMBER_FORMATS.kr);
  d.numberFormat(rect(totalRow + 1, answerCol, 2, 1), NUMBER_FORMATS.integer);
  d.put(totalRow + 3, 0, [["Planlæg overgangen fra 15 år: efterværn eller voksenområdet (Randers)."]]).style(rect(totalRow + 3, 0), "note");

  d.header(headerRow, 0, ["Cpr-nr.", "Navn", "18-årsdag", "Nuværende foranstaltninger", "Månedlig udgift", "Forventes efterværn? (ja/nej)",
    ...years.map((y) => `Effekt af efterværn ${y}`)], true);

  const rows = youths.map((_, i) => firstRow + i);
  d.put(firstRow, 0, youths.map((p): Cell[] => [
    cprCell(p.cpr, mask),
    p.navn || null,
    dayToSerial(p.attenAarsdag),
    p.foranstaltninger.map((m) => `${m.foranstaltning} (${FORANSTALTNINGSART_LABELS[m.art].toLowerCase()})`).join("; "),
    p.maanedspris,
    input.answers?.get(p.cpr) ?? null,
    ...p.effekt,
  ]));
  if (n > 0) {
    d.numberFormat(rect(firstRow, 2, n, 1), NUMBER_FORMATS.date);
    d.numberFormat(rect(firstRow, 4, n, 1), NUMBER_FORMATS.kr);
    d.numberFormat(rect(firstRow, effectCol, n, 3), NUMBER_FORMATS.kr);
    d.input(rect(firstRow, answerCol, n, 1), NUMBER_FORMATS.text);
    d.validate(rect(firstRow, answerCol, n, 1), { type: "list", values: ANSWERS }, `Skriv "ja" eller "nej"`);
  } else {
    d.put(firstRow, 0, [[`Ingen unge med foranstaltninger fylder 18 år i ${year}–${year + 2}.`]]).style(rect(firstRow, 0), "note");
  }

  // The answer follows its youth on a refresh: the key is the CPR as written (masked or not) and the
  // 18-årsdag; youths sharing both (masked twins) are matched in their order.
  const inputs: InputTable = {
    headerRow, firstRow, inputCols: [answerCol], freeFrom: effectCol + 3,
    keyCols: { cpr: 0, start: 2 },
    keys: youths.map((p) => inputKey({ cpr: cprCell(p.cpr, mask), start: dayToSerial(p.attenAarsdag) })),
  };

  return {
    spec: d.toSpec({
      name: sheetName, kind: "overgang18", protect: true, tabColor: "#C65911",
      columnWidths: { 0: 14, 1: 18, 2: 12, 3: 40, 4: 14, 5: 16, 6: 16, 7: 16, 8: 16 },
      freeze: { rows: firstRow, cols: 0 }, inputs: [inputs],
    }),
    layout: { sheetName, firstRow, rows, answerCol, effectCol, totalRow },
  };
}
