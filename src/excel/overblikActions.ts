// Issue 7's WorkbookActions with Excel.run: read case tables from worksheets, build the Disponering,
// Overblik, Portefølje and Økonomitjek sheets and write them in one guarded batch.
import {
  FIELD_LABELS, missingFields, recogniseHeaders, unitFromHeader, validateCases, ymdToDay, type CaseRow,
} from "../core";
import { buildDisponering, buildOekonomitjek, buildOverblik, buildPortefoelje } from "../sheets";
import type { GenerateOutcome, OverviewActions } from "../taskpane/actions";
import { OWNER_KEY } from "./plan";
import { writeSheets } from "./writer";

type Ctx = Excel.RequestContext;

function today(): number {
  const d = new Date();
  return ymdToDay(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** Values of a worksheet's used range (first row = headers), read with one sync. */
async function readSheet(context: Ctx, name: string): Promise<unknown[][]> {
  const range = context.workbook.worksheets.getItem(name).getUsedRange(true);
  range.load("values");
  await context.sync();
  return range.values as unknown[][];
}

/** Validates a sheet's rows as a case table; problems come back as Danish lines. */
export function casesFromValues(values: unknown[][]): { cases: CaseRow[]; problems: string[] } {
  const [headers = [], ...rows] = values;
  const mapping = recogniseHeaders(headers);
  // The user's words for the columns ("Takst, Startdato"), not the field ids.
  const missing = missingFields(mapping).map((f) => FIELD_LABELS[f]);
  if (missing.length > 0) return { cases: [], problems: [`Arket mangler kolonnerne: ${missing.join(", ")}`] };
  const takstHeader = mapping.takst !== undefined ? headers[mapping.takst] : undefined;
  const out = validateCases(rows.map((v, i) => ({ row: i + 2, values: v })), mapping, { headers, defaultUnit: unitFromHeader(takstHeader) });
  return { cases: out.cases, problems: out.problems.filter((p) => p.severity === "fejl").map((p) => p.message) };
}

export const overblikActions: Required<OverviewActions> = {
  async listCaseSheets() {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const firstRows = sheets.items.map((ws) => {
        const r = ws.getUsedRangeOrNullObject(true).getRow(0);
        r.load("values");
        const mark = ws.customProperties.getItemOrNullObject(OWNER_KEY);
        mark.load("value");
        return { name: ws.name, r, mark };
      });
      await context.sync();
      return firstRows
        .filter((x) => x.mark.isNullObject && !x.r.isNullObject && missingFields(recogniseHeaders(x.r.values[0] ?? [])).length === 0)
        .map((x) => x.name);
    });
  },

  async generateOverblik(req): Promise<GenerateOutcome> {
    return Excel.run(async (context) => {
      const { cases, problems } = casesFromValues(await readSheet(context, req.source));
      const generatedOn = today();
      const disp = buildDisponering({ year: req.year, cases, source: `arket ${req.source}`, generatedOn });
      const common = { year: req.year, cases, disponering: disp.layout, generatedOn, chartsDrawn: true };
      const specs = [
        disp.spec,
        buildOverblik({ ...common, baseYear: req.baseYear, target: req.target, years: yearsFrom(req.baseYear, req.year) }).spec,
        buildPortefoelje({ ...common, maskCpr: req.maskCpr }).spec,
      ];
      const out = await writeSheets(context, specs, { activate: true });
      return { sheets: out.sheets.map((s) => s.written), problems };
    });
  },

  async generateOekonomitjek(req): Promise<GenerateOutcome> {
    return Excel.run(async (context) => {
      const before = casesFromValues(await readSheet(context, req.before));
      const now = casesFromValues(await readSheet(context, req.now));
      const spec = buildOekonomitjek({
        year: req.year, month: req.month, before: before.cases, now: now.cases, beforeLabel: req.before, nowLabel: req.now,
        maskCpr: req.maskCpr, generatedOn: today(), chartsDrawn: true,
      }).spec;
      const out = await writeSheets(context, [spec], { activate: true });
      return {
        sheets: out.sheets.map((s) => s.written),
        problems: [...before.problems.map((p) => `${req.before}: ${p}`), ...now.problems.map((p) => `${req.now}: ${p}`)],
      };
    });
  },
};

/** The index years: from the base year (at most 5 years back) up to the year before the budget year. */
function yearsFrom(baseYear: number, year: number): number[] {
  const out: number[] = [];
  for (let y = Math.max(baseYear, year - 5); y < year; y++) out.push(y);
  return out;
}
