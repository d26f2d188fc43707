// The panels' typed texts checked and turned into flow requests, or Danish messages per field.
// One result shape for every form: a panel shows `errors` at its fields or as a list.
import { type FieldReading, readHoursPerWeek, readMonth, readShare, readYear } from "../core";
import type { BudgetmodelRequest, DoegnskemaRequest } from "./budgetmodel";
import type { OekonomitjekRequest, OverblikRequest } from "./overblik";
import { flowMsg } from "./messages";

export type FormResult<T, F extends string = string> = { ok: true; request: T } | { ok: false; errors: Partial<Record<F, string>> };

const hasErrors = (errors: object) => Object.keys(errors).length > 0;

/** A field's reading as the form wants it: the number, or its one Danish message. */
const numberOr = (r: FieldReading): number | string => (r.ok ? r.value : r.message);

export interface OverblikForm {
  source: string;
  year: string;
  baseYear: string;
  target: string;
  maskCpr: boolean;
}

export function parseOverblikForm(f: OverblikForm): FormResult<Omit<OverblikRequest, "generatedOn">, keyof OverblikForm> {
  const errors: Partial<Record<keyof OverblikForm, string>> = {};
  if (!f.source) errors.source = flowMsg.forms.chooseCaseSheet();
  const year = numberOr(readYear(f.year));
  const baseYear = numberOr(readYear(f.baseYear));
  if (typeof year === "string") errors.year = year;
  if (typeof baseYear === "string") errors.baseYear = baseYear;
  else if (typeof year === "number" && baseYear > year) errors.baseYear = flowMsg.forms.baseYearAfterYear();
  const t = readShare(f.target);
  if (!t.ok) errors.target = t.message;
  if (hasErrors(errors) || !t.ok || typeof year === "string" || typeof baseYear === "string") return { ok: false, errors };
  return { ok: true, request: { source: f.source, year, baseYear, target: t.value, maskCpr: f.maskCpr } };
}

export interface OekonomitjekForm {
  before: string;
  now: string;
  year: string;
  month: string;
  maskCpr: boolean;
}

export function parseOekonomitjekForm(f: OekonomitjekForm): FormResult<Omit<OekonomitjekRequest, "generatedOn">, keyof OekonomitjekForm> {
  const errors: Partial<Record<keyof OekonomitjekForm, string>> = {};
  if (!f.before || !f.now) errors.before = flowMsg.forms.chooseBothSheets();
  else if (f.before === f.now) errors.now = flowMsg.forms.chooseTwoSheets();
  const year = numberOr(readYear(f.year));
  const month = numberOr(readMonth(f.month));
  if (typeof year === "string") errors.year = year;
  if (typeof month === "string") errors.month = month;
  if (hasErrors(errors) || typeof year === "string" || typeof month === "string") return { ok: false, errors };
  return { ok: true, request: { before: f.before, now: f.now, year, month, maskCpr: f.maskCpr } };
}

export function parseBudgetmodelForm(fields: { tilbud: string; year: string }): FormResult<BudgetmodelRequest, "tilbud" | "year"> {
  const errors: Partial<Record<"tilbud" | "year", string>> = {};
  const tilbud = fields.tilbud.trim();
  if (tilbud === "") errors.tilbud = flowMsg.forms.tilbudName();
  else if (/[:\\/?*[\]]/.test(tilbud)) errors.tilbud = flowMsg.forms.tilbudNameChars();
  const year = readYear(fields.year);
  if (!year.ok) errors.year = year.message;
  return hasErrors(errors) || !year.ok ? { ok: false, errors } : { ok: true, request: { tilbud, year: year.value } };
}

export type DoegnskemaForm = { borger: string; tilbud: string; ydelsespakke: string; timer: string };

export function parseDoegnskemaForm(fields: DoegnskemaForm): FormResult<DoegnskemaRequest, keyof DoegnskemaForm> {
  const errors: Partial<Record<keyof DoegnskemaForm, string>> = {};
  const borger = fields.borger.trim(), tilbud = fields.tilbud.trim();
  if (borger === "") errors.borger = flowMsg.forms.borger();
  if (tilbud === "") errors.tilbud = flowMsg.forms.tilbudName();
  // Hours, not money: "12 timer" is read as 12; an empty field means none granted.
  const timer: FieldReading = fields.timer.trim() === "" ? { ok: true, value: 0 } : readHoursPerWeek(fields.timer);
  if (!timer.ok) errors.timer = timer.message;
  if (hasErrors(errors) || !timer.ok) return { ok: false, errors };
  return { ok: true, request: { borger, tilbud, ydelsespakke: fields.ydelsespakke.trim(), udmaaltTimerPrUge: timer.value } };
}

export type MaanedForm = { source: string; year: string; month: string };

/** "Opdatér måned": the new extract, and the year and month being closed. */
export function parseMaanedForm(f: MaanedForm): FormResult<{ source: string; year: number; month: number }, keyof MaanedForm> {
  const errors: Partial<Record<keyof MaanedForm, string>> = {};
  if (f.source === "") errors.source = flowMsg.forms.chooseExtract();
  const year = readYear(f.year), month = readMonth(f.month);
  if (!year.ok) errors.year = year.message;
  if (!month.ok) errors.month = month.message;
  if (hasErrors(errors) || !year.ok || !month.ok) return { ok: false, errors };
  return { ok: true, request: { source: f.source, year: year.value, month: month.value } };
}

/** The field's message when the text is not a budget year, else none (for fields outside a form). */
export function yearProblem(text: string): string | undefined {
  const r = readYear(text);
  return r.ok ? undefined : r.message;
}
