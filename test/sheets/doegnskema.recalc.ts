// Døgnskema formulas recalculated by HyperFormula against hand calculations and src/core (docs/domain.md §4).
import { doegnskemaTotals, parseFrequency, parseRatio, ataHoursPerWeek, FREQUENCIES } from "../../src/core";
import { buildDoegnskema, buildDoegnskemaSummary, frequencyFormula, locateDoegnskema, ratioFormula, type DoegnskemaActivity } from "../../src/sheets/doegnskema";
import { buildBudgetmodel, budgetmodelRef } from "../../src/sheets/budgetmodel";
import { a1 } from "../../src/sheets/a1";
import type { SheetSpec } from "../../src/sheets/spec";
import { botilbudA } from "../../src/cli/botilbudA";
import { recalcOnce, recalcXlsx, writeForRecalc } from "../support/recalc";

// Hours per week = minutes × occurrences / N / 60 (hand calculation per row):
const cases: [DoegnskemaActivity, number][] = [
  [{ tidsrum: "Morgen", beskrivelse: "Personlig hygiejne", lovgrundlag: "SEL § 85", start: "07:30", hyppighed: "Alle ugens 7 dage", minutter: 30, normering: "1:1" }, 3.5], // 30×7/1/60
  [{ tidsrum: "Formiddag", beskrivelse: "Træning i gruppe", lovgrundlag: "SEL § 85", hyppighed: "Hverdage", minutter: 45, normering: "1:3", form: "Fælles" }, 1.25], // 45×5/3/60
  [{ tidsrum: "Eftermiddag", beskrivelse: "Indkøb", hyppighed: "Weekend", minutter: 60, normering: "1:1" }, 2], // 60×2/60
  [{ tidsrum: "Middag", beskrivelse: "Samtale med kontaktperson", hyppighed: "Månedligt", minutter: 60, normering: "1:1", droeftes: true }, 12 / 52], // 60×(12/52)/60
  [{ tidsrum: "Aften", beskrivelse: "Fællesspisning", hyppighed: "2 gange ugentligt", minutter: 90, normering: "1:3" }, 1], // 90×2/3/60
  [{ tidsrum: "Aften", beskrivelse: "Madlavning", hyppighed: "Fredag", minutter: 120, normering: "1:2", droeftes: true }, 1], // 120×1/2/60
  [{ tidsrum: "Nat", beskrivelse: "Tilsyn", lovgrundlag: "SUL § 138", hyppighed: "5 gange ugentligt", minutter: 12, normering: "1:1" }, 1], // 12×5/60: not in the list, read from the text
  [{ tidsrum: "Morgen", beskrivelse: "Forflytning (to-mandsbetjening)", hyppighed: "Hverdage", minutter: 15, normering: "2:1" }, 2.5], // 15×5×2/1/60
  [{ tidsrum: "Eftermiddag", beskrivelse: "Tur ud af huset", hyppighed: "Weekend", minutter: 90, normering: "2:3" }, 2], // 90×2×2/3/60
];
const activities = cases.map(([a]) => a);
const perWeek = cases.reduce((s, [, h]) => s + h, 0); // 14,480769…

describe("Døgnskema recalculated", () => {
  const built = buildDoegnskema({ borger: "Borger A", tilbud: "Botilbud A", ydelsespakke: "Funktionsniveau 3", udmaaltTimerPrUge: 8, activities, ataTimepris: 501, generatedOn: 45000 });
  const { spec, layout } = built;
  // The first two tests read the same sheet and neither edits it: recalculated once.
  const recalc = recalcOnce(() => writeForRecalc([spec]));

  it("gives each row's hours per week and per year as computed by hand and by core", async () => {
    const wb = await recalc();
    cases.forEach(([a, hours], i) => {
      const r = layout.firstActivityRow + i;
      const f = parseFrequency(a.hyppighed), n = parseRatio(a.normering);
      if (!f.ok || !n.ok) throw new Error("core afviste rækken");
      expect(wb.num(spec.name, a1(r, layout.cols.gange))).toBeCloseTo(f.value, 10);
      expect(wb.num(spec.name, a1(r, layout.cols.n))).toBe(n.value);
      expect(wb.num(spec.name, a1(r, layout.cols.timerUge))).toBeCloseTo(hours, 10);
      expect(wb.num(spec.name, a1(r, layout.cols.timerUge))).toBeCloseTo(ataHoursPerWeek({ minutter: a.minutter, gangePrUge: f.value, normering: n.value }), 10);
      expect(wb.num(spec.name, a1(r, layout.cols.timerAar))).toBeCloseTo((hours * 365) / 7, 6);
    });
    // Empty rows count 0.
    expect(wb.num(spec.name, a1(layout.lastActivityRow, layout.cols.timerUge))).toBe(0);
  });

  it("totals against the granted hours, in hours and in kroner at the ATA-timepris", async () => {
    const wb = await recalc();
    const s = layout.summary;
    const at = (r: number) => wb.num(spec.name, a1(r, 1));
    // 14,480769 h/week; × 365/7 = 755,0687 h/year; granted 8 × 365/7 = 417,1429; difference
    // 337,92582 h × 501 = 169.300,84 kr.
    expect(at(s.deliveredWeek)).toBeCloseTo(perWeek, 8);
    expect(at(s.deliveredYear)).toBeCloseTo(755.0687, 4);
    expect(at(s.grantedYear)).toBeCloseTo(417.1429, 4);
    expect(at(s.differenceWeek)).toBeCloseTo(6.480769, 6);
    expect(at(s.differenceYear)).toBeCloseTo(337.9258, 4);
    expect(at(s.differenceKr)).toBeCloseTo(169300.84, 2);
    expect(at(s.toDiscuss)).toBe(2);
    const core = doegnskemaTotals(activities, 8, 501);
    if (!core.ok) throw new Error(core.problem.message);
    expect(at(s.differenceKr)).toBeCloseTo(core.value.differenceKr, 2);
    expect(at(s.deliveredYear)).toBeCloseTo(core.value.perYear, 8);
  });

  it("has drop-downs with docs/domain.md §4's frequency texts and the ratios, and is protected", () => {
    const byCol = (c: number) => spec.validations!.find((v) => v.rect.col === c && v.rect.row === layout.firstActivityRow)!;
    expect(byCol(layout.cols.hyppighed).rule).toEqual({ type: "list", values: FREQUENCIES.map(([t]) => t) });
    expect(byCol(layout.cols.normering).rule).toEqual({ type: "list", values: ["1:1", "1:2", "1:3", "1:4", "1:5", "1:6", "1:8", "2:1", "2:3", "3:1"] });
    expect(byCol(layout.cols.minutter).rule).toEqual({ type: "decimal", min: 0 });
    expect(spec.protect).toBe(true);
  });

  it("reads a ratio Excel turned into a time (1:3 → 01:03, 2:1 → 02:01), M:N as N ÷ M, and rejects 1:flere", async () => {
    const probe: SheetSpec = {
      name: "Probe", kind: "test", formats: [],
      blocks: [{ kind: "cells", row: 0, col: 0, cells: [
        [63 / 1440, { f: ratioFormula("A1") }],
        ["1:4", { f: ratioFormula("A2") }],
        ["1:flere", { f: ratioFormula("A3") }],
        ["Hverdage", { f: frequencyFormula("A4", "$D$4:$E$5") }, null, "Hverdage", 5],
        [3, { f: frequencyFormula("A5", "$D$4:$E$5") }, null, "Weekend", 2],
        ["hver anden dag", { f: frequencyFormula("A6", "$D$4:$E$5") }],
        [121 / 1440, { f: ratioFormula("A7") }],
        ["2:3", { f: ratioFormula("A8") }],
        ["0:1", { f: ratioFormula("A9") }],
      ] }],
    };
    const wb = await recalcXlsx(await writeForRecalc([probe]));
    expect(wb.num("Probe", "B1")).toBe(3);
    expect(wb.num("Probe", "B2")).toBe(4);
    expect(typeof wb.value("Probe", "B3")).toBe("object"); // #VALUE!: N must be given
    expect(wb.num("Probe", "B4")).toBe(5);
    expect(wb.num("Probe", "B5")).toBe(3);
    expect(wb.num("Probe", "B6")).toBe(0);
    expect(wb.num("Probe", "B7")).toBe(0.5);
    expect(wb.num("Probe", "B8")).toBe(1.5);
    expect(typeof wb.value("Probe", "B9")).toBe("object"); // #DIV/0!: no staff
  });
});

describe("Døgnskemaer summary with the budget model", () => {
  it("sums granted and delivered hours per provider and compares with the staff's ATA capacity", async () => {
    const bm = buildBudgetmodel(botilbudA(), { generatedOn: 45000 });
    const timepris = { ref: budgetmodelRef(bm.layout, "ataTimepris") };
    const a = buildDoegnskema({ borger: "Borger A", tilbud: "Botilbud A", ydelsespakke: "Funktionsniveau 3", udmaaltTimerPrUge: 8, activities, ataTimepris: timepris, generatedOn: 45000 });
    const b = buildDoegnskema({
      borger: "Borger B", tilbud: "Botilbud A", ydelsespakke: "Funktionsniveau 5", udmaaltTimerPrUge: 20, ataTimepris: timepris, generatedOn: 45000,
      activities: [{ tidsrum: "Morgen", beskrivelse: "Morgenrutine", hyppighed: "Dagligt", minutter: 60, normering: "1:1" }], // 7 h/week
    });
    const sum = buildDoegnskemaSummary({
      tilbud: "Botilbud A", skemaer: [a.layout, b.layout], generatedOn: 45000,
      staffAtaHours: { ref: budgetmodelRef(bm.layout, "staffAtaHours") }, ataTimepris: timepris,
    });
    const wb = await recalcXlsx(await writeForRecalc([bm.spec, a.spec, b.spec, sum.spec]));
    const s = sum.layout.sheetName;
    const at = (r: number, c: number) => wb.num(s, a1(r, c));
    const tp = 25528776 / (42.07 * 1211.48); // 500,8886…
    expect(wb.value(s, a1(sum.layout.firstRow + 1, 0))).toBe("Borger B");
    // Granted: (8 + 20) × 365/7 = 1.460 h/year; delivered (14,480769 + 7) × 365/7 = 1.120,0687.
    expect(at(sum.layout.totalRow, 4)).toBeCloseTo(1460, 6);
    expect(at(sum.layout.totalRow, 5)).toBeCloseTo(((perWeek + 7) * 365) / 7, 6);
    expect(at(sum.layout.totalRow, 7)).toBeCloseTo((((perWeek + 7 - 28) * 365) / 7) * tp, 2);
    const cap = sum.layout.capacity;
    expect(at(cap.staffAtaHours, 1)).toBeCloseTo(50966.9636, 4);
    expect(at(cap.timepris, 1)).toBeCloseTo(tp, 6);
    // 50.966,96 − 1.460 = 49.506,96 hours of capacity above what the two døgnskemaer grant.
    expect(at(cap.overDelivery, 1)).toBeCloseTo(49506.9636, 4);
    expect(at(cap.overDeliveryKr, 1)).toBeCloseTo(49506.9636 * tp, 2);
  });
});

describe("locateDoegnskema", () => {
  it("finds a generated døgnskema's cells again from its column A", () => {
    const { layout, spec } = buildDoegnskema({ borger: "B", tilbud: "T", ydelsespakke: "", udmaaltTimerPrUge: 1, activities, ataTimepris: 1, generatedOn: 45000 });
    const columnA: unknown[] = [];
    for (const b of spec.blocks) if (b.kind === "cells" && b.col === 0) b.cells.forEach((r, i) => { columnA[b.row + i] = r[0]; });
    expect(locateDoegnskema(spec.name, columnA)).toEqual(layout);
    expect(locateDoegnskema(spec.name, ["noget andet"])).toBeNull();
  });
});
