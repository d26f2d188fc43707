// Hostile input at Excel's own limits: SOC.HÅP over every row Excel has (1.048.576), Disponering +
// Nøgletal for 250.000 cases into an .xlsx, and the slowest single call of a parser on a
// 32.767-character cell (Excel's limit per cell). Timing lives here, not in the unit tests.
import * as SOC from "../../../src/functions/functions";
import { parseAmount, parseDate, parseFraction, parseUnit, checkCpr } from "../../../src/core";
import { buildDisponering } from "../../../src/sheets/disponering";
import { buildNoegletal } from "../../../src/sheets/noegletal";
import { writeXlsxBuffer } from "../../../src/xlsx";
import { excelWouldConvert } from "../../../src/excel/plan";
import { installCustomFunctionsStub } from "../../functions/customFunctionsStub";
import { syntheticCases } from "../../support/randomCases";
import { benchCount, benchRow, same } from "../bench";

installCustomFunctionsStub();

const EXCEL_ROWS = 1048576;
const JAN1 = 45658; // 01.01.2025
const DEC31 = 46022; // 31.12.2025

benchRow({
  name: "SOC.HÅP over 1.048.576 rækker",
  work: "=SOC.HÅP(start; stop; 01.01.2025; 31.12.2025; cpr) over hele Excels rækkeantal: 1.048.576 rækker, 100.000 personer, cpr i blandede stavemåder",
  setup: () => {
    const start: unknown[][] = [], stop: unknown[][] = [], cpr: unknown[][] = [];
    const spell = ["-", " ", "\u2013", ""];
    for (let i = 0; i < EXCEL_ROWS; i++) {
      const p = i % 100000;
      // 100.000 different CPR numbers: month and serial number together are p.
      const d = `${String(1 + (p % 28)).padStart(2, "0")}${String(1 + Math.floor(p / 10000)).padStart(2, "0")}${String(p % 100).padStart(2, "0")}`;
      start.push([JAN1 + (i % 200)]);
      stop.push([i % 3 === 0 ? null : DEC31 - (i % 100)]);
      cpr.push([`${d}${spell[i % 4]}${String(p % 10000).padStart(4, "0")}`]);
    }
    return { start, stop, cpr };
  },
  ours: (c) => SOC.haap(c.start, c.stop, JAN1, DEC31, c.cpr),
  check: (c, ours) => {
    if (typeof ours !== "number" || !Number.isFinite(ours) || ours <= 0 || ours > 100000) throw new Error(`HÅP ${String(ours)}`);
    // The same figure by the plain definition: each person's (digits of the CPR) periods in the
    // year, sorted and merged, their days summed.
    const persons = new Map<string, [number, number][]>();
    for (let i = 0; i < EXCEL_ROWS; i++) {
      const key = String(c.cpr[i][0]).replace(/\D/g, "");
      const from = Math.max(JAN1, c.start[i][0] as number), to = Math.min(DEC31, (c.stop[i][0] as number | null) ?? DEC31);
      if (to < from) continue;
      const list = persons.get(key);
      if (list) list.push([from, to]);
      else persons.set(key, [[from, to]]);
    }
    let days = 0;
    for (const list of persons.values()) {
      list.sort((x, y) => x[0] - y[0]);
      let [cs, ce] = list[0];
      for (const [f, t] of list.slice(1)) {
        if (f <= ce + 1) ce = Math.max(ce, t);
        else {
          days += ce - cs + 1;
          [cs, ce] = [f, t];
        }
      }
      days += ce - cs + 1;
    }
    if (persons.size !== 100000) throw new Error(`${persons.size} personer, ikke 100.000`);
    same("HÅP mod definitionen", ours, days / (DEC31 - JAN1 + 1));
  },
  targetMs: 1500,
  reps: 5,
});

let xlsx250 = { bytes: 0, ms: 0 };
benchCount({
  name: ".xlsx: disponeringsark + nøgletal, 250.000 sager",
  work: "buildDisponering + buildNoegletal for 250.000 sager og writeXlsxBuffer — skrives uden fejl (ingen stak-overløb, ingen grænse overskredet)",
  unit: "MB",
  measure: async () => {
    const cases = syntheticCases(250000);
    const t0 = performance.now();
    const { spec, layout } = buildDisponering({ year: 2025, cases, generatedOn: 45000 });
    const noegletal = buildNoegletal({ year: 2025, disponering: layout, generatedOn: 45000 }).spec;
    const buf = await writeXlsxBuffer([spec, noegletal]);
    xlsx250 = { bytes: buf.length, ms: performance.now() - t0 };
    return { value: Math.round((buf.length / 1048576) * 10) / 10, note: `${Math.round(xlsx250.ms).toLocaleString("da-DK")} ms` };
  },
});

const LONG = [`${" ".repeat(32766)}x`, `1${" ".repeat(32765)}x`, "1".repeat(32767), `${"1.".repeat(16383)}x`, `${" ".repeat(32765)}%x`];
benchRow({
  name: "Parsere: 5 celler à 32.767 tegn",
  work: "parseAmount, parseFraction, parseDate, parseUnit, checkCpr og Office-skriverens tekstkontrol på 5 celler à 32.767 tegn (mål: < 10 ms pr. celle)",
  setup: () => LONG,
  ours: (cells) => {
    let refused = 0;
    for (const t of cells) {
      if (!parseAmount(t).ok) refused++;
      if (!parseFraction(t).ok) refused++;
      if (!parseDate(t, false).ok) refused++;
      if (!parseUnit(t).ok) refused++;
      checkCpr(t);
      excelWouldConvert(t);
    }
    return refused;
  },
  check: (_c, ours) => same("afviste", ours, 20),
  targetMs: 50,
  reps: 7,
});
