// "Rammetilpasning ÅÅÅÅ" recalculated by HyperFormula equals src/core and docs/domain.md §9's example.
import { rammetilpasning, type RammeLinje } from "../../src/core";
import { buildRammetilpasning, type RammeOmraade } from "../../src/sheets/rammetilpasning";
import { a1 } from "../../src/sheets/a1";
import { type Recalculated, recalcXlsx, writeForRecalc } from "../support/recalc";

const anbringelse: RammeLinje[] = [
  { foranstaltning: "Plejefamilie", haap: 40, pris: 400_000, plejefamilie: true },
  { foranstaltning: "Døgninstitution", haap: 8, pris: 2_000_000, plejefamilie: false },
];
// A second område with three lines and no frame yet (hand: F = 10 × 150.000 + 5 × 300.000 + 2 × 600.000 = 4.200.000).
const forebyg: RammeLinje[] = [
  { foranstaltning: "Kontaktperson", haap: 10, pris: 150_000, plejefamilie: false },
  { foranstaltning: "Familiebehandling", haap: 5, pris: 300_000, plejefamilie: false },
  { foranstaltning: "Aflastning", haap: 2, pris: 600_000, plejefamilie: false },
];
const omraader: RammeOmraade[] = [
  { omraade: "anbringelsesområdet", ramme: 30_000_000, linjer: anbringelse },
  { omraade: "forebyggende foranstaltninger", ramme: null, linjer: forebyg },
];

describe("Rammetilpasning recalculated", () => {
  const { spec, layout } = buildRammetilpasning({ year: 2026, omraader, generatedOn: 46000 });
  let wb: Recalculated;
  beforeAll(async () => {
    wb = await recalcXlsx(await writeForRecalc([spec]));
  });
  const S = spec.name;
  const num = (n: string) => wb.name(S, n) as number;

  it("gives docs/domain.md §9's example through the names: overrun 2.000.000, move 1,25 HÅP, 83,3 % → 85,9 %, −6,25 %", () => {
    expect(S).toBe("Rammetilpasning 2026");
    expect(num("Ramme_udgift_1")).toBe(32_000_000);
    expect(num("Ramme_overskridelse_1")).toBe(2_000_000);
    expect(num("Ramme_prisaendring_1")).toBeCloseTo(-0.0625, 12);
    expect(num("Ramme_flyt_HAAP_1")).toBeCloseTo(1.25, 12);
    expect(num("Ramme_andel_pleje_foer_1")).toBeCloseTo(40 / 48, 10);
    expect(num("Ramme_andel_pleje_efter_1")).toBeCloseTo(41.25 / 48, 10);
    // Default move: from the dearest (Døgninstitution) to the cheapest plejefamilie line.
    const o = layout.omraader[0];
    expect([wb.at(S, o.valgRow, 2), wb.at(S, o.valgRow, 3)]).toEqual(["Døgninstitution", "Plejefamilie"]);
    const c = layout.lineCols;
    expect([0, 1].map((i) => wb.num(S, a1(o.firstLine + i, c.haapRammen)))).toEqual([37.5, 7.5]);
    expect(wb.num(S, a1(o.firstLine + 1, c.altHer))).toBe(1);
    expect(wb.num(S, a1(o.totalRow, c.haap))).toBe(48);
    expect(wb.at(S, o.textRow, 1)).toContain("Rammen holdes, hvis 1,25 helårspersoner flyttes fra døgninstitution til plejefamilie");
    expect(wb.at(S, o.staleRow, 1)).toBe("");
  });

  it("leaves everything that needs the frame empty until it is typed, and then equals core; the text says it is out of date", () => {
    const o = layout.omraader[1];
    expect(num("Ramme_udgift_2")).toBe(4_200_000);
    expect(wb.at(S, o.resultRow, layout.resultCols.overskridelse)).toBe("");
    expect(wb.at(S, o.resultRow, layout.resultCols.flyt)).toBe("");
    expect(wb.at(S, o.staleRow, 1)).toBe("");
    wb.hf.setCellContents({ sheet: wb.hf.getSheetId(S)!, row: o.valgRow, col: 1 }, 3_600_000);
    // Hand: overrun 600.000; price change 3,6/4,2 − 1 = −14,29 %; move Aflastning → Kontaktperson 600.000 / 450.000 = 1,333 HÅP.
    const core = rammetilpasning({ omraade: o.omraade, ramme: 3_600_000, linjer: forebyg, flytFra: "Aflastning", flytTil: "Kontaktperson", maal: 0.75 });
    expect(core.overskridelse).toBe(600_000);
    expect(num("Ramme_overskridelse_2")).toBe(600_000);
    expect(num("Ramme_prisaendring_2")).toBeCloseTo(core.prisaendring!, 9);
    expect(num("Ramme_flyt_HAAP_2")).toBeCloseTo(600_000 / 450_000, 9);
    expect(wb.at(S, o.resultRow, layout.resultCols.muligt)).toBe("ja");
    expect(num("Ramme_andel_pleje_foer_2")).toBe(0);
    core.linjer.forEach((l, i) => {
      expect(wb.num(S, a1(o.firstLine + i, layout.lineCols.haapRammen))).toBeCloseTo(l.haapRammen!, 10);
      expect(wb.num(S, a1(o.firstLine + i, layout.lineCols.reduktion))).toBeCloseTo(l.reduktion!, 10);
      expect(wb.num(S, a1(o.firstLine + i, layout.lineCols.altHer))).toBeCloseTo(l.reduktionAltHer!, 10);
    });
    expect(wb.at(S, o.staleRow, 1)).toBe("Teksten passer ikke længere til de gule celler — dan arket igen for at få en ny tekst.");
  });

  it("moves nothing to a dearer foranstaltning and says 'nej' when more would have to move than there are", () => {
    const id = wb.hf.getSheetId(S)!;
    const o = layout.omraader[0];
    wb.hf.setCellContents({ sheet: id, row: o.valgRow, col: 2 }, "Plejefamilie");
    wb.hf.setCellContents({ sheet: id, row: o.valgRow, col: 3 }, "Døgninstitution");
    expect(wb.at(S, o.resultRow, layout.resultCols.flyt)).toBe("");
    expect(wb.at(S, o.staleRow, 1)).not.toBe("");
    wb.hf.setCellContents({ sheet: id, row: o.valgRow, col: 2 }, "Døgninstitution");
    wb.hf.setCellContents({ sheet: id, row: o.valgRow, col: 3 }, "Plejefamilie");
    wb.hf.setCellContents({ sheet: id, row: o.valgRow, col: 1 }, 10_000_000);
    // 22.000.000 / 1.600.000 = 13,75 > 8 HÅP in Døgninstitution.
    expect(num("Ramme_flyt_HAAP_1")).toBeCloseTo(13.75, 12);
    expect(wb.at(S, o.resultRow, layout.resultCols.muligt)).toBe("nej");
    expect(wb.at(S, o.resultRow, layout.resultCols.andelEfter)).toBe("");
  });
});
