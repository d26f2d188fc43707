// "Del som fil": the shared workbook is read back cell by cell — by ExcelJS, an independent reader,
// and as raw XML — and holds no CPR (in any spelling, docs/domain.md §3), no name from the cases,
// no formula, no defined name and no hidden sheet; Excel receives it as base64 (Excel.createWorkbook).
// It is built from an allow-list (docs/domain.md §7), and a last scan of every cell refuses a file
// that still holds a CPR of the source, naming the cell.
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { cprCode, leverandoerPseudonym, normaliseCpr, pseudonym, ymdToDay } from "../../src/core";
import { PSEUDONYM_SECRET_KEY, shareAsFile, shareLeverandoerer, shareOekonomitjek, sharePortefoelje, toBase64 } from "../../src/flows";
import { toBase64InSteps } from "../../src/flows/share";
import { cprFindings } from "../../src/flows/share";
import {
  LEAK_CPRS, LEAK_HEADERS, LEAK_NAMES, LEAK_ROWS, LEAK_ROWS_BEFORE, LEAK_SHEET, LEAK_SHEET_BEFORE, leakFindings,
} from "../support/shareLeaks";
import { WorkbookDouble } from "../support/workbookDouble";

const HEADERS = ["Cpr-nr.", "Navn", "Foranstaltning", "Konto", "Takst", "Takstenhed", "Startdato", "Stopdato", "Leverandør", "Rådgiver", "Status"];
const d = (y: number, m: number, day: number) => ymdToDay(y, m, day);
// CPR numbers with day 61–91 (substitute numbers), so never real people; every spelling of §3.
const ROWS = [
  ["610312-4123", "Anna Jensen", "Plejefamilie", "5.28.20", 30000, "måned", d(2024, 3, 1), "", "Kragereden", "AKJ", "aktuel"],
  ["620508 4456", "Bo Hansen", "Opholdssted", "5.28.23", 3000, "døgn", d(2025, 2, 1), d(2025, 9, 30), "Solbakken", "BMH", "aktuel"],
  ["63 06 01\u20134789", "Clara Nielsen", "Kontaktperson", "5.28.21", 9000, "måned", d(2025, 1, 1), "", "Familiecentret", "AKJ", "aktuel"],
  [640702478, "Dorte Madsen", "Plejefamilie", "5.28.20", 28000, "måned", d(2025, 4, 1), "", "Kragereden", "", "aktuel"],
];
const NAMES = ["Anna Jensen", "Bo Hansen", "Clara Nielsen", "Dorte Madsen"];
const generatedOn = d(2025, 10, 5);

function workbook(opens: true | Error = true) {
  return new WorkbookDouble({
    settings: {}, opens,
    sheets: [
      { name: "Sager", values: [HEADERS, ...ROWS] },
      // Last month: Clara not yet, Bo at another takst.
      { name: "Sager september", values: [HEADERS, ROWS[0], [...ROWS[1].slice(0, 4), 2800, ...ROWS[1].slice(5)], ROWS[3]] },
    ],
  });
}

/** Every cell of the shared file as ExcelJS reads it, and the file's XML parts. */
async function readShared(base64: string) {
  const bytes = Uint8Array.from(Buffer.from(base64, "base64"));
  const parts = unzipSync(bytes);
  const xml = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strFromU8(v)]));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer as ArrayBuffer);
  const cells: { sheet: string; address: string; value: unknown; formula?: string }[] = [];
  book.eachSheet((ws) => ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (c) => {
    cells.push({ sheet: ws.name, address: c.address, value: c.value, formula: c.formula });
  })));
  return { xml, cells, book };
}

/**
 * A CPR in a text, in any spelling: groups of digits joined only by separators (space, dot, dash,
 * en/em dash …) of which some consecutive ones hold exactly ten digits that the one CPR normaliser
 * accepts; or a masked one (010190-xxxx). Digits inside a longer number (0,7534246575…) are none.
 */
function cprIn(text: string): string | null {
  if (/\d{6}\s?[-\u2013\u2014]?\s?[x*]{4}/i.test(text)) return text;
  const groups = [...text.matchAll(/\d+/g)];
  for (let i = 0; i < groups.length; i++) {
    let digits = 0;
    for (let j = i; j < groups.length; j++) {
      if (j > i) {
        const between = text.slice(groups[j - 1].index! + groups[j - 1][0].length, groups[j].index!);
        if (!/^[\s.\-\u2010-\u2014\u2212]+$/.test(between)) break;
      }
      digits += groups[j][0].length;
      if (digits > 10) break;
      const run = text.slice(groups[i].index!, groups[j].index! + groups[j][0].length);
      if (digits === 10 && normaliseCpr(run)) return run;
    }
  }
  return null;
}

/** Texts and numbers of an XML part, each node on its own. */
const nodes = (xml: string) => [...xml.matchAll(/>([^<]+)</g)].map((m) => m[1]);

async function expectClean(base64: string) {
  const { xml, cells, book } = await readShared(base64);
  expect(cells.length).toBeGreaterThan(40);
  for (const c of cells) {
    expect(c.formula).toBeUndefined();
    const text = typeof c.value === "string" ? c.value : typeof c.value === "number" ? "" : JSON.stringify(c.value ?? "");
    expect([c.address, cprIn(text)]).toEqual([c.address, null]);
    for (const n of NAMES) for (const part of n.split(" ")) expect(text).not.toContain(part);
    // A number cell that is a CPR typed as a number (Excel drops its leading zero) is caught too.
    if (typeof c.value === "number") expect(normaliseCpr(c.value) !== null && Number.isInteger(c.value) && c.value > 1e8).toBe(false);
  }
  for (const [part, text] of Object.entries(xml)) {
    expect([part, /<f[ >]/.test(text)]).toEqual([part, false]);
    expect([part, nodes(text).filter((t) => (/^-?\d+(\.\d+)?(E[-+]?\d+)?$/i.test(t) ? /^\d{9,10}$/.test(t) && normaliseCpr(Number(t)) : cprIn(t)))]).toEqual([part, []]);
  }
  expect(xml["xl/workbook.xml"]).not.toContain("<definedName");
  expect(xml["xl/workbook.xml"]).not.toMatch(/state="(hidden|veryHidden)"/);
  expect(Object.keys(xml).filter((k) => /externalLink|connections|vbaProject/.test(k))).toEqual([]);
  book.eachSheet((ws) => expect(ws.state).toBe("visible"));
  return { cells };
}

describe("Del som fil", () => {
  it("Økonomitjek: values only, every person a pseudonym, opened as a new workbook", async () => {
    const wb = workbook();
    const out = await shareOekonomitjek(wb, { before: "Sager september", now: "Sager", year: 2025, month: 10, generatedOn });
    expect(wb.opened).toHaveLength(1);
    expect(wb.written).toEqual([]); // the open workbook is not touched (only its secret is kept)
    expect(out.message).toBe("Den nye projektmappe med arket Økonomitjek 2025-10 er åbnet: kun værdier, personer som pseudonymer. Gem den, og del den.");
    const { cells } = await expectClean(wb.opened[0]);
    const secret = wb.settings!.get(PSEUDONYM_SECRET_KEY)!;
    const values = cells.map((c) => c.value);
    // Clara is new since September: she is there, by her pseudonym, with her year's amount (9.000 × 12).
    expect(values).toContain(pseudonym("630601-4789", secret));
    expect(values).toContain("Tilgang");
    expect(values).toContain(108000);
  });

  it("Portefølje: values only, the same pseudonyms as the Økonomitjek of the same workbook", async () => {
    const wb = workbook();
    await sharePortefoelje(wb, { source: "Sager", year: 2025, baseYear: 2024, target: 0.75, generatedOn });
    const { cells } = await expectClean(wb.opened[0]);
    const secret = wb.settings!.get(PSEUDONYM_SECRET_KEY)!;
    const values = cells.map((c) => c.value);
    expect(values).toContain(pseudonym("610312-4123", secret));
    // Kragereden takes Plejefamilie cases: a foster family, a private person, shown by its pseudonym;
    // Solbakken (an opholdssted) by its name.
    expect(values).not.toContain("Kragereden");
    expect(values).toContain(leverandoerPseudonym("Kragereden", secret));
    expect(values).toContain("Solbakken");
  });

  it("Leverandører: values only, a leverandør that may be a private person by its pseudonym, with the table's types", async () => {
    const wb = new WorkbookDouble({
      settings: {}, opens: true,
      sheets: [{ name: "Sager", values: [HEADERS, ...ROWS] }],
      tables: [{ name: "Leverandører", sheet: "Tabel Leverandører", values: [["Leverandør", "Type"], ["Solbakken", "ekstern"], ["Kragereden", "ekstern"]] }],
    });
    const out = await shareLeverandoerer(wb, { source: "Sager", year: 2025, baseYear: 2024, target: 0.75, generatedOn });
    expect(out.message).toContain("Leverandører 2025");
    const { cells } = await expectClean(wb.opened[0]);
    const secret = wb.settings!.get(PSEUDONYM_SECRET_KEY)!;
    const values = cells.map((c) => c.value);
    expect(values).not.toContain("Kragereden");
    expect(values).toContain(leverandoerPseudonym("Kragereden", secret));
    expect(values).toContain("Solbakken");
    // Kragereden (Anna 30.000 × 12 + Dorte 28.000 × 9 = 612.000) and Solbakken (3.000 × 242 days = 726.000) are ekstern:
    // 1.338.000 of 1.338.000 + Familiecentret's 9.000 × 12 = 108.000.
    const share = cells.find((c, i) => cells[i - 2]?.value === "Eksterne leverandører")?.value;
    expect(share).toBeCloseTo(1_338_000 / 1_446_000, 12);
  });

  it("refuses a sheet with a formula, a CPR or hidden, before anything is opened", async () => {
    const wb = workbook();
    const base = { name: "Rapport", kind: "test", formats: [] };
    const cprs = new Set([101901234]);
    await expect(shareAsFile(wb, { cprs, sheets: [{ ...base, blocks: [{ kind: "cells", row: 0, col: 0, cells: [[{ f: "'Disponering 2025'!A1" }]] }] }] }))
      .rejects.toThrow("Arket Rapport har formler; en delt fil må kun have værdier.");
    await expect(shareAsFile(wb, { cprs, sheets: [{ ...base, blocks: [{ kind: "fill", rect: { row: 0, col: 0, rows: 2, cols: 1 }, formula: "A1+1" }] }] }))
      .rejects.toThrow("har formler");
    await expect(shareAsFile(wb, { cprs, sheets: [{ ...base, blocks: [{ kind: "cells", row: 2, col: 1, cells: [["Borger 01 01 90\u20131234"]] }] }] }))
      .rejects.toThrow("Arket Rapport, celle B3: cellen indeholder et cpr-nummer fra sagerne, så filen deles ikke. Ret teksten i sagslisten (fx Rådgiver eller Foranstaltning), og prøv igen.");
    await expect(shareAsFile(wb, { cprs, sheets: [{ ...base, hidden: true, blocks: [] }] })).rejects.toThrow("Arket Rapport er skjult og deles ikke.");
    expect(wb.opened).toEqual([]);
  });

  it("leaves names, validations and charts behind, and says so in Danish when Excel cannot open the file", async () => {
    const spec = {
      name: "Rapport", kind: "test", formats: [], blocks: [{ kind: "cells" as const, row: 0, col: 0, cells: [["Tal", 1]] }],
      names: [{ name: "HÅP_2025", ref: "'Nøgletal 2025'!$B$2" }], validations: [{ rect: { row: 0, col: 1, rows: 1, cols: 1 }, rule: { type: "list" as const, values: ["a"] }, error: "x" }],
    };
    const wb = workbook();
    await shareAsFile(wb, { sheets: [spec as never], cprs: new Set() });
    const { xml } = await readShared(wb.opened[0]);
    expect(xml["xl/workbook.xml"]).not.toContain("definedName");
    expect(xml["xl/worksheets/sheet1.xml"]).not.toContain("dataValidation");
    await expect(shareAsFile(workbook(new Error("PopupBlocked")), { sheets: [spec as never], cprs: new Set() }))
      .rejects.toThrow("Excel kunne ikke åbne den nye projektmappe. Tillad pop op-vinduer for Excel, og prøv igen.");
  });

  it("refuses to share when the pseudonym key cannot be read, and makes no new key", async () => {
    const wb = new WorkbookDouble({ settings: {}, opens: true, loadFails: new Error("GeneralException"), sheets: [{ name: "Sager", values: [HEADERS, ...ROWS] }] });
    await expect(sharePortefoelje(wb, { source: "Sager", year: 2025, baseYear: 2024, target: 0.75, generatedOn }))
      .rejects.toThrow("Nøglen til pseudonymer kunne ikke læses fra arbejdsbogen (GeneralException). Der er ikke lavet en ny nøgle");
    expect(wb.opened).toEqual([]);
    expect(wb.calls.filter((c) => c.startsWith("saveSetting"))).toEqual([]);
  });

  it("the test's CPR finder finds every spelling and nothing else", () => {
    for (const t of ["610312-4123", "x 620508 4456 y", "63 06 01\u20134789", "Borger 0101901234.", "010190-xxxx"]) expect(cprIn(t)).not.toBeNull();
    for (const t of ["0.7534246575342466", "2025 3 4", "Person KPRM-TXWA", "1289600", "01.01.2025", "Økonomitjek 2025-10"]) expect(cprIn(t)).toBeNull();
  });

  it("encodes base64 as Node does, for every length", () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_x, i) => (i * 97 + n * 31) & 255);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    }
  });

  it("encodes base64 in pieces of 24.576 bytes with a pause between them, as Node does across every piece's edge", () => {
    // 24.576 = 3 × 8.192 bytes a piece: lengths around one and two pieces' edges, and a file of a few pieces.
    for (const n of [24575, 24576, 24577, 24578, 49151, 49152, 49153, 100000]) {
      const bytes = Uint8Array.from({ length: n }, (_x, i) => (i * 97 + (i >> 8) * 31) & 255);
      let pauses = 0;
      const steps = toBase64InSteps(bytes);
      let next = steps.next();
      for (; !next.done; next = steps.next()) pauses++;
      expect(next.value).toBe(Buffer.from(bytes).toString("base64"));
      expect(pauses).toBe(Math.ceil(n / 24576) - 1);
    }
  });
});

describe("Del som fil from a case table whose free text holds CPR numbers and names", () => {
  function leaky() {
    return new WorkbookDouble({
      settings: {}, opens: true, tables: [],
      sheets: [{ name: LEAK_SHEET, values: [LEAK_HEADERS, ...LEAK_ROWS] }, { name: LEAK_SHEET_BEFORE, values: [LEAK_HEADERS, ...LEAK_ROWS_BEFORE] }],
    });
  }
  const files: [string, (wb: WorkbookDouble) => Promise<unknown>][] = [
    ["Portefølje from the sheet named with a CPR", (wb) => sharePortefoelje(wb, { source: LEAK_SHEET, year: 2025, baseYear: 2024, target: 0.75, generatedOn })],
    ["Portefølje from last month's sheet", (wb) => sharePortefoelje(wb, { source: LEAK_SHEET_BEFORE, year: 2025, baseYear: 2024, target: 0.75, generatedOn })],
    ["Økonomitjek last month → now", (wb) => shareOekonomitjek(wb, { before: LEAK_SHEET_BEFORE, now: LEAK_SHEET, year: 2025, month: 10, generatedOn })],
    ["Økonomitjek now → last month", (wb) => shareOekonomitjek(wb, { before: LEAK_SHEET, now: LEAK_SHEET_BEFORE, year: 2025, month: 10, generatedOn })],
    ["Leverandører from the sheet named with a CPR", (wb) => shareLeverandoerer(wb, { source: LEAK_SHEET, year: 2025, baseYear: 2024, target: 0.75, generatedOn })],
  ];

  it.each(files)("%s: no CPR in any spelling, no name, no sheet name of the user's", async (_what, share) => {
    const wb = leaky();
    await share(wb);
    expect(wb.opened).toHaveLength(1);
    // The independent finder: every 10-digit (and 9-digit) window of every cell's digits, sheet names too.
    expect(await leakFindings(wb.opened[0])).toEqual([]);
    const { cells } = await readShared(wb.opened[0]);
    for (const c of cells) {
      const text = typeof c.value === "string" ? c.value : JSON.stringify(c.value ?? "");
      expect([c.address, LEAK_NAMES.filter((n) => new RegExp(`\\b${n}\\b`).test(text))]).toEqual([c.address, []]);
      expect([c.address, text.includes(LEAK_SHEET) || text.includes(LEAK_SHEET_BEFORE)]).toEqual([c.address, false]);
    }
  });

  it("shows rådgivere by initials and leverandører that are no private person by name, the rest by pseudonym", async () => {
    const wb = leaky();
    await sharePortefoelje(wb, { source: LEAK_SHEET, year: 2025, baseYear: 2024, target: 0.75, generatedOn });
    const { cells } = await readShared(wb.opened[0]);
    const secret = wb.settings!.get(PSEUDONYM_SECRET_KEY)!;
    const values = cells.map((c) => c.value);
    // "Bente Mørk Hansen" → BMH, the same rådgiver as "BMH"; a rådgiver cell holding only a CPR has no initials.
    expect(values).toEqual(expect.arrayContaining(["AKJ", "BMH", "(uden rådgiver)"]));
    expect(values).toContain("Solbakken");
    for (const name of ["Plejefamilien Kirsten Holm", "Kirsten Holm", "Bo Hansens mor", "Solbakken (kontakt: Bo Hansens mor 040490\u22124567)"]) {
      expect(values).toContain(leverandoerPseudonym(name, secret));
    }
    // Every person by the pseudonym of the CPR, the one stored as a number too.
    for (const c of LEAK_CPRS) expect(values).toContain(pseudonym(c, secret));
  });

  it("refuses a file whose allow-listed cell still holds a CPR of the source, naming the sheet and the cell", async () => {
    const rows = LEAK_ROWS.map((r) => [...r]);
    rows[0][2] = "Opholdssted 020290-2345 2";
    const wb = new WorkbookDouble({ settings: {}, opens: true, sheets: [{ name: "Sager", values: [LEAK_HEADERS, ...rows] }] });
    await expect(sharePortefoelje(wb, { source: "Sager", year: 2025, baseYear: 2024, target: 0.75, generatedOn }))
      .rejects.toThrow(/^Arket Portefølje 2025, celle D\d+: cellen indeholder et cpr-nummer fra sagerne, så filen deles ikke\./);
    expect(wb.opened).toEqual([]);
  });

  it("the last scan reads every spelling, glued to other digits, and numbers by their whole part", () => {
    const cprs = new Set(LEAK_CPRS.map((c) => cprCode(c)));
    const sheet = (cells: unknown[][], name = "Rapport") => ({ name, kind: "test", formats: [], blocks: [{ kind: "cells" as const, row: 0, col: 0, cells: cells as never }] });
    const spellings = [
      "020290-2345 2", "2 0909901234", "0302901234 1", "040490\u22124567", "060690\u20125678", "070790.6789 9", "Sager 0101901234 2",
      "0\uff13\uff10\uff12\uff19\uff10\uff11\uff12\uff13\uff14", "010190\u200b1234",
    ];
    expect(cprFindings([sheet(spellings.map((t) => [t]))], cprs).map((f) => f.address)).toEqual(["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9"]);
    // A CPR stored as a number (Excel dropped the leading zero), and one with a fraction glued on.
    expect(cprFindings([sheet([[1, 302901234], [202902345.25, 7]])], cprs)).toEqual([{ sheet: "Rapport", address: "B1" }, { sheet: "Rapport", address: "A2" }]);
    // A sheet name is scanned too.
    expect(cprFindings([sheet([["ok"]], "Sager 0101901234 2")], cprs)).toEqual([{ sheet: "Sager 0101901234 2", address: null }]);
    // Amounts, dates, HÅP and pseudonyms are no CPR; a CPR that is not the source's is not refused.
    expect(cprFindings([sheet([[1289600.5, 45658, 3.75, "Person KPRM-TXWA", "01.01.2025", "Økonomitjek 2025-10", 1111111118]])], cprs)).toEqual([]);
  });
});
