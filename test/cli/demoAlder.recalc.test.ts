// The demo's Overgang 18 år, Sammenligning and Metodevalg sheets recalculated by HyperFormula agree
// with core: the suggested method per konto, the own key figures, ranks and the efterværn totals.
import {
  anbragtePersoner, compareWithPeers, methodDef, overgange18, ownFigures, readPeerTable, yearEnd, ymdToDay,
} from "../../src/core";
import { buildDemoAlder, DEMO_PEERS, DEMO_POPULATION } from "../../src/cli/demoAlder";
import { readCaseCsv } from "../../src/cli/demoWorkbook";
import { type Recalculated, recalcXlsx, writeForRecalc } from "../support/recalc";

const YEAR = 2025;
const generatedOn = ymdToDay(2025, 11, 1);
const { cases } = readCaseCsv("eksempel-kommune-sager.csv");
const demo = buildDemoAlder(YEAR, cases, generatedOn);
let wb: Recalculated;

beforeAll(async () => {
  wb = await recalcXlsx(await writeForRecalc(demo.specs));
}, 60000);

/** The row whose first cell is `label`, as values. */
const rowOf = (sheet: string, label: string) => {
  for (let r = 0; r < 200; r++) if (wb.at(sheet, r, 0) === label) return r;
  throw new Error(`${label} findes ikke på ${sheet}`);
};

test("the sheets are there, the peers labelled as fictional", () => {
  expect(demo.specs.map((s) => s.name)).toEqual([`Overgang 18 år ${YEAR}`, `Sammenligning ${YEAR}`, `Metodevalg ${YEAR}`]);
  expect(demo.problems).toEqual([]);
  expect(wb.at(`Sammenligning ${YEAR}`, 4, 0)).toBe("Demo: sammenligningskommunerne og deres tal er fiktive, og antallet af 0-22-årige er opdigtet.");
});

test("Metodevalg suggests core's best method for every konto", () => {
  const s = `Metodevalg ${YEAR}`;
  const lines = demo.summary.find((l) => l.startsWith("Metodevalg"))!;
  for (const konto of ["5.28.20", "5.28.21", "5.28.23", "5.28.24"]) {
    const r = rowOf(s, konto);
    const suggestion = wb.at(s, r, 9);
    expect(typeof suggestion).toBe("string");
    expect(lines).toContain(`${konto} → ${String(suggestion)}`);
  }
  // Both kinds of winner occur in the demo.
  const names = ["5.28.20", "5.28.21"].map((k) => wb.at(s, rowOf(s, k), 9));
  expect(names).toEqual([methodDef("ramme").name, methodDef("glidende").name]);
});

test("Sammenligning gives core's own figure, mean and rank for each key figure", () => {
  const s = `Sammenligning ${YEAR}`;
  const peers = readPeerTable(DEMO_PEERS).value;
  const core = compareWithPeers(peers.figures, ownFigures(cases, YEAR, DEMO_POPULATION), peers.others);
  expect(core.map((c) => c.name)).toEqual(["Udgift pr. 0-22-årig", "Anbragte pr. 1.000 0-22-årige", "Andel af anbragte i plejefamilie", "GNS-pris pr. anbragt", "Antal underretninger pr. 1.000"]);
  for (const c of core) {
    const header = rowOf(s, c.name) + 1;
    // A figure the cases cannot give is an empty yellow cell for the kommune's own figure.
    if (c.own === null) expect(wb.at(s, header + 1, 1)).toBeNull();
    else expect(wb.at(s, header + 1, 1) as number).toBeCloseTo(c.own, 3);
    expect(wb.at(s, header + 2 + c.peers.length, 1) as number).toBeCloseTo(c.peerMean!, 3);
  }
  // 124 distinct persons in anbringelse on 31.12.2025 of 14.500 0-22-årige (invented): 8,55 pr. 1.000.
  expect(anbragtePersoner(cases, yearEnd(YEAR))).toBe(124);
  expect(wb.at(s, rowOf(s, "Anbragte pr. 1.000 0-22-årige") + 2, 1) as number).toBeCloseTo((124 / 14500) * 1000, 10);
  const ranks: unknown[] = [];
  for (let r = 0; r < 200; r++) if (String(wb.at(s, r, 0)).startsWith("Rang blandt")) ranks.push(wb.at(s, r, 1));
  expect(ranks).toEqual(core.map((c) => c.rank ?? ""));
});

test("Overgang 18 år: the total if all continue equals core's effect summed", () => {
  const s = `Overgang 18 år ${YEAR}`;
  const youths = overgange18(cases, YEAR, generatedOn);
  const r = rowOf(s, "Hvis alle fortsætter som efterværn");
  [0, 1, 2].forEach((k) => expect(wb.at(s, r, 6 + k) as number).toBeCloseTo(youths.reduce((sum, p) => sum + p.effekt[k], 0), 2));
  expect(wb.at(s, r + 2, 5)).toBe(youths.length); // none answered yet
});
