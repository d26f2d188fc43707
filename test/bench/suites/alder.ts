// Age and backtest rows of `npm run bench`, each against a plain typed-array loop doing the same
// arithmetic — the floor no implementation can beat.
import { agesAt, backtest, cprCentury, daysInMonth, isLeapYear, ymdToDay, type KontoHistory } from "../../../src/core";
import { prng } from "../../support/randomCases";
import { benchRow, same, size } from "../bench";

const AT = ymdToDay(2026, 12, 31);
const CPRS = size(100_000, 50_000);
const CPRS_TEXT = CPRS.toLocaleString("da-DK");

/** `n` fictitious CPR numbers born 1930–2029 with digit 7 in 0–9 by the century rule, as text. */
function cprTable(n: number) {
  const rnd = prng(18);
  const out: string[] = [];
  const digits = new Uint8Array(n * 7);
  for (let i = 0; i < n; i++) {
    const y = 1930 + Math.floor(rnd() * 100);
    const m = 1 + Math.floor(rnd() * 12);
    const d = 1 + Math.floor(rnd() * daysInMonth(y, m));
    const yy = y % 100;
    // A seventh digit that gives year y: 0–3 for the 1900s, 4 for 2000–2036, 5–8 for 2037–2057.
    const seventh = y < 2000 ? Math.floor(rnd() * 4) : y <= 2036 ? 4 : 5 + Math.floor(rnd() * 4);
    const dd = rnd() < 0.02 ? d + 60 : d; // a few substitute numbers
    const text = `${String(dd).padStart(2, "0")}${String(m).padStart(2, "0")}${String(yy).padStart(2, "0")}-${seventh}${String(Math.floor(rnd() * 1000)).padStart(3, "0")}`;
    out.push(text);
    for (let k = 0; k < 6; k++) digits[i * 7 + k] = text.charCodeAt(k) - 48;
    digits[i * 7 + 6] = seventh;
  }
  return { texts: out, digits };
}

const MONTH_DAYS = new Int32Array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);

/** The floor for ages: the digits already in a Uint8Array, the age from y/m/d without day numbers. */
function agesFloor(digits: Uint8Array, out: Int32Array, ty: number, tm: number, td: number): Int32Array {
  for (let i = 0; i < out.length; i++) {
    const o = i * 7;
    let d = digits[o] * 10 + digits[o + 1];
    const m = digits[o + 2] * 10 + digits[o + 3];
    const yy = digits[o + 4] * 10 + digits[o + 5];
    if (d > 60) d -= 60;
    const y = cprCentury(yy, digits[o + 6]) + yy;
    const dim = m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1];
    if (m < 1 || m > 12 || d < 1 || d > dim) {
      out[i] = -1;
      continue;
    }
    out[i] = ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
  }
  return out;
}

function agesCore(texts: readonly string[], out: Int32Array): Int32Array {
  const ages = agesAt(texts, AT);
  for (let i = 0; i < ages.length; i++) out[i] = Number.isNaN(ages[i]) ? -1 : ages[i];
  return out;
}

const KONTI = 20, YEARS = 5, METHOD_COUNT = 7, AS_OF = 9;

/** 20 konti × 5 whole years of monthly amounts with budgets, from a seeded generator. */
function kontoTable(): KontoHistory[] {
  const rnd = prng(86);
  return Array.from({ length: KONTI }, (_, k) => ({
    konto: `5.28.${20 + k}`,
    years: Array.from({ length: YEARS }, (_, j) => {
      const level = 100000 + Math.floor(rnd() * 900000);
      return { year: 2021 + j, budget: level * 12 * (0.9 + rnd() * 0.2), months: Array.from({ length: 12 }, () => level * (0.7 + rnd() * 0.6)) };
    }),
  }));
}

/**
 * The floor for the backtest: the three methods that can be tested (12-dele, rammestyring, 12-måneders
 * glidende gennemsnit) on one Float64Array of months per konto with running sums, no Result, no slices.
 * Returns Σ mean errors, so it can be checked against the core.
 */
function backtestFloor(months: Float64Array, budgets: Float64Array): number {
  let total = 0;
  const prefix = new Float64Array(YEARS * 12 + 1);
  for (let k = 0; k < KONTI; k++) {
    const base = k * YEARS * 12;
    for (let i = 0; i < YEARS * 12; i++) prefix[i + 1] = prefix[i] + months[base + i];
    let e12 = 0, eR = 0, eG = 0, n12 = 0, nG = 0;
    for (let y = 0; y < YEARS; y++) {
      const actual = prefix[(y + 1) * 12] - prefix[y * 12];
      const budget = budgets[k * YEARS + y];
      for (let m = 3; m <= 11; m++) {
        const toDate = prefix[y * 12 + m] - prefix[y * 12];
        e12 += Math.abs(toDate + (budget / 12) * (12 - m) - actual) / Math.abs(actual);
        eR += Math.abs(budget - actual) / Math.abs(actual);
        n12++;
        const end = y * 12 + m;
        if (end >= 12) {
          eG += Math.abs(toDate + ((prefix[end] - prefix[end - 12]) / 12) * (12 - m) - actual) / Math.abs(actual);
          nG++;
        }
      }
    }
    total += e12 / n12 + eR / n12 + eG / nG;
  }
  return total;
}

benchRow({
  name: `alder: fødselsdato og alder, ${CPRS_TEXT} cpr-numre`,
  clock: "cpu",
  work: `agesAt: læser ${CPRS_TEXT} cpr-tekster, fødselsdato efter århundredereglen (erstatningsnumre med dag + 60), alder 31.12.2026`,
  setup: () => {
    const t = cprTable(CPRS);
    return { ...t, coreOut: new Int32Array(t.texts.length), floorOut: new Int32Array(t.texts.length) };
  },
  ours: (t) => agesCore(t.texts, t.coreOut),
  floor: {
    work: "samme alder fra cifrene i et Uint8Array (ingen tekst at læse, ingen dagnumre)",
    run: (t) => agesFloor(t.digits, t.floorOut, 2026, 12, 31),
  },
  check: (t, ours, floor) => {
    const a = ours as Int32Array, b = floor as Int32Array;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) throw new Error(`alder ${t.texts[i]}: ${a[i]} ≠ gulvets ${b[i]}`);
  },
  targetMs: 50, ratioTarget: 10,
});

benchRow({
  name: `backtest: ${KONTI} konti × ${YEARS} år × ${METHOD_COUNT} metoder × ${AS_OF} opgørelsesmåneder`,
  clock: "cpu",
  work: "backtest(): prognose() med Result og udsnit for hver (konto, år, k) og metode; middelfejl pr. metode (4 af 7 metoder kan ikke efterprøves på historik alene)",
  setup: () => {
    const konti = kontoTable();
    const months = new Float64Array(KONTI * YEARS * 12), budgets = new Float64Array(KONTI * YEARS);
    konti.forEach((k, i) => k.years.forEach((y, j) => {
      budgets[i * YEARS + j] = y.budget ?? NaN;
      y.months.forEach((v, m) => (months[(i * YEARS + j) * 12 + m] = v));
    }));
    return { konti, months, budgets };
  },
  ours: ({ konti }) => {
    let s = 0;
    for (const r of backtest(konti)) for (const sc of r.scores) if (sc.status === "ok") s += sc.meanError;
    return s;
  },
  floor: {
    work: "de tre efterprøvbare metoder (12-dele, rammestyring, glidende gennemsnit) på ét Float64Array pr. konto med løbende summer; Σ middelfejl",
    run: ({ months, budgets }) => backtestFloor(months, budgets),
  },
  check: (_, ours, floor) => same("backtest", ours, floor),
  targetMs: 100,
});
