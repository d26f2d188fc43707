// The custom functions against what a new user really hands them: linked data types, whole
// columns with their header, a range where one cell belongs, extreme numbers, every CPR spelling.
import { col, excelError, installCustomFunctionsStub, row } from "./customFunctionsStub";
import { disponering, disponeret, haap, gnspris, risikoprognose, atatimer, plfremskrivning } from "./loose";

installCustomFunctionsStub();


const JAN1 = 45658; // 01.01.2025
const DEC31 = 46022; // 31.12.2025

// A linked data type (Stocks, Geography …) arrives in a custom function as an object, not as text
// ("Data types in custom functions":
// https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-overview).
const stock = { type: "Entity", text: "Microsoft", properties: { Pris: { type: "Double", basicValue: 420 } } };

describe("linked data types are named in Danish, never [object Object]", () => {
  it.each([
    ["a takst", () => disponeret(col(stock), col(JAN1), col(null), JAN1, DEC31), "Række 1, takst: cellen indeholder en datatype"],
    ["a start date", () => haap(col(stock), col(null), JAN1, DEC31), "Række 1, startdato: cellen indeholder en datatype"],
    ["a period end", () => haap(col(JAN1), col(null), JAN1, stock), "til: cellen indeholder en datatype"],
    ["a CPR", () => haap(col(JAN1), col(null), JAN1, DEC31, col(stock)), "Række 1, cpr: cellen indeholder en datatype"],
    ["a probability", () => risikoprognose(col(1), col(1000), col(stock), col(3)), "Række 1, sandsynlighed: cellen indeholder en datatype"],
    ["a PL rate", () => plfremskrivning(1000, row(0.02, stock)), "pl_satser, celle 2: cellen indeholder en datatype"],
  ])("%s", (_what, call, start) => {
    const e = excelError(call);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(`${start} (fx Aktier eller Geografi) — skriv tekst, en dato eller et tal`);
  });
});

describe("a whole column brings its header along (=SOC.HÅP(J:J; K:K; …))", () => {
  it("skips the header rows at the top and counts the rest", () => {
    // Two rows of one person each for the whole year: 2 helårspersoner.
    expect(haap(col("Startdato", JAN1, JAN1, null, null), col("Stopdato", DEC31, DEC31, null, null), JAN1, DEC31)).toBe(2);
    expect(disponeret(col("Takst (mdl)", 1000), col("Startdato", JAN1), col("Stopdato", DEC31), JAN1, DEC31)).toBe(12000);
  });

  it("skips at most three header or empty rows at the top of SOC.DISPONERET, and none below the first case", () => {
    // An empty row, then the header, then one case of 1.000 kr./måned all 2025: 12.000 kr.
    expect(disponeret(col(null, "Takst (mdl)", 1000), col("", "Startdato", JAN1), col(0, "Stopdato", DEC31), JAN1, DEC31)).toBe(12000);
    // Empty rows between and after the cases are skipped too: 2 × 12.000.
    expect(disponeret(col(1000, null, 1000, ""), col(JAN1, null, JAN1, ""), col(DEC31, null, DEC31, ""), JAN1, DEC31)).toBe(24000);
    // Text without digits below a case is a bad row, not a header.
    expect(excelError(() => disponeret(col(1000, "Takst"), col(JAN1, "Startdato"), col(DEC31, "Stopdato"), JAN1, DEC31)).message).toBe(
      "Række 2, startdato: Startdato er ikke en gyldig dato",
    );
    // A fourth text row at the top is no header any more.
    expect(excelError(() => disponeret(col("A", "B", "C", "Takst", 1000), col("A", "B", "C", "Start", JAN1), col("", "", "", "Stop", DEC31), JAN1, DEC31)).message).toBe(
      "Række 4, startdato: Start er ikke en gyldig dato",
    );
  });

  it("never takes a mistyped date for a header: the row is named", () => {
    expect(excelError(() => haap(col("01.13.2025", JAN1), col(null, DEC31), JAN1, DEC31)).message).toBe(
      "Række 1, startdato: 01.13.2025 er ikke en gyldig dato",
    );
  });
});

describe("one cell where a range was given", () => {
  it("says that one cell is expected", () => {
    expect(excelError(() => haap(col(JAN1), col(DEC31), col(JAN1, JAN1), DEC31)).message).toBe(
      "fra: forventer én celle, men fik et område med 2 celler — vælg en enkelt celle",
    );
    expect(excelError(() => plfremskrivning(col(1000, 2000), row(0.02))).message).toBe(
      "beløb: forventer én celle, men fik et område med 2 celler — vælg en enkelt celle",
    );
  });
});

describe("no result that is not finite reaches a cell (docs/domain.md §3)", () => {
  // #NUM! is Excel's error for a number that is too large; Excel shows no custom message with it
  // (CustomFunctions.ErrorCode: "A custom error message can't be used"), the message rides along.
  const huge = 9.99e307;
  it.each([
    ["SOC.DISPONERET", () => disponeret(col(huge, huge), col(JAN1, JAN1), col(null, null), JAN1, DEC31)],
    ["SOC.DISPONERING", () => disponering(col(huge), col(JAN1), col(null), row(JAN1), "år")],
    ["SOC.GNSPRIS", () => gnspris(col(huge, huge), col(JAN1, JAN1), col(null, null), JAN1, DEC31)],
    ["SOC.RISIKOPROGNOSE", () => risikoprognose(col(huge), col(huge), col(1), col(12))],
    ["SOC.ATATIMER", () => atatimer(col(huge), col(huge))],
    ["SOC.PLFREMSKRIVNING", () => plfremskrivning(huge, row(0.9, 0.9))],
  ])("%s gives #NUM! with a Danish message", (_fn, call) => {
    const e = excelError(call);
    expect(e.code).toBe("#NUM!");
    expect(e.message).toBe("resultatet er for stort til at være et tal i Excel (over 1,8·10³⁰⁸) — tjek takster, beløb og satser");
  });
});

describe("CPR spellings in SOC.HÅP and SOC.GNSPRIS (docs/domain.md §3)", () => {
  const spellings = ["010190-1234", "010190 1234", "010190\u20131234", "01 01 90-1234", "0101901234"];
  const starts = col(...spellings.map(() => JAN1));
  const stops = col(...spellings.map(() => DEC31));

  it("counts every spelling as one person", () => {
    expect(haap(starts, stops, JAN1, DEC31, col(...spellings))).toBe(1);
    // 5 rows of 1.000 kr./måned all year: 60.000 kr. for one helårsperson (counted as 5 it was 12.000).
    expect(gnspris(col(...spellings.map(() => 1000)), starts, stops, JAN1, DEC31, col(...spellings))).toBe(60000);
  });

  it("refuses masked CPR numbers and truth values instead of merging people", () => {
    const e = excelError(() => gnspris(col(1000, 1000), col(JAN1, JAN1), col(DEC31, DEC31), JAN1, DEC31, col("010190-xxxx", "020290-xxxx")));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("Række 1, cpr: 010190-xxxx er et maskeret cpr-nummer og kan ikke skelne personer — brug det fulde cpr-nummer");
    expect(excelError(() => haap(col(JAN1), col(DEC31), JAN1, DEC31, col(true))).message).toBe(
      "Række 1, cpr: true er en sandhedsværdi, ikke et cpr-nummer — er det den rigtige kolonne?",
    );
  });
});

describe("SOC.HÅP keeps only the rows in the period, but checks every row", () => {
  it("clips spans to the period and leaves rows outside it out", () => {
    // 10 days before to 10 days after the year: one whole year; a row of 2024 only: nothing.
    expect(haap(col(JAN1 - 10, 45300), col(DEC31 + 10, 45400), JAN1, DEC31)).toBe(1);
  });

  it("names a masked CPR in a row outside the period, before a bad period", () => {
    expect(excelError(() => haap(col(JAN1, 45300), col(DEC31, 45400), JAN1, DEC31, col("010190-1234", "010190-xxxx"))).message)
      .toMatch(/^Række 2, cpr: /);
    expect(excelError(() => haap(col(JAN1, "31.02.2025"), col(DEC31, null), "1.13.2025", DEC31)).message)
      .toBe("Række 2, startdato: 31.02.2025 er ikke en gyldig dato");
  });

  it("reads a row-shaped range like a column, every CPR spelling one person", () => {
    const cprs = ["010190-1234", "010190 1234", "01 01 90\u20131234", 101901234];
    const half = JAN1 + 181; // 01.07.2025: two halves of one person's year
    const starts = [JAN1, half, JAN1, half], stops = [half - 1, DEC31, half - 1, DEC31];
    expect(haap(col(...starts), col(...stops), JAN1, DEC31, col(...cprs))).toBe(1);
    expect(haap(row(...starts), row(...stops), JAN1, DEC31, row(...cprs))).toBe(1);
  });
});
