/** @jest-environment jsdom */
// Every task-pane panel test in one jest file (see test/support/together.ts): a fresh jsdom and
// Fluent UI cost ~3,6 s CPU per jest file. The tests live in the `*.panel.tsx` files beside this one,
// one per subject; a new one runs without being listed here.
import { webcrypto } from "crypto";
// Loaded here, at the top level, so the library's automatic clean-up after each test (an afterEach it
// registers when first loaded) covers every panel file, not only the first one loaded below.
import "@testing-library/react";
import { runTogether } from "../support/together";

// jsdom has no Web Crypto; the task pane's browsers do (the pseudonym secret is made with it).
if (typeof globalThis.crypto?.getRandomValues !== "function") Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });

runTogether(__dirname, ".panel.tsx", 7);
