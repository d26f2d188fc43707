// The core's message module (docs/habits.md §2): every Danish sentence the core hands a user. These
// pin the rules the sentences share — a quoted cell is cut to 40 characters, a row and column are
// named, dates read dd.mm.åååå, numbers in Danish notation, one full stop at a sentence's end — and
// the sentences that choose their words from figures (singular/plural, over/under a frame).
import { formatAmountText, msg, ymdToDay } from "../../src/core";
import { quote } from "../../src/core/messages";

describe("quote: a cell's text as a message quotes it", () => {
  it("keeps up to 40 characters and cuts a longer text to 39 and an ellipsis (40 in all)", () => {
    const forty = "x".repeat(40);
    expect(quote(forty)).toBe(forty);
    expect(quote(`${forty}y`)).toBe(`${"x".repeat(39)}…`);
    expect(quote("z".repeat(32_767)).length).toBe(40);
  });

  it("is used by the messages that show what the user wrote", () => {
    expect(msg.dateInvalid("y".repeat(100))).toBe(`${"y".repeat(39)}… er ikke en gyldig dato`);
    expect(msg.numberInvalid("12 34")).toBe("12 34 er ikke et gyldigt beløb");
    expect(msg.cprMasked("010190-xxxx")).toBe("010190-xxxx er et maskeret cpr-nummer og kan ikke skelne personer — brug det fulde cpr-nummer");
  });
});

describe("where a problem is: row, column, cell, argument", () => {
  it("names the row and the column as the user's table has them", () => {
    expect(msg.rowColumn(7, "Startdato", msg.dateMissing())).toBe("Række 7, Startdato: mangler en dato");
    expect(msg.row(12, msg.required())).toBe("Række 12: skal udfyldes");
    expect(msg.cell("D3", "skal udfyldes")).toBe("Celle D3: skal udfyldes");
    expect(msg.argumentCell(msg.fnArg.takst, 3, msg.numberInvalid("abc"))).toBe("takst, celle 3: abc er ikke et gyldigt beløb");
  });

  it("writes dates as dd.mm.åååå", () => {
    expect(msg.stopBeforeStart(ymdToDay(2025, 1, 31), ymdToDay(2025, 2, 1))).toBe("stopdato 31.01.2025 ligger før startdato 01.02.2025");
    expect(msg.periodInvalid(ymdToDay(2025, 12, 31), ymdToDay(2025, 1, 1))).toBe("perioden 31.12.2025–01.01.2025 er ugyldig: til-datoen ligger før fra-datoen");
  });
});

describe("the pane's fields: a message with an example in range", () => {
  it("gives a whole-number example inside [min, max], 12 when it fits, in Danish notation", () => {
    expect(msg.field.count(1, 5)).toBe("Skriv et helt tal fra 1 til 5, fx 5.");
    expect(msg.field.count(0, 168)).toBe("Skriv et helt tal fra 0 til 168, fx 12.");
    expect(msg.field.count(20, 1_000)).toBe("Skriv et helt tal fra 20 til 1.000, fx 20.");
    expect(msg.field.count(1_000, 100_000)).toBe("Skriv et helt tal fra 1.000 til 100.000, fx 1.000.");
  });

  it("names the budget-year range of core/fields.ts", () => {
    expect(msg.field.year()).toBe("Skriv et årstal mellem 2000 og 2100 med fire cifre, fx 2025.");
    expect(msg.field.amountAtLeast(1_000_000)).toBe("Skriv et beløb på 1.000.000 kr. eller derover, fx 1.200.000.");
  });
});

describe("the 18th birthday (docs/domain.md §8)", () => {
  it("asks whether an anbringelse past the day before the 18th birthday is efterværn", () => {
    expect(msg.ageLimitPassed(18, ymdToDay(2025, 7, 1), ymdToDay(2025, 6, 14))).toBe(
      "stopdato 01.07.2025 ligger efter 14.06.2025, dagen før 18-årsdagen: anbringelsen løber efter 18-årsdagen — er det efterværn?",
    );
  });

  it("says an open efterværn runs past the day before the 23rd birthday", () => {
    expect(msg.ageLimitPassed(23, null, ymdToDay(2030, 6, 14))).toBe(
      "den åbne sag starter efter 14.06.2030, dagen før 23-årsdagen: efterværnet løber efter dagen før 23-årsdagen",
    );
  });
});

describe("rammeTekst (docs/domain.md §9, the example: R 30 mio., F 32 mio.)", () => {
  const t = {
    omraade: "anbringelser", ramme: 30_000_000, udgift: 32_000_000, helaarsforanstaltninger: 48, overskridelse: 2_000_000, prisaendring: -0.0625,
    // Move 1,25 HÅP from Døgninstitution to Plejefamilie: the share goes from 40/48 = 83,3 % to 41,25/48 = 85,9 %.
    flyt: { fra: "Døgninstitution", til: "Plejefamilie", haap: 1.25, muligt: true, fraHaap: 8, andelFoer: 40 / 48, andelEfter: 41.25 / 48, maal: 0.85 },
  };

  it("over the frame: the overrun, then both ways to hold it (the price change −6,25 % shown as 6,3 %, Excel's ROUND)", () => {
    expect(msg.rammeTekst(t)).toBe(
      "Med de forventede 48 helårsforanstaltninger på anbringelser bliver udgiften 32,0 mio. kr., hvilket er 2,0 mio. kr. mere end budgetrammen på 30,0 mio. kr. " +
        "Rammen holdes, hvis 1,25 helårspersoner flyttes fra døgninstitution til plejefamilie, så andelen i plejefamilie går fra 83,3 % til 85,9 % (målet er 85,0 %), " +
        "eller hvis gennemsnitspriserne samlet falder 6,3 %.",
    );
  });

  it("ends a sentence on 'kr.' with that full stop only, never 'kr..'", () => {
    expect(formatAmountText(30_000_000).endsWith(".")).toBe(true);
    const under = msg.rammeTekst({ ...t, udgift: 29_000_000, overskridelse: -1_000_000 });
    expect(under).toBe("Med de forventede 48 helårsforanstaltninger på anbringelser bliver udgiften 29,0 mio. kr., hvilket er 1,0 mio. kr. mindre end budgetrammen på 30,0 mio. kr.");
    expect(msg.rammeTekst({ ...t, ramme: 30_000_000, overskridelse: 2_000_000, flyt: null, prisaendring: null })).not.toMatch(/\.\.$/);
  });

  it("an overrun that rounds to 0 kr. is 'svarende til budgetrammen', with no ways to hold it", () => {
    expect(msg.rammeTekst({ ...t, udgift: 30_000_000, overskridelse: 0.4 })).toBe(
      "Med de forventede 48 helårsforanstaltninger på anbringelser bliver udgiften 30,0 mio. kr., svarende til budgetrammen.",
    );
  });

  it("says when the move needs more HÅP than the foranstaltning has", () => {
    expect(msg.rammeTekst({ ...t, prisaendring: null, flyt: { ...t.flyt, haap: 9, muligt: false } })).toMatch(
      /Rammen holdes, hvis 9,00 helårspersoner flyttes fra døgninstitution til plejefamilie, .* — det er flere end de 8, der forventes i døgninstitution\.$/,
    );
  });
});

describe("sentences that depend on how many", () => {
  it("Del som fil: one sheet 'arket', several 'arkene'", () => {
    expect(msg.share.opened(["Portefølje 2025"])).toBe("Den nye projektmappe med arket Portefølje 2025 er åbnet: kun værdier, personer som pseudonymer. Gem den, og del den.");
    expect(msg.share.opened(["Portefølje 2025", "Leverandører 2025"])).toMatch(/^Den nye projektmappe med arkene Portefølje 2025, Leverandører 2025 er åbnet/);
  });

  it("the pseudonym key: the cause in parentheses only when there is one", () => {
    expect(msg.share.keyUnreadable("")).toMatch(/^Nøglen til pseudonymer kunne ikke læses fra arbejdsbogen\. /);
    expect(msg.share.keyUnreadable("timeout")).toMatch(/^Nøglen til pseudonymer kunne ikke læses fra arbejdsbogen \(timeout\)\. /);
  });

  it("Leverandører's type source: the column, the table, both or nothing", () => {
    expect(msg.leverandoerTypeSource(true, "Leverandører")).toBe("sagslistens kolonne med leverandørtype og tabellen Leverandører");
    expect(msg.leverandoerTypeSource(false, "Leverandører")).toBe("tabellen Leverandører");
    expect(msg.leverandoerTypeSource(true, null)).toBe("sagslistens kolonne med leverandørtype");
    expect(msg.leverandoerTypeSource(false, null)).toBe("");
  });

  it("lists names in quotes, separated by commas", () => {
    expect(msg.noegletalUnknown(["Antal underretninger pr. 1.000", "Udgift pr. 0-22-årig"])).toBe(
      'Disse nøgletal kan ikke beregnes ud fra sagerne: "Antal underretninger pr. 1.000", "Udgift pr. 0-22-årig" — skriv kommunens eget tal i den gule celle på arket Sammenligning',
    );
  });

  it("the backtest says which history is missing", () => {
    expect(msg.backtestNoRuns(true)).toBe("kan ikke efterprøves: der mangler budget for de tidligere år");
    expect(msg.backtestNoRuns(false)).toBe("kan ikke efterprøves: der er ikke 12 bogførte måneder før de tidligere år");
  });
});

describe("every problem kind has a title and what to do, both full Danish sentences or titles", () => {
  it("has a todo that ends with a full stop and a title that does not", () => {
    for (const [kind, k] of Object.entries(msg.kind)) {
      expect([kind, k.todo.endsWith("."), k.title.endsWith(".")]).toEqual([kind, true, false]);
    }
  });
});
