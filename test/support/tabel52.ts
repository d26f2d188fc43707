// VIVE Tabel 5.2 (docs/domain.md §6, budget year 2017, monthly rates) in the shapes tests need. One
// definition: the demo's rows as the report prints them (src/cli/demoWorkbook.ts `tabel52()`, read
// like Excel input through header recognition and validation); the tests book them on konto 5.28.21.
import type { CaseRow, CaseSpan } from "../../src/core";
import { tabel52 } from "../../src/cli/demoWorkbook";

/** The six cases as rows 2–7: four current, two expected (rows 6 and 7). */
export function tabel52Cases(): CaseRow[] {
  return tabel52().map((c) => ({ ...c, konto: "5.28.21" }));
}

const span = ({ takst, enhed, start, stop }: CaseRow): CaseSpan => ({ takst, enhed, start, stop });

/** Rate, unit and dates only, split into current (cases 1–4) and expected (cases 5–6). */
export const TABEL_5_2 = {
  current: tabel52Cases().filter((c) => c.status === "aktuel").map(span),
  expected: tabel52Cases().filter((c) => c.status === "forventet").map(span),
};
