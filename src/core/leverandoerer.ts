// Providers (docs/domain.md §9; Thisted: negotiate with the external providers used most): per
// leverandør in the year the cases, persons, HÅP, disposed amount and GNS-pris, the type intern or
// ekstern from the user's table Leverandører or a column of the case table, and the share of the
// amount that goes to external providers. HÅP is core `haap` on the leverandør's rows — the one
// definition — so a person with two rows at the same leverandør is one helårsperson there.
import { yearEnd, yearStart } from "./calendar";
import type { CaseRow } from "./cases";
import { disposedAmountInSteps } from "./disponering";
import { haapOfColumns, personColumnsInSteps, personsOfColumns } from "./haap";
import { headerKey, recogniseHeaders } from "./headers";
import { msg } from "./messages";
import type { Parsed } from "./prognoseTables";
import type { Problem } from "./result";
import { leverandoerKey, privateLeverandoererInSteps } from "./share";
import { filterInSteps, finish, groupInSteps } from "./steps";
import { isBlank, type TableData } from "./table";

export type LeverandoerType = "intern" | "ekstern";

export const LEVERANDOER_TYPES: readonly LeverandoerType[] = ["intern", "ekstern"];

/** Label of the cases without a leverandør. */
export const NO_PROVIDER = "(uden leverandør)";

/** "Intern", "ekstern", "Ekstern leverandør", "privat" … → the type; null when not clearly one. */
export function parseLeverandoerType(v: unknown): LeverandoerType | null {
  const k = headerKey(v);
  if (k === "") return null;
  if (k.startsWith("intern") || k === "egen" || k === "egne" || k === "kommunal") return "intern";
  if (k.startsWith("ekstern") || k === "privat" || k === "koebt") return "ekstern";
  return null;
}

const TYPE_HEADERS = ["type", "leverandoertype", "interneksternt", "internekstern", "internellerekstern", "tilbudstype"];

/**
 * The type per leverandør from the table Leverandører (Leverandør, Type). A row with a type that is
 * neither intern nor ekstern is a problem at its cell and gives no type; the last row of a name wins.
 */
export function readLeverandoerTypes(t: TableData, name = "Leverandører"): Parsed<Map<string, LeverandoerType>> {
  const problems: Problem[] = [];
  const keys = t.header.map(headerKey);
  const cl = keys.findIndex((k) => ["leverandoer", "leverandor", "tilbud", "anbringelsessted", "udfoerer", "navn"].includes(k));
  const ct = keys.findIndex((k) => TYPE_HEADERS.includes(k));
  if (cl < 0) problems.push({ code: "table.column", message: msg.tableColumnMissing(name, "Leverandør"), severity: "fejl", column: "Leverandør" });
  if (ct < 0) problems.push({ code: "table.column", message: msg.tableColumnMissing(name, "Type"), severity: "fejl", column: "Type" });
  const value = new Map<string, LeverandoerType>();
  if (cl < 0 || ct < 0) return { value, problems };
  t.rows.forEach((r, i) => typeOfRow(r, i + 2, cl, ct, value, problems));
  return { value, problems };
}

function typeOfRow(r: readonly unknown[], row: number, cl: number, ct: number, into: Map<string, LeverandoerType>, problems: Problem[]): void {
  if (isBlank(r[cl]) || isBlank(r[ct])) return;
  const type = parseLeverandoerType(r[ct]);
  if (type === null) {
    const text = String(r[ct]).trim();
    problems.push({ code: "leverandoer.type", message: msg.rowColumn(row, "Type", msg.leverandoerTypeInvalid(text)), row, column: "Type", col: ct, severity: "fejl" });
    return;
  }
  into.set(leverandoerKey(String(r[cl])), type);
}

/**
 * The type per leverandør from a column of the case table ("Leverandørtype", "Intern/ekstern"), or
 * null when the table has no such column. Problems name the case table's rows.
 */
export function leverandoerTypesOfCaseTable(t: TableData): Parsed<Map<string, LeverandoerType>> | null {
  const keys = t.header.map(headerKey);
  const ct = keys.findIndex((k) => TYPE_HEADERS.includes(k) && k !== "type" && k !== "tilbudstype");
  const cl = recogniseHeaders(t.header).leverandoer;
  if (ct < 0 || cl === undefined) return null;
  const value = new Map<string, LeverandoerType>();
  const problems: Problem[] = [];
  t.rows.forEach((r, i) => typeOfRow(r, i + 2, cl, ct, value, problems));
  return { value, problems };
}

export interface LeverandoerFigures {
  /** The leverandør's name as first written in the case table; NO_PROVIDER for empty. */
  leverandoer: string;
  /** leverandoerKey of the name ("" for NO_PROVIDER). */
  key: string;
  type: LeverandoerType | null;
  /**
   * True when the name may be a private person's (core `privateLeverandoerer`: one of its cases is a
   * foster or network family's, or not surely an institution): shown by pseudonym in anything meant for sharing.
   */
  privat: boolean;
  /** Case rows with at least one day in the year. */
  sager: number;
  /** Persons with at least one day in the year (each person once). */
  personer: number;
  haap: number;
  disposed: number;
  /** disposed ÷ HÅP; null when HÅP is 0. */
  gnsPris: number | null;
}

export interface LeverandoerYear {
  year: number;
  /** Largest disposed amount first; ties by name. Only leverandører with a case in the year. */
  leverandoerer: LeverandoerFigures[];
  /** All cases of the year: persons and HÅP each person once (the workbook's HÅP), amount. */
  total: { sager: number; personer: number; haap: number; disposed: number; gnsPris: number | null };
  /** Σ disposed by type; `ukendt` for leverandører without a type. */
  byType: Record<LeverandoerType | "ukendt", number>;
  /** Disposed amount of the external leverandører ÷ all disposed; null when nothing is disposed. */
  eksternAndel: number | null;
}

/** Per leverandør for year y, largest first; `types` by `leverandoerKey`. */
export function leverandoerYear(cases: readonly CaseRow[], y: number, types: ReadonlyMap<string, LeverandoerType> = new Map()): LeverandoerYear {
  return finish(leverandoerYearInSteps(cases, y, types));
}

/** `leverandoerYear` in steps: a pause every ITEMS_PER_STEP rows and after each leverandør's figures. */
export function* leverandoerYearInSteps(cases: readonly CaseRow[], y: number, types: ReadonlyMap<string, LeverandoerType> = new Map()): Generator<void, LeverandoerYear> {
  const a = yearStart(y), b = yearEnd(y);
  const inYear = yield* filterInSteps(cases, (c) => c.start <= b && c.stop >= a);
  const groups = yield* groupInSteps(inYear, (c) => leverandoerKey(c.leverandoer));
  const byType: LeverandoerYear["byType"] = { intern: 0, ekstern: 0, ukendt: 0 };
  // Over all the cases, not only the year's: the same names are private as in Portefølje and a shared file.
  const privat = yield* privateLeverandoererInSteps(cases);
  const leverandoerer: LeverandoerFigures[] = [];
  for (const [key, rows] of groups) {
    // A table without a leverandør column is one group of every case: its rows in steps too.
    const disposed = yield* disposedAmountInSteps(rows, a, b);
    const persons = yield* personColumnsInSteps(rows);
    const h = haapOfColumns(persons, a, b, "dage");
    const type = key === "" ? null : (types.get(key) ?? null);
    byType[type ?? "ukendt"] += disposed;
    leverandoerer.push({
      leverandoer: key === "" ? NO_PROVIDER : rows[0].leverandoer.trim().replace(/\s+/g, " "), key, type,
      privat: key !== "" && privat.has(key),
      sager: rows.length, personer: personsOfColumns(persons, a, b), haap: h, disposed, gnsPris: h === 0 ? null : disposed / h,
    });
    yield;
  }
  leverandoerer.sort((p, q) => q.disposed - p.disposed || (p.key < q.key ? -1 : p.key > q.key ? 1 : 0));
  const disposed = byType.intern + byType.ekstern + byType.ukendt;
  const all = yield* personColumnsInSteps(inYear);
  const h = haapOfColumns(all, a, b, "dage");
  yield;
  const personer = personsOfColumns(all, a, b);
  return {
    year: y, leverandoerer, byType,
    total: { sager: inYear.length, personer, haap: h, disposed, gnsPris: h === 0 ? null : disposed / h },
    eksternAndel: disposed === 0 ? null : byType.ekstern / disposed,
  };
}
