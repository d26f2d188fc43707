// Requirement sets as data (docs/requirement-sets.md): every Office.js member src/ calls, with the
// set it came in (test/support/requirementSets.ts reads both with the TypeScript compiler). A member
// above the manifest's ExcelApi 1.12 is allowed only behind isSetSupported with a Danish fallback
// (src/flows/requirements.ts OPTIONAL_SETS); Office would otherwise load the add-in on a 1.12 host
// and the member would be undefined there ("Excel JavaScript API requirement sets",
// https://learn.microsoft.com/en-us/javascript/api/requirement-sets/excel/excel-api-requirement-sets;
// "Check for API availability at runtime",
// https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { OPTIONAL_SETS, REQUIRED_SETS } from "../../src/flows/requirements";
import { manifestSets, officeMembersUsed, requirementProblems, requirementSetsDoc, ROOT, type MemberUse } from "../support/requirementSets";

const DOC = join(ROOT, "docs", "requirement-sets.md");
const read = (f: string) => readFileSync(join(ROOT, f), "utf8");

let uses: MemberUse[];
beforeAll(() => {
  uses = officeMembersUsed();
}, 120000);

const at = (member: string) => uses.find((u) => u.member === member);

it("reads the members and their sets from the code (customProperties 1.12, copyFrom 1.9, createWorkbook 1.8, triggerSource 1.14)", () => {
  expect(at("Excel.Worksheet.customProperties")).toMatchObject({ set: "ExcelApi", version: "1.12" });
  expect(at("Excel.Range.copyFrom")).toMatchObject({ set: "ExcelApi", version: "1.9", files: ["src/excel/writer.ts"] });
  expect(at("Excel.createWorkbook")).toMatchObject({ set: "ExcelApi", version: "1.8" });
  expect(at("Excel.WorksheetChangedEventArgs.triggerSource")).toMatchObject({ set: "ExcelApi", version: "1.14", files: ["src/excel/autoRefresh.ts"] });
  expect(uses.length).toBeGreaterThan(100);
});

it("the manifest declares what the start-up check asks for", () => {
  const manifest = manifestSets();
  expect(manifest.get("ExcelApi")).toBe("1.12");
  for (const s of REQUIRED_SETS) expect(`${s.name} ${manifest.get(s.name)}`).toBe(`${s.name} ${s.version}`);
});

it("uses nothing above the manifest's sets without an isSetSupported guard and a Danish fallback", () => {
  expect(requirementProblems(uses, manifestSets(), OPTIONAL_SETS, read)).toEqual([]);
});

it("refuses an unguarded member above the manifest, a guard in the wrong file, a stale entry and an English fallback", () => {
  const manifest = new Map([["ExcelApi", "1.12"]]);
  const files: Record<string, string> = { "src/excel/a.ts": "range.getMergedAreasOrNullObject()", "src/excel/b.ts": 'if (isSetSupported("ExcelApi", "1.14")) e.triggerSource' };
  const use = (member: string, version: string, file: string): MemberUse => ({ member, set: "ExcelApi", version, files: [file] });
  const guarded = { name: "ExcelApi", version: "1.14", members: ["Excel.WorksheetChangedEventArgs.triggerSource"], without: "Tallene opdateres ikke automatisk; arkene siger med rødt, når de ikke er opdateret." };
  expect(requirementProblems([use("Excel.Range.getMergedAreasOrNullObject", "1.13", "src/excel/a.ts")], manifest, [], (f) => files[f])).toEqual([
    "Excel.Range.getMergedAreasOrNullObject (ExcelApi 1.13) er over manifestets ExcelApi 1.12 og står ikke i OPTIONAL_SETS med en kontrol og et dansk alternativ (src/excel/a.ts)",
  ]);
  expect(requirementProblems([use("Excel.WorksheetChangedEventArgs.triggerSource", "1.14", "src/excel/b.ts")], manifest, [guarded], (f) => files[f])).toEqual([]);
  expect(requirementProblems([use("Excel.WorksheetChangedEventArgs.triggerSource", "1.14", "src/excel/a.ts")], manifest, [guarded], (f) => files[f])).toEqual([
    'src/excel/a.ts bruger Excel.WorksheetChangedEventArgs.triggerSource (ExcelApi 1.14) uden isSetSupported("ExcelApi", "1.14")',
  ]);
  expect(requirementProblems([use("Excel.Range.copyFrom", "1.9", "src/excel/a.ts")], manifest, [{ ...guarded, without: "No automatic refresh." }], (f) => files[f])).toEqual([
    "Excel.WorksheetChangedEventArgs.triggerSource står i OPTIONAL_SETS, men bruges ikke",
    "ExcelApi 1.14: alternativet skal forklares på dansk",
  ]);
});

it("docs/requirement-sets.md is the table the code gives", () => {
  const doc = requirementSetsDoc(uses, manifestSets(), OPTIONAL_SETS);
  if (process.env.UPDATE_REQUIREMENT_SETS === "1") writeFileSync(DOC, doc);
  expect(readFileSync(DOC, "utf8")).toBe(doc);
});
