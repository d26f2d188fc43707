// Validating a consultant's case table: typed rows, every problem named by row and column.
import fc from "fast-check";
import { OPEN_END, formatDate, formatNumber, readCaseTable, recogniseHeaders, unitFromHeader, validateCases, ymdToDay, type RawCaseRow } from "../../src/core";
import { d } from "./builders";

const HEADERS = ["Cpr-nr.", "Navn", "Foranstaltning", "Takst (mdl)", "Startdato", "Stopdato", "Leverandør", "Rådgiver", "Status"];

/** Rows as they come off the sheet: the header is row 1, so data starts at row 2. */
function table(...rows: unknown[][]): RawCaseRow[] {
  return rows.map((values, i) => ({ row: i + 2, values }));
}
const validate = (rows: RawCaseRow[], headers = HEADERS) => validateCases(rows, recogniseHeaders(headers), { headers });

describe("validateCases — good rows", () => {
  test("text and serial cells become typed case rows; an open stop becomes OPEN_END", () => {
    const out = validate(
      table(
        ["010190-1234", "Anna", "Plejefamilie", "35.000", "01.01.2024", "", "Plejefamilien Hansen", "ABC", ""],
        ["0202902345", "Bo", "Opholdssted", 75000.5, 45292, 45657, "Opholdsstedet Lyngly", "DEF", "Forventet"],
        ["", "", "Kontaktperson", "kr. 4.000", new Date(2024, 2, 1), "01.01.9999", "", "", "aktuel"],
      ),
    );
    expect(out.problems).toEqual([]);
    expect(out.rejectedRows).toBe(0);
    expect(out.cases).toEqual([
      {
        row: 2, cpr: "010190-1234", navn: "Anna", foranstaltning: "Plejefamilie", konto: "", takst: 35000, enhed: "måned",
        start: d("01.01.2024"), stop: OPEN_END, leverandoer: "Plejefamilien Hansen", raadgiver: "ABC", status: "aktuel",
      },
      {
        row: 3, cpr: "020290-2345", navn: "Bo", foranstaltning: "Opholdssted", konto: "", takst: 75000.5, enhed: "måned",
        start: ymdToDay(2024, 1, 1), stop: ymdToDay(2024, 12, 31), leverandoer: "Opholdsstedet Lyngly", raadgiver: "DEF", status: "forventet",
      },
      {
        row: 4, cpr: null, navn: "", foranstaltning: "Kontaktperson", konto: "", takst: 4000, enhed: "måned",
        start: d("01.03.2024"), stop: OPEN_END, leverandoer: "", raadgiver: "", status: "aktuel",
      },
    ]);
  });

  test("a minimal mapping (only takst and start) validates; absent fields are empty", () => {
    const out = validateCases(table([1000, "01.02.2024"]), { takst: 0, start: 1 });
    expect(out.problems).toEqual([]);
    expect(out.cases).toHaveLength(1);
    expect(out.cases[0]).toMatchObject({ cpr: null, navn: "", takst: 1000, enhed: "måned", start: d("01.02.2024"), stop: OPEN_END });
    expect(out.cases[0].foranstaltning).toBe("(uden foranstaltning)");
  });

  test("fully empty rows are skipped, not reported", () => {
    const out = validate(
      table(
        ["010190-1234", "Anna", "Plejefamilie", "35.000", "01.01.2024", "", "", "", ""],
        ["", null, undefined, "   ", "", "", "", "", ""],
        [],
        ["020290-2345", "Bo", "Plejefamilie", "20.000", "01.01.2024", "", "", "", ""],
      ),
    );
    expect(out.problems).toEqual([]);
    expect(out.cases.map((c) => c.row)).toEqual([2, 5]);
  });

  test("the unit comes from a Takstenhed column, or from a Døgntakst header as default", () => {
    const headers = ["CPR", "Ydelse", "Takst", "Enhed", "Fra", "Til"];
    const out = validate(
      table(
        ["010190-1234", "Aflastning", "1.500", "døgn", "01.01.2024", "31.01.2024"],
        ["020290-2345", "Kontaktperson", "2.000", "Uge", "01.01.2024", ""],
        ["030390-3456", "Botilbud", "600.000", "pr. år", "01.01.2024", ""],
        ["040490-4567", "Plejefamilie", "30.000", "", "01.01.2024", ""],
      ),
      headers,
    );
    expect(out.problems).toEqual([]);
    expect(out.cases.map((c) => c.enhed)).toEqual(["døgn", "uge", "år", "måned"]);

    const dHeaders = ["CPR", "Døgntakst", "Start", "Slut"];
    const mapping = recogniseHeaders(dHeaders);
    const dOut = validateCases(table(["010190-1234", "2.100", "01.01.2024", ""]), mapping, {
      headers: dHeaders,
      defaultUnit: unitFromHeader(dHeaders[mapping.takst!]),
    });
    expect(dOut.cases[0].enhed).toBe("døgn");
  });

  test("a CPR from a number cell gets its leading zero back", () => {
    const out = validate(table([101901234, "Anna", "Plejefamilie", "35.000", "01.01.2024", "", "", "", ""]));
    expect(out.problems).toEqual([]);
    expect(out.cases[0].cpr).toBe("010190-1234");
  });
});

describe("validateCases — bad rows name row and column", () => {
  test("stop before start", () => {
    const out = validate(table(["", "", "", "10.000", "01.05.2024", "01.04.2024", "", "", ""]));
    expect(out.cases).toEqual([]);
    expect(out.rejectedRows).toBe(1);
    expect(out.problems).toEqual([
      {
        code: "row.invalid",
        message: "Række 2, Stopdato: stopdato 01.04.2024 ligger før startdato 01.05.2024",
        row: 2,
        column: "Stopdato",
        col: 5,
        severity: "fejl",
      },
    ]);
  });

  test("start = stop is a valid one-day case", () => {
    const out = validate(table(["", "", "", "10.000", "01.05.2024", "01.05.2024", "", "", ""]));
    expect(out.problems).toEqual([]);
    expect(out.cases[0].stop - out.cases[0].start).toBe(0);
  });

  test("each kind of bad cell gets its own Danish message", () => {
    const out = validate(
      table(
        ["", "", "", "35.000", "31.02.2024", "", "", "", ""], // row 2: invalid date
        ["", "", "", "ca. 40.000", "01.01.2024", "", "", "", ""], // row 3: text in takst
        ["", "", "", "", "01.01.2024", "", "", "", ""], // row 4: takst missing
        ["", "", "", "-5.000", "01.01.2024", "", "", "", ""], // row 5: negative takst
        ["", "", "", "5.000", "", "", "", "", ""], // row 6: start missing
        ["", "", "", "5.000", "01.01.24", "", "", "", ""], // row 7: two-digit year
        ["", "", "", "5.000", "01.01.2024", "snart", "", "", ""], // row 8: text as stop
      ),
    );
    expect(out.cases).toEqual([]);
    expect(out.rejectedRows).toBe(7);
    expect(out.problems.map((p) => p.message)).toEqual([
      "Række 2, Startdato: 31.02.2024 er ikke en gyldig dato",
      "Række 3, Takst (mdl): ca. 40.000 er ikke et gyldigt beløb",
      "Række 4, Takst (mdl): skal udfyldes",
      "Række 5, Takst (mdl): -5.000 må ikke være negativ",
      "Række 6, Startdato: mangler en dato",
      "Række 7, Startdato: 01.01.24 har et tocifret årstal — skriv året med fire cifre",
      "Række 8, Stopdato: snart er ikke en gyldig dato",
    ]);
    expect(out.problems.map((p) => [p.row, p.column, p.severity])).toEqual([
      [2, "Startdato", "fejl"], [3, "Takst (mdl)", "fejl"], [4, "Takst (mdl)", "fejl"], [5, "Takst (mdl)", "fejl"],
      [6, "Startdato", "fejl"], [7, "Startdato", "fejl"], [8, "Stopdato", "fejl"],
    ]);
  });

  test("unknown unit", () => {
    const headers = ["Takst", "Takstenhed", "Startdato"];
    const out = validate(table(["5.000", "pr. kvartal", "01.01.2024"]), headers);
    expect(out.problems).toEqual([
      {
        code: "unit.invalid",
        message: "Række 2, Takstenhed: pr. kvartal er ikke en kendt takstenhed (måned, døgn, uge eller år)",
        row: 2,
        column: "Takstenhed",
        col: 1,
        severity: "fejl",
      },
    ]);
  });

  test("two bad cells in one row: both reported, the row counted once", () => {
    const out = validate(table(["", "", "", "abc", "2024-13-01", "", "", "", ""]));
    expect(out.rejectedRows).toBe(1);
    expect(out.problems.map((p) => p.message)).toEqual([
      "Række 2, Takst (mdl): abc er ikke et gyldigt beløb",
      "Række 2, Startdato: 2024-13-01 er ikke en gyldig dato",
    ]);
  });

  test("the column is named by the user's header, or by the field label when there is none", () => {
    const out = validateCases(table(["abc", "01.01.2024"]), { takst: 0, start: 1 });
    expect(out.problems[0].message).toBe("Række 2, Takst: abc er ikke et gyldigt beløb");
    expect(out.problems[0].column).toBe("Takst");
  });

  test("bad rows do not stop the good ones", () => {
    const out = validate(
      table(
        ["010190-1234", "Anna", "Plejefamilie", "35.000", "01.01.2024", "", "", "", ""],
        ["", "", "", "abc", "01.01.2024", "", "", "", ""],
        ["020290-2345", "Bo", "Plejefamilie", "20.000", "01.01.2024", "", "", "", ""],
      ),
    );
    expect(out.cases.map((c) => c.row)).toEqual([2, 4]);
    expect(out.problems.map((p) => p.row)).toEqual([3]);
  });
});

describe("validateCases — warnings (the row is still used)", () => {
  test("overlapping rows for one CPR and foranstaltning", () => {
    const out = validate(
      table(
        ["010190-1234", "Anna", "Plejefamilie", "35.000", "01.01.2024", "", "", "", ""],
        ["0101901234", "Anna", "Plejefamilie", "36.000", "01.06.2024", "31.12.2024", "", "", ""], // same CPR, no dash
        ["010190-1234", "Anna", "Kontaktperson", "4.000", "01.01.2024", "", "", "", ""], // other measure: fine
        ["020290-2345", "Bo", "Plejefamilie", "20.000", "01.01.2024", "30.06.2024", "", "", ""],
        ["020290-2345", "Bo", "Plejefamilie", "21.000", "01.07.2024", "", "", "", ""], // adjacent, not overlapping
      ),
    );
    expect(out.cases).toHaveLength(5);
    expect(out.rejectedRows).toBe(0);
    expect(out.problems).toEqual([
      {
        code: "row.overlap",
        message: "Række 3, Cpr-nr.: 010190-1234 har allerede en overlappende række for Plejefamilie (række 2)",
        row: 3,
        column: "Cpr-nr.",
        col: 0,
        severity: "advarsel",
      },
    ]);
  });

  test("three overlapping rows: each later row names the row it overlaps", () => {
    const out = validate(
      table(
        ["010190-1234", "", "Opholdssted", "1", "01.01.2024", "31.12.2024", "", "", ""],
        ["010190-1234", "", "Opholdssted", "1", "01.03.2024", "31.03.2024", "", "", ""],
        ["010190-1234", "", "Opholdssted", "1", "01.10.2024", "", "", "", ""],
      ),
    );
    expect(out.problems.map((p) => p.message)).toEqual([
      "Række 3, Cpr-nr.: 010190-1234 har allerede en overlappende række for Opholdssted (række 2)",
      "Række 4, Cpr-nr.: 010190-1234 har allerede en overlappende række for Opholdssted (række 2)",
    ]);
  });

  test("rows without CPR are never flagged as duplicates", () => {
    const out = validate(
      table(
        ["", "", "Plejefamilie", "35.000", "01.01.2024", "", "", "", ""],
        ["", "", "Plejefamilie", "35.000", "01.01.2024", "", "", "", ""],
      ),
    );
    expect(out.problems).toEqual([]);
  });

  test("a substitute CPR is a warning with row and column", () => {
    const out = validate(table(["610190-1234", "", "Plejefamilie", "35.000", "01.01.2024", "", "", "", ""]));
    expect(out.cases).toHaveLength(1);
    expect(out.problems).toEqual([
      {
        code: "cpr.substitute",
        message: "Række 2, Cpr-nr.: 610190-1234 er et erstatningspersonnummer (dag 61–91)",
        row: 2,
        column: "Cpr-nr.",
        col: 0,
        severity: "advarsel",
      },
    ]);
  });

  test("a CPR that is not CPR-shaped is kept as written, with a warning", () => {
    const out = validate(table(["Sag 17", "", "Plejefamilie", "35.000", "01.01.2024", "", "", "", ""]));
    expect(out.cases[0].cpr).toBe("Sag 17");
    expect(out.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      ["cpr.format", "advarsel", "Række 2, Cpr-nr.: Sag 17 er ikke et cpr-nummer på formen DDMMÅÅ-SSSS"],
    ]);
  });
});

describe("properties", () => {
  test("rows written the Danish way validate back to the same case", () => {
    const arbRow = fc.record({
      takst: fc.integer({ min: 0, max: 5_000_000 }),
      a: fc.integer({ min: ymdToDay(1990, 1, 1), max: ymdToDay(2040, 12, 31) }),
      len: fc.integer({ min: 0, max: 4000 }),
      open: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 10 }), (rows) => {
        const out = validate(
          table(...rows.map((r) => ["", "", "", formatNumber(r.takst), formatDate(r.a), r.open ? "" : formatDate(r.a + r.len), "", "", ""])),
        );
        expect(out.problems).toEqual([]);
        expect(out.cases.map((c) => [c.takst, c.start, c.stop])).toEqual(rows.map((r) => [r.takst, r.a, r.open ? OPEN_END : r.a + r.len]));
      }),
    );
  });
});

describe("readCaseTable — the one reader of case tables", () => {
  it("recognises the headers, takes the default unit from the takst header and counts rows", () => {
    const out = readCaseTable({ header: ["Cpr-nr.", "Døgntakst", "Startdato"], rows: [["610117-1001", "2.500", "01.01.2025"], ["", "", ""], ["620117-1002", "x", "01.01.2025"]] });
    expect(out.cases.map((c) => [c.row, c.takst, c.enhed])).toEqual([[2, 2500, "døgn"]]);
    expect(out.problems.map((p) => [p.row, p.col, p.column, p.message])).toEqual([
      [2, 0, "Cpr-nr.", "Række 2, Cpr-nr.: 610117-1001 er et erstatningspersonnummer (dag 61–91)"],
      [4, 1, "Døgntakst", "Række 4, Døgntakst: x er ikke et gyldigt beløb"],
    ]);
    expect([out.dataRows, out.rejectedRows, out.missing]).toEqual([2, 1, []]);
  });

  it("reads nothing and names the required fields when a column is missing; a given mapping wins", () => {
    const table = { header: ["Beløb", "Dato"], rows: [[100, "01.02.2025"]] };
    expect(readCaseTable(table)).toMatchObject({ cases: [], missing: ["takst", "start"], dataRows: 1 });
    expect(readCaseTable(table, { takst: 0, start: 1 }).cases.map((c) => [c.takst, c.enhed, c.start])).toEqual([[100, "måned", d("01.02.2025")]]);
  });
});

describe("the case id column (Økonomitjek pairs by it, docs/domain.md §4)", () => {
  test("Sags-id, Bevillings-id and Ydelsesnr are recognised as the case id; a blank cell gives no id", () => {
    for (const header of ["Sags-id", "Bevillings-id", "Ydelsesnr.", "Sagsnummer"]) expect(recogniseHeaders([...HEADERS, header]).sagsid).toBe(HEADERS.length);
    const out = validate(
      table(
        ["010190-1234", "Anna", "Plejefamilie", "35.000", "01.01.2024", "", "", "", "", " S-1001 "],
        ["0202902345", "Bo", "Opholdssted", "75.000", "01.01.2024", "", "", "", "", ""],
      ),
      [...HEADERS, "Sags-id"],
    );
    expect(out.problems).toEqual([]);
    expect(out.cases.map((c) => c.sagsid)).toEqual(["S-1001", undefined]);
    expect("sagsid" in out.cases[1]).toBe(false);
  });
});
