/** @jest-environment jsdom */
// The Overblik and Økonomitjek panels: Danish form, validation before the workbook is touched, and
// the flows' outcome shown.
import * as React from "react";
import { screen, waitFor, within } from "@testing-library/react";
import { ymdToDay } from "../../src/core";
import { MASK_CPR_KEY, PSEUDONYM_SECRET_KEY } from "../../src/flows";
import { OverblikPanel } from "../../src/taskpane/OverblikPanel";
import { OekonomitjekPanel } from "../../src/taskpane/OekonomitjekPanel";
import { WorkbookDouble } from "../support/workbookDouble";
import { fill, textbox, user, wrap } from "../support/panel";

const HEADERS = ["Cpr-nr.", "Foranstaltning", "Takst", "Startdato", "Rådgiver"];
const ANNA = ["610312-4123", "Plejefamilie", 30000, ymdToDay(2024, 3, 1), "AKJ"];
const NO_TAKST = ["630601-4789", "Kontaktperson", "", ymdToDay(2025, 1, 1), "AKJ"];

function workbook() {
  return new WorkbookDouble({
    writes: true,
    settings: {},
    // No Excel tables: the budget year comes from the sheets (or this year).
    tables: [],
    sheets: [
      { name: "Sager", values: [HEADERS, ANNA] },
      { name: "Sager september", values: [HEADERS, ANNA, ANNA, NO_TAKST] },
      { name: "Noter", values: [["Note"]] },
    ],
  });
}

describe("OverblikPanel", () => {
  it("sends the chosen sheet, years, target as a fraction and masking, and shows the sheets written and the problems", async () => {
    const u = user();
    const wb = workbook();
    wrap(<OverblikPanel workbook={wb} defaultYear={2025} />);
    await waitFor(() => expect(screen.getByRole("option", { name: "Sager september" })).toBeTruthy());
    expect(screen.queryByRole("option", { name: "Noter" })).toBeNull();
    await u.selectOptions(screen.getByRole("combobox", { name: "Ark med sager" }), "Sager september");
    await fill(u, textbox("Mål for andel i plejefamilie"), "80 %");
    expect((screen.getByRole("checkbox", { name: "Masker personer (pseudonym i stedet for cpr-nr. og navn)" }) as HTMLInputElement).checked).toBe(true);
    await u.click(screen.getByRole("button", { name: "Generér overblik og portefølje" }));
    await waitFor(() => expect(screen.getByText("Skrev arkene Disponering 2025, Nøgletal 2025, Overblik 2025, Portefølje 2025, Leverandører 2025.")).toBeTruthy());
    // The result block and the problem list are separate; the problem names its sheet and cell.
    expect(screen.getByRole("status").textContent).toBe("Skrev arkene Disponering 2025, Nøgletal 2025, Overblik 2025, Portefølje 2025, Leverandører 2025.");
    expect(within(screen.getByRole("group", { name: "Problemer i sagerne" })).getByRole("list").textContent).toBe("Fejl i arket Sager september, C4: Række 4, Takst: skal udfyldes");
    expect(wb.calls).toEqual([
      "listSheets", `loadSetting ${MASK_CPR_KEY}`, "readSheet Sager september", "loadSetting Styringsark.disponering.arter", "listSheets", "readTable Regnskab", "listTables", "listTables",
      // Masked: the workbook's pseudonym secret is created on first use.
      `loadSetting ${PSEUDONYM_SECRET_KEY}`, `saveSetting ${PSEUDONYM_SECRET_KEY}`,
      // Portefølje looks for the snapshots Opdatér måned saved (none here).
      "listSheets",
      // Leverandører's types from the table Leverandører, when the workbook has it.
      "readTable Leverandører", "readTable Leverandoerer",
      // Rammetilpasning is written only when the workbook has budget assumptions.
      "readTable Budgetforudsætninger", "readTable Budgetforudsaetninger",
      "writeSheets Disponering 2025, Nøgletal 2025, Overblik 2025, Portefølje 2025, Leverandører 2025",
    ]);
    wb.verify();
  });

  it("lists the problems in Danish and does not touch the workbook when the form is wrong", async () => {
    const u = user();
    const wb = workbook();
    wrap(<OverblikPanel workbook={wb} defaultYear={2025} />);
    await waitFor(() => expect(screen.getByRole("option", { name: "Sager" })).toBeTruthy());
    await fill(u, textbox("Basisår for indeks"), "2026");
    await fill(u, textbox("Mål for andel i plejefamilie"), "75");
    await u.click(screen.getByRole("button", { name: "Generér overblik og portefølje" }));
    // Each message under its own field, never run together into one line ("…budgetåretMål for andel…").
    expect(screen.queryByRole("status")).toBeNull();
    const under = (label: string) => document.getElementById(textbox(label).getAttribute("aria-describedby")!.split(" ")[0])!.textContent;
    expect(under("Basisår for indeks")).toBe("Basisåret må ikke ligge efter budgetåret");
    expect(under("Mål for andel i plejefamilie")).toBe("Skriv en andel mellem 0 og 100 %, fx 60 % eller 0,6.");
    expect(wb.calls).toEqual(["listSheets", `loadSetting ${MASK_CPR_KEY}`]);
  });
});

describe("OverblikPanel: Luk året", () => {
  it("proposes the year before the budget year and saves its figures in the hidden history sheet", async () => {
    const u = user();
    const wb = workbook();
    wrap(<OverblikPanel workbook={wb} defaultYear={2025} />);
    await waitFor(() => expect(screen.getByRole("option", { name: "Sager" })).toBeTruthy());
    expect((textbox("År, der lukkes") as HTMLInputElement).value).toBe("2024");
    // Closing saves the year for good: it asks first, and Annullér writes nothing.
    await u.click(screen.getByRole("button", { name: "Luk året 2024" }));
    const ask = await screen.findByRole("group", { name: "Luk året 2024?" });
    expect(ask.textContent).toContain('fra arket "Sager" gemmes i arbejdsbogen som 2024');
    await u.click(within(ask).getByRole("button", { name: "Annullér" }));
    expect(screen.queryByRole("group", { name: "Luk året 2024?" })).toBeNull();
    expect(wb.written).toHaveLength(0);
    await u.click(screen.getByRole("button", { name: "Luk året 2024" }));
    expect(document.activeElement?.textContent).toBe("Ja, luk 2024");
    await u.click(screen.getByRole("button", { name: "Ja, luk 2024" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Året 2024 er lukket: helårspersoner, GNS-pris og beløb for 1 foranstaltning og 0 konti samt personer og helårspersoner pr. aldersgruppe er gemt i det skjulte ark "Styringsark historik"\./));
    expect(wb.written.map((specs) => specs.map((s) => [s.name, s.kind, s.hidden]))).toEqual([[["Styringsark historik", "historik", true]]]);
    await fill(u, textbox("År, der lukkes"), "24");
    expect((screen.getByRole("button", { name: /^Luk året/ }) as HTMLButtonElement).disabled).toBe(true);
    wb.verify();
  });
});

describe("OekonomitjekPanel", () => {
  it("compares two different sheets for the chosen month", async () => {
    const u = user();
    const wb = workbook();
    wrap(<OekonomitjekPanel workbook={wb} today={new Date(2025, 9, 15)} />);
    await waitFor(() => expect(screen.getAllByRole("option", { name: "Sager" }).length).toBe(2));
    await u.click(screen.getByRole("button", { name: "Generér økonomitjek" }));
    expect(screen.getByText("Vælg både sidste måneds kopi og den aktuelle sagstabel")).toBeTruthy();
    await u.selectOptions(screen.getByRole("combobox", { name: "Sidste måneds kopi" }), "Sager september");
    await u.selectOptions(screen.getByRole("combobox", { name: "Aktuel sagstabel" }), "Sager");
    await u.click(screen.getByRole("button", { name: "Generér økonomitjek" }));
    await waitFor(() => expect(screen.getByText("Skrev arket Økonomitjek 2025-10.")).toBeTruthy());
    expect(within(screen.getByRole("group", { name: "Problemer i sagerne" })).getByRole("list").textContent).toBe("Fejl i arket Sager september, C4: Række 4, Takst: skal udfyldes");
    expect(wb.written.map((specs) => specs.map((s) => s.name))).toEqual([["Økonomitjek 2025-10"]]);
    wb.verify();
  });

  it("Del som fil opens a new workbook with the masked Økonomitjek, busy while it works, and writes nothing", async () => {
    const u = user();
    const wb = new WorkbookDouble({ settings: {}, tables: [], opens: true, sheets: [{ name: "Sager", values: [HEADERS, ANNA] }, { name: "Sager september", values: [HEADERS, ANNA] }] });
    wrap(<OekonomitjekPanel workbook={wb} today={new Date(2025, 9, 15)} />);
    await waitFor(() => expect(screen.getAllByRole("option", { name: "Sager" }).length).toBe(2));
    await u.selectOptions(screen.getByRole("combobox", { name: "Sidste måneds kopi" }), "Sager september");
    await u.click(screen.getByRole("button", { name: "Del som fil" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe(
      "Den nye projektmappe med arket Økonomitjek 2025-10 er åbnet: kun værdier, personer som pseudonymer. Gem den, og del den.",
    ));
    expect(wb.opened).toHaveLength(1);
    expect(wb.written).toEqual([]);
  });

  it("Del som fil says in Danish when Excel cannot open the new workbook", async () => {
    const u = user();
    const wb = new WorkbookDouble({ settings: {}, tables: [], opens: new Error("PopupBlocked"), sheets: [{ name: "Sager", values: [HEADERS, ANNA] }, { name: "Sager september", values: [HEADERS, ANNA] }] });
    wrap(<OekonomitjekPanel workbook={wb} today={new Date(2025, 9, 15)} />);
    await waitFor(() => expect(screen.getAllByRole("option", { name: "Sager" }).length).toBe(2));
    await u.selectOptions(screen.getByRole("combobox", { name: "Sidste måneds kopi" }), "Sager september");
    await u.click(screen.getByRole("button", { name: "Del som fil" }));
    await waitFor(() => expect(screen.getByText(/Excel kunne ikke åbne den nye projektmappe/)).toBeTruthy());
  });
});

describe("OverblikPanel: Del porteføljen som fil", () => {
  it("opens a new workbook with the masked Portefølje and writes nothing", async () => {
    const u = user();
    const wb = new WorkbookDouble({ settings: {}, tables: [], opens: true, sheets: [{ name: "Sager", values: [HEADERS, ANNA] }] });
    wrap(<OverblikPanel workbook={wb} defaultYear={2025} />);
    await waitFor(() => expect(screen.getByRole("option", { name: "Sager" })).toBeTruthy());
    await u.click(screen.getByRole("button", { name: "Del porteføljen som fil" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Den nye projektmappe med arket Portefølje 2025 er åbnet/));
    expect(wb.opened).toHaveLength(1);
    expect(wb.written).toEqual([]);
  });
  it("opens a new workbook with the masked Leverandører and writes nothing", async () => {
    const u = user();
    const wb = new WorkbookDouble({ settings: {}, tables: [], opens: true, sheets: [{ name: "Sager", values: [HEADERS, ANNA] }] });
    wrap(<OverblikPanel workbook={wb} defaultYear={2025} />);
    await waitFor(() => expect(screen.getByRole("option", { name: "Sager" })).toBeTruthy());
    await u.click(screen.getByRole("button", { name: "Del leverandørerne som fil" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Den nye projektmappe med arket Leverandører 2025 er åbnet/));
    expect(wb.opened).toHaveLength(1);
    expect(wb.written).toEqual([]);
  });
});
