// The start-up check of the Office requirement sets: which sets, and what the user is told.
// ExcelApi 1.12 (worksheet.customProperties) came with Version 2008 on Windows and 16.40 on Mac
// ("Excel JavaScript API requirement sets",
// https://learn.microsoft.com/en-us/javascript/api/requirement-sets/excel/excel-api-requirement-sets);
// CustomFunctions.Error needs CustomFunctionsRuntime 1.2
// (https://learn.microsoft.com/en-us/javascript/api/custom-functions-runtime/customfunctions.error).
import { REQUIRED_SETS, requirementProblem } from "../../src/flows/requirements";

describe("requirement sets", () => {
  it("are the ones the code uses", () => {
    expect(REQUIRED_SETS.map((s) => `${s.name} ${s.version}`)).toEqual(["ExcelApi 1.12", "SharedRuntime 1.1", "CustomFunctionsRuntime 1.2"]);
  });

  it("say nothing on a host that has them all", () => {
    expect(requirementProblem(() => true)).toBeNull();
  });

  it("explain in Danish what is missing and what to update (Excel 2002–2008, Mac 16.35–16.40)", () => {
    const asked: string[] = [];
    const host = (name: string, version: string) => {
      asked.push(`${name} ${version}`);
      return name !== "ExcelApi";
    };
    expect(requirementProblem(host)).toBe(
      "Denne version af Excel mangler funktioner, som Styringsark bruger: ExcelApi 1.12 (at skrive og genkende arkene). " +
        "Opdater Office til Microsoft 365 version 2008 eller nyere (Windows) eller 16.40 eller nyere (Mac) — " +
        "Filer > Konto > Opdateringsindstillinger > Opdater nu — eller brug Excel på internettet.",
    );
    expect(asked).toEqual(["ExcelApi 1.12", "SharedRuntime 1.1", "CustomFunctionsRuntime 1.2"]);
  });
});
