// Page for the real-browser test: the real task pane App, whose flows run against an in-memory
// workbook (fakeActions.ts) holding the tables the test injects (window.__fakeTables).
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import type { Workbook } from "../../src/flows/workbook";
import { slicing } from "../../src/flows/steps";
import { largePair } from "./largeTables";
import { createFakeSelvtest, createFakeWorkbook, type FakeCalls, type FakeTable } from "./fakeActions";

declare global {
  interface Window {
    __fakeTables: FakeTable[];
    __fakeCalls: FakeCalls;
    __fakeExcel: Workbook;
  }
}

// ?stor=N: the workbook holds the two N-row case sheets of largePair (made here, not passed in);
// ?trin=fra: the actions run their work in one piece, as before they were stepwise (the measurement
// shows it can see a freeze).
const query = new URLSearchParams(location.search);
const large = Number(query.get("stor") ?? 0);
if (large > 0) window.__fakeTables = largePair(large);
if (query.get("trin") === "fra") slicing.ms = Infinity;

window.__fakeCalls = { selectCell: [], saveSetting: [], generated: [], addTables: [] };
window.__fakeExcel = createFakeWorkbook(window.__fakeTables ?? [], window.__fakeCalls);
createRoot(document.getElementById("root") as HTMLElement).render(
  <FluentProvider theme={webLightTheme}>
    <App workbook={window.__fakeExcel} selvtest={createFakeSelvtest()} />
  </FluentProvider>,
);
