// CPR never leaves the workbook (docs/domain.md §7): the built bundles make no network calls
// (fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource) outside a short allow-list, and the
// task pane page declares a Content-Security-Policy limiting scripts and connections.
import { execSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import path from "path";

const dist = path.resolve(__dirname, "../../dist");
const NETWORK = /\b(fetch\s*\(|XMLHttpRequest|sendBeacon|new\s+WebSocket|EventSource)\b/g;
/** Known library code paths that never run with workbook data; each entry says why it is allowed. */
const ALLOWED: { file: string; pattern: RegExp; why: string }[] = [];

beforeAll(() => {
  if (!existsSync(path.join(dist, "taskpane.js")) || !existsSync(path.join(dist, "taskpane.html"))) {
    execSync("npx webpack --mode production", { stdio: "ignore", cwd: path.resolve(__dirname, "../..") });
  }
}, 300000);

describe("built bundles", () => {
  it.each(["taskpane.js", "functions.js"])("%s makes no network calls", (file) => {
    const text = readFileSync(path.join(dist, file), "utf8");
    const hits = [...text.matchAll(NETWORK)]
      .map((m) => ({ what: m[0], context: text.slice(Math.max(0, m.index! - 80), m.index! + 80) }))
      .filter((h) => !ALLOWED.some((a) => a.file === file && a.pattern.test(h.context)));
    expect(hits).toEqual([]);
  });

  it("task pane page declares a CSP with scripts only from self and Office, and connect-src 'self'", () => {
    const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives["connect-src"]).toEqual(["'self'"]);
    expect(directives["default-src"]).toEqual(["'self'"]);
    // Every script the page loads comes from those origins.
    // The build minifies the page, so attribute quotes are optional.
    const sources = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(sources).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "functions.js", "taskpane.js"]);
    for (const src of sources) {
      expect(src.startsWith("https://appsforoffice.microsoft.com/") || !/^[a-z]+:/i.test(src)).toBe(true);
    }
  });
});
