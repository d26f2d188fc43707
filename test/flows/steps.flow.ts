// Stepwise checking of a large case table: the same result as in one go, with pauses between slices
// so the task pane is never frozen for long (see src/flows/steps.ts).
import { checkCaseSource, checkCaseSourceInSteps, runInSteps, type SourceTable } from "../../src/flows";

const HEADER = ["Cpr-nr.", "Foranstaltning", "Konto", "Takst", "Startdato", "Stopdato", "Status"];
// 5.000 rows, 25 slices of 200 (the 20.000 rows of the freeze report are timed in `npm run bench`,
// row "Disponeringsark: kontrol af 20.000 rækker, længste skive"); every 7th start date does not exist (31.02.2025).
const big: SourceTable = {
  label: "tabellen Sager", sheet: "Sager", origin: { row: 0, col: 0 }, header: HEADER,
  rows: Array.from({ length: 5000 }, (_, i) => [
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
    expect(whole.rejectedRows).toBe(715); // ceil(5000 / 7)
    // One pause per 200 rows, and more for the problems located afterwards.
    expect(pauses).toBeGreaterThanOrEqual(25);
  });

  it("stops when the result is no longer wanted (the mapping changed meanwhile)", async () => {
    let pauses = 0;
    const out = await runInSteps(checkCaseSourceInSteps(big, mapping), { sliceMs: 0, pause: async () => void pauses++, wanted: () => pauses < 3 });
    expect(out).toBeNull();
    expect(pauses).toBe(3);
  });
});
