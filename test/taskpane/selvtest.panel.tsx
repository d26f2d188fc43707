/** @jest-environment jsdom */
// "Kontrollér Excel" on the Oversigt panel: the button runs the self-test through the Office adapter on
// the Excel double, the report lists each check ✓/✗ with its reason, and "Kopiér rapport" copies the
// report's text — which holds nothing of the workbook — or shows it to copy by hand.
import * as React from "react";
import { screen, waitFor } from "@testing-library/react";
import { excelSelvtest } from "../../src/excel/selvtest";
import { OversigtPanel } from "../../src/taskpane/OversigtPanel";
import { ExcelDouble } from "../support/excelDouble";
import { dropSelvtestHost, useSelvtestHost, withFault } from "../support/selvtest";
import { WorkbookDouble } from "../support/workbookDouble";
import { user, wrap } from "../support/panel";

afterEach(dropSelvtestHost);

function excel() {
  const wb = new ExcelDouble([{ name: "Sager Ærø", cells: { A1: "010190-1234" } }]);
  useSelvtestHost(wb, { diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.19328.42000" } });
  return wb;
}

describe("Oversigt: Kontrollér Excel", () => {
  it("shows each check with ✓/✗ and its reason, and copies a report without workbook data", async () => {
    const u = user();
    const wb = excel();
    const before = wb.snapshot();
    wrap(<OversigtPanel workbook={new WorkbookDouble({ settings: {} })} selvtest={withFault(excelSelvtest, { method: "freezeRows", answer: 0 })} />);
    await u.click(screen.getByRole("button", { name: "Kontrollér Excel" }));
    await waitFor(() => expect(screen.getByText("12 af 13 kontroller i orden.")).toBeTruthy());
    expect(screen.getByText("Excel: Excel · Excel på nettet · version 16.0.19328.42000 · Styringsark (ukendt version)")).toBeTruthy();
    const checks = screen.getByRole("list", { name: "Kontroller" });
    expect(checks.querySelectorAll("li")).toHaveLength(13);
    expect(checks.textContent).toContain("✗ Frys ruder: Ruderne kunne ikke fryses: Excel melder 0 frosne rækker, forventet 1.");
    expect(checks.textContent).toContain("✓ Kladdearket slettes igen: Kladdearket er slettet.");
    expect(screen.getByRole("list", { name: "Kravsæt" }).textContent).toContain("✓ ExcelApi 1.12");
    expect(wb.snapshot()).toEqual(before);

    await u.click(screen.getByRole("button", { name: "Kopiér rapport" }));
    await waitFor(() => expect(screen.getByText("Rapporten er kopieret. Den indeholder ingen data fra arbejdsbogen.")).toBeTruthy());
    const copied = await navigator.clipboard.readText();
    expect(copied.split("\n").slice(0, 5)).toEqual([
      "Styringsark – Kontrollér Excel", "Styringsark-version: ukendt", "Program: Excel", "Platform: Excel på nettet", "Version: 16.0.19328.42000",
    ]);
    expect(copied).toContain("Kontroller (12 af 13 i orden):\n");
    expect(copied).toContain("✗ Frys ruder: Ruderne kunne ikke fryses: Excel melder 0 frosne rækker, forventet 1.");
    for (const secret of ["Sager", "Ærø", "010190"]) expect(copied).not.toContain(secret);
  });

  it("shows the report's text to copy by hand when the clipboard is not allowed", async () => {
    const u = user();
    excel();
    wrap(<OversigtPanel workbook={new WorkbookDouble({ settings: {} })} selvtest={excelSelvtest} />);
    await u.click(screen.getByRole("button", { name: "Kontrollér Excel" }));
    await waitFor(() => expect(screen.getByText("13 af 13 kontroller i orden.")).toBeTruthy());
    const spy = jest.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new DOMException("Write permission denied.", "NotAllowedError"));
    try {
      await u.click(screen.getByRole("button", { name: "Kopiér rapport" }));
      const box = (await screen.findByRole("textbox", { name: "Rapporten som tekst" })) as HTMLTextAreaElement;
      expect(box.value.startsWith("Styringsark – Kontrollér Excel\n")).toBe(true);
      expect(box.value).toContain("Kontroller (13 af 13 i orden):");
      expect(box.readOnly).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });

  it("is not offered without the host's checks (a panel shown outside Excel)", () => {
    wrap(<OversigtPanel workbook={new WorkbookDouble({ settings: {} })} />);
    expect(screen.queryByRole("button", { name: "Kontrollér Excel" })).toBeNull();
  });
});
