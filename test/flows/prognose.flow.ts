// The Prognose and Budgetbemærkninger flows against the workbook double, whose tables are the
// bundled Eksempel Kommune CSVs.
import { ymdToDay } from "../../src/core";
import {
  generateAarsanalyser, generateBudgetbemaerkninger, generatePrognose, loadPrognoseSettings, methodSuggestion, readPrognoseInputs, SETTINGS_KEY, withMethod,
} from "../../src/flows";
import { demoTables } from "../support/demoTables";
import { WorkbookDouble } from "../support/workbookDouble";

const generatedOn = ymdToDay(2025, 11, 5);

describe("readPrognoseInputs", () => {
  it("reads every table and says how many kontos for which year", async () => {
    const wb = new WorkbookDouble({ tables: demoTables() });
    const inputs = await readPrognoseInputs(wb);
    expect(inputs.message).toBe("4 konti læst; budgetår 2025.");
    expect(inputs.kontos.map((k) => k.konto)).toEqual(["5.28.20", "5.28.21", "5.28.23", "5.28.24"]);
    expect(inputs.missingTables).toEqual([]);
    expect(inputs.data.cases.length).toBeGreaterThan(0);
  });

  it("names a missing required table in Danish", async () => {
    const inputs = await readPrognoseInputs(new WorkbookDouble({ tables: demoTables(["Forbrug"]) }));
    expect(inputs.missingTables).toEqual(["Forbrug"]);
    expect(inputs.problems.map((p) => p.message)).toContain('Tabellen "Forbrug" findes ikke i arbejdsbogen');
  });
});

describe("methodSuggestion — the backtest next to each konto's method", () => {
  it("suggests from the whole past year in Forbrug with the budget from the Regnskab table", async () => {
    const inputs = await readPrognoseInputs(new WorkbookDouble({ tables: demoTables() }));
    // 5.28.20 in 2024: booked 24.316.385 against a budget of 23.101.000, so rammestyring misses by
    // 1.215.385 / 24.316.385 = 5,0 % in every as-of month; 12-dele does worse on this rising year.
    const ramme = inputs.backtest[0].scores.find((s) => s.id === "ramme");
    expect(ramme).toEqual({ id: "ramme", status: "ok", meanError: (24316385 - 23101000) / 24316385, runs: 9 });
    expect(methodSuggestion(inputs, "5.28.20")).toBe("Forslag ud fra 2024: Rammestyring (gns. fejl 5,0 %)");
    expect(methodSuggestion(inputs, "5.28.21")).toBe("Forslag ud fra 2024: Periodisering i 12-dele (gns. fejl 10,7 %)");
  });

  it("says why there is no suggestion without the Regnskab table (no budget, no year before 2024)", async () => {
    const inputs = await readPrognoseInputs(new WorkbookDouble({ tables: demoTables(["Regnskab"]) }));
    expect(methodSuggestion(inputs, "5.28.20")).toBe(
      "Intet forslag: kræver et helt tidligere år i Forbrug (og budgettet i tabellen Regnskab for 12-dele og rammestyring).",
    );
  });
});

describe("generatePrognose", () => {
  it("saves the chosen methods and writes the prognose with its inputs, not the budget comments", async () => {
    const wb = new WorkbookDouble({
      tables: demoTables(), writes: true, settings: { [SETTINGS_KEY]: JSON.stringify({ methods: { "5.28.21": "glidende" } }) },
      sheets: [{ name: "Nøgletal 2025", kind: "noegletal" }],
    });
    const inputs = await readPrognoseInputs(wb);
    const settings = withMethod(await loadPrognoseSettings(wb), "5.28.24", "skoen");
    const out = await generatePrognose(wb, inputs, { ...settings, skoen: { "5.28.24": 30000000 } }, generatedOn);
    expect(out.sheets).toEqual(["Budgetforudsætninger", "Risikosager", "Prognose 2025-10"]);
    expect(JSON.parse(wb.settings!.get(SETTINGS_KEY)!)).toEqual({
      methods: { "5.28.21": "glidende", "5.28.24": "skoen" }, lambda: { kind: "gennemsnit", months: 12 }, skoen: { "5.28.24": 30000000 },
    });
    expect(out.message).toMatch(/^Arkene "Budgetforudsætninger", "Risikosager", "Prognose 2025-10" er skrevet\. Prognosen for året efter de valgte metoder er i alt [\d.]+ kr\.$/);
    wb.verify();
    // The workbook has Nøgletal 2025: the prognose shows the one forventet regnskab by its name.
    const prognose = wb.written[0].find((x) => x.kind === "prognose")!;
    const formulas = prognose.blocks.flatMap((b) => (b.kind === "cells" ? b.cells.flat() : [])).flatMap((c) => (c && typeof c === "object" && "f" in c ? [c.f] : []));
    expect(formulas).toEqual(expect.arrayContaining(["Forventet_regnskab_2025", "HÅP_2025", "GNS_pris_2025"]));
  });
});

describe("generateBudgetbemaerkninger", () => {
  it("writes one paragraph per område", async () => {
    const wb = new WorkbookDouble({
      tables: demoTables(), writes: true,
      settings: { [SETTINGS_KEY]: JSON.stringify({ methods: { "5.28.21": "glidende", "5.28.23": "risikosager", "5.28.24": "pulje" }, lambda: { kind: "gennemsnit", months: 6 } }) },
    });
    const out = await generateBudgetbemaerkninger(wb, generatedOn);
    expect(out.message).toBe('Arket "Budgetbemærkninger 2025" er skrevet.');
    expect(out.paragraphs).toHaveLength(2);
    expect(out.paragraphs[0]).toMatch(/^Der forventes i 2025 i alt 122,1 helårsforanstaltninger på anbringelsesområdet mod 118,2 i budgettet\. /);
  });

  it("refuses without a required table and writes nothing", async () => {
    const wb = new WorkbookDouble({ tables: demoTables(["Budgetforudsætninger"]), writes: true, settings: {} });
    await expect(generateBudgetbemaerkninger(wb, generatedOn)).rejects.toThrow('Tabellen "Budgetforudsætninger" findes ikke i arbejdsbogen');
    expect(wb.written).toEqual([]);
  });
});

describe("generateAarsanalyser", () => {
  it("writes Metodevalg and Overgang 18 år, and Sammenligning when the workbook has the peers' table", async () => {
    const peers = { name: "Sammenligning", values: [["Kommune", "Nøgletal", "Værdi"], ["Nordby (fiktiv)", "GNS-pris pr. anbragt", "612.000"], ["Nordby (fiktiv)", "Antal sager", "5"]] };
    const wb = new WorkbookDouble({ tables: [...demoTables(), peers], writes: true, settings: {} });
    const inputs = await readPrognoseInputs(wb);
    const out = await generateAarsanalyser(wb, inputs, generatedOn);
    expect(out.sheets).toEqual(["Metodevalg 2025", "Overgang 18 år 2025", "Sammenligning 2025"]);
    expect(out.message).toBe('Arkene "Metodevalg 2025", "Overgang 18 år 2025", "Sammenligning 2025" er skrevet.');
    expect(out.problems.map((p) => p.message)).toEqual([
      'Disse nøgletal kan ikke beregnes ud fra sagerne: "Antal sager" — skriv kommunens eget tal i den gule celle på arket Sammenligning',
    ]);
    wb.verify();
  });

  it("leaves Sammenligning out without the peers' table", async () => {
    const wb = new WorkbookDouble({ tables: demoTables(), writes: true, settings: {} });
    const out = await generateAarsanalyser(wb, await readPrognoseInputs(wb), generatedOn);
    expect(out.sheets).toEqual(["Metodevalg 2025", "Overgang 18 år 2025"]);
  });
});
