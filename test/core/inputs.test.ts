// docs/domain.md §7: what the user typed into a generated sheet survives a refresh — matched to the
// new rows by case (the case id, else CPR + foranstaltning + konto + leverandør + start), never by
// row position; the inputs of cases that left the source are kept, never dropped.
import { hasInput, inputKey, mergeInputs, parseRecord, sameInput, typedInputs, type InputRow } from "../../src/core";

describe("inputKey: the key that finds a case's row again", () => {
  const kase = { foranstaltning: "Plejefamilie", konto: "5.28.20", leverandoer: "Nordlys", start: 45658 };

  it("is the case id when the source has one, ignoring case and spaces around", () => {
    expect(inputKey({ id: " S-17 ", cpr: "010190-1234", ...kase })).toBe("id:s-17");
    expect(inputKey({ id: "s-17" })).toBe(inputKey({ id: "S-17", cpr: "020290-2345" }));
  });

  it("is CPR + foranstaltning + konto + leverandør + start without an id, the same person however the CPR is spelled", () => {
    const want = "010190-1234|plejefamilie|5.28.20|nordlys|45658";
    expect(inputKey({ id: "", cpr: "010190-1234", ...kase })).toBe(want);
    expect(inputKey({ cpr: "0101901234", ...kase })).toBe(want);
    expect(inputKey({ cpr: "'010190 1234", ...kase })).toBe(want);
    // A number cell that lost its leading 0 (nine digits).
    expect(inputKey({ cpr: 101901234, ...kase, foranstaltning: "PLEJEFAMILIE ", leverandoer: " nordlys" })).toBe(want);
  });

  it("tells cases apart by each part of the key", () => {
    const base = inputKey({ cpr: "010190-1234", ...kase });
    expect(inputKey({ cpr: "020290-2345", ...kase })).not.toBe(base);
    expect(inputKey({ cpr: "010190-1234", ...kase, foranstaltning: "Opholdssted" })).not.toBe(base);
    expect(inputKey({ cpr: "010190-1234", ...kase, konto: "5.28.21" })).not.toBe(base);
    expect(inputKey({ cpr: "010190-1234", ...kase, leverandoer: "Solbakken" })).not.toBe(base);
    expect(inputKey({ cpr: "010190-1234", ...kase, start: 45659 })).not.toBe(base);
  });

  it("keys a masked CPR by the text on the row (a masked sheet's rows are found by what they show)", () => {
    expect(inputKey({ cpr: " 010190-xxxx ", ...kase })).toBe("010190-xxxx|plejefamilie|5.28.20|nordlys|45658");
    expect(inputKey({ cpr: null, ...kase })).toBe("|plejefamilie|5.28.20|nordlys|45658");
  });

  it("keys a line (konto, budget line) by its label; an empty label has no key", () => {
    expect(inputKey({ label: " Pulje " })).toBe("label:pulje");
    expect(inputKey({ label: "5.28.20", cpr: "010190-1234" })).toBe("label:5.28.20");
    expect(inputKey({ label: "" })).toBe("");
    expect(inputKey({ label: null })).toBe("");
  });
});

describe("hasInput: a row holds something the user typed", () => {
  it("counts text and numbers other than 0; empty, spaces and 0 are nothing", () => {
    expect(hasInput([null, undefined, "", "   ", 0])).toBe(false);
    expect(hasInput([0, "note"])).toBe(true);
    expect(hasInput([0, 0.4])).toBe(true);
    expect(hasInput([-1])).toBe(true);
    expect(hasInput([false])).toBe(true);
    expect(hasInput([])).toBe(false);
  });
});

describe("mergeInputs: the user's rows matched to the new keys", () => {
  const row = (key: string, ...values: unknown[]): InputRow => ({ key, values });

  it("places each row's values at its case's new position, whatever the order", () => {
    const m = mergeInputs([row("a", "note A"), row("b", "note B")], ["c", "b", "a"]);
    expect(m.placed).toEqual([null, ["note B"], ["note A"]]);
    expect(m.carried).toBe(2);
    expect(m.removed).toEqual([]);
  });

  it("keeps the rows whose case left the table, in their old order, never drops them", () => {
    const old = [row("x", "til X"), row("a", "note A"), row("y", 0, "til Y")];
    const m = mergeInputs(old, ["a"]);
    expect(m.placed).toEqual([["note A"]]);
    expect(m.removed).toEqual([old[0], old[2]]);
    expect(m.carried).toBe(1);
  });

  it("matches two rows of the same key (a supplement to one case) in their order: first to first", () => {
    const m = mergeInputs([row("a", "første"), row("a", "anden"), row("a", "tredje")], ["a", "b", "a"]);
    expect(m.placed).toEqual([["første"], null, ["anden"]]);
    expect(m.removed.map((r) => r.values)).toEqual([["tredje"]]);
  });

  it("neither carries nor parks a row with nothing typed or without a key", () => {
    const m = mergeInputs([row("a", 0, ""), row("", "uden nøgle"), row("gone", null)], ["a"]);
    expect(m).toEqual({ placed: [null], removed: [], carried: 0 });
  });

  it("trusts `typed` over the guess: a typed 0 is carried, a value the add-in wrote is not", () => {
    const m = mergeInputs([{ key: "a", values: [0], typed: true }, { key: "b", values: ["skrevet af tilføjelsesprogrammet"], typed: false }], ["a", "b"]);
    expect(m.placed).toEqual([[0], null]);
    expect(m.carried).toBe(1);
  });
});

describe("sameInput: two cell values are the same input", () => {
  it("compares numbers within the rounding of a read-back (1e-9 relative), not exactly", () => {
    expect(sameInput(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameInput(1_200_000, 1_200_000.000_5)).toBe(true);
    expect(sameInput(1_200_000, 1_200_000.01)).toBe(false);
    expect(sameInput(0, 1e-10)).toBe(true);
    expect(sameInput(0, 1e-8)).toBe(false);
  });

  it("compares text ignoring case and spaces around; empty, null and undefined are one", () => {
    expect(sameInput("  Ny note ", "ny NOTE")).toBe(true);
    expect(sameInput("ny note", "ny  note")).toBe(false);
    expect(sameInput(null, "")).toBe(true);
    expect(sameInput(undefined, "  ")).toBe(true);
    // A number against its text: the same as shown.
    expect(sameInput(12, "12")).toBe(true);
    expect(sameInput(0, "")).toBe(false);
  });
});

describe("typedInputs: which values the user typed, given what the add-in wrote", () => {
  it("with a record: a value is the user's only where it differs from what was written", () => {
    expect(typedInputs([100, "Aktuel ", 5], [100, "aktuel", 4])).toEqual([false, false, true]);
  });

  it("an emptied cell differs from what was written: typed empty, so the source's value comes back", () => {
    expect(typedInputs([null], [100])).toEqual([true]);
  });

  it("a value beyond the record is compared with empty", () => {
    expect(typedInputs([5, 7, null], [5])).toEqual([false, true, false]);
  });

  it("without a record: every value that is not empty or 0 counts as typed", () => {
    expect(typedInputs([0, "x", null, "  ", 3], null)).toEqual([false, true, false, false, true]);
  });
});

describe("parseRecord: the hidden cell's JSON record", () => {
  it("reads a JSON array", () => {
    expect(parseRecord('[1,"a",null]')).toEqual([1, "a", null]);
    expect(parseRecord("[]")).toEqual([]);
  });

  it("is null for anything else, never throws", () => {
    expect(parseRecord('{"a":1}')).toBeNull();
    expect(parseRecord("[1,")).toBeNull();
    expect(parseRecord(" [1]")).toBeNull();
    expect(parseRecord(42)).toBeNull();
    expect(parseRecord(null)).toBeNull();
    expect(parseRecord("")).toBeNull();
  });
});
