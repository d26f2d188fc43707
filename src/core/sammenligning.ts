// Comparison with other kommuner (docs/domain.md §8): the user pastes published key figures for
// peer kommuner (kommune, nøgletal, værdi); the add-in computes the same three figures for its own
// cases (with the population of 0–22-årige typed in) and shows rank and difference to the peers'
// mean. A key-figure name the add-in does not know is listed, never matched to the nearest.
import { yearEnd, yearStart } from "./calendar";
import type { CaseRow } from "./cases";
import { disposedAmount } from "./disponering";
import { haap, personsInPeriod } from "./haap";
import { headerKey } from "./headers";
import { msg } from "./messages";
import { parseAmount, parseFraction } from "./numbers";
import { classifyForanstaltning } from "./foranstaltning";
import { cellProblem, type Parsed, type TableData } from "./prognoseTables";
import type { Problem } from "./result";

export type NoegletalId = "udgiftPr022" | "anbragtePr1000" | "andelPlejefamilie" | "gnsPrisAnbragt";

export interface NoegletalDef {
  id: NoegletalId;
  /** The name as the sheet prints it. */
  name: string;
  /** Names as ECO-nøgletal and 6-by networks write them, compared as header keys. */
  synonyms: readonly string[];
  /** A share (0,45 or 45 %), an amount in kroner, or a number per 1.000 inhabitants. */
  kind: "andel" | "beloeb" | "pr1000";
}

export const NOEGLETAL: readonly NoegletalDef[] = [
  {
    id: "udgiftPr022", name: "Udgift pr. 0-22-årig", kind: "beloeb",
    synonyms: ["Udgift pr. 0-22-årig", "udgift pr 0-22 årige", "nettoudgift pr. 0-22-årig", "nettodriftsudgift pr. 0-22-årig", "udgift pr. indbygger 0-22 år"],
  },
  {
    id: "anbragtePr1000", name: "Anbragte pr. 1.000 0-22-årige", kind: "pr1000",
    synonyms: ["Anbragte pr. 1.000 0-22-årige", "anbragte pr 1000 0-22 årige", "antal anbragte pr. 1.000 0-22-årige", "anbragte børn og unge pr. 1.000 0-22-årige"],
  },
  {
    id: "andelPlejefamilie", name: "Andel af anbragte i plejefamilie", kind: "andel",
    synonyms: ["Andel af anbragte i plejefamilie", "andel anbragte i plejefamilie", "andel i plejefamilie", "plejefamilieandel", "andel anbragt i familiepleje"],
  },
  {
    id: "gnsPrisAnbragt", name: "GNS-pris pr. anbragt", kind: "beloeb",
    synonyms: ["GNS-pris pr. anbragt", "gennemsnitspris pr. anbragt", "gns. pris pr. anbragt", "udgift pr. anbragt", "udgift pr. anbragt barn"],
  },
];

const BY_KEY = new Map<string, NoegletalDef>();
for (const def of NOEGLETAL) for (const s of def.synonyms) BY_KEY.set(headerKey(s), def);

/** The key figure a pasted name means, or undefined when the name is not one we know. */
export function noegletalOf(name: unknown): NoegletalDef | undefined {
  return BY_KEY.get(headerKey(name));
}

export interface PeerFigure {
  kommune: string;
  id: NoegletalId;
  vaerdi: number;
}

export interface PeerTable {
  figures: PeerFigure[];
  /**
   * Key-figure names in the table the add-in cannot compute for the kommune's own cases, each once, in
   * the order met; shown with the peers' values and a yellow cell for the kommune's own figure.
   */
  unknownNames: string[];
  /** The peers' values of those key figures (numbers; a share typed as "45 %" is 0,45). */
  others: { name: string; peers: { kommune: string; vaerdi: number }[] }[];
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

/** Reads the user's table of published key figures (columns Kommune, Nøgletal, Værdi). */
export function readPeerTable(t: TableData, name = "Sammenligning"): Parsed<PeerTable> {
  const problems: Problem[] = [];
  const keys = t.header.map(headerKey);
  const col = (label: string, synonyms: string[]) => {
    const i = keys.findIndex((k) => synonyms.includes(k));
    if (i < 0) problems.push({ code: "table.column", message: msg.tableColumnMissing(name, label), severity: "fejl", column: label });
    return i;
  };
  const ck = col("Kommune", ["kommune", "kommunenavn"]);
  const cn = col("Nøgletal", ["noegletal", "nogletal", "indikator"]);
  const cv = col("Værdi", ["vaerdi", "varedi", "vardi", "tal"]);
  const value: PeerTable = { figures: [], unknownNames: [], others: [] };
  if (ck < 0 || cn < 0 || cv < 0) return { value, problems };
  t.rows.forEach((r, i) => {
    if (r.every((v) => text(v) === "")) return;
    const def = noegletalOf(r[cn]);
    if (!def) {
      const n = text(r[cn]);
      let other = value.others.find((o) => o.name === n);
      if (!other) {
        value.unknownNames.push(n);
        value.others.push((other = { name: n, peers: [] }));
      }
      const v = /%\s*$/.test(text(r[cv])) ? parseFraction(r[cv], { kind: "rate" }) : parseAmount(r[cv]);
      if (cellProblem(problems, i + 2, "Værdi", v) || !v.ok) return;
      other.peers.push({ kommune: text(r[ck]), vaerdi: v.value });
      return;
    }
    const v = def.kind === "andel" ? parseFraction(r[cv], { nonNegative: true, kind: "rate" }) : parseAmount(r[cv]);
    if (cellProblem(problems, i + 2, "Værdi", v) || !v.ok) return;
    value.figures.push({ kommune: text(r[ck]), id: def.id, vaerdi: v.value });
  });
  if (value.unknownNames.length > 0) {
    problems.push({ code: "noegletal.unknown", message: msg.noegletalUnknown(value.unknownNames), severity: "advarsel" });
  }
  return { value, problems };
}

const isPlacement = (foranstaltning: string, types: Readonly<Record<string, string>>) => {
  const t = types[foranstaltning] ?? classifyForanstaltning(foranstaltning);
  return t === "plejefamilie" || t === "anbringelse";
};

/**
 * Distinct persons in anbringelse (a placement or a foster family) on `date`: each person once
 * however many rows, by the core's one person rule (a row without a cpr-nummer is a person of its own).
 */
export function anbragtePersoner(cases: readonly CaseRow[], date: number, types: Readonly<Record<string, string>> = {}): number {
  return personsInPeriod(cases.filter((c) => isPlacement(c.foranstaltning, types)), date, date);
}

/**
 * The kommune's own figures for year y: disposed amount ÷ 0–22-årige; persons in anbringelse at the
 * year's end ÷ 0–22-årige × 1.000; HÅP in foster families ÷
 * HÅP in placements; disposed on placements ÷ HÅP in placements (HÅP by days, a person's rows
 * within a foranstaltning merged, summed over foranstaltninger as the Overblik sheet does). Null
 * where the denominator is 0 or the population is not given.
 */
export function ownFigures(
  cases: readonly CaseRow[], y: number, population: number | null, types: Readonly<Record<string, string>> = {},
): Record<NoegletalId, number | null> {
  const a = yearStart(y), b = yearEnd(y);
  const byName = new Map<string, CaseRow[]>();
  for (const c of cases) {
    const list = byName.get(c.foranstaltning);
    if (list) list.push(c);
    else byName.set(c.foranstaltning, [c]);
  }
  let pleje = 0, placed = 0, placedAmount = 0;
  for (const [name, rows] of byName) {
    if (!isPlacement(name, types)) continue;
    const h = haap(rows, a, b, "dage");
    placed += h;
    placedAmount += disposedAmount(rows, a, b);
    if ((types[name] ?? classifyForanstaltning(name)) === "plejefamilie") pleje += h;
  }
  const total = disposedAmount(cases, a, b);
  return {
    udgiftPr022: population && population > 0 ? total / population : null,
    anbragtePr1000: population && population > 0 ? (anbragtePersoner(cases, b, types) / population) * 1000 : null,
    andelPlejefamilie: placed > 0 ? pleje / placed : null,
    gnsPrisAnbragt: placed > 0 ? placedAmount / placed : null,
  };
}

export interface Comparison {
  /** Null for a key figure of the pasted table that the add-in cannot compute (its own value is typed in). */
  id: NoegletalId | null;
  name: string;
  kind: NoegletalDef["kind"];
  own: number | null;
  peers: { kommune: string; vaerdi: number }[];
  peerMean: number | null;
  /** 1 = the lowest value among the peers and the kommune itself; null without an own figure. */
  rank: number | null;
  /** own − peers' mean. */
  difference: number | null;
}

function compare(id: NoegletalId | null, name: string, kind: NoegletalDef["kind"], list: Comparison["peers"], o: number | null): Comparison {
  const mean = list.length === 0 ? null : list.reduce((s, p) => s + p.vaerdi, 0) / list.length;
  return {
    id, name, kind, own: o, peers: list, peerMean: mean,
    rank: o === null ? null : 1 + list.filter((p) => p.vaerdi < o).length,
    difference: o === null || mean === null ? null : o - mean,
  };
}

/**
 * Own figure, rank (1 = lowest) and difference to the peers' mean for each key figure, then each
 * key figure of the table the add-in cannot compute (`others`, its own value typed in: `typed`).
 */
export function compareWithPeers(
  peers: readonly PeerFigure[], own: Record<NoegletalId, number | null>,
  others: PeerTable["others"] = [], typed: Readonly<Record<string, number>> = {},
): Comparison[] {
  return [
    ...NOEGLETAL.map((def) => compare(def.id, def.name, def.kind, peers.filter((p) => p.id === def.id).map((p) => ({ kommune: p.kommune, vaerdi: p.vaerdi })), own[def.id] ?? typed[def.name] ?? null)),
    ...others.map((o) => compare(null, o.name, "pr1000", o.peers, typed[o.name] ?? null)),
  ];
}
