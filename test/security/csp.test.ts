// The task pane page's Content-Security-Policy as written in the source (docs/security.md).
// `frame-ancestors` is ignored in a <meta> (MDN "CSP: frame-ancestors": not supported in the <meta>
// element), so it must not pretend to protect the page there; it belongs in an HTTP header.
import { readFileSync } from "fs";
import path from "path";

const html = readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));

describe("task pane Content-Security-Policy", () => {
  it("has no frame-ancestors in the meta (it would have no effect there)", () => {
    expect(csp).not.toBe("");
    expect(directives["frame-ancestors"]).toBeUndefined();
  });

  it("allows scripts only from self and Office.js's CDN, and nothing out", () => {
    expect(directives["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives["connect-src"]).toEqual(["'self'"]);
    expect(directives["form-action"]).toEqual(["'none'"]);
    expect(directives["base-uri"]).toEqual(["'self'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
  });

  it("loads Office.js from the CDN the policy allows", () => {
    expect(html).toContain('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
  });
});
