// The Disponeringsark flow without React or Excel: header recognition on realistic variants,
// validation with cell addresses, remembered mappings, booked amounts and what is written.
import { bookedOfYear, OPEN_END, recogniseHeaders, unitFromHeader, ymdToDay } from "../../src/core";
import {
  checkCaseSource, generateDisponering, initialMapping, parseSavedMappings, readCaseSource, rememberMapping, saveMapping,
  startDisponering, MAPPING_SETTING, ARTS_SETTING, parseSavedArts, saveArt, type SourceTable,
} from "../../src/flows";
import { WorkbookDouble } from "../support/workbookDouble";
import { recalcXlsx } from "../support/recalc";
import { a1 } from "../../src/sheets/a1";
import { buildDisponering } from "../../src/sheets/disponering";
import { bookedThrough } from "../../src/core";
import { buildNoegletal } from "../../src/sheets/noegletal";
import { readPrognoseInputs } from "../../src/flows/prognose";
import { writeXlsxBuffer } from "../../src/xlsx";

describe("header recognition on headers as kommuner write them", () => {
  it.each([
    [["CPR-nr.", "Barnets navn", "Foranstaltningstype", "Funktion", "Takst pr. md.", "Fra dato", "Til dato", "Anbringelsessted", "Sagsbehandler"],
      { cpr: 0, navn: 1, foranstaltning: 2, konto: 3, takst: 4, start: 5, stop: 6, leverandoer: 7, raadgiver: 8 }],
    [["Personnummer", "Borger", "Ydelse", "Gruppering", "Døgntakst", "Bevilget fra", "Bevilget til", "Udfører"],
      { cpr: 0, navn: 1, foranstaltning: 2, konto: 3, takst: 4, start: 5, stop: 6, leverandoer: 7 }],
    [["cpr nr", "Indsats", "Kontonr.", "Månedstakst", "Start", "Slut", "Sagsstatus", "Rådgiver"],
      { cpr: 0, foranstaltning: 1, konto: 2, takst: 3, start: 4, stop: 5, status: 6, raadgiver: 7 }],
    [["Cpr-nummer", "Type", "Takst (mdl.)", "Takstenhed", "Startdato", "Ophørsdato", "Tilbud"],
      { cpr: 0, foranstaltning: 1, takst: 2, enhed: 3, start: 4, stop: 5, leverandoer: 6 }],
  ])("%j", (headers, expected) => {
    expect(recogniseHeaders(headers)).toEqual(expected);
  });

  it("reads the unit from the takst header", () => {
    expect(unitFromHeader("Døgntakst")).toBe("døgn");
    expect(unitFromHeader("Takst pr. md.")).toBe("måned");
    expect(unitFromHeader("Ugetakst")).toBe("uge");
  });
});

const HEADER = ["Cpr-nr.", "Foranstaltning", "Konto", "Takst", "Startdato", "Stopdato", "Status"];
// A table placed at C4 on "Sager": header row 4 (0-based 3), data from row 5.
const source = (rows: unknown[][], header: unknown[] = HEADER): SourceTable => ({
  label: "tabellen Sager", sheet: "Sager", origin: { row: 3, col: 2 }, header, rows,
});

describe("checkCaseSource", () => {
  // Children born 2017 (7th digit 4: 2000s), so the open placements end in 2034, not before 2025.
  const rows = [
    ["010117-4001", "Plejefamilie", "5.28.20", "30.000", "01.01.2025", "", "aktuel"],
    ["020117-1002", "Plejefamilie", "5.28.20", "tredive", "01.01.2025", "", "aktuel"], // bad takst → F6
    ["030117-1003", "Opholdssted", "5.28.23", "2.500", "01.13.2025", "31.12.2025", "aktuel"], // bad start → G7
    [null, null, null, null, null, null, null], // empty: skipped, not counted
    ["040117-1004", "Opholdssted", "5.28.23", "2.500", "01.06.2025", "01.03.2025", "forventet"], // stop < start → H9
    ["010117-4001", "Plejefamilie", "5.28.20", "30.000", "01.06.2025", "", "aktuel"], // overlaps row 2: warning at C10
  ];

  it("lists every problem in Danish with the cell address, counts rejected rows and never drops silently", () => {
    const s = source(rows);
    const out = checkCaseSource(s, recogniseHeaders(s.header));
    expect(out.dataRows).toBe(5);
    expect(out.cases.map((c) => c.row)).toEqual([2, 7]);
    expect(out.rejectedRows).toBe(3);
    expect(out.problems.map((p) => [p.severity, p.address, p.message])).toEqual([
      ["fejl", "F6", "Række 3, Takst: tredive er ikke et gyldigt beløb"],
      ["fejl", "G7", "Række 4, Startdato: 01.13.2025 er ikke en gyldig dato"],
      ["fejl", "H9", "Række 6, Stopdato: stopdato 01.03.2025 ligger før startdato 01.06.2025"],
      ["advarsel", "C10", "Række 7, Cpr-nr.: 010117-4001 har allerede en overlappende række for Plejefamilie (række 2)"],
    ]);
    expect(out.problems.every((p) => p.sheet === "Sager" && p.source === "tabellen Sager")).toBe(true);
    expect(out.summary).toBe("5 rækker: 2 sager bruges, 3 rækker har fejl og er udeladt, 1 advarsler.");
  });

  it("ends an open anbringelse the day before the 18th birthday and warns at the stop cell of one that runs past it", () => {
    const s = source([
      ["150608-4123", "Opholdssted", "5.28.23", "30.000", "01.01.2026", "", "aktuel"], // 18 on 15.06.2026
      ["150608-4124", "Opholdssted", "5.28.23", "30.000", "01.01.2026", "31.12.2026", "aktuel"], // stop after it → H6
      ["150608-4125", "Kontaktperson", "5.28.21", "5.000", "01.01.2026", "", "aktuel"], // not a placement
    ]);
    const out = checkCaseSource(s, recogniseHeaders(s.header));
    expect(out.cases.map((c) => c.stop)).toEqual([ymdToDay(2026, 6, 14), ymdToDay(2026, 12, 31), OPEN_END]);
    expect(out.problems.map((p) => [p.severity, p.address, p.message])).toEqual([
      ["advarsel", "H6", "Række 3, Stopdato: stopdato 31.12.2026 ligger efter 14.06.2026, dagen før 18-årsdagen: anbringelsen løber efter 18-årsdagen — er det efterværn?"],
    ]);
  });

  // Born 15.06.2008 (digit 4, YY 08 → 2008): 18 on 15.06.2026, 23 on 15.06.2031.
  let serial = 4200;
  // A new youth (same birthday, other serial number) each time: no overlap warnings.
  const youth = (stop: string, art?: string) => [`150608-${serial++}`, "Opholdssted", "5.28.23", "30.000", "01.01.2026", stop, "aktuel", ...(art === undefined ? [] : [art])];

  it("applies the age limit across the check's pauses exactly as in one piece: 4.500 rows, every 1.000th runs past the 18th birthday", () => {
    // Born 15.06.2008 (18 on 15.06.2026); serials differ, so no two rows are one person.
    const rows = Array.from({ length: 4500 }, (_, i) => [
      `150608-4${String(i).padStart(3, "0").slice(-3)}`.replace(/-4(\d{3})$/, (_m, d) => `-${i < 1000 ? 4 : i < 2000 ? 5 : i < 3000 ? 6 : i < 4000 ? 7 : 8}${d}`),
      "Opholdssted", "5.28.23", "30.000", "01.01.2026", i % 1000 === 0 ? "31.12.2026" : "", "aktuel",
    ]);
    const out = checkCaseSource(source(rows), recogniseHeaders(source(rows).header));
    const warnings = out.problems.filter((p) => p.severity === "advarsel");
    // Data rows 0, 1000 … 4000 stand in sheet rows 5, 1005 … (the header in row 4 from column C).
    expect(warnings.map((p) => p.address)).toEqual(["H5", "H1005", "H2005", "H3005", "H4005"]);
    expect(out.cases.filter((c) => c.stop === ymdToDay(2026, 6, 14))).toHaveLength(4495);
  });

  it("marks each foranstaltning anbringelse, efterværn or øvrig from its name, and the user's choice moves the age limit to the 23rd birthday", () => {
    const s = source([youth(""), youth("31.12.2026"), ["150608-4125", "Efterværn, kontaktperson", "5.28.21", "5.000", "01.01.2026", "", "aktuel"]]);
    const plain = checkCaseSource(s, recogniseHeaders(s.header));
    expect(plain.arts).toEqual([
      { foranstaltning: "Efterværn, kontaktperson", art: "eftervaern", chosen: false, ownCells: 0 },
      { foranstaltning: "Opholdssted", art: "anbringelse", chosen: false, ownCells: 0 },
    ]);
    // Open efterværn: to the day before the 23rd birthday.
    expect(plain.cases.map((c) => c.stop)).toEqual([ymdToDay(2026, 6, 14), ymdToDay(2026, 12, 31), ymdToDay(2031, 6, 14)]);
    expect(plain.warnings).toBe(1);
    // The user marks Opholdssted as efterværn: the open one runs through 14.06.2031, the stop
    // 31.12.2026 is before that day and no longer a warning.
    const chosen = checkCaseSource(s, recogniseHeaders(s.header), { Opholdssted: "eftervaern" });
    expect(chosen.cases.map((c) => c.stop)).toEqual([ymdToDay(2031, 6, 14), ymdToDay(2026, 12, 31), ymdToDay(2031, 6, 14)]);
    expect(chosen.problems).toEqual([]);
    expect(chosen.arts[1]).toEqual({ foranstaltning: "Opholdssted", art: "eftervaern", chosen: true, ownCells: 0 });
    // Øvrig: no age limit at all.
    expect(checkCaseSource(s, recogniseHeaders(s.header), { Opholdssted: "oevrig" }).cases[0].stop).toBe(OPEN_END);
  });

  it("reads an Art column: its cell goes before the user's choice, blank takes it, an unknown text rejects the row at its cell", () => {
    const header = [...HEADER, "Art"];
    const s = source([youth("", "Efterværn"), youth("", ""), youth("", "Anbringelse"), youth("31.12.2026", "måske")], header);
    const mapping = recogniseHeaders(header);
    expect(mapping.art).toBe(7);
    const out = checkCaseSource(s, mapping, { Opholdssted: "oevrig" });
    // Row 2: its cell says efterværn → 14.06.2031; row 3: blank → the user's øvrig → open;
    // row 4: its cell says anbringelse → 14.06.2026, whatever the panel says.
    expect(out.cases.map((c) => [c.row, c.stop])).toEqual([[2, ymdToDay(2031, 6, 14)], [3, OPEN_END], [4, ymdToDay(2026, 6, 14)]]);
    expect(out.arts).toEqual([{ foranstaltning: "Opholdssted", art: "oevrig", chosen: true, ownCells: 2 }]);
    // The table sits at C4: Art is column J, row 5 of the table is sheet row 8 → J8.
    expect(out.problems.map((p) => [p.severity, p.address, p.message])).toEqual([
      ["fejl", "J8", "Række 5, Art: måske er ikke en kendt art (anbringelse, efterværn eller øvrig)"],
    ]);
    expect(out.rejectedRows).toBe(1);
  });

  it("remembers the user's art per foranstaltning in the workbook, dropping a choice equal to the default", async () => {
    const wb = new WorkbookDouble({ tables: [], settings: { [ARTS_SETTING]: JSON.stringify({ Opholdssted: "eftervaern", Aflastning: "ukendt" }) } });
    const start = await startDisponering(wb);
    expect(start.arts).toEqual({ Opholdssted: "eftervaern" });
    const next = await saveArt(wb, start.arts, "Kontaktperson", "anbringelse");
    expect(next).toEqual({ Opholdssted: "eftervaern", Kontaktperson: "anbringelse" });
    const back = await saveArt(wb, next, "Opholdssted", "anbringelse");
    expect(JSON.parse(wb.settings!.get(ARTS_SETTING)!)).toEqual({ Kontaktperson: "anbringelse" });
    expect(parseSavedArts(JSON.stringify(back))).toEqual(back);
    expect(parseSavedArts("ikke json")).toEqual({});
  });

  it("asks for a column for the required fields instead of guessing", () => {
    const s = source([["x", "1", "01.01.2025"]], ["Cpr", "Beløb", "Dato"]);
    const out = checkCaseSource(s, recogniseHeaders(s.header));
    expect(out.missing).toEqual(["Takst", "Startdato"]);
    expect(out.summary).toBe("Vælg en kolonne til Takst og Startdato.");
    expect(checkCaseSource(s, { cpr: 0, takst: 1, start: 2 }).cases.map((c) => [c.takst, c.start])).toEqual([[1, ymdToDay(2025, 1, 1)]]);
  });
});

describe("remembered mappings", () => {
  it("restores a corrected mapping by header text, also after the columns moved", () => {
    const s = source([], ["Cpr-nr.", "Beløb", "Dato", "Slut"]);
    const corrected = { ...initialMapping(s, {}), takst: 1, start: 2 };
    const saved = parseSavedMappings(JSON.stringify(rememberMapping({}, s, corrected)));
    const moved = source([], ["Dato", "Slut", "Cpr-nr.", "Beløb"]);
    expect(initialMapping(moved, saved)).toEqual({ cpr: 2, takst: 3, start: 0, stop: 1 });
    // A field the user cleared stays cleared.
    const cleared = rememberMapping({}, s, { takst: 1, start: 2 });
    expect(initialMapping(s, cleared).cpr).toBeUndefined();
    expect(parseSavedMappings("ikke json")).toEqual({});
  });

  it("starts from the workbook's tables and remembered mappings, reads the chosen table under them and saves a correction", async () => {
    const wb = new WorkbookDouble({
      tables: [{ name: "Sager", values: [["Cpr-nr.", "Beløb", "Dato"], ["610117-1001", "1.000", "01.01.2025"]] }],
      // Saved by an earlier version, under the field name "startdato" (now "start").
      settings: { [MAPPING_SETTING]: JSON.stringify({ "tabellen Sager": { takst: "Beløb", startdato: "Dato" } }) },
    });
    const start = await startDisponering(wb);
    expect(start.tables).toEqual([{ name: "Sager", sheet: "Sager" }]);
    const read = await readCaseSource(wb, "Sager", start.saved);
    expect(read.mapping).toEqual({ cpr: 0, takst: 1, start: 2 });
    const next = await saveMapping(wb, start.saved, read.source, { takst: 1, start: 2 });
    expect(JSON.parse(wb.settings!.get(MAPPING_SETTING)!)).toEqual(next);
    expect(next["tabellen Sager"].cpr).toBe("");
    await expect(readCaseSource(wb, "Findes ikke", {})).rejects.toThrow('Tabellen "Findes ikke" findes ikke i arbejdsbogen');
    wb.verify();
  });
});

describe("generateDisponering", () => {
  const cases = checkCaseSource(source([["610117-1001", "Plejefamilie", "5.28.20", "30.000", "01.01.2025", "", "aktuel"]]), recogniseHeaders(HEADER)).cases;
  const generatedOn = ymdToDay(2025, 3, 1);

  it("writes Disponering ÅÅÅÅ and Nøgletal ÅÅÅÅ for the chosen year and says how many cases", async () => {
    const wb = new WorkbookDouble({ writes: true, sheets: [{ name: "Disponering 2025" }], tables: [] });
    const out = await generateDisponering(wb, { year: 2025, cases, source: source([]), bookedTable: null, generatedOn });
    expect(wb.written.map((specs) => specs.map((x) => [x.name, x.kind]))).toEqual([[["Disponering 2025", "disponering"], ["Nøgletal 2025", "noegletal"]]]);
    // The user's own "Disponering 2025" keeps its name.
    expect(out.sheets).toEqual(["Disponering 2025 (2)", "Nøgletal 2025"]);
    expect(out.message).toBe('Færdig: "Disponering 2025 (2)" og "Nøgletal 2025" er skrevet med 1 sager. Et af dine egne ark hed allerede "Disponering 2025"; det er ikke rørt.');
    // The pane shows the figures Nøgletal's names hold, in figures: 30.000 kr. a month all year is 1
    // helårsperson at 360.000 kr. No booked amounts were given, so the sheet keeps what it holds and
    // the pane says the disposed amount, not a forventet regnskab it cannot know.
    expect(out.headline).toBe("HÅP 1 · GNS-pris 360.000 kr. · disponeret 360.000 kr.");
    expect(out.headline).not.toMatch(/HÅP_|GNS_pris_|Forventet_regnskab_/);
    wb.verify();
  });

  it("gives Nøgletal the total of the table Budget as Budget_ÅÅÅÅ, and none when the table is for another year", async () => {
    const budget = (year: string) => ({ name: "Budget", values: [["Konto", "Budget", year], ["5.28.20", "1.000.000", null], ["5.28.21", 250000, null]] });
    const budgetCell = (wb: WorkbookDouble) => {
      const n = wb.written[0].find((x) => x.kind === "noegletal")!;
      const name = n.names!.find((x) => x.name === "Budget_2025")!;
      const row = n.blocks.flatMap((b) => (b.kind === "cells" && b.row <= name.rect.row && name.rect.row < b.row + b.cells.length ? [b.cells[name.rect.row - b.row]] : []))[0];
      return [row[0], row[1]];
    };
    const wb = new WorkbookDouble({ writes: true, tables: [budget("Budgetår 2025")] });
    await generateDisponering(wb, { year: 2025, cases, source: source([]), bookedTable: null, generatedOn });
    expect(budgetCell(wb)).toEqual(["Budget 2025 (tabellen Budget)", 1_250_000]);
    const other = new WorkbookDouble({ writes: true, tables: [budget("Budgetår 2024")] });
    await generateDisponering(other, { year: 2025, cases, source: source([]), bookedTable: null, generatedOn });
    expect(budgetCell(other)).toEqual(["Budget 2025 (indtast)", null]);
  });

  it("takes the booked months from the table Forbrug, as the prognose does: both are booked through the same month (docs/domain.md §4)", async () => {
    // Forbrug as the Prognose panel reads it: a column per month, the budget year's through March.
    const forbrug = { name: "Forbrug", values: [["Konto", "2024-12", "2025-01", "2025-02", "2025-03"], ["5.28.20", 100, 1000, 2000, "3.000"]] };
    const wb = new WorkbookDouble({ writes: true, tables: [forbrug] });
    const out = await generateDisponering(wb, { year: 2025, cases, source: source([]), bookedTable: null, generatedOn });
    expect(out.message).toBe('Færdig: "Disponering 2025" og "Nøgletal 2025" er skrevet med 1 sager. De bogførte beløb er tabellen Forbrugs til og med måned 3, de samme som prognosen bruger.');
    const inputs = await readPrognoseInputs(new WorkbookDouble({ tables: [forbrug] }));
    const k = bookedThrough(inputs.data.booked, 2025);
    const booked = bookedOfYear(inputs.data.booked, 2025);
    const layout = buildDisponering({ year: 2025, cases, generatedOn, booked: booked.byKonto, bookedMonths: booked.bookedMonths }).layout;
    const sheets = await recalcXlsx(await writeXlsxBuffer(wb.written[0]));
    const line = layout.bookedByKonto.find((x) => x.name === "5.28.20")!;
    // The written sheet says 3 — the prognose's k — and holds Forbrug's 1.000, 2.000 and 3.000 (not December 2024's 100).
    expect(k).toBe(3);
    expect(sheets.num(layout.sheetName, a1(layout.bookedMonthsCell.row, layout.bookedMonthsCell.col))).toBe(k);
    expect([0, 1, 2, 3].map((m) => sheets.value(layout.sheetName, a1(line.row, layout.firstMonthCol + m)))).toEqual([1000, 2000, 3000, null]);
    // Forventet regnskab: 6.000 booked + 30.000 × 9 disposed apr–dec.
    expect(sheets.num(layout.sheetName, a1(layout.grandTotalRow, layout.totalCol))).toBeCloseTo(6_000 + 270_000, 6);
    // The pane says the same figures as the recalculated Nøgletal: HÅP 1, GNS-pris 360.000 kr., forventet 276.000 kr.
    expect(out.headline).toBe("HÅP 1 · GNS-pris 360.000 kr. · forventet regnskab 276.000 kr.");
    const n = wb.written[0].find((x) => x.kind === "noegletal")!.name;
    const hl = buildNoegletal({ year: 2025, disponering: layout, generatedOn }).layout.headline;
    expect([hl.haap, hl.gnsPris, hl.forventet].map((c) => sheets.num(n, a1(c.row, c.col)))).toEqual([1, 360_000, 276_000]);
    // Chosen by name it is the same state; a workbook without Forbrug keeps what the sheet holds (no months here).
    const chosen = new WorkbookDouble({ writes: true, tables: [forbrug] });
    await generateDisponering(chosen, { year: 2025, cases, source: source([]), bookedTable: "Forbrug", generatedOn });
    expect(chosen.written[0][0]).toEqual(wb.written[0][0]);
  });

  it("reads booked amounts with the core amount parser and writes nothing when one cannot be read", async () => {
    const booked = { name: "Bogført", sheet: "Data", origin: { row: 3, col: 2 }, values: [["Konto", "jan", "feb"], ["5.28.20", "1.5", "mange"]] };
    const wb = new WorkbookDouble({ tables: [booked], writes: true });
    const out = await generateDisponering(wb, { year: 2025, cases, source: source([]), bookedTable: "Bogført", generatedOn });
    expect(out.written).toBe(false);
    expect(out.problems.map((p) => [p.sheet, p.address, p.message])).toEqual([["Data", "E5", "Række 2, feb: mange er ikke et gyldigt beløb"]]);
    expect(out.message).toBe("Tabellen Bogført har et beløb, der ikke kan læses; intet er skrevet.");
    expect(wb.written).toEqual([]);
  });
});
