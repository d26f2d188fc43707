// "Budgetmodel Botilbud A" recalculated by HyperFormula gives docs/domain.md §5's worked example and
// agrees with src/core in every column; the key outputs are read through the sheet-scoped names.
import { computeBudgetModel } from "../../src/core";
import { buildBudgetmodel, BUDGETMODEL_NAMES } from "../../src/sheets/budgetmodel";
import { a1 } from "../../src/sheets/a1";
import { botilbudA } from "../../src/cli/botilbudA";
import { expectBotilbudAFigures } from "../support/botilbudA";
import { type Recalculated, recalcXlsx, writeForRecalc } from "../support/recalc";

const num = (v: unknown) => {
  if (typeof v !== "number") throw new Error(`ikke et tal: ${JSON.stringify(v)}`);
  return v;
};

describe("Budgetmodel Botilbud A recalculated", () => {
  const model = botilbudA();
  const { spec, layout } = buildBudgetmodel(model, { generatedOn: 45000 });
  const core = computeBudgetModel(model);
  let wb: Recalculated;
  beforeAll(async () => {
    wb = await recalcXlsx(await writeForRecalc([spec]));
  });
  const s = layout.sheetName;
  const name = (n: string) => num(wb.name(s, n));

  it("writes every key output as a worksheet-scoped name", () => {
    expect(Object.keys(wb.names[s]).sort()).toEqual([...BUDGETMODEL_NAMES].sort());
    expect(wb.names[s].Takstberegningsgrundlag).toBe(`'Budgetmodel Botilbud A'!$E$${layout.rows.takstberegningsgrundlag + 1}`);
  });

  it("gives docs/domain.md §5's figures through the names", () => {
    expectBotilbudAFigures(name);
  });

  it("agrees with core in every column to the øre", () => {
    const rowsByField = {
      variable: layout.rows.variableTotal, fixed: layout.rows.fixedTotal, provider: layout.rows.providerTotal,
      subsidies: layout.rows.subsidiesTotal, central: layout.rows.centralTotal, otherIncome: layout.rows.otherIncomeTotal,
      udgiftsgrundlag: layout.rows.udgiftsgrundlag, takstberegningsgrundlag: layout.rows.takstberegningsgrundlag,
      haap: layout.rows.haapTotal, income: layout.rows.income, result: layout.rows.result, belaegning: layout.rows.belaegning,
      pladsprisAar: layout.rows.pladsprisAar, pladsprisDoegn: layout.rows.pladsprisDoegn, haapPladspris: layout.rows.haapPladspris,
    } as const;
    expect(core.columns).toHaveLength(9);
    core.columns.forEach((col, j) => {
      for (const [field, row] of Object.entries(rowsByField)) {
        const expected = col[field as keyof typeof col] as number;
        expect([field, j, wb.num(s, a1(row, layout.firstCol + j))]).toEqual([field, j, expect.closeTo(expected, 2)]);
      }
    });
    const cell = (k: keyof typeof layout.cells) => wb.num(s, a1(layout.cells[k].row, layout.cells[k].col));
    expect(cell("weightedPris")).toBeCloseTo(core.staff.weightedPris!, 2);
    expect(cell("ataAarsvaerk")).toBeCloseTo(core.staff.ataAarsvaerk, 6);
    expect(cell("staffAtaHours")).toBeCloseTo(core.staffAtaHours, 2);
    expect(cell("loensum")).toBeCloseTo(core.loensumTilReduktion, 2);
    expect(cell("haapPladspris")).toBeCloseTo(core.haapPladspris!, 2);
    // Budget (økonomisystem) 23.507.378 on 36 HÅP: 652.982,72 per occupied place, 602.753,28 per place.
    expect(wb.num(s, a1(layout.rows.haapPladspris, layout.firstCol + 2))).toBeCloseTo(652982.72, 2);
    expect(wb.num(s, a1(layout.rows.pladsprisAar, layout.firstCol + 2))).toBeCloseTo(602753.28, 2);
    expect(Math.round(name("Pris_pr_belagt_plads_aar"))).toBe(755046);
  });

  it("feeds a cut entered in the staff table back into the prognose", async () => {
    const cutModel = { ...model, staff: model.staff.map((st) => (st.name === "Borgerrelateret (faguddannet)" ? { ...st, reduktion: 4.4 } : st)) };
    const built = buildBudgetmodel(cutModel, { generatedOn: 45000 });
    const cut = await recalcXlsx(await writeForRecalc([built.spec]));
    // −2.133.048 + 4,4 × 487.000 = 9.752; first overslagsår carries the cut with 2,5 % PL.
    expect(num(cut.name(s, "Forventet_regnskabsresultat"))).toBeCloseTo(9752, 6);
    expect(num(cut.name(s, "Aarsvaerk_til_reduktion"))).toBe(0);
    const core2 = computeBudgetModel(cutModel);
    expect(cut.num(s, a1(built.layout.rows.udgiftsgrundlag, built.layout.firstCol + 5))).toBeCloseTo(core2.columns[5].udgiftsgrundlag, 2);
  });

  it("locks formulas, unlocks inputs and validates them", () => {
    expect(spec.protect).toBe(true);
    const inputs = spec.formats.filter((f) => f.style === "input");
    // PL row, cost lines, HÅP, places, rates, staff … every input rect holds no formula.
    for (const f of inputs) {
      for (const b of spec.blocks) {
        if (b.kind !== "cells") continue;
        b.cells.forEach((r, i) => r.forEach((c, j) => {
          const row = b.row + i, col = b.col + j;
          const inside = row >= f.rect.row && row < f.rect.row + f.rect.rows && col >= f.rect.col && col < f.rect.col + f.rect.cols;
          if (inside && c !== null && typeof c === "object") throw new Error(`Formel i inputcelle ${a1(row, col)}: ${c.f}`);
        }));
      }
    }
    const pl = spec.validations!.find((v) => v.rect.row === layout.rows.pl)!;
    expect(pl.rule).toEqual({ type: "decimal", min: -1, max: 1 });
    const places = spec.validations!.find((v) => v.rect.row === layout.rows.places)!;
    expect(places.rule).toEqual({ type: "decimal", min: 0 });
    const ramme = spec.validations!.find((v) => v.rect.row === layout.cells.rammePct.row)!;
    expect(ramme.rule).toEqual({ type: "decimal", min: -1, max: 1 });
  });
});
