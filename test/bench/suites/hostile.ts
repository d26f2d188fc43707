// Hostile input at Excel's own limits: SOC.HÅP over every row Excel has (1.048.576; 131.072 in the
// quick run), with 100.000 persons and with every row its own person, Disponering + Nøgletal for
// 250.000 cases into an .xlsx (full run only), and the parsers on 32.767-character cells (Excel's
// limit per cell). Timing lives here, not in the unit tests.
import * as SOC from "../../../src/functions/functions";
import { parseAmount, parseDate, parseFraction, parseUnit, checkCpr } from "../../../src/core";
import { buildDisponering } from "../../../src/sheets/disponering";
import { buildNoegletal } from "../../../src/sheets/noegletal";
import { writeXlsxBuffer } from "../../../src/xlsx";
import { excelWouldConvert } from "../../../src/excel/plan";
import { installCustomFunctionsStub } from "../../functions/customFunctionsStub";
import { syntheticCases } from "../../support/randomCases";
import { benchCount, benchRow, QUICK, same, size } from "../bench";
import { haapCellsFloor } from "../floors";

installCustomFunctionsStub();

const EXCEL_ROWS = 1048576;
const JAN1 = 45658; // 01.01.2025
const DEC31 = 46022; // 31.12.2025

/**
 * `rows` rows of a HÅP table as Excel hands them over, CPR in mixed spellings: `persons` different
 * CPR numbers (row i belongs to person i mod persons).
 */
function haapRows(rows: number, persons: number) {
  const start: unknown[][] = [], stop: unknown[][] = [], cpr: unknown[][] = [];
  const spell = ["-", " ", "\u2013", ""];
  for (let i = 0; i < rows; i++) {
    const p = i % persons;
    // Day, month, year and serial number together are p: different persons, different CPR numbers.
    const d = `${String(1 + (p % 28)).padStart(2, "0")}${String(1 + (Math.floor(p / 28) % 12)).padStart(2, "0")}${String(Math.floor(p / 336) % 100).padStart(2, "0")}`;
    start.push([JAN1 + (i % 200)]);
    stop.push([i % 3 === 0 ? null : DEC31 - (i % 100)]);
    cpr.push([`${d}${spell[i % 4]}${String(Math.floor(p / 33600)).padStart(4, "0")}`]);
  }
  return { start, stop, cpr };
}

/** The same figure by the plain definition: each person's (digits of the CPR) periods, sorted and merged. */
function haapByDefinition(c: ReturnType<typeof haapRows>): { haap: number; persons: number } {
  const persons = new Map<string, [number, number][]>();
  for (let i = 0; i < c.start.length; i++) {
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
  return { haap: days / (DEC31 - JAN1 + 1), persons: persons.size };
}

const HAAP_ROWS = size(EXCEL_ROWS, 131_072);
for (const persons of [size(100_000, 12_500), HAAP_ROWS]) {
  const who = persons === HAAP_ROWS ? "hver række sin person" : `${persons.toLocaleString("da-DK")} personer`;
  benchRow({
    name: `SOC.HÅP over ${HAAP_ROWS.toLocaleString("da-DK")} rækker, ${who}`,
    clock: "cpu",
    work:
      `=SOC.HÅP(start; stop; 01.01.2025; 31.12.2025; cpr) over ${HAAP_ROWS === EXCEL_ROWS ? "hele Excels rækkeantal" : "en ottendedel af Excels rækkeantal"}: ` +
      `${HAAP_ROWS.toLocaleString("da-DK")} rækker, ${who}, cpr i blandede stavemåder`,
    setup: () => haapRows(HAAP_ROWS, persons),
    ours: (c) => SOC.haap(c.start, c.stop, JAN1, DEC31, c.cpr),
    floor: {
      work: "læser de samme celler, cpr-tekstens ti cifre som ét tal, Map fra tal til person-id, samme fletning på typede arrays (uden kontrol af hver celle)",
      run: (c) => haapCellsFloor(c.start, c.stop, c.cpr, JAN1, DEC31),
    },
    check: (c, ours, floor) => {
      const def = haapByDefinition(c);
      if (def.persons !== persons) throw new Error(`${def.persons} personer, ikke ${persons}`);
      same("HÅP mod definitionen", ours, def.haap);
      same("HÅP mod gulvet", ours, floor);
    },
    targetMs: QUICK ? undefined : 1500,
    ratioTarget: 3,
    reps: 5,
  });
}

let xlsx250 = { bytes: 0, ms: 0 };
benchCount({
  // A quarter of a million cases take a minute: a check that nothing breaks, not a quick measurement.
  quick: false,
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

/**
 * Whether a text makes a finite number (digits, at most one decimal mark, spaces at the ends, a final
 * %), read once with a char-code loop: the least the Office writer's check can do, since a long run
 * of digits is a number Excel would convert.
 */
function plainNumber(t: string): boolean {
  let i = 0, n = t.length;
  while (i < n && t.charCodeAt(i) === 32) i++;
  while (n > i && t.charCodeAt(n - 1) === 32) n--;
  if (n > i && t.charCodeAt(n - 1) === 37) n--;
  let digits = 0, marks = 0;
  for (let k = i; k < n; k++) {
    const c = t.charCodeAt(k);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 44 || c === 46) marks++;
    else return false;
  }
  return digits > 0 && digits <= 308 && marks <= 1;
}

/**
 * The least the six checks can do with a cell: an amount and a fraction refuse a text over 500
 * characters by its length (as ours does: no amount is that long); a date, a unit and a CPR read the
 * text's ends (the engine's own trim, the fastest read there is) and refuse what is left when it is
 * longer than a date, unit or CPR can be or does not have its shape; the Office writer's check reads
 * it once with plainNumber. Six passes of a char-code loop over every cell did more than ours (0,26× its time).
 */
const SHORT_DATE = /^\d{1,2}[.-]\d{1,2}[.-]\d{2,4}$/, SHORT_UNIT = /^(måned|døgn|uge|år)$/i, SHORT_CPR = /^\d{6}-?\d{4}$/;
function parsersFloor(cells: readonly string[]): { refused: number; other: number } {
  let refused = 0;
  // What the CPR and Office checks found is returned, so the engine cannot leave them out.
  let other = 0;
  for (const t of cells) {
    if (t.length > 500) refused++; // amount
    if (t.length > 500) refused++; // fraction
    const d = t.trim();
    if (d.length > 30 || !SHORT_DATE.test(d)) refused++;
    const u = t.trim();
    if (u.length > 12 || !SHORT_UNIT.test(u)) refused++;
    const c = t.trim();
    if (c.length > 40 || !SHORT_CPR.test(c)) other++;
    if (plainNumber(t)) other++; // the Office writer's check
  }
  return { refused, other };
}

benchRow({
  name: "Parsere: 5 celler à 32.767 tegn",
  clock: "cpu",
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
  floor: {
    work: "beløb og brøk afvist på længden (som vores); dato, enhed og cpr: tekstens ender læst (trim), resten afvist på længden eller formen; Office-kontrollen: ét gennemløb med en tegnkode-løkke",
    run: parsersFloor,
  },
  check: (_c, ours, floor) => {
    same("afviste", ours, 20);
    same("afviste af gulvet", (floor as ReturnType<typeof parsersFloor>).refused, 20);
  },
  targetMs: 50,
  ratioTarget: 5,
  reps: 7,
});
