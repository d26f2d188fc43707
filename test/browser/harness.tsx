// Page for the real-browser test: the real task pane App, whose flows run against an in-memory
// workbook (fakeActions.ts) holding the tables the test injects (window.__fakeTables).
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import type { Workbook } from "../../src/flows/workbook";
import { createFakeSelvtest, createFakeWorkbook, type FakeCalls, type FakeTable } from "./fakeActions";

declare global {
  interface Window {
    __fakeTables: FakeTable[];
    __fakeCalls: FakeCalls;
    __fakeExcel: Workbook;
  }
}

window.__fakeCalls = { selectCell: [], saveSetting: [], generated: [], addTables: [] };
window.__fakeExcel = createFakeWorkbook(window.__fakeTables ?? [], window.__fakeCalls);
createRoot(document.getElementById("root") as HTMLElement).render(
  <FluentProvider theme={webLightTheme}>
    <App workbook={window.__fakeExcel} selvtest={createFakeSelvtest()} />
  </FluentProvider>,
);
