/** @jest-environment jsdom */
// The task pane shell: shows the add-in name, the workbook it is attached to, and a navigation of
// the panels that exist. Excel is reached only through the actions passed as props.
import * as React from "react";
import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import type { PanelDef } from "../../src/taskpane/panels";
import type { WorkbookActions } from "../../src/taskpane/actions";

// Only the shell is under test here; the panels' actions are left out on purpose.
const actions = (name: Promise<string>): WorkbookActions => ({ workbookName: () => name }) as unknown as WorkbookActions;

function renderApp(a: WorkbookActions, panels?: PanelDef[]) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App actions={a} panels={panels} />
    </FluentProvider>,
  );
}

describe("App", () => {
  it("shows the add-in name and the workbook it is attached to", async () => {
    renderApp(actions(Promise.resolve("Budget 2025.xlsx")));
    expect(screen.getByRole("heading", { name: "Styringsark" })).toBeTruthy();
    expect(screen.getByText("Finder arbejdsbogen …")).toBeTruthy();
    await waitFor(() => expect(screen.getByText("Arbejdsbog: Budget 2025.xlsx")).toBeTruthy());
  });

  it("says so in Danish when the workbook cannot be read", async () => {
    renderApp(actions(Promise.reject(new Error("no host"))));
    await waitFor(() => expect(screen.getByText("Arbejdsbogen kunne ikke læses")).toBeTruthy());
  });

  it("switches between the registered panels", async () => {
    const panels: PanelDef[] = [
      { id: "a", title: "Første", render: () => <p>indhold A</p> },
      { id: "b", title: "Anden", render: () => <p>indhold B</p> },
    ];
    renderApp(actions(Promise.resolve("x.xlsx")), panels);
    expect(screen.getByText("indhold A")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Anden" }));
    expect(screen.getByText("indhold B")).toBeTruthy();
    expect(screen.queryByText("indhold A")).toBeNull();
    await waitFor(() => expect(screen.getByText("Arbejdsbog: x.xlsx")).toBeTruthy());
  });
});
