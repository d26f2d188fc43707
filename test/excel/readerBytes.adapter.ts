// Reads split by bytes, not cells (Excel on the web refuses a response above 5 MB, "Resource limits
// and performance optimization for Office Add-ins",
// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization;
// the double counts the JSON's UTF-8 bytes, test/support/excelDouble.ts). A case table with a long
// note column, and cells at Excel's 32.767-character limit, are read whole with every answer below
// the limit; split by cells (100.000 per read) both failed.
import { readTable } from "../../src/excel/reader";
import { jsonBytes, rowBytes } from "../../src/excel/plan";
import { ExcelDouble, FIVE_MB } from "../support/excelDouble";

const HEADER = ["Cpr-nr.", "Navn", "Foranstaltning", "Konto", "Takst", "Takstenhed", "Startdato", "Stopdato", "Rådgiver", "Status", "Note"];

/** "Sager" with a table of `rows` cases; `note(i)` the text in the Note column of case i. */
function caseTable(rows: number, note: (i: number) => string) {
  // A Map, not an object: 220.000 keys in an object cost more than reading them back.
  const cells = new Map<string, string | number>();
  HEADER.forEach((h, j) => cells.set(`0,${j}`, h));
  for (let i = 1; i <= rows; i++) {
    const row = [`0101${String(i % 100).padStart(2, "0")}-${String(1000 + (i % 9000)).padStart(4, "0")}`, `Borger ${i}`, "Plejefamilie", "5.28.20", 30000 + i, "måned", 45658, 46022, "AKJ", "aktuel", note(i)];
    row.forEach((v, j) => cells.set(`${i},${j}`, v));
  }
  const last = `K${rows + 1}`;
  return new ExcelDouble([{ name: "Sager", cells }], { tables: [{ name: "Sager", sheet: "Sager", address: `A1:${last}` }] });
}

/** A 600-character note in Danish (æøå are two bytes each in UTF-8). */
const NOTE = (i: number) => `Note ${i}: `.padEnd(600, "Aftale om samvær med forældre hver anden weekend; børnesamtale på skolen; opfølgning på handleplan. ");

describe("a read is split by the bytes of the answer", () => {
  it("reads 20.000 cases with a 600-character note each (≈ 13 MB of values) with every answer below 5 MB", async () => {
    const wb = caseTable(20000, NOTE);
    const from = wb.responseBytes.length;
    const out = await readTable(wb.context, "Sager");
    expect(out!.rows).toHaveLength(20000);
    expect(out!.rows[19999]).toEqual(["010100-1000".replace("010100-1000", `0101${String(20000 % 100).padStart(2, "0")}-${String(1000 + (20000 % 9000)).padStart(4, "0")}`), "Borger 20000", "Plejefamilie", "5.28.20", 50000, "måned", 45658, 46022, "AKJ", "aktuel", NOTE(20000)]);
    // The double logs a refused answer too (it was computed, then refused): at most the first guess.
    const answers = wb.responseBytes.slice(from);
    const accepted = answers.filter((b) => b <= FIVE_MB);
    expect(answers.length - accepted.length).toBeLessThanOrEqual(1);
    expect(accepted.reduce((a, b) => a + b, 0)).toBeGreaterThan(12 * 1024 * 1024);
    // A first chunk of 100.000 cells (9.090 rows) is 6,1 MB and refused; its halves pass, and the next
    // chunks are sized by the heaviest row read: 2 looks + the size + 1 refused + 5 chunks.
    expect(wb.syncs).toBeLessThanOrEqual(12);
  });

  it("reads 200 cells of 32.767 characters (6,3 MB) in pieces below 5 MB", async () => {
    const long = (i: number) => `${i} `.padEnd(32767, "x");
    const wb = caseTable(200, long);
    const from = wb.responseBytes.length;
    const out = await readTable(wb.context, "Sager");
    expect(out!.rows.map((r) => r[10])).toEqual(Array.from({ length: 200 }, (_, i) => long(i + 1)));
    const answers = wb.responseBytes.slice(from);
    expect(answers.filter((b) => b > FIVE_MB).length).toBeLessThanOrEqual(1);
  });

  it("a row too large alone is read in column halves", async () => {
    // Four cells of 20.000 'ø' (40 KB each in UTF-8) in one row, and a limit of 100 KB: two cells per read.
    const long = "ø".repeat(20000);
    const wb = new ExcelDouble(
      [{ name: "Sager", cells: { A1: "a", B1: "b", C1: "c", D1: "d", A2: long, B2: long, C2: long, D2: long } }],
      { tables: [{ name: "Lang", sheet: "Sager", address: "A1:D2" }], maxResponseBytes: 100_000 },
    );
    const out = await readTable(wb.context, "Lang");
    expect(out!.rows).toEqual([[long, long, long, long]]);
    expect(Math.max(...wb.responseBytes.filter((b) => b <= 100_000))).toBeGreaterThan(80_000);
  });
});

describe("jsonBytes: what a value weighs in the request or response", () => {
  it("is the UTF-8 length of its JSON with the comma after it, as the double counts it", () => {
    const values = ["Nøgletal", "æøå ÆØÅ", 'citat "her"', "back\\slash", "linje\nlinje", "tab\tog\u0001", "– €", "😀", 12345.5, -0.25, true, false, "", null];
    for (const v of values) {
      const exact = Buffer.byteLength(JSON.stringify(v), "utf8") + 1;
      // A surrogate pair (4 bytes) counts 3 + 3: a little over, never under.
      if (v === "😀") expect(jsonBytes(v)).toBe(exact + 2);
      else expect([v, jsonBytes(v)]).toEqual([v, exact]);
    }
    expect(rowBytes(["a", 1])).toBe(Buffer.byteLength(JSON.stringify(["a", 1]), "utf8") + 1);
  });
});
