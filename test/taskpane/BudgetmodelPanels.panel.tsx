/** @jest-environment jsdom */
// The Budgetmodel and Døgnskema panels: Danish field checks before the workbook is touched, and the
// flows' outcome shown. The workbook double rejects (and records) every call the test did not expect.
import * as React from "react";
import { screen, waitFor, within } from "@testing-library/react";
import { BudgetmodelPanel } from "../../src/taskpane/BudgetmodelPanel";
import { DoegnskemaPanel } from "../../src/taskpane/DoegnskemaPanel";
import { PANELS } from "../../src/taskpane/panels";
import { WorkbookDouble } from "../support/workbookDouble";
import { fill as fillBox, textbox, user, wrap, type User } from "../support/panel";

const fill = (u: User, label: RegExp, value: string) => fillBox(u, textbox(label), value);

describe("BudgetmodelPanel", () => {
  it("is registered as a panel", () => {
    expect(PANELS.map((p) => p.title)).toEqual(expect.arrayContaining(["Budgetmodel", "Døgnskema"]));
  });

  it("asks for the provider's name and a four-digit year before writing", async () => {
    const u = user();
    const wb = new WorkbookDouble({ tables: [], writes: true });
    wrap(<BudgetmodelPanel workbook={wb} defaultYear={2025} />);
    await fill(u, /Budgetår/, "24");
    await u.click(screen.getByRole("button", { name: "Opret budgetmodel" }));
    expect(await screen.findByText("Skriv tilbuddets navn")).toBeTruthy();
    expect(screen.getByText("Skriv et årstal mellem 2000 og 2100 med fire cifre, fx 2025.")).toBeTruthy();
    expect(wb.written).toEqual([]);
    await fill(u, /Tilbud/, " Botilbud A ");
    await fill(u, /Budgetår/, "2024");
    await u.click(screen.getByRole("button", { name: "Opret budgetmodel" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe('Arket "Budgetmodel Botilbud A" er oprettet.'));
    expect(wb.written.map((specs) => specs.map((s) => s.name))).toEqual([["Budgetmodel Botilbud A"]]);
    wb.verify();
  });

  it("shows the writer's Danish error", async () => {
    const u = user();
    const wb = new WorkbookDouble({ tables: [], writes: new Error("Arkene kunne ikke skrives, og arbejdsbogen er uændret.") });
    wrap(<BudgetmodelPanel workbook={wb} defaultYear={2025} />);
    await fill(u, /Tilbud/, "Botilbud A");
    await u.click(screen.getByRole("button", { name: "Opret budgetmodel" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Arkene kunne ikke skrives, og arbejdsbogen er uændret.");
  });

  it("preselects the workbook's tables, fills the model from them and lists the rows it could not use", async () => {
    const u = user();
    const wb = new WorkbookDouble({
      writes: true,
      tables: [
        { name: "Regnskab", sheet: "Data", values: [["Omkostningslinje", "Regnskab 2024"], ["Ledelse", "1.200.000"], ["Husleje", "90.000"]] },
        { name: "Kontoudtræk", sheet: "Data", values: [["Tekst", "Budget"], ["Ledelse", 1250000]] },
        { name: "HÅP", sheet: "Data", values: [["Funktionsniveau", "Intern/ekstern", "HÅP"], ["3", "Intern", "4,5"]] },
      ],
    });
    wrap(<BudgetmodelPanel workbook={wb} defaultYear={2025} />);
    const regnskab = screen.getByRole("combobox", { name: "Regnskab sidste år (tabel)" }) as HTMLSelectElement;
    await waitFor(() => expect(regnskab.value).toBe("Regnskab"));
    // "Kontoudtræk" is no likely name: the user picks it.
    const budget = screen.getByRole("combobox", { name: "Budget fra økonomisystemet (tabel)" }) as HTMLSelectElement;
    expect(budget.value).toBe("");
    await u.selectOptions(budget, "Kontoudtræk");
    expect((screen.getByRole("combobox", { name: "Helårspersoner pr. funktionsniveau (tabel)" }) as HTMLSelectElement).value).toBe("HÅP");
    await fill(u, /Tilbud/, "Botilbud A");
    await fill(u, /Budgetår/, "2025");
    await u.click(screen.getByRole("button", { name: "Opret budgetmodel" }));
    await waitFor(() => expect(screen.getByRole("status").textContent)
      .toBe('Arket "Budgetmodel Botilbud A" er oprettet med tal fra tabellerne Regnskab, Kontoudtræk og HÅP. 1 problem i tabellerne; se listen.'));
    expect(wb.calls).toEqual(["listTables", "readTable Regnskab", "readTable Kontoudtræk", "readTable HÅP", "writeSheets Budgetmodel Botilbud A"]);
    expect(within(screen.getByRole("group", { name: "Problemer i tabellerne" })).getByRole("list").textContent)
      .toBe('Række 3, Omkostningslinje: "Husleje" er ikke en linje i budgetmodellen — beløbet er ikke brugt');
  });

  it("says so when a chosen table has disappeared, and creates the empty model", async () => {
    const u = user();
    const tables = [{ name: "Regnskab", sheet: "Data", values: [["Omkostningslinje", "Regnskab 2024"]] }];
    const wb = new WorkbookDouble({ writes: true, tables });
    wrap(<BudgetmodelPanel workbook={wb} defaultYear={2025} />);
    await waitFor(() => expect((screen.getByRole("combobox", { name: "Regnskab sidste år (tabel)" }) as HTMLSelectElement).value).toBe("Regnskab"));
    tables.length = 0;
    await fill(u, /Tilbud/, "Botilbud A");
    await u.click(screen.getByRole("button", { name: "Opret budgetmodel" }));
    expect(await screen.findByText('Tabellen "Regnskab" findes ikke i arbejdsbogen')).toBeTruthy();
    expect(wb.written.map((specs) => specs.map((s) => s.name))).toEqual([["Budgetmodel Botilbud A"]]);
  });
});

describe("DoegnskemaPanel", () => {
  it("creates a døgnskema with the granted hours in Danish notation, and the provider's summary", async () => {
    const u = user();
    const wb = new WorkbookDouble({ writes: true, sheets: [] });
    wrap(<DoegnskemaPanel workbook={wb} />);
    await fill(u, /Borger/, "Borger A1");
    await fill(u, /^Tilbud/, "Botilbud A");
    await fill(u, /Ydelsespakke/, "Funktionsniveau 3");
    await fill(u, /Udmålte timer/, "7,5 x");
    await u.click(screen.getByRole("button", { name: "Opret døgnskema" }));
    // Hours, not money.
    expect(await screen.findByText("Skriv timer pr. uge fra 0 til 168 (ugens timer), fx 12 eller 12,5.")).toBeTruthy();
    expect(wb.calls).toEqual(["listSheets"]);
    await fill(u, /Udmålte timer/, "7,5");
    await u.click(screen.getByRole("button", { name: "Opret døgnskema" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe('Oprettet: Døgnskema Borger A1. Der er ingen "Budgetmodel Botilbud A": skriv ATA-timeprisen i arket.'));
    await u.click(screen.getByRole("button", { name: "Opret oversigt for tilbuddet" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Oprettet: Døgnskemaer Botilbud A."));
    expect(wb.written.map((specs) => specs.map((s) => s.kind))).toEqual([["doegnskema"], ["doegnskema-oversigt"]]);
    wb.verify();
  });
});
