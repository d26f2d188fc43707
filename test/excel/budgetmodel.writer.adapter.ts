// The Office writer applied to the budget model and a døgnskema: sheet-scoped names, protection and
// data validation reach Excel (asserted through the office-addin-mock based test double).
import { writeSheets } from "../../src/excel";
import { buildBudgetmodel, budgetmodelRef, BUDGETMODEL_NAMES } from "../../src/sheets/budgetmodel";
import { buildDoegnskema } from "../../src/sheets/doegnskema";
import { buildBudgetRegnskab } from "../../src/sheets/budgetRegnskab";
import { FREQUENCIES } from "../../src/core";
import { botilbudA } from "../../src/cli/botilbudA";
import { FakeWorkbook } from "../support/fakeExcel";

describe("writeSheets with the budget model and a døgnskema", () => {
  const bm = buildBudgetmodel(botilbudA(), { generatedOn: 45000 });
  const ds = buildDoegnskema({
    borger: "Borger A1", tilbud: "Botilbud A", ydelsespakke: "Funktionsniveau 3", udmaaltTimerPrUge: 8, generatedOn: 45000,
    ataTimepris: { ref: budgetmodelRef(bm.layout, "ataTimepris") },
    activities: [{ tidsrum: "Morgen", beskrivelse: "Morgenrutine", hyppighed: "Hverdage", minutter: 30, normering: "1:1" }],
  });

  it("adds the nine names on the budget model's own sheet, protects both sheets and sets the drop-downs", async () => {
    const wb = new FakeWorkbook([{ name: "Ark1" }]);
    const out = await writeSheets(wb.context, [bm.spec, ds.spec]);
    expect(out.syncs).toBe(4);
    const model = wb.sheet("Budgetmodel Botilbud A")!;
    expect([...model.names.keys()]).toEqual([...BUDGETMODEL_NAMES]);
    expect(model.protected).toBe(true);
    expect(model.props.get("Styringsark")).toBe("budgetmodel");
    // One validation call per rule of the spec, e.g. PL % between −100 % and 100 % on the overslagsår.
    expect(model.validations).toHaveLength(bm.spec.validations!.length);
    expect(model.validations).toContainEqual({
      address: `${bm.layout.rows.pl},6,1,4`,
      rule: { decimal: { formula1: -1, formula2: 1, operator: "Between" } },
    });
    expect(model.validations).toContainEqual({
      address: `${bm.layout.rows.places},1,1,9`,
      rule: { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
    });
    // Inputs are unlocked before protection; formulas stay locked (the default).
    const unlocked = model.formats.filter((f) => f.what === "format.protection.locked");
    expect(unlocked.length).toBe(bm.spec.formats.filter((f) => f.style === "input").length);
    expect(unlocked.every((f) => f.value === false)).toBe(true);

    const skema = wb.sheet("Døgnskema Borger A1")!;
    expect(skema.protected).toBe(true);
    expect(skema.names.size).toBe(0);
    const first = ds.layout.firstActivityRow;
    expect(skema.validations).toContainEqual({
      address: `${first},4,11,1`,
      rule: { list: { inCellDropDown: true, source: FREQUENCIES.map(([t]) => t).join(",") } },
    });
    expect(skema.validations).toContainEqual({
      address: `${first},6,11,1`,
      rule: { list: { inCellDropDown: true, source: "1:1,1:2,1:3,1:4,1:5,1:6,1:8,2:1,2:3,3:1" } },
    });
    // The ATA-timepris refers to the budget model: written under its temporary name, and carried
    // along by Excel when the sheet got its final name.
    expect(skema.cells.get(`${ds.layout.timepris.row},1`)).toBe(`='Budgetmodel Botilbud A'!$B$${bm.layout.cells.ataTimepris.row + 1}`);
  });

  it("sets Budget og regnskab's base year as a whole number between 2000 and 2100 (Excel's wholeNumber rule, not decimal)", async () => {
    const wb = new FakeWorkbook([{ name: "Ark1" }]);
    const br = buildBudgetRegnskab({ table: { baseYear: 2023, years: [], konti: [], totals: [] }, generatedOn: 45000, chartsDrawn: true });
    await writeSheets(wb.context, [br.spec]);
    const cell = br.layout.baseYearCell;
    expect(wb.sheet(br.spec.name)!.validations).toEqual([{ address: `${cell.row},${cell.col},1,1`, rule: { wholeNumber: { formula1: 2000, formula2: 2100, operator: "Between" } } }]);
  });
});
