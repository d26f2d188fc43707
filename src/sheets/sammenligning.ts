// "Sammenligning ÅÅÅÅ" (docs/domain.md §8): the kommune's own key figures next to the published
// figures of peer kommuner the user pasted — udgift pr. 0-22-årig, andel af anbragte i plejefamilie,
// GNS-pris pr. anbragt — with rank, the peers' mean and the difference, as native formulas over the
// cells shown, and a chart per key figure. The population of 0-22-årige is a yellow input that a
// refresh keeps (the sheet's one-row input block, docs/domain.md §7).
import { formatDate, inputKey, type Comparison } from "../core";
import { a1, rect } from "./a1";
import { draft, generatedBy, reportTitle, type ChartOptions, type ReportOptions } from "./draft";
import { NUMBER_FORMATS, type Cell, type InputTable, type SheetSpec } from "./spec";

export interface SammenligningInput extends ReportOptions, ChartOptions {
  year: number;
  /** The kommune's name in the tables ("Egen kommune" when not given). */
  ownName?: string;
  /** Disposed amount of all cases in the year: the numerator of udgift pr. 0-22-årig. */
  totalDisposed: number;
  /** Distinct persons in anbringelse on `dato` (core `anbragtePersoner`): the numerator of anbragte pr. 1.000. */
  anbragte?: { personer: number; dato: number };
  /** Population of 0-22-årige typed in before (kept on refresh); blank otherwise. */
  population?: number | null;
  comparisons: readonly Comparison[];
  /** Key-figure names in the pasted table the add-in cannot compute (shown with a yellow own cell). */
  unknownNames: readonly string[];
  /** A line saying where the peers' figures come from (e.g. that they are fictional in the demo). */
  source?: string;
}

export interface SammenligningLayout {
  sheetName: string;
  populationCell: string;
  /** Per key figure: the own row, the peer rows and the rows of mean, difference and rank (value in col 1). */
  blocks: { id: Comparison["id"]; ownRow: number; peerRows: number[]; meanRow: number; diffRow: number; rankRow: number }[];
  unknownRow: number;
}

export function buildSammenligning(input: SammenligningInput): { spec: SheetSpec; layout: SammenligningLayout } {
  const { year } = input;
  const sheetName = input.sheetName ?? `Sammenligning ${year}`;
  const own = input.ownName ?? input.kommune ?? "Egen kommune";
  const d = draft();
  let row = d.heading({
    title: reportTitle(`Sammenligning med andre kommuner ${year}`, input.kommune),
    banner: `${generatedBy(input.generatedOn)}. Egne tal er beregnet af arbejdsbogens sager; sammenligningskommunernes tal er ` +
      `de offentliggjorte nøgletal fra tabellen Sammenligning. Rang 1 er den laveste værdi.`,
    width: 4, wrapBanner: true, year, chartsDrawn: input.chartsDrawn,
  });
  if (input.source) {
    d.put(row, 0, [[input.source]]).style(rect(row, 0), "note");
    row++;
  }
  row++;
  const popRow = row;
  const popLabel = "Antal 0-22-årige i kommunen";
  const placedLabel = input.anbragte ? `Anbragte personer pr. ${formatDate(input.anbragte.dato)}` : "Anbragte personer";
  d.put(popRow, 0, [[popLabel, input.population ?? null], [`Disponeret i alt ${year}`, input.totalDisposed], [placedLabel, input.anbragte?.personer ?? null]]);
  d.input(rect(popRow, 1), NUMBER_FORMATS.kr);
  d.nonNegative(rect(popRow, 1), "Antal 0-22-årige");
  d.numberFormat(rect(popRow + 1, 1, 2, 1), NUMBER_FORMATS.kr);
  const pop = a1(popRow, 1, true, true);
  const total = a1(popRow + 1, 1, true, true);
  const placed = a1(popRow + 2, 1, true, true);
  row = popRow + 4;
  const typedOwn: InputTable[] = [];
  const perPop = (numerator: string, factor: string) => ({ f: `IF(AND(ISNUMBER(${pop}),${pop}>0),${numerator}/${pop}${factor},"mangler antal 0-22-årige")` });

  const blocks: SammenligningLayout["blocks"] = [];
  for (const c of input.comparisons) {
    const fmt = c.kind === "andel" ? NUMBER_FORMATS.percent : c.kind === "pr1000" ? "#,##0.0" : NUMBER_FORMATS.kr;
    d.section(row, c.name);
    const headerRow = row + 1;
    d.header(headerRow, 0, ["Kommune", c.name]);
    const ownRow = headerRow + 1;
    // A figure the cases give is a formula or a value; one they cannot give is the kommune's own
    // figure typed into a yellow cell (kept on refresh), never a text in its place.
    const computed = c.id === "udgiftPr022" || (c.id === "anbragtePr1000" && input.anbragte !== undefined);
    const ownCell: Cell = c.id === "udgiftPr022" ? perPop(total, "") : c.id === "anbragtePr1000" && input.anbragte ? perPop(placed, "*1000") : c.own;
    d.put(ownRow, 0, [[own, ownCell]]).style(rect(ownRow, 0, 1, 2), "output");
    if (!computed && (c.id === null || c.own === null || c.id === "anbragtePr1000")) {
      d.input(rect(ownRow, 1), fmt);
      d.validate(rect(ownRow, 1), { type: "decimal" }, `Skriv kommunens eget tal for ${c.name}`);
      typedOwn.push({
        headerRow: row, firstRow: ownRow, rows: 1, anchor: { col: 0, text: c.name }, inputCols: [1], freeFrom: 2,
        keyCols: { label: 0 }, keys: [inputKey({ label: own })], label: c.name,
      });
    }
    const peerRows = c.peers.map((_, i) => ownRow + 1 + i);
    if (c.peers.length > 0) d.put(ownRow + 1, 0, c.peers.map((p) => [p.kommune, p.vaerdi]));
    const last = ownRow + Math.max(c.peers.length, 1);
    if (c.peers.length === 0) d.put(ownRow + 1, 0, [["(ingen tal for sammenligningskommuner)"]]).style(rect(ownRow + 1, 0), "note");
    const peers = `${a1(ownRow + 1, 1)}:${a1(last, 1)}`;
    const o = a1(ownRow, 1);
    const meanRow = last + 1, diffRow = last + 2, rankRow = last + 3;
    d.put(meanRow, 0, [
      ["Gennemsnit af sammenligningskommuner", { f: `IF(COUNT(${peers})=0,"",AVERAGE(${peers}))` }],
      ["Forskel til gennemsnittet", { f: `IF(AND(ISNUMBER(${o}),COUNT(${peers})>0),${o}-AVERAGE(${peers}),"")` }],
      [`Rang blandt ${c.peers.length + 1}`, { f: `IF(ISNUMBER(${o}),COUNTIF(${peers},"<"&${o})+1,"")` }],
    ]);
    d.numberFormat(rect(ownRow, 1, meanRow - ownRow + 2, 1), fmt).numberFormat(rect(rankRow, 1), NUMBER_FORMATS.integer);
    d.style(rect(meanRow, 0, 3, 2), "subtotal");
    d.chart({
      type: "barClustered", title: c.name, source: rect(headerRow, 0, last - headerRow + 1, 2), seriesBy: "columns",
      at: rect(row, 3, Math.max(8, rankRow - row + 1), 6),
    });
    blocks.push({ id: c.id, ownRow, peerRows, meanRow, diffRow, rankRow });
    row = Math.max(rankRow + 2, row + 9);
  }

  const unknownRow = row;
  d.section(unknownRow, "Nøgletal der ikke kan beregnes ud fra sagerne (kommunens eget tal skrives i den gule celle)");
  const names = input.unknownNames.length > 0 ? input.unknownNames.map((n): Cell[] => [n]) : [["Ingen"]];
  d.put(unknownRow + 1, 0, names).style(rect(unknownRow + 1, 0, names.length, 1), "note");

  // The typed-in population survives a refresh: one row, found by its label.
  const inputs: InputTable = {
    headerRow: popRow - 1, firstRow: popRow, rows: 1, inputCols: [1], freeFrom: 2, keyCols: { id: 0 }, keys: [inputKey({ id: popLabel })],
  };
  return {
    spec: d.toSpec({ name: sheetName, kind: "sammenligning", protect: true, tabColor: "#548235", columnWidths: { 0: 36, 1: 18, 2: 4 }, inputs: [inputs, ...typedOwn] }),
    layout: { sheetName, populationCell: pop, blocks, unknownRow },
  };
}
