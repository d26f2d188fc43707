/** @jest-environment jsdom */
// Disponeringsark with large tables: the problem list is capped (thousands of links were thousands of
// Tab stops before Generér), and the busy state is on screen before the source is read.
import * as React from "react";
import { screen, waitFor, within } from "@testing-library/react";
import { DisponeringPanel, PROBLEMS_SHOWN } from "../../src/taskpane/DisponeringPanel";
import { WorkbookDouble } from "../support/workbookDouble";
import { user, wrap } from "../support/panel";

const HEADER = ["Cpr-nr.", "Foranstaltning", "Konto", "Takst", "Startdato", "Stopdato", "Status"];
// 60 rows whose start date does not exist (31.02.2025) and 2 good ones (children born in 2017).
const rows = [
  ["010117-4001", "Plejefamilie", "5.28.20", "30.000", "01.01.2025", "", "aktuel"],
  ...Array.from({ length: 60 }, (_, i) => [`0201${String(17 + (i % 80)).padStart(2, "0")}-${1000 + i}`, "Plejefamilie", "5.28.20", "30.000", "31.02.2025", "", "aktuel"]),
  ["030117-4003", "Opholdssted", "5.28.23", "50.000", "01.03.2025", "", "aktuel"],
];

const today = () => new Date(2025, 5, 1);

describe("DisponeringPanel with many problems", () => {
  it("groups the problems by kind with what to do, shows 10 of each and all 60 after Vis alle", async () => {
    const u = user();
    // sheets: the panel proposes the budget year the workbook works on (none here: this year).
    const wb = new WorkbookDouble({ tables: [{ name: "Sager", values: [HEADER, ...rows] }], settings: {}, selects: true, sheets: [] });
    wrap(<DisponeringPanel workbook={wb} today={today} />);
    await waitFor(() => expect((screen.getByRole("combobox", { name: "Kilde (sagsliste)" }) as HTMLSelectElement).value).toBe("Sager"));
    await u.click(screen.getByRole("button", { name: "Læs kilden" }));
    await waitFor(() => expect(screen.getByText("62 rækker: 2 sager bruges, 60 rækker har fejl og er udeladt, 0 advarsler.")).toBeTruthy());
    const group = () => screen.getByRole("group", { name: "Problemer" });
    expect(PROBLEMS_SHOWN).toBe(10);
    expect(within(group()).getByText("Datoer, der ikke kan læses (60)")).toBeTruthy();
    expect(within(group()).getByText("Skriv datoen som dd.mm.åååå, fx 01.03.2025, eller som en Excel-dato.")).toBeTruthy();
    expect(within(group()).getAllByRole("listitem")).toHaveLength(10);
    expect(within(group()).getAllByRole("listitem")[0].textContent).toBe("Fejl i E3: Række 3, Startdato: 31.02.2025 er ikke en gyldig dato");
    await u.click(screen.getByRole("button", { name: "Vis alle 60 (10 vises)" }));
    expect(within(group()).getAllByRole("listitem")).toHaveLength(60);
    expect(screen.queryByRole("button", { name: /Vis alle/ })).toBeNull();
    wb.verify();
  });

  it("shows that it is reading before the workbook is asked for the table", async () => {
    const u = user();
    const wb = new WorkbookDouble({ tables: [{ name: "Sager", values: [HEADER, ...rows] }], settings: {} });
    const seenWhenRead: { spinner: boolean; disabled: boolean }[] = [];
    const readTable = wb.readTable.bind(wb);
    wb.readTable = (name: string) => {
      seenWhenRead.push({
        spinner: screen.queryByText("Læser kilden …") !== null,
        disabled: (screen.getByRole("button", { name: "Læs kilden" }) as HTMLButtonElement).disabled,
      });
      return readTable(name);
    };
    wrap(<DisponeringPanel workbook={wb} today={today} />);
    await waitFor(() => expect((screen.getByRole("combobox", { name: "Kilde (sagsliste)" }) as HTMLSelectElement).value).toBe("Sager"));
    await u.click(screen.getByRole("button", { name: "Læs kilden" }));
    await waitFor(() => expect(screen.getByText(/^62 rækker/)).toBeTruthy());
    expect(seenWhenRead).toEqual([{ spinner: true, disabled: true }]);
    expect(screen.queryByText("Læser kilden …")).toBeNull();
  });
});

describe("DisponeringPanel progress and result", () => {
  it("scrolls the progress and the result into view (they come below the fold at 350 × 700)", async () => {
    const u = user();
    const scrolled: string[] = [];
    // jsdom has no layout: record which block asked to be scrolled into view.
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.textContent ?? "");
    };
    try {
      const wb = new WorkbookDouble({ tables: [{ name: "Sager", values: [HEADER, rows[0], rows[61]] }], settings: {}, sheets: [], writes: true });
      wrap(<DisponeringPanel workbook={wb} today={today} />);
      await waitFor(() => expect((screen.getByRole("combobox", { name: "Kilde (sagsliste)" }) as HTMLSelectElement).value).toBe("Sager"));
      await u.click(screen.getByRole("button", { name: "Læs kilden" }));
      await waitFor(() => expect(screen.getByText(/^2 rækker/)).toBeTruthy());
      await u.click(screen.getByRole("button", { name: "Generér" }));
      await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Færdig: /));
      expect(scrolled.some((t) => t.startsWith("Færdig: "))).toBe(true);
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });
});

describe("DisponeringPanel from the keyboard", () => {
  it("jumps past the column grid to Generér, and after Generér focus is on the result, not the top of the pane", async () => {
    const u = user();
    const wb = new WorkbookDouble({ tables: [{ name: "Sager", values: [HEADER, rows[0], rows[61]] }], settings: {}, sheets: [], writes: true });
    wrap(<DisponeringPanel workbook={wb} today={today} />);
    await waitFor(() => expect((screen.getByRole("combobox", { name: "Kilde (sagsliste)" }) as HTMLSelectElement).value).toBe("Sager"));
    await u.click(screen.getByRole("button", { name: "Læs kilden" }));
    await waitFor(() => expect(screen.getByText(/^2 rækker/)).toBeTruthy());
    // From Læs kilden: one Tab to the skip link, Enter, and Generér has the focus.
    screen.getByRole("button", { name: "Læs kilden" }).focus();
    await u.tab();
    expect(document.activeElement?.textContent).toBe("Spring kolonnerne over, og gå til Generér");
    await u.keyboard("{Enter}");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Generér" }));
    await u.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Færdig: /));
    // The focus moves in an effect after the result is drawn: on a loaded machine the text can be
    // seen a turn before it, so this waits for the focus too.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("status")));
  });
});

describe("DisponeringPanel: anbringelse or efterværn per foranstaltning", () => {
  it("proposes the art from the name, and choosing Efterværn moves the open placement's end and clears the 18-år warning; the choice is saved", async () => {
    const u = user();
    // Born 15.06.2008: an anbringelse ends 14.06.2026, efterværn 14.06.2031.
    const youths = [
      ["150608-4123", "Opholdssted", "5.28.23", "30.000", "01.01.2026", "31.12.2026", "aktuel"],
      ["150608-4124", "Kontaktperson", "5.28.21", "5.000", "01.01.2026", "", "aktuel"],
    ];
    const wb = new WorkbookDouble({ tables: [{ name: "Sager", values: [HEADER, ...youths] }], settings: {}, selects: true, sheets: [] });
    wrap(<DisponeringPanel workbook={wb} today={() => new Date(2026, 0, 5)} />);
    await waitFor(() => expect((screen.getByRole("combobox", { name: "Kilde (sagsliste)" }) as HTMLSelectElement).value).toBe("Sager"));
    await u.click(screen.getByRole("button", { name: "Læs kilden" }));
    await waitFor(() => expect(screen.getByText("2 rækker: 2 sager bruges, 0 rækker har fejl og er udeladt, 1 advarsler.")).toBeTruthy());
    const opholdssted = screen.getByRole("combobox", { name: "Opholdssted" }) as HTMLSelectElement;
    expect(opholdssted.value).toBe("anbringelse");
    expect((screen.getByRole("combobox", { name: "Kontaktperson" }) as HTMLSelectElement).value).toBe("oevrig");
    await u.selectOptions(opholdssted, "eftervaern");
    await waitFor(() => expect(screen.getByText("2 rækker: 2 sager bruges, 0 rækker har fejl og er udeladt, 0 advarsler.")).toBeTruthy());
    expect(JSON.parse(wb.settings!.get("Styringsark.disponering.arter")!)).toEqual({ Opholdssted: "eftervaern" });
    wb.verify();
  });
});
