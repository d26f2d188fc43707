// Budgetbemærkninger: exact Danish sentences for rising, falling and unchanged figures.
import { amountSentence, budgetParagraph, formatAmountText, haapSentence, priceSentence, type OmraadeFigures } from "../../src/core";

const base: OmraadeFigures = {
  omraade: "anbringelsesområdet", year: 2025, haapForventet: 108, haapBudget: 102.2,
  // 1.042.000 / 1.000.000 − 1 = 4,2 %, the same as the PL rate.
  prisForventet: 1042000, prisSidsteAar: 1000000, pl: 0.042,
  forventet: 112_536_000, budget: 108_000_000,
};

describe("budget text", () => {
  it("writes the example paragraph for a rise equal to KL's PL", () => {
    expect(haapSentence(base)).toBe("Der forventes i 2025 i alt 108 helårsforanstaltninger på anbringelsesområdet mod 102,2 i budgettet.");
    expect(priceSentence(base)).toBe("Gennemsnitsprisen forventes at stige 4,2 % svarende til KL's pris- og lønskøn.");
    // 112.536.000 − 108.000.000 = 4.536.000 → 4,5 mio. kr. mere.
    expect(budgetParagraph(base)).toBe(
      "Der forventes i 2025 i alt 108 helårsforanstaltninger på anbringelsesområdet mod 102,2 i budgettet. " +
        "Gennemsnitsprisen forventes at stige 4,2 % svarende til KL's pris- og lønskøn. " +
        "Det forventede regnskab er 112,5 mio. kr., hvilket er 4,5 mio. kr. mere end budgettet på 108,0 mio. kr.",
    );
  });

  it("says how a rise compares with PL when it differs", () => {
    // 1.060.000 / 1.000.000 − 1 = 6,0 % > 4,2 %.
    expect(priceSentence({ ...base, prisForventet: 1060000 })).toBe(
      "Gennemsnitsprisen forventes at stige 6,0 %, hvilket er mere end KL's pris- og lønskøn på 4,2 %.",
    );
    expect(priceSentence({ ...base, prisForventet: 1010000 })).toBe(
      "Gennemsnitsprisen forventes at stige 1,0 %, hvilket er mindre end KL's pris- og lønskøn på 4,2 %.",
    );
    expect(priceSentence({ ...base, prisForventet: 1010000, pl: undefined })).toBe("Gennemsnitsprisen forventes at stige 1,0 %.");
  });

  it("writes a falling case: fewer HÅP, lower price, under budget in kr.", () => {
    const f: OmraadeFigures = {
      omraade: "området for forebyggende foranstaltninger", year: 2026, haapForventet: 40.46, haapBudget: 44,
      // 98.500 / 100.000 − 1 = −1,5 %.
      prisForventet: 98500, prisSidsteAar: 100000, pl: 0.029, forventet: 3_985_310, budget: 4_400_000,
    };
    // 40,46 shows as 40,5; 4.400.000 − 3.985.310 = 414.690 kr.
    expect(budgetParagraph(f)).toBe(
      "Der forventes i 2026 i alt 40,5 helårsforanstaltninger på området for forebyggende foranstaltninger mod 44 i budgettet. " +
        "Gennemsnitsprisen forventes at falde 1,5 %, selvom KL's pris- og lønskøn er 2,9 %. " +
        "Det forventede regnskab er 4,0 mio. kr., hvilket er 414.690 kr. mindre end budgettet på 4,4 mio. kr.",
    );
  });

  it("writes an unchanged case and the singular", () => {
    const f: OmraadeFigures = {
      omraade: "botilbudsområdet", year: 2025, haapForventet: 1, haapBudget: 1.04, prisForventet: 500200, prisSidsteAar: 500000,
      forventet: 500200, budget: 500000,
    };
    // HÅP 1,04 shows as 1 = 1 → "det samme"; price +0,04 % shows as 0,0 % → uændret; 200 kr. → kr. not mio.
    expect(budgetParagraph(f)).toBe(
      "Der forventes i 2025 i alt 1 helårsforanstaltning på botilbudsområdet, det samme som i budgettet. " +
        "Gennemsnitsprisen forventes at være uændret i forhold til 2024. " +
        "Det forventede regnskab er 500.200 kr., hvilket er 200 kr. mere end budgettet på 500.000 kr.",
    );
    expect(amountSentence({ ...f, forventet: 500000.4 })).toBe("Det forventede regnskab er 500.000 kr., svarende til budgettet.");
  });

  it("formats amounts as mio. kr. from one million, otherwise whole kroner", () => {
    expect(formatAmountText(999_999.4)).toBe("999.999 kr.");
    expect(formatAmountText(1_000_000)).toBe("1,0 mio. kr.");
    expect(formatAmountText(-2_345_678)).toBe("-2,3 mio. kr.");
  });
});

describe("budget text: prices that cannot be computed and the change in percent (docs/domain.md §3–§4)", () => {
  const f: OmraadeFigures = {
    omraade: "botilbudsområdet", year: 2025, haapForventet: 2, haapBudget: 2, haapSidsteAar: 2,
    prisForventet: 1_000_500, prisSidsteAar: 1_000_000, forventet: 2_001_000, budget: 2_000_000,
  };

  it("writes +500 on 1.000.000 as a rise of 0,1 % — (f − b)/b = 0,05 %, not f/b − 1 in binary", () => {
    expect(priceSentence(f)).toBe("Gennemsnitsprisen forventes at stige 0,1 %.");
  });

  it("says the price cannot be computed when last year had no HÅP — never uændret", () => {
    expect(priceSentence({ ...f, haapSidsteAar: 0, prisSidsteAar: 0 })).toBe(
      "Gennemsnitsprisen kan ikke opgøres, fordi der ikke var helårspersoner i 2024.",
    );
  });

  it("says the price cannot be computed when no HÅP are expected this year — never falde 100,0 %", () => {
    expect(priceSentence({ ...f, haapForventet: 0, prisForventet: 0 })).toBe(
      "Gennemsnitsprisen kan ikke opgøres, fordi der ikke forventes helårspersoner i 2025.",
    );
    expect(priceSentence({ ...f, haapForventet: 0, prisForventet: 0, haapSidsteAar: 0, prisSidsteAar: 0 })).toBe(
      "Gennemsnitsprisen kan ikke opgøres, fordi der hverken var helårspersoner i 2024 eller forventes nogen i 2025.",
    );
  });

  it("reads a last-year price of 0 without HÅP given as not computable", () => {
    expect(priceSentence({ ...f, haapSidsteAar: undefined, prisSidsteAar: 0 })).toBe(
      "Gennemsnitsprisen kan ikke opgøres, fordi der ikke er en gennemsnitspris for 2024.",
    );
  });
});
