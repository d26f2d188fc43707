// "Rammetilpasning ÅÅÅÅ" (docs/domain.md §9): per område the budget frame R (yellow), the expected HÅP
// and GNS-pris per foranstaltning (yellow, from the budget assumptions), and as native formulas the
// overrun F − R, the HÅP the frame pays for proportionally and all on one foranstaltning, the HÅP to
// move from one foranstaltning to a cheaper one with the plejefamilie share before and after against
// the kommune's target, and the common price change R ÷ F − 1 — named per område — with the
// sentence for the budget text and a red line when the sheet's inputs no longer match it.
import { inputKey, rammetilpasning, rammeTekst, type RammeLinje } from "../core";
import { a1, rect } from "./a1";
import { draft, generatedBy, reportTitle, type ReportOptions, type SheetDraft } from "./draft";
import { NUMBER_FORMATS, type Cell, type InputTable, type SheetSpec } from "./spec";

export interface RammeOmraade {
  omraade: string;
  /** The frame R; null until the user types it. */
  ramme: number | null;
  linjer: readonly RammeLinje[];
  /** Move HÅP from / to (default: the dearest to the cheapest plejefamilie line, or the cheapest). */
  flytFra?: string;
  flytTil?: string;
  /**
   * The lines as the source table has them, when `linjer` holds values the user typed on the sheet
   * (read back): the record keeps the source's, so the typed ones stay the user's at the next refresh.
   */
  fraKilde?: readonly RammeLinje[];
}

export interface RammetilpasningInput extends ReportOptions {
  year: number;
  omraader: readonly RammeOmraade[];
  /** Target share in plejefamilie, 0–1 (default 0,75 as Overblik's). */
  maal?: number;
  /** Where the HÅP and GNS-pris came from (e.g. "tabellen Budgetforudsætninger"). */
  source?: string;
}

export interface RammetilpasningLayout {
  sheetName: string;
  targetCell: { row: number; col: number };
  /** Per område, in input order: its choice row (R in col 1, fra/til in cols 2–3), result row, text row and lines. */
  omraader: { omraade: string; valgRow: number; resultRow: number; textRow: number; staleRow: number; firstLine: number; totalRow: number; flytFra?: string; flytTil?: string }[];
  resultCols: typeof RESULT_COLS;
  lineCols: typeof LINE_COLS;
}

const LINE_COLS = { navn: 0, pleje: 1, haap: 2, pris: 3, udgift: 4, haapRammen: 5, reduktion: 6, altHer: 7 } as const;
const RESULT_COLS = { udgift: 1, overskridelse: 2, prisaendring: 3, flyt: 4, muligt: 5, andelFoer: 6, andelEfter: 7, maal: 8 } as const;
const WIDTH = 9;
const RECORD_COL = WIDTH + 1;
const TARGET_LABEL = "Mål for andel i plejefamilie";
const blockTitle = (omraade: string) => `Foranstaltninger — ${omraade}`;
const str = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Defaults for the move: from the dearest line to the cheapest plejefamilie line (else the cheapest). */
function defaultMove(linjer: readonly RammeLinje[]): { fra?: string; til?: string } {
  if (linjer.length < 2) return {};
  const byPrice = [...linjer].sort((a, b) => b.pris - a.pris);
  const pleje = byPrice.filter((l) => l.plejefamilie);
  return { fra: byPrice[0].foranstaltning, til: (pleje.length > 0 ? pleje[pleje.length - 1] : byPrice[byPrice.length - 1]).foranstaltning };
}

interface Block { firstLine: number; totalRow: number; range: (c: number) => string; total: (c: number) => string }

/** One område's lines: yellow plejefamilie/HÅP/GNS-pris, the rest by formula against R and F. */
function writeLines(d: SheetDraft, row: number, o: RammeOmraade, r: string): Block {
  d.section(row, blockTitle(o.omraade));
  d.header(row + 1, 0, [
    "Foranstaltning", "Plejefamilie (ja/nej)", "Forventede HÅP", "GNS-pris", "Forventet udgift (HÅP × GNS-pris)",
    "HÅP rammen betaler (HÅP × R ÷ F)", "Reduktion i HÅP (HÅP × (1 − R ÷ F))", "Reduktion hvis alt tages her ((F − R) ÷ GNS-pris)",
  ], true);
  const first = row + 2, n = Math.max(o.linjer.length, 1), last = first + n - 1, totalRow = last + 1;
  const range = (c: number) => `${a1(first, c, true, true)}:${a1(last, c, true, true)}`;
  const total = (c: number) => a1(totalRow, c, true, true);
  if (o.linjer.length > 0) d.put(first, 0, o.linjer.map((l): Cell[] => [l.foranstaltning, l.plejefamilie ? "ja" : "nej", l.haap, l.pris]));
  const c = (col: number) => a1(first, col);
  const f = total(LINE_COLS.udgift);
  d.fill(rect(first, LINE_COLS.udgift, n, 1), `${c(LINE_COLS.haap)}*${c(LINE_COLS.pris)}`);
  d.fill(rect(first, LINE_COLS.haapRammen, n, 1), `IF(OR(${r}="",${f}=0),"",${c(LINE_COLS.haap)}*${r}/${f})`);
  d.fill(rect(first, LINE_COLS.reduktion, n, 1), `IF(OR(${r}="",${f}=0),"",${c(LINE_COLS.haap)}*(1-${r}/${f}))`);
  d.fill(rect(first, LINE_COLS.altHer, n, 1), `IF(OR(${r}="",N(${c(LINE_COLS.pris)})=0),"",(${f}-${r})/${c(LINE_COLS.pris)})`);
  d.style(rect(first, LINE_COLS.pleje, n, 3), "input");
  d.numberFormat(rect(first, LINE_COLS.haap, n, 1), NUMBER_FORMATS.haap).numberFormat(rect(first, LINE_COLS.pris, n, 2), NUMBER_FORMATS.kr);
  d.numberFormat(rect(first, LINE_COLS.haapRammen, n + 1, 3), NUMBER_FORMATS.decimal2);
  d.validate(rect(first, LINE_COLS.pleje, n, 1), { type: "list", values: ["ja", "nej"] }, "Skriv ja, hvis foranstaltningen tæller med i andelen i plejefamilie, ellers nej");
  d.nonNegative(rect(first, LINE_COLS.haap, n, 2), "HÅP og GNS-pris");
  d.put(totalRow, 0, [[
    "I alt (helårsforanstaltninger)", null, { f: `SUM(${range(LINE_COLS.haap)})` }, null, { f: `SUM(${range(LINE_COLS.udgift)})` },
    { f: `IF(${r}="","",SUM(${range(LINE_COLS.haapRammen)}))` }, { f: `IF(${r}="","",SUM(${range(LINE_COLS.reduktion)}))` },
  ]]);
  d.style(rect(totalRow, 0, 1, WIDTH - 1), "total").numberFormat(rect(totalRow, LINE_COLS.haap, 1, 1), NUMBER_FORMATS.haap);
  d.numberFormat(rect(totalRow, LINE_COLS.udgift, 1, 1), NUMBER_FORMATS.kr);
  return { firstLine: first, totalRow, range, total };
}

export function buildRammetilpasning(input: RammetilpasningInput): { spec: SheetSpec; layout: RammetilpasningLayout } {
  const { year } = input;
  const sheetName = input.sheetName ?? `Rammetilpasning ${year}`;
  const maal = input.maal ?? 0.75;
  const d = draft();
  let row = d.heading({
    title: reportTitle(`Rammetilpasning ${year}`, input.kommune),
    banner: `${generatedBy(input.generatedOn)}${input.source ? ` med HÅP og GNS-pris fra ${input.source}` : ""}. Forudsætningerne tilpasses budgetrammen: ` +
      "skriv rammen pr. område og vælg, hvorfra og hvortil helårspersoner flyttes. Gule celler kan rettes; resten beregnes.",
    width: WIDTH, wrapBanner: true, year, rows: [[TARGET_LABEL, maal]],
  });
  const targetCell = { row: 3, col: 1 };
  d.format(rect(3, 0), { bold: true }).input(rect(3, 1), NUMBER_FORMATS.percent);
  d.validate(rect(3, 1), { type: "decimal", min: 0, max: 1 }, "Målet er en andel mellem 0 % og 100 %");
  const target = a1(targetCell.row, targetCell.col, true, true);
  row++;

  const omraader = input.omraader.map((o) => {
    const move = defaultMove(o.linjer);
    return { ...o, flytFra: o.flytFra ?? move.fra, flytTil: o.flytTil ?? move.til };
  });
  const n = omraader.length;

  // 1. The frame and the move per område (yellow).
  d.section(row, "Ramme og valg pr. område");
  const valgHeader = row + 1, valgFirst = row + 2;
  d.header(valgHeader, 0, ["Område", "Budgetramme (R), kr.", "Flyt HÅP fra", "Flyt HÅP til"], true);
  d.put(valgFirst, 0, omraader.map((o): Cell[] => [o.omraade, o.ramme, o.flytFra ?? null, o.flytTil ?? null]));
  if (n > 0) {
    d.input(rect(valgFirst, 1, n, 1)).style(rect(valgFirst, 2, n, 2), "input");
    d.nonNegative(rect(valgFirst, 1, n, 1), "Budgetrammen");
    omraader.forEach((o, i) => {
      if (o.linjer.length > 0) d.validate(rect(valgFirst + i, 2, 1, 2), { type: "list", values: o.linjer.map((l) => l.foranstaltning) }, `Vælg en foranstaltning på ${o.omraade}`);
    });
  }
  row = valgFirst + Math.max(n, 1) + 1;

  // 2. Results per område (named), 3. the sentences, 4. the lines per område below them.
  d.section(row, "Resultat pr. område");
  const resultHeader = row + 1, resultFirst = row + 2;
  d.header(resultHeader, 0, [
    "Område", "Forventet udgift (F)", "Overskridelse (F − R; negativ = plads i rammen)", "Fælles prisændring der holder rammen (R ÷ F − 1)",
    "HÅP der skal flyttes ((F − R) ÷ (pris fra − pris til))", "Kan flyttes (ja/nej)", "Andel i plejefamilie før", "Andel i plejefamilie efter", "Mål",
  ], true);
  const textSection = resultFirst + Math.max(n, 1) + 1;
  d.section(textSection, "Tekst til budgetbemærkningerne");
  let blockRow = textSection + 1 + 2 * Math.max(n, 1) + 1;

  const layouts: RammetilpasningLayout["omraader"] = [];
  omraader.forEach((o, i) => {
    const valgRow = valgFirst + i, resultRow = resultFirst + i;
    const r = a1(valgRow, 1, true, true), fra = a1(valgRow, 2, true, true), til = a1(valgRow, 3, true, true);
    const b = writeLines(d, blockRow, o, r);
    const names = b.range(LINE_COLS.navn), h = b.range(LINE_COLS.haap), p = b.range(LINE_COLS.pris), pleje = b.range(LINE_COLS.pleje);
    const F = b.total(LINE_COLS.udgift), sumH = b.total(LINE_COLS.haap);
    const at = (col: number) => a1(resultRow, col, true, true);
    const pOf = (x: string) => `INDEX(${p},MATCH(${x},${names},0))`;
    const isPleje = (x: string) => `IF(INDEX(${pleje},MATCH(${x},${names},0))="ja",1,0)`;
    const plejeHaap = `SUMIFS(${h},${pleje},"ja")`;
    d.put(resultRow, 0, [[
      o.omraade,
      { f: F },
      { f: `IF(${r}="","",${F}-${r})` },
      { f: `IF(OR(${r}="",${F}=0),"",${r}/${F}-1)` },
      { f: `IFERROR(IF(OR(${r}="",${pOf(fra)}<=${pOf(til)}),"",(${F}-${r})/(${pOf(fra)}-${pOf(til)})),"")` },
      { f: `IF(${at(RESULT_COLS.flyt)}="","",IF(${at(RESULT_COLS.flyt)}<=INDEX(${h},MATCH(${fra},${names},0)),"ja","nej"))` },
      { f: `IF(${sumH}=0,"",${plejeHaap}/${sumH})` },
      { f: `IF(${at(RESULT_COLS.muligt)}<>"ja","",(${plejeHaap}+${at(RESULT_COLS.flyt)}*(${isPleje(til)}-${isPleje(fra)}))/${sumH})` },
      { f: target },
    ]]);
    const k = i + 1;
    d.name(`Ramme_udgift_${k}`, rect(resultRow, RESULT_COLS.udgift)).name(`Ramme_overskridelse_${k}`, rect(resultRow, RESULT_COLS.overskridelse));
    d.name(`Ramme_prisaendring_${k}`, rect(resultRow, RESULT_COLS.prisaendring)).name(`Ramme_flyt_HAAP_${k}`, rect(resultRow, RESULT_COLS.flyt));
    d.name(`Ramme_andel_pleje_foer_${k}`, rect(resultRow, RESULT_COLS.andelFoer)).name(`Ramme_andel_pleje_efter_${k}`, rect(resultRow, RESULT_COLS.andelEfter));

    // The sentence as core writes it from the figures given, and a red line when the sheet's
    // inputs (frame, move, target, HÅP × GNS-pris) no longer are those figures.
    const core = rammetilpasning({ omraade: o.omraade, ramme: o.ramme, linjer: o.linjer, flytFra: o.flytFra, flytTil: o.flytTil, maal });
    const textRow = textSection + 1 + 2 * i, staleRow = textRow + 1;
    d.put(textRow, 0, [[o.omraade, rammeTekst(core, o.linjer)]]).format(rect(textRow, 1, 1, WIDTH - 1), { wrap: true });
    const changed = [
      o.ramme === null ? `${r}<>""` : `N(${r})<>${o.ramme}`,
      `${fra}<>${str(o.flytFra ?? "")}`, `${til}<>${str(o.flytTil ?? "")}`, `${target}<>${maal}`,
      `ROUND(${F},0)<>${Math.round(core.udgift)}`,
    ];
    d.put(staleRow, 1, [[{ f: `IF(OR(${changed.join(",")}),"Teksten passer ikke længere til de gule celler — dan arket igen for at få en ny tekst.","")` }]]).style(rect(staleRow, 1), "alert");
    layouts.push({ omraade: o.omraade, valgRow, resultRow, textRow, staleRow, firstLine: b.firstLine, totalRow: b.totalRow, flytFra: o.flytFra, flytTil: o.flytTil });
    blockRow = b.totalRow + 2;
  });
  if (n > 0) {
    d.numberFormat(rect(resultFirst, RESULT_COLS.udgift, n, 2), NUMBER_FORMATS.kr).numberFormat(rect(resultFirst, RESULT_COLS.prisaendring, n, 1), "0.00%");
    d.numberFormat(rect(resultFirst, RESULT_COLS.flyt, n, 1), NUMBER_FORMATS.decimal2).numberFormat(rect(resultFirst, RESULT_COLS.andelFoer, n, 3), NUMBER_FORMATS.percent);
    d.style(rect(resultFirst, 1, n, WIDTH - 1), "output");
  } else {
    d.put(resultFirst, 0, [["Ingen områder: tabellen Budgetforudsætninger har ingen linjer."]]).style(rect(resultFirst, 0), "note");
  }

  const inputs: InputTable[] = [
    // The target typed here stays while the task pane gives the same; a new value there wins.
    { headerRow: targetCell.row, firstRow: targetCell.row, rows: 1, keyCols: { label: 0 }, inputCols: [1], keys: [inputKey({ label: TARGET_LABEL })], recordCol: RECORD_COL, sourceWins: true, label: "Mål" },
    // Frame and move per område, by område: what is on the sheet wins.
    { headerRow: valgHeader, firstRow: valgFirst, keyCols: { label: 0 }, inputCols: [1, 2, 3], keys: omraader.map((o) => inputKey({ label: o.omraade })), label: "Ramme og valg" },
    // The lines per område, found by the block's title; typed values stay, untouched ones follow the source.
    ...omraader.map((o, i): InputTable => ({
      headerRow: layouts[i].firstLine - 2, firstRow: layouts[i].firstLine, anchor: { col: 0, text: blockTitle(o.omraade) },
      keyCols: { label: 0 }, inputCols: [LINE_COLS.pleje, LINE_COLS.haap, LINE_COLS.pris], keys: o.linjer.map((l) => inputKey({ label: l.foranstaltning })),
      end: { col: 0, text: "I alt" }, recordCol: RECORD_COL, label: o.omraade,
      ...(o.fraKilde ? { recorded: o.fraKilde.map((l) => [l.plejefamilie ? "ja" : "nej", l.haap, l.pris]) } : {}),
    })),
  ];
  const spec = d.toSpec({
    name: sheetName, kind: "rammetilpasning", protect: true, tabColor: "#548235", inputs,
    columnWidths: { 0: 30, 1: 16, 2: 16, 3: 16, 4: 16, 5: 14, 6: 14, 7: 16, 8: 10 },
  });
  return { spec, layout: { sheetName, targetCell, omraader: layouts, resultCols: RESULT_COLS, lineCols: LINE_COLS } };
}
