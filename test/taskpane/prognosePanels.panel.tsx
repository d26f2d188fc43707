/** @jest-environment jsdom */
// The Prognose and Budgetbemærkninger panels, by role, against the workbook double whose tables are
// the bundled Eksempel Kommune CSVs.
import * as React from "react";
import { screen, waitFor } from "@testing-library/react";
import { ymdToDay } from "../../src/core";
import { SETTINGS_KEY } from "../../src/flows";
import { PrognosePanel } from "../../src/taskpane/PrognosePanel";
import { BudgetbemaerkningerPanel } from "../../src/taskpane/BudgetbemaerkningerPanel";
import { demoTables } from "../support/demoTables";
import { WorkbookDouble } from "../support/workbookDouble";
import { fill, user, wrap } from "../support/panel";

const generatedOn = ymdToDay(2025, 11, 5);
const withSettings = (settings: unknown, leaveOut: string[] = []) =>
  new WorkbookDouble({ tables: demoTables(leaveOut), writes: true, sheets: [], settings: settings ? { [SETTINGS_KEY]: JSON.stringify(settings) } : {} });

describe("PrognosePanel", () => {
  it("reads the tables, offers a method per konto with the remembered choice, saves it and writes the sheets", async () => {
    const u = user();
    const wb = withSettings({ methods: { "5.28.21": "glidende" }, lambda: { kind: "gennemsnit", months: 6 } });
    wrap(<PrognosePanel workbook={wb} generatedOn={generatedOn} />);
    await u.click(screen.getByRole("button", { name: "Læs tabellerne" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("4 konti læst; budgetår 2025."));
    const forebyg = screen.getByRole("combobox", { name: "Metode for 5.28.21 Forebyggende foranstaltninger" }) as HTMLSelectElement;
    expect(forebyg.value).toBe("glidende");
    // The backtest's suggestion stands next to the choice; the user's choice is kept.
    expect(screen.getByText("Forslag ud fra 2024: Periodisering i 12-dele (gns. fejl 10,7 %)")).toBeTruthy();
    const doegn = screen.getByRole("combobox", { name: "Metode for 5.28.24 Døgninstitutioner" }) as HTMLSelectElement;
    expect(doegn.value).toBe("disponering");
    await u.selectOptions(doegn, "skoen");
    await fill(u, screen.getByRole("textbox", { name: "Skøn for 5.28.24 (kr.)" }), "30.000.000");
    expect(screen.getByText("Forstået som 30.000.000 kr.")).toBeTruthy();
    await u.click(screen.getByRole("button", { name: "Dan prognosen" }));
    await waitFor(() => expect(wb.written).toHaveLength(1));
    expect(wb.written[0].map((s) => s.name)).toEqual(["Budgetforudsætninger", "Risikosager", "Prognose 2025-10"]);
    expect(JSON.parse(wb.settings!.get(SETTINGS_KEY)!)).toEqual({
      methods: { "5.28.21": "glidende", "5.28.24": "skoen" }, lambda: { kind: "gennemsnit", months: 6 }, skoen: { "5.28.24": 30000000 },
    });
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Arkene "Budgetforudsætninger", "Risikosager", "Prognose 2025-10" er skrevet\. Prognosen for året efter de valgte metoder er i alt [\d.]+ kr\.$/));
    wb.verify();
  });

  it("reads a typed skøn as Danish notation, shows what it understood and saves the choice at once", async () => {
    const u = user();
    const wb = withSettings({ methods: {}, lambda: { kind: "gennemsnit", months: 12 } });
    wrap(<PrognosePanel workbook={wb} generatedOn={generatedOn} />);
    await u.click(screen.getByRole("button", { name: "Læs tabellerne" }));
    const doegn = await screen.findByRole("combobox", { name: "Metode for 5.28.24 Døgninstitutioner" });
    await u.selectOptions(doegn, "skoen");
    // Saved when chosen, before "Dan prognosen": Budgetbemærkninger reads the choice from the workbook.
    await waitFor(() => expect(JSON.parse(wb.settings!.get(SETTINGS_KEY)!).methods).toEqual({ "5.28.24": "skoen" }));
    const skoen = screen.getByRole("textbox", { name: "Skøn for 5.28.24 (kr.)" }) as HTMLInputElement;
    // An empty field is empty, not 0.
    expect(skoen.value).toBe("");
    const cases: [string, number, string][] = [
      ["12.000.000", 12000000, "Forstået som 12.000.000 kr."],
      ["1.500.000,50", 1500000.5, "Forstået som 1.500.000,50 kr."],
      ["2,5", 2.5, "Forstået som 2,50 kr."],
      ["1500000,5", 1500000.5, "Forstået som 1.500.000,50 kr."],
    ];
    for (const [typed, value, shown] of cases) {
      await fill(u, skoen, typed);
      expect(skoen.value).toBe(typed);
      expect(screen.getByText(shown)).toBeTruthy();
      await waitFor(() => expect(JSON.parse(wb.settings!.get(SETTINGS_KEY)!).skoen).toEqual({ "5.28.24": value }));
    }
    await fill(u, skoen, "12 34");
    expect(screen.getByText("Skriv et beløb i kroner, fx 1.200.000 eller 75.000,50.")).toBeTruthy();
    await waitFor(() => expect(JSON.parse(wb.settings!.get(SETTINGS_KEY)!).skoen).toEqual({}));
  });

  it("writes Metodevalg and Overgang 18 år from the tables it read", async () => {
    const u = user();
    const wb = withSettings(null);
    wrap(<PrognosePanel workbook={wb} generatedOn={generatedOn} />);
    await u.click(screen.getByRole("button", { name: "Læs tabellerne" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("4 konti læst; budgetår 2025."));
    await u.click(screen.getByRole("button", { name: "Dan metodevalg, overgang 18 år og sammenligning" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe('Arkene "Metodevalg 2025", "Overgang 18 år 2025" er skrevet.'));
    expect(wb.written[0].map((s) => s.name)).toEqual(["Metodevalg 2025", "Overgang 18 år 2025"]);
  });

  it("refuses to generate while Skøn has no amount, and says which field to fill", async () => {
    const u = user();
    const wb = withSettings({ methods: { "5.28.24": "skoen" }, lambda: { kind: "gennemsnit", months: 12 } });
    wrap(<PrognosePanel workbook={wb} generatedOn={generatedOn} />);
    await u.click(screen.getByRole("button", { name: "Læs tabellerne" }));
    await u.click(await screen.findByRole("button", { name: "Dan prognosen" }));
    // The panel's error (red, role=alert) as two paragraphs, what happened and what to do; the
    // field's own error under the field.
    const alert = screen.getByText("Prognosen er ikke dannet.").closest('[role="alert"]')!;
    expect([...alert.querySelectorAll("p")].map((p) => p.textContent)).toEqual([
      "Prognosen er ikke dannet.", "Ret felterne markeret med rødt, og tryk Dan prognosen igen.",
    ]);
    expect(screen.getByText("Skriv skønnet for konto 5.28.24 i kr., eller vælg en anden metode.")).toBeTruthy();
    expect(wb.written).toHaveLength(0);
  });

  it("lets the user edit the number of months as text: two Backspaces on 12 and a 6 give 6", async () => {
    const u = user();
    const wb = withSettings({ methods: {}, lambda: { kind: "gennemsnit", months: 12 } });
    wrap(<PrognosePanel workbook={wb} generatedOn={generatedOn} />);
    await u.click(screen.getByRole("button", { name: "Læs tabellerne" }));
    const months = (await screen.findByRole("textbox", { name: "Antal måneder i gennemsnittet" })) as HTMLInputElement;
    expect(months.value).toBe("12");
    await u.click(months);
    await u.keyboard("{End}{Backspace}{Backspace}6");
    expect(months.value).toBe("6");
    await waitFor(() => expect(JSON.parse(wb.settings!.get(SETTINGS_KEY)!).lambda).toEqual({ kind: "gennemsnit", months: 6 }));
  });

  // "1,5" months showed "Skriv et helt tal" and yet saved 1 and wrote the sheets; "abc" ran with the last value.
  test.each(["1,5", "abc", "12.000.000", ""])("a month count of %j stops Dan prognosen and keeps the saved value", async (typed) => {
    const u = user();
    const wb = withSettings({ methods: {}, lambda: { kind: "gennemsnit", months: 12 } });
    wrap(<PrognosePanel workbook={wb} generatedOn={generatedOn} />);
    await u.click(screen.getByRole("button", { name: "Læs tabellerne" }));
    const months = await screen.findByRole("textbox", { name: /Antal måneder i gennemsnittet/ });
    await fill(u, months, typed);
    expect(screen.getByText(typed === "" ? "Feltet skal udfyldes." : "Skriv et helt tal fra 1 til 120, fx 12.")).toBeTruthy();
    const run = screen.getByRole("button", { name: "Dan prognosen" });
    expect(run.getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText("Ret felterne markeret med rødt. Prognosen dannes først, når de kan læses.")).toBeTruthy();
    await u.click(run);
    expect(wb.written).toHaveLength(0);
    expect(JSON.parse(wb.settings!.get(SETTINGS_KEY)!).lambda).toEqual({ kind: "gennemsnit", months: 12 });
  });

  it("refuses a negative skøn and writes nothing", async () => {
    const u = user();
    const wb = withSettings({ methods: { "5.28.24": "skoen" }, lambda: { kind: "gennemsnit", months: 12 }, skoen: { "5.28.24": 1000 } });
    wrap(<PrognosePanel workbook={wb} generatedOn={generatedOn} />);
    await u.click(screen.getByRole("button", { name: "Læs tabellerne" }));
    await fill(u, await screen.findByRole("textbox", { name: /Skøn for 5.28.24/ }), "−5");
    expect(screen.getByText("Skriv et beløb på 0 kr. eller derover, fx 1.200.000.")).toBeTruthy();
    await u.click(screen.getByRole("button", { name: "Dan prognosen" }));
    expect(wb.written).toHaveLength(0);
    // Emptying the field took the skøn away; "−5" never became the saved skøn. The setting is saved
    // asynchronously, so it is awaited rather than read at once.
    await waitFor(() => expect(JSON.parse(wb.settings!.get(SETTINGS_KEY)!).skoen).toEqual({}));
  });

  it("says in Danish which required table is missing", async () => {
    const u = user();
    wrap(<PrognosePanel workbook={withSettings(undefined, ["Forbrug"])} generatedOn={generatedOn} />);
    await u.click(screen.getByRole("button", { name: "Læs tabellerne" }));
    // Not "0 konti læst; budgetår 0." and then blaming Forbrug: the missing table and what to do.
    expect((await screen.findByRole("alert")).textContent).toBe(
      'Tabellerne kunne ikke læses: Tabellen "Forbrug" findes ikke i arbejdsbogen. Lav den som en Excel-tabel (Indsæt → Tabel, og giv tabellen navnet under Tabeldesign), eller indsæt eksempeltabellerne under Oversigt → Kom i gang.',
    );
    expect(screen.queryByRole("button", { name: "Dan prognosen" })).toBeNull();
  });
});

describe("BudgetbemaerkningerPanel", () => {
  it("writes the paragraphs per område into a sheet and copies them", async () => {
    const u = user();
    const wb = withSettings({ methods: { "5.28.21": "glidende", "5.28.23": "risikosager", "5.28.24": "pulje" }, lambda: { kind: "gennemsnit", months: 6 } });
    const copied: string[] = [];
    wrap(<BudgetbemaerkningerPanel workbook={wb} generatedOn={generatedOn} copy={async (t) => void copied.push(t)} />);
    await u.click(screen.getByRole("button", { name: "Skriv budgetbemærkninger" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe('Arket "Budgetbemærkninger 2025" er skrevet.'));
    // The App names the panel's landmark "Budgetbemærkninger"; the panel's own region must not repeat it.
    expect(screen.queryAllByRole("region", { name: "Budgetbemærkninger" })).toEqual([]);
    const region = screen.getByRole("region", { name: "Teksten pr. område" });
    const paragraphs = Array.from(region.querySelectorAll("p")).map((p) => p.textContent);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toMatch(/^Der forventes i 2025 i alt 122,1 helårsforanstaltninger på anbringelsesområdet mod 118,2 i budgettet\. /);
    expect(paragraphs[1]).toMatch(/^Der forventes i 2025 i alt 82,6 helårsforanstaltninger på området for forebyggende foranstaltninger mod 76,2 i budgettet\. /);
    await u.click(screen.getByRole("button", { name: "Kopiér teksten" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Teksten er kopieret."));
    expect(copied).toEqual([paragraphs.join("\n\n")]);
  });
});
