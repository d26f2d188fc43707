/** @jest-environment jsdom */
// Every task-pane panel test, run in one jest file: each test file pays for a fresh jsdom and for
// loading Fluent UI (together ~3.6 s CPU), which was a third of the suite when each panel had its own
// file. The tests live in the `*.panel.tsx` files beside this one, one per subject; a new panel test
// goes into such a file and is imported here (jest only runs files named `*.test.*`).
import { webcrypto } from "crypto";
import { readdirSync, readFileSync } from "fs";
// jsdom has no Web Crypto; the task pane's browsers do (the pseudonym secret is made with it).
if (typeof globalThis.crypto?.getRandomValues !== "function") Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });
import "./App.panel";
import "./BudgetmodelPanels.panel";
import "./disponeringPanel.panel";
import "./maskCprSetting.panel";
import "./messages.panel";
import "./overviewPanels.panel";
import "./prognosePanels.panel";

it("imports every *.panel.tsx beside it (a panel file not imported here would never run)", () => {
  const panels = readdirSync(__dirname).filter((f) => f.endsWith(".panel.tsx"));
  const imported = [...readFileSync(__filename, "utf8").matchAll(/^import "\.\/(.+)";$/gm)].map((m) => `${m[1]}.tsx`);
  expect(imported.sort()).toEqual(panels.sort());
});
