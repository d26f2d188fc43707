// The Disponering and Nøgletal builders in steps (so the task pane stays responsive at 20.000 cases)
// give exactly what they gave in one piece: cases in Danish order by foranstaltning, konto, cpr, start
// and source row — compared here with that order computed directly with localeCompare — across
// the 2.000-row runs the stepwise sort merges.
import type { CaseRow } from "../../src/core";
import { buildDisponering, buildDisponeringInSteps } from "../../src/sheets/disponering";
import { drain } from "../../src/sheets/draft";
import { randomCases } from "../support/randomCases";

// Names whose Danish order differs from code-point order (Æ, Ø, Å after Z; "aa" as in Aalborg),
// and one written decomposed (NFD): the collator finds it equal to its composed form.
const NAMES = ["Åben", "Zoo", "Ærø", "Øvrige", "Aalborg", "Anbringelse", "Åben".normalize("NFD"), "ærø", "Plejefamilie"];

function cases(n: number): CaseRow[] {
  return randomCases(7, n, 2025).map((c, i) => ({ ...c, foranstaltning: NAMES[(i * 7) % NAMES.length], konto: i % 5 === 0 ? "" : c.konto }));
}

const reference = (cs: readonly CaseRow[]) =>
  [...cs].sort((a, b) =>
    a.foranstaltning.localeCompare(b.foranstaltning, "da") || a.konto.localeCompare(b.konto, "da") ||
    (a.cpr ?? "").localeCompare(b.cpr ?? "", "da") || a.start - b.start || a.row - b.row);

describe("buildDisponeringInSteps", () => {
  it("orders 4.500 cases as one Danish sort does, pausing many times, and gives the same sheet as buildDisponering", () => {
    const cs = cases(4500);
    const steps = buildDisponeringInSteps({ year: 2025, cases: cs, generatedOn: 46000 });
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    const built = next.value;
    expect(pauses).toBeGreaterThan(10);
    expect(built.layout.caseRows.map((r) => r.caseRow)).toEqual(reference(cs));
    expect(built).toEqual(buildDisponering({ year: 2025, cases: cs, generatedOn: 46000 }));
    expect(drain(buildDisponeringInSteps({ year: 2025, cases: cs, generatedOn: 46000 })).spec).toEqual(built.spec);
  });
});
