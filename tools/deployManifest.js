// The manifest that ships in dist/: manifest.xml with the development host (https://localhost:3000)
// replaced by the kommune's own https address, and the custom functions' script pointing at the
// content-hashed bundle the build wrote. Plain CommonJS: webpack.config.js loads it without
// TypeScript, and test/deploy checks it. docs/udrulning.md says how IT uses the result.
//
// Why these files keep their names and only the bundles are hashed: Office loads the add-in from the
// URLs in the manifest (taskpane.html for the task pane and the shared runtime, functions.json for
// the custom functions' metadata), so those names must stay put; the scripts are referenced from
// taskpane.html, which the server sends with no-cache, so a new build's scripts — new names — are
// fetched at once while unchanged ones stay cached. <Script> is required in a custom functions
// extension point; in a shared runtime the code runs from the page (taskpane.html loads the
// functions bundle), so it names the hashed functions bundle, which exists.
// ("Configure your Office Add-in to use a shared runtime",
// https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime;
// "Manually create JSON metadata for custom functions",
// https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json)

const DEV_ORIGIN = "https://localhost:3000";

/** The production base URL from STYRINGSARK_URL: https, ending in "/"; throws a Danish error otherwise. */
function baseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`STYRINGSARK_URL er ikke en gyldig adresse: "${raw}" (skriv fx https://excel.kommune.dk/styringsark/)`);
  }
  if (url.protocol !== "https:") throw new Error(`STYRINGSARK_URL skal bruge https (Office indlæser kun tilføjelsesprogrammer over https), men er "${raw}"`);
  if (url.hostname === "localhost" || url.hostname === "127.0.0.1") throw new Error(`STYRINGSARK_URL skal være kommunens egen server, ikke "${raw}"`);
  if (url.search || url.hash) throw new Error(`STYRINGSARK_URL må ikke have ? eller #, men er "${raw}"`);
  const path = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return { base: `${url.origin}${path}`, origin: url.origin };
}

/** The manifest's <Version> (n.n.n.n), the one place the add-in's version is written. */
function manifestVersion(xml) {
  const m = /<Version>\s*([^<\s]+)\s*<\/Version>/.exec(String(xml));
  if (!m) throw new Error("manifest.xml har ingen <Version>");
  return m[1];
}

/**
 * The manifest for `url` (STYRINGSARK_URL; undefined keeps the development host) with the custom
 * functions' script at `functionsScript` (the hashed bundle's file name).
 */
function deployManifest(xml, { url, functionsScript }) {
  let out = String(xml);
  const target = url === undefined ? { base: `${DEV_ORIGIN}/`, origin: DEV_ORIGIN } : baseUrl(url);
  // Every URL below the development host, then the bare origin (AppDomain).
  out = out.split(`${DEV_ORIGIN}/`).join(target.base).split(DEV_ORIGIN).join(target.origin);
  if (functionsScript) {
    const script = /(<bt:Url\s+id="Functions\.Script\.Url"\s+DefaultValue=")[^"]*(")/;
    if (!script.test(out)) throw new Error("manifest.xml har ingen bt:Url Functions.Script.Url");
    out = out.replace(script, `$1${target.base}${functionsScript}$2`);
  }
  if (url !== undefined && /localhost/i.test(out)) throw new Error("dist/manifest.xml nævner stadig localhost");
  return out;
}

module.exports = { deployManifest, manifestVersion, baseUrl, DEV_ORIGIN };
