// core/foranstaltning.ts: what a foranstaltning is from its name — its Overblik type and its art for
// the age limits (docs/domain.md §8) — and the Art cell the user may type instead.
import { AGE_LIMIT, classifyForanstaltning, defaultArt, FORANSTALTNINGSART_LABELS, FORANSTALTNING_TYPE_LABELS, parseArt } from "../../src/core";

describe("the type of a foranstaltning in Overblik's shares", () => {
  it("is read from the name, the first matching pattern winning", () => {
    const names = ["Plejefamilie", "Netværksplejefamilie", "Opholdssted", "Døgninstitution", "Kontaktperson", "Familiebehandling", "Aflastning", "Tandregulering"];
    expect(names.map(classifyForanstaltning)).toEqual(["plejefamilie", "plejefamilie", "anbringelse", "anbringelse", "forebyggende", "forebyggende", "forebyggende", "oevrig"]);
    expect(FORANSTALTNING_TYPE_LABELS.anbringelse).toBe("Anden anbringelse");
  });
});

describe("the art of a foranstaltning for the age limits", () => {
  it("defaults from the name: efterværn first, placements (plejefamilie, anbringelse) are anbringelser, the rest øvrig", () => {
    const names = ["Efterværn på opholdssted", "Kontinuitet § 76", "Plejefamilie", "Opholdssted", "Kontaktperson", "Tandregulering"];
    expect(names.map(defaultArt)).toEqual(["eftervaern", "eftervaern", "anbringelse", "anbringelse", "oevrig", "oevrig"]);
  });

  it("ends an anbringelse at 18 and efterværn at 23, øvrig never", () => {
    expect(AGE_LIMIT).toEqual({ anbringelse: 18, eftervaern: 23, oevrig: null });
    expect(FORANSTALTNINGSART_LABELS).toEqual({ anbringelse: "Anbringelse", eftervaern: "Efterværn", oevrig: "Øvrig" });
  });

  it("reads the user's Art cell by its synonyms; blank takes the default from the name; anything else is a problem", () => {
    const read = (cell: unknown, name = "Kontaktperson") => {
      const r = parseArt(cell, name);
      return r.ok ? r.value : r.problem.code;
    };
    expect(["Anbragt", "A", "efterværn", "Efterv", "andet", "o", "", null].map((c) => read(c))).toEqual(
      ["anbringelse", "anbringelse", "eftervaern", "eftervaern", "oevrig", "oevrig", "oevrig", "oevrig"],
    );
    expect(read("", "Plejefamilie")).toBe("anbringelse");
    expect(read("måske")).toBe("art.unknown");
  });
});
