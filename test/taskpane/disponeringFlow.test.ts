// The Disponering panel's pure logic: header recognition on realistic variants, validation with
// cell addresses, remembered mappings, booked actuals and the specs it builds.
import { recogniseHeaders, unitFromHeader, ymdToDay } from "../../src/core";
import type { SourceData } from "../../src/taskpane/caseSource";
import {
  buildSpecs, checkSource, initialMapping, parseSavedMappings, readActuals, rememberMapping,
} from "../../src/taskpane/disponeringFlow";

describe("header recognition on headers as kommuner write them", () => {
  it.each([
    [["CPR-nr.", "Barnets navn", "Foranstaltningstype", "Funktion", "Takst pr. md.", "Fra dato", "Til dato", "Anbringelsessted", "Sagsbehandler"],
      { cpr: 0, navn: 1, foranstaltning: 2, konto: 3, takst: 4, startdato: 5, stopdato: 6, leverandoer: 7, raadgiver: 8 }],
    [["Personnummer", "Borger", "Ydelse", "Gruppering", "Døgntakst", "Bevilget fra", "Bevilget til", "Udfører"],
      { cpr: 0, navn: 1, foranstaltning: 2, konto: 3, takst: 4, startdato: 5, stopdato: 6, leverandoer: 7 }],
    [["cpr nr", "Indsats", "Kontonr.", "Månedstakst", "Start", "Slut", "Sagsstatus", "Rådgiver"],
      { cpr: 0, foranstaltning: 1, konto: 2, takst: 3, startdato: 4, stopdato: 5, status: 6, raadgiver: 7 }],
    [["Cpr-nummer", "Type", "Takst (mdl.)", "Takstenhed", "Startdato", "Ophørsdato", "Tilbud"],
      { cpr: 0, foranstaltning: 1, takst: 2, takstenhed: 3, startdato: 4, stopdato: 5, leverandoer: 6 }],
  ])("%j", (headers, expected) => {
    expect(recogniseHeaders(headers)).toEqual(expected);
  });

  it("reads the unit from the takst header", () => {
    expect(unitFromHeader("Døgntakst")).toBe("døgn");
    expect(unitFromHeader("Takst pr. md.")).toBe("måned");
    expect(unitFromHeader("Ugetakst")).toBe("uge");
  });
});

// A table placed at C4 on "Sager": header row 4 (0-based 3), data from row 5.
const source = (rows: unknown[][], headers: unknown[] = ["Cpr-nr.", "Foranstaltning", "Konto", "Takst", "Startdato", "Stopdato", "Status"]): SourceData => ({
  label: "tabellen Sager", sheet: "Sager", origin: { row: 3, col: 2 }, headers, rows,
});

describe("checkSource", () => {
  const rows = [
    ["010117-1001", "Plejefamilie", "5.28.20", "30.000", "01.01.2025", "", "aktuel"],
    ["020117-1002", "Plejefamilie", "5.28.20", "tredive", "01.01.2025", "", "aktuel"], // bad takst → F6
    ["030117-1003", "Opholdssted", "5.28.23", "2.500", "01.13.2025", "31.12.2025", "aktuel"], // bad start → G7
    [null, null, null, null, null, null, null], // empty: skipped, not counted
    ["040117-1004", "Opholdssted", "5.28.23", "2.500", "01.06.2025", "01.03.2025", "forventet"], // stop < start → H9
    ["010117-1001", "Plejefamilie", "5.28.20", "30.000", "01.06.2025", "", "aktuel"], // overlaps row 2: warning at C10
  ];

  it("lists every problem in Danish with the cell address, counts rejected rows and never drops silently", () => {
    const s = source(rows);
    const out = checkSource(s, recogniseHeaders(s.headers));
    expect(out.dataRows).toBe(5);
    expect(out.cases).toHaveLength(2);
    expect(out.rejectedRows).toBe(3);
    expect(out.problems.map((p) => [p.severity, p.address, p.message])).toEqual([
      ["fejl", "F6", "Række 3, Takst: tredive er ikke et gyldigt beløb"],
      ["fejl", "G7", "Række 4, Startdato: 01.13.2025 er ikke en gyldig dato"],
      ["fejl", "H9", "Række 6, Stopdato: stopdato 01.03.2025 ligger før startdato 01.06.2025"],
      ["advarsel", "C10", "Række 7, Cpr-nr.: 010117-1001 har allerede en overlappende række for Plejefamilie (række 2)"],
    ]);
    expect(out.problems.every((p) => p.sheet === "Sager")).toBe(true);
  });

  it("asks for a column for the required fields instead of guessing", () => {
    const s = source([["x", "1", "01.01.2025"]], ["Cpr", "Beløb", "Dato"]);
    expect(checkSource(s, recogniseHeaders(s.headers)).missing).toEqual(["Takst", "Startdato"]);
    expect(checkSource(s, { cpr: 0, takst: 1, startdato: 2 }).cases).toHaveLength(1);
  });
});

describe("remembered mappings", () => {
  it("restores a corrected mapping by header text, also after the columns moved", () => {
    const s = source([], ["Cpr-nr.", "Beløb", "Dato", "Slut"]);
    const corrected = { ...initialMapping(s, {}), takst: 1, startdato: 2 };
    const saved = parseSavedMappings(JSON.stringify(rememberMapping({}, s, corrected)));
    const moved = source([], ["Dato", "Slut", "Cpr-nr.", "Beløb"]);
    expect(initialMapping(moved, saved)).toEqual({ cpr: 2, takst: 3, startdato: 0, stopdato: 1 });
    // A field the user cleared stays cleared.
    const cleared = rememberMapping({}, s, { takst: 1, startdato: 2 });
    expect(initialMapping(s, cleared).cpr).toBeUndefined();
    expect(parseSavedMappings("ikke json")).toEqual({});
  });
});

describe("booked actuals", () => {
  it("sums per konto and takes the last month with an amount as the booked months", () => {
    const a = readActuals(source([["5.28.20", 100, "2.000,50", null], ["5.28.20", 1, 2, null], ["5.28.23", 10, 20, ""]], ["Konto", "Januar", "Feb", "Mar"]));
    expect(a.problems).toEqual([]);
    expect(a.bookedMonths).toBe(2);
    expect(a.byKonto).toEqual([
      { konto: "5.28.20", months: [101, 2002.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
      { konto: "5.28.23", months: [10, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
    ]);
  });

  it("says which cell is not an amount", () => {
    const a = readActuals(source([["5.28.20", "mange"]], ["Konto", "jan"]));
    expect(a.problems.map((p) => [p.address, p.message])).toEqual([["D5", "Række 2, jan: mange er ikke et gyldigt beløb"]]);
  });
});

describe("buildSpecs", () => {
  it("builds Disponering ÅÅÅÅ and Nøgletal ÅÅÅÅ for the chosen year", () => {
    const s = source([["610117-1001", "Plejefamilie", "5.28.20", "30.000", "01.01.2025", "", "aktuel"]]);
    const { cases } = checkSource(s, recogniseHeaders(s.headers));
    const specs = buildSpecs({ year: 2025, cases, source: s, generatedOn: ymdToDay(2025, 3, 1) });
    expect(specs.map((x) => [x.name, x.kind])).toEqual([["Disponering 2025", "disponering"], ["Nøgletal 2025", "noegletal"]]);
  });
});
