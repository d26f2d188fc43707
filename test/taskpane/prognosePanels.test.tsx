/** @jest-environment jsdom */
// The Prognose and Budgetbemærkninger panels, by role, against a test double of WorkbookActions whose
// tables are the bundled Eksempel Kommune CSVs.
import * as React from "react";
import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ymdToDay, type TableData } from "../../src/core";
import { readTableCsv } from "../../src/cli/prognoseDemo";
import type { SheetSpec } from "../../src/sheets/spec";
import type { WorkbookActions } from "../../src/taskpane/actions";
import { PrognosePanel } from "../../src/taskpane/PrognosePanel";
import { BudgetbemaerkningerPanel } from "../../src/taskpane/BudgetbemaerkningerPanel";
import { SETTINGS_KEY } from "../../src/taskpane/prognoseLogic";

const FILES: Record<string, string> = {
  Budget: "eksempel-kommune-budget.csv", Forbrug: "eksempel-kommune-forbrug.csv", Risikosager: "eksempel-kommune-risikosager.csv",
  Tilgang: "eksempel-kommune-tilgang.csv", "Budgetforudsætninger": "eksempel-kommune-budgetforudsaetninger.csv", PL: "eksempel-kommune-pl.csv",
  Sager: "eksempel-kommune-sager.csv",
};

function fakeActions(initialSettings?: unknown) {
  // Settings are stored as the add-in stores them: JSON text in the document settings.
  const settings = new Map<string, string>(initialSettings ? [[SETTINGS_KEY, JSON.stringify(initialSettings)]] : []);
  const written: SheetSpec[][] = [];
  const notUsed = () => Promise.reject(new Error("bruges ikke af prognosepanelerne"));
  const actions: WorkbookActions = {
    workbookName: async () => "Budget 2025.xlsx",
    findTable: async (name: string) => (FILES[name] ? (readTableCsv(FILES[name]) as TableData) : null),
    loadSetting: async (key: string) => settings.get(key) ?? null,
    saveSetting: async (key: string, value: string) => void settings.set(key, value),
    generateSheets: async (specs: SheetSpec[]) => {
      written.push([...specs]);
      return specs.map((s) => ({ wanted: s.name, written: s.name, movedAsideForUserSheet: false, replaced: false }));
    },
    listTables: notUsed,
    readTable: notUsed,
    readSelection: notUsed,
    selectCell: notUsed,
  };
  const saved = () => {
    const text = settings.get(SETTINGS_KEY);
    return text === undefined ? undefined : JSON.parse(text);
  };
  return { actions, settings: { get: (_key: string) => saved() }, written };
}

const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
const generatedOn = ymdToDay(2025, 11, 5);

describe("PrognosePanel", () => {
  it("reads the tables, offers a method per konto with the remembered choice, saves it and writes the sheets", async () => {
    const fake = fakeActions({ methods: { "5.28.21": "glidende" }, lambda: { kind: "gennemsnit", months: 6 } });
    wrap(<PrognosePanel actions={fake.actions} generatedOn={generatedOn} />);
    fireEvent.click(screen.getByRole("button", { name: "Læs tabellerne" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("4 konti læst; budgetår 2025."));
    const forebyg = screen.getByRole("combobox", { name: "Metode for 5.28.21 Forebyggende foranstaltninger" }) as HTMLSelectElement;
    expect(forebyg.value).toBe("glidende");
    const doegn = screen.getByRole("combobox", { name: "Metode for 5.28.24 Døgninstitutioner" }) as HTMLSelectElement;
    expect(doegn.value).toBe("disponering");
    fireEvent.change(doegn, { target: { value: "skoen" } });
    fireEvent.change(screen.getByRole("spinbutton", { name: "Skøn for 5.28.24 (kr.)" }), { target: { value: "30000000" } });
    fireEvent.click(screen.getByRole("button", { name: "Dan prognosen" }));
    await waitFor(() => expect(fake.written).toHaveLength(1));
    expect(fake.written[0].map((s) => s.name)).toEqual(["Budgetforudsætninger", "Risikosager", "Prognose 2025-10"]);
    expect(fake.settings.get(SETTINGS_KEY)).toEqual({
      methods: { "5.28.21": "glidende", "5.28.24": "skoen" }, lambda: { kind: "gennemsnit", months: 6 }, skoen: { "5.28.24": 30000000 },
    });
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Arkene "Budgetforudsætninger", "Risikosager", "Prognose 2025-10" er skrevet\. Forventet regnskab i alt [\d.]+ kr\.$/));
  });

  it("says in Danish which required table is missing", async () => {
    const fake = fakeActions();
    const actions = { ...fake.actions, findTable: async (name: string) => (name === "Forbrug" ? null : fake.actions.findTable(name)) };
    wrap(<PrognosePanel actions={actions} generatedOn={generatedOn} />);
    fireEvent.click(screen.getByRole("button", { name: "Læs tabellerne" }));
    await waitFor(() => expect(screen.getByRole("list", { name: "Bemærkninger" }).textContent).toContain('Tabellen "Forbrug" findes ikke i arbejdsbogen'));
  });
});

describe("BudgetbemaerkningerPanel", () => {
  it("writes the paragraphs per område into a sheet and copies them", async () => {
    const fake = fakeActions({ methods: { "5.28.21": "glidende", "5.28.23": "risikosager", "5.28.24": "pulje" }, lambda: { kind: "gennemsnit", months: 6 } });
    const copied: string[] = [];
    wrap(<BudgetbemaerkningerPanel actions={fake.actions} generatedOn={generatedOn} copy={async (t) => void copied.push(t)} />);
    fireEvent.click(screen.getByRole("button", { name: "Skriv budgetbemærkninger" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe('Arket "Budgetbemærkninger 2025" er skrevet.'));
    const region = screen.getByRole("region", { name: "Budgetbemærkninger" });
    const paragraphs = Array.from(region.querySelectorAll("p")).map((p) => p.textContent);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toMatch(/^Der forventes i 2025 i alt 122,1 helårspersoner på anbringelsesområdet mod 118,2 i budgettet\. /);
    expect(paragraphs[1]).toMatch(/^Der forventes i 2025 i alt 82,6 helårspersoner på området for forebyggende foranstaltninger mod 76,2 i budgettet\. /);
    fireEvent.click(screen.getByRole("button", { name: "Kopiér teksten" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Teksten er kopieret."));
    expect(copied).toEqual([paragraphs.join("\n\n")]);
  });
});
