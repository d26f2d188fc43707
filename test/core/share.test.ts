// What a shared file may show of a case (docs/domain.md §7, §9): the rådgiver's initials, a
// leverandør by name only when it is surely no private person, never a name or a note.
import {
  leverandoerKey, leverandoerName, leverandoerPseudonym, maskedLeverandoer, privateLeverandoerer, raadgiverInitials, shareableCases, type CaseRow,
} from "../../src/core";

describe("leverandoerName: the name only when it is surely no private person", () => {
  test.each<[string, string, string | null]>([
    ["Solbakken", "Opholdssted", "Solbakken"],
    ["  Solbakken ", "Døgninstitution", "Solbakken"],
    ["Opholdsstedet Lyngly", "Opholdssted", "Opholdsstedet Lyngly"],
    ["Bostedet Åbakken", "Botilbud", "Bostedet Åbakken"],
    ["Kragereden", "Plejefamilie", null], // a foster family's own name
    ["Plejefamilien Kirsten Holm", "Opholdssted", null],
    ["Kirsten Holm", "Netværksplejefamilie", null],
    ["Kirsten Holm", "Opholdssted", null], // two words, no institution: unsure
    ["Solbakken (kontakt: Bo Hansens mor …)", "Opholdssted", null], // a note
    ["Solbakken-040490", "Opholdssted", null], // digits
    ["Solbakken:mor", "Opholdssted", null],
    ["Solbakken,Bo", "Opholdssted", null],
    ["Familiecentret", "Kontaktperson", null], // "familie": unsure
    ["Lyngly", "Aflastning", null],
    ["", "Opholdssted", null],
  ])("%p for %p → %p", (leverandoer, foranstaltning, shown) => {
    expect(leverandoerName({ leverandoer, foranstaltning })).toBe(shown);
  });
});

describe("raadgiverInitials", () => {
  test.each<[string, string]>([
    ["AKJ", "AKJ"], ["akj", "AKJ"], ["Anne Kirstine Jensen", "AKJ"], ["Bente Mørk-Hansen", "BMH"], ["Åse Ørum", "ÅØ"],
    ["070790.6789 9", ""], ["2 0909901234", ""], ["060690\u20125678", ""], ["", ""],
  ])("%p → %p", (raadgiver, initials) => {
    expect(raadgiverInitials(raadgiver)).toBe(initials);
  });
});

describe("shareableCases", () => {
  const base: CaseRow = {
    row: 2, cpr: "010190-1234", navn: "Anna Jensen", foranstaltning: "Opholdssted", konto: "5.28.23", takst: 3000, enhed: "døgn",
    start: 45658, stop: 45900, leverandoer: "Solbakken", raadgiver: "Anne Jensen", status: "aktuel",
  };

  it("keeps the allow-listed fields, drops the name, and tells two rådgivere with the same initials apart", () => {
    const out = shareableCases([
      base,
      { ...base, row: 3, raadgiver: "Arne Jakobsen", leverandoer: "Plejefamilien Holm", foranstaltning: "Plejefamilie" },
      { ...base, row: 4, raadgiver: " anne  jensen " },
      { ...base, row: 5, raadgiver: "" },
    ], "hemmelig");
    expect(out.map((c) => [c.raadgiver, c.leverandoer, c.navn])).toEqual([
      ["AJ", "Solbakken", ""],
      ["AJ (2)", leverandoerPseudonym("Plejefamilien Holm", "hemmelig"), ""],
      ["AJ", "Solbakken", ""],
      ["", "Solbakken", ""],
    ]);
    expect(out[0]).toEqual({ ...base, navn: "", raadgiver: "AJ" });
  });

  it("a leverandør's pseudonym holds no digit and is the same however the name is spaced or cased", () => {
    const p = leverandoerPseudonym("Plejefamilien  Kirsten Holm", "hemmelig");
    expect(p).toMatch(/^Leverandør [A-Z]{4}-[A-Z]{4}$/);
    expect(leverandoerPseudonym(" plejefamilien kirsten holm", "hemmelig")).toBe(p);
    expect(leverandoerPseudonym("Plejefamilien Kirsten Holm", "en anden nøgle")).not.toBe(p);
  });
});

describe("a leverandør in a masked report: privateLeverandoerer and maskedLeverandoer, one rule", () => {
  const kase = (leverandoer: string, foranstaltning: string) => ({ leverandoer, foranstaltning });

  it("a name is private when any of its cases may be a private person's, however the name is spaced or cased", () => {
    const privat = privateLeverandoerer([
      kase("Solbakken", "Opholdssted"), kase("solbakken ", "Netværksplejefamilie"), // one family case: private
      kase("Egeskov Opholdssted", "Opholdssted"), // an institution in all its cases
      kase("Karen Holm", "Kontaktperson"), // two words, no institution word: may be a person
      kase("", "Plejefamilie"), // no leverandør: nothing to hide
    ]);
    expect([...privat].sort()).toEqual(["karen holm", "solbakken"]);
    expect(leverandoerKey("  Solbakken   Nord ")).toBe("solbakken nord");
  });

  it("shows a private name by its pseudonym, an institution by name, a pseudonym as it is, and nothing without a secret", () => {
    const p = leverandoerPseudonym("Solbakken", "hemmelig")!;
    expect(maskedLeverandoer(" Solbakken ", true, "hemmelig")).toBe(p);
    expect(maskedLeverandoer("  Egeskov   Opholdssted ", false, "hemmelig")).toBe("Egeskov Opholdssted");
    expect(maskedLeverandoer(p, true, "hemmelig")).toBe(p);
    expect(maskedLeverandoer("Solbakken", true, undefined)).toBeNull();
    expect(maskedLeverandoer("Solbakken", true, "")).toBeNull();
    expect(maskedLeverandoer("  ", true, "hemmelig")).toBeNull();
  });

  it("a shared file hides the name in every case of a leverandør with one family case (not only in that case)", () => {
    const base: CaseRow = {
      row: 2, cpr: "010190-1234", navn: "A", foranstaltning: "Opholdssted", konto: "5.28.23", takst: 3000, enhed: "døgn",
      start: 45658, stop: 45900, leverandoer: "Solbakken", raadgiver: "AJ", status: "aktuel",
    };
    const out = shareableCases([base, { ...base, row: 3, cpr: "020290-2345", foranstaltning: "Netværksplejefamilie" }, { ...base, row: 4, leverandoer: "Egeskov Opholdssted" }], "hemmelig");
    const p = leverandoerPseudonym("Solbakken", "hemmelig");
    expect(out.map((c) => c.leverandoer)).toEqual([p, p, "Egeskov Opholdssted"]);
  });
});
