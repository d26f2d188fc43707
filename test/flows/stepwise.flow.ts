// Økonomitjek, Overblik, Luk året and Opdatér måned run their work over the case table in steps
// (src/flows/steps.ts): between two slices the event loop runs — in the task pane, paint and clicks —
// and what they write is what the one-piece builders give for the same cases. The workbook double
// answers at once (no host round trip), so without the steps a whole action would be one task: a
// timer started beside it would not run once until the action had finished.
import { applyAgeLimits, readCaseTable, ymdToDay, type CaseRow } from "../../src/core";
import { closeYear, generateOekonomitjek, generateOverblik, sharePortefoelje, slicing, updateMonth } from "../../src/flows";
import { PSEUDONYM_SECRET_KEY } from "../../src/flows/settings";
import { buildOekonomitjek, buildPortefoelje } from "../../src/sheets";
import { buildDisponering } from "../../src/sheets/disponering";
import { SNAPSHOT_KIND, snapshotName } from "../../src/flows/maaned";
import { eksempelTables } from "../../src/flows/eksempel";
import { followUpForMonth } from "../../src/flows/prognose";
import { WorkbookDouble } from "../support/workbookDouble";

const HEADER = ["Cpr-nr.", "Navn", "Foranstaltning", "Konto", "Takst", "Startdato", "Stopdato", "Status"];
const FORANSTALTNINGER = [["Plejefamilie", "5.28.20"], ["Opholdssted", "5.28.23"], ["Kontaktperson", "5.28.21"], ["Ærø-ophold", "5.28.23"], ["Øvrige", "5.28.21"]];
// 2.000 rows: every pass that pauses per ITEMS_PER_STEP (1.000) rows pauses twice, and the slices of
// 200 ten times, enough to see each pause; 3.000 cost half as much again and showed nothing more.
const N = 2000;

/** N case rows (as the browser measurement's, smaller); `raise` adds 1.000 kr. to every 7th takst (last month's copy). */
function table(raise = 0): unknown[][] {
  const rows: unknown[][] = [HEADER];
  for (let i = 0; i < N; i++) {
    const [f, k] = FORANSTALTNINGER[(i * 7) % FORANSTALTNINGER.length];
    const day = String(1 + (i % 28)).padStart(2, "0");
    const cpr = `${String(61 + (i % 28))}${String(1 + (i % 12)).padStart(2, "0")}1${i % 8}-4${String(i % 1000).padStart(3, "0")}`;
    const takst = 10000 + (i % 50) * 1000 + (i % 7 === 0 ? raise : 0);
    rows.push([cpr, `Barn ${i}`, f, k, takst, `${day}.${String(1 + ((i * 5) % 12)).padStart(2, "0")}.2024`, i % 3 === 0 ? "" : `${day}.12.2025`, "aktuel"]);
  }
  return rows;
}

const generatedOn = ymdToDay(2025, 10, 5);
const NOW = table(), BEFORE = table(1000);

function workbook(extra: { name: string; kind?: string; values?: unknown[][] }[] = []) {
  return new WorkbookDouble({ writes: true, settings: {}, tables: [], sheets: [{ name: "Sager", values: NOW }, { name: "Sager forrige", values: BEFORE }, ...extra] });
}

/** The cases an action reads from a sheet: the one case-table reader, then the age limits (no arts chosen). */
const casesOf = (values: unknown[][]): CaseRow[] => applyAgeLimits(readCaseTable({ header: values[0], rows: values.slice(1) }).cases).cases;

/** Runs an action while a timer counts how often the event loop got a turn (slices of 0 ms: every step pauses). */
async function ticksDuring<T>(work: () => Promise<T>): Promise<{ value: T; ticks: number }> {
  let ticks = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    ticks++;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const before = slicing.ms;
  slicing.ms = 0;
  try {
    const value = await work();
    return { value, ticks };
  } finally {
    slicing.ms = before;
    running = false;
  }
}

describe("the actions over the whole case table, in steps", () => {
  it("Økonomitjek pauses while reading both tables, comparing and computing pseudonyms, and writes the one-piece sheet", async () => {
    const wb = workbook();
    const { value, ticks } = await ticksDuring(() => generateOekonomitjek(wb, { before: "Sager forrige", now: "Sager", year: 2025, month: 10, maskCpr: true, generatedOn }));
    expect(value.sheets).toEqual(["Økonomitjek 2025-10"]);
    // One turn per pause (96 now, counted in a run at N = 2.000): two tables of 2.000 rows counted,
    // numbered and read in slices of 200, the comparison, its largest changes and sums and the sheet
    // every 1.000 rows, the pseudonyms every 200 persons. Any of them done in one piece takes away at
    // least two.
    expect(ticks).toBeGreaterThanOrEqual(95);
    const secret = wb.settings!.get(PSEUDONYM_SECRET_KEY)!;
    const expected = buildOekonomitjek({
      year: 2025, month: 10, before: casesOf(BEFORE), now: casesOf(NOW), beforeLabel: "Sager forrige", nowLabel: "Sager",
      maskCpr: true, pseudonymSecret: secret, generatedOn, chartsDrawn: true,
    });
    expect(wb.written[0][0]).toEqual(expected.spec);
    // Every 7th case has a new takst (286 of 2.000: cases 0, 7, …, 1.995), the rest are unchanged.
    expect(expected.layout.changes.filter((c) => c.kind === "takst")).toHaveLength(Math.ceil(N / 7));
  });

  it("Overblik pauses in every sheet it builds and writes the one-piece Portefølje", async () => {
    const wb = workbook();
    const { value, ticks } = await ticksDuring(() => generateOverblik(wb, { source: "Sager", year: 2025, baseYear: 2024, target: 0.75, maskCpr: true, generatedOn }));
    expect(value.sheets).toEqual(["Disponering 2025", "Nøgletal 2025", "Overblik 2025", "Portefølje 2025", "Leverandører 2025"]);
    // 302 now (counted at N = 2.000): Overblik's 12 months × 5 foranstaltninger alone pause 65 times;
    // HÅP, antal borgere and the amounts per rådgiver, leverandør and over all cases pause every 1.000
    // rows too.
    expect(ticks).toBeGreaterThanOrEqual(301);
    const cases = casesOf(NOW);
    const disponering = buildDisponering({ year: 2025, cases, source: "arket Sager", generatedOn });
    const secret = wb.settings!.get(PSEUDONYM_SECRET_KEY)!;
    const portefoelje = buildPortefoelje({ year: 2025, cases, disponering: disponering.layout, generatedOn, chartsDrawn: true, maskCpr: true, pseudonymSecret: secret });
    expect(wb.written[0][3]).toEqual(portefoelje.spec);
  });

  it("Luk året pauses while reading and computing the year's figures", async () => {
    const wb = workbook();
    const { value, ticks } = await ticksDuring(() => closeYear(wb, { source: "Sager", year: 2025, generatedOn }));
    // 5 foranstaltninger × (HÅP, GNS-pris, beløb) + 3 konti + I alt × 4 (with persons) + 5 age groups × (persons, HÅP).
    expect(value.saved).toBe(5 * 3 + 3 + 4 + 5 * 2);
    // 92 now (counted at N = 2.000): the table read in slices of 200 (10), the key figures per pair and
    // group, HÅP and the amounts every 1.000 rows, the age groups …
    expect(ticks).toBeGreaterThanOrEqual(91);
  });

  it("Opdatér måned pauses while reading this month's and last month's tables and building every sheet", async () => {
    const last = snapshotName(2025, 9);
    const wb = workbook([{ name: last, kind: SNAPSHOT_KIND, values: BEFORE }]);
    const { value, ticks } = await ticksDuring(() => updateMonth(wb, { source: "Sager", year: 2025, month: 10, maskCpr: true, generatedOn }));
    expect(value.comparedWith).toBe(last);
    expect(value.changes).toEqual({ takst: Math.ceil(N / 7), uaendret: N - Math.ceil(N / 7) });
    // 182 now (counted at N = 2.000): two tables read, Disponering and Nøgletal, the snapshot, the
    // comparison (once: Økonomitjek is built from the same report, a second comparison would add to
    // it), Økonomitjek.
    expect(ticks).toBeGreaterThanOrEqual(181);
    const written = wb.written[0];
    expect(written.map((s) => s.name)).toEqual(["Disponering 2025", "Nøgletal 2025", snapshotName(2025, 10), "Økonomitjek 2025-10"]);
    // The snapshot holds the table as read, header first.
    const snapshot = written[2].blocks[0];
    expect(snapshot.kind === "cells" ? snapshot.cells.length : 0).toBe(N + 1);
  });

  it("Opdatér måned's Prognose follow-up pauses while reading the case table and computing each konto's and type's figures", async () => {
    // Eksempel Kommune's tables with a case table of N rows (its konti and foranstaltninger are the example's).
    const tables = eksempelTables().map((t) => ({ name: t.name, sheet: t.sheet, values: t.name === "Sager" ? NOW : t.values }));
    const wb = new WorkbookDouble({ writes: true, settings: {}, tables, sheets: [] });
    const { value, ticks } = await ticksDuring(() => followUpForMonth(wb, generatedOn, { prognose: true, bemaerkninger: true }));
    expect(value.skipped).toBeNull();
    expect(value.specs.map((s) => s.name)).toEqual(["Budgetforudsætninger", "Risikosager", "Prognose 2025-10", "Budgetbemærkninger 2025"]);
    // 27 now (counted at N = 2.000): the case table counted, numbered and read in slices of 200, the
    // cases grouped by konto and by type, each konto's disposed amount and each type's persons (once:
    // HÅP and GNS-pris share them: 33 when they were read twice) and amounts every 1.000 rows, a pause after each konto and type.
    expect(ticks).toBeGreaterThanOrEqual(26);
  });

  it("Del som fil pauses while making the cases shareable, building Disponering and Portefølje and scanning every cell for a CPR", async () => {
    const wb = new WorkbookDouble({ writes: true, opens: true, settings: {}, tables: [], sheets: [{ name: "Sager", values: NOW }] });
    const { value, ticks } = await ticksDuring(() => sharePortefoelje(wb, { source: "Sager", year: 2025, baseYear: 2024, target: 0.75, generatedOn }));
    expect(value.message).toMatch(/Portefølje 2025/);
    expect(wb.opened).toHaveLength(1);
    // 218 now (counted at N = 2.000): the table read, then the cases made shareable, Disponering and
    // Portefølje built and the finished sheet's cells scanned, each in steps.
    expect(ticks).toBeGreaterThanOrEqual(217);
  });
});
