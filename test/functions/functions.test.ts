// The SOC custom functions as Excel calls them: ranges as 2-D arrays, blanks as null/""/0, dates
// as serials or Danish text. Expected numbers come from docs/domain.md §6 or hand calculations shown
// beside each case.
import { ymdToDay } from "../../src/core";
import * as SOC from "../../src/functions/functions";
import { col, excelError, installCustomFunctionsStub, row } from "./customFunctionsStub";
import { disponering, disponeret, haap, gnspris, risikoprognose, atatimer, plfremskrivning as pl } from "./loose";

installCustomFunctionsStub();

// Serials (1900 system) of the dates in VIVE Tabel 5.2.
const S = {
  jan1: 42736, // 01.01.2017
  feb28: 42794, // 01.01 + 31 + 28 − 1
  mar1: 42795,
  jun30: 42916, // 01.01 + 181 − 1
  jul1: 42917,
  dec31: 43100, // 01.01 + 365 − 1
  y9999: 2958101, // 01.01.9999
};
// First day of each month of 2017.
const MONTHS_2017 = [42736, 42767, 42795, 42826, 42856, 42887, 42917, 42948, 42979, 43009, 43040, 43070];

// docs/domain.md §6: current cases 1–4, expected cases 5–6.
const T52 = {
  takst: col(100000, 50000, 75000, 100000, 75000, 100000),
  start: col(S.jan1, S.jan1, S.jan1, S.jan1, S.jul1, S.mar1),
  stop: col(S.y9999, S.y9999, S.jun30, S.feb28, null, ""),
  cpr: col("610117-1001", "620117-1002", "630117-1003", "640117-1004", "650117-1005", "660117-1006"),
};
const T52_TEXT = {
  start: col("01.01.2017", "01.01.2017", "01.01.2017", "01.01.2017", "01.07.2017", "01.03.2017"),
  stop: col("01.01.9999", "01.01.9999", "30.06.2017", "28.02.2017", "", ""),
};

describe("docs/domain.md §6 (VIVE Tabel 5.2) through the functions", () => {
  test("the serials used here are Excel's", () => {
    expect([S.jan1, S.feb28, S.jun30, S.dec31, S.y9999]).toEqual([
      ymdToDay(2017, 1, 1), ymdToDay(2017, 2, 28), ymdToDay(2017, 6, 30), ymdToDay(2017, 12, 31), ymdToDay(9999, 1, 1),
    ]);
    expect(MONTHS_2017).toEqual(Array.from({ length: 12 }, (_, i) => ymdToDay(2017, i + 1, 1)));
  });

  test("SOC.DISPONERET = 3.900.000 for 2017 (serial dates)", () => {
    expect(disponeret(T52.takst, T52.start, T52.stop, S.jan1, S.dec31)).toBeCloseTo(3_900_000, 6);
  });

  test("SOC.DISPONERET = 3.900.000 for 2017 (text dates, text period)", () => {
    expect(disponeret(T52.takst, T52_TEXT.start, T52_TEXT.stop, "01.01.2017", "31.12.2017")).toBeCloseTo(3_900_000, 6);
  });

  test("the current cases alone give 2.450.000 (1.200.000 + 600.000 + 450.000 + 200.000)", () => {
    const first4 = (r: unknown[][]) => r.slice(0, 4);
    expect(disponeret(first4(T52.takst), first4(T52.start), first4(T52.stop), S.jan1, S.dec31)).toBeCloseTo(2_450_000, 6);
  });

  test("SOC.DISPONERING spills 6 cases × 12 months; every month sums to 325.000", () => {
    const grid = disponering(T52.takst, T52.start, T52.stop, row(...MONTHS_2017));
    expect(grid).toHaveLength(6);
    for (const r of grid) expect(r).toHaveLength(12);
    for (let m = 0; m < 12; m++) expect(grid.reduce((s, r) => s + r[m], 0)).toBeCloseTo(325_000, 6);
    // Case 3 runs Jan–Jun, case 4 Jan–Feb, case 5 from July, case 6 from March.
    expect(grid[2]).toEqual([75000, 75000, 75000, 75000, 75000, 75000, 0, 0, 0, 0, 0, 0]);
    expect(grid[3]).toEqual([100000, 100000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(grid[4]).toEqual([0, 0, 0, 0, 0, 0, 75000, 75000, 75000, 75000, 75000, 75000]);
    expect(grid[5]).toEqual([0, 0, 100000, 100000, 100000, 100000, 100000, 100000, 100000, 100000, 100000, 100000]);
  });

  test("SOC.DISPONERING with text dates and months given mid-month gives the same grid", () => {
    const mid = MONTHS_2017.map((s) => s + 14); // the 15th of each month is in the same month
    const grid = disponering(T52.takst, T52_TEXT.start, T52_TEXT.stop, row(...mid));
    expect(grid.map((r) => r.reduce((a, b) => a + b, 0))).toEqual([1_200_000, 600_000, 450_000, 200_000, 450_000, 1_000_000]);
  });

  test("SOC.HÅP = 4,0 by days: (365+365+181+59+184+306)/365", () => {
    expect(haap(T52.start, T52.stop, S.jan1, S.dec31)).toBeCloseTo(4, 12);
    expect(haap(T52.start, T52.stop, S.jan1, S.dec31, T52.cpr, "dage")).toBeCloseTo(4, 12);
  });

  test("SOC.HÅP = 4,0 by months: (12+12+6+2+6+10)/12", () => {
    expect(haap(T52.start, T52.stop, S.jan1, S.dec31, undefined, "måneder")).toBe(4);
    expect(haap(T52_TEXT.start, T52_TEXT.stop, "01.01.2017", "31.12.2017", T52.cpr, "måneder")).toBe(4);
  });

  test("SOC.GNSPRIS = 3.900.000 / 4 = 975.000", () => {
    expect(gnspris(T52.takst, T52.start, T52.stop, S.jan1, S.dec31)).toBeCloseTo(975_000, 6);
    expect(gnspris(T52.takst, T52_TEXT.start, T52_TEXT.stop, "01.01.2017", "31.12.2017", T52.cpr, "måned")).toBeCloseTo(975_000, 6);
  });
});

describe("SOC.DISPONERING / SOC.DISPONERET per unit (hand calculations)", () => {
  test("måned, partial month: 31.000/md from 16.01.2023 → 16 × 31.000/31 = 16.000 in January", () => {
    expect(disponering(31000, "16.01.2023", "", "01.01.2023")).toEqual([[16000]]);
  });

  test("måned in a leap February: 29.000/md 01.02–15.02.2024 → 15 × 29.000/29 = 15.000", () => {
    expect(disponering(29000, "01.02.2024", "15.02.2024", "29.02.2024")).toEqual([[15000]]);
  });

  test("måned in an ordinary February: 28.000/md 01.02–14.02.2023 → 14 × 28.000/28 = 14.000", () => {
    expect(disponering(28000, "01.02.2023", "14.02.2023", "2023-02-10")).toEqual([[14000]]);
  });

  test("døgn: 1.000/døgn 01.02–10.03.2024 → Feb 29 days = 29.000; whole period 39 days = 39.000", () => {
    expect(disponering(1000, "01.02.2024", "10.03.2024", row("01.02.2024", "01.03.2024"), "døgn")).toEqual([[29000, 10000]]);
    expect(disponeret(1000, "01.02.2024", "10.03.2024", "01.01.2024", "31.12.2024", "døgn")).toBeCloseTo(39000, 9);
  });

  test("uge: 7.000/uge 01.01–14.01.2023 → 14 days × 7.000/7 = 14.000", () => {
    expect(disponeret(7000, "01.01.2023", "14.01.2023", "01.01.2023", "31.12.2023", "uge")).toBeCloseTo(14000, 9);
  });

  test("år: 365.000/år in January 2023 → 31 × 365.000/365 = 31.000; 366.000/år in Feb 2024 → 29.000", () => {
    expect(disponering(365000, "01.01.2023", "", "15.01.2023", "år")[0][0]).toBeCloseTo(31000, 9);
    expect(disponering(366000, "01.01.2024", "", "15.02.2024", "år")[0][0]).toBeCloseTo(29000, 9);
  });

  test("a per-row unit column: 1.000/døgn + 7.000/uge + 12.000/md over January 2023 = 31.000 + 31.000 + 12.000", () => {
    const r = disponeret(col(1000, 7000, 12000), col("01.01.2023", "01.01.2023", "01.01.2023"), col(null, null, null),
      "01.01.2023", "31.01.2023", col("døgn", "uge", "mdl."));
    expect(r).toBeCloseTo(74000, 9);
  });

  test("DISPONERET reads a row, a column and a per-row unit column alike: 1.000/døgn + 7.000/uge + 12.000/md over January 2023 = 74.000", () => {
    const args = [[1000, 7000, 12000], ["01.01.2023", "01.01.2023", "01.01.2023"], [null, null, null]] as const;
    const asRow = disponeret(...args.map((a) => row(...a)), "01.01.2023", "31.01.2023", row("døgn", "uge", "mdl."));
    const asCol = disponeret(...args.map((a) => col(...a)), "01.01.2023", "31.01.2023", col("døgn", "uge", "mdl."));
    expect(asRow).toBeCloseTo(74000, 9);
    expect(asCol).toBeCloseTo(74000, 9);
    // A unit column of another length is named, as every other misfit range.
    expect(excelError(() => disponeret(...args.map((a) => col(...a)), "01.01.2023", "31.01.2023", col("døgn", "uge"))).message)
      .toBe("takstenhed skal have samme antal rækker som de øvrige områder");
    expect(excelError(() => disponeret(col(1, 2), col("01.01.2023", "01.01.2023"), col("", ""), "01.01.2023", "31.12.2023", col("døgn", "time"))).message)
      .toBe("Række 2, takstenhed: time er ikke en kendt takstenhed (måned, døgn, uge eller år)");
  });

  test("DISPONERET over a period cutting two months: 31.000/md open from 01.01.2023, 15.01–14.02.2023 → 17.000 + 14 × 31.000/28 = 32.500", () => {
    expect(disponeret(31000, 44927, 0, "15.01.2023", "14.02.2023")).toBeCloseTo(32500, 9);
  });

  test("every way of writing an open stop gives 12 × 10.000 = 120.000 in 2023", () => {
    for (const open of [null, "", 0, "01.01.9999", "31.12.9999", S.y9999, " "]) {
      expect(disponeret(10000, "01.01.2023", open, "01.01.2023", "31.12.2023")).toBeCloseTo(120000, 9);
    }
  });

  test("every Danish text date form is read the same: 10.000/md from 01.03.2023 → 10 × 10.000 in 2023", () => {
    for (const start of ["01.03.2023", "1.3.2023", "01-03-2023", "1/3/2023", "2023-03-01", 44986, "44986"]) {
      expect(disponeret(10000, start, "", "01.01.2023", "31.12.2023")).toBeCloseTo(100000, 9);
    }
  });

  test("text amounts in Danish notation: '75.000,50' for January 2023 = 75.000,50", () => {
    expect(disponeret("75.000,50", "01.01.2023", "31.01.2023", "01.01.2023", "31.12.2023")).toBeCloseTo(75000.5, 9);
  });

  test("fully empty rows are skipped whichever way Excel sends blanks; the grid keeps them as 0-rows", () => {
    const takst = col(10000, null, "", 0, 20000);
    const start = col("01.01.2023", null, "", 0, "01.07.2023");
    const stop = col("", null, "", 0, "");
    // 12 × 10.000 + 6 × 20.000
    expect(disponeret(takst, start, stop, "01.01.2023", "31.12.2023")).toBeCloseTo(240000, 9);
    expect(disponering(takst, start, stop, row("01.01.2023", "01.07.2023"))).toEqual([[10000, 10000], [0, 0], [0, 0], [0, 0], [0, 20000]]);
  });

  test("a single cell as Excel sends it ([[v]]) equals the bare value: 31.000/md from 16.01.2023 → 16.000", () => {
    expect(SOC.disponering([[31000]], [["16.01.2023"]], [[null]], [["01.01.2023"]], [["måned"]])).toEqual([[16000]]);
    expect(SOC.disponeret([[31000]], [["16.01.2023"]], [[null]], [["01.01.2023"]], [["31.01.2023"]])).toBeCloseTo(16000, 9);
  });

  test("a takst of 0 in a filled row is a real 0, not a skipped row", () => {
    expect(disponeret(col(0, 1000), col("01.01.2023", "01.01.2023"), col("", ""), "01.01.2023", "31.01.2023")).toBe(1000);
  });
});

describe("SOC.HÅP and SOC.GNSPRIS with CPR (hand calculations)", () => {
  // Person A: 01.01–30.06.2023 and 01.04–30.09.2023 (union 01.01–30.09 = 273 days, Jan–Sep = 9 months),
  // written three ways; person B without CPR: 01.07–31.12.2023 (184 days, 6 months).
  const start = col("01.01.2023", "01.04.2023", "01.07.2023");
  const stop = col("30.06.2023", "30.09.2023", "31.12.2023");
  const cpr = col("010190-1234", 101901234, "");
  const takst = col(10000, 10000, 20000);

  test("without CPR each row is a person: (181 + 183 + 184)/365", () => {
    expect(haap(start, stop, "01.01.2023", "31.12.2023")).toBeCloseTo(548 / 365, 12);
  });

  test("with CPR person A's overlapping rows count once: (273 + 184)/365", () => {
    expect(haap(start, stop, "01.01.2023", "31.12.2023", cpr)).toBeCloseTo(457 / 365, 12);
    expect(haap(start, stop, "01.01.2023", "31.12.2023", col("010190-1234", "0101901234", null))).toBeCloseTo(457 / 365, 12);
  });

  test("by months: without CPR (6 + 6 + 6)/12 = 1,5; with CPR (9 + 6)/12 = 1,25", () => {
    expect(haap(start, stop, "01.01.2023", "31.12.2023", undefined, "måneder")).toBe(1.5);
    expect(haap(start, stop, "01.01.2023", "31.12.2023", cpr, "måneder")).toBe(1.25);
  });

  test("by months over a quarter divides by 3: Jan–Mar only A is present → 3/3 = 1", () => {
    expect(haap(start, stop, "01.01.2023", "31.03.2023", cpr, "måneder")).toBe(1);
  });

  test("a leap year has 366 days: one person 01.01–29.02.2024 = 60/366", () => {
    expect(haap("01.01.2024", "29.02.2024", "01.01.2024", "31.12.2024")).toBeCloseTo(60 / 366, 12);
  });

  test("HÅP of rows outside the period is 0, not an error", () => {
    expect(haap("01.01.2020", "31.12.2020", "01.01.2023", "31.12.2023")).toBe(0);
  });

  test("GNSPRIS with CPR = (60.000 + 60.000 + 120.000) / (457/365)", () => {
    expect(gnspris(takst, start, stop, "01.01.2023", "31.12.2023", cpr)).toBeCloseTo((240000 * 365) / 457, 6);
  });

  test("GNSPRIS without CPR = 240.000 / (548/365)", () => {
    expect(gnspris(takst, start, stop, "01.01.2023", "31.12.2023")).toBeCloseTo((240000 * 365) / 548, 6);
  });
});

describe("SOC.RISIKOPROGNOSE, SOC.ATATIMER, SOC.PLFREMSKRIVNING (hand calculations)", () => {
  test("RISIKOPROGNOSE = 1 × 50.000 × 0,4 × 6 + 2 × 30.000 × 0,5 × 12 = 120.000 + 360.000", () => {
    expect(risikoprognose(col(1, 2), col(50000, "30.000"), col("40%", 0.5), col(6, 12))).toBeCloseTo(480000, 9);
    expect(risikoprognose(col(1, 2), col(50000, 30000), col("0,4", "50 %"), col(6, 12))).toBeCloseTo(480000, 9);
  });

  test("RISIKOPROGNOSE of single values: 3 × 40.000 × 0,25 × 4 = 120.000", () => {
    expect(risikoprognose(3, 40000, "25 %", 4)).toBeCloseTo(120000, 9);
  });

  test("ATATIMER per week: 30×7/1/60 + 60×5/2/60 + 45×1/1/60 = 3,5 + 2,5 + 0,75 = 6,75", () => {
    const r = atatimer(col(30, 60, 45), col("Alle ugens 7 dage", "Hverdage", "Fredag"), col("1:1", "1:2", null));
    expect(r).toBeCloseTo(6.75, 12);
  });

  test("ATATIMER per year = 6,75 × 365/7", () => {
    const r = atatimer(col(30, 60, 45), col("Alle ugens 7 dage", "Hverdage", "Fredag"), col("1:1", "1:2", ""), "år");
    expect(r).toBeCloseTo((6.75 * 365) / 7, 9);
  });

  test("ATATIMER with one normering for all rows: (60×7 + 30×2)/3/60 = 480/180", () => {
    expect(atatimer(col(60, 30), col("Dagligt", "2 gange ugentligt"), "1:3", "uge")).toBeCloseTo(480 / 180, 12);
  });

  test("ATATIMER with M:N: 30×5×2/1/60 + 90×2×2/3/60 = 5 + 2 = 7 (2:1 typed as text and as the time Excel makes of it)", () => {
    expect(atatimer(col(30, 90), col("Hverdage", "Weekend"), col("2:1", "2:3"))).toBeCloseTo(7, 12);
    expect(atatimer(col(30, 90), col("Hverdage", "Weekend"), col(121 / 1440, 123 / 1440))).toBeCloseTo(7, 12);
  });

  test("PL: 1.000.000 × 1,02 × 1,03 = 1.050.600, empty cells skipped", () => {
    expect(pl(1000000, row(0.02, null, "3 %"))).toBeCloseTo(1050600, 6);
    expect(pl("1.000.000", row("2,0 %", "0,03"))).toBeCloseTo(1050600, 6);
  });

  test("PL with no rates is the amount itself", () => {
    expect(pl(500000, row(null, ""))).toBe(500000);
  });
});

describe("errors: #VALUE! with a Danish message naming row and problem", () => {
  const VALUE = "#VALUE!";

  test("stop before start (the example from the brief)", () => {
    const e = excelError(() =>
      disponeret(col(1, 2, 3), col("01.01.2024", "01.01.2024", "01.05.2024"), col("", "", "01.04.2024"), "01.01.2024", "31.12.2024"));
    expect(e.code).toBe(VALUE);
    expect(e.message).toBe("Række 3: stopdato 01.04.2024 ligger før startdato 01.05.2024");
  });

  test("invalid start date", () => {
    const e = excelError(() => haap(col("01.01.2023", "32.01.2023"), col("", ""), "01.01.2023", "31.12.2023"));
    expect(e.code).toBe(VALUE);
    expect(e.message).toBe("Række 2, startdato: 32.01.2023 er ikke en gyldig dato");
  });

  test("serial 60 (Excel's fictitious 29.02.1900) is not a date; a serial with a time part is its day", () => {
    expect(excelError(() => disponering(1000, 60, "", "01.01.2023")).message)
      .toBe("Række 1, startdato: 29.02.1900 findes ikke (Excels fiktive dato, serienummer 60)");
    // 44927 = 01.01.2023; 18:00 the same day still starts the case that day: 31 × 1.000/31.
    expect(disponering(1000, 44927.75, "", "01.01.2023")).toEqual([[1000]]);
  });

  test("two-digit year", () => {
    const e = excelError(() => disponering(1000, "01.01.23", "", "01.01.2023"));
    expect(e.message).toBe("Række 1, startdato: 01.01.23 har et tocifret årstal — skriv året med fire cifre");
  });

  test("a filled row without start date", () => {
    const e = excelError(() => disponeret(col(1000, 2000), col("01.01.2023", 0), col("", ""), "01.01.2023", "31.12.2023"));
    expect(e.message).toBe("Række 2, startdato: mangler en dato");
  });

  test("a filled row without takst (a blank takst is never 0)", () => {
    const e = excelError(() => disponeret(col(1000, null), col("01.01.2023", "01.02.2023"), col("", ""), "01.01.2023", "31.12.2023"));
    expect(e.message).toBe("Række 2, takst: skal udfyldes");
  });

  test("a takst that is not an amount, and a negative takst", () => {
    expect(excelError(() => disponering("tusind", "01.01.2023", "", "01.01.2023")).message)
      .toBe("Række 1, takst: tusind er ikke et gyldigt beløb");
    expect(excelError(() => disponering(-5, "01.01.2023", "", "01.01.2023")).message)
      .toBe("Række 1, takst: -5 må ikke være negativ");
  });

  test("unknown unit, per row and for all rows", () => {
    expect(excelError(() => disponering(col(1, 2), col("01.01.2023", "01.01.2023"), col("", ""), "01.01.2023", col("døgn", "time"))).message)
      .toBe("Række 2, takstenhed: time er ikke en kendt takstenhed (måned, døgn, uge eller år)");
    expect(excelError(() => disponeret(col(1, 2), col("01.01.2023", "01.01.2023"), col("", ""), "01.01.2023", "31.12.2023", "time")).message)
      .toBe("takstenhed: time er ikke en kendt takstenhed (måned, døgn, uge eller år)");
  });

  test("invalid month argument of DISPONERING names the cell", () => {
    expect(excelError(() => disponering(1, "01.01.2023", "", row("01.01.2023", "februar"))).message)
      .toBe("måned, celle 2: februar er ikke en gyldig dato");
    expect(excelError(() => disponering(1, "01.01.2023", "", "")).message).toBe("måned: mangler en dato");
  });

  test("period with til before fra", () => {
    expect(excelError(() => disponeret(1, "01.01.2023", "", "31.12.2023", "01.01.2023")).message)
      .toBe("perioden 31.12.2023–01.01.2023 er ugyldig: til-datoen ligger før fra-datoen");
    expect(excelError(() => haap("01.01.2023", "", "", "31.12.2023")).message).toBe("fra: mangler en dato");
  });

  test("probability above 1 as a bare number, and a negative probability", () => {
    expect(excelError(() => risikoprognose(col(1, 1), col(1000, 1000), col(0.4, 40), col(12, 12))).message)
      .toBe("Række 2, sandsynlighed: 40 er større end 1 — skriv sandsynligheden som 0,4 eller 40 %");
    expect(excelError(() => risikoprognose(1, 1000, 1.5, 12)).message)
      .toBe("Række 1, sandsynlighed: 1.5 er større end 1 — skriv sandsynligheden som 0,4 eller 40 %");
    expect(excelError(() => risikoprognose(1, 1000, "-10 %", 12)).message)
      .toBe("Række 1, sandsynlighed: -10 % er negativ — sandsynligheden skal ligge mellem 0 og 1");
  });

  test("a missing probability is not 0", () => {
    expect(excelError(() => risikoprognose(col(1, 1), col(1000, 1000), col(0.5, null), col(12, 12))).message)
      .toBe("Række 2, sandsynlighed: skal udfyldes");
  });

  test('"1:flere" asks for the number', () => {
    const e = excelError(() => atatimer(col(30, 60), col("Dagligt", "Hverdage"), col("1:1", "1:flere")));
    expect(e.code).toBe(VALUE);
    expect(e.message).toBe("Række 2, normering: 1:flere: angiv hvor mange borgere én medarbejder deler sig imellem, fx 1:3");
  });

  test("unknown frequency, invalid minutes and unknown ATA period", () => {
    expect(excelError(() => atatimer(30, "hver anden uge")).message).toMatch(/^Række 1, hyppighed: hver anden uge er ikke en kendt hyppighed/);
    expect(excelError(() => atatimer("en halv time", "Dagligt")).message).toBe("Række 1, minutter: en halv time er ikke et gyldigt antal minutter");
    expect(excelError(() => atatimer(30, "Dagligt", "1:1", "måned")).message).toBe("periode: måned er ikke en kendt periode (uge eller år)");
  });

  test("unknown HÅP method", () => {
    expect(excelError(() => haap("01.01.2023", "", "01.01.2023", "31.12.2023", undefined, "kvartaler")).message)
      .toBe("metode: kvartaler er ikke en kendt metode (dage eller måneder)");
  });

  test("PL rate as a bare number above 1", () => {
    expect(excelError(() => pl(1000, row(0.02, 3))).message).toBe("pl_satser, celle 2: 3 er større end 1 — skriv satsen som 0,042 eller 4,2 %");
    expect(excelError(() => pl(null, row(0.02))).message).toBe("beløb: skal udfyldes");
  });

  test("ranges of different lengths", () => {
    const e = excelError(() => disponeret(col(1, 2, 3), col("01.01.2023", "01.01.2023", "01.01.2023"), col("", ""), "01.01.2023", "31.12.2023"));
    expect(e.code).toBe(VALUE);
    expect(e.message).toBe("stopdato skal have samme antal rækker som de øvrige områder");
    expect(excelError(() => haap(col("01.01.2023", "01.02.2023"), col("", ""), "01.01.2023", "31.12.2023", col("010190-1234"))).message)
      .toBe("cpr skal have samme antal rækker som de øvrige områder");
    expect(excelError(() => disponering(col(1, 2), col("01.01.2023", "01.01.2023"), col("", ""), "01.01.2023", col("døgn", "uge", "år"))).message)
      .toBe("takstenhed skal have samme antal rækker som de øvrige områder");
    expect(excelError(() => risikoprognose(col(1, 2), col(1, 2), col(0.5, 0.5), 12)).message)
      .toBe("måneder skal have samme antal rækker som de øvrige områder");
  });
});

// #N/A, not #DIV/0!: Excel shows a custom message only with #VALUE! and #N/A; for #DIV/0! "a custom
// error message can't be used" (CustomFunctions.ErrorCode,
// https://learn.microsoft.com/en-us/javascript/api/custom-functions-runtime/customfunctions.errorcode).
describe("GNSPRIS with HÅP 0 is #N/A with the Danish reason, never 0 or ∞", () => {
  test("no row overlaps the period", () => {
    const e = excelError(() => gnspris(100000, "01.01.2020", "31.12.2020", "01.01.2023", "31.12.2023"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe("Helårspersoner er 0 i perioden — gennemsnitsprisen kan ikke beregnes (division med 0)");
  });

  test("all rows empty", () => {
    expect(excelError(() => gnspris(col(null, ""), col(null, ""), col(null, ""), "01.01.2023", "31.12.2023")).code).toBe("#N/A");
  });
});

// docs/domain.md §3: SOC.HÅP groups persons by the core's one CPR normaliser, as the sheets do.
describe("SOC.HÅP and the one CPR normaliser", () => {
  const year = (n: number) => ({ start: col(...Array(n).fill("01.01.2023")), stop: col(...Array(n).fill("31.12.2023")) });
  const H = (cprs: unknown[][]) => haap(year(cprs.length).start, year(cprs.length).stop, "01.01.2023", "31.12.2023", cprs);

  it("the text \"101001234\", the number 101001234 and \"0101001234\" are one person", () => {
    expect(H(col("101001234", 101001234, "0101001234"))).toBe(1);
  });

  it("a minus sign, an apostrophe, full-width digits and a zero-width space spell one person", () => {
    expect(H(col("010190\u22121234", "'0101901234", "\uff10\uff11\uff10\uff11\uff19\uff10\uff11\uff12\uff13\uff14", "010190\u200b1234"))).toBe(1);
  });

  it("blank cells (Excel on the desktop passes them as 0) are a person each, never one", () => {
    expect(H(col(0, 0, ""))).toBe(3);
  });

  test.each([["0"], ["000000-0000"], ["010190-####"], ["010190-...."], ["******-1234"]])("%p identifies no one: an error naming the row", (bad) => {
    const e = excelError(() => H(col("010190-1234", bad)));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^Række 2, cpr: /);
  });
});
