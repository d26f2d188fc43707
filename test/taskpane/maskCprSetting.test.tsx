/** @jest-environment jsdom */
// The workbook setting "Masker CPR i rapporter" on the Oversigt panel, and how it becomes the
// initial value of the reports' own "Masker cpr-numre" checkbox.
import * as React from "react";
import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { OversigtPanel } from "../../src/taskpane/OversigtPanel";
import { OverblikPanel } from "../../src/taskpane/OverblikPanel";
import { OekonomitjekPanel } from "../../src/taskpane/OekonomitjekPanel";
import { MASK_CPR_KEY } from "../../src/taskpane/settings";
import type { OverblikRequest } from "../../src/taskpane/actions";
import { fakeActions } from "../support/fakeActions";

const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

/** Document settings in memory; saveSetting fails when asked to. */
function settingsStore(initial: Record<string, string> = {}, failSave = false) {
  const stored = new Map(Object.entries(initial));
  const saves: [string, string][] = [];
  return {
    stored,
    saves,
    loadSetting: async (k: string) => stored.get(k) ?? null,
    saveSetting: async (k: string, v: string) => {
      if (failSave) throw new Error("Simuleret fejl");
      saves.push([k, v]);
      stored.set(k, v);
    },
  };
}

const theSwitch = () => screen.getByRole("switch", { name: "Masker CPR i rapporter" }) as HTMLInputElement;
const maskBox = () => screen.getByRole("checkbox", { name: "Masker cpr-numre (010190-xxxx)" }) as HTMLInputElement;

describe("Oversigt: Masker CPR i rapporter", () => {
  it("is ON when nothing is stored and saves nej when turned off", async () => {
    const s = settingsStore();
    const loads: string[] = [];
    wrap(<OversigtPanel actions={fakeActions({ loadSetting: (k) => (loads.push(k), s.loadSetting(k)), saveSetting: s.saveSetting })} />);
    await waitFor(() => expect(loads).toEqual([MASK_CPR_KEY]));
    expect(theSwitch().checked).toBe(true);
    expect(screen.getByText(/viser cpr-numre som 010190-xxxx/)).toBeTruthy();
    fireEvent.click(theSwitch());
    await waitFor(() => expect(s.saves).toEqual([[MASK_CPR_KEY, "nej"]]));
    expect(theSwitch().checked).toBe(false);
    fireEvent.click(theSwitch());
    await waitFor(() => expect(s.saves).toEqual([[MASK_CPR_KEY, "nej"], [MASK_CPR_KEY, "ja"]]));
    expect(theSwitch().checked).toBe(true);
  });

  it("shows OFF when the workbook says nej", async () => {
    const s = settingsStore({ [MASK_CPR_KEY]: "nej" });
    wrap(<OversigtPanel actions={fakeActions({ loadSetting: s.loadSetting, saveSetting: s.saveSetting })} />);
    await waitFor(() => expect(theSwitch().checked).toBe(false));
  });

  it("says so in Danish and shows the stored value again when saving fails", async () => {
    const s = settingsStore({}, true);
    wrap(<OversigtPanel actions={fakeActions({ loadSetting: s.loadSetting, saveSetting: s.saveSetting })} />);
    fireEvent.click(theSwitch());
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("Indstillingen kunne ikke gemmes i arbejdsbogen"));
    expect(theSwitch().checked).toBe(true);
  });
});

describe("the reports' checkbox follows the workbook setting", () => {
  it("Overblik starts unchecked when the setting is off and still sends the user's own choice", async () => {
    const s = settingsStore({ [MASK_CPR_KEY]: "nej" });
    const requests: OverblikRequest[] = [];
    const actions = fakeActions({
      loadSetting: s.loadSetting,
      listCaseSheets: async () => ["Sager"],
      generateOverblik: async (r) => {
        requests.push(r);
        return { sheets: ["Disponering 2025", "Overblik 2025", "Portefølje 2025"], problems: [] };
      },
    });
    wrap(<OverblikPanel actions={actions} defaultYear={2025} />);
    await waitFor(() => expect(maskBox().checked).toBe(false));
    await waitFor(() => expect(screen.getByRole("option", { name: "Sager" })).toBeTruthy());
    fireEvent.click(screen.getByRole("button", { name: "Generér overblik og portefølje" }));
    await waitFor(() => expect(requests.length).toBe(1));
    expect(requests[0].maskCpr).toBe(false);
    // Overriding for one report leaves the workbook setting alone.
    fireEvent.click(maskBox());
    expect(maskBox().checked).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Generér overblik og portefølje" }));
    await waitFor(() => expect(requests.length).toBe(2));
    expect(requests[1].maskCpr).toBe(true);
    expect(s.stored.get(MASK_CPR_KEY)).toBe("nej");
  });

  it("Overblik starts checked when nothing is stored", async () => {
    const s = settingsStore();
    const loads: string[] = [];
    wrap(<OverblikPanel actions={fakeActions({ loadSetting: (k) => (loads.push(k), s.loadSetting(k)), listCaseSheets: async () => [] })} defaultYear={2025} />);
    await waitFor(() => expect(loads).toEqual([MASK_CPR_KEY]));
    expect(maskBox().checked).toBe(true);
  });

  it("Økonomitjek starts unchecked when the setting is off", async () => {
    const s = settingsStore({ [MASK_CPR_KEY]: "nej" });
    wrap(<OekonomitjekPanel actions={fakeActions({ loadSetting: s.loadSetting, listCaseSheets: async () => ["Sager"] })} today={new Date(2025, 9, 15)} />);
    await waitFor(() => expect(maskBox().checked).toBe(false));
  });
});
