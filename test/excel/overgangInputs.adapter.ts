// The yellow answers on "Overgang 18 år" and the typed-in population on "Sammenligning" survive a
// refresh (docs/domain.md §7): answers follow their youth by CPR and 18-årsdag, not by row, and an
// answer whose youth left the list is parked under "Fjernede sager". On the Excel double.
import { buildOvergang } from "../../src/sheets/overgang";
import { buildSammenligning } from "../../src/sheets/sammenligning";
import { REMOVED_TITLE } from "../../src/sheets/inputs";
import { a1 } from "../../src/sheets/a1";
import { writeSheets } from "../../src/excel";
import { overgange18, ymdToDay, type CaseRow, type Unit } from "../../src/core";
import { ExcelDouble } from "../support/excelDouble";

const row = (n: number, cpr: string, foranstaltning: string, takst: number, enhed: Unit): CaseRow => ({
  row: n, cpr, navn: `Ung ${n}`, foranstaltning, konto: "5.28.20", leverandoer: "", raadgiver: "", status: "aktuel",
  takst, enhed, start: ymdToDay(2025, 1, 1), stop: Number.MAX_SAFE_INTEGER,
});
// A: 18 on 15.06.2026; B: 18 on 01.03.2028; C (new next time): 18 on 01.02.2026, sorts first.
const A = row(2, "150608-4123", "Opholdssted", 30000, "måned");
const B = row(3, "010310-4222", "Plejefamilie", 2000, "døgn");
const C = row(4, "010208-4333", "Opholdssted", 40000, "måned");
const SHEET = "Overgang 18 år 2026";
const build = (cases: CaseRow[]) => buildOvergang({ year: 2026, youths: overgange18(cases, 2026, ymdToDay(2026, 1, 1)), generatedOn: 46000 });

describe("refreshing Overgang 18 år keeps the answers with their youth", () => {
  it("after the source is re-sorted, a youth added before and one gone, each answer is on its youth and the gone one's is parked", async () => {
    const first = build([A, B]);
    const { answerCol, rows } = first.layout;
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, [first.spec]);
    wb.type(SHEET, a1(rows[0], answerCol), "ja"); // A
    wb.type(SHEET, a1(rows[1], answerCol), "nej"); // B

    // Next time: reversed source, B gone, C added (sorts before A, so A moves down one row).
    const next = build([C, A].reverse());
    const out = await writeSheets(wb.context, [next.spec]);
    expect(out.sheets[0]).toMatchObject({ replaced: true, inputsCarried: 1, inputsParked: 1 });
    const r = next.layout.rows;
    expect([wb.value(SHEET, a1(r[0], 0)), wb.value(SHEET, a1(r[0], answerCol))]).toEqual(["010208-4333", null]); // C: unanswered
    expect([wb.value(SHEET, a1(r[1], 0)), wb.value(SHEET, a1(r[1], answerCol))]).toEqual(["150608-4123", "ja"]); // A kept "ja"
    // B's "nej" is parked below the list on a row that says who it was.
    let parked = -1;
    for (let i = r[1]; i < r[1] + 20; i++) if (wb.value(SHEET, a1(i, 0)) === REMOVED_TITLE) parked = i + 1;
    expect([wb.value(SHEET, a1(parked, 0)), wb.value(SHEET, a1(parked, answerCol))]).toEqual(["010310-4222", "nej"]);

    // B comes back: its answer returns to its row and nothing is parked.
    const again = build([A, B, C]);
    const back = await writeSheets(wb.context, [again.spec]);
    expect(back.sheets[0]).toMatchObject({ inputsCarried: 2, inputsParked: 0 });
    expect(again.layout.rows.map((x) => wb.value(SHEET, a1(x, answerCol)))).toEqual([null, "ja", "nej"]);
  });
});

describe("refreshing Sammenligning keeps the typed-in population", () => {
  it("puts the yellow population back and reads nothing below it", async () => {
    const spec = (own: number | null) => buildSammenligning({
      year: 2025, generatedOn: 46000, totalDisposed: 1_000_000, population: null, unknownNames: [],
      comparisons: [{ id: "gnsPrisAnbragt", name: "GNS-pris pr. anbragt", kind: "beloeb", own, peers: [{ kommune: "Nordby (fiktiv)", vaerdi: 612000 }], peerMean: 612000, rank: 1, difference: own === null ? null : own - 612000 }],
    });
    const first = spec(500000);
    const cell = first.layout.populationCell.replace(/\$/g, "");
    const wb = new ExcelDouble([{ name: "Sager" }]);
    await writeSheets(wb.context, [first.spec]);
    wb.type("Sammenligning 2025", cell, 12345);
    const out = await writeSheets(wb.context, [spec(550000).spec]);
    // One value carried; the own figures below (col B) are the sheet's, neither carried nor parked.
    expect(out.sheets[0]).toMatchObject({ replaced: true, inputsCarried: 1, inputsParked: 0 });
    expect(wb.value("Sammenligning 2025", cell)).toBe(12345);
  });
});
