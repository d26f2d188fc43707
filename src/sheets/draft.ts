// The toolkit every sheet builder writes with: a draft collects blocks, formats, validations, names
// and charts in the order they are added, and `toSpec` turns it into the SheetSpec the adapters write.
// Also the options every report shares and the report's title/banner rows, so a new sheet says only
// what is its own (docs/adding-a-sheet.md).
import { formatDate, maskCpr as maskCprText, MONTHS_DA, personPseudonym, personPseudonymsInSteps } from "../core";
import { rect } from "./a1";
import { withRecords } from "./inputs";
import { STYLE_LEGEND } from "./styles";
import {
  NUMBER_FORMATS, type Block, type Cell, type ChartRequest, type DataValidation, type DefinedName, type FormatRule, type Rect,
  type SheetSpec, type StyleName, type ValidationRule,
} from "./spec";

/** Options every generated report takes. */
export interface ReportOptions {
  /** Day number of generation, printed in the banner (passed in so output is deterministic). */
  generatedOn: number;
  /** Kommune name for the title. */
  kommune?: string;
  /** Overrides the sheet's default name. */
  sheetName?: string;
}

/** Options of a report that shows CPR numbers. */
export interface CprOptions {
  /** Show CPR as 010190-xxxx; each sheet documents its default. */
  maskCpr?: boolean;
  /**
   * The workbook's secret for pseudonyms (src/flows/settings.ts). A report meant to be shared
   * (Portefølje, Økonomitjek) shows, when masked, "Person KPRM-TXWA" instead of CPR and name:
   * nothing that names a person or gives a birth date, and the same person the same pseudonym month
   * after month. Without a secret a masked person is only "(skjult)".
   */
  pseudonymSecret?: string;
}

/** Options of a report that can be written with values only (Del som fil). */
export interface ValuesOptions {
  /** Every formula replaced by its value computed by the core: no formulas, no links to other sheets. */
  valuesOnly?: boolean;
}

/** Said on a masked report. */
export const MASKED_NOTE = "Personer vises med pseudonym (ingen cpr-numre, fødselsdatoer eller navne); samme person har samme pseudonym hver måned.";
/** Said on a report written with values only. */
export const VALUES_NOTE = "Tallene er værdier uden formler.";

/** Header of the person column of a shared report. */
export const PERSON_HEADER = { cpr: "Cpr-nr.", pseudonym: "Person (pseudonym)", navn: "Navn", navnSkjult: "Navn (skjult)" } as const;

/** Pseudonyms computed ahead in steps (core `personPseudonymsInSteps`), by CPR. */
export type Pseudonyms = ReadonlyMap<unknown, string | null>;

/**
 * The pseudonyms of the persons a masked report shows, in steps, or none when it shows no
 * pseudonyms (personCells then needs none).
 */
export function* pseudonymsInSteps(cprs: Iterable<string | null | undefined>, opts: CprOptions & { maskCpr: boolean }): Generator<void, Pseudonyms | undefined> {
  if (!opts.maskCpr || !opts.pseudonymSecret) return undefined;
  return yield* personPseudonymsInSteps(cprs, opts.pseudonymSecret);
}

/**
 * The CPR and name cells of a shared report. Masked: the person's pseudonym (or "(skjult)" without
 * a secret) and no name — the masked "010190-xxxx" still shows the birth date, and a name is a name.
 */
export function personCells(cpr: string | null | undefined, navn: string | null | undefined, opts: CprOptions & { maskCpr: boolean; pseudonyms?: Pseudonyms }): [Cell, Cell] {
  if (!opts.maskCpr) return [cprCell(cpr, false), navn || null];
  if (!cpr) return [null, null];
  return [opts.pseudonymSecret ? (opts.pseudonyms?.get(cpr) ?? personPseudonym(cpr, opts.pseudonymSecret)) : "(skjult)", null];
}

/** Options of a report with charts. */
export interface ChartOptions {
  /** False for the .xlsx path, which cannot draw charts: a note row says where they appear. */
  chartsDrawn?: boolean;
}

export { MONTHS_DA };

/** Where the budget year stands on a report with a heading year row (B3); formulas refer to it. */
export const YEAR_CELL = "$B$3";
/** Said on a sheet whose charts only Excel draws (the .xlsx path cannot). */
export const NOTE_NO_CHARTS = "Diagrammerne tegnes, når arket genereres i Excel";

/** "Nøgletal 2025 — Eksempel Kommune", or without the dash when no kommune is given. */
export function reportTitle(title: string, kommune?: string): string {
  return `${title}${kommune ? ` — ${kommune}` : ""}`;
}

/** The banner's opening words: "Genereret af Styringsark 01.11.2025". */
export function generatedBy(generatedOn: number): string {
  return `Genereret af Styringsark ${formatDate(generatedOn)}`;
}

/** A CPR cell: empty without a number, masked when asked. */
export function cprCell(cpr: string | null | undefined, mask: boolean): Cell {
  return cpr ? (mask ? maskCprText(cpr) : cpr) : null;
}

export interface Heading {
  title: string;
  banner: string;
  /** Columns the banner spans. */
  width: number;
  /** Wrap the banner text in its cell. */
  wrapBanner?: boolean;
  /** A budget-year row under the banner: "Budgetår" and the year in B3 (YEAR_CELL), plus `yearRowMore`. */
  year?: number;
  yearRowMore?: Cell[];
  /** More rows under the banner (and the year row), written in the same block. */
  rows?: Cell[][];
  /** False: a note row under the heading says that Excel draws the charts. */
  chartsDrawn?: boolean;
}

/** What `toSpec` needs besides what the draft collected. */
export type SpecMeta = Omit<SheetSpec, "blocks" | "formats" | "validations" | "names" | "charts">;

export class SheetDraft {
  readonly blocks: Block[] = [];
  readonly formats: FormatRule[] = [];
  readonly validations: DataValidation[] = [];
  readonly names: DefinedName[] = [];
  readonly charts: ChartRequest[] = [];

  /** Values and formulas as one rectangle with its top-left cell at (row, col). */
  put(row: number, col: number, cells: Cell[][]): this {
    this.blocks.push({ kind: "cells", row, col, cells });
    return this;
  }

  /** One formula filled across `at` as Excel's fill handle does (see Block "fill"). */
  fill(at: Rect, formula: string): this {
    this.blocks.push({ kind: "fill", rect: at, formula });
    return this;
  }

  /** A format rule; later rules win where they overlap. */
  format(at: Rect, look: Omit<FormatRule, "rect">): this {
    this.formats.push({ rect: at, ...look });
    return this;
  }

  /** Shorthand for a style with an optional number format. */
  style(at: Rect, style: StyleName, numberFormat?: string): this {
    return this.format(at, numberFormat === undefined ? { style } : { style, numberFormat });
  }

  numberFormat(at: Rect, numberFormat: string): this {
    return this.format(at, { numberFormat });
  }

  /** An input cell range (yellow, unlocked), by default in kroner. */
  input(at: Rect, numberFormat: string = NUMBER_FORMATS.kr): this {
    return this.style(at, "input", numberFormat);
  }

  validate(at: Rect, rule: ValidationRule, error: string): this {
    this.validations.push({ rect: at, rule, error });
    return this;
  }

  /** A number of 0 or more, with the Danish message naming `what`. */
  nonNegative(at: Rect, what: string): this {
    return this.validate(at, { type: "decimal", min: 0 }, `${what} skal være et tal på 0 eller derover`);
  }

  /** A section title in column A. */
  section(row: number, title: string): this {
    return this.put(row, 0, [[title]]).style(rect(row, 0), "section");
  }

  /** A row of column headers starting at (row, col). */
  header(row: number, col: number, labels: Cell[], wrap = false): this {
    this.put(row, col, [labels]);
    return this.format(rect(row, col, 1, labels.length), wrap ? { style: "header", wrap: true } : { style: "header" });
  }

  /** The colour legend (STYLE_LEGEND), one row each from `row`; returns the row after it. */
  legend(row: number): number {
    STYLE_LEGEND.forEach(([style, text], i) => this.put(row + i, 0, [[text]]).style(rect(row + i, 0), style));
    return row + STYLE_LEGEND.length;
  }

  /**
   * Title in A1, banner in A2 and the rows under them as one block; with `year`, row 3 is the
   * budget year in B3. Returns the first row after the heading.
   */
  heading(h: Heading): number {
    const top: Cell[][] = [[h.title], [h.banner]];
    if (h.year !== undefined) top.push(["Budgetår", h.year, ...(h.yearRowMore ?? [])]);
    const rows = top.concat(h.rows ?? []);
    this.put(0, 0, rows);
    this.style(rect(0, 0), "title");
    this.format(rect(1, 0, 1, h.width), h.wrapBanner ? { style: "banner", wrap: true } : { style: "banner" });
    if (h.year !== undefined) this.format(rect(2, 0), { bold: true }).numberFormat(rect(2, 1), NUMBER_FORMATS.integer);
    let next = rows.length;
    if (h.chartsDrawn === false) {
      this.put(next, 0, [[`${NOTE_NO_CHARTS}.`]]).style(rect(next, 0), "note");
      next++;
    }
    return next;
  }

  chart(c: ChartRequest): this {
    this.charts.push(c);
    return this;
  }

  name(name: string, at: Rect, workbook = false): this {
    this.names.push(workbook ? { name, rect: at, workbook } : { name, rect: at });
    return this;
  }

  /** The sheet description; validations, names and charts appear only when there are any. */
  toSpec(meta: SpecMeta): SheetSpec {
    const spec: SheetSpec = { ...meta, blocks: this.blocks, formats: this.formats };
    if (this.validations.length > 0) spec.validations = this.validations;
    if (this.names.length > 0) spec.names = this.names;
    if (this.charts.length > 0) spec.charts = this.charts;
    // Input tables with a record column get it filled from what was built (sheets/inputs.ts).
    return withRecords(spec);
  }
}

export function draft(): SheetDraft {
  return new SheetDraft();
}

/** Runs a stepwise builder (a generator that pauses between pieces of work) to its end at once. */
export function drain<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
