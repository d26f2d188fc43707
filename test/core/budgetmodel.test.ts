// docs/domain.md §5 computations on the Botilbud A example (Thisted report, bilag 1) and small hand cases.
import { aarsvaerkToCut, computeBudgetModel, projectLine, rammebesparelse, weightedAarsvaerkPris, CoreUsageError } from "../../src/core";
import { botilbudA } from "../../src/cli/botilbudA";

describe("computeBudgetModel (Botilbud A, budget 2024)", () => {
  const r = computeBudgetModel(botilbudA());
  const takst = r.columns[3], prognose = r.columns[4];

  it("gives the report's udgiftsgrundlag, takstberegningsgrundlag and prices", () => {
    // 21.380.295 variable + 343.000 fixed + 3.805.481 central = 25.528.776; + 3.918.000 = 29.446.776.
    expect(takst.variable).toBe(21380295);
    expect(takst.provider).toBe(21723295);
    expect(takst.central).toBe(3805481);
    expect(takst.udgiftsgrundlag).toBe(25528776);
    expect(takst.takstberegningsgrundlag).toBe(29446776);
    expect(takst.income).toBe(29446776);
    expect(takst.result).toBe(0);
    // 29.446.776 / 39 = 755.045,54; / 365 = 2.068,62.
    expect(takst.pladsprisAar).toBeCloseTo(755045.54, 2);
    expect(takst.pladsprisDoegn).toBeCloseTo(2068.62, 2);
    expect(takst.belaegning).toBe(1);
  });

  it("gives the price per occupied place (÷ HÅP) beside gns. pladspris (÷ places)", () => {
    // This year's budget (økonomisystem): 23.507.378 on 36 HÅP and 39 places (belægning 92,3 %):
    // ÷ 36 = 652.982,72 (the report's 652.983) against ÷ 39 = 602.753,28.
    const oekonomi = r.columns[2];
    expect(oekonomi.haap).toBe(36);
    expect(oekonomi.haapPladspris).toBeCloseTo(652982.72, 2);
    expect(oekonomi.pladsprisAar).toBeCloseTo(602753.28, 2);
    // Full occupancy: the two prices are the same, 29.446.776 / 39 = 755.045,54.
    expect(takst.haapPladspris).toBeCloseTo(755045.54, 2);
    const empty = computeBudgetModel({ ...botilbudA(), levels: botilbudA().levels.map((l) => ({ ...l, intern: l.intern.map(() => 0), ekstern: l.ekstern.map(() => 0) })) });
    expect(empty.columns[2].haapPladspris).toBeNull();
    expect(empty.haapPladspris).toBeNull();
  });

  it("gives the last year's totals of the report", () => {
    expect(r.columns[0].variable).toBe(24480415);
    // 25.538.842 + 3.398.085 − 4.483.562 = 24.453.365
    expect(r.columns[0].udgiftsgrundlag).toBe(24453365);
    expect(r.columns[1].udgiftsgrundlag).toBe(22588962);
    expect(r.columns[2].udgiftsgrundlag).toBe(23507378);
  });

  it("gives the prognose overrun 2.133.048 and 4,4 årsværk faguddannet", () => {
    expect(prognose.income).toBe(27313728);
    expect(prognose.result).toBe(-2133048);
    expect(r.loensumTilReduktion).toBe(-2133048);
    // 2.133.048 / 487.000 = 4,380
    expect(r.aarsvaerkTilReduktion).toBeCloseTo(4.38, 3);
    expect(r.haapPladspris).toBeCloseTo(29446776 / 39, 6);
  });

  it("gives the ATA figures and the 3 % rammebesparelse", () => {
    // 23,38 + 12,33 + 6,36 = 42,07 ATA-årsværk × 1.211,48 = 50.966,96 hours; 25.528.776 / 50.966,96 = 500,89.
    expect(r.staff.ataAarsvaerk).toBeCloseTo(42.07, 10);
    expect(r.staffAtaHours).toBeCloseTo(50966.96, 2);
    expect(Math.round(r.ataTimepris!)).toBe(501);
    // 0,03 × 25.528.776 = 765.863,28; / 21.380.295 = 3,582 %.
    expect(r.rammebesparelse.kr).toBeCloseTo(765863.28, 2);
    expect(r.rammebesparelse.pctOfVariable).toBeCloseTo(0.035821, 6);
  });

  it("weights the total ÅV-pris by årsværk", () => {
    // (1,59×694.000 + 23,38×487.000 + 12,33×420.000 + 6,36×445.000 + 2,62×335.000) / 46,28
    // = (1.103.460 + 11.386.060 + 5.178.600 + 2.830.200 + 877.700) / 46,28 = 21.376.020 / 46,28
    // = 461.884,62 (the report's plain mean of the category prices is 476.200).
    expect(r.staff.aarsvaerk).toBeCloseTo(46.28, 10);
    expect(r.staff.weightedPris).toBeCloseTo(461884.615385, 5);
  });

  it("feeds a cut in the staff table into the prognose and the overslagsår", () => {
    const m = botilbudA();
    const cut = computeBudgetModel({ ...m, staff: m.staff.map((s) => (s.name === "Borgerrelateret (faguddannet)" ? { ...s, reduktion: 4.4 } : s)) });
    // 4,4 × 487.000 = 2.142.800 less in the prognose: −2.133.048 + 2.142.800 = 9.752.
    expect(cut.staff.reduktionKr).toBeCloseTo(2142800, 6);
    expect(cut.columns[4].result).toBeCloseTo(9752, 6);
    expect(cut.aarsvaerkTilReduktion).toBe(0);
    expect(cut.columns[3].result).toBe(0);
    // First overslagsår: (25.528.776 − 2.142.800) × 1,025 = 23.970.625,40 udgiftsgrundlag.
    expect(cut.columns[5].udgiftsgrundlag).toBeCloseTo(23385976 * 1.025, 4);
  });
});

describe("budget model helpers", () => {
  it("projects a line with PL, year on year", () => {
    expect(projectLine([1, 2, 3, 4, 100], [0.1, 0.02])).toEqual([1, 2, 3, 4, 100, 110.00000000000001, 112.20000000000002]);
  });
  it("converts an overrun into årsværk, and no overrun into 0", () => {
    expect(aarsvaerkToCut(-2133048, 487000)).toBeCloseTo(4.38, 3);
    expect(aarsvaerkToCut(5000, 487000)).toBe(0);
    expect(aarsvaerkToCut(-1, 0)).toBeNull();
  });
  it("computes a rammebesparelse and refuses to divide by no variable costs", () => {
    expect(rammebesparelse(0.03, 25528776, 21380295).kr).toBeCloseTo(765863.28, 2);
    expect(rammebesparelse(0.03, 1000, 0)).toEqual({ kr: 30, pctOfVariable: null });
  });
  it("gives no weighted price without årsværk", () => {
    expect(weightedAarsvaerkPris([])).toBeNull();
    expect(weightedAarsvaerkPris([{ aarsvaerk: 1, pris: 400 }, { aarsvaerk: 3, pris: 800 }])).toBe(700);
  });
  it("throws a usage error when a per-column array has the wrong length", () => {
    expect(() => computeBudgetModel({ ...botilbudA(), places: [39] })).toThrow(CoreUsageError);
  });
});
