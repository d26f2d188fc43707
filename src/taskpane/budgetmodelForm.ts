// Pure form logic of the Budgetmodel and Døgnskema panels: Danish field checks → requests.
import { parseAmount } from "../core";
import type { BudgetmodelRequest, DoegnskemaRequest } from "./actions";

export type FormResult<T> = { ok: true; request: T } | { ok: false; errors: Record<string, string> };

export function budgetmodelRequest(fields: { tilbud: string; year: string }): FormResult<BudgetmodelRequest> {
  const errors: Record<string, string> = {};
  const tilbud = fields.tilbud.trim();
  if (tilbud === "") errors.tilbud = "Skriv tilbuddets navn";
  else if (/[:\\/?*[\]]/.test(tilbud)) errors.tilbud = "Navnet må ikke indeholde : \\ / ? * [ ]";
  const year = Number(fields.year.trim());
  if (!/^\d{4}$/.test(fields.year.trim()) || year < 2000 || year > 2100) errors.year = "Skriv budgetåret med fire cifre, fx 2025";
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, request: { tilbud, year } };
}

export function doegnskemaRequest(fields: { borger: string; tilbud: string; ydelsespakke: string; timer: string }): FormResult<DoegnskemaRequest> {
  const errors: Record<string, string> = {};
  const borger = fields.borger.trim(), tilbud = fields.tilbud.trim();
  if (borger === "") errors.borger = "Skriv borgerens pseudonym eller cpr-nr.";
  if (tilbud === "") errors.tilbud = "Skriv tilbuddets navn";
  const timer = parseAmount(fields.timer.trim() === "" ? "0" : fields.timer);
  if (!timer.ok) errors.timer = timer.problem.message;
  else if (timer.value < 0) errors.timer = "Udmålte timer skal være 0 eller derover";
  if (Object.keys(errors).length > 0 || !timer.ok) return { ok: false, errors };
  return { ok: true, request: { borger, tilbud, ydelsespakke: fields.ydelsespakke.trim(), udmaaltTimerPrUge: timer.value } };
}
