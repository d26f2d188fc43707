// Recognising the consultant's own column headers (a table of synonyms, docs/habits.md §3).
import { CASE_FIELDS, FIELD_LABELS, REQUIRED_FIELDS, headerKey, missingFields, recogniseHeaders, unitFromHeader } from "../../src/core";

describe("headerKey folds case, æøå, accents, punctuation and spaces", () => {
  test.each<[unknown, string]>([
    ["Cpr-nr.", "cprnr"],
    ["CPR NR", "cprnr"],
    ["Takst (mdl.)", "takstmdl"],
    ["Døgntakst", "doegntakst"],
    ["Rådgiver", "raadgiver"],
    ["LEVERANDØR", "leverandoer"],
    ["Ophør", "ophoer"],
    ["Café", "cafe"],
    [null, ""],
    [42, "42"],
  ])("%p → %s", (h, key) => {
    expect(headerKey(h)).toBe(key);
  });
});

describe("recogniseHeaders", () => {
  test("the VIVE-style disponeringsark", () => {
    const headers = ["Cpr-nr.", "Navn", "Foranstaltning", "Takst (mdl)", "Startdato", "Stopdato", "Leverandør", "Rådgiver", "Status"];
    expect(recogniseHeaders(headers)).toEqual({
      cpr: 0, navn: 1, foranstaltning: 2, takst: 3, start: 4, stop: 5, leverandoer: 6, raadgiver: 7, status: 8,
    });
  });

  test("a døgn sheet with short headers", () => {
    const headers = ["CPR", "Borger", "Ydelse", "Døgntakst", "Start", "Slut", "Tilbud", "Sagsbehandler"];
    expect(recogniseHeaders(headers)).toEqual({
      cpr: 0, navn: 1, foranstaltning: 2, takst: 3, start: 4, stop: 5, leverandoer: 6, raadgiver: 7,
    });
  });

  test("Personnummer / Fra / Til / Anbringelsessted / Enhed / Konto", () => {
    const headers = ["Konto", "Personnummer", "Indsats", "Takst", "Enhed", "Fra", "Til", "Anbringelsessted"];
    expect(recogniseHeaders(headers)).toEqual({
      konto: 0, cpr: 1, foranstaltning: 2, takst: 3, enhed: 4, start: 5, stop: 6, leverandoer: 7,
    });
  });

  test.each<[string, string]>([
    ["CPR-nummer", "cpr"], ["Cpr nr", "cpr"], ["cpr.nr.", "cpr"],
    ["Takst pr. måned", "takst"], ["Takst pr. døgn", "takst"], ["Månedstakst", "takst"], ["Mdl. takst", "takst"],
    ["Takst pr. md.", "takst"], ["Månedlig takst", "takst"], ["Ugetakst", "takst"], ["Årstakst", "takst"], ["Pris", "takst"],
    ["Fra dato", "start"], ["Bevilget fra", "start"], ["Start dato", "start"],
    ["Slutdato", "stop"], ["Til dato", "stop"], ["Ophørsdato", "stop"], ["Bevilget til", "stop"],
    ["Leverandor", "leverandoer"], ["Udfører", "leverandoer"],
    ["Raadgiver", "raadgiver"], ["Socialrådgiver", "raadgiver"],
    ["Gruppering", "konto"], ["Funktion", "konto"],
    ["Takstenhed", "enhed"], ["Sagsstatus", "status"], ["Barnets navn", "navn"],
  ])("%s → %s", (header, field) => {
    expect(recogniseHeaders([header])).toEqual({ [field]: 0 });
  });

  test("unknown headers are ignored; the first of two matches wins", () => {
    expect(recogniseHeaders(["Bemærkning", "Takst", "Takst (mdl)", "", null])).toEqual({ takst: 1 });
  });

  test("missingFields names the required fields the mapping lacks", () => {
    expect(REQUIRED_FIELDS).toEqual(["takst", "start"]);
    expect(missingFields(recogniseHeaders(["Cpr", "Navn"]))).toEqual(["takst", "start"]);
    expect(missingFields(recogniseHeaders(["Takst", "Navn"]))).toEqual(["start"]);
    expect(missingFields(recogniseHeaders(["Takst", "Fra"]))).toEqual([]);
  });

  test("every field has a Danish label", () => {
    for (const f of CASE_FIELDS) expect(FIELD_LABELS[f]).toMatch(/\S/);
    expect(FIELD_LABELS.leverandoer).toBe("Leverandør");
  });
});

describe("unitFromHeader", () => {
  test.each<[string, string | undefined]>([
    ["Døgntakst", "døgn"], ["Dogntakst", "døgn"], ["Takst pr. døgn", "døgn"],
    ["Takst (mdl)", "måned"], ["Takst (mdl.)", "måned"], ["Takst pr. måned", "måned"], ["Månedstakst", "måned"], ["Takst pr. md.", "måned"],
    ["Ugetakst", "uge"], ["Takst pr. uge", "uge"],
    ["Årstakst", "år"], ["Takst pr. år", "år"],
    ["Takst", undefined], ["Pris", undefined],
  ])("%s → %p", (header, unit) => {
    expect(unitFromHeader(header)).toBe(unit);
  });
});
