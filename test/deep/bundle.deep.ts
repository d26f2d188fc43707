// CPR never leaves the workbook (docs/domain.md §7): the bundles built from the current sources make
// no network calls and open no other way out (fetch, XMLHttpRequest, sendBeacon, WebSocket,
// EventSource, image beacons, worker imports, new windows, form submission) outside a short
// allow-list (test/support/networkScan.ts, whose patterns test/security/bundle.test.ts proves), and
// the task pane page declares a Content-Security-Policy limiting scripts, connections, images and
// form targets. Here and not in `npm test` because it needs the production build: CI runs it right
// after `npm run build` (dist/ is then current and used as is); run alone, it builds the bundle once.
import { readFileSync } from "fs";
import path from "path";
import { bundleScripts, freshBundle } from "../support/freshBundle";
import { ALLOWED, networkHits } from "../support/networkScan";

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
