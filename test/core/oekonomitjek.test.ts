// The monthly økonomitjek (core/oekonomitjek.ts): two versions of the case table paired case by case
// — by case id, else within person (normalised CPR, else the name) + foranstaltning + konto +
// leverandør by nearest start date (docs/domain.md §4) — and each change's
// effect on the forventet regnskab of the budget year (amount now − amount before). Counted by hand
// for 2025 (365 days). The kommune-sized example is in test/core/overblik.test.ts.
import { CHANGE_KINDS, CHANGE_LABELS, caseGroupKey, caseId, compareSnapshots, largestChanges, ymdToDay, OPEN_END, type CaseRow, type Unit } from "../../src/core";

const day = (dd: number, mm: number, yyyy = 2025) => ymdToDay(yyyy, mm, dd);
const row = (n: number, cpr: string | null, navn: string, foranstaltning: string, takst: number, enhed: Unit, start: number, stop: number): CaseRow => ({
  row: n, cpr, navn, foranstaltning, konto: "5.28.20", leverandoer: "", raadgiver: "", status: "aktuel", takst, enhed, start, stop,
});

const before = [
  row(2, "010190-1234", "A", "Plejefamilie", 30_000, "måned", day(1, 1), OPEN_END), // 360.000
  row(3, null, "Ukendt Barn", "Kontaktperson", 5_000, "måned", day(1, 1), OPEN_END), // 60.000
  row(4, "020290-2345", "B", "Opholdssted", 2_000, "døgn", day(1, 1), day(31, 12)), // 730.000
  row(5, "020290-2345", "B", "Opholdssted", 1_000, "døgn", day(1, 1), day(31, 12)), // 365.000 (same key as row 4)
  row(6, "030390-3456", "C", "Familiebehandling", 7_000, "uge", day(1, 3), day(31, 3)), // 31 × 1.000 = 31.000
  row(7, "050590-5678", "E", "Døgninstitution", 100_000, "måned", day(1, 1, 2024), day(31, 12, 2024)), // 0 in 2025
];
const now = [
  row(2, "0101901234", "A", "Plejefamilie", 30_000, "måned", day(1, 1), OPEN_END), // the same person spelled without dash: uændret
  row(3, null, " ukendt barn ", "Kontaktperson", 5_000, "måned", day(1, 1), day(30, 6)), // by name: stop, 30.000
  row(4, "020290-2345", "B", "Opholdssted", 2_000, "døgn", day(1, 1), day(31, 12)), // first to first: uændret
  row(5, "020290-2345", "B", "Opholdssted", 1_000, "uge", day(1, 1), day(31, 12)), // unit changed: takst, 365 × 1.000 / 7
  row(6, "030390-3456", "C", "Familiebehandling", 8_000, "uge", day(1, 3), day(15, 3)), // both: 15 × 8.000 / 7
  row(8, "040490-4567", "D", "Plejefamilie", 20_000, "måned", day(1, 12), OPEN_END), // tilgang: 20.000
];

describe("caseGroupKey and caseId", () => {
  it("groups by the normalised CPR + foranstaltning + konto + leverandør, however the CPR is spelled", () => {
    expect(caseGroupKey(before[0])).toBe("010190-1234|plejefamilie|5.28.20|");
    expect(caseGroupKey(now[0])).toBe(caseGroupKey(before[0]));
  });

  it("uses the name (trimmed, lower case) when the row has no CPR", () => {
    expect(caseGroupKey(before[1])).toBe("navn:ukendt barn|kontaktperson|5.28.20|");
    expect(caseGroupKey(now[1])).toBe(caseGroupKey(before[1]));
  });

  it("leaves the start date out (it is what pairing looks at) and keeps konto and leverandør in", () => {
    expect(caseGroupKey({ ...before[0], start: day(1, 2) })).toBe(caseGroupKey(before[0]));
    expect(caseGroupKey({ ...before[0], konto: "5.28.21" })).not.toBe(caseGroupKey(before[0]));
    expect(caseGroupKey({ ...before[0], leverandoer: "Bøgely" })).not.toBe(caseGroupKey(before[0]));
  });

  it("reads the case id without case and surrounding spaces; a row without one has none", () => {
    expect(caseId({ ...before[0], sagsid: " S-1001 " })).toBe("s-1001");
    expect(caseId(before[0])).toBeNull();
    expect(caseId({ ...before[0], sagsid: "  " })).toBeNull();
  });
});

describe("pairing two months (docs/domain.md §4)", () => {
  const base = row(2, "010190-1234", "A", "Plejefamilie", 30_000, "måned", day(1, 3), OPEN_END); // 10 × 30.000 = 300.000
  const kindsOf = (b: CaseRow[], n: CaseRow[]) => compareSnapshots(b, n, 2025).changes.map((c) => c.kind);

  it("a corrected start date is one Ændret startdato with its effect, not an afgang and a tilgang", () => {
    const r = compareSnapshots([base], [{ ...base, start: day(1, 2) }], 2025);
    expect(r.changes.map((c) => [c.kind, c.before!.start, c.now!.start])).toEqual([["start", day(1, 3), day(1, 2)]]);
    expect(r.changes[0].effect).toBeCloseTo(30_000, 6); // February added: 11 − 10 months
    expect(r.byKind.start).toEqual({ count: 1, effect: expect.closeTo(30_000, 6) });
    expect(CHANGE_LABELS.start).toBe("Ændret startdato");
  });

  it("a second bevilling of the same measure is a tilgang beside the first, paired by nearest start", () => {
    const second = { ...base, row: 3, start: day(1, 9) };
    expect(kindsOf([base], [base, second])).toEqual(["tilgang", "uaendret"]);
    // Listed the other way round in the table, the nearest start still pairs the first with the first.
    const r = compareSnapshots([base], [second, { ...base, row: 4 }], 2025);
    expect(r.changes.map((c) => [c.kind, c.now!.row])).toEqual([["tilgang", 3], ["uaendret", 4]]);
    expect(r.changes.find((c) => c.kind === "tilgang")!.now!.start).toBe(day(1, 9));
  });

  it("pairs several rows of one group by nearest start, not by table order", () => {
    const b = [{ ...base, row: 2, start: day(1, 1) }, { ...base, row: 3, start: day(1, 7) }];
    const n = [{ ...base, row: 2, start: day(15, 7) }, { ...base, row: 3, start: day(1, 1) }];
    const r = compareSnapshots(b, n, 2025);
    expect(r.changes.map((c) => [c.kind, c.before!.start, c.now!.start])).toEqual([
      ["start", day(1, 7), day(15, 7)],
      ["uaendret", day(1, 1), day(1, 1)],
    ]);
  });

  it("a new konto or leverandør is another case: an afgang and a tilgang", () => {
    expect(kindsOf([base], [{ ...base, konto: "5.28.21" }])).toEqual(["tilgang", "afgang"]);
    expect(kindsOf([base], [{ ...base, leverandoer: "Bøgely" }])).toEqual(["tilgang", "afgang"]);
  });

  it("pairs by equal case ids first, whatever else changed", () => {
    const r = compareSnapshots([{ ...base, sagsid: "S-1" }], [{ ...base, sagsid: "s-1 ", konto: "5.28.21", takst: 31_000 }], 2025);
    expect(r.changes.map((c) => c.kind)).toEqual(["takst"]);
    expect(r.changes[0].effect).toBeCloseTo(10_000, 6);
  });

  it("never pairs two rows whose case ids differ, however alike the rest is", () => {
    expect(kindsOf([{ ...base, sagsid: "S-1" }], [{ ...base, sagsid: "S-2" }])).toEqual(["tilgang", "afgang"]);
  });

  it("pairs a row with an id and a row without one by the group (the id column added this month)", () => {
    expect(kindsOf([base], [{ ...base, sagsid: "S-1" }])).toEqual(["uaendret"]);
    expect(kindsOf([base], [{ ...base, sagsid: "S-1", start: day(1, 4) }])).toEqual(["start"]);
  });
});

describe("compareSnapshots 2025", () => {
  const r = compareSnapshots(before, now, 2025);
  const kinds = () => r.changes.map((c) => [c.kind, (c.now ?? c.before)!.row]);

  it("sorts the changes by kind (Tilgang first, Uændret last), then by the largest effect, then by key", () => {
    expect(kinds()).toEqual([["tilgang", 8], ["afgang", 7], ["takst", 5], ["stop", 3], ["takstOgStop", 6], ["uaendret", 2], ["uaendret", 4]]);
    expect(CHANGE_KINDS.map((k) => CHANGE_LABELS[k])).toEqual(["Tilgang", "Afgang", "Takstændring", "Ændret startdato", "Ændret stopdato", "Takst og stopdato ændret", "Uændret"]);
  });

  it("pairs two rows of one group with equal starts in table order: the first before with the first now", () => {
    const b = r.changes.filter((c) => c.before?.cpr === "020290-2345");
    expect(b.map((c) => [c.kind, c.before!.row, c.now!.row, c.before!.takst, c.now!.takst])).toEqual([["takst", 5, 5, 1_000, 1_000], ["uaendret", 4, 4, 2_000, 2_000]]);
  });

  it("gives each change its amounts in the year and its effect = now − before", () => {
    const of = (row: number) => r.changes.find((c) => (c.now ?? c.before)!.row === row)!;
    expect([of(8).amountBefore, of(8).amountNow, of(8).effect]).toEqual([0, 20_000, 20_000]);
    // Ended in 2024: an afgang with no effect on 2025.
    expect([of(7).kind, of(7).amountBefore, of(7).amountNow]).toEqual(["afgang", 0, 0]);
    expect(of(7).effect).toBeCloseTo(0, 9);
    expect(of(5).effect).toBeCloseTo(365_000 / 7 - 365_000, 6); // −312.857,14
    expect(of(3).effect).toBeCloseTo(-6 * 5_000, 6); // July–December gone
    expect(of(6).effect).toBeCloseTo(15 * 8_000 / 7 - 31_000, 6); // −13.857,14
  });

  it("adds up per kind, and the effects add up to the change in the total", () => {
    expect(Object.fromEntries(CHANGE_KINDS.map((k) => [k, r.byKind[k].count]))).toEqual({ tilgang: 1, afgang: 1, takst: 1, start: 0, stop: 1, takstOgStop: 1, uaendret: 2 });
    expect(r.byKind.uaendret.effect).toBe(0);
    // Before: 360.000 + 60.000 + 730.000 + 365.000 + 31.000 = 1.546.000.
    expect(r.totalBefore).toBeCloseTo(1_546_000, 6);
    // Now: 360.000 + 30.000 + 730.000 + 52.142,86 + 17.142,86 + 20.000 = 1.209.285,71.
    expect(r.totalNow).toBeCloseTo(1_140_000 + 365_000 / 7 + 120_000 / 7, 6);
    expect(r.totalEffect).toBeCloseTo(r.totalNow - r.totalBefore, 6);
    expect(r.changes.reduce((s, c) => s + c.effect, 0)).toBeCloseTo(r.totalEffect, 6);
    expect(r.year).toBe(2025);
  });

  it("lists the larger of two changes of a kind first, whether it raises or lowers the cost", () => {
    // Two tilgange in December (20.000 and 10.000); the afgang of a 2025 case (−360.000) before the one of 2024 (0).
    const more = compareSnapshots(before, [...now, row(9, "060690-6789", "F", "Kontaktperson", 10_000, "måned", day(1, 12), OPEN_END)], 2025);
    expect(more.changes.filter((c) => c.kind === "tilgang").map((c) => c.effect)).toEqual([20_000, 10_000]);
    const gone = compareSnapshots([...before, row(9, "060690-6789", "F", "Kontaktperson", 30_000, "måned", day(1, 1), OPEN_END)], now, 2025);
    expect(gone.changes.filter((c) => c.kind === "afgang").map((c) => [c.before!.row, c.effect])).toEqual([[9, -360_000], [7, expect.closeTo(0, 9)]]);
  });

  it("with the same table twice, every case is uændret and the effect 0", () => {
    const same = compareSnapshots(now, now, 2025);
    expect([same.byKind.uaendret.count, same.totalEffect]).toEqual([6, 0]);
  });
});

describe("largestChanges", () => {
  const r = compareSnapshots(before, now, 2025);

  it("gives the n largest rises and falls, leaving out changes with no effect", () => {
    const one = largestChanges(r, 1);
    expect([one.up.map((c) => c.now!.row), one.down.map((c) => c.now!.row)]).toEqual([[8], [5]]);
    const all = largestChanges(r, 10);
    expect(all.up.map((c) => c.now!.row)).toEqual([8]);
    expect(all.down.map((c) => c.now!.row)).toEqual([5, 3, 6]);
    // Two rises (20.000 and 10.000), n = 1: the larger only.
    const more = compareSnapshots(before, [...now, row(9, "060690-6789", "F", "Kontaktperson", 10_000, "måned", day(1, 12), OPEN_END)], 2025);
    expect(largestChanges(more, 1).up.map((c) => c.effect)).toEqual([20_000]);
  });
});
