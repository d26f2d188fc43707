/** @jest-environment jsdom */
// One message component in every panel: busy from the click's own render, errors red (role=alert)
// with what to do, problems clickable to their cell, and the Døgnskema offering existing budget models.
import * as React from "react";
import { act, screen, waitFor } from "@testing-library/react";
import { ymdToDay } from "../../src/core";
import type { SheetSpec } from "../../src/sheets/spec";
import { runExclusive, type WriteOptions, type WrittenSheet } from "../../src/flows";
import { OverblikPanel } from "../../src/taskpane/OverblikPanel";
import { OekonomitjekPanel } from "../../src/taskpane/OekonomitjekPanel";
import { DoegnskemaPanel } from "../../src/taskpane/DoegnskemaPanel";
import { WorkbookDouble, type DoubleInit } from "../support/workbookDouble";
import { fill, textbox, user, wrap } from "../support/panel";

/** A double whose writes wait until the test lets them go. */
class SlowWorkbook extends WorkbookDouble {
  release: () => void = () => undefined;
  writesAsked = 0;
  private gate = new Promise<void>((r) => (this.release = r));
  constructor(init: DoubleInit) {
    super(init);
  }
  override async writeSheets(specs: readonly SheetSpec[], options?: WriteOptions): Promise<WrittenSheet[]> {
    this.writesAsked++;
    await this.gate;
    return super.writeSheets(specs, options);
  }
}

const HEADERS = ["Cpr-nr.", "Foranstaltning", "Takst", "Startdato", "Rådgiver"];
const ANNA = ["610312-4123", "Plejefamilie", 30000, ymdToDay(2024, 3, 1), "AKJ"];

const caseWorkbook = () => new SlowWorkbook({
  writes: true, settings: {}, selects: true, tables: [],
  sheets: [{ name: "Sager", values: [HEADERS, ANNA, ["630601-4789", "Kontaktperson", "", ymdToDay(2025, 1, 1), "AKJ"]] }, { name: "Sager september", values: [HEADERS, ANNA] }],
});

describe("busy state", () => {
  it("Overblik: the click's own render disables the button and shows a Danish spinner", async () => {
    const u = user();
    const wb = caseWorkbook();
    wrap(<OverblikPanel workbook={wb} defaultYear={2025} />);
    await waitFor(() => expect(screen.getByRole("option", { name: "Sager" })).toBeTruthy());
    const button = screen.getByRole("button", { name: "Generér overblik, portefølje og leverandører" }) as HTMLButtonElement;
    await u.click(button);
    // Still writing: the button is off and says why.
    expect(button.disabled).toBe(true);
    expect(screen.getByText("Skriver overblik, portefølje og leverandører …")).toBeTruthy();
    await act(async () => wb.release());
    await waitFor(() => expect(button.disabled).toBe(false));
    expect(screen.queryByText("Skriver overblik, portefølje og leverandører …")).toBeNull();
    // A row problem names its sheet and selects its cell when clicked.
    await u.click(screen.getByRole("button", { name: "Fejl i arket Sager, C3: Række 3, Takst: skal udfyldes" }));
    expect(wb.selected).toEqual([{ sheet: "Sager", address: "C3" }]);
  });

  // docs/domain.md §7: two actions of the add-in never run on the workbook at once (src/flows/queue.ts).
  it("a panel's action waits in the add-in's one queue while another action (the automatic refresh) runs", async () => {
    const u = user();
    const wb = caseWorkbook();
    wb.release();
    let done!: () => void;
    const refreshing = runExclusive(() => new Promise<void>((r) => (done = r)));
    wrap(<OverblikPanel workbook={wb} defaultYear={2025} />);
    await waitFor(() => expect(screen.getByRole("option", { name: "Sager" })).toBeTruthy());
    const button = screen.getByRole("button", { name: "Generér overblik, portefølje og leverandører" }) as HTMLButtonElement;
    await u.click(button);
    await act(async () => new Promise((r) => setTimeout(r, 300)));
    expect(screen.getByText("Skriver overblik, portefølje og leverandører …")).toBeTruthy();
    expect(wb.writesAsked).toBe(0);
    await act(async () => {
      done();
      await refreshing;
    });
    await waitFor(() => expect(button.disabled).toBe(false));
    expect(wb.writesAsked).toBe(1);
  });

  it("Økonomitjek: busy while writing; Aktuel sagstabel offers sheets only, never a '(vælg ark)'", async () => {
    const u = user();
    const wb = caseWorkbook();
    wrap(<OekonomitjekPanel workbook={wb} today={new Date(2025, 9, 15)} />);
    await waitFor(() => expect(screen.getAllByRole("option", { name: "Sager" }).length).toBe(2));
    const now = screen.getByRole("combobox", { name: "Aktuel sagstabel" }) as HTMLSelectElement;
    expect([...now.options].map((o) => o.text)).toEqual(["Sager", "Sager september"]);
    expect(now.value).toBe("Sager");
    await u.selectOptions(screen.getByRole("combobox", { name: "Sidste måneds kopi" }), "Sager september");
    const button = screen.getByRole("button", { name: "Generér økonomitjek" }) as HTMLButtonElement;
    await u.click(button);
    expect(button.disabled).toBe(true);
    expect(screen.getByText("Skriver økonomitjekket …")).toBeTruthy();
    await act(async () => wb.release());
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Skrev arket Økonomitjek 2025-10."));
  });

  it("Døgnskema: busy while writing, and Tilbud offers the existing budget models", async () => {
    const u = user();
    const wb = new SlowWorkbook({ writes: true, sheets: [{ name: "Budgetmodel Botilbud A", kind: "budgetmodel" }, { name: "Budgetmodel Bofælleskab B", kind: "budgetmodel" }] });
    wrap(<DoegnskemaPanel workbook={wb} />);
    const tilbud = (await screen.findByRole("combobox", { name: /^Tilbud/ })) as HTMLSelectElement;
    expect([...tilbud.options].map((o) => o.text)).toEqual(["Botilbud A", "Bofælleskab B", "Andet tilbud (skriv navnet)"]);
    await u.selectOptions(tilbud, "Bofælleskab B");
    await fill(u, textbox(/Borger/), "Borger A1");
    // Hours typed with their unit are hours.
    await fill(u, textbox(/Udmålte timer/), "12 timer");
    const button = screen.getByRole("button", { name: "Opret døgnskema" }) as HTMLButtonElement;
    await u.click(button);
    expect(button.disabled).toBe(true);
    expect(screen.getByText("Opretter døgnskemaet …")).toBeTruthy();
    await act(async () => wb.release());
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Oprettet: Døgnskema Borger A1."));
    expect(JSON.stringify(wb.written[0][0])).toContain("Budgetmodel Bofælleskab B");
  });
});

describe("empty case-sheet list", () => {
  it("Overblik says why under the field and what to do", async () => {
    const wb = new WorkbookDouble({ settings: {}, sheets: [{ name: "Budget", values: [["Konto", "Budget"]] }] });
    wrap(<OverblikPanel workbook={wb} defaultYear={2025} />);
    expect(await screen.findByText(/^Intet ark ligner en sagsliste \(arket Budget mangler Takst og Startdato\)/)).toBeTruthy();
  });
});

describe("a fault in the add-in's own code", () => {
  it("is said in Danish with what to do, and the engine's English words only as the technical detail", async () => {
    const u = user();
    const wb = caseWorkbook();
    wb.readSheet = () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'name')"));
    wrap(<OverblikPanel workbook={wb} defaultYear={2025} />);
    await waitFor(() => expect(screen.getByRole("option", { name: "Sager" })).toBeTruthy());
    await u.click(screen.getByRole("button", { name: "Generér overblik, portefølje og leverandører" }));
    const alert = await screen.findByRole("alert");
    const [text, next, detail] = [...alert.querySelectorAll("p")].map((p) => p.textContent);
    expect(text).toBe("Der opstod en uventet fejl i tilføjelsesprogrammet.");
    expect(next).toMatch(/^Prøv igen\. Sker det igen, så luk opgaveruden og åbn den igen/);
    expect(detail).toBe("Teknisk besked: Cannot read properties of undefined (reading 'name')");
  });
});
