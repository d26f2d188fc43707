// Rendering a task-pane panel and acting on it as a user does (@testing-library/user-event).
import * as React from "react";
import { configure, render, screen } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { createDOMRenderer, FluentProvider, RendererProvider, webLightTheme } from "@fluentui/react-components";

// On a shared 2-core machine a Fluent panel can take over a second to settle: waitFor's default of
// 1 s made these tests flaky without anything being wrong, and at load 15–20 (several suites at once)
// even 5 s was overrun; the same 10 s as test/support/asyncTimeout.ts.
// Queries do not walk up the tree asking getComputedStyle whether each candidate is visible (that
// walk was most of these tests' time): with Fluent's rules outside the page (below) jsdom could only
// judge the `hidden` attribute, which the tests assert directly where it matters.
configure({ asyncUtilTimeout: 10_000, defaultHidden: true });

// Fluent's style rules go to a document of their own instead of the page's. jsdom applies only part
// of CSS, and every accessible-name computation asked getComputedStyle, which matches each element
// against every one of Fluent's hundreds of rules: most of the panel tests' time, for a visibility
// jsdom cannot judge. What is hidden is asserted through the `hidden` attribute, and layout and CSS
// are tested in Chromium (test/browser).
const styleSink = document.implementation.createHTMLDocument("Fluent-stilarter");
const renderer = createDOMRenderer(styleSink);
// The one Fluent rule an accessible name depends on: a Tab repeats its label in a span kept
// invisible (it reserves the width of the bold label), so without it every tab would be named twice.
const reserved = document.createElement("style");
reserved.textContent = ".fui-Tab__content--reserved-space { visibility: hidden; }";
document.head.appendChild(reserved);

// jsdom has no layout and so no ResizeObserver; the navigation's overflow (Fluent's Overflow) asks for
// one. A browser reports an element's size once when it is first observed: so does this one, at once
// (inside React's act). In jsdom every width is 0, so every tab but the shown one goes to the "Flere"
// menu; how the row really fits is measured in Chromium (test/browser/layout.browser.ts).
globalThis.ResizeObserver ??= class {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element): void {
    this.callback([{ target } as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve(): void {}
  disconnect(): void {}
};

// jsdom computes a style by matching the element against each rule of its default style sheet (some
// hundreds) on every call, and the accessible-name computation of every role query and Fluent's
// positioning ask it again and again for the same elements while nothing changed in between: a
// seventh of the panel tests' CPU. What getComputedStyle returns depends only on the document's tree,
// attributes (inline styles are the style attribute) and style sheets, so a result is kept until any
// of them changes: jsdom counts every change of the tree or of an attribute in the document's
// `_version` (also a change inside an element: each ancestor's count goes up), and the style sheets
// are counted with their rules. A detached element is computed afresh each time.
const implOf = (node: Node): { _version: number } | undefined => {
  const impl = Object.getOwnPropertySymbols(node).find((s) => s.description === "impl");
  return impl && (node as unknown as Record<symbol, { _version: number }>)[impl];
};
const documentImpl = implOf(document);
if (documentImpl && typeof documentImpl._version === "number") {
  const computed = window.getComputedStyle.bind(window);
  let kept = new WeakMap<Element, CSSStyleDeclaration>();
  let keptAt = "";
  window.getComputedStyle = (elt: Element, pseudoElt?: string | null): CSSStyleDeclaration => {
    if (pseudoElt || !elt.isConnected || elt.ownerDocument !== document) return computed(elt, pseudoElt);
    let state = String(documentImpl._version);
    for (const sheet of document.styleSheets) state += `,${sheet.cssRules.length}`;
    if (state !== keptAt) {
      kept = new WeakMap();
      keptAt = state;
    }
    let style = kept.get(elt);
    if (style === undefined) kept.set(elt, (style = computed(elt)));
    return style;
  };
}

/** A panel (or the whole App) inside Fluent's providers, as src/taskpane/index.tsx renders it. */
export const wrap = (ui: React.ReactElement) =>
  render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      <FluentProvider theme={webLightTheme}>{ui}</FluentProvider>
    </RendererProvider>,
  );

export type User = ReturnType<typeof userEvent.setup>;

// No delay between keys and no pointer-events check (it calls getComputedStyle up the tree per event).
export const user = (): User => userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

/** Replaces a field's text as a user does: clear it, then paste (one input event instead of one per key). */
export async function fill(u: User, box: HTMLElement, value: string): Promise<void> {
  await u.clear(box);
  if (value !== "") await u.paste(value);
}

export const textbox = (name: string | RegExp) => screen.getByRole("textbox", { name });
