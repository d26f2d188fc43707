// "Metodevalg ÅÅÅÅ": the backtest of the prognose methods (docs/domain.md §8) — per konto the mean
// relative error of each method side by side and the method with the smallest as a suggestion. The
// errors are core's (each is a mean over up to 9 as-of months per past year); the suggestion is a
// native formula over them, so the sheet shows how it was picked. The user chooses the method.
import { METHODS, msg, type BacktestResult } from "../core";
import { a1, rect } from "./a1";
import { draft, generatedBy, reportTitle, type ReportOptions } from "./draft";
import { NUMBER_FORMATS, type Cell, type SheetSpec } from "./spec";

export interface MetodevalgInput extends ReportOptions {
  year: number;
  results: readonly BacktestResult[];
}

export interface MetodevalgLayout {
  sheetName: string;
  /** First konto row; col 0 konto, 1 tested years, 2.. one per METHODS entry, then suggestion and its error. */
  firstRow: number;
  konti: string[];
  methodCol: number;
  suggestionCol: number;
  errorCol: number;
}

/** The text in a method's cell when it cannot be tested. */
export const NOT_TESTABLE = "kan ikke efterprøves";

export function buildMetodevalg(input: MetodevalgInput): { spec: SheetSpec; layout: MetodevalgLayout } {
  const { year, results } = input;
  const sheetName = input.sheetName ?? `Metodevalg ${year}`;
  const d = draft();
  const methodCol = 2;
  const suggestionCol = methodCol + METHODS.length;
  const errorCol = suggestionCol + 1;
  const width = errorCol + 1;

  d.heading({
    title: reportTitle(`Valg af prognosemetode ${year}`, input.kommune),
    banner: `${generatedBy(input.generatedOn)}. Hver metode er kørt, som om vi stod i marts, april … november i hvert tidligere år, ` +
      `kun med de tal, der var kendt dengang. Fejl = |prognose − regnskab| ÷ |regnskab|, gennemsnit over alle kørsler. ` +
      `Forslaget er metoden med den mindste fejl — du vælger selv metoden i Prognose-panelet.`,
    width, wrapBanner: true, year,
  });

  const headerRow = 5;
  const firstRow = headerRow + 1;
  d.section(headerRow - 1, "Gennemsnitlig fejl pr. metode");
  d.header(headerRow, 0, ["Konto", "Efterprøvede år", ...METHODS.map((m) => m.name), "Forslag", "Fejl for forslag"], true);

  const n = results.length;
  d.put(firstRow, 0, results.map((r, i): Cell[] => {
    const row = firstRow + i;
    const errors = rect(row, methodCol, 1, METHODS.length);
    const range = `${a1(errors.row, errors.col)}:${a1(errors.row, errors.col + errors.cols - 1)}`;
    const names = `${a1(headerRow, methodCol, true, true)}:${a1(headerRow, suggestionCol - 1, true, true)}`;
    return [
      r.konto,
      r.years.join(", "),
      ...r.scores.map((s): Cell => (s.status === "ok" ? s.meanError : NOT_TESTABLE)),
      // MATCH finds the first smallest error, so a tie goes to the method listed first, as in core.
      { f: `IF(COUNT(${range})=0,"${NOT_TESTABLE}",INDEX(${names},1,MATCH(MIN(${range}),${range},0)))` },
      { f: `IF(COUNT(${range})=0,"",MIN(${range}))` },
    ];
  }));
  if (n > 0) {
    d.numberFormat(rect(firstRow, methodCol, n, METHODS.length), NUMBER_FORMATS.percent);
    d.numberFormat(rect(firstRow, errorCol, n, 1), NUMBER_FORMATS.percent);
    d.style(rect(firstRow, suggestionCol, n, 2), "output");
  } else {
    d.put(firstRow, 0, [["Ingen konti har et helt tidligere år med bogført forbrug pr. måned."]]).style(rect(firstRow, 0), "note");
  }

  // Why a method could not be tested: one line per reason met, methods named.
  const notes = new Map<string, string[]>();
  for (const r of results) {
    for (const s of r.scores) {
      if (s.status === "ok") continue;
      const name = METHODS.find((m) => m.id === s.id)!.name;
      const list = notes.get(s.reason) ?? [];
      if (!list.includes(name)) list.push(name);
      notes.set(s.reason, list);
    }
  }
  const notesRow = firstRow + Math.max(n, 1) + 1;
  d.section(notesRow, "Metoder, der ikke kan efterprøves");
  const lines = [...notes].map(([reason, names]): Cell[] => [`${names.join(", ")}: ${reason}`]);
  lines.push([msg.backtestHowTo()]);
  d.put(notesRow + 1, 0, lines).style(rect(notesRow + 1, 0, lines.length, 1), "note");

  return {
    spec: d.toSpec({
      name: sheetName, kind: "metodevalg", protect: true, tabColor: "#2F75B5",
      columnWidths: Object.fromEntries([[0, 14], [1, 16], ...METHODS.map((_, i) => [methodCol + i, 16]), [suggestionCol, 28], [errorCol, 12]]),
      freeze: { rows: firstRow, cols: 1 },
    }),
    layout: { sheetName, firstRow, konti: results.map((r) => r.konto), methodCol, suggestionCol, errorCol },
  };
}
