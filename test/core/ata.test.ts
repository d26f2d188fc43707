// docs/domain.md §4 ATA-timer (døgnskema): frequency texts, staffing ratios, hours per week/year.
import {
  FREQUENCIES, parseFrequency, parseRatio, ataHoursPerWeek, perYear, totalAtaHoursPerWeek, ataCapacity, ataTimepris, overDelivery,
} from "../../src/core";
import { problem, value } from "./builders";

describe("parseFrequency → occurrences per week", () => {
  test.each<[unknown, number]>([
    ["Alle ugens 7 dage", 7],
    ["alle ugens  7 dage", 7],
    ["Hverdage", 5],
    ["Weekend", 2],
    ["Fredag", 1],
    ["mandag", 1],
    ["Lørdag", 1],
    ["Søndag", 1],
    ["2 gange ugentligt", 2],
    ["1 gang ugentligt", 1],
    ["5 gange om ugen", 5],
    ["3 gange pr. uge", 3],
    ["Månedligt", 12 / 52],
    ["Dagligt", 7],
    [" DAGLIGT ", 7],
    [3, 3],
    ["2,5", 2.5],
    [0, 0],
  ])("%p → %d", (input, perWeek) => {
    expect(value(parseFrequency(input))).toBe(perWeek);
  });

  test("every text in the drop-down table parses to its own value", () => {
    for (const [text, n] of FREQUENCIES) expect(value(parseFrequency(text))).toBe(n);
    expect(FREQUENCIES.map(([t]) => t)).toEqual(expect.arrayContaining(["Alle ugens 7 dage", "Hverdage", "Weekend", "Fredag", "Månedligt", "Dagligt"]));
  });

  test.each<[unknown]>([["Hver anden onsdag"], [""], [null], [-1], [Number.NaN]])("%p is rejected", (input) => {
    const p = problem(parseFrequency(input));
    expect(p.code).toBe("ata.frequency");
  });

  test("the message names the text and shows examples", () => {
    expect(problem(parseFrequency("Af og til")).message).toBe(
      'Af og til er ikke en kendt hyppighed (fx "Alle ugens 7 dage", "Hverdage", "Weekend", "Fredag", "2 gange ugentligt", "Månedligt")',
    );
  });
});

describe("parseRatio M:N → citizens per staff member, N ÷ M (the divisor of the minutes)", () => {
  test.each<[unknown, number]>([
    ["1:1", 1], ["1:3", 3], ["1 : 2", 2], ["1:1,5", 1.5], ["", 1], [null, 1], [undefined, 1], [4, 4],
    // M staff with N citizens: 2:1 (to-mandsbetjening) halves the divisor, so the minutes count twice.
    ["2:1", 0.5], ["2:3", 1.5], ["3:1", 1 / 3], ["2 : 4", 2],
    // Excel turns a typed ratio into a time of day: 1:3 → 01:03, 2:1 → 02:01, 2:3 → 02:03.
    [63 / 1440, 3], [121 / 1440, 0.5], [123 / 1440, 1.5],
  ])("%p → %d", (input, n) => {
    expect(value(parseRatio(input))).toBeCloseTo(n, 12);
  });

  test('"1:flere" (and "2:flere") asks for N', () => {
    const p = problem(parseRatio("1:flere"));
    expect(p.code).toBe("ata.ratioNeedsNumber");
    expect(p.message).toBe("1:flere: angiv hvor mange borgere én medarbejder deler sig imellem, fx 1:3");
    expect(problem(parseRatio("1:Flere")).code).toBe("ata.ratioNeedsNumber");
    expect(problem(parseRatio("2:flere")).code).toBe("ata.ratioNeedsNumber");
  });

  // 0,5 is 12:00 (12 staff, 0 citizens); 0,31 is no whole number of minutes; 60/1440 is 01:00.
  test.each<[unknown]>([["0:1"], ["1:0"], ["2:0"], ["en til en"], ["1:2:3"], [0.5], [0.31], [60 / 1440], [0], [-2]])("%p is not a valid ratio", (input) => {
    const p = problem(parseRatio(input));
    expect(p.code).toBe("ata.ratio");
    expect(p.message).toBe(`${String(input)} er ikke en gyldig normering M:N, medarbejdere:borgere (fx 1:1, 1:3 eller 2:1)`);
  });
});

describe("ATA hours", () => {
  const morning = { minutter: 30, gangePrUge: 5, normering: 1 }; // 30 × 5 / 1 / 60 = 2,5 h
  const dinner = { minutter: 60, gangePrUge: 7, normering: 3 }; // 60 × 7 / 3 / 60 = 7/3 h
  const monthly = { minutter: 120, gangePrUge: 12 / 52, normering: 1 }; // 120 × 12/52 / 60 = 6/13 h

  test("per activity: minutes × occurrences / N / 60", () => {
    expect(ataHoursPerWeek(morning)).toBe(2.5);
    expect(ataHoursPerWeek(dinner)).toBeCloseTo(7 / 3, 12);
    expect(ataHoursPerWeek(monthly)).toBeCloseTo(6 / 13, 12);
  });

  test("1:3 gives the citizen a third of the minutes", () => {
    expect(ataHoursPerWeek({ ...dinner, normering: 1 })).toBeCloseTo(3 * ataHoursPerWeek(dinner), 12);
  });

  test("total per week and per year (× 365/7)", () => {
    // 2,5 + 7/3 = 29/6 h/week; × 365/7 = 10.585/42 ≈ 252,02 h/year
    const week = totalAtaHoursPerWeek([morning, dinner]);
    expect(week).toBeCloseTo(29 / 6, 12);
    expect(perYear(week)).toBeCloseTo(10585 / 42, 9);
    expect(perYear(7)).toBe(365);
    expect(totalAtaHoursPerWeek([])).toBe(0);
  });

  test("2:1 doubles the staff time, 2:3 gives minutes × 2/3", () => {
    // 30 min × 5 × 2 / 1 / 60 = 5 h (twice 2,5); 60 min × 7 × 2 / 3 / 60 = 14/3 h.
    expect(ataHoursPerWeek({ ...morning, normering: value(parseRatio("2:1")) })).toBe(5);
    expect(ataHoursPerWeek({ ...dinner, normering: value(parseRatio("2:3")) })).toBeCloseTo(14 / 3, 12);
  });

  test("a døgnskema row end to end: 45 min, 'Hverdage', '1:2' → 45 × 5 / 2 / 60 = 1,875 h/week", () => {
    const a = { minutter: 45, gangePrUge: value(parseFrequency("Hverdage")), normering: value(parseRatio("1:2")) };
    expect(ataHoursPerWeek(a)).toBe(1.875);
  });
});

describe("ATA capacity (docs/domain.md §5 worked example)", () => {
  test("capacity = ATA-årsværk × hours per årsværk", () => {
    expect(ataCapacity(30.5, 1671)).toBe(50965.5);
  });
  test("ATA-timepris = 25.528.776 / 50.967 ≈ 501 kr.", () => {
    expect(Math.round(ataTimepris(25528776, 50967))).toBe(501);
    expect(ataTimepris(25528776, 50967)).toBeCloseTo(500.8883, 4);
  });
  test("over-delivery = staff hours − granted hours", () => {
    expect(overDelivery(50967, 45000)).toBe(5967);
    expect(overDelivery(40000, 45000)).toBe(-5000);
  });
});
