// Formula check of "Portefølje 2025" and "Økonomitjek 2025-10": recalculated by HyperFormula, the
// native formulas give the hand-counted figures and agree with core; CPR is masked by default.
import { adviserChanges, adviserPortfolio, compareSnapshots, CHANGE_KINDS, haap, OPEN_END, pseudonym, yearEnd, yearStart, ymdToDay, type CaseRow } from "../../src/core";
import { buildDisponering } from "../../src/sheets/disponering";
import { buildNoegletal } from "../../src/sheets/noegletal";
import { buildPortefoelje } from "../../src/sheets/portefoelje";
import { buildOekonomitjek } from "../../src/sheets/oekonomitjek";
import { recalcXlsx, writeForRecalc } from "../support/recalc";
import { LAST_MONTH, LAST_QUARTER, NOW } from "../support/raadgiverHistorik";
import { smallKommune, snapshotBefore, snapshotNow } from "../support/smallKommune";

describe("Portefølje 2025 recalculated", () => {
  const withoutAdviser: CaseRow[] = [...smallKommune(), { ...smallKommune()[4], row: 9, cpr: "680190-1008", navn: "H", raadgiver: "" }];

  it("counts a borger with two rådgivere once in I alt: HÅP and GNS-pris are the workbook's names", async () => {
    // A (610190-1001, AKJ all year) also has a kontaktperson from 01.07 with BMH: per rådgiver A counts
    // at both, but I alt is 1 + 184/365 (B) + 181/365 (C) + 31/365 (D) helårspersoner, not 1,5 more.
    const cases: CaseRow[] = [...smallKommune(), {
      ...smallKommune()[3], row: 7, cpr: "610190-1001", navn: "A", raadgiver: "BMH", start: ymdToDay(2025, 7, 1), stop: OPEN_END,
    }];
    const disp = buildDisponering({ year: 2025, cases, generatedOn: 45000 });
    const n = buildNoegletal({ year: 2025, disponering: disp.layout, generatedOn: 45000 });
    // Unmasked, the report links to the workbook's names; masked, it shows the core's value of the same figures.
    const pf = buildPortefoelje({ year: 2025, cases, disponering: disp.layout, generatedOn: 45000, maskCpr: false });
    const masked = buildPortefoelje({ year: 2025, cases, disponering: disp.layout, generatedOn: 45000, sheetName: "Maskeret" });
    const wb = await recalcXlsx(await writeForRecalc([disp.spec, n.spec, pf.spec, masked.spec]));
    for (const c of [1, 2, 3, 4]) expect(wb.at("Maskeret", masked.layout.totalRow, c) as number).toBeCloseTo(wb.at(pf.layout.sheetName, pf.layout.totalRow, c) as number, 6);
    const s = pf.layout.sheetName;
    const perAdviser = pf.layout.advisers.reduce((sum, _a, i) => sum + (wb.at(s, pf.layout.adviserRow + i, 3) as number), 0);
    expect(perAdviser).toBeCloseTo(1 + 184 / 365 + 365 / 365 + 31 / 365, 9);
    expect(wb.at(s, pf.layout.totalRow, 0)).toBe("I alt (hver borger én gang)");
    // Six case rows of four persons (A has two rows at AKJ and one at BMH): I alt counts antal borgere,
    // not the rådgivere's case rows, and says so in its format.
    const sager = pf.layout.advisers.reduce((sum, _a, i) => sum + (wb.at(s, pf.layout.adviserRow + i, 2) as number), 0);
    expect([sager, wb.at(s, pf.layout.totalRow, 2), wb.at("Maskeret", masked.layout.totalRow, 2)]).toEqual([6, 4, 4]);
    expect(pf.spec.formats.find((f) => f.rect.row === pf.layout.totalRow && f.rect.col === 2 && f.numberFormat)?.numberFormat).toBe('#,##0 "borgere"');
    expect(wb.at(s, pf.layout.totalRow, 3) as number).toBeCloseTo(1 + (184 + 181 + 31) / 365, 9);
    expect(wb.at(s, pf.layout.totalRow, 3)).toBeCloseTo(haap(cases, yearStart(2025), yearEnd(2025), "dage"), 9);
    expect(wb.at(s, pf.layout.totalRow, 4)).toBe(wb.workbookName("GNS_pris_2025"));
    // Up to date: the red line is empty.
    expect(wb.value(s, "C3")).toBe("");
  });

  it("gives cases, HÅP, disposed amount and GNS-pris per rådgiver as core does, CPR masked", async () => {
    const disp = buildDisponering({ year: 2025, cases: withoutAdviser, generatedOn: 45000 });
    const pf = buildPortefoelje({ year: 2025, cases: withoutAdviser, disponering: disp.layout, generatedOn: 45000, topN: 2, pseudonymSecret: "hemmelig" });
    const wb = await recalcXlsx(await writeForRecalc([disp.spec, pf.spec]));
    const s = pf.layout.sheetName;
    const core = adviserPortfolio(withoutAdviser, 2025, 2);
    expect(pf.layout.advisers).toEqual(["(uden rådgiver)", "AKJ", "BMH", "CLS"]);
    core.forEach((f, i) => {
      const r = pf.layout.adviserRow + i;
      expect(wb.at(s, r, 1) as number).toBeCloseTo(f.disposed, 2);
      expect(wb.at(s, r, 2)).toBe(f.sager);
      expect(wb.at(s, r, 3) as number).toBeCloseTo(f.haap, 9);
      expect(wb.at(s, r, 4) as number).toBeCloseTo(f.gnsPris!, 2);
    });
    // Hand count: AKJ 2 cases, 390.000, 1 HÅP; BMH 600.000 over (184 + 181)/365 = 1 HÅP.
    expect(wb.at(s, pf.layout.adviserRow + 1, 1) as number).toBeCloseTo(390000, 6);
    expect(wb.at(s, pf.layout.adviserRow + 2, 4) as number).toBeCloseTo(600000, 6);
    expect(wb.at(s, pf.layout.totalRow, 1) as number).toBeCloseTo(1021000 + 31000, 6);
    // BMH's most expensive case is B (552.000), shown by its pseudonym and without its name.
    const bmh = pf.layout.topRows.filter((t) => t.raadgiver === "BMH");
    expect(bmh.map((t) => t.caseRow.navn)).toEqual(["B", "C"]);
    expect(wb.at(s, bmh[0].row, 1)).toBe(pseudonym(bmh[0].caseRow.cpr, "hemmelig"));
    expect(wb.at(s, bmh[0].row, 2)).toBeNull();
    expect(wb.at(s, bmh[0].row, 7) as number).toBeCloseTo(552000, 6);
    const texts = [...Array(60).keys()].flatMap((r) => [...Array(8).keys()].map((c) => wb.at(s, r, c)));
    expect(texts.filter((v) => typeof v === "string" && /\d{6}-\d{4}/.test(v))).toEqual([]);
  });

  it("shows full CPR only when asked", async () => {
    const disp = buildDisponering({ year: 2025, cases: smallKommune(), generatedOn: 45000 });
    const pf = buildPortefoelje({ year: 2025, cases: smallKommune(), disponering: disp.layout, generatedOn: 45000, maskCpr: false });
    const wb = await recalcXlsx(await writeForRecalc([disp.spec, pf.spec]));
    expect(wb.at(pf.layout.sheetName, pf.layout.topRows[0].row, 1)).toBe("610190-1001");
  });
});

describe("Portefølje 2025: per rådgiver over time, recalculated", () => {
  const comparisons = [{ label: "Sidste måned (2025-09)", cases: LAST_MONTH }, { label: "Samme måned sidste kvartal (2025-07)", cases: LAST_QUARTER }];

  it("gives now, then and the change per rådgiver as core and the hand count, now linked to the table above", async () => {
    const disp = buildDisponering({ year: 2025, cases: NOW, generatedOn: 45000 });
    const n = buildNoegletal({ year: 2025, disponering: disp.layout, generatedOn: 45000 });
    const pf = buildPortefoelje({ year: 2025, cases: NOW, disponering: disp.layout, generatedOn: 45000, maskCpr: false, comparisons });
    const shared = buildPortefoelje({ year: 2025, cases: NOW, disponering: disp.layout, generatedOn: 45000, comparisons, valuesOnly: true, sheetName: "Værdier" });
    const wb = await recalcXlsx(await writeForRecalc([disp.spec, n.spec, pf.spec, shared.spec]));
    const s = pf.layout.sheetName;
    const rows = pf.layout.changeRows;
    expect(rows.map((r) => `${r.raadgiver} ${r.figure}`)).toEqual(["AKJ", "BMH", "CLS"].flatMap((a) => ["sager", "personer", "haap", "disposed"].map((m) => `${a} ${m}`)));
    const at = (raadgiver: string, figure: string, col: number) => wb.at(s, rows.find((r) => r.raadgiver === raadgiver && r.figure === figure)!.row, col) as number;
    // Since last month (cols 3–4): AKJ +1 sag, +184/365 HÅP, +300.000; BMH −120.000; CLS gone: −1 HÅP.
    expect([at("AKJ", "sager", 2), at("AKJ", "sager", 3), at("AKJ", "sager", 4)]).toEqual([2, 1, 1]);
    expect(at("AKJ", "haap", 4)).toBeCloseTo(184 / 365, 9);
    expect(at("AKJ", "disposed", 4)).toBeCloseTo(300_000, 2);
    expect(at("BMH", "disposed", 4)).toBeCloseTo(-120_000, 2);
    expect([at("CLS", "haap", 2), at("CLS", "haap", 3), at("CLS", "haap", 4)]).toEqual([0, 1, -1]);
    // Since last quarter (cols 5–6): A moved from BMH to AKJ.
    expect(at("AKJ", "disposed", 6)).toBeCloseTo(1_500_000, 2);
    expect(at("BMH", "disposed", 6)).toBeCloseTo(360_000 - 1_200_000, 2);
    // Every cell equals core, and the file with values only shows the same.
    const core = adviserChanges(NOW, [LAST_MONTH, LAST_QUARTER], 2025);
    for (const r of rows) {
      const c = core.find((x) => x.raadgiver === r.raadgiver)!;
      const want = [c.now[r.figure], c.then[0][r.figure], c.change[0][r.figure], c.then[1][r.figure], c.change[1][r.figure]];
      want.forEach((v, i) => {
        expect([r.raadgiver, r.figure, i, wb.at(s, r.row, 2 + i)]).toEqual([r.raadgiver, r.figure, i, expect.closeTo(v, 6)]);
        expect(wb.at("Værdier", shared.layout.changeRows.find((x) => x.raadgiver === r.raadgiver && x.figure === r.figure)!.row, 2 + i)).toBeCloseTo(v, 6);
      });
    }
    // "Now" is the table above's figure where it shows one (AKJ's disposed amount), not a second computation.
    const akjDisposed = rows.find((r) => r.raadgiver === "AKJ" && r.figure === "disposed")!.row;
    const block = pf.spec.blocks.find((b) => b.kind === "cells" && b.row === akjDisposed) as { cells: unknown[][] };
    expect(block.cells[0][2]).toEqual({ f: `B${pf.layout.adviserRow + 1 + pf.layout.advisers.indexOf("AKJ")}` });
  });

  it("says so when there is no snapshot to compare with", () => {
    const disp = buildDisponering({ year: 2025, cases: NOW, generatedOn: 45000 });
    const pf = buildPortefoelje({ year: 2025, cases: NOW, disponering: disp.layout, generatedOn: 45000 });
    expect(pf.layout.changeRows).toEqual([]);
    const texts = pf.spec.blocks.flatMap((b) => (b.kind === "cells" ? b.cells.flat() : []));
    expect(texts).toContain("Ingen gemte sagsbilleder at sammenligne med endnu: Opdatér måned gemmer sagslisten hver måned.");
  });
});

describe("Økonomitjek 2025-10 recalculated", () => {
  const input = { year: 2025, month: 10, before: snapshotBefore(), now: snapshotNow(), beforeLabel: "Sager september", nowLabel: "Sager", generatedOn: 45000, topN: 2 };

  it("gives the hand-counted tilgang, afgang and changes with their effect on the forventet regnskab", async () => {
    const { spec, layout } = buildOekonomitjek(input);
    expect(spec.name).toBe("Økonomitjek 2025-10");
    const wb = await recalcXlsx(await writeForRecalc([spec]));
    const s = layout.sheetName;
    // The banner says how the two months were paired (docs/domain.md §4).
    expect(String(wb.value(s, "A2"))).toContain("Sager parres på sags-id, ellers på cpr-nummer, foranstaltning, konto og leverandør med nærmeste startdato.");
    const kinds = CHANGE_KINDS.map((_k, i) => [wb.at(s, layout.summaryRow + i, 0), wb.at(s, layout.summaryRow + i, 2)]);
    expect(kinds).toEqual([["Tilgang", 1], ["Afgang", 1], ["Takstændring", 1], ["Ændret startdato", 1], ["Ændret stopdato", 1], ["Takst og stopdato ændret", 1], ["Uændret", 2]]);
    const effect = (i: number) => wb.at(s, layout.summaryRow + i, 1) as number;
    expect(effect(0)).toBeCloseTo(552000, 6); // B
    expect(effect(1)).toBeCloseTo(-1825000, 6); // E
    expect(effect(2)).toBeCloseTo(3000, 6);
    expect(effect(3)).toBeCloseTo(50000 - 55000, 6); // F starts 01.03 instead of 01.02: one line, −5.000
    expect(effect(4)).toBeCloseTo(-48000, 6);
    expect(effect(5)).toBeCloseTo(-652500, 6);
    expect(wb.at(s, layout.totalsRow, 1) as number).toBeCloseTo(3124000, 6);
    expect(wb.at(s, layout.totalsRow + 1, 1) as number).toBeCloseTo(1148500, 6);
    expect(wb.at(s, layout.totalsRow + 2, 1) as number).toBeCloseTo(-1975500, 6);
    // Largest rise B, largest fall E: masked, a pseudonym (no secret given: "(skjult)") and no name.
    expect(wb.at(s, layout.upRow, 1)).toBe("(skjult)");
    expect(wb.at(s, layout.upRow, 4) as number).toBeCloseTo(552000, 6);
    // Navn (skjult) stays empty: a bare reference to the empty name cell would show 0 in Excel and
    // LibreOffice (HyperFormula alone says null for it), so the list says "" (an empty text).
    expect(wb.at(s, layout.downRow, 2)).toBe("");
    expect(wb.at(s, layout.upRow, 2)).toBe("");
    expect(layout.changes[0].now?.navn ?? layout.changes[0].before?.navn).toBeTruthy();
    expect(wb.at(s, layout.downRow + 1, 4) as number).toBeCloseTo(-652500, 6);
  });

  it("computes every case's amount before and now as core does (all four units, open and closed stops)", async () => {
    const uge = snapshotNow().map((c, i) => ({ ...c, enhed: (["måned", "døgn", "uge", "år"] as const)[i % 4], start: c.start + 17 * i }));
    const { spec, layout } = buildOekonomitjek({ ...input, before: snapshotBefore(), now: uge });
    const wb = await recalcXlsx(await writeForRecalc([spec]));
    const report = compareSnapshots(snapshotBefore(), uge, 2025);
    layout.changes.forEach((ch, i) => {
      expect(wb.at(layout.sheetName, layout.tableRow + i, layout.cols.foer) as number).toBeCloseTo(ch.amountBefore, 2);
      expect(wb.at(layout.sheetName, layout.tableRow + i, layout.cols.nu) as number).toBeCloseTo(ch.amountNow, 2);
    });
    expect(wb.at(layout.sheetName, layout.totalsRow + 2, 1) as number).toBeCloseTo(report.totalEffect, 2);
  });
});
