// dist/manifest.xml for a kommune's server (tools/deployManifest.js, used by webpack.config.js): every
// URL on STYRINGSARK_URL, the AppDomain its origin, the functions' script at the hashed bundle, no
// localhost left, and an address Office cannot load refused with a Danish reason. The build itself is
// checked in test/deep/bundle.deep.ts (hashes, version) and test/deep/deploy.deep.ts (a build
// with a URL).
import { readFileSync } from "fs";
import path from "path";
import { checkManifest } from "../../src/cli/manifest-check";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS shared with webpack.config.js
const { deployManifest, manifestVersion } = require("../../tools/deployManifest") as {
  deployManifest: (xml: string, o: { url?: string; functionsScript?: string }) => string;
  manifestVersion: (xml: string) => string;
};

const SOURCE = readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
const SCRIPT = "functions.0123456789abcdef.js";

/** Every URL in a DefaultValue attribute or an AppDomain. */
const urls = (xml: string) => [
  ...[...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]),
  ...[...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]),
];

describe("the manifest for the kommune's server", () => {
  it.each(["https://excel.kommune.dk/styringsark/", "https://excel.kommune.dk/styringsark"])("puts every URL on %s and none on localhost", (url) => {
    const xml = deployManifest(SOURCE, { url, functionsScript: SCRIPT });
    expect(xml).not.toMatch(/localhost/i);
    const found = urls(xml);
    // Icons (5), support, source location, functions script/metadata, task pane, the AppDomain; and Microsoft's "learn more".
    expect(found.filter((u) => u.startsWith("https://excel.kommune.dk/styringsark/"))).toHaveLength(10);
    expect(found.filter((u) => !u.startsWith("https://excel.kommune.dk/styringsark/"))).toEqual(["https://go.microsoft.com/fwlink/?LinkId=276812", "https://excel.kommune.dk"]);
    expect(xml).toContain('<bt:Url id="Functions.Script.Url" DefaultValue="https://excel.kommune.dk/styringsark/functions.0123456789abcdef.js"/>');
    expect(xml).toContain('<bt:Url id="Functions.Metadata.Url" DefaultValue="https://excel.kommune.dk/styringsark/functions.json"/>');
    expect(xml).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://excel.kommune.dk/styringsark/taskpane.html"/>');
    expect(xml).toContain("<AppDomain>https://excel.kommune.dk</AppDomain>");
    // Still a manifest Office accepts (the offline check of npm run validate).
    expect(checkManifest(xml)).toEqual([]);
  });

  it("keeps the development host when no URL is given (a build for CI or the dev server)", () => {
    const xml = deployManifest(SOURCE, { functionsScript: SCRIPT });
    expect(xml).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>');
    expect(xml).toContain('DefaultValue="https://localhost:3000/functions.0123456789abcdef.js"');
    expect(deployManifest(SOURCE, {})).toBe(SOURCE);
  });

  it.each([
    ["http://excel.kommune.dk/", 'STYRINGSARK_URL skal bruge https (Office indlæser kun tilføjelsesprogrammer over https), men er "http://excel.kommune.dk/"'],
    ["https://localhost:8443/", 'STYRINGSARK_URL skal være kommunens egen server, ikke "https://localhost:8443/"'],
    ["excel.kommune.dk", 'STYRINGSARK_URL er ikke en gyldig adresse: "excel.kommune.dk" (skriv fx https://excel.kommune.dk/styringsark/)'],
    ["https://excel.kommune.dk/?v=2", 'STYRINGSARK_URL må ikke have ? eller #, men er "https://excel.kommune.dk/?v=2"'],
  ])("refuses %s", (url, message) => {
    expect(() => deployManifest(SOURCE, { url, functionsScript: SCRIPT })).toThrow(message);
  });

  it("takes the version from manifest.xml's <Version>, the one place it is written", () => {
    expect(manifestVersion(SOURCE)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(manifestVersion(SOURCE.replace(/<Version>[^<]*<\/Version>/, "<Version>2.3.0.1</Version>"))).toBe("2.3.0.1");
    expect(() => manifestVersion("<OfficeApp/>")).toThrow("manifest.xml har ingen <Version>");
  });
});
