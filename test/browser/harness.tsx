// Page for the real-browser test: the real task pane App, whose flows run against an in-memory
// workbook (fakeActions.ts) holding the tables the test injects (window.__fakeTables).
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import type { Workbook } from "../../src/flows/workbook";
import { runInSteps, slicing } from "../../src/flows/steps";
import { largePair } from "./largeTables";
import { createFakeSelvtest, createFakeWorkbook, type FakeCalls, type FakeTable } from "./fakeActions";

declare global {
  interface Window {
    __fakeTables: FakeTable[];
    __fakeCalls: FakeCalls;
    __fakeExcel: Workbook;
    __reference: () => Promise<number>;
  }
}

// ?stor=N: the workbook holds the two N-row case sheets of largePair (made here, not passed in);
// ?trin=fra: the actions run their work in one piece, as before they were stepwise (the measurement
// shows it can see a freeze).
const query = new URLSearchParams(location.search);
const large = Number(query.get("stor") ?? 0);
if (large > 0) window.__fakeTables = largePair(large);
if (query.get("trin") === "fra") slicing.ms = Infinity;

// The load's yardstick (pane.browser.ts): a fixed computation of tiny steps run in the actions' 30 ms
// slices; its longest slice, wall time, is what the machine's load makes of a 30 ms slice right now.
window.__reference = async () => {
  let longest = 0;
  let last = performance.now();
  function* work(): Generator<void, number> {
    let x = 0;
    for (let i = 0; i < 3000; i++) {
      for (let k = 0; k < 20000; k++) x = (x * 31 + k) % 1000003;
      yield;
    }
    return x;
  }
  const pause = async () => {
    longest = Math.max(longest, performance.now() - last);
    await new Promise((r) => setTimeout(r, 0));
    last = performance.now();
  };
  await runInSteps(work(), { sliceMs: 30, pause });
  return Math.max(longest, performance.now() - last);
};

window.__fakeCalls = { selectCell: [], saveSetting: [], generated: [], addTables: [] };
window.__fakeExcel = createFakeWorkbook(window.__fakeTables ?? [], window.__fakeCalls);
createRoot(document.getElementById("root") as HTMLElement).render(
  <FluentProvider theme={webLightTheme}>
    <App workbook={window.__fakeExcel} selvtest={createFakeSelvtest()} />
  </FluentProvider>,
);
