// The age section of "Nøgletal 2026" recalculated by HyperFormula: cases, HÅP and amount per age
// group and foranstaltning equal core's ageDistribution and the hand counts of test/core/alder.test.ts.
import { ageDistribution, yearEnd, yearStart, type CaseRow, type Unit } from "../../src/core";
import { buildDisponering } from "../../src/sheets/disponering";
import { buildNoegletal } from "../../src/sheets/noegletal";
import { sortedBy } from "../support/headline";
import { type Recalculated, recalcXlsx, writeForRecalc } from "../support/recalc";
import { d } from "../core/builders";

const row = (n: number, cpr: string | null, foranstaltning: string, takst: number, enhed: Unit, start: string, stop = ""): CaseRow => ({
  row: n, cpr, navn: "", foranstaltning, konto: "5.28.20", leverandoer: "", raadgiver: "", status: "aktuel",
  takst, enhed, start: d(start), stop: d(stop),
});

const cases = [
  row(2, "010121-4001", "Plejefamilie", 10000, "måned", "01.01.2026"), // 5 at 31.12.2026 → 0–5
  row(3, "311220-4002", "Plejefamilie", 10000, "måned", "01.07.2026"), // 6 → 6–11
  row(4, "150608-4003", "Opholdssted", 1000, "døgn", "01.01.2026", "30.04.2026"), // 17 at its stop → 12–17
  row(5, "150608-4003", "Kontaktperson", 5000, "måned", "01.05.2026"), // 18 → 18–22
  row(6, "010103-4004", "Kontaktperson", 5000, "måned", "01.01.2026"), // 23 → 23+
  row(7, null, "Kontaktperson", 5000, "måned", "01.01.2026", "31.01.2026"), // no CPR → ukendt
  row(8, "010121-4001", "Aflastning", 2000, "måned", "01.01.2026"), // same child, second measure
  row(9, "010125-4005", "Plejefamilie", 10000, "måned", "01.01.2025", "31.12.2025"), // outside 2026
];

describe("Nøgletal 2026 — age section recalculated", () => {
  const disp = buildDisponering({ year: 2026, cases, generatedOn: 46000 });
  const n = buildNoegletal({ year: 2026, disponering: disp.layout, generatedOn: 46000, ages: true });
  // Both tests read the unsorted sheets and never change them: recalculated once.
  let unsorted: Promise<Recalculated> | undefined;
  const recalcUnsorted = () => (unsorted ??= writeForRecalc([disp.spec, n.spec]).then(recalcXlsx));

  it("gives core's cases, HÅP (person once per group) and amount per age group and foranstaltning", async () => {
    const wb = await recalcUnsorted();
    const s = n.layout.sheetName;
    const core = ageDistribution(cases, yearStart(2026), yearEnd(2026));
    const ages = n.layout.ages!;
    const got = ages.rows.map((r) => ({
      gruppe: r.gruppe, foranstaltning: r.foranstaltning,
      sager: wb.at(s, r.row, 2), haap: wb.at(s, r.row, 3) as number, beloeb: wb.at(s, r.row, 4) as number,
    }));
    const want = [...core.rows, ...core.groups];
    expect(got).toHaveLength(want.length);
    for (const w of want) {
      const g = got.find((x) => x.gruppe === w.gruppe && x.foranstaltning === w.foranstaltning)!;
      expect(g.sager).toBe(w.sager);
      expect(g.haap).toBeCloseTo(w.haap, 9);
      expect(g.beloeb).toBeCloseTo(w.beloeb, 4);
    }
    // Hand counts: 0–5 has two measures of one child: 2 cases, 1 HÅP, 120.000 + 24.000.
    const young = got.find((x) => x.gruppe === "0-5 år" && x.foranstaltning === "I alt")!;
    expect([young.sager, young.haap, young.beloeb]).toEqual([2, 1, 144000]);
    expect(got.find((x) => x.gruppe === "12-17 år" && x.foranstaltning === "Opholdssted")!.beloeb).toBeCloseTo(120000, 6);
    expect(got.find((x) => x.gruppe === "Ukendt alder")!.sager).toBe(1);
    // The basis shows the age: the child born 15.06.2008 is 17 at the opholdssted's stop 30.04.2026.
    expect(n.spec.charts?.[0].title).toBe("Disponeret pr. aldersgruppe");
  });

  it("gives the same figures after the user sorts the case rows (by Takst or by Cpr-nr.): the birth date moves with its row", async () => {
    const figuresOf = (wb: Recalculated) => n.layout.ages!.rows.map((r) => [r.gruppe, r.foranstaltning, wb.at(n.layout.sheetName, r.row, 2), wb.at(n.layout.sheetName, r.row, 4)]);
    const figures = async (dispSpec: typeof disp.spec) => figuresOf(await recalcXlsx(await writeForRecalc([dispSpec, n.spec])));
    const before = figuresOf(await recalcUnsorted());
    for (const col of [disp.layout.cols.takst, disp.layout.cols.cpr]) {
      expect(await figures(sortedBy(disp.spec, disp.layout.casesFrom, cases.length, col))).toEqual(before);
    }
  });
});
