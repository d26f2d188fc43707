// Pure form logic of the Overblik and Økonomitjek panels: the typed texts become a request or a list
// of Danish problems. No React, no Excel.
import { parseFraction } from "../core";
import type { OekonomitjekRequest, OverblikRequest } from "./actions";

export type FormResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

function wholeNumber(text: string, label: string, min: number, max: number, problems: string[]): number {
  const v = Number(text.trim());
  if (text.trim() === "" || !Number.isInteger(v) || v < min || v > max) {
    problems.push(`${label} skal være et helt tal mellem ${min} og ${max}`);
    return NaN;
  }
  return v;
}

export interface OverblikForm {
  source: string;
  year: string;
  baseYear: string;
  target: string;
  maskCpr: boolean;
}

export function parseOverblikForm(f: OverblikForm): FormResult<OverblikRequest> {
  const problems: string[] = [];
  if (!f.source) problems.push("Vælg arket med sagerne");
  const year = wholeNumber(f.year, "Budgetår", 2000, 2100, problems);
  const baseYear = wholeNumber(f.baseYear, "Basisår", 2000, 2100, problems);
  if (!Number.isNaN(year) && !Number.isNaN(baseYear) && baseYear > year) problems.push("Basisåret må ikke ligge efter budgetåret");
  const t = parseFraction(f.target.trim(), { nonNegative: true, kind: "rate" });
  if (!t.ok) problems.push(`Mål for andel i plejefamilie: ${t.problem.message}`);
  if (problems.length > 0 || !t.ok) return { ok: false, problems };
  return { ok: true, value: { source: f.source, year, baseYear, target: t.value, maskCpr: f.maskCpr } };
}

export interface OekonomitjekForm {
  before: string;
  now: string;
  year: string;
  month: string;
  maskCpr: boolean;
}

export function parseOekonomitjekForm(f: OekonomitjekForm): FormResult<OekonomitjekRequest> {
  const problems: string[] = [];
  if (!f.before || !f.now) problems.push("Vælg både sidste måneds kopi og den aktuelle sagstabel");
  else if (f.before === f.now) problems.push("Vælg to forskellige ark at sammenligne");
  const year = wholeNumber(f.year, "Budgetår", 2000, 2100, problems);
  const month = wholeNumber(f.month, "Måned", 1, 12, problems);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { before: f.before, now: f.now, year, month, maskCpr: f.maskCpr } };
}
