// Case tables near Excel's row limit (1.048.576 rows, Excel specifications and limits:
// https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3):
// nothing spreads a row-sized array into a call, which overflows the stack from ~123.500 rows.
import { recogniseHeaders, validateCases, type RawCaseRow } from "../../src/core";

const HEADERS = ["Cpr-nr.", "Navn", "Foranstaltning", "Takst (mdl)", "Startdato", "Stopdato"];

describe("validateCases on 130.000 rows", () => {
  it("reports every overlapping row of one person without overflowing the stack", () => {
    const rows: RawCaseRow[] = [];
    // 45658 = 01.01.2025; every row overlaps the one before (same person, same foranstaltning).
    for (let i = 0; i < 130000; i++) rows.push({ row: i + 2, values: ["010190-1234", "", "Plejefamilie", 1000, 45658, 45658 + 10] });
    const out = validateCases(rows, recogniseHeaders(HEADERS), { headers: HEADERS });
    expect(out.cases).toHaveLength(130000);
    expect(out.problems).toHaveLength(129999);
    expect(out.problems[0].row).toBe(3);
    expect(out.problems[129998].row).toBe(130001);
  });
});
