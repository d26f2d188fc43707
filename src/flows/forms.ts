// The panels' typed texts checked and turned into flow requests, or Danish messages per field.
// One result shape for every form: a panel shows `errors` at its fields or as a list.
import { parseAmount, parseFraction } from "../core";
import type { BudgetmodelRequest, DoegnskemaRequest } from "./budgetmodel";
import type { OekonomitjekRequest, OverblikRequest } from "./overblik";

export type FormResult<T, F extends string = string> = { ok: true; request: T } | { ok: false; errors: Partial<Record<F, string>> };

const hasErrors = (errors: object) => Object.keys(errors).length > 0;

function wholeNumber(text: string, label: string, min: number, max: number): number | string {
  const v = Number(text.trim());
  if (text.trim() === "" || !Number.isInteger(v) || v < min || v > max) return `${label} skal være et helt tal mellem ${min} og ${max}`;
  return v;
}

export interface OverblikForm {
  source: string;
  year: string;
  baseYear: string;
  target: string;
  maskCpr: boolean;
}

export function parseOverblikForm(f: OverblikForm): FormResult<Omit<OverblikRequest, "generatedOn">, keyof OverblikForm> {
  const errors: Partial<Record<keyof OverblikForm, string>> = {};
  if (!f.source) errors.source = "Vælg arket med sagerne";
  const year = wholeNumber(f.year, "Budgetår", 2000, 2100);
  const baseYear = wholeNumber(f.baseYear, "Basisår", 2000, 2100);
  if (typeof year === "string") errors.year = year;
  if (typeof baseYear === "string") errors.baseYear = baseYear;
  else if (typeof year === "number" && baseYear > year) errors.baseYear = "Basisåret må ikke ligge efter budgetåret";
  const t = parseFraction(f.target.trim(), { nonNegative: true, kind: "rate" });
  if (!t.ok) errors.target = `Mål for andel i plejefamilie: ${t.problem.message}`;
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
  if (!f.before || !f.now) errors.before = "Vælg både sidste måneds kopi og den aktuelle sagstabel";
  else if (f.before === f.now) errors.now = "Vælg to forskellige ark at sammenligne";
  const year = wholeNumber(f.year, "Budgetår", 2000, 2100);
  const month = wholeNumber(f.month, "Måned", 1, 12);
  if (typeof year === "string") errors.year = year;
  if (typeof month === "string") errors.month = month;
  if (hasErrors(errors) || typeof year === "string" || typeof month === "string") return { ok: false, errors };
  return { ok: true, request: { before: f.before, now: f.now, year, month, maskCpr: f.maskCpr } };
}

export function parseBudgetmodelForm(fields: { tilbud: string; year: string }): FormResult<BudgetmodelRequest, "tilbud" | "year"> {
  const errors: Partial<Record<"tilbud" | "year", string>> = {};
  const tilbud = fields.tilbud.trim();
  if (tilbud === "") errors.tilbud = "Skriv tilbuddets navn";
  else if (/[:\\/?*[\]]/.test(tilbud)) errors.tilbud = "Navnet må ikke indeholde : \\ / ? * [ ]";
  const year = Number(fields.year.trim());
  if (!/^\d{4}$/.test(fields.year.trim()) || year < 2000 || year > 2100) errors.year = "Skriv budgetåret med fire cifre, fx 2025";
  return hasErrors(errors) ? { ok: false, errors } : { ok: true, request: { tilbud, year } };
}

export type DoegnskemaForm = { borger: string; tilbud: string; ydelsespakke: string; timer: string };

export function parseDoegnskemaForm(fields: DoegnskemaForm): FormResult<DoegnskemaRequest, keyof DoegnskemaForm> {
  const errors: Partial<Record<keyof DoegnskemaForm, string>> = {};
  const borger = fields.borger.trim(), tilbud = fields.tilbud.trim();
  if (borger === "") errors.borger = "Skriv borgerens pseudonym eller cpr-nummer";
  if (tilbud === "") errors.tilbud = "Skriv tilbuddets navn";
  // Hours, not money: "12 timer" is read as 12, and what cannot be read is called hours.
  const hoursText = fields.timer.trim().replace(/\s*(timer|time|t)\.?(\s*pr\.?\s*uge)?$/i, "");
  const timer = fields.timer.trim() === "" ? ({ ok: true, value: 0 } as const) : parseAmount(hoursText);
  if (!timer.ok) errors.timer = `"${fields.timer.trim().slice(0, 40)}" er ikke et antal timer. Skriv timerne pr. uge som et tal, fx 12 eller 12,5.`;
  else if (timer.value < 0) errors.timer = "Udmålte timer skal være 0 eller derover";
  if (hasErrors(errors) || !timer.ok) return { ok: false, errors };
  return { ok: true, request: { borger, tilbud, ydelsespakke: fields.ydelsespakke.trim(), udmaaltTimerPrUge: timer.value } };
}
