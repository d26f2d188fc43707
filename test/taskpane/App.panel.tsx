/** @jest-environment jsdom */
// The task pane shell: shows the add-in name, the workbook it is attached to, and a navigation of
// the panels that exist. Excel is reached only through the Workbook port passed as a prop.
import * as React from "react";
import { screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { PanelDef } from "../../src/taskpane/panels";
import { WorkbookDouble } from "../support/workbookDouble";
import { user, wrap } from "../support/panel";

function renderApp(wb: WorkbookDouble, panels?: PanelDef[]) {
  return wrap(<App workbook={wb} panels={panels} />);
}
const onePanel: PanelDef[] = [{ id: "a", title: "Første", render: () => <p>indhold A</p> }];

describe("App", () => {
  it("shows the add-in name and the workbook it is attached to", async () => {
    const wb = new WorkbookDouble({ fileName: "Budget 2025.xlsx" });
    renderApp(wb, onePanel);
    expect(screen.getByRole("heading", { name: "Styringsark" })).toBeTruthy();
    expect(screen.getByText("Finder arbejdsbogen …")).toBeTruthy();
    await waitFor(() => expect(screen.getByText("Arbejdsbog: Budget 2025.xlsx")).toBeTruthy());
    wb.verify();
  });

  it("says so in Danish when the workbook cannot be read", async () => {
    // No file name given: the double rejects name(), as a host without a workbook would.
    const wb = new WorkbookDouble({});
    renderApp(wb, onePanel);
    await waitFor(() => expect(screen.getByText("Arbejdsbogen kunne ikke læses")).toBeTruthy());
    expect(wb.unexpected).toEqual(["name"]);
  });

  it("switches between the registered panels", async () => {
    const u = user();
    const panels: PanelDef[] = [...onePanel, { id: "b", title: "Anden", render: () => <p>indhold B</p> }];
    renderApp(new WorkbookDouble({ fileName: "x.xlsx" }), panels);
    expect(screen.getByText("indhold A")).toBeTruthy();
    await u.click(screen.getByRole("tab", { name: "Anden" }));
    expect(screen.getByText("indhold B")).toBeTruthy();
    expect(screen.getByText("indhold A").closest("section")!.hidden).toBe(true);
    expect(screen.getByRole("region", { name: "Anden" })).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Første" })).toBeNull();
    await waitFor(() => expect(screen.getByText("Arbejdsbog: x.xlsx")).toBeTruthy());
  });

  it("keeps what a panel holds when the user switches tab and back", async () => {
    const u = user();
    function Typing(): React.ReactElement {
      const [text, setText] = React.useState("");
      return <input aria-label="Noget" value={text} onChange={(e) => setText(e.target.value)} />;
    }
    const panels: PanelDef[] = [{ id: "a", title: "Første", render: () => <Typing /> }, { id: "b", title: "Anden", render: () => <p>indhold B</p> }];
    renderApp(new WorkbookDouble({ fileName: "x.xlsx" }), panels);
    await u.type(screen.getByRole("textbox", { name: "Noget" }), "læst kilde");
    await u.click(screen.getByRole("tab", { name: "Anden" }));
    await u.click(screen.getByRole("tab", { name: "Første" }));
    expect((screen.getByRole("textbox", { name: "Noget" }) as HTMLInputElement).value).toBe("læst kilde");
    await waitFor(() => expect(screen.getByText("Arbejdsbog: x.xlsx")).toBeTruthy());
  });
});

describe("the navigation in one row", () => {
  // jsdom has no layout: every tab but the shown one counts as not fitting, so the menu holds them all.
  it("offers the tabs that do not fit in a menu 'Flere', grouped by who does them, and opens the one chosen", async () => {
    const u = user();
    wrap(<App workbook={new WorkbookDouble({ fileName: "x.xlsx", settings: {}, sheets: [], tables: [] })} />);
    await u.click(await screen.findByRole("button", { name: "Flere funktioner (8)" }));
    const menu = await screen.findByRole("menu");
    const groups = [...menu.querySelectorAll('[role="group"]')].map((g) => [
      document.getElementById(g.getAttribute("aria-labelledby") ?? "")?.textContent,
      [...g.querySelectorAll('[role="menuitem"]')].map((i) => i.textContent),
    ]);
    expect(groups).toEqual([
      ["Økonomikonsulent", ["Disponeringsark", "Opdatér måned", "Økonomitjek", "Prognose"]],
      ["Controller", ["Budgetbemærkninger", "Overblik"]],
      ["Tilbudsleder", ["Budgetmodel", "Døgnskema"]],
    ]);
    await u.click(within(menu).getByRole("menuitem", { name: "Budgetmodel" }));
    expect(screen.getByRole("region", { name: "Budgetmodel" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Budgetmodel" }).getAttribute("aria-selected")).toBe("true");
    // Now Oversigt is the one not shown: it stands under Start.
    await u.click(screen.getByRole("button", { name: "Flere funktioner (8)" }));
    const again = await screen.findByRole("menu");
    expect([...again.querySelectorAll('[role="group"]')].map((g) => document.getElementById(g.getAttribute("aria-labelledby") ?? "")?.textContent)[0]).toBe("Start");
    await waitFor(() => expect(screen.getByText("Arbejdsbog: x.xlsx")).toBeTruthy());
  });
});

describe("the pane follows the workbook", () => {
  it("a panel opened before Kom i gang offers the example tables after it, without reopening", async () => {
    const u = user();
    const wb = new WorkbookDouble({ fileName: "x.xlsx", adds: true, settings: {}, sheets: [], tables: [] });
    wrap(<App workbook={wb} />);
    const panel = (title: string) => screen.getByRole("region", { name: title });
    // Overblik first: nothing to choose, and it says to insert the example tables.
    await u.click(screen.getByRole("tab", { name: "Overblik" }));
    await waitFor(() => expect(panel("Overblik").textContent).toContain("indsæt eksempeltabellerne under Oversigt → Kom i gang"));
    await u.click(screen.getByRole("tab", { name: "Budgetmodel" }));
    await waitFor(() => expect((within(panel("Budgetmodel")).getByRole("combobox", { name: "Regnskab sidste år (tabel)" }) as HTMLSelectElement).value).toBe(""));
    // Kom i gang.
    await u.click(screen.getByRole("tab", { name: "Oversigt" }));
    await u.click(screen.getByRole("button", { name: "Indsæt eksempeltabeller" }));
    await screen.findByText(/^14 eksempeltabeller fra Eksempel Kommune er indsat/);
    // Back in Overblik: the case sheets are offered, the hint is gone and the budget year is the example's.
    await u.click(screen.getByRole("tab", { name: "Overblik" }));
    await waitFor(() => expect((within(panel("Overblik")).getByRole("combobox", { name: "Ark med sager" }) as HTMLSelectElement).value).toBe("Sager"));
    expect(panel("Overblik").textContent).not.toContain("indsæt eksempeltabellerne");
    await waitFor(() => expect((within(panel("Overblik")).getByRole("textbox", { name: "Budgetår" }) as HTMLInputElement).value).toBe("2025"));
    await u.click(screen.getByRole("tab", { name: "Budgetmodel" }));
    await waitFor(() => expect((within(panel("Budgetmodel")).getByRole("combobox", { name: "Regnskab sidste år (tabel)" }) as HTMLSelectElement).value).toBe("Regnskab_sidste_år"));
    await u.click(screen.getByRole("tab", { name: "Disponeringsark" }));
    await waitFor(() => expect((within(panel("Disponeringsark")).getByRole("combobox", { name: "Kilde (sagsliste)" }) as HTMLSelectElement).value).toBe("Sager"));
  });
});
