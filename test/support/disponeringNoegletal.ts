// Disponering + Nøgletal for a case table, as the tests and the bench that write, refresh or count
// syncs for both sheets build them (budget year 2025, generated on day 45000).
import type { CaseRow } from "../../src/core";
import { buildDisponering } from "../../src/sheets/disponering";
import { buildNoegletal } from "../../src/sheets/noegletal";
import type { SheetSpec } from "../../src/sheets/spec";

export function disponeringNoegletalSpecs(cases: readonly CaseRow[]): SheetSpec[] {
  const d = buildDisponering({ year: 2025, cases, generatedOn: 45000 });
  return [d.spec, buildNoegletal({ year: 2025, disponering: d.layout, generatedOn: 45000 }).spec];
}
