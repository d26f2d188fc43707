// `STYRINGSARK_URL=https://… npm run build` for a kommune's own server (docs/udrulning.md): a whole
// production build with the URL, then dist/ as IT receives it — no localhost in any file, every
// manifest URL on the kommune's address, taskpane.html loading the content-hashed scripts that are
// there, the manifest's version, and a manifest `npm run validate` accepts. A cold build takes a few
// minutes on a shared machine, so it runs in the deep suite (CI runs it); the fast checks of the
// manifest are test/manifest/deploy.test.ts.
import { readdirSync, readFileSync, statSync } from "fs";
import path from "path";
import { checkManifest } from "../../src/cli/manifest-check";
import { buildBundle, bundleScripts } from "../support/freshBundle";

const URL = "https://excel.eksempel-kommune.dk/styringsark/";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? files(path.join(dir, f)).map((g) => `${f}/${g}`) : [f]));
}

describe("dist/ built for the kommune's server", () => {
  let dist: string;
  beforeAll(() => {
    dist = buildBundle({ STYRINGSARK_URL: URL });
  }, 900000);

  it("names localhost nowhere", () => {
    const all = files(dist);
    expect(all).toEqual(expect.arrayContaining(["manifest.xml", "taskpane.html", "functions.json", "assets/icon-32.png"]));
    for (const f of all) expect([f, readFileSync(path.join(dist, f), "latin1").includes("localhost")]).toEqual([f, false]);
  });

  it("points the manifest at the kommune's address and at scripts that exist, with the source's version", () => {
    const manifest = readFileSync(path.join(dist, "manifest.xml"), "utf8");
    const { taskpane, functions } = bundleScripts(dist);
    expect(manifest).toContain(`<bt:Url id="Taskpane.Url" DefaultValue="${URL}taskpane.html"/>`);
    expect(manifest).toContain(`<bt:Url id="Functions.Script.Url" DefaultValue="${URL}${functions}"/>`);
    expect(manifest).toContain(`<bt:Url id="Functions.Metadata.Url" DefaultValue="${URL}functions.json"/>`);
    expect(manifest).toContain("<AppDomain>https://excel.eksempel-kommune.dk</AppDomain>");
    const version = /<Version>([^<]+)<\/Version>/.exec(readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8"))![1];
    expect(manifest).toContain(`<Version>${version}</Version>`);
    expect(checkManifest(manifest)).toEqual([]);
    // taskpane.html loads Office.js and the two hashed scripts, relative to itself.
    const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const sources = [...html.matchAll(/<script\b[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]);
    expect(sources).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", functions, taskpane]);
    expect(readFileSync(path.join(dist, taskpane), "utf8")).toContain(JSON.stringify(version));
  });
});
