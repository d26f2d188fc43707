// LibreOffice's cost of recalculating the Disponering + Nøgletal workbook on open: HÅP
// is computed from periods kept on Nøgletal and every helper column reads only its own row, so no
// formula family grows with n² (a COUNTIFS over the whole case column per row would). Ours: headless
// LibreOffice opens the .xlsx, recalculates every formula (OOXMLRecalcMode 0, "always") and saves the
// sheets as CSV. Floor: the same open and save without recalculation (OOXMLRecalcMode 1, "never"),
// reading the results the file carries (written with every formula's cached value, as `npm run demo`
// writes them; without them LibreOffice computes the cells anyway) — the difference is what the
// recalculation costs. Before timing, the recalculated Nøgletal's HÅP (I alt, each person once) is
// checked against the core, and the floor's against the cached value, which is written one too high
// so that a side that did (or did not) recalculate cannot pass for the other.
// Runs only where `soffice` is installed (Debian: libreoffice-calc-nogui); elsewhere the row is left
// out with a message.
// 5.000 cases, the same two sheets and every formula family as at 20.000: fourteen opens of 20.000
// cases (two warm-ups, two for the cross-check, five interleaved pairs) took ~30 of the full bench's
// 48 minutes at load 15–20. Now fourteen of 5.000 cases — per side a first open (it sets the profile
// up; its result is cross-checked) and a warm-up open, then five interleaved pairs: an open takes
// ~16 s at load 6, the row about 4 minutes.
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { haap, yearEnd, yearStart } from "../../../src/core";
import { computeCachedValues } from "../../../src/cli/cachedValues";
import { parseCsv } from "../../../src/cli/csv";
import { buildDisponering } from "../../../src/sheets/disponering";
import { buildNoegletal } from "../../../src/sheets/noegletal";
import { writeXlsxBuffer } from "../../../src/xlsx";
import { syntheticCases } from "../../support/randomCases";
import { benchRow, same } from "../bench";

const N = 5_000;
/** Added to every cached number of Nøgletal, so the cross-check sees which side recalculated. */
const CACHE_OFFSET = 1;
const YEAR = 2025;

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60000 });
    return true;
  } catch {
    return false;
  }
}

/** A LibreOffice profile in `home` with the given recalculation mode for .xlsx (0 always, 1 never). */
function profile(home: string, mode: 0 | 1): void {
  const dir = path.join(home, ".config/libreoffice/4/user");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, "registrymodifications.xcu"),
    '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>\n` +
      "</oor:items>\n",
  );
}

/** Opens `file` in headless LibreOffice with the profile in `home` and saves every sheet as CSV; returns Nøgletal's rows. */
function openAndSave(file: string, home: string): string[][] {
  const out = path.join(home, "out");
  mkdirSync(out, { recursive: true });
  execFileSync("soffice", ["--headless", "--calc", "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,1033,false,true,false,false,false,-1", "--outdir", out, file], {
    stdio: "ignore", timeout: 900000, env: { ...process.env, HOME: home },
  });
  const stem = path.basename(file).replace(/\.xlsx$/, "");
  const f = readdirSync(out).find((x) => x.startsWith(`${stem}-Nøgletal`) && x.endsWith(".csv"));
  return f ? parseCsv(readFileSync(path.join(out, f), "utf8")) : [];
}

/** HÅP of the "I alt (hver borger én gang)" line as LibreOffice writes it to the CSV (full precision; either decimal mark). */
function haapFromCsv(rows: string[][]): number {
  const row = rows.find((r) => r[0] === "I alt (hver borger én gang)");
  const v = row?.[2] ?? "";
  return Number(v.includes(",") && !v.includes(".") ? v.replace(",", ".") : v.replace(/,/g, ""));
}

if (hasSoffice()) {
  benchRow({
    name: `LibreOffice: Disponering + Nøgletal, ${N.toLocaleString("da-DK")} sager, genberegning ved åbning`,
    work: `soffice åbner .xlsx med ${N.toLocaleString("da-DK")} sager, genberegner alle formler og gemmer arkene som csv`,
    setup: async () => {
      const cases = syntheticCases(N, YEAR);
      const d = buildDisponering({ year: YEAR, cases, generatedOn: 45962 });
      const n = buildNoegletal({ year: YEAR, disponering: d.layout, generatedOn: 45962 });
      const dir = mkdtempSync(path.join(os.tmpdir(), "styringsark-lo-bench-"));
      const file = path.join(dir, `disponering-${N}.xlsx`);
      const specs = [d.spec, n.spec];
      // Nøgletal's cached numbers are written one too high: the floor must show them (it read the
      // file and did not recalculate), ours must show the core's (LibreOffice recalculated them).
      const cached = computeCachedValues(specs);
      const cachedValues: typeof cached = (sheet, row, col) => {
        const v = cached(sheet, row, col);
        return sheet === 1 && typeof v === "number" ? v + CACHE_OFFSET : v;
      };
      writeFileSync(file, await writeXlsxBuffer(specs, { cachedValues }));
      const recalc = path.join(dir, "recalc"), never = path.join(dir, "never");
      profile(recalc, 0);
      profile(never, 1);
      // No warm-up open here: the bench's first call of each side (the cross-check) is LibreOffice's
      // first start with that profile, and the bench warms each side up after it (bench.ts, warm).
      return { file, recalc, never, haap: haap(cases, yearStart(YEAR), yearEnd(YEAR), "dage") };
    },
    ours: (c) => haapFromCsv(openAndSave(c.file, c.recalc)),
    floor: { work: "samme åbning og csv uden genberegning (filens gemte resultater bruges)", run: (c) => haapFromCsv(openAndSave(c.file, c.never)) },
    // Ours shows the core's HÅP, so LibreOffice recalculated it; the floor shows the cached one,
    // HyperFormula's result written one too high, so it did not.
    check: (c, ours, floor) => {
      same("HÅP i alt efter LibreOffices genberegning", ours, c.haap, 1e-9);
      same("HÅP i alt fra filens gemte resultat", floor, c.haap + CACHE_OFFSET, 1e-9);
    },
    reps: 5,
    // Fourteen opens of LibreOffice: minutes, not the quick run's seconds.
    quick: false,
  });
} else {
  console.warn("LibreOffice-rækken er sprunget over: soffice findes ikke på maskinen (installér libreoffice-calc-nogui for at måle den).");
}
