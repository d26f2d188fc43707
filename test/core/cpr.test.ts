// CPR numbers: century rule, date and substitute checks (warnings only), masking (docs/domain.md §3, §7).
import {
  checkCpr, compareSnapshots, cprCentury, cprCode, cprKey, cprUnusable, haap, maskCpr, normaliseCpr, personIds, personKey, pseudonym,
  readCaseTable, yearEnd, yearStart, CPR_EMPTY, CPR_MASKED, CPR_TEXT, CPR_TRUTH, CPR_ZERO,
} from "../../src/core";
import { prng } from "../support/randomCases";

describe("cprCentury (7th digit + two-digit year)", () => {
  test.each<[number, number, number]>([
    // 7th digit 0–3: always 1900s
    [0, 0, 1900], [99, 0, 1900], [36, 3, 1900], [90, 1, 1900],
    // 4 and 9: 00–36 → 2000s, 37–99 → 1900s
    [0, 4, 2000], [36, 4, 2000], [37, 4, 1900], [99, 9, 1900], [10, 9, 2000],
    // 5–8: 00–57 → 2000s, 58–99 → 1800s
    [0, 5, 2000], [57, 8, 2000], [58, 5, 1800], [99, 7, 1800], [15, 6, 2000],
  ])("yy %i, 7th digit %i → %i", (yy, seventh, century) => {
    expect(cprCentury(yy, seventh)).toBe(century);
  });
});

describe("checkCpr", () => {
  test.each<[unknown]>([["010190-1234"], ["0101901234"], [" 010190-1234 "], [101901234], ["290200-4123"], ["311299-0001"]])(
    "%p is a valid ordinary CPR number",
    (input) => {
      expect(checkCpr(input)).toEqual([]);
    },
  );

  test("29.02 with 7th digit 4 and yy 00 is 2000 (leap); with 7th digit 2 it is 1900 (not leap)", () => {
    expect(checkCpr("290200-4123")).toEqual([]);
    expect(checkCpr("290200-2123")).toEqual([
      { code: "cpr.date", message: "290200-2123 indeholder ikke en gyldig fødselsdato", severity: "advarsel" },
    ]);
  });

  test("day 32 is not a date", () => {
    expect(checkCpr("320190-1234")[0].code).toBe("cpr.date");
  });

  test.each<[string]>([["610190-1234"], ["910190-1234"], ["8801851234"]])("substitute CPR %s (day 61–91) is a warning", (input) => {
    expect(checkCpr(input)).toEqual([
      { code: "cpr.substitute", message: `${input} er et erstatningspersonnummer (dag 61–91)`, severity: "advarsel" },
    ]);
  });

  test("day 92 (= 32 + 60) is neither a date nor a valid substitute", () => {
    expect(checkCpr("920190-1234")[0].code).toBe("cpr.date");
  });

  test.each<[unknown]>([["12345"], ["010190-123"], ["01.01.90-12345"], ["abcdef-ghij"], [""]])("%p has the wrong format", (input) => {
    const problems = checkCpr(input);
    expect(problems).toHaveLength(1);
    expect(problems[0].code).toBe("cpr.format");
    expect(problems[0].severity).toBe("advarsel");
    expect(problems[0].message).toBe(`${String(input)} er ikke et cpr-nummer på formen DDMMÅÅ-SSSS`);
  });
});

describe("normaliseCpr", () => {
  test.each<[unknown, string | null]>([
    ["0101901234", "010190-1234"],
    ["010190-1234", "010190-1234"],
    [" 010190-1234 ", "010190-1234"],
    [101901234, "010190-1234"], // a number cell lost the leading zero
    // docs/domain.md §3: spaces, no-break spaces, hyphens, en/em dashes and dots are not part of it.
    ["010190 1234", "010190-1234"],
    ["010190\u20131234", "010190-1234"],
    ["01 01 90-1234", "010190-1234"],
    ["01.01.90-1234", "010190-1234"],
    ["0101901234", "010190-1234"],
    ["010190\u00a01234", "010190-1234"],
    ["010190-xxxx", null],
    ["******-1234", null],
    [true, null],
    ["TRUE", null],
    [1234567, null], // too few digits to be a CPR that lost its leading zero
    ["1".repeat(32767), null],
    ["Cpr. 1", null],
    [null, null],
  ])("%p → %p", (input, out) => {
    expect(normaliseCpr(input)).toBe(out);
  });
});

describe("maskCpr", () => {
  test.each<[unknown, string]>([
    ["010190-1234", "010190-xxxx"],
    ["0101901234", "010190-xxxx"],
    [101901234, "010190-xxxx"],
    ["abc", "xxx"],
    ["Hansen, Jens Peter", "xxxxxxxxxxx"],
    ["", ""],
    [null, ""],
  ])("%p → %p", (input, out) => {
    expect(maskCpr(input)).toBe(out);
  });

  test("the last four digits never survive masking", () => {
    expect(maskCpr("010190-1234")).not.toContain("1234");
  });
});

describe("cprKey: normaliseCpr as a number, without building a string", () => {
  // The reference: normaliseCpr's digits as a number, -1 when it finds no CPR.
  const reference = (v: unknown) => {
    const n = normaliseCpr(v);
    return n === null ? -1 : Number(n.replace("-", ""));
  };

  test.each<[unknown, number]>([
    ["010190-1234", 101901234], ["0101901234", 101901234], ["010190 1234", 101901234], ["010190\u20131234", 101901234],
    ["01 01 90-1234", 101901234], ["01.01.90-1234", 101901234], ["010190\u00a01234", 101901234], ["\t010190-1234\n", 101901234],
    [101901234, 101901234], [3112991234, 3112991234],
    ["010190-123", -1], ["010190-12345", -1], ["010190-xxxx", -1], ["010190/1234", 101901234], ["", -1], [null, -1], [true, -1],
    [1.5e9 + 0.5, -1], [12345678, -1], [`${" ".repeat(40)}0101901234`, -1],
  ])("%p → %p", (v, key) => {
    expect(cprKey(v)).toBe(key);
    expect(reference(v)).toBe(key);
  });

  it("agrees with normaliseCpr on 20.000 random spellings (every separator, odd characters, too many digits)", () => {
    const rnd = prng(21);
    const alphabet = ["0", "1", "2", "5", "9", "-", " ", ".", "\u00a0", "\u202f", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212",
      "\t", "\u2003", "x", "/", "a", "\u{1F600}"];
    let cpr = 0;
    // Disagreements are collected and asserted once: 40.000 expect calls cost more than the keys.
    const disagree: string[] = [];
    for (let t = 0; t < 20000; t++) {
      const digits = String(Math.floor(rnd() * 1e10)).padStart(10, "0").split("");
      // Mostly ten digits with separators sprinkled in; sometimes any characters at all.
      const chars = rnd() < 0.7 ? digits : Array.from({ length: Math.floor(rnd() * 14) }, () => alphabet[Math.floor(rnd() * alphabet.length)]);
      let s = "";
      for (const ch of chars) s += (rnd() < 0.15 ? alphabet[5 + Math.floor(rnd() * 13)] : "") + ch;
      const key = cprKey(s);
      if (key !== reference(s)) disagree.push(`${JSON.stringify(s)}: ${key} ≠ ${reference(s)}`);
      if (key >= 0) cpr++;
    }
    expect(disagree).toEqual([]);
    expect(cpr).toBeGreaterThan(10000);
  });
});

// docs/domain.md §3, one row per spelling: every layer asks this one normaliser.
describe("the one CPR normaliser: every spelling of one person", () => {
  const Z = "\u200b"; // zero-width space
  test.each<[string, unknown]>([
    ["dash", "010190-1234"],
    ["no separator", "0101901234"],
    ["space", "010190 1234"],
    ["spaces between groups and an en dash", "01 01 90\u20131234"],
    ["leading apostrophe", "'0101901234"],
    ["leading apostrophe after a space", " '010190-1234"],
    ["no-break space", "010190\u00a01234"],
    ["thin space", "010190\u20091234"],
    ["narrow no-break space", "010190\u202f1234"],
    ["ideographic space", "010190\u30001234"],
    ["zero-width space", `010190${Z}1234`],
    ["zero-width joiner and word joiner", "0101\u200d90\u20601234"],
    ["byte order mark in front", "\ufeff010190-1234"],
    ["soft hyphen", "010190\u00ad1234"],
    ["hyphen", "010190\u20101234"],
    ["non-breaking hyphen", "010190\u20111234"],
    ["figure dash", "010190\u20121234"],
    ["en dash", "010190\u20131234"],
    ["em dash", "010190\u20141234"],
    ["horizontal bar", "010190\u20151234"],
    ["minus sign", "010190\u22121234"],
    ["full-width hyphen-minus", "010190\uff0d1234"],
    ["dots", "01.01.90-1234"],
    ["dot before the serial", "010190.1234"],
    ["slash", "010190/1234"],
    ["slashes in the date", "01/01/90-1234"],
    ["full-width digits", "\uff10\uff11\uff10\uff11\uff19\uff10-\uff11\uff12\uff13\uff14"],
    ["tab and line break around it", "\t010190-1234\n"],
    ["nine digits as a number (Excel dropped the leading zero)", 101901234],
    ["nine digits as text", "101901234"],
    ["ten digits as a number", 101901234],
  ])("%s", (_what, spelling) => {
    expect(normaliseCpr(spelling)).toBe("010190-1234");
    expect(cprCode(spelling)).toBe(101901234);
    expect(cprKey(spelling)).toBe(101901234);
    expect(personKey(spelling)).toBe("010190-1234");
    expect(checkCpr(spelling)).toEqual([]);
  });

  it("text \"101001234\" and the number 101001234 are the same person", () => {
    expect(personKey("101001234")).toBe("010100-1234");
    expect(personKey(101001234)).toBe("010100-1234");
    expect([...personIds(["101001234", "010100-1234", "0101001234"]).person]).toEqual([0, 0, 0]);
  });
});

describe("what cannot identify a person never merges with another row", () => {
  test.each<[string, unknown, number, string | null]>([
    ["x mask", "010190-xxxx", CPR_MASKED, "cpr.masked"],
    ["X mask", "010190-XXXX", CPR_MASKED, "cpr.masked"],
    ["all masked", "XXXXXX-XXXX", CPR_MASKED, "cpr.masked"],
    ["star mask on the birth date", "******-1234", CPR_MASKED, "cpr.masked"],
    ["hash mask", "010190-####", CPR_MASKED, "cpr.masked"],
    ["question-mark mask", "010190-????", CPR_MASKED, "cpr.masked"],
    ["dot mask", "010190-....", CPR_MASKED, "cpr.masked"],
    ["underscore mask", "010190-____", CPR_MASKED, "cpr.masked"],
    ["masked with dots between groups", "01.01.90-xxxx", CPR_MASKED, "cpr.masked"],
    ["truth value", true, CPR_TRUTH, "cpr.truth"],
    ["truth value as text", "FALSK", CPR_TRUTH, "cpr.truth"],
    ["0 as text", "0", CPR_ZERO, "cpr.zero"],
    ["0 as a number", 0, CPR_ZERO, "cpr.zero"],
    ["ten zeros", "000000-0000", CPR_ZERO, "cpr.zero"],
    ["empty", "", CPR_EMPTY, null],
    ["blank", "   ", CPR_EMPTY, null],
    ["a dash only", "-", CPR_EMPTY, null],
    ["null", null, CPR_EMPTY, null],
  ])("%s: %p", (_what, value, code, problem) => {
    expect(cprCode(value)).toBe(code);
    expect(normaliseCpr(value)).toBeNull();
    expect(personKey(value)).toBeNull();
    expect(cprUnusable(value)?.code ?? null).toBe(problem);
    if (problem) expect(cprUnusable(value)?.severity).toBe("fejl");
    // Three such rows are three persons, never one.
    expect(personIds([value, value, value] as string[]).persons).toBe(3);
  });

  it("says in Danish what is wrong with a 0", () => {
    expect(cprUnusable("000000-0000")?.message).toBe("000000-0000 er ikke et cpr-nummer og kan ikke skelne personer — skriv det fulde cpr-nummer, eller lad cellen stå tom");
  });

  test.each<[unknown, string]>([
    ["Cpr. 1", "Cpr. 1"], [" Borger A ", "Borger A"], ["010190-123", "010190-123"], ["010190-12345", "010190-12345"],
    ["070790.6789 9", "070790.6789 9"], ["010190'1234", "010190'1234"], [1234567, "1234567"], [1.5, "1.5"], ["010190-abcd", "010190-abcd"],
  ])("%p is other text: its own key (a name or an id), a format warning", (value, key) => {
    expect(cprCode(value)).toBe(CPR_TEXT);
    expect(personKey(value)).toBe(key);
    expect(checkCpr(value).map((p) => [p.code, p.severity])).toEqual([["cpr.format", "advarsel"]]);
  });
});

describe("every layer asks the one normaliser", () => {
  const HEADERS = ["Cpr-nr.", "Foranstaltning", "Takst (mdl)", "Startdato", "Stopdato"];
  const read = (...rows: unknown[][]) => readCaseTable({ header: HEADERS, rows });

  it("the case table: text \"101001234\" and the number 101001234 are one person in HÅP", () => {
    const t = read(["101001234", "Plejefamilie", 10000, "01.01.2025", ""], [101001234, "Kontaktperson", 5000, "01.01.2025", ""]);
    expect(t.cases.map((c) => c.cpr)).toEqual(["010100-1234", "010100-1234"]);
    expect(haap(t.cases, yearStart(2025), yearEnd(2025))).toBe(1);
  });

  it("the case table: 0, a masked CPR and a truth value make the row a validation error, and never one person", () => {
    const t = read(
      [0, "Plejefamilie", 10000, "01.01.2025", ""], ["0", "Plejefamilie", 10000, "01.01.2025", ""], ["000000-0000", "Plejefamilie", 10000, "01.01.2025", ""],
      ["010190-####", "Plejefamilie", 10000, "01.01.2025", ""], [true, "Plejefamilie", 10000, "01.01.2025", ""],
    );
    expect(t.cases).toEqual([]);
    expect(t.rejectedRows).toBe(5);
    expect(t.problems.map((p) => [p.row, p.code, p.severity])).toEqual([
      [2, "cpr.zero", "fejl"], [3, "cpr.zero", "fejl"], [4, "cpr.zero", "fejl"], [5, "cpr.masked", "fejl"], [6, "cpr.truth", "fejl"],
    ]);
  });

  it("Økonomitjek: an extract that switches the CPR column from text to numbers changes no case", () => {
    const before = read(["101001234", "Plejefamilie", 10000, "01.01.2025", ""]).cases;
    const now = read([101001234, "Plejefamilie", 10000, "01.01.2025", ""]).cases;
    const report = compareSnapshots(before, now, 2025);
    expect(report.changes.map((c) => c.kind)).toEqual(["uaendret"]);
  });

  it("person keys of Overblik, the age distribution and the pseudonyms agree on every spelling", () => {
    const spellings = ["010190-1234", "0101901234", "01 01 90\u20121234", "'0101901234", 101901234, "010190/1234", "\uff10\uff11\uff10\uff11\uff19\uff10-\uff11\uff12\uff13\uff14"];
    expect(new Set(spellings.map((s) => personKey(s))).size).toBe(1);
    expect(new Set(spellings.map((s) => pseudonym(s, "hemmelig"))).size).toBe(1);
    expect(personIds(spellings.map(String)).persons).toBe(1);
  });
});
