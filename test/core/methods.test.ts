// The METHODS table and prognose(): each method against a hand calculation (docs/domain.md §4).
import { lambdaFromHistory, METHODS, parseMethodId, prognose, pulje, splitVariance } from "../../src/core";

const value = (r: { ok: true; value: number } | { ok: false }) => {
  if (!r.ok) throw new Error("expected a value");
  return r.value;
};

describe("METHODS", () => {
  it("lists the seven methods of docs/domain.md §1.3 with Danish names", () => {
    expect(METHODS.map((m) => m.name)).toEqual([
      "Disponering på cpr-niveau", "Disponering + risikosager", "Disponering + pulje for ukendt tilgang",
      "12-måneders glidende gennemsnit", "Periodisering i 12-dele", "Rammestyring", "Skøn",
    ]);
  });
  it("parses an id or a Danish name, and names an unknown method in Danish", () => {
    expect(parseMethodId("glidende")).toEqual({ ok: true, value: "glidende" });
    expect(parseMethodId("periodisering i 12-dele")).toEqual({ ok: true, value: "tolvtedele" });
    const bad = parseMethodId("gætværk");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem.message).toMatch(/^gætværk er ikke en kendt prognosemetode/);
  });
});

describe("prognose", () => {
  it("12-måneders glidende gennemsnit reaches back across the year boundary", () => {
    // 2024: 1.000 … 12.000 (month m = 1.000·m); 2025 jan–mar: 13.000, 14.000, 15.000 → k = 3.
    // Last 12 booked months = apr 2024 … mar 2025 = 4.000 … 15.000, mean (4.000 + 15.000)/2 = 9.500.
    // Forventet = 13.000 + 14.000 + 15.000 + 9.500 × 9 = 42.000 + 85.500 = 127.500.
    const history = Array.from({ length: 15 }, (_, i) => 1000 * (i + 1));
    expect(value(prognose("glidende", { budget: 0, booked: history.slice(12), history }))).toBe(127500);
  });

  it("glidende gennemsnit with fewer than 12 months is a Danish problem", () => {
    const r = prognose("glidende", { budget: 0, booked: [1, 2], history: [1, 2] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toBe("kræver 12 bogførte måneder, men der er kun 2");
  });

  it("pulje: λ = mean of the last 3 months × price × remaining months", () => {
    // λ = (3 + 5 + 7)/3 = 5; k = 10: m = 11 runs 2 months, m = 12 runs 1 → 5 × 40.000 × 3 = 600.000.
    // Forventet = 10 × 100.000 + disponeret 1.000.000 + 600.000 = 2.600.000.
    const l = lambdaFromHistory([2, 4, 3, 5, 7], { kind: "gennemsnit", months: 3 }, 2);
    expect(l).toEqual({ ok: true, value: [5, 5] });
    const booked = new Array(10).fill(100000);
    expect(value(prognose("pulje", { budget: 0, booked, disponeretRest: 1000000, pulje: { lambda: 5, prisPrMaaned: 40000 } }))).toBe(2600000);
  });

  it("pulje with a linear trend: 1, 2, 3, 4 continues as 5 and 6", () => {
    // Pool = 5 × 10.000 × 2 + 6 × 10.000 × 1 = 160.000.
    const lambda = lambdaFromHistory([1, 2, 3, 4], { kind: "trend" }, 2);
    expect(lambda.ok && lambda.value).toEqual([5, 6]);
    expect(pulje((lambda as { value: number[] }).value, 10000, 10)).toBeCloseTo(160000, 6);
  });

  it("periodisering i 12-dele, rammestyring, skøn, disponering and risikosager", () => {
    // 12-dele: 100 + 200 + 300 + 1.200/12 × 9 = 600 + 900 = 1.500.
    expect(value(prognose("tolvtedele", { budget: 1200, booked: [100, 200, 300] }))).toBe(1500);
    expect(value(prognose("ramme", { budget: 1200, booked: [100, 200, 300] }))).toBe(1200);
    expect(value(prognose("skoen", { budget: 1200, booked: [100], skoen: 2500 }))).toBe(2500);
    // Disponering: 600 + 900 = 1.500; + risk 250 = 1.750.
    expect(value(prognose("disponering", { budget: 0, booked: [100, 200, 300], disponeretRest: 900 }))).toBe(1500);
    expect(value(prognose("risikosager", { budget: 0, booked: [100, 200, 300], disponeretRest: 900, risiko: 250 }))).toBe(1750);
  });

  it("names the missing input in Danish rather than using 0", () => {
    const r = prognose("skoen", { budget: 1200, booked: [100] });
    expect(r).toEqual({ ok: false, problem: { code: "method.input", message: "Skøn mangler skønnet beløb", severity: "fejl" } });
    const d = prognose("disponering", { budget: 1200, booked: [100] });
    expect(!d.ok && d.problem.message).toBe("Disponering på cpr-niveau mangler disponeret resten af året");
    // Inputs are checked in the order the row's needs list them: disponering before risiko / pulje.
    const r1 = prognose("risikosager", { budget: 0, booked: [100], disponeretRest: 900 });
    expect(!r1.ok && r1.problem.message).toBe("Disponering + risikosager mangler risikosager");
    const p1 = prognose("pulje", { budget: 0, booked: [100] });
    expect(!p1.ok && p1.problem.message).toBe("Disponering + pulje for ukendt tilgang mangler disponeret resten af året");
    const g = prognose("glidende", { budget: 0, booked: [100] });
    expect(!g.ok && g.problem.message).toBe("12-måneders glidende gennemsnit mangler bogført forbrug pr. måned");
  });

  it("each method row writes its own rest-of-year formula for the Prognose sheet", () => {
    const cells = { disponeret: "B13", risiko: "C13", pulje: "D13", gns12: "F13", skoen: "E13", budget: "D9", forbrug: "E9", restMonths: "$B$5" };
    expect(Object.fromEntries(METHODS.map((m) => [m.id, m.restFormula(cells)]))).toEqual({
      disponering: "B13", risikosager: "B13+C13", pulje: "B13+D13", glidende: "F13*$B$5", tolvtedele: "D9/12*$B$5",
      ramme: "D9-E9", skoen: "E13-E9",
    });
  });
});

describe("variance split", () => {
  it("splits 102,2 × 950.000 → 108 × 990.000 into 5.510.000 mængde + 4.320.000 pris, exactly 9.830.000", () => {
    // Mængde = (108 − 102,2) × 950.000 = 5.510.000; pris = 40.000 × 108 = 4.320.000;
    // total = 106.920.000 − 97.090.000 = 9.830.000.
    const s = splitVariance({ haap: 102.2, pris: 950000 }, { haap: 108, pris: 990000 });
    expect(s.maengdeeffekt).toBeCloseTo(5510000, 4);
    expect(s.priseffekt).toBe(4320000);
    expect(s.maengdeeffekt + s.priseffekt).toBe(s.total);
    expect(s.total).toBeCloseTo(108 * 990000 - 102.2 * 950000, 4);
  });
});
