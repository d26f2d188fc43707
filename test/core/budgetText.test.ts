// Budgetbemærkninger: exact Danish sentences for rising, falling and unchanged figures, and figures
// that multiply out within a paragraph (docs/domain.md §4 "Budget text arithmetic").
import {
  amountSentence, budgetParagraph, budgetPrice, expectedPrice, formatAmountText, haapSentence, priceSentence, pricesSentence, splitSentence, textVarianceSplit,
  type OmraadeFigures,
} from "../../src/core";
import { arithmeticErrors, readParagraph } from "../support/budgetTextReader";

const base: OmraadeFigures = {
  omraade: "anbringelsesområdet", year: 2025, haapForventet: 108, haapBudget: 102.2,
  // Expected price 112.536.000 / 108 = 1.042.000; 1.042.000 / 1.000.000 − 1 = 4,2 %, the same as the PL rate.
  prisSidsteAar: 1000000, pl: 0.042,
  forventet: 112_536_000, budget: 108_000_000,
};

describe("budget text", () => {
  it("writes the example paragraph for a rise equal to KL's PL", () => {
    expect(haapSentence(base)).toBe("Der forventes i 2025 i alt 108 helårsforanstaltninger på anbringelsesområdet mod 102,2 i budgettet.");
    expect(priceSentence(base)).toBe("Gennemsnitsprisen forventes at stige 4,2 % svarende til KL's pris- og lønskøn.");
    // 112.536.000 − 108.000.000 = 4.536.000 → 4,5 mio. kr. mere. Budget price 108.000.000 / 102,2 =
    // 1.056.751,47; mængdeeffekt 5,8 × 1.056.751,47 = 6.129.158,51 → 6.129.159; priseffekt
    // (1.042.000 − 1.056.751,47) × 108 = −1.593.158,51, shown as 4.536.000 − 6.129.159 = −1.593.159.
    expect(budgetParagraph(base)).toBe(
      "Der forventes i 2025 i alt 108 helårsforanstaltninger på anbringelsesområdet mod 102,2 i budgettet. " +
        "Den forventede gennemsnitspris er 1.042.000 kr. (forventet regnskab ÷ helårsforanstaltninger) mod 1.056.751 kr. i budgettet. " +
        "Gennemsnitsprisen forventes at stige 4,2 % svarende til KL's pris- og lønskøn. " +
        "Det forventede regnskab er 112,5 mio. kr., hvilket er 4,5 mio. kr. mere end budgettet på 108,0 mio. kr. " +
        "Afvigelsen på 4.536.000 kr. består af en mængdeeffekt på 6.129.159 kr. (ændret antal helårsforanstaltninger til budgettets pris) " +
        "og en priseffekt på -1.593.159 kr. (ændret gennemsnitspris).",
    );
  });

  it("says how a rise compares with PL when it differs", () => {
    // 114.480.000 / 108 = 1.060.000; 1.060.000 / 1.000.000 − 1 = 6,0 % > 4,2 %.
    expect(priceSentence({ ...base, forventet: 114_480_000 })).toBe(
      "Gennemsnitsprisen forventes at stige 6,0 %, hvilket er mere end KL's pris- og lønskøn på 4,2 %.",
    );
    // 109.080.000 / 108 = 1.010.000.
    expect(priceSentence({ ...base, forventet: 109_080_000 })).toBe(
      "Gennemsnitsprisen forventes at stige 1,0 %, hvilket er mindre end KL's pris- og lønskøn på 4,2 %.",
    );
    expect(priceSentence({ ...base, forventet: 109_080_000, pl: undefined })).toBe("Gennemsnitsprisen forventes at stige 1,0 %.");
  });

  it("writes a falling case: fewer HÅP, lower price, under budget in kr.", () => {
    const f: OmraadeFigures = {
      omraade: "området for forebyggende foranstaltninger", year: 2026, haapForventet: 40.46, haapBudget: 44,
      // 3.985.310 / 40,46 = 98.500; 98.500 / 100.000 − 1 = −1,5 %.
      prisSidsteAar: 100000, pl: 0.029, forventet: 3_985_310, budget: 4_400_000,
    };
    // 40,46 shows as 40,5; 4.400.000 − 3.985.310 = 414.690 kr.; budget price 4.400.000 / 44 = 100.000;
    // mængde (40,46 − 44) × 100.000 = −354.000, pris (98.500 − 100.000) × 40,46 = −60.690.
    expect(budgetParagraph(f)).toBe(
      "Der forventes i 2026 i alt 40,5 helårsforanstaltninger på området for forebyggende foranstaltninger mod 44 i budgettet. " +
        "Den forventede gennemsnitspris er 98.500 kr. (forventet regnskab ÷ helårsforanstaltninger) mod 100.000 kr. i budgettet. " +
        "Gennemsnitsprisen forventes at falde 1,5 %, selvom KL's pris- og lønskøn er 2,9 %. " +
        "Det forventede regnskab er 4,0 mio. kr., hvilket er 414.690 kr. mindre end budgettet på 4,4 mio. kr. " +
        "Afvigelsen på -414.690 kr. består af en mængdeeffekt på -354.000 kr. (ændret antal helårsforanstaltninger til budgettets pris) " +
        "og en priseffekt på -60.690 kr. (ændret gennemsnitspris).",
    );
  });

  it("writes an unchanged case and the singular", () => {
    const f: OmraadeFigures = {
      omraade: "botilbudsområdet", year: 2025, haapForventet: 1, haapBudget: 1.04, prisSidsteAar: 500000,
      forventet: 500200, budget: 500000,
    };
    // HÅP 1,04 shows as 1 = 1 → "det samme"; price 500.200 is +0,04 %, shown as 0,0 % → uændret; 200 kr. → kr.
    // not mio. Budget price 500.000 / 1,04 = 480.769,23; mængde −0,04 × 480.769,23 = −19.230,77 → −19.231.
    expect(budgetParagraph(f)).toBe(
      "Der forventes i 2025 i alt 1 helårsforanstaltning på botilbudsområdet, det samme som i budgettet. " +
        "Den forventede gennemsnitspris er 500.200 kr. (forventet regnskab ÷ helårsforanstaltninger) mod 480.769 kr. i budgettet. " +
        "Gennemsnitsprisen forventes at være uændret i forhold til 2024. " +
        "Det forventede regnskab er 500.200 kr., hvilket er 200 kr. mere end budgettet på 500.000 kr. " +
        "Afvigelsen på 200 kr. består af en mængdeeffekt på -19.231 kr. (ændret antal helårsforanstaltninger til budgettets pris) " +
        "og en priseffekt på 19.431 kr. (ændret gennemsnitspris).",
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
    prisSidsteAar: 1_000_000, forventet: 2_001_000, budget: 2_000_000,
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
    expect(priceSentence({ ...f, haapForventet: 0 })).toBe(
      "Gennemsnitsprisen kan ikke opgøres, fordi der ikke forventes helårspersoner i 2025.",
    );
    expect(priceSentence({ ...f, haapForventet: 0, haapSidsteAar: 0, prisSidsteAar: 0 })).toBe(
      "Gennemsnitsprisen kan ikke opgøres, fordi der hverken var helårspersoner i 2024 eller forventes nogen i 2025.",
    );
  });

  it("reads a last-year price of 0 without HÅP given as not computable", () => {
    expect(priceSentence({ ...f, haapSidsteAar: undefined, prisSidsteAar: 0 })).toBe(
      "Gennemsnitsprisen kan ikke opgøres, fordi der ikke er en gennemsnitspris for 2024.",
    );
  });
});

describe("budget text arithmetic: the figures of a paragraph multiply out (docs/domain.md §4)", () => {
  // The demo's anbringelsesområdet as it was written before prices came from the paragraph's own
  // amounts: 122,1 helårsforanstaltninger at 950.373 kr. is 116,0 mio. kr., not the 114,0 mio. in the text.
  const anbringelse: OmraadeFigures = {
    omraade: "anbringelsesområdet", year: 2025, haapForventet: 122.06, haapBudget: 118.2, haapSidsteAar: 115,
    prisSidsteAar: 934_000, pl: 0.034, forventet: 114_030_000, budget: 114_577_092,
  };

  it("takes the expected price as forventet regnskab ÷ expected helårsforanstaltninger and the budget price as budget ÷ budget helårsforanstaltninger", () => {
    expect(expectedPrice(anbringelse)).toBe(114_030_000 / 122.06);
    expect(budgetPrice(anbringelse)).toBe(114_577_092 / 118.2);
    expect(expectedPrice({ ...anbringelse, haapForventet: 0 })).toBeNaN();
    expect(budgetPrice({ ...anbringelse, haapBudget: 0 })).toBeNaN();
  });

  it("splits the deviation into whole kroner that add up to it, each within 1 kr. of the exact split", () => {
    const s = textVarianceSplit(anbringelse)!;
    const pb = 114_577_092 / 118.2, pf = 114_030_000 / 122.06;
    expect(s.afvigelse).toBe(-547_092);
    expect(s.maengdeeffekt + s.priseffekt).toBe(s.afvigelse);
    expect(Math.abs(s.maengdeeffekt - (122.06 - 118.2) * pb)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(s.priseffekt - (pf - pb) * 122.06)).toBeLessThanOrEqual(1);
    expect(textVarianceSplit({ ...anbringelse, haapBudget: 0 })).toBeUndefined();
  });

  it("reads back as a reader would: helårsforanstaltninger × price gives the amounts, mængde + pris the deviation", () => {
    const text = budgetParagraph(anbringelse);
    expect(arithmeticErrors(text)).toEqual([]);
    const r = readParagraph(text);
    expect(r.haapForventet.value).toBe(122.1);
    expect(r.forventet.value).toBe(114_000_000);
    expect(r.split).toEqual({ afvigelse: -547_092, maengde: expect.any(Number), pris: expect.any(Number) });
    // The old price (950.373 kr., the disposed amount per HÅP) does not multiply out: the reader catches it.
    expect(arithmeticErrors(text.replace(/gennemsnitspris er [\d.]+ kr\./, "gennemsnitspris er 950.373 kr."))).toHaveLength(2);
  });

  it("multiplies out over many random paragraphs, including amounts under one million", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 500; i++) {
      const h = 0.5 + rnd() * 200, hb = 0.5 + rnd() * 200;
      const f: OmraadeFigures = {
        omraade: "området", year: 2025, haapForventet: h, haapBudget: hb, prisSidsteAar: 100_000 + rnd() * 900_000,
        forventet: h * (50_000 + rnd() * 2_000_000), budget: hb * (50_000 + rnd() * 2_000_000),
      };
      const text = budgetParagraph(f);
      if (splitSentence(f) === "") continue; // "svarende til budgettet": no deviation to split
      expect([text, arithmeticErrors(text)]).toEqual([text, []]);
    }
  });

  it("says no price and no split when a year has no helårsforanstaltninger", () => {
    expect(pricesSentence({ ...anbringelse, haapForventet: 0 })).toBe("");
    expect(pricesSentence({ ...anbringelse, haapBudget: 0 })).toBe(
      "Den forventede gennemsnitspris er 934.213 kr. (forventet regnskab ÷ helårsforanstaltninger); budgettet har ingen helårsforanstaltninger og dermed ingen pris.",
    );
    expect(splitSentence({ ...anbringelse, haapBudget: 0 })).toBe("");
    // A result that reads as the budget has no deviation in the text to split.
    expect(splitSentence({ ...anbringelse, forventet: 114_577_000 })).toBe("");
  });
});
