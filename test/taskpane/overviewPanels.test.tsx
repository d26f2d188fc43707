/** @jest-environment jsdom */
// The Overblik and Økonomitjek panels: Danish form, validation before Excel is touched, and the
// request handed to the actions.
import * as React from "react";
import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { OverblikPanel } from "../../src/taskpane/OverblikPanel";
import { OekonomitjekPanel } from "../../src/taskpane/OekonomitjekPanel";
import type { OekonomitjekRequest, OverblikRequest, WorkbookActions } from "../../src/taskpane/actions";

const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

function fakeActions() {
  const calls: { overblik: OverblikRequest[]; tjek: OekonomitjekRequest[] } = { overblik: [], tjek: [] };
  const actions = {
    workbookName: async () => "x.xlsx",
    listCaseSheets: async () => ["Sager", "Sager september"],
    generateOverblik: async (r: OverblikRequest) => {
      calls.overblik.push(r);
      return { sheets: ["Disponering 2025", "Overblik 2025", "Portefølje 2025"], problems: ["Række 7, Takst: skal udfyldes"] };
    },
    generateOekonomitjek: async (r: OekonomitjekRequest) => {
      calls.tjek.push(r);
      return { sheets: ["Økonomitjek 2025-10"], problems: [] };
    },
  } as unknown as WorkbookActions;
  return { actions, calls };
}

describe("OverblikPanel", () => {
  it("sends the chosen sheet, years, target as a fraction and masking, and reports the sheets written", async () => {
    const { actions, calls } = fakeActions();
    wrap(<OverblikPanel actions={actions} defaultYear={2025} />);
    await waitFor(() => expect(screen.getByRole("option", { name: "Sager september" })).toBeTruthy());
    fireEvent.change(screen.getByRole("combobox", { name: "Ark med sager" }), { target: { value: "Sager september" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Mål for andel i plejefamilie" }), { target: { value: "80 %" } });
    expect((screen.getByRole("checkbox", { name: "Masker cpr-numre (010190-xxxx)" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Generér overblik og portefølje" }));
    await waitFor(() => expect(screen.getByText("Skrev arkene Disponering 2025, Overblik 2025, Portefølje 2025.")).toBeTruthy());
    expect(screen.getByText("Række 7, Takst: skal udfyldes")).toBeTruthy();
    expect(calls.overblik).toEqual([{ source: "Sager september", year: 2025, baseYear: 2024, target: 0.8, maskCpr: true }]);
  });

  it("lists the problems in Danish and does not call Excel when the form is wrong", async () => {
    const { actions, calls } = fakeActions();
    wrap(<OverblikPanel actions={actions} defaultYear={2025} />);
    await waitFor(() => expect(screen.getByRole("option", { name: "Sager" })).toBeTruthy());
    fireEvent.change(screen.getByRole("textbox", { name: "Basisår for indeks" }), { target: { value: "2026" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Mål for andel i plejefamilie" }), { target: { value: "75" } });
    fireEvent.click(screen.getByRole("button", { name: "Generér overblik og portefølje" }));
    expect(screen.getByRole("status").textContent).toBe(
      "Basisåret må ikke ligge efter budgetåretMål for andel i plejefamilie: 75 er større end 1 — skriv satsen som 0,042 eller 4,2 %",
    );
    expect(calls.overblik).toEqual([]);
  });
});

describe("OekonomitjekPanel", () => {
  it("compares two different sheets for the chosen month", async () => {
    const { actions, calls } = fakeActions();
    wrap(<OekonomitjekPanel actions={actions} today={new Date(2025, 9, 15)} />);
    await waitFor(() => expect(screen.getAllByRole("option", { name: "Sager" }).length).toBe(2));
    fireEvent.click(screen.getByRole("button", { name: "Generér økonomitjek" }));
    expect(screen.getByText("Vælg både sidste måneds kopi og den aktuelle sagstabel")).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "Sidste måneds kopi" }), { target: { value: "Sager september" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Aktuel sagstabel" }), { target: { value: "Sager" } });
    fireEvent.click(screen.getByRole("button", { name: "Generér økonomitjek" }));
    await waitFor(() => expect(screen.getByText("Skrev arket Økonomitjek 2025-10.")).toBeTruthy());
    expect(calls.tjek).toEqual([{ before: "Sager september", now: "Sager", year: 2025, month: 10, maskCpr: true }]);
  });
});
