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

// jsdom computes a style by matching the element against each rule of its default style sheet (120)
// on every call, and once more for each ancestor to resolve `visibility`, which is inherited; the
// accessible-name computation of every role query and Fluent's positioning ask it again and again for
// the same elements while nothing changed in between: a seventh of the panel tests' CPU. The same
// computation is done here as jsdom 20 does it (the rules of its default sheet, then the document's,
// in order, with jsdom's own selector matcher; `visibility` from the last rule or inline style that
// sets it, else the parent's), but each element's matching rules and visibility are kept until the
// document's tree, attributes (inline styles are the style attribute) or style sheets change: jsdom
// counts every change of the tree or of an attribute in the document's `_version` (a change inside an
// element raises each ancestor's count), the style sheets are counted with their rules, and the focus
// is compared (the default sheet's :focus and :active rules depend on it). A detached element, or a
// pseudo-element, is left to jsdom. `CHECK_COMPUTED_STYLE=1 npx jest test/taskpane/panels.test.tsx`
// compares every result with jsdom's own and fails on any difference (none in the panel tests).
type Rule = { selectorText?: string; media?: ArrayLike<string>; cssRules?: ArrayLike<Rule>; style: CSSStyleDeclaration };
const implOf = (node: Node): { _version: number; _nwsapiDontThrow?: { match(selector: string, el: Element): boolean } } | undefined => {
  const impl = Object.getOwnPropertySymbols(node).find((s) => s.description === "impl");
  return impl && (node as unknown as Record<symbol, { _version: number }>)[impl];
};
const documentImpl = implOf(document);
const jsdomComputed = window.getComputedStyle.bind(window);
// jsdom's matcher for style rules is made at its first computed style.
jsdomComputed(document.documentElement);
const matcher = documentImpl?._nwsapiDontThrow;
if (documentImpl && typeof documentImpl._version === "number" && matcher) {
  /* eslint-disable @typescript-eslint/no-require-imports -- jsdom's own CommonJS parts, without type declarations */
  const { CSSStyleDeclaration: Declaration } = require("cssstyle") as { CSSStyleDeclaration: new () => CSSStyleDeclaration };
  const cssom = require("cssom") as { parse(text: string): { cssRules: ArrayLike<Rule> } };
  const uaRules = cssom.parse(require("jsdom/lib/jsdom/browser/default-stylesheet") as string).cssRules;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const matches = (rule: Rule, el: Element): boolean => rule.selectorText !== undefined && matcher.match(rule.selectorText, el);
  let rulesOf = new WeakMap<Element, Rule[]>();
  let visibilityOf = new WeakMap<Element, string>();
  let keptAt = "";
  let keptFocus: Element | null = null;
  const current = (): void => {
    let state = `${documentImpl._version},${document.hasFocus()}`;
    for (const sheet of document.styleSheets) state += `,${sheet.cssRules.length}`;
    if (state !== keptAt || document.activeElement !== keptFocus) {
      rulesOf = new WeakMap();
      visibilityOf = new WeakMap();
      keptAt = state;
      keptFocus = document.activeElement;
    }
  };
  const matching = (el: Element): Rule[] => {
    let rules = rulesOf.get(el);
    if (rules === undefined) {
      rules = [];
      const sheet = (list: ArrayLike<Rule>) => {
        for (const rule of Array.from(list)) {
          if (rule.media) {
            if (Array.from(rule.media).includes("screen")) for (const inner of Array.from(rule.cssRules ?? [])) if (matches(inner, el)) rules!.push(inner);
          } else if (matches(rule, el)) rules!.push(rule);
        }
      };
      sheet(uaRules);
      for (const s of document.styleSheets) sheet(s.cssRules as unknown as ArrayLike<Rule>);
      rulesOf.set(el, rules);
    }
    return rules;
  };
  const visibility = (el: Element): string => {
    let v = visibilityOf.get(el);
    if (v === undefined) {
      v = "";
      for (const rule of matching(el)) {
        const x = rule.style.getPropertyValue("visibility");
        if (x !== "") v = x;
      }
      const inline = (el as HTMLElement).style?.getPropertyValue("visibility");
      if (inline !== "" && inline !== null && inline !== undefined) v = inline;
      if (v === "") v = el.parentElement !== null ? visibility(el.parentElement) : "visible";
      visibilityOf.set(el, v);
    }
    return v;
  };
  // Building a declaration (cssstyle parses each value and rewrites the whole text at each property)
  // was most of the cost: elements with the same rules, inline style and visibility share one, built
  // once (the callers only read it). The rules are told apart by their place in the sheets.
  const ruleIds = new Map<Rule, number>();
  let declarations = new Map<string, CSSStyleDeclaration>();
  let declarationsAt = "";
  window.getComputedStyle = (elt: Element, pseudoElt?: string | null): CSSStyleDeclaration => {
    if (pseudoElt || !elt.isConnected || elt.ownerDocument !== document) return jsdomComputed(elt, pseudoElt);
    current();
    const sheets = keptAt.slice(keptAt.indexOf(",", keptAt.indexOf(",") + 1));
    if (sheets !== declarationsAt) {
      declarations = new Map();
      ruleIds.clear();
      declarationsAt = sheets;
    }
    const rules = matching(elt);
    const style = (elt as HTMLElement).style;
    const vis = visibility(elt);
    let signature = `${vis}|${style ? style.cssText : ""}|`;
    for (const rule of rules) {
      let id = ruleIds.get(rule);
      if (id === undefined) ruleIds.set(rule, (id = ruleIds.size));
      signature += `${id},`;
    }
    let out = declarations.get(signature);
    if (out === undefined) {
      out = new Declaration();
      for (const rule of rules) for (const p of Array.from(rule.style)) out.setProperty(p, rule.style.getPropertyValue(p), rule.style.getPropertyPriority(p));
      out.setProperty("visibility", vis);
      if (style) for (const p of Array.from(style)) out.setProperty(p, style.getPropertyValue(p), style.getPropertyPriority(p));
      declarations.set(signature, out);
    }
    // The proof that this is jsdom's computation (see above), asked for by the environment.
    if (process.env.CHECK_COMPUTED_STYLE) {
      const theirs = jsdomComputed(elt);
      if (theirs.cssText !== out.cssText || theirs.length !== out.length) throw new Error(`computed style differs for <${elt.tagName}>: ${theirs.cssText} | ${out.cssText}`);
    }
    return out;
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
