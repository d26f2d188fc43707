// Stepwise checking of a large case table: the same result as in one go, with pauses between slices
// so the task pane is never frozen for long (see src/flows/steps.ts).
import { checkCaseSource, checkCaseSourceInSteps, runInSteps, type SourceTable } from "../../src/flows";

const HEADER = ["Cpr-nr.", "Foranstaltning", "Konto", "Takst", "Startdato", "Stopdato", "Status"];
// 2.001 rows: 10 slices of 200 in the validation, and 2 pauses in each pass of ITEMS_PER_STEP (1.000)
// rows (the 20.000 rows of the freeze report are timed in `npm run bench`, row "Disponeringsark:
// kontrol af 20.000 rækker, længste skive"); every 7th start date does not exist (31.02.2025).
const big: SourceTable = {
  label: "tabellen Sager", sheet: "Sager", origin: { row: 0, col: 0 }, header: HEADER,
  rows: Array.from({ length: 2001 }, (_, i) => [
    `${String(1 + (i % 28)).padStart(2, "0")}0${1 + (i % 9)}17-${String(1000 + (i % 9000))}`, i % 2 ? "Plejefamilie" : "Opholdssted", "5.28.20", "30.000",
    i % 7 === 0 ? "31.02.2025" : "01.01.2025", "", "aktuel",
  ]),
};
const mapping = { cpr: 0, foranstaltning: 1, konto: 2, takst: 3, start: 4, stop: 5, status: 6 };

describe("runInSteps(checkCaseSourceInSteps)", () => {
  it("gives the same check as checkCaseSource, pausing between slices", async () => {
    let pauses = 0;
    const stepped = await runInSteps(checkCaseSourceInSteps(big, mapping), { sliceMs: 0, pause: async () => void pauses++ });
    const whole = checkCaseSource(big, mapping);
    expect(stepped).toEqual(whole);
    expect(whole.rejectedRows).toBe(286); // ceil(2001 / 7): rows 0, 7, …, 1995
    // Counted by hand: the rows counted and numbered, a pause per 1.000 each (2 + 2); validated, one
    // per 200 (10); the 1.715 accepted cases' 1.715 persons grouped for overlaps, one per 1.000 (1);
    // the age limits, one per part of 2.000 (1); the 2.001 problems (286 dates, 1.715 age warnings)
    // located, one per 200 (10): 26. Any of them done in one piece takes at least one away.
    expect(pauses).toBeGreaterThanOrEqual(26);
  });

  it("stops when the result is no longer wanted (the mapping changed meanwhile)", async () => {
    let pauses = 0;
    const out = await runInSteps(checkCaseSourceInSteps(big, mapping), { sliceMs: 0, pause: async () => void pauses++, wanted: () => pauses < 3 });
    expect(out).toBeNull();
    expect(pauses).toBe(3);
  });
});
