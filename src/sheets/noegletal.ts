// "Nøgletal ÅÅÅÅ": per foranstaltning and per konto the number of cases, HÅP (dage and måneder),
// the disposed amount and GNS-pris (docs/domain.md §1 (2), §4), as native formulas over the disposition
// sheet's case rows and HÅP helper columns — so the key figures follow any edit there.
// The figures are defined as core's `keyFigures` defines them (see the note rows).
import { a1, colName, rect, sheetRef } from "./a1";
import type { DisponeringLayout } from "./disponering";
import { draft, generatedBy, reportTitle, type ReportOptions } from "./draft";
import { NUMBER_FORMATS, type Cell, type SheetSpec } from "./spec";
import { writeAgeSection, type AgeSectionLayout } from "./alderNoegletal";

export interface NoegletalInput extends ReportOptions {
  year: number;
  /** Layout of the disposition sheet the figures refer to. */
  disponering: DisponeringLayout;
  /**
   * The age section (per age group and foranstaltning) under the tables; off by default: its basis
   * lists every case row, which at 20.000 rows costs two more context.sync calls in Excel.
   */
  ages?: boolean;
}

export interface NoegletalLayout {
  sheetName: string;
  /** 0-based columns of the figures. */
  cols: typeof COLS;
  byForanstaltning: { row: number; name: string }[];
  foranstaltningTotalRow: number;
  byKonto: { row: number; name: string }[];
  kontoTotalRow: number;
  /** The age section, when written. */
  ages?: AgeSectionLayout;
}

const COLS = { name: 0, antal: 1, haapDage: 2, haapMaaneder: 3, disponeret: 4, gnsPris: 5 } as const;
const WIDTH = 6;

/** Note rows printed under the title: how HÅP and GNS-pris are defined here. */
export const NOEGLETAL_NOTES = [
  "HÅP (dage) = borgernes dage med disponering i året ÷ årets dage; HÅP (måneder) = måneder med mindst én dags disponering ÷ 12.",
  "En borger (samme cpr-nr.) tælles én gang pr. foranstaltning og konto; rækker uden cpr-nr. tælles hver for sig. En konto er summen af sine foranstaltninger.",
  "GNS-pris = disponeret beløb ÷ HÅP (dage). #I/T betyder HÅP = 0: gennemsnitsprisen kan ikke beregnes.",
  "Tallene beregnes med formler fra disponeringsarkets sager og hjælpekolonner; de følger med, når du retter dér.",
];

export function buildNoegletal(input: NoegletalInput): { spec: SheetSpec; layout: NoegletalLayout } {
  const disp = input.disponering;
  const sheetName = input.sheetName ?? `Nøgletal ${input.year}`;
  const ref = sheetRef(disp.sheetName);
  const d = draft();
  const hasCases = disp.caseRows.length > 0;
  const col = (c: number) => `${ref}$${colName(c)}$${disp.casesFrom + 1}:$${colName(c)}$${disp.casesTo + 1}`;
  const year = `${ref}${a1(disp.yearCell.row, disp.yearCell.col, true, true)}`;
  const daysInYear = `(DATE(${year},12,31)-DATE(${year},1,1)+1)`;

  d.heading({
    title: reportTitle(`Nøgletal ${input.year}`, input.kommune),
    banner: `${generatedBy(input.generatedOn)} fra arket "${disp.sheetName}". Ret på disponeringsarket — dette ark genskabes.`,
    width: WIDTH, rows: NOEGLETAL_NOTES.map((n) => [n]),
  });
  d.style(rect(2, 0, NOEGLETAL_NOTES.length, 1), "note");
  let row = 2 + NOEGLETAL_NOTES.length + 1;

  const figureRow = (r: number, keyCol: number): Cell[] => {
    const crit = a1(r, COLS.name, false, true);
    const sumifs = (c: number) => (hasCases ? `SUMIFS(${col(c)},${col(keyCol)},${crit})` : "0");
    return [
      { f: sumifs(disp.helperCols.inYear) },
      { f: `${sumifs(disp.helperCols.days)}/${daysInYear}` },
      { f: `${sumifs(disp.helperCols.months)}/12` },
      { f: sumifs(disp.totalCol) },
      { f: gns(r) },
    ];
  };
  const gns = (r: number) => `IF(${a1(r, COLS.haapDage)}>0,${a1(r, COLS.disponeret)}/${a1(r, COLS.haapDage)},NA())`;

  const table = (title: string, keyCol: number, names: string[], totalLabel: string) => {
    d.header(row++, 0, [title, "Antal sager", "HÅP (dage)", "HÅP (måneder)", "Disponeret", "GNS-pris"], true);
    const first = row;
    const out: { row: number; name: string }[] = [];
    for (const name of names) {
      const r = row++;
      d.put(r, 0, [[name, ...figureRow(r, keyCol)]]);
      out.push({ row: r, name });
    }
    const totalRow = row++;
    const sum = (c: number): Cell => (out.length > 0 ? { f: `SUM(${a1(first, c)}:${a1(totalRow - 1, c)})` } : 0);
    d.put(totalRow, 0, [[totalLabel, sum(COLS.antal), sum(COLS.haapDage), sum(COLS.haapMaaneder), sum(COLS.disponeret), { f: gns(totalRow) }]]);
    d.style(rect(totalRow, 0, 1, WIDTH), "total");
    d.numberFormat(rect(first, COLS.antal, totalRow - first + 1, 1), NUMBER_FORMATS.integer);
    d.numberFormat(rect(first, COLS.haapDage, totalRow - first + 1, 2), NUMBER_FORMATS.decimal2);
    d.numberFormat(rect(first, COLS.disponeret, totalRow - first + 1, 2), NUMBER_FORMATS.kr);
    row++;
    return { out, totalRow };
  };

  const f = table("Foranstaltning", disp.cols.foranstaltning, disp.byForanstaltning.map((x) => x.name), "I alt");
  const k = table("Konto", disp.cols.konto, disp.byKonto.map((x) => x.name), "I alt (sager med konto)");

  // Its own section below the tables, so the tables above keep their rows.
  const ages = input.ages === true && disp.caseRows.length > 0 ? writeAgeSection(d, row + 1, disp, input.year).layout : undefined;

  const spec = d.toSpec({ name: sheetName, kind: "noegletal", columnWidths: { 0: 28, 1: 11, 2: 12, 3: 13, 4: 15, 5: 14 }, tabColor: "#548235" });
  return {
    spec,
    layout: { sheetName, cols: COLS, byForanstaltning: f.out, foranstaltningTotalRow: f.totalRow, byKonto: k.out, kontoTotalRow: k.totalRow, ...(ages ? { ages } : {}) },
  };
}
