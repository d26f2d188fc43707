// Runs LibreOffice headless on a workbook and reads every sheet back as CSV, recalculated or as the file's cached results show it.
import { execFileSync } from "child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { parseCsv } from "../../src/cli/csv";

/**
 * A fresh LibreOffice profile in `home` that recalculates .xlsx files on load. By default LibreOffice
 * trusts the cached results of an .xlsx ("Recalculation on File Load: Excel 2007 and newer: Never
 * recalculate", Tools ▸ Options ▸ LibreOffice Calc ▸ Formula), so without this a check of cached values
 * would read them straight back. OOXMLRecalcMode 0 = always recalculate.
 */
export function recalculatingProfile(home: string): void {
  profile(home, 0);
}

/**
 * A fresh profile that never recalculates an .xlsx on load (OOXMLRecalcMode 1, LibreOffice's own
 * default said explicitly): what a reader shows from the cached results alone.
 */
export function trustingProfile(home: string): void {
  profile(home, 1);
}

function profile(home: string, recalcMode: 0 | 1): void {
  const dir = path.join(home, ".config/libreoffice/4/user");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, "registrymodifications.xcu"),
    '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${recalcMode}</value></prop></item>\n` +
      "</oor:items>\n",
  );
}

/** Every sheet of `file` as CSV rows (LibreOffice recalculates first); keys are sheet names. */
export function recalculatedCsv(file: string, dir: string): Record<string, string[][]> {
  recalculatingProfile(dir);
  return sheetsAsCsv(file, dir);
}

/** Every sheet of `file` as CSV rows as the file's cached results show them, nothing recalculated. */
export function cachedCsv(file: string, dir: string): Record<string, string[][]> {
  trustingProfile(dir);
  return sheetsAsCsv(file, dir);
}

function sheetsAsCsv(file: string, dir: string): Record<string, string[][]> {
  // Field separator ;, UTF-8 (76), formulas as results, every sheet (-1).
  execFileSync("soffice", ["--headless", "--calc", "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,1033,false,true,false,false,false,-1", "--outdir", dir, file], {
    stdio: "ignore",
    timeout: 300000,
    env: { ...process.env, HOME: dir },
  });
  const stem = path.basename(file).replace(/\.xlsx$/, "");
  const sheets: Record<string, string[][]> = {};
  for (const f of readdirSync(dir).filter((x) => x.startsWith(`${stem}-`) && x.endsWith(".csv"))) {
    sheets[f.slice(stem.length + 1).replace(/\.csv$/, "")] = parseCsv(readFileSync(path.join(dir, f), "utf8"));
  }
  return sheets;
}
