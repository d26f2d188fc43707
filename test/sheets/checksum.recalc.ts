// The case checksum on the sheet (docs/domain.md §7): Disponering's Kontrol column and Nøgletal's
// "Kontrolsum … nu", recalculated by HyperFormula, equal core's checksumTerm / casesChecksum to the
// unit, for rows with every kind of text; and every single edit or swap between rows flips
// Styringsark_opdateret to FALSE (the property over 1.000 edits of 2.000 rows is core's, in
// test/core/checksum.test.ts; this shows the sheet computes the same number).
import { casesChecksum, checksumTerm, OPEN_END, type CaseRow } from "../../src/core";

import { size } from "../support/deep";
import { build, names } from "../support/headline";
import { prng, randomCases } from "../support/randomCases";

const YEAR = 2025;
const TEXTS = ["", "Solbakken", "Plejefamilien Ærø", "Åbo Øst", "B", "Kommunens eget tilbud (intern)", "5.28.23", "Rådgiver ØÅ", "x~y", "Ünïcødé ≠ ascii", "ab"];

/** Random cases with leverandør and rådgiver texts of every shape (empty, one letter, æøå, characters outside the list). */
function variedCases(seed: number, n: number): CaseRow[] {
  const rnd = prng(seed);
  return randomCases(seed, n, YEAR).map((c) => ({ ...c, leverandoer: TEXTS[Math.floor(rnd() * TEXTS.length)], raadgiver: TEXTS[Math.floor(rnd() * TEXTS.length)] }));
}

describe("the case checksum on the sheet", () => {
  it("gives core's value in every Kontrol cell and in Nøgletal's live sum; a swap, an edit and a compensating pair each flip the flag", async () => {
    // 60 rows here, 200 in `npm run test:deep` (test/deep/checksum.deep.ts runs this file at full size).
    const cases = variedCases(21, size(60, 200));
    const { d, n } = build(cases);
    const { wb } = await names([d.spec, n.spec]);
    const sheet = wb.hf.getSheetId(d.layout.sheetName)!;
    const check = d.layout.helperCols.check;
    for (const { row, caseRow } of d.layout.caseRows) expect([row, wb.at(d.layout.sheetName, row, check)]).toEqual([row, checksumTerm(caseRow)]);
    // The empty rows for new cases count 0.
    expect(wb.at(d.layout.sheetName, d.layout.spareFrom, check)).toBe(0);
    expect(wb.workbookName("Styringsark_opdateret")).toBe(true);
    expect(d.layout.checksum).toBe(casesChecksum(cases));

    const rows = d.layout.caseRows;
    const set = (row: number, col: number, v: unknown) => wb.hf.setCellContents({ sheet, row, col }, [[v as number]]);
    // Each edit as one batch: HyperFormula recalculates once per batch, as Excel does once per paste.
    const flips = (label: string, edit: () => void, undo: () => void) => {
      wb.hf.batch(edit);
      expect([label, wb.workbookName("Styringsark_opdateret")]).toEqual([label, false]);
      wb.hf.batch(undo);
      expect([label, wb.workbookName("Styringsark_opdateret")]).toEqual([label, true]);
    };
    const rnd = prng(5);
    const { cpr, takst, start, stop, leverandoer, foranstaltning, konto } = d.layout.cols;
    for (let k = 0; k < 3; k++) {
      const a = rows[Math.floor(rnd() * rows.length)], b = rows[Math.floor(rnd() * rows.length)];
      for (const col of [cpr, takst, start, leverandoer, foranstaltning, konto]) {
        const va = wb.hf.getCellSerialized({ sheet, row: a.row, col }), vb = wb.hf.getCellSerialized({ sheet, row: b.row, col });
        if (va === vb) continue;
        // A swap between two rows, as a correction of two cpr-numre.
        flips(`swap ${col} ${a.row}/${b.row}`, () => { set(a.row, col, vb); set(b.row, col, va); }, () => { set(a.row, col, va); set(b.row, col, vb); });
      }
    }
    const x = rows[0], y = rows[1];
    flips("takst +100 / −100", () => { set(x.row, takst, x.caseRow.takst + 100); set(y.row, takst, y.caseRow.takst - 100 < 0 ? y.caseRow.takst + 0.5 : y.caseRow.takst - 100); }, () => { set(x.row, takst, x.caseRow.takst); set(y.row, takst, y.caseRow.takst); });
    const open = rows.find((r) => r.caseRow.stop >= OPEN_END)!;
    flips("stop typed", () => set(open.row, stop, 45900), () => set(open.row, stop, null));
  });

  it.each([["among the cases", 2], ["right above the current total, below the empty rows", -1]] as const)(
    "a case typed into a row inserted %s (no formulas in it) makes the sheet say so and Nøgletal not up to date",
    async (_where, offset) => {
      const { d, n } = build(variedCases(8, 20));
      const { wb } = await names([d.spec, n.spec]);
      const sheet = wb.hf.getSheetId(d.layout.sheetName)!;
      const at = offset > 0 ? d.layout.casesFrom + offset : d.layout.currentTotalRow;
      wb.hf.addRows(sheet, [at, 1]);
      const uc = d.layout.unformulatedCountCell;
      expect([wb.at(d.layout.sheetName, uc.row, uc.col), wb.workbookName("Styringsark_opdateret")]).toEqual([0, true]);
      wb.hf.setCellContents({ sheet, row: at, col: 0 }, [["'650190-1005", "Ny", "Plejefamilie", "5.28.20", null, null, "aktuel", 30000, "måned", 45717, null]]);
      expect([wb.at(d.layout.sheetName, uc.row, uc.col), wb.workbookName("Styringsark_opdateret")]).toEqual([1, false]);
      expect(String(wb.at(n.layout.sheetName, n.layout.alertCell.row, n.layout.alertCell.col))).toMatch(/^HÅP ER IKKE OPDATERET/);
    },
  );
});
