// A case table whose free-text cells hold CPR numbers in the spellings that leaked into shared files
// (glued to other digits, a minus sign, a figure dash, dots), a CPR stored as a number, a source sheet
// named with a CPR, and private persons' names in Leverandør and Bemærkning — and an independent
// finder of those CPR numbers in a finished .xlsx (read back by ExcelJS), for "Del som fil".
import ExcelJS from "exceljs";
import { ymdToDay } from "../../src/core";

export const LEAK_HEADERS = [
  "Cpr-nr.", "Navn", "Foranstaltning", "Konto", "Takst", "Takstenhed", "Startdato", "Stopdato", "Leverandør", "Rådgiver", "Status", "Bemærkning",
];
const d = (y: number, m: number, day: number) => ymdToDay(y, m, day);

/** The sheet named with a CPR (of the last row's person). */
export const LEAK_SHEET = "Sager 0101901234 2";
export const LEAK_SHEET_BEFORE = "Sager september";

/** The source's CPR numbers as ten digits, each also a row's CPR. */
export const LEAK_CPRS = ["0202902345", "0909901234", "0302901234", "0404904567", "0606905678", "0707906789", "0101901234"];

export const LEAK_ROWS: unknown[][] = [
  ["020290-2345", "Anna Jensen", "Opholdssted", "5.28.23", 3000, "døgn", d(2025, 1, 1), "", "020290-2345 2", "AKJ", "aktuel", "Søster: 020290-2345 2"],
  ["0909901234", "Bo Hansen", "Plejefamilie", "5.28.20", 30000, "måned", d(2024, 3, 1), "", "Plejefamilien Kirsten Holm", "2 0909901234", "aktuel", "2 0909901234"],
  // A CPR typed without dash in a number cell: Excel keeps 302901234.
  [302901234, "Clara Nielsen", "Kontaktperson", "5.28.21", 9000, "måned", d(2025, 1, 1), "", "0302901234 1", "Bente Mørk Hansen", "aktuel", "0302901234 1"],
  ["040490\u22124567", "Dorte Madsen", "Opholdssted", "5.28.23", 2800, "døgn", d(2025, 2, 1), d(2025, 9, 30),
    "Solbakken (kontakt: Bo Hansens mor 040490\u22124567)", "AKJ", "aktuel", "Solbakken (kontakt: Bo Hansens mor …)"],
  ["060690\u20125678", "Erik Olsen", "Døgninstitution", "5.28.23", 4100, "døgn", d(2025, 1, 1), "", "Solbakken", "060690\u20125678", "aktuel", "060690\u20125678"],
  ["070790-6789", "Frida Berg", "Netværksplejefamilie", "5.28.20", 12000, "måned", d(2025, 1, 1), "", "Kirsten Holm", "070790.6789 9", "aktuel", "Mormor"],
  ["0101901234", "Gustav Holm", "Opholdssted", "5.28.23", 3100, "døgn", d(2025, 3, 1), "", "Bo Hansens mor", "BMH", "aktuel", "070790.6789 9"],
];
/** Names of persons in the table: none may reach a shared file. */
export const LEAK_NAMES = ["Anna", "Jensen", "Hansen", "Clara", "Nielsen", "Dorte", "Madsen", "Erik", "Olsen", "Frida", "Berg", "Gustav", "Kirsten", "Holm", "Bente", "Mørk"];

/** Last month's version: the first five rows, Anna at another takst. */
export const LEAK_ROWS_BEFORE: unknown[][] = [[...LEAK_ROWS[0].slice(0, 4), 2900, ...LEAK_ROWS[0].slice(5)], ...LEAK_ROWS.slice(1, 5)];

/** Every place in a finished .xlsx where a CPR of the source stands: sheet names and every cell, numbers by their whole part. */
export async function leakFindings(base64: string, cprs: readonly string[] = LEAK_CPRS): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Uint8Array.from(Buffer.from(base64, "base64")).buffer as ArrayBuffer);
  // Digits of a text or the whole part of a number, windows of ten (and of nine: a number cell drops a leading 0).
  const hit = (digits: string) => cprs.some((c) => digits.includes(c) || (c.startsWith("0") && digits.includes(c.slice(1))));
  const digitsOf = (v: unknown) =>
    typeof v === "number" ? String(Math.trunc(Math.abs(v))) : typeof v === "string" ? v.replace(/\D/g, "") : JSON.stringify(v ?? "").replace(/\D/g, "");
  const out: string[] = [];
  book.eachSheet((ws) => {
    if (hit(digitsOf(ws.name))) out.push(`${ws.name} (navnet)`);
    ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (c) => {
      if (hit(digitsOf(c.value))) out.push(`${ws.name}!${c.address}`);
    }));
  });
  return out;
}
