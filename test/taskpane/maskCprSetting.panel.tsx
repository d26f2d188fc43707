/** @jest-environment jsdom */
// The workbook setting "Masker cpr-numre i rapporter" on the Oversigt panel, and how it becomes the
// initial value of the reports' own "Masker cpr-numre" checkbox.
import * as React from "react";
import { readFileSync } from "fs";
import { join } from "path";
import { screen, waitFor } from "@testing-library/react";
import { PANELS } from "../../src/taskpane/panels";
import { OversigtPanel } from "../../src/taskpane/OversigtPanel";
import { MASK_LABEL, MASK_SETTING_LABEL } from "../../src/taskpane/useMaskCprSetting";
import { OverblikPanel } from "../../src/taskpane/OverblikPanel";
import { OekonomitjekPanel } from "../../src/taskpane/OekonomitjekPanel";
import { MASK_CPR_KEY } from "../../src/flows";
import { WorkbookDouble, type DoubleInit } from "../support/workbookDouble";
import { user, wrap } from "../support/panel";

const CASES = [["Cpr-nr.", "Takst", "Startdato"], ["610312-4123", 30000, 45352]];
const withSettings = (settings: Record<string, string>, more: DoubleInit = {}) => new WorkbookDouble({ settings, ...more });
/** The portfolio sheet of each Overblik written, as text (to see whether CPR was masked). */
const portfolios = (wb: WorkbookDouble) => wb.written.map((specs) => JSON.stringify(specs.find((s) => s.kind === "portefoelje")!.blocks));

const theSwitch = () => screen.getByRole("switch", { name: MASK_SETTING_LABEL }) as HTMLInputElement;
const maskBox = () => screen.getByRole("checkbox", { name: MASK_LABEL }) as HTMLInputElement;

describe("Oversigt: Masker cpr-numre i rapporter", () => {
  it("is ON when nothing is stored and saves nej when turned off", async () => {
    const u = user();
    const wb = withSettings({});
    wrap(<OversigtPanel workbook={wb} />);
    await waitFor(() => expect(wb.calls).toEqual([`loadSetting ${MASK_CPR_KEY}`]));
    expect(theSwitch().checked).toBe(true);
    expect(screen.getByText(/viser personer med et pseudonym i stedet for cpr-nummer og navn/)).toBeTruthy();
    await u.click(theSwitch());
    await waitFor(() => expect(wb.settings!.get(MASK_CPR_KEY)).toBe("nej"));
    expect(theSwitch().checked).toBe(false);
    await u.click(theSwitch());
    await waitFor(() => expect(wb.settings!.get(MASK_CPR_KEY)).toBe("ja"));
    expect(theSwitch().checked).toBe(true);
    expect(wb.calls.filter((c) => c.startsWith("saveSetting"))).toHaveLength(2);
    wb.verify();
  });

  it("shows OFF when the workbook says nej", async () => {
    wrap(<OversigtPanel workbook={withSettings({ [MASK_CPR_KEY]: "nej" })} />);
    await waitFor(() => expect(theSwitch().checked).toBe(false));
  });

  it("says so in Danish and shows the stored value again when saving fails", async () => {
    const u = user();
    wrap(<OversigtPanel workbook={withSettings({}, { saveFails: Object.assign(new Error("An internal error has occurred."), { name: "RichApi.Error", code: "GeneralException" }) })} />);
    await u.click(theSwitch());
    // Office's English as a Danish sentence, what to do next, and the original as a detail.
    await waitFor(() => expect([...screen.getByRole("alert").querySelectorAll("p")].map((p) => p.textContent)).toEqual([
      "Indstillingen kunne ikke gemmes i arbejdsbogen: Excel meldte en intern fejl og udførte ikke handlingen.",
      "Prøv igen. Hjælper det ikke, så gem arbejdsbogen, luk den og åbn den igen.",
      "Excels egen besked: GeneralException: An internal error has occurred.",
    ]));
    expect(theSwitch().checked).toBe(true);
  });
});

describe("the reports' checkbox follows the workbook setting", () => {
  it("Overblik starts unchecked when the setting is off and still uses the user's own choice", async () => {
    const wb = withSettings({ [MASK_CPR_KEY]: "nej" }, { writes: true, tables: [], sheets: [{ name: "Sager", values: CASES }] });
    wrap(<OverblikPanel workbook={wb} defaultYear={2025} />);
    await waitFor(() => expect(wb.calls).toContain(`loadSetting ${MASK_CPR_KEY}`));
    await waitFor(() => expect(maskBox().checked).toBe(false));
    const u = user();
    await waitFor(() => expect(screen.getByRole("option", { name: "Sager" })).toBeTruthy());
    await u.click(screen.getByRole("button", { name: "Generér overblik, portefølje og leverandører" }));
    await waitFor(() => expect(wb.written).toHaveLength(1));
    expect(portfolios(wb)[0]).toContain("610312-4123");
    // Overriding for one report leaves the workbook setting alone.
    await u.click(maskBox());
    expect(maskBox().checked).toBe(true);
    await u.click(screen.getByRole("button", { name: "Generér overblik, portefølje og leverandører" }));
    await waitFor(() => expect(wb.written).toHaveLength(2));
    expect(portfolios(wb)[1]).toContain("Person ");
    expect(portfolios(wb)[1]).not.toContain("610312");
    expect(wb.settings!.get(MASK_CPR_KEY)).toBe("nej");
    wb.verify();
  });

  it("Overblik starts checked when nothing is stored", async () => {
    const wb = withSettings({}, { sheets: [] });
    wrap(<OverblikPanel workbook={wb} defaultYear={2025} />);
    await waitFor(() => expect(wb.calls).toContain(`loadSetting ${MASK_CPR_KEY}`));
    expect(maskBox().checked).toBe(true);
  });

  it("Økonomitjek starts unchecked when the setting is off", async () => {
    wrap(<OekonomitjekPanel workbook={withSettings({ [MASK_CPR_KEY]: "nej" }, { sheets: [{ name: "Sager", values: CASES }] })} today={new Date(2025, 9, 15)} />);
    await waitFor(() => expect(maskBox().checked).toBe(false));
  });
});

describe("Oversigt: Kom i gang", () => {
  it("lists the steps in order, under who takes them, with the tables each needs, and how to make a table", async () => {
    wrap(<OversigtPanel workbook={withSettings({})} />);
    const section = await screen.findByRole("region", { name: "Kom i gang" });
    const steps = [...section.querySelectorAll("li")].map((li) => li.querySelector("strong")!.textContent);
    expect(steps).toEqual([
      "Disponeringsark (første gang)", "Opdatér måned (hver måned)", "Økonomitjek (når du vil se en anden måned)", "Prognose",
      "Budgetbemærkninger", "Overblik", "Budgetmodel og Døgnskema",
    ]);
    // Numbered through the groups, in the order the navigation shows the panels.
    expect([...section.querySelectorAll("h3")].map((h) => h.textContent)).toEqual(["Økonomikonsulent", "Controller", "Tilbudsleder"]);
    expect([...section.querySelectorAll("ol")].map((ol) => ol.getAttribute("start"))).toEqual(["1", "5", "7"]);
    const panelOrder = PANELS.map((p) => p.title);
    const firstWords = steps.map((s) => panelOrder.findIndex((t) => s!.startsWith(t)));
    expect(firstWords).toEqual([...firstWords].sort((a, b) => a - b));
    expect(section.textContent).toContain("tabellerne Budget, Forbrug og Budgetforudsætninger; gerne også Risikosager, Tilgang, PL, Regnskab og Sager");
    expect(section.textContent).toContain("vælg Indsæt → Tabel, og skriv tabellens navn (fx Forbrug) i feltet Tabelnavn under fanen Tabeldesign");
  });

  it("inserts the example tables with one click, shows busy and then what was inserted; the tables are then in the workbook", async () => {
    const wb = new WorkbookDouble({ settings: {}, adds: true, sheets: [{ name: "Budget", values: [["Mine tal"]] }] });
    wrap(<OversigtPanel workbook={wb} />);
    await user().click(screen.getByRole("button", { name: "Indsæt eksempeltabeller" }));
    const result = await screen.findByText(/^14 eksempeltabeller fra Eksempel Kommune er indsat på nye ark: Sager, Sager_forrige_måned, Bogført, Budget,/);
    expect(result.closest("[role=status]")).not.toBeNull();
    expect(screen.getByText(/Ark med samme navn fandtes, så eksemplerne ligger på Budget \(2\)\./)).toBeTruthy();
    expect((await wb.listTables()).find((t) => t.name === "Budget")).toEqual({ name: "Budget", sheet: "Budget (2)" });
    wb.verify();
  });

  it("asks before a second set of example tables, and Annullér inserts nothing", async () => {
    const wb = new WorkbookDouble({ settings: {}, adds: true, sheets: [], tables: [] });
    wrap(<OversigtPanel workbook={wb} />);
    const u = user();
    await u.click(screen.getByRole("button", { name: "Indsæt eksempeltabeller" }));
    await screen.findByText(/^14 eksempeltabeller fra Eksempel Kommune er indsat/);
    expect(await wb.listTables()).toHaveLength(14);
    await u.click(screen.getByRole("button", { name: "Indsæt eksempeltabeller" }));
    const ask = await screen.findByRole("group", { name: "Eksempeltabellerne er allerede indsat" });
    expect(ask.textContent).toContain("Arbejdsbogen har allerede tabellerne Sager, Sager_forrige_måned, Bogført");
    await u.click(screen.getByRole("button", { name: "Annullér" }));
    expect(await wb.listTables()).toHaveLength(14);
    await u.click(screen.getByRole("button", { name: "Indsæt eksempeltabeller" }));
    await u.click(await screen.findByRole("button", { name: "Indsæt et sæt mere" }));
    await waitFor(async () => expect(await wb.listTables()).toHaveLength(28));
  });

  it("says in Danish what failed when the workbook refuses the tables", async () => {
    const wb = new WorkbookDouble({ settings: {}, adds: new Error("Arbejdsbogen er skrivebeskyttet"), sheets: [], tables: [] });
    wrap(<OversigtPanel workbook={wb} />);
    await user().click(screen.getByRole("button", { name: "Indsæt eksempeltabeller" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Eksempeltabellerne kunne ikke indsættes: Arbejdsbogen er skrivebeskyttet");
  });
});

describe("one wording for masking", () => {
  it("every report's checkbox and the setting say the same", () => {
    expect(MASK_SETTING_LABEL).toBe("Masker personer i rapporter (pseudonym i stedet for cpr-nr. og navn)");
    const files = ["OverblikPanel", "OekonomitjekPanel", "MaanedPanel", "OversigtPanel"].map((f) =>
      readFileSync(join(__dirname, "../../src/taskpane", `${f}.tsx`), "utf8"));
    for (const text of files) expect(text).not.toMatch(/Masker (cpr|CPR)/);
    expect(files.filter((t) => t.includes("label={MASK_LABEL}"))).toHaveLength(3);
  });
});
