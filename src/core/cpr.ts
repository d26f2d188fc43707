// CPR numbers: format and date checks are *warnings* (a case is never blocked by its CPR), and
// masking for anything meant to be shared. CPR never leaves the workbook (docs/domain.md §7).
import { isValidYmd } from "./calendar";
import { msg } from "./messages";
import type { Problem } from "./result";

const CPR_RE = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/;

/** Century from the 7th digit and the two-digit year (CPR-kontoret's rule). */
export function cprCentury(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

// A CPR typed without dash into a number cell loses its leading zero (0101901234 → 101901234).
const cprText = (input: unknown) =>
  typeof input === "number" ? String(input).padStart(10, "0") : String(input ?? "").trim();

/** Normalised "DDMMYY-SSSS", or null when the text is not shaped like a CPR number. */
export function normaliseCpr(input: unknown): string | null {
  const text = cprText(input);
  const m = CPR_RE.exec(text);
  return m ? `${m[1]}${m[2]}${m[3]}-${m[4]}` : null;
}

/** Warnings for a CPR value; empty when it is a valid ordinary CPR number. */
export function checkCpr(input: unknown): Problem[] {
  const text = cprText(input);
  const m = CPR_RE.exec(text);
  if (!m) return [{ code: "cpr.format", message: msg.cprFormat(text), severity: "advarsel" }];
  const dd = Number(m[1]), mm = Number(m[2]), yy = Number(m[3]);
  const y = cprCentury(yy, Number(m[4][0])) + yy;
  if (dd > 60 && isValidYmd(y, mm, dd - 60)) {
    return [{ code: "cpr.substitute", message: msg.cprSubstitute(text), severity: "advarsel" }];
  }
  if (!isValidYmd(y, mm, dd)) return [{ code: "cpr.date", message: msg.cprDate(text), severity: "advarsel" }];
  return [];
}

/** "010190-1234" → "010190-xxxx"; anything not CPR-shaped is masked entirely. */
export function maskCpr(input: unknown): string {
  const n = normaliseCpr(input);
  if (n) return `${n.slice(0, 6)}-xxxx`;
  const text = String(input ?? "");
  return text === "" ? "" : "x".repeat(Math.min(text.length, 11));
}
