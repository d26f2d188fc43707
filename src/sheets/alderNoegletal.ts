// The age section of "Nøgletal ÅÅÅÅ" (docs/domain.md §8): cases, HÅP and disposed amount per age
// group (Danmarks Statistik's 0–5, 6–11, 12–17, 18–22, 23+) and foranstaltning — the figures
// Kolding, Syddjurs and Randers report. Native formulas over a basis table: each case row of the
// disposition sheet with its birth date (read from the disponeringsark's Fødselsdato column, computed
// from the CPR with the century rule in core), the age at the year's
// end or at the stop when earlier (DATEDIF, which Excel documents at
// https://support.microsoft.com/en-us/office/datedif-function-25dba1a4-2812-480b-84dd-8b32a451b35c)
// and the age group. HÅP counts a person once within a group (and within a group and
// foranstaltning) from merged spans, as the Portefølje sheet does.
import {
  AGE_GROUPS, compareDa, ageGroupOfRows, dayToSerial, mergedPersonSpans, UNKNOWN_AGE_LABEL, yearEnd, yearStart, type CaseRow,
} from "../core";
import { a1, colName, rect, sheetRef } from "./a1";
import type { DisponeringLayout } from "./disponering";
import type { SheetDraft } from "./draft";
import { NUMBER_FORMATS, type Cell } from "./spec";

export interface AgeSectionLayout {
  /** Per (group, foranstaltning) and per group total ("I alt"): cols 0 group, 1 foranstaltning, 2 sager, 3 HÅP, 4 disponeret. */
  rows: { row: number; gruppe: string; foranstaltning: string }[];
  /** Basis rows: col 0 foranstaltning, 1 fødselsdato, 2 alder, 3 gruppe. */
  basisRow: number;
}

const LABELS = [...AGE_GROUPS.map((g) => g.label), UNKNOWN_AGE_LABEL];

/** Nested IF from age to group label; blank age → "Ukendt alder". */
function groupFormula(age: string): string {
  let f = `"${AGE_GROUPS[AGE_GROUPS.length - 1].label}"`;
  for (let i = AGE_GROUPS.length - 2; i >= 0; i--) f = `IF(${age}<${AGE_GROUPS[i + 1].from},"${AGE_GROUPS[i].label}",${f})`;
  return `IF(${age}="","${UNKNOWN_AGE_LABEL}",${f})`;
}

/** Writes the section from `row`; returns its layout and the first free row after it. */
export function writeAgeSection(d: SheetDraft, row: number, disp: DisponeringLayout, year: number): { layout: AgeSectionLayout; next: number } {
  const ref = sheetRef(disp.sheetName);
  const yearRef = `${ref}${a1(disp.yearCell.row, disp.yearCell.col, true, true)}`;
  const days = `(DATE(${yearRef},12,31)-DATE(${yearRef},1,1)+1)`;
  const a = yearStart(year), b = yearEnd(year);
  const rows = disp.caseRows.map((x) => x.caseRow);
  const groupOf = ageGroupOfRows(rows, a, b);

  // Which (group, foranstaltning) pairs to list: those with a case in the year, in core's order.
  const pairs: { gruppe: string; names: string[] }[] = LABELS.map((gruppe, g) => ({
    gruppe,
    names: [...new Set(rows.filter((_, i) => groupOf[i] === g).map((c) => c.foranstaltning))].sort(compareDa),
  })).filter((p) => p.names.length > 0);

  d.section(row, "Alder: sager, helårspersoner og disponeret pr. aldersgruppe og foranstaltning");
  d.put(row + 1, 0, [["Alder ved årets udgang eller ved sagens stop, hvis den er tidligere. En person tælles én gang i en aldersgruppe (og én gang pr. foranstaltning i gruppen). Fødselsdatoen kommer fra cpr-nummeret."]]);
  d.style(rect(row + 1, 0), "note");
  const headerRow = row + 2;
  d.header(headerRow, 0, ["Aldersgruppe", "Foranstaltning", "Antal sager", "HÅP (dage)", "Disponeret"], true);

  // Row counts first, so the formulas can point at the basis and span tables below.
  const listed = pairs.reduce((s, p) => s + p.names.length + 1, 0);
  const groupTableRow = headerRow + 1 + listed + 2;
  const basisTitle = groupTableRow + 1 + pairs.length + 2;
  const basisRow = basisTitle + 2;
  // The basis has one row per row of the disposition sheet's case block (subtotal rows between the
  // sections stay blank there), so SUMIFS over the basis and over the sheet's columns line up.
  const n = rows.length > 0 ? disp.casesTo - disp.casesFrom + 1 : 0;
  const index = new Map(rows.map((c, i) => [c, i]));
  const label = (c: CaseRow) => LABELS[groupOf[index.get(c) ?? -1]] ?? "";
  const spansByPair = mergedPersonSpans(rows, (c) => (label(c) === "" ? "" : `${label(c)}: ${c.foranstaltning}`), a, b);
  const spansByGroup = mergedPersonSpans(rows, label, a, b);
  const spans = [...spansByPair, ...spansByGroup].filter((s) => s.group !== "");
  // The spans stand beside the basis (columns F–I), so the section prints on as few pages as it can.
  const spansRow = basisRow;
  const SC = 5;

  const basis = (c: number) => `$${colName(c)}$${basisRow + 1}:$${colName(c)}$${basisRow + Math.max(n, 1)}`;
  const spanCol = (c: number) => `$${colName(SC + c)}$${spansRow + 1}:$${colName(SC + c)}$${spansRow + Math.max(spans.length, 1)}`;
  const dispCol = (c: number) => `${ref}$${colName(c)}$${disp.casesFrom + 1}:$${colName(c)}$${disp.casesTo + 1}`;

  const out: AgeSectionLayout["rows"] = [];
  let r = headerRow + 1;
  const figure = (rr: number, gruppe: string, name: string | null): Cell[] => {
    const g = a1(rr, 0, false, true);
    const f = a1(rr, 1, false, true);
    if (n === 0) return [0, 0, 0];
    const crit = name === null ? `${basis(3)},${g}` : `${basis(3)},${g},${basis(0)},${f}`;
    // ": " joins group and foranstaltning in the span keys; "|" would be read as a pattern by engines
    // that match criteria as regular expressions.
    const key = name === null ? g : `${g}&": "&${f}`;
    return [
      { f: `SUMIFS(${dispCol(disp.helperCols.inYear)},${crit})` },
      { f: spans.length > 0 ? `SUMIFS(${spanCol(3)},${spanCol(0)},${key})/${days}` : "0" },
      { f: `SUMIFS(${dispCol(disp.totalCol)},${crit})` },
    ];
  };
  for (const p of pairs) {
    for (const name of p.names) {
      d.put(r, 0, [[p.gruppe, name, ...figure(r, p.gruppe, name)]]);
      out.push({ row: r, gruppe: p.gruppe, foranstaltning: name });
      r++;
    }
    d.put(r, 0, [[p.gruppe, "I alt", ...figure(r, p.gruppe, null)]]).style(rect(r, 0, 1, 5), "subtotal");
    out.push({ row: r, gruppe: p.gruppe, foranstaltning: "I alt" });
    r++;
  }
  const first = headerRow + 1;
  if (r > first) {
    d.numberFormat(rect(first, 2, r - first, 1), NUMBER_FORMATS.integer);
    d.numberFormat(rect(first, 3, r - first, 1), NUMBER_FORMATS.decimal2);
    d.numberFormat(rect(first, 4, r - first, 1), NUMBER_FORMATS.kr);
  }

  // Per age group, for the chart: the group totals above.
  d.header(groupTableRow, 0, ["Aldersgruppe", "Disponeret", "Antal sager", "HÅP (dage)"]);
  d.put(groupTableRow + 1, 0, pairs.map((p) => {
    const t = out.find((o) => o.gruppe === p.gruppe && o.foranstaltning === "I alt")!.row;
    return [p.gruppe, { f: a1(t, 4) }, { f: a1(t, 2) }, { f: a1(t, 3) }];
  }));
  if (pairs.length > 0) {
    d.numberFormat(rect(groupTableRow + 1, 1, pairs.length, 1), NUMBER_FORMATS.kr);
    d.numberFormat(rect(groupTableRow + 1, 2, pairs.length, 1), NUMBER_FORMATS.integer);
    d.numberFormat(rect(groupTableRow + 1, 3, pairs.length, 1), NUMBER_FORMATS.decimal2);
    d.chart({
      type: "columnClustered", title: "Disponeret pr. aldersgruppe", source: rect(groupTableRow, 0, pairs.length + 1, 2), seriesBy: "columns",
      xAxisTitle: "Aldersgruppe", yAxisTitle: "Kr.", at: rect(groupTableRow, 6, 14, 7),
    });
  }

  // Basis: one row per disposition row, in its order.
  d.section(basisTitle, "Grundlag for alder");
  d.header(basisRow - 1, 0, ["Foranstaltning", "Fødselsdato", "Alder", "Aldersgruppe"]);
  if (n > 0) {
    const byRow = new Map(disp.caseRows.map((x) => [x.row, x.caseRow]));
    const end = `DATE(${yearRef},12,31)`;
    d.put(basisRow, 0, Array.from({ length: n }, (_, i): Cell[] => {
      const sheetRow = disp.casesFrom + i;
      const c = byRow.get(sheetRow);
      if (!c) return [null, null, null, null];
      const br = basisRow + i;
      const stop = `${ref}${a1(sheetRow, disp.cols.stop, false, true)}`;
      // The birth date sits in the case's own row on the disponeringsark, so it moves with the row
      // when the user sorts (a value kept here would stay behind and pair with another case).
      const birth = `${ref}${a1(sheetRow, disp.birthCol, false, true)}`;
      return [
        { f: `${ref}${a1(sheetRow, disp.cols.foranstaltning, false, true)}` },
        { f: `IF(${birth}="","",${birth})` },
        { f: `IF(${a1(br, 1)}="","",DATEDIF(${a1(br, 1)},IF(${stop}="",${end},MIN(${stop},${end})),"Y"))` },
        { f: groupFormula(a1(br, 2)) },
      ];
    }));
    d.numberFormat(rect(basisRow, 1, n, 1), NUMBER_FORMATS.date).numberFormat(rect(basisRow, 2, n, 1), NUMBER_FORMATS.integer);
  }

  d.put(basisTitle, SC, [["Grundlag for helårspersoner pr. aldersgruppe (samme persons rækker slået sammen; ingen cpr-numre)"]]).style(rect(basisTitle, SC), "section");
  d.header(spansRow - 1, SC, ["Gruppe", "Fra", "Til", "Dage i året"]);
  if (spans.length > 0) {
    d.put(spansRow, SC, spans.map((s) => [s.group, dayToSerial(s.start), dayToSerial(s.stop)]));
    d.fill(rect(spansRow, SC + 3, spans.length, 1), `${a1(spansRow, SC + 2)}-${a1(spansRow, SC + 1)}+1`);
    d.numberFormat(rect(spansRow, SC + 1, spans.length, 2), NUMBER_FORMATS.date);
  }
  return { layout: { rows: out, basisRow }, next: basisRow + Math.max(n, spans.length, 1) + 1 };
}
