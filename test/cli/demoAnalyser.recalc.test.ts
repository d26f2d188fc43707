// The demo's analyses (docs/domain.md §9) recalculated by HyperFormula agree with core and with hand
// sums of the invented regnskab table of Eksempel Kommune.
import { applyAgeLimits, ymdToDay } from "../../src/core";
import { buildDemoAnalyser } from "../../src/cli/demoAnalyser";
import { readCaseCsv } from "../../src/cli/demoWorkbook";
import { a1 } from "../../src/sheets/a1";
import { type Recalculated, recalcXlsx, writeForRecalc } from "../support/recalc";

// Leverandører refers to the demo's Disponering sheet: it is checked with the whole demo (test/cli/demo.recalc.test.ts).
const demo = buildDemoAnalyser(2025, ymdToDay(2025, 11, 1), applyAgeLimits(readCaseCsv("eksempel-kommune-sager.csv").cases).cases);
let wb: Recalculated;

beforeAll(async () => {
  wb = await recalcXlsx(await writeForRecalc(demo.specs.filter((s) => s.kind !== "leverandoerer")));
}, 60000);

describe("demo: Budget og regnskab", () => {
  it("gives each year's total of the four konti by hand and as core, labelled as invented", () => {
    const { layout, table } = demo.budgetRegnskab;
    const S = layout.sheetName;
    expect(S).toBe("Budget og regnskab");
    expect(wb.at(S, 4, 0)).toBe("Demo: regnskabstabellens budget- og regnskabstal er opdigtede som resten af Eksempel Kommune.");
    expect(table.years).toEqual([2022, 2023, 2024]);
    const at = (r: number, c: number) => wb.num(S, a1(r, c));
    const t = layout.totalsFirstRow, c = layout.cols;
    // 2022: budget 19.660.000 + 10.826.000 + 26.858.000 + 20.598.000 = 77.942.000;
    // regnskab 20.478.911 + 12.736.745 + 27.977.238 + 22.886.367 = 84.079.261; afvigelse 6.137.261 = 7,874 %.
    expect(at(t, c.budget)).toBe(77_942_000);
    expect(at(t, c.regnskab)).toBe(84_079_261);
    expect(at(t, c.afvigelse)).toBe(6_137_261);
    expect(at(t, c.afvigelsePct)).toBeCloseTo(6_137_261 / 77_942_000, 10);
    // 2024 against 2022: budget 91.989.000 / 77.942.000, regnskab 99.852.354 / 84.079.261.
    expect(at(t + 2, c.indeksBudget)).toBeCloseTo((91_989_000 / 77_942_000) * 100, 6);
    expect(at(t + 2, c.indeksRegnskab)).toBeCloseTo((99_852_354 / 84_079_261) * 100, 6);
    table.totals.forEach((l, i) => {
      expect(at(t + i, c.afvigelse)).toBeCloseTo(l.afvigelse!, 6);
      expect(at(t + i, c.indeksRegnskab)).toBeCloseTo(l.indeksRegnskab!, 6);
    });
    table.konti.forEach((l, i) => {
      const r = layout.kontiFirstRow + i;
      expect([wb.at(S, r, 0), at(r, c.afvigelsePct), at(r, c.indeksBudget)]).toEqual([l.konto, expect.closeTo(l.afvigelsePct!, 10), expect.closeTo(l.indeksBudget!, 6)]);
    });
  });
});

describe("demo: Rammetilpasning", () => {
  it("gives the invented frames' overrun, price change and move by hand and as core", () => {
    const { layout, figures } = demo.rammetilpasning;
    const S = layout.sheetName;
    expect(S).toBe("Rammetilpasning 2025");
    const name = (n: string) => wb.name(S, n) as number;
    // anbringelsesområdet: 58,7 × 510.400 + 13,7 × 204.000 + 33,3 × 1.435.300 + 12,5 × 2.722.300 = 114.579.520; frame 110.000.000.
    expect(name("Ramme_udgift_1")).toBeCloseTo(114_579_520, 4);
    expect(name("Ramme_overskridelse_1")).toBeCloseTo(4_579_520, 4);
    expect(name("Ramme_prisaendring_1")).toBeCloseTo(110_000_000 / 114_579_520 - 1, 10);
    // From Døgninstitution to Netværksplejefamilie (the cheapest plejefamilie line): 4.579.520 / (2.722.300 − 204.000).
    expect(layout.omraader[0]).toMatchObject({ flytFra: "Døgninstitution", flytTil: "Netværksplejefamilie" });
    expect(name("Ramme_flyt_HAAP_1")).toBeCloseTo(4_579_520 / 2_518_300, 10);
    // Plejefamilie + Netværksplejefamilie 72,4 of 118,2 helårsforanstaltninger before; + 1,8185 after.
    expect(name("Ramme_andel_pleje_foer_1")).toBeCloseTo(72.4 / 118.2, 10);
    expect(name("Ramme_andel_pleje_efter_1")).toBeCloseTo((72.4 + 4_579_520 / 2_518_300) / 118.2, 10);
    // forebyggende: 41,0 × 143.100 + 35,2 × 327.600 = 17.398.620; frame 17.000.000.
    expect(name("Ramme_overskridelse_2")).toBeCloseTo(398_620, 4);
    figures.forEach((f, i) => {
      const k = i + 1;
      expect(name(`Ramme_udgift_${k}`)).toBeCloseTo(f.udgift, 4);
      expect(name(`Ramme_flyt_HAAP_${k}`)).toBeCloseTo(f.flyt!.haap!, 10);
      expect(wb.at(S, layout.omraader[i].staleRow, 1)).toBe("");
    });
    expect(wb.at(S, layout.omraader[0].textRow, 1)).toContain("Rammen holdes, hvis 1,82 helårspersoner flyttes fra døgninstitution til netværksplejefamilie");
  });
});
