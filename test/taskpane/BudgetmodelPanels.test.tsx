/** @jest-environment jsdom */
// The Budgetmodel and Døgnskema panels: Danish field checks, and Excel reached only through the actions.
import * as React from "react";
import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { BudgetmodelPanel } from "../../src/taskpane/BudgetmodelPanel";
import { DoegnskemaPanel } from "../../src/taskpane/DoegnskemaPanel";
import { PANELS } from "../../src/taskpane/panels";
import type { BudgetmodelRequest, DoegnskemaRequest, WorkbookActions } from "../../src/taskpane/actions";
import type { TableData } from "../../src/core";
import { fakeActions } from "../support/fakeActions";

const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
const type = (label: RegExp, value: string) => fireEvent.change(screen.getByRole("textbox", { name: label }), { target: { value } });

describe("BudgetmodelPanel", () => {
  it("is registered as a panel", () => {
    expect(PANELS.map((p) => p.title)).toEqual(expect.arrayContaining(["Budgetmodel", "Døgnskema"]));
  });

  it("asks for the provider's name and a four-digit year before calling Excel", async () => {
    const calls: BudgetmodelRequest[] = [];
    const actions: WorkbookActions = fakeActions({ createBudgetmodel: async (r: BudgetmodelRequest) => { calls.push(r); return { sheets: ["Budgetmodel Botilbud A"] }; } });
    wrap(<BudgetmodelPanel actions={actions} />);
    type(/Budgetår/, "24");
    fireEvent.click(screen.getByRole("button", { name: "Opret budgetmodel" }));
    expect(await screen.findByText("Skriv tilbuddets navn")).toBeTruthy();
    expect(screen.getByText("Skriv budgetåret med fire cifre, fx 2025")).toBeTruthy();
    expect(calls).toEqual([]);
    type(/Tilbud/, " Botilbud A ");
    type(/Budgetår/, "2024");
    fireEvent.click(screen.getByRole("button", { name: "Opret budgetmodel" }));
    await waitFor(() => expect(screen.getByText('Arket "Budgetmodel Botilbud A" er oprettet.')).toBeTruthy());
    expect(calls).toEqual([{ tilbud: "Botilbud A", year: 2024 }]);
  });

  it("shows the writer's Danish error", async () => {
    const actions: WorkbookActions = fakeActions({ createBudgetmodel: async () => { throw new Error("Arkene kunne ikke skrives, og arbejdsbogen er uændret."); } });
    wrap(<BudgetmodelPanel actions={actions} />);
    type(/Tilbud/, "Botilbud A");
    fireEvent.click(screen.getByRole("button", { name: "Opret budgetmodel" }));
    expect(await screen.findByText("Arkene kunne ikke skrives, og arbejdsbogen er uændret.")).toBeTruthy();
  });
});

describe("DoegnskemaPanel", () => {
  it("creates a døgnskema with the granted hours in Danish notation, and the provider's summary", async () => {
    const calls: (DoegnskemaRequest | string)[] = [];
    const actions: WorkbookActions = fakeActions({
      workbookName: async () => "x",
      createDoegnskema: async (r: DoegnskemaRequest) => { calls.push(r); return { sheets: ["Døgnskema Borger A1"] }; },
      createDoegnskemaSummary: async (t: string) => { calls.push(t); return { sheets: ["Døgnskemaer Botilbud A"] }; },
    });
    wrap(<DoegnskemaPanel actions={actions} />);
    type(/Borger/, "Borger A1");
    type(/^Tilbud/, "Botilbud A");
    type(/Ydelsespakke/, "Funktionsniveau 3");
    type(/Udmålte timer/, "7,5 x");
    fireEvent.click(screen.getByRole("button", { name: "Opret døgnskema" }));
    expect(await screen.findByText("7,5 x er ikke et gyldigt beløb")).toBeTruthy();
    type(/Udmålte timer/, "7,5");
    fireEvent.click(screen.getByRole("button", { name: "Opret døgnskema" }));
    await waitFor(() => expect(screen.getByText("Oprettet: Døgnskema Borger A1.")).toBeTruthy());
    fireEvent.click(screen.getByRole("button", { name: "Opret oversigt for tilbuddet" }));
    await waitFor(() => expect(screen.getByText("Oprettet: Døgnskemaer Botilbud A.")).toBeTruthy());
    expect(calls).toEqual([{ borger: "Borger A1", tilbud: "Botilbud A", ydelsespakke: "Funktionsniveau 3", udmaaltTimerPrUge: 7.5 }, "Botilbud A"]);
  });

  it("disables creation when the host offers no such action", () => {
    wrap(<DoegnskemaPanel actions={fakeActions()} />);
    expect((screen.getByRole("button", { name: "Opret døgnskema" }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe("BudgetmodelPanel pre-fill", () => {
  it("preselects the workbook's tables, fills the model from them and lists the rows it could not use", async () => {
    const calls: BudgetmodelRequest[] = [];
    const read: string[] = [];
    const tables: Record<string, TableData> = {
      Regnskab: { header: ["Omkostningslinje", "Regnskab 2024"], rows: [["Ledelse", "1.200.000"], ["Husleje", "90.000"]] },
      Kontoudtræk: { header: ["Tekst", "Budget"], rows: [["Ledelse", 1250000]] },
      HÅP: { header: ["Funktionsniveau", "Intern/ekstern", "HÅP"], rows: [["3", "Intern", "4,5"]] },
    };
    const actions: WorkbookActions = fakeActions({
      listTables: async () => Object.keys(tables).map((name) => ({ name, sheet: "Data" })),
      findTable: async (name: string) => { read.push(name); return tables[name] ?? null; },
      createBudgetmodel: async (r: BudgetmodelRequest) => { calls.push(r); return { sheets: ["Budgetmodel Botilbud A"] }; },
    });
    wrap(<BudgetmodelPanel actions={actions} />);
    const regnskab = screen.getByRole("combobox", { name: "Regnskab sidste år (tabel)" }) as HTMLSelectElement;
    await waitFor(() => expect(regnskab.value).toBe("Regnskab"));
    // "Kontoudtræk" is no likely name: the user picks it.
    const budget = screen.getByRole("combobox", { name: "Budget fra økonomisystemet (tabel)" }) as HTMLSelectElement;
    expect(budget.value).toBe("");
    fireEvent.change(budget, { target: { value: "Kontoudtræk" } });
    expect((screen.getByRole("combobox", { name: "Helårspersoner pr. funktionsniveau (tabel)" }) as HTMLSelectElement).value).toBe("HÅP");
    type(/Tilbud/, "Botilbud A");
    type(/Budgetår/, "2025");
    fireEvent.click(screen.getByRole("button", { name: "Opret budgetmodel" }));
    await waitFor(() => expect(screen.getByRole("status").textContent)
      .toBe('Arket "Budgetmodel Botilbud A" er oprettet med tal fra tabellerne Regnskab, Kontoudtræk og HÅP. 1 problem i tabellerne; se listen.'));
    expect(read).toEqual(["Regnskab", "Kontoudtræk", "HÅP"]);
    const list = screen.getByRole("list", { name: "Problemer i tabellerne" });
    expect(list.textContent).toBe('Række 3, Omkostningslinje: "Husleje" er ikke en linje i budgetmodellen — beløbet er ikke brugt');
    expect(calls).toHaveLength(1);
    const { model, source, tilbud, year } = calls[0];
    expect([tilbud, year, source]).toEqual(["Botilbud A", 2025, "tabellerne Regnskab, Kontoudtræk og HÅP"]);
    expect(model!.variable.find((l) => l.label === "Ledelse")!.values).toEqual([1200000, 0, 1250000, 0, 0]);
    // Budget (takst) and prognose of Funktionsniveau 3, then the four overslagsår.
    expect(model!.levels[2].intern).toEqual([0, 0, 0, 4.5, 4.5, 4.5, 4.5, 4.5, 4.5]);
  });

  it("says so when a chosen table has disappeared, and creates the empty model", async () => {
    const calls: BudgetmodelRequest[] = [];
    const actions: WorkbookActions = fakeActions({
      listTables: async () => [{ name: "Regnskab", sheet: "Data" }],
      findTable: async () => null,
      createBudgetmodel: async (r: BudgetmodelRequest) => { calls.push(r); return { sheets: ["Budgetmodel Botilbud A"] }; },
    });
    wrap(<BudgetmodelPanel actions={actions} />);
    await waitFor(() => expect((screen.getByRole("combobox", { name: "Regnskab sidste år (tabel)" }) as HTMLSelectElement).value).toBe("Regnskab"));
    type(/Tilbud/, "Botilbud A");
    fireEvent.click(screen.getByRole("button", { name: "Opret budgetmodel" }));
    expect(await screen.findByText('Tabellen "Regnskab" findes ikke i arbejdsbogen')).toBeTruthy();
    expect(calls.map((c) => [c.model, c.source])).toEqual([[undefined, undefined]]);
  });
});
