import { compareDa } from "../../src/core";

describe("compareDa: Danish order with one shared collator", () => {
  it("puts æ, ø and å after z, in that order", () => {
    expect(["Åbo", "Zeta", "Øster", "Ærø", "Anna", "Bo"].sort(compareDa)).toEqual(["Anna", "Bo", "Zeta", "Ærø", "Øster", "Åbo"]);
  });

  it("agrees with localeCompare(…, 'da') on the names the sheets sort", () => {
    const names = ["Plejefamilie", "Opholdssted", "Kontaktperson", "Familiebehandling", "Ændret tilbud", "Øvrige", "Åben rådgivning", "aflastning", "5.28.23", "5.28.20"];
    expect([...names].sort(compareDa)).toEqual([...names].sort((a, b) => a.localeCompare(b, "da")));
  });
});
