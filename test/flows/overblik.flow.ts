// The Overblik and Økonomitjek flows against the workbook double: which worksheets count as case
// tables, what is written, and the Danish problems handed back with their cells.
import { pseudonym, ymdToDay } from "../../src/core";
import { PSEUDONYM_SECRET_KEY } from "../../src/flows/settings";
import { generateOekonomitjek, generateOverblik, listCaseSheets } from "../../src/flows";
import type { SheetSpec } from "../../src/sheets/spec";
import { WorkbookDouble } from "../support/workbookDouble";

const HEADERS = ["Cpr-nr.", "Navn", "Foranstaltning", "Konto", "Takst", "Takstenhed", "Startdato", "Stopdato", "Leverandør", "Rådgiver", "Status"];
const d = (y: number, m: number, day: number) => ymdToDay(y, m, day);
// CPR numbers with day 61–91 (substitute numbers), so never real people.
const ANNA = ["610312-4123", "Anna Jensen", "Plejefamilie", "5.28.20", 30000, "måned", d(2024, 3, 1), "", "Kragereden", "AKJ", "aktuel"];
const BO = ["620508-4456", "Bo Hansen", "Opholdssted", "5.28.23", 3000, "døgn", d(2025, 2, 1), d(2025, 9, 30), "Solbakken", "BMH", "aktuel"];
// Row 4 of "Sager": no takst, which the core rejects with a Danish message.
const NO_TAKST = ["630601-4789", "Clara Nielsen", "Kontaktperson", "5.28.21", "", "måned", d(2025, 1, 1), "", "Familiecentret", "AKJ", "aktuel"];
const generatedOn = d(2025, 10, 5);

function workbook() {
  return new WorkbookDouble({
    writes: true,
    settings: {},
    tables: [],
    sheets: [
      { name: "Sager", values: [HEADERS, ANNA, BO, NO_TAKST] },
      // The consultant's own words for the two required columns, with the header in row 3 from B.
      { name: "Sager september", origin: { row: 2, col: 1 }, values: [["Takst (mdl.)", "Bevilget fra", "Cpr"], [30000, d(2024, 3, 1), "610312-4123"]] },
      { name: "Noter", values: [["Note", "Dato"], ["Husk budgetmøde", d(2025, 10, 1)]] },
      { name: "Tom" },
      // Our own earlier output has case-like headers but is not a source.
      { name: "Disponering 2024", kind: "disponering", values: [HEADERS, ANNA] },
    ],
  });
}

/** Every text value written into a spec's cells. */
const texts = (spec: SheetSpec) =>
  spec.blocks.flatMap((b) => (b.kind === "cells" ? b.cells.flat() : [])).filter((c) => c === null || typeof c !== "object").map(String);

describe("listCaseSheets", () => {
  it("lists the user's sheets whose first used row has Takst and Startdato, not ours, not empty ones", async () => {
    const wb = workbook();
    expect(await listCaseSheets(wb)).toEqual(["Sager", "Sager september"]);
    expect(wb.calls).toEqual(["listSheets"]);
  });
});

describe("generateOverblik", () => {
  it("writes Disponering, Nøgletal, Overblik, Portefølje and Leverandører and returns the rows' problems with their cells", async () => {
    const wb = workbook();
    const out = await generateOverblik(wb, { source: "Sager", year: 2025, baseYear: 2024, target: 0.75, maskCpr: true, generatedOn });
    expect(out.sheets).toEqual(["Disponering 2025", "Nøgletal 2025", "Overblik 2025", "Portefølje 2025", "Leverandører 2025"]);
    expect(out.problems).toEqual([{ message: "Række 4, Takst: skal udfyldes", code: "required", severity: "fejl", source: "arket Sager", sheet: "Sager", address: "E4" }]);
    expect(out.cases).toBe(2);
    expect(out.message).toBe("Skrev arkene Disponering 2025, Nøgletal 2025, Overblik 2025, Portefølje 2025, Leverandører 2025.");
    // The years before: our history sheet (none here) and the table Regnskab (none) — not the cases.
    // Masked: the workbook's secret for pseudonyms is created once and saved in its settings.
    expect(wb.calls).toEqual([
      // listTables twice: the budget table, then the table Forbrug (the booked months; none here).
      "readSheet Sager", "loadSetting Styringsark.disponering.arter", "listSheets", "readTable Regnskab", "listTables", "listTables", `loadSetting ${PSEUDONYM_SECRET_KEY}`, `saveSetting ${PSEUDONYM_SECRET_KEY}`,
      // Portefølje looks for the snapshots Opdatér måned saved (none here).
      "listSheets",
      // The leverandør types: no table Leverandører (and no type column in the case table).
      "readTable Leverandører", "readTable Leverandoerer",
      // No budget assumptions: no Rammetilpasning.
      "readTable Budgetforudsætninger", "readTable Budgetforudsaetninger",
      "writeSheets Disponering 2025, Nøgletal 2025, Overblik 2025, Portefølje 2025, Leverandører 2025",
    ]);
    const secret = wb.settings!.get(PSEUDONYM_SECRET_KEY)!;
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    const [disp, noegletal, , port] = wb.written[0];
    expect(noegletal.kind).toBe("noegletal");
    expect(disp.kind).toBe("disponering");
    // The Disponering sheet holds the two valid cases, not the rejected row.
    expect(texts(disp)).toEqual(expect.arrayContaining(["Anna Jensen", "Bo Hansen"]));
    expect(texts(disp)).not.toContain("Clara Nielsen");
    // Masking reaches the portfolio: Anna's pseudonym, never her CPR, birth date or name.
    expect(texts(port)).toContain(pseudonym("610312-4123", secret));
    expect(texts(port).some((v) => v.includes("610312") || v.includes("Anna"))).toBe(false);
    wb.verify();
  });

  it("also writes Budget og regnskab and Rammetilpasning when the workbook has the tables Regnskab and Budgetforudsætninger", async () => {
    const wb = new WorkbookDouble({
      writes: true, settings: {},
      tables: [
        { name: "Regnskab", sheet: "Regnskab", values: [["Konto", "År", "Regnskab", "Budget"], ["5.28.21", 2023, "10.400.000", "10.000.000"], ["5.28.21", 2024, "11.550.000", "10.500.000"]] },
        {
          name: "Budgetforudsætninger", sheet: "Forudsætninger",
          values: [["Område", "Foranstaltning", "Konto", "HÅP", "GNS-pris", "HÅP sidste år", "GNS-pris sidste år"], ["anbringelsesområdet", "Plejefamilie", "5.28.20", 40, 400000, 39, 390000], ["anbringelsesområdet", "Døgninstitution", "5.28.24", 8, "2.000.000", 8, "abc"]],
        },
      ],
      sheets: [{ name: "Sager", values: [HEADERS, ANNA, BO] }],
    });
    const out = await generateOverblik(wb, { source: "Sager", year: 2025, baseYear: 2023, target: 0.8, maskCpr: false, generatedOn });
    expect(out.sheets).toEqual(["Disponering 2025", "Nøgletal 2025", "Overblik 2025", "Portefølje 2025", "Budget og regnskab", "Rammetilpasning 2025", "Leverandører 2025"]);
    // A bad cell of the budget assumptions is handed back with its row (readAssumptions names the column
    // in the message, not in the address); its line is left out.
    expect(out.problems).toEqual([expect.objectContaining({ sheet: "Forudsætninger", address: "A3", message: "Række 3, GNS-pris sidste år: abc er ikke et gyldigt beløb" })]);
    const ramme = wb.written[0][5];
    expect(ramme.kind).toBe("rammetilpasning");
    expect(texts(ramme)).toEqual(expect.arrayContaining(["anbringelsesområdet", "Plejefamilie", "0.8", "Skriv budgetrammen for anbringelsesområdet i den gule celle, og dan arket igen for at få teksten."]));
    expect(texts(ramme)).not.toContain("Døgninstitution");
    const spec = wb.written[0][4];
    expect(spec.kind).toBe("budgetRegnskab");
    // The base year in the yellow cell (B3) and the two years of the table.
    const cells = spec.blocks.flatMap((b) => (b.kind === "cells" ? b.cells.map((r, i) => ({ row: b.row + i, col: b.col, r })) : []));
    expect(cells.find((c) => c.row === 2 && c.col === 0)?.r).toEqual(["Basisår for indeks", 2023]);
    expect(texts(spec)).toEqual(expect.arrayContaining(["5.28.21", "2023", "2024", "10000000", "11550000"]));
  });

  it("gives the same person the same pseudonym month after month (the secret is kept)", async () => {
    const wb = workbook();
    await generateOverblik(wb, { source: "Sager", year: 2025, baseYear: 2024, target: 0.75, maskCpr: true, generatedOn });
    await generateOverblik(wb, { source: "Sager", year: 2025, baseYear: 2024, target: 0.75, maskCpr: true, generatedOn: generatedOn + 31 });
    expect(wb.calls.filter((c) => c.startsWith("saveSetting"))).toHaveLength(1);
    const pseudonyms = wb.written.map((w) => texts(w[3]).filter((v) => v.startsWith("Person ")).sort());
    expect(pseudonyms[0].length).toBeGreaterThan(0);
    expect(pseudonyms[1]).toEqual(pseudonyms[0]);
  });

  it("shows full CPR in the portfolio when the report is not masked", async () => {
    const wb = workbook();
    await generateOverblik(wb, { source: "Sager", year: 2025, baseYear: 2024, target: 0.75, maskCpr: false, generatedOn });
    expect(texts(wb.written[0][3]).some((v) => v.includes("610312-4123"))).toBe(true);
  });

  it("says which required columns a sheet lacks, and that a sheet is gone", async () => {
    const wb = workbook();
    const out = await generateOverblik(wb, { source: "Noter", year: 2025, baseYear: 2024, target: 0.75, maskCpr: true, generatedOn });
    expect(out.problems.map((p) => p.message)).toEqual(["Arket mangler kolonnerne: Takst, Startdato"]);
    await expect(generateOverblik(wb, { source: "Væk", year: 2025, baseYear: 2024, target: 0.75, maskCpr: true, generatedOn }))
      .rejects.toThrow('Arket "Væk" findes ikke i arbejdsbogen');
  });

});

describe("generateOekonomitjek", () => {
  it("writes one Økonomitjek sheet and each problem's source names its sheet", async () => {
    const wb = workbook();
    const out = await generateOekonomitjek(wb, { before: "Sager september", now: "Sager", year: 2025, month: 10, maskCpr: true, generatedOn });
    expect(out.sheets).toEqual(["Økonomitjek 2025-10"]);
    expect(out.problems.map((p) => [p.source, p.address, p.message])).toEqual([["arket Sager", "E4", "Række 4, Takst: skal udfyldes"]]);
    expect(wb.written[0].map((s) => s.kind)).toEqual(["oekonomitjek"]);
    const tjek = texts(wb.written[0][0]);
    // Bo is new since September; he appears by his pseudonym only.
    expect(tjek).toContain(pseudonym("620508-4456", wb.settings!.get(PSEUDONYM_SECRET_KEY)!));
    expect(tjek.some((v) => v.includes("620508") || v.includes("Bo Hansen"))).toBe(false);
  });
});

describe("a case table's unit", () => {
  it("comes from the takst header when the table has no Takstenhed column", async () => {
    const wb = new WorkbookDouble({ writes: true, settings: {}, tables: [], sheets: [{ name: "Døgn", values: [["Døgntakst", "Startdato"], [2500, d(2025, 1, 1)]] }] });
    const out = await generateOverblik(wb, { source: "Døgn", year: 2025, baseYear: 2024, target: 0.75, maskCpr: true, generatedOn });
    expect(out.problems).toEqual([]);
    // 2.500 kr. a day: the disponering sheet's takst cell keeps the day rate and its unit.
    expect(texts(wb.written[0][0])).toEqual(expect.arrayContaining(["2500", "døgn"]));
  });
});
