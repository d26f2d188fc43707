// `npm run demo`'s workbook for Eksempel Kommune, written to .xlsx and recalculated by HyperFormula
// once for this whole file (building and recalculating it is the slowest step of the unit tests),
// then checked sheet by sheet against core:
// - Disponering and Nøgletal 2025: totals, HÅP and GNS-pris;
// - Overblik, Portefølje and Økonomitjek: every foranstaltning and rådgiver, and exactly the changes
//   the generator of last month's copy made (test/support/forrigeMaaned.ts);
// - Prognose: links to Disponering 2025 and Risikosager, every konto's forventet regnskab and the
//   variance split;
// - Budgetmodel Botilbud A and its døgnskemaer: docs/domain.md §5's figures through their names.
import {
  adviserChanges, adviserPortfolio, ageByMonth, ageYears, applyAgeLimits, yearEndSnapshot, compareSnapshots, disposedAmount, forventetRegnskabWithBooked, formatKr, formatNumber, haap, keyFigures, foranstaltningSeries, monthlyShares, monthlyTotals, personsInPeriod,
  leverandoerYear, readAssumptions, readLeverandoerTypes, readMonthSeries, readRegnskab, readRiskCases, yearEnd, yearStart, ymdToDay,
} from "../../src/core";
import { buildDemoAnalyser } from "../../src/cli/demoAnalyser";
import { buildDemoWorkbook, DEMO_YEAR, readCaseCsv } from "../../src/cli/demoWorkbook";
import { EKSEMPEL_CSV } from "../../src/flows/eksempel";
import { buildDemoOverblik, DEMO_PREVIOUS_CSV } from "../../src/cli/demoOverblik";
import { buildPrognoseDemo, demoBooked, readPrognoseDemoData, readTableCsv } from "../../src/cli/prognoseDemo";
import { buildPrognosePackage } from "../../src/sheets/prognosePackage";
import { a1 } from "../../src/sheets/a1";
import { buildDisponering } from "../../src/sheets/disponering";
import { buildNoegletal } from "../../src/sheets/noegletal";
import { type Recalculated, recalcXlsx, writeForRecalc } from "../support/recalc";
import { expectBotilbudAFigures } from "../support/botilbudA";
import { previousMonthCsv, RATE_CHANGED, REMOVED_NOW, STOP_CHANGED } from "../support/forrigeMaaned";
import { arithmeticErrors, readParagraph } from "../support/budgetTextReader";

// The demo's default date of generation, spelled out because the prognose is relative to it.
const GENERATED_ON = ymdToDay(2025, 11, 1);
const demo = buildDemoWorkbook(GENERATED_ON);
// The workbook's one booked-months state: Forbrug's months of 2025 (through October).
const booked = demoBooked();
let wb: Recalculated;
beforeAll(async () => {
  wb = await recalcXlsx(await writeForRecalc(demo.specs));
}, 120000);

describe("demo workbook: Eksempel Kommune", () => {
  it("contains Disponering 2025 and Nøgletal 2025 whose totals equal core after recalculation", () => {
    expect(demo.specs.slice(0, 2).map((s) => s.name)).toEqual([`Disponering ${DEMO_YEAR}`, `Nøgletal ${DEMO_YEAR}`]);
    // The layouts of the demo's own sheets (the builders are deterministic).
    const d = buildDisponering({ year: DEMO_YEAR, cases: demo.cases, generatedOn: 0, booked: booked.byKonto, bookedMonths: booked.bookedMonths }).layout;
    const n = buildNoegletal({ year: DEMO_YEAR, disponering: d, generatedOn: 0 }).layout;
    const totals = monthlyTotals(demo.cases, DEMO_YEAR);
    totals.forEach((v, m) => expect(wb.num(d.sheetName, a1(d.currentAndExpectedRow, d.firstMonthCol + m))).toBeCloseTo(v, 2));
    // Disposed: every case all year; forventet regnskab: booked jan–okt, disposed nov–dec.
    expect(wb.num(d.sheetName, a1(d.currentAndExpectedRow, d.totalCol))).toBeCloseTo(disposedAmount(demo.cases, yearStart(DEMO_YEAR), yearEnd(DEMO_YEAR)), 2);
    expect(wb.num(d.sheetName, a1(d.grandTotalRow, d.totalCol))).toBeCloseTo(forventetRegnskabWithBooked(demo.cases, booked, DEMO_YEAR), 2);
    const kf = keyFigures(demo.cases, DEMO_YEAR);
    expect(n.byForanstaltning.map((r) => r.name)).toEqual(kf.byForanstaltning.map((f) => f.name));
    n.byForanstaltning.forEach((r, i) => {
      const f = kf.byForanstaltning[i];
      expect(wb.num(n.sheetName, a1(r.row, n.cols.antal))).toBe(f.antal);
      expect(wb.num(n.sheetName, a1(r.row, n.cols.haapDage))).toBeCloseTo(f.haapDage, 8);
      expect(wb.num(n.sheetName, a1(r.row, n.cols.haapMaaneder))).toBeCloseTo(f.haapMaaneder, 8);
      expect(wb.num(n.sheetName, a1(r.row, n.cols.gnsPris))).toBeCloseTo(f.gnsPris.ok ? f.gnsPris.value : NaN, 2);
    });
    n.byKonto.forEach((r, i) => expect(wb.num(n.sheetName, a1(r.row, n.cols.haapDage))).toBeCloseTo(kf.byKonto[i].haapDage, 8));
    expect(wb.num(n.sheetName, a1(n.foranstaltningTotalRow, n.cols.haapDage))).toBeCloseTo(kf.total.haapDage, 8);
    expect(wb.num(n.sheetName, a1(n.foranstaltningTotalRow, n.cols.disponeret))).toBeCloseTo(kf.total.disponeret, 2);
    expect(wb.num(n.sheetName, a1(n.foranstaltningTotalRow, n.cols.gnsPris))).toBeCloseTo((kf.total.gnsPris as { value: number }).value, 2);
  });
});

describe("demo workbook: what the user reads", () => {
  it("names no file and no symbol from the code in any text (legal references such as SEL § 85 are Danish)", () => {
    const texts = new Set<string>();
    for (const spec of demo.specs) {
      for (const b of spec.blocks) {
        if (b.kind !== "cells") continue;
        for (const row of b.cells) {
          for (const c of row) {
            if (typeof c === "string") texts.add(c);
            else if (c && typeof c === "object") for (const m of c.f.matchAll(/"([^"]*)"/g)) texts.add(m[1]);
          }
        }
      }
    }
    const code = /\.(csv|md|ts|tsx|json)\b|λ|DOMAIN|\b[a-z]+[A-Z]\w*\b|=>|[{}`]|§ ?\d+(?! *[a-zæøå])/;
    expect([...texts].filter((t) => code.test(t) && !/\b(SEL|SUL|BL) § \d+/.test(t))).toEqual([]);
  });
});

describe("demo workbook: the hidden record of what was written into the yellow cells", () => {
  it("stands in a column of its own on every sheet that has one: no other cell, fill or chart source is hidden with it", () => {
    const withRecord = demo.specs.filter((s) => (s.hiddenCols ?? []).length > 0);
    expect(withRecord.map((s) => s.kind).sort()).toEqual(["budgetRegnskab", "budgetforudsaetninger", "doegnskema", "doegnskema", "leverandoerer", "noegletal", "overblik", "prognose", "rammetilpasning", "risikosager"]);
    for (const spec of withRecord) {
      const hidden = new Set(spec.hiddenCols);
      const touches = (col: number, cols: number) => [...hidden].some((h) => h >= col && h < col + cols);
      for (const b of spec.blocks) {
        if (b.kind === "fill") {
          expect([spec.name, touches(b.rect.col, b.rect.cols)]).toEqual([spec.name, false]);
          continue;
        }
        const width = Math.max(...b.cells.map((r) => r.length));
        if (!touches(b.col, width)) continue;
        // Only the record column's own cells: its title, and a JSON list (or nothing) per row.
        expect([spec.name, width, b.cells.flat().every((c) => c === null || (typeof c === "string" && (c.startsWith("[") || c.startsWith("Styringsark (skjult kolonne)"))))]).toEqual([spec.name, 1, true]);
      }
      for (const c of spec.charts ?? []) expect([spec.name, touches(c.source.col, c.source.cols)]).toEqual([spec.name, false]);
    }
  });

  it("stays in the same column on Prognose when a month is added (next month's sheet reads last month's record there)", () => {
    const { data } = readPrognoseDemoData(demo.cases);
    const shorter = (m: typeof data.booked) => ({ months: m.months.slice(0, -1), rows: m.rows.map((r) => ({ ...r, values: r.values.slice(0, -1) })) });
    const sep = { ...data, booked: shorter(data.booked), intake: shorter(data.intake) };
    const col = (d: typeof data) => buildPrognosePackage(d, { methods: {}, lambda: { kind: "gennemsnit", months: 12 } }, { generatedOn: demo.generatedOn }).specs.find((x) => x.kind === "prognose")!.hiddenCols;
    expect(col(sep)).toEqual(col(data));
  });
});

describe("demo overview sheets", () => {
  const previous = readCaseCsv(DEMO_PREVIOUS_CSV);
  const ov = buildDemoOverblik(2025, demo.cases, previous, 45962);

  it("bundles last month's copy exactly as its generator derives it", () => {
    expect(EKSEMPEL_CSV[DEMO_PREVIOUS_CSV]).toBe(previousMonthCsv(EKSEMPEL_CSV["eksempel-kommune-sager.csv"]));
    expect(demo.specs.map((s) => s.name)).toEqual(expect.arrayContaining(["Overblik 2025", "Portefølje 2025", "Økonomitjek 2025-10"]));
  });

  it("Overblik: every foranstaltning's monthly amount and HÅP, the shares and the index agree with core", () => {
    const L = ov.overblik.layout;
    const series = foranstaltningSeries(demo.cases, 2025);
    expect(L.names).toEqual(series.map((s) => s.foranstaltning));
    series.forEach((x, i) => {
      for (let m = 0; m < 12; m++) {
        expect(wb.at(L.sheetName, L.disposedRow + i, m + 1) as number).toBeCloseTo(x.disposed[m], 2);
        expect(wb.at(L.sheetName, L.haapRow + i, m + 1) as number).toBeCloseTo(x.haap[m], 9);
        expect(wb.at(L.sheetName, L.prisRow + i, m + 1) as number).toBeCloseTo(x.gnsPris[m]!, 2);
      }
      expect(wb.at(L.sheetName, L.prisRow + i, 13) as number).toBeCloseTo(x.yearGnsPris!, 2);
    });
    const sh = monthlyShares(series);
    for (let m = 0; m < 12; m++) {
      expect(wb.at(L.sheetName, L.plejeRow + m, 1) as number).toBeCloseTo(sh.plejefamilie[m]!, 9);
      expect(wb.at(L.sheetName, L.forebygRow + m, 1) as number).toBeCloseTo(sh.forebyggende[m]!, 9);
    }
    // The years before from the demo's (invented) regnskab table 2022–2024 and its year-end 2024 —
    // never from today's case list. Index, base 2024: 2025's amount ÷ 2024's regnskab × 100.
    expect(L.years).toEqual([2022, 2023, 2024, 2025]);
    const regnskab = readRegnskab(readTableCsv("eksempel-kommune-regnskab.csv")).value;
    const reg = (y: number) => regnskab.filter((r) => r.year === y).reduce((a, r) => a + r.regnskab, 0);
    expect(reg(2024)).toBe(99852354);
    expect(wb.at(L.sheetName, L.yearsRow + 2, 1)).toBe(99852354);
    const h24 = keyFigures(demo.cases, 2024).total.haapDage;
    expect(wb.at(L.sheetName, L.yearsRow + 2, 2) as number).toBeCloseTo(h24, 6);
    expect(wb.at(L.sheetName, L.yearsRow, 2)).toBeNull(); // 2022: regnskab only, no HÅP
    const y25 = disposedAmount(demo.cases, yearStart(2025), yearEnd(2025));
    expect(wb.at(L.sheetName, L.indexRow + 2, 1) as number).toBe(100);
    expect(wb.at(L.sheetName, L.indexRow, 1) as number).toBeCloseTo((reg(2022) / reg(2024)) * 100, 9);
    expect(wb.at(L.sheetName, L.indexRow + 3, 1) as number).toBeCloseTo((y25 / reg(2024)) * 100, 6);
    // Age per month: persons and HÅP per age group as core counts them.
    const age = ageByMonth(demo.cases, 2025);
    L.ageLabels.forEach((label, i) => {
      const g = age.labels.indexOf(label);
      for (let m = 0; m < 12; m++) {
        expect(wb.at(L.sheetName, L.agePersonsRow + i, m + 1)).toBe(age.persons[g][m]);
        expect(wb.at(L.sheetName, L.ageHaapRow + i, m + 1) as number).toBeCloseTo(age.haap[g][m], 9);
      }
    });
  });

  it("Portefølje: per rådgiver figures agree with core", () => {
    const L = ov.portefoelje.layout;
    adviserPortfolio(demo.cases, 2025).forEach((f, i) => {
      expect(wb.at(L.sheetName, L.adviserRow + i, 0)).toBe(f.raadgiver);
      expect(wb.at(L.sheetName, L.adviserRow + i, 1) as number).toBeCloseTo(f.disposed, 2);
      expect(wb.at(L.sheetName, L.adviserRow + i, 2)).toBe(f.sager);
      expect(wb.at(L.sheetName, L.adviserRow + i, 3) as number).toBeCloseTo(f.haap, 9);
    });
  });

  it("Overblik: persons and HÅP per age group of the year closed (2024, invented) as saved", () => {
    const L = ov.overblik.layout;
    const [y] = ageYears(yearEndSnapshot(demo.cases, 2024));
    expect(L.ageYears).toEqual([2024]);
    L.ageYearLabels.forEach((label, g) => {
      expect([label, wb.at(L.sheetName, L.ageYearsPersonsRow + g, 1)]).toEqual([label, y.personer.get(label)]);
      expect(wb.at(L.sheetName, L.ageYearsHaapRow + g, 1) as number).toBeCloseTo(y.haap.get(label)!, 9);
    });
    expect(wb.at(L.sheetName, L.ageYearsPersonsRow + L.ageYearLabels.length, 1)).toBe(y.personerIalt);
  });

  it("Portefølje: per rådgiver now, last month (the bundled September table) and the invented July, with the change, as core", () => {
    const sep = applyAgeLimits(previous.cases).cases;
    const jul = sep.filter((c) => c.start <= ymdToDay(2025, 7, 31));
    const L = buildDemoOverblik(2025, demo.cases, { ...previous, cases: sep }, 45962).portefoelje.layout;
    const core = adviserChanges(demo.cases, [sep, jul], 2025);
    expect(L.changeRows.length).toBe(core.length * 4);
    for (const r of L.changeRows) {
      const c = core.find((x) => x.raadgiver === r.raadgiver)!;
      const want = [c.now[r.figure], c.then[0][r.figure], c.change[0][r.figure], c.then[1][r.figure], c.change[1][r.figure]];
      want.forEach((v, i) => expect([r.raadgiver, r.figure, i, wb.at(L.sheetName, r.row, 2 + i)]).toEqual([r.raadgiver, r.figure, i, expect.closeTo(v, 2)]));
    }
  });

  it("Økonomitjek: finds the generator's changes and their effect", () => {
    const L = ov.oekonomitjek.layout;
    const report = compareSnapshots(previous.cases, demo.cases, 2025);
    const counts = [0, 1, 2, 3, 4, 5].map((i) => wb.at(L.sheetName, L.summaryRow + i, 2));
    // 9 rows starting 10.–31.10.2025 are new; the 2 removed rows are gone; 3 rates and 2 stops changed;
    // no start date moved.
    expect(counts).toEqual([9, REMOVED_NOW.length, RATE_CHANGED.length, 0, STOP_CHANGED.length, 0]);
    expect(wb.at(L.sheetName, L.totalsRow + 2, 1) as number).toBeCloseTo(report.totalEffect, 2);
    expect(wb.at(L.sheetName, L.totalsRow + 1, 1) as number).toBeCloseTo(report.totalNow, 2);
  });
});

describe("demo: Leverandører", () => {
  const built = buildDemoAnalyser(DEMO_YEAR, GENERATED_ON, demo.cases).leverandoerer;
  const L = built.layout;

  it("gives per leverandør what core gives with the invented table of types, the external share named", () => {
    const types = readLeverandoerTypes(readTableCsv("eksempel-kommune-leverandoerer.csv")).value;
    const core = leverandoerYear(demo.cases, DEMO_YEAR, types);
    expect(demo.specs.map((s) => s.name)).toContain(L.sheetName);
    core.leverandoerer.forEach((l, i) => {
      const r = L.firstRow + i, c = L.cols;
      expect([wb.at(L.sheetName, r, c.navn), wb.at(L.sheetName, r, c.type), wb.at(L.sheetName, r, c.sager), wb.at(L.sheetName, r, c.personer)])
        .toEqual([l.leverandoer, l.type, l.sager, l.personer]);
      expect(wb.at(L.sheetName, r, c.haap) as number).toBeCloseTo(l.haap, 9);
      expect(wb.at(L.sheetName, r, c.disposed) as number).toBeCloseTo(l.disposed, 2);
    });
    // Every case of the year is at one leverandør: the amounts add up to the disposed amount of all cases.
    expect(wb.at(L.sheetName, L.typeRows.total, 1) as number).toBeCloseTo(disposedAmount(demo.cases, yearStart(DEMO_YEAR), yearEnd(DEMO_YEAR)), 2);
    expect(wb.at(L.sheetName, L.totalRow, L.cols.haap)).toBe(wb.workbookName(`HÅP_${DEMO_YEAR}`));
    expect(wb.name(L.sheetName, "Ekstern_andel") as number).toBeCloseTo(core.eksternAndel!, 9);
    expect(wb.at(L.sheetName, L.typeRows.ukendt, 1) as number).toBeCloseTo(core.byType.ukendt, 2);
  });
});

describe("demo: prognose, variance split and budget comments", () => {
  const pkg = buildPrognoseDemo(demo.cases, GENERATED_ON);

  it("reads the bundled CSVs without problems", () => {
    expect(pkg.problems).toEqual([]);
    expect(readMonthSeries(readTableCsv("eksempel-kommune-forbrug.csv"), "Forbrug").value.months).toHaveLength(22);
    expect(readRiskCases(readTableCsv("eksempel-kommune-risikosager.csv")).value).toHaveLength(6);
    expect(readAssumptions(readTableCsv("eksempel-kommune-budgetforudsaetninger.csv")).value.map((a) => a.foranstaltning)).toEqual([
      "Plejefamilie", "Netværksplejefamilie", "Opholdssted", "Døgninstitution", "Kontaktperson", "Familiebehandling",
    ]);
    // The prognose sheets are in the demo, together and in this order.
    const names = demo.specs.map((s) => s.name);
    const at = names.indexOf("Budgetforudsætninger");
    expect(names.slice(at, at + 4)).toEqual(["Budgetforudsætninger", "Risikosager", "Prognose 2025-10", "Budgetbemærkninger 2025"]);
    expect(names).toContain("Disponering 2025");
    expect(demo.summary.some((l) => l.startsWith("Budgetbemærkning: Der forventes i 2025 i alt"))).toBe(true);
  });

  it("recalculates every konto's forventet regnskab and the variance split as core computes them", () => {
    const lay = pkg.layouts.prognose;
    expect(pkg.figures.kontos.map((k) => k.method)).toEqual(["disponering", "glidende", "risikosager", "pulje"]);
    for (const { row, konto } of lay.kontoRows) {
      const fig = pkg.figures.kontos.find((k) => k.konto === konto.konto)!;
      if (!fig.forventet.ok) throw new Error(fig.forventet.problem.message);
      expect(wb.num(lay.sheetName, a1(row, lay.cols.forventet))).toBeCloseTo(fig.forventet.value, 2);
      // The disposition link into Disponering 2025 gives core's disposed amount for nov–dec.
      const b = lay.basisRows.find((x) => x.konto === konto.konto)!.row;
      expect(wb.num(lay.sheetName, a1(b, lay.basisCols.disponeret))).toBeCloseTo(fig.disponeretRest, 2);
    }
    for (const { row, line } of lay.varianceRows) {
      const t = pkg.figures.types.find((x) => x.foranstaltning === line.foranstaltning)!;
      expect(wb.num(lay.sheetName, a1(row, lay.varianceCols.maengde))).toBeCloseTo(t.split.maengdeeffekt, 2);
      expect(wb.num(lay.sheetName, a1(row, lay.varianceCols.pris))).toBeCloseTo(t.split.priseffekt, 2);
    }
  });
});

describe("demo: one booked-months state (docs/domain.md §4)", () => {
  const pkg = buildPrognoseDemo(demo.cases, GENERATED_ON);

  it("Disponering and Prognose are booked through the same month, with the same amounts", () => {
    const d = buildDisponering({ year: DEMO_YEAR, cases: demo.cases, generatedOn: 0, booked: booked.byKonto, bookedMonths: booked.bookedMonths }).layout;
    // Forbrug has 2025-01 … 2025-10: both sheets say 10 (Disponering said 0 before).
    expect(booked.bookedMonths).toBe(10);
    expect(wb.num(d.sheetName, a1(d.bookedMonthsCell.row, d.bookedMonthsCell.col))).toBe(10);
    expect(pkg.figures.k).toBe(10);
    expect(pkg.layouts.prognose.sheetName).toBe("Prognose 2025-10");
    // The booked amounts to date per konto are the same on both sheets: Disponering's booked row
    // jan–okt and Prognose's forbrug til dato (5.28.20: 2.691.879 + … + 3.067.080 = 28.622.302 kr. by hand from the Forbrug table).
    const lay = pkg.layouts.prognose;
    for (const { row, konto } of lay.kontoRows) {
      const line = d.bookedByKonto.find((x) => x.name === konto.konto)!;
      const toDate = Array.from({ length: 10 }, (_, m) => wb.num(d.sheetName, a1(line.row, d.firstMonthCol + m))).reduce((x, y) => x + y, 0);
      expect(wb.num(lay.sheetName, a1(row, lay.cols.forbrug))).toBeCloseTo(toDate, 2);
    }
    const k20 = lay.kontoRows.find((r) => r.konto.konto === "5.28.20")!;
    expect(wb.num(lay.sheetName, a1(k20.row, lay.cols.forbrug))).toBe(28_622_302);
    // Konto 5.28.20 is forecast by "disponering": booked + disposed rest, on Prognose as on Disponering.
    const f20 = d.forventetByKonto.find((x) => x.name === "5.28.20")!;
    expect(wb.num(lay.sheetName, a1(k20.row, lay.cols.forventet))).toBeCloseTo(wb.num(d.sheetName, a1(f20.row, d.totalCol)), 2);
  });
});

describe("demo: the budget text multiplies out (docs/domain.md §4 Budget text arithmetic)", () => {
  const pkg = buildPrognoseDemo(demo.cases, GENERATED_ON);

  it("each paragraph, read as a reader reads it, multiplies out, and the recalculated sheet gives its figures", () => {
    const bb = pkg.layouts.budgetbemaerkninger;
    const F = bb.figureCols, S = bb.splitCols;
    expect(pkg.figures.omraader).toHaveLength(2);
    pkg.figures.omraader.forEach((o, i) => {
      const text = String(wb.value(bb.sheetName, a1(bb.textRows[i], 0)));
      expect(text).toBe(o.text);
      expect(arithmeticErrors(text)).toEqual([]);
      const read = readParagraph(text);
      const fig = (c: number) => wb.num(bb.sheetName, a1(bb.figureRows[i], c));
      const split = (c: number) => wb.num(bb.sheetName, a1(bb.splitRows[i], c));
      // Shown to the krone (Excel's ROUND: half away from zero, so compared within half a krone).
      expect(Math.abs(read.prisForventet!.value - fig(F.prisForventet))).toBeLessThanOrEqual(0.5 + 1e-6);
      expect(Math.abs(read.prisBudget!.value - fig(F.prisBudget))).toBeLessThanOrEqual(0.5 + 1e-6);
      expect(Math.abs(read.split!.afvigelse - split(S.afvigelse))).toBeLessThanOrEqual(0.5 + 1e-6);
      expect(split(S.maengde) + split(S.pris)).toBeCloseTo(split(S.afvigelse), 2);
    });
    // Anbringelsesområdet: 122,1 helårsforanstaltninger × 933.828 kr. = 114,02 mio. kr. — the text's
    // 114,0 mio. (it said 950.373 kr. before, the disposed amount per HÅP: 116,0 mio.).
    expect(pkg.figures.omraader[0].text).toContain("122,1 helårsforanstaltninger");
    expect(pkg.figures.omraader[0].text).toContain("gennemsnitspris er 933.828 kr.");
    expect(pkg.figures.omraader[0].text).toContain("Afvigelsen på -547.092 kr.");
  });
});

describe("demo: Budgetmodel Botilbud A", () => {
  it("has the budget model, two døgnskemaer and the summary, and its names give 29.446.776, 755.046, 2.069, 501, 4,4, 765.863 and 3,6 %", () => {
    const names = demo.specs.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Budgetmodel Botilbud A", "Døgnskema Borger A1", "Døgnskema Borger A2", "Døgnskemaer Botilbud A"]));
    const s = "Budgetmodel Botilbud A";
    const n = (name: string) => wb.name(s, name) as number;
    expectBotilbudAFigures(n);
    // Døgnskema Borger A1: 3,5 + 1,25 + 2 + 12/52 + 1 + 70/60 = 9,147436 h/week against 8 granted.
    // The summary's first row (row 5) is Borger A1; Borger A2: 7 + 15×5×2/1/60 = 2,5 (2:1, to-mandsbetjening)
    // + 120×5/2/60 = 5 + 15×7/60 = 1,75 → 16,25 h/week.
    expect(wb.value("Døgnskemaer Botilbud A", "A5")).toBe("Borger A1");
    expect(wb.num("Døgnskemaer Botilbud A", "D5")).toBeCloseTo(9.147436, 6);
    expect(wb.num("Døgnskemaer Botilbud A", "D6")).toBeCloseTo(16.25, 6);
  });
});

// One computation, referenced everywhere (docs/domain.md §4 "Totals of HÅP", §7): every sheet of the
// demo that shows HÅP, GNS-pris, forventet regnskab, budget or afvigelse for the whole budget year
// shows the value of the workbook-level name from Nøgletal, and the summary `npm run demo` prints
// quotes the same numbers. Last in the file: the final test edits the recalculated workbook.
describe("demo: one number everywhere", () => {
  const pkg = buildPrognoseDemo(demo.cases, GENERATED_ON);
  const ov = buildDemoOverblik(2025, demo.cases, readCaseCsv(DEMO_PREVIOUS_CSV), GENERATED_ON);
  const name = (n: string) => wb.workbookName(n) as number;

  it("shows the same HÅP, GNS-pris, forventet regnskab, budget and afvigelse on every sheet and in the summary", () => {
    const a = yearStart(DEMO_YEAR), b = yearEnd(DEMO_YEAR);
    const h = name("HÅP_2025"), pris = name("GNS_pris_2025"), forventet = name("Forventet_regnskab_2025");
    const budget = name("Budget_2025"), afvigelse = name("Afvigelse_2025");
    // The names are core's figures: each person once, the budget table's total.
    expect(h).toBeCloseTo(haap(demo.cases, a, b, "dage"), 7); // HyperFormula keeps ~11 significant digits
    expect(forventet).toBeCloseTo(forventetRegnskabWithBooked(demo.cases, booked, DEMO_YEAR), 1);
    expect(budget).toBe(32_755_000 + 17_399_000 + 47_795_000 + 34_029_000);
    expect(afvigelse).toBeCloseTo(forventet - budget, 1);
    expect(pris).toBeCloseTo(disposedAmount(demo.cases, a, b) / h, 1);
    const O = ov.overblik.layout, P = ov.portefoelje.layout, G = pkg.layouts.prognose;
    const at = (s: string, r: number, c: number) => wb.at(s, r, c);
    // Overblik: I alt of HÅP and GNS-pris, and the budget table's I alt.
    expect(at(O.sheetName, O.haapPersonRow, 13)).toBe(h);
    expect(at(O.sheetName, O.prisTotalRow, 13)).toBe(pris);
    expect([1, 2, 3].map((c) => at(O.sheetName, O.budgetTotalRow, c))).toEqual([budget, forventet, afvigelse]);
    // Portefølje: I alt counts each person once (not the sum over rådgivere).
    expect(at(P.sheetName, P.totalRow, 3)).toBe(h);
    // … and its count is of persons: 261 borgere, not the 320 case rows of the rådgivere (nor is
    // Nøgletal's I alt (hver borger én gang), whose count is the same 261).
    expect(personsInPeriod(demo.cases, a, b)).toBe(261);
    expect(at(P.sheetName, P.totalRow, 2)).toBe(261);
    const N = buildNoegletal({ year: DEMO_YEAR, disponering: buildDisponering({ year: DEMO_YEAR, cases: demo.cases, generatedOn: 0, booked: booked.byKonto, bookedMonths: booked.bookedMonths }).layout, generatedOn: 0 }).layout;
    expect(wb.num(N.sheetName, a1(N.foranstaltningTotalRow, N.cols.antal))).toBe(261);
    expect(at(P.sheetName, P.totalRow, 4)).toBe(pris);
    // Prognose: the headline block, and its budget column is the same budget table.
    const hl = G.headline!;
    expect([hl.forventet, hl.budget, hl.afvigelse, hl.haap, hl.gnsPris].map((x) => wb.value(G.sheetName, x))).toEqual([forventet, budget, afvigelse, h, pris]);
    expect(wb.num(G.sheetName, a1(G.totalRow, G.cols.budget))).toBe(budget);
    // Budgetforudsætninger: its assumptions give 131.978.140; under I alt the budget table's total is
    // Budget_2025 and the −140 kr. the assumptions do not distribute stands on its own line.
    const BF = pkg.layouts.budgetforudsaetninger, bcol = BF.yearCols[0].budget;
    expect(wb.num(BF.sheetName, a1(BF.totalRow, bcol))).toBeCloseTo(131_978_140, 4);
    expect(wb.num(BF.sheetName, a1(BF.budgetRows!.budget, bcol))).toBe(budget);
    expect(wb.num(BF.sheetName, a1(BF.budgetRows!.ikkeFordelt, bcol))).toBeCloseTo(-140, 4);
    // The disposition sheet's own total is the name's source.
    const d = buildDisponering({ year: DEMO_YEAR, cases: demo.cases, generatedOn: 0, booked: booked.byKonto, bookedMonths: booked.bookedMonths }).layout;
    expect(wb.num(d.sheetName, a1(d.grandTotalRow, d.totalCol))).toBe(forventet);
    // The summary quotes the same numbers, as displayed.
    const line = demo.summary.find((l) => l.startsWith(`Hovedtal ${DEMO_YEAR}`))!;
    expect(line).toContain(`HÅP_2025 ${formatNumber(h, 1)},`);
    expect(line).toContain(`GNS_pris_2025 ${formatKr(pris)},`);
    expect(line).toContain(`Forventet_regnskab_2025 ${formatKr(forventet)} (bogført t.o.m. måned 10),`);
    expect(line).toContain(`Budget_2025 ${formatKr(budget)} `);
    expect(line).toContain(`Afvigelse_2025 ${formatKr(afvigelse)}.`);
    // No sum over types is called HÅP: Overblik's is labelled helårsforanstaltninger.
    expect(at(O.sheetName, O.haapTotalRow, 0)).toBe("Helårsforanstaltninger i alt (sum af rækkerne)");
    // Up to date: every red line is empty.
    expect(name("Styringsark_opdateret")).toBe(true);
    expect([at(O.sheetName, O.alertCell.row, O.alertCell.col), wb.value(P.sheetName, "C3"), wb.value(G.sheetName, hl.alertCell), wb.value(pkg.layouts.budgetbemaerkninger.sheetName, "A3")])
      .toEqual(["", "", "", ""]);
  });

  it("ending one case flips Styringsark_opdateret to FALSE and every sheet with kept values says so in red", () => {
    const d = buildDisponering({ year: DEMO_YEAR, cases: demo.cases, generatedOn: 0, booked: booked.byKonto, bookedMonths: booked.bookedMonths }).layout;
    const open = d.caseRows.find((r) => r.caseRow.stop > yearEnd(DEMO_YEAR) && r.caseRow.start < yearStart(DEMO_YEAR))!;
    const before = name("Forventet_regnskab_2025");
    wb.hf.setCellContents({ sheet: wb.hf.getSheetId(d.sheetName)!, row: open.row, col: d.cols.stop }, 45688); // 31.01.2025
    expect(name("Forventet_regnskab_2025")).toBeLessThan(before);
    expect(wb.workbookName("Styringsark_opdateret")).toBe(false);
    const O = ov.overblik.layout, G = pkg.layouts.prognose;
    const banners = [
      wb.at(O.sheetName, O.alertCell.row, O.alertCell.col), wb.value(ov.portefoelje.layout.sheetName, "C3"),
      wb.value(G.sheetName, G.headline!.alertCell), wb.value(pkg.layouts.budgetbemaerkninger.sheetName, "A3"),
    ];
    for (const b of banners) expect(String(b)).toMatch(/^IKKE OPDATERET: sagerne eller året på arket Disponering 2025 er ændret/);
  });
});
