// The Disponering panel's logic without React or Excel: column mapping (recognised, corrected,
// remembered), validation with cell addresses, booked actuals, and the sheet specs to write.
import {
  CASE_FIELDS, FIELD_LABELS, headerKey, missingFields, recogniseHeaders, unitFromHeader, validateCases,
  type CaseField, type CaseRow, type ColumnMapping, type Problem,
} from "../core";
import { a1 } from "../sheets/a1";
import { buildDisponering } from "../sheets/disponering";
import { buildNoegletal } from "../sheets/noegletal";
import type { SheetSpec } from "../sheets/spec";
import type { SourceData } from "./caseSource";

/** Document-settings key of the remembered mappings. */
export const MAPPING_SETTING = "Styringsark.disponering.kolonner";

/** Remembered mappings, per source label: field → header text (survives reordered columns). */
export type SavedMappings = Record<string, Partial<Record<CaseField, string>>>;

export function parseSavedMappings(text: string | null): SavedMappings {
  if (!text) return {};
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === "object" && !Array.isArray(v) ? (v as SavedMappings) : {};
  } catch {
    return {};
  }
}

/** The remembered mapping for this source where its headers still exist, else the recognised one. */
export function initialMapping(source: SourceData, saved: SavedMappings): ColumnMapping {
  const mapping = recogniseHeaders(source.headers);
  const remembered = saved[source.label];
  if (!remembered) return mapping;
  const keys = source.headers.map(headerKey);
  for (const f of CASE_FIELDS) {
    if (!(f in remembered)) continue;
    const h = remembered[f];
    const i = h === "" || h === undefined ? -1 : keys.indexOf(headerKey(h));
    if (i >= 0) mapping[f] = i;
    else delete mapping[f];
  }
  return mapping;
}

/** Stores a corrected mapping for the source in the settings object (returns a new object). */
export function rememberMapping(saved: SavedMappings, source: SourceData, mapping: ColumnMapping): SavedMappings {
  const entry: Partial<Record<CaseField, string>> = {};
  for (const f of CASE_FIELDS) entry[f] = mapping[f] !== undefined ? String(source.headers[mapping[f]!] ?? "") : "";
  return { ...saved, [source.label]: entry };
}

/** A problem the pane lists, with the cell to select when the user clicks it. */
export interface ListedProblem {
  message: string;
  severity: Problem["severity"];
  sheet: string;
  /** A1 address on `sheet`, or null when the problem has no single cell. */
  address: string | null;
}

export interface CheckedSource {
  cases: CaseRow[];
  problems: ListedProblem[];
  /** Rows left out because of errors (never guessed). */
  rejectedRows: number;
  /** Non-empty data rows. */
  dataRows: number;
  /** Required fields without a column (Danish labels). */
  missing: string[];
}

/** Validates every row under the mapping; problems carry the cell address in the user's sheet. */
export function checkSource(source: SourceData, mapping: ColumnMapping): CheckedSource {
  const missing = missingFields(mapping).map((f) => FIELD_LABELS[f]);
  const dataRows = source.rows.filter((r) => r.some((v) => v !== null && v !== undefined && String(v).trim() !== "")).length;
  if (missing.length > 0) return { cases: [], problems: [], rejectedRows: 0, dataRows, missing };
  const takstHeader = mapping.takst !== undefined ? source.headers[mapping.takst] : undefined;
  const out = validateCases(
    source.rows.map((values, i) => ({ row: i + 2, values })),
    mapping,
    { headers: source.headers, defaultUnit: unitFromHeader(takstHeader) },
  );
  // Messages name the column as the user's header (or the field label); map back to the index.
  const columnOf = new Map<string, number>();
  for (const f of CASE_FIELDS) {
    const i = mapping[f];
    if (i === undefined) continue;
    const h = source.headers[i];
    columnOf.set(h !== undefined && h !== null && String(h).trim() !== "" ? String(h).trim() : FIELD_LABELS[f], i);
  }
  const problems = out.problems.map((p): ListedProblem => {
    const col = p.column !== undefined ? columnOf.get(p.column) : undefined;
    const address = p.row !== undefined ? a1(source.origin.row + p.row - 1, source.origin.col + (col ?? 0)) : null;
    return { message: p.message, severity: p.severity, sheet: source.sheet, address };
  });
  return { cases: out.cases, problems, rejectedRows: out.rejectedRows, dataRows, missing };
}

const MONTH_KEYS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

export interface Actuals {
  byKonto: { konto: string; months: number[] }[];
  /** Last month with a booked amount in any konto (0 = none). */
  bookedMonths: number;
  problems: ListedProblem[];
}

/**
 * Booked actuals from a table with a konto column and one column per month ("jan", "Januar",
 * "01" …). Months with any amount count as booked, for every konto.
 */
export function readActuals(source: SourceData): Actuals {
  const keys = source.headers.map(headerKey);
  const kontoCol = keys.findIndex((k) => ["konto", "gruppering", "funktion", "kontonr", "kontonummer"].includes(k));
  const monthCols = MONTH_KEYS.map((m, i) =>
    keys.findIndex((k) => k.startsWith(m) || k === String(i + 1) || k === String(i + 1).padStart(2, "0")),
  );
  const problems: ListedProblem[] = [];
  if (kontoCol < 0) {
    problems.push({ message: `Tabellen med bogførte beløb (${source.label}) mangler en kolonne Konto`, severity: "fejl", sheet: source.sheet, address: a1(source.origin.row, source.origin.col) });
    return { byKonto: [], bookedMonths: 0, problems };
  }
  const sums = new Map<string, number[]>();
  let booked = 0;
  source.rows.forEach((r, i) => {
    const konto = String(r[kontoCol] ?? "").trim();
    if (konto === "") return;
    const months = sums.get(konto) ?? new Array<number>(12).fill(0);
    monthCols.forEach((c, m) => {
      if (c < 0) return;
      const v = r[c];
      if (v === null || v === undefined || v === "") return;
      const n = typeof v === "number" ? v : Number(String(v).replace(/\./g, "").replace(",", "."));
      if (!Number.isFinite(n)) {
        problems.push({ message: `Række ${i + 2}, ${String(source.headers[c])}: ${String(v)} er ikke et gyldigt beløb`, severity: "fejl", sheet: source.sheet, address: a1(source.origin.row + i + 1, source.origin.col + c) });
        return;
      }
      months[m] += n;
      booked = Math.max(booked, m + 1);
    });
    sums.set(konto, months);
  });
  return { byKonto: [...sums].map(([konto, months]) => ({ konto, months })), bookedMonths: booked, problems };
}

export interface GenerateInput {
  year: number;
  cases: readonly CaseRow[];
  source: SourceData;
  actuals?: Actuals;
  generatedOn: number;
}

/** The two sheets "Disponering ÅÅÅÅ" and "Nøgletal ÅÅÅÅ". */
export function buildSpecs(input: GenerateInput): SheetSpec[] {
  const d = buildDisponering({
    year: input.year, cases: input.cases, source: input.source.label, generatedOn: input.generatedOn,
    actuals: input.actuals?.byKonto, bookedMonths: input.actuals?.bookedMonths,
  });
  const n = buildNoegletal({ year: input.year, disponering: d.layout, generatedOn: input.generatedOn });
  return [d.spec, n.spec];
}
