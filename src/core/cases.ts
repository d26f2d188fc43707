// Validating the consultant's case table into typed case rows (zod schemas), returning every
// problem with row and column instead of throwing or guessing.
import { z } from "zod";
import { parseDate } from "./dates";
import { OPEN_END } from "./calendar";
import type { CaseSpan } from "./disponering";
import { CASE_FIELDS, FIELD_LABELS, missingFields, recogniseHeaders, unitFromHeader, type CaseField, type ColumnMapping } from "./headers";
import { parseAmount } from "./numbers";
import { CPR_EMPTY, checkCpr, cprCode, personKey } from "./cpr";
import { parseUnit, type Unit } from "./units";
import { parseArt, type Foranstaltningsart } from "./foranstaltning";
import { msg } from "./messages";
import type { Problem, Result } from "./result";
import type { TableData } from "./table";

export type CaseStatus = "aktuel" | "forventet";

export interface CaseRow extends CaseSpan {
  /** 1-based row number in the user's table (header = row 1 of the table). */
  row: number;
  /** The person key (core `personKey`): the normalised CPR, or a name or id typed in its place; null when empty. */
  cpr: string | null;
  navn: string;
  foranstaltning: string;
  konto: string;
  leverandoer: string;
  raadgiver: string;
  status: CaseStatus;
  /**
   * The art typed in the table's Art column (anbringelse, efterværn, øvrig); absent when the column
   * is blank or not mapped — then the user's choice per foranstaltning or the default from its name
   * applies (docs/domain.md §8).
   */
  art?: Foranstaltningsart;
  /** The case id typed in the table's Sags-id column (Bevillings-id, Ydelses-id); absent when blank. */
  sagsid?: string;
}

/** Wraps a core parser as a zod transform that reports its Danish message. */
function viaResult<T>(parse: (v: unknown) => Result<T>) {
  return z.unknown().transform((v, ctx) => {
    const r = parse(v);
    if (r.ok) return r.value;
    // The parser's own code travels with the issue, so the pane can group the row's problem by kind.
    ctx.addIssue({ code: "custom", message: r.problem.message, params: { problemCode: r.problem.code } });
    return z.NEVER;
  });
}

const text = z.unknown().transform((v) => (v === null || v === undefined ? "" : String(v).trim()));

function caseSchema(defaultUnit: Unit) {
  return z
    .object({
      // As the cell holds it: the one CPR normaliser (core cpr.ts) reads numbers, texts and truth values.
      cpr: z.unknown(),
      navn: text,
      foranstaltning: text,
      konto: text,
      takst: viaResult((v) => {
        if (v === null || v === undefined || v === "") return { ok: false, problem: { code: "required", message: msg.required(), severity: "fejl" } };
        const r = parseAmount(v);
        if (r.ok && r.value < 0) return { ok: false, problem: { code: "number.negative", message: msg.numberNegative(String(v)), severity: "fejl" } };
        return r;
      }),
      enhed: viaResult((v) => (v === null || v === undefined || v === "" ? { ok: true, value: defaultUnit } : parseUnit(v))),
      start: viaResult((v) => parseDate(v, false)),
      stop: viaResult((v) => parseDate(v, true)),
      leverandoer: text,
      raadgiver: text,
      status: text,
      art: text,
      sagsid: text,
    })
    .superRefine((row, ctx) => {
      const start = row.start as number;
      const stop = row.stop === "open" ? OPEN_END : row.stop;
      if (stop < start) ctx.addIssue({ code: "custom", path: ["stop"], message: msg.stopBeforeStart(stop, start) });
    });
}

export interface RawCaseRow {
  /** 1-based row number to name in messages. */
  row: number;
  values: readonly unknown[];
}

export interface ValidationOutcome {
  cases: CaseRow[];
  problems: Problem[];
  /** Rows that had at least one blocking problem. */
  rejectedRows: number;
}

export interface ValidateOptions {
  /** Header text per column, to name columns as the user knows them. */
  headers?: readonly unknown[];
  /** Unit when a row has none (from a "Døgntakst" header, say). */
  defaultUnit?: Unit;
}

import { isBlank } from "./table";

/** Validates rows of a case table under a column mapping. Fully empty rows are skipped. */
export function validateCases(rows: readonly RawCaseRow[], mapping: ColumnMapping, options: ValidateOptions = {}): ValidationOutcome {
  return finish(validateCasesInSteps(rows, mapping, options));
}

/** Rows validated between two pauses of a stepwise validation. */
export const ROWS_PER_STEP = 200;

import { finish, endsStep } from "./steps";
export { finish };

/**
 * `validateCases` in steps: pauses (yielding the rows done so far) after every `ROWS_PER_STEP`
 * rows, so a task pane can let the browser paint and answer clicks between steps of a 20.000-row
 * table instead of freezing. The result is the same as in one go.
 */
export function* validateCasesInSteps(rows: readonly RawCaseRow[], mapping: ColumnMapping, options: ValidateOptions = {}): Generator<number, ValidationOutcome> {
  const schema = caseSchema(options.defaultUnit ?? "måned");
  const label = (f: CaseField) => {
    const i = mapping[f];
    const h = i !== undefined ? options.headers?.[i] : undefined;
    return h !== undefined && h !== null && String(h).trim() !== "" ? String(h).trim() : FIELD_LABELS[f];
  };
  const cases: CaseRow[] = [];
  const problems: Problem[] = [];
  let rejectedRows = 0;
  let done = 0;
  for (const raw of rows) {
    if (++done % ROWS_PER_STEP === 0) yield done;
    if (raw.values.every(isBlank)) continue;
    // Every field must be present as a key: zod 4 rejects an absent key even for z.unknown(), so a
    // mapping without (say) Navn or Takstenhed would otherwise fail every row.
    const input: Partial<Record<CaseField, unknown>> = Object.fromEntries(CASE_FIELDS.map((f) => [f, undefined]));
    for (const [f, i] of Object.entries(mapping) as [CaseField, number][]) input[f] = raw.values[i];
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      rejectedRows++;
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as CaseField;
        const column = label(field);
        const code = (issue as { params?: { problemCode?: string } }).params?.problemCode ?? "row.invalid";
        problems.push({ code, message: msg.rowColumn(raw.row, column, issue.message), row: raw.row, column, col: mapping[field], severity: "fejl" });
      }
      continue;
    }
    const v = parsed.data;
    const foranstaltning = v.foranstaltning || msg.noForanstaltning();
    let art: Foranstaltningsart | undefined;
    if (v.art !== "") {
      const a = parseArt(v.art, foranstaltning);
      if (!a.ok) {
        // An art we cannot read would decide an age limit by guess: the row is not used.
        rejectedRows++;
        const column = label("art");
        problems.push({ code: "row.invalid", message: msg.rowColumn(raw.row, column, a.problem.message), row: raw.row, column, col: mapping.art, severity: "fejl" });
        continue;
      }
      art = a.value;
    }
    const cpr = personKey(v.cpr);
    if (cprCode(v.cpr) !== CPR_EMPTY) {
      const cprProblems = checkCpr(v.cpr);
      for (const p of cprProblems) {
        const column = label("cpr");
        problems.push({ ...p, message: msg.rowColumn(raw.row, column, p.message), row: raw.row, column, col: mapping.cpr });
      }
      // A masked CPR, a truth value or 0 identifies no one: the row is not used (docs/domain.md §3).
      if (cprProblems.some((p) => p.severity === "fejl")) {
        rejectedRows++;
        continue;
      }
    }
    const row: CaseRow = {
      row: raw.row,
      cpr,
      navn: v.navn,
      foranstaltning,
      konto: v.konto,
      takst: v.takst,
      enhed: v.enhed,
      start: v.start as number,
      stop: v.stop === "open" ? OPEN_END : v.stop,
      leverandoer: v.leverandoer,
      raadgiver: v.raadgiver,
      status: /^forv/i.test(v.status) ? "forventet" : "aktuel",
    };
    if (art) row.art = art;
    if (v.sagsid !== "") row.sagsid = v.sagsid;
    cases.push(row);
  }
  // One by one: a spread of ~130.000 warnings into push() overflows the call stack.
  for (const w of yield* overlapWarnings(cases, label("cpr"), mapping.cpr, done)) problems.push(w);
  return { cases, problems, rejectedRows };
}

export interface CaseTable {
  cases: CaseRow[];
  /** Every problem with its 1-based table row (header = 1), column header and 0-based column index. */
  problems: Problem[];
  /** Rows left out because of a blocking problem (never guessed). */
  rejectedRows: number;
  /** Rows with at least one non-blank cell. */
  dataRows: number;
  /** Required fields without a column; when any is missing no row is read. */
  missing: CaseField[];
  /** The mapping the rows were read under (the recognised one when none was given). */
  mapping: ColumnMapping;
}

/**
 * The one way a case table (header + rows, from Excel, a CSV or a test) becomes cases: the headers
 * are recognised unless a mapping is given, the takst header's unit ("Døgntakst") is the default
 * unit, and every row is validated. Every layer calls this, so they cannot drift apart.
 */
export function readCaseTable(table: TableData, mapping: ColumnMapping = recogniseHeaders(table.header)): CaseTable {
  return finish(readCaseTableInSteps(table, mapping));
}

/** `readCaseTable` in steps (see `validateCasesInSteps`). */
export function* readCaseTableInSteps(table: TableData, mapping: ColumnMapping = recogniseHeaders(table.header)): Generator<number, CaseTable> {
  const missing = missingFields(mapping);
  // The rows with any value counted, and the rows numbered, in steps like the validation after them.
  let dataRows = 0;
  for (let i = 0; i < table.rows.length; i++) {
    if (endsStep(i)) yield 0;
    if (!table.rows[i].every(isBlank)) dataRows++;
  }
  if (missing.length > 0) return { cases: [], problems: [], rejectedRows: 0, dataRows, missing, mapping };
  const takstHeader = mapping.takst !== undefined ? table.header[mapping.takst] : undefined;
  const numbered: RawCaseRow[] = new Array(table.rows.length);
  for (let i = 0; i < table.rows.length; i++) {
    if (endsStep(i)) yield 0;
    numbered[i] = { row: i + 2, values: table.rows[i] };
  }
  const out = yield* validateCasesInSteps(numbered, mapping, { headers: table.header, defaultUnit: unitFromHeader(takstHeader) });
  return { ...out, dataRows, missing, mapping };
}

/**
 * Same CPR and foranstaltning with overlapping periods: probably a double registration. In steps
 * like the rows before it (yielding `done`): 20.000 cases in one piece were a long task.
 */
function* overlapWarnings(cases: readonly CaseRow[], cprLabel: string, cprCol: number | undefined, done: number): Generator<number, Problem[]> {
  const byKey = new Map<string, CaseRow[]>();
  let n = 0;
  for (const c of cases) {
    if (++n % (ROWS_PER_STEP * 10) === 0) yield done;
    if (!c.cpr) continue;
    const key = `${c.cpr}\u0000${c.foranstaltning}`;
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  }
  const out: Problem[] = [];
  let groups = 0;
  for (const list of byKey.values()) {
    if (++groups % (ROWS_PER_STEP * 5) === 0) yield done;
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => a.start - b.start);
    let reach = sorted[0];
    for (let i = 1; i < sorted.length; i++) {
      const c = sorted[i];
      if (c.start <= reach.stop) {
        out.push({
          code: "row.overlap",
          message: msg.rowColumn(c.row, cprLabel, msg.duplicateOverlap(c.cpr ?? "", c.foranstaltning, reach.row)),
          row: c.row,
          column: cprLabel,
          col: cprCol,
          severity: "advarsel",
        });
      }
      if (c.stop > reach.stop) reach = c;
    }
  }
  return out;
}
