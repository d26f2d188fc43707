// The real manifest must pass the offline checks; each mutated copy must fail with exactly the
// problem it was built to provoke (and nothing else), so a check that silently stops working — or
// starts reporting noise — fails here.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import {
  checkManifest,
  devServerAssets,
  findManifestProblems,
  manifestMsg,
  summarizeManifest,
  type ManifestProblem,
} from "../../src/cli/manifest-check";
import { ICON_SIZES, renderIconPixels } from "../../src/cli/make-icons";
import { validateManifestCli } from "../../src/cli/validate-manifest";

const ROOT = join(__dirname, "..", "..");
const MANIFEST_PATH = join(ROOT, "manifest.xml");
const MANIFEST = readFileSync(MANIFEST_PATH, "utf8");

/** The manifest with `from` replaced by `to`; `from` must occur exactly once, or the mutation would test nothing. */
function mutate(from: string, to: string, xml = MANIFEST): string {
  const first = xml.indexOf(from);
  if (first < 0 || xml.indexOf(from, first + 1) >= 0) throw new Error(`"${from}" must occur exactly once`);
  return xml.replace(from, to);
}

/** 1-based line of the first occurrence of `needle` in the real manifest. */
function lineOf(needle: string): number {
  return MANIFEST.slice(0, MANIFEST.indexOf(needle)).split("\n").length;
}

function p(code: ManifestProblem["code"], message: string): ManifestProblem {
  return { code, message };
}

const RUNTIMES_BLOCK = `        <Runtimes>
          <Runtime resid="Taskpane.Url" lifetime="long"/>
        </Runtimes>
`;

describe("the real manifest.xml", () => {
  it("has no problems", () => {
    expect(findManifestProblems(MANIFEST)).toEqual([]);
    expect(checkManifest(MANIFEST)).toEqual([]);
  });

  it("declares Styringsark with namespace SOC and one shared runtime", () => {
    expect(summarizeManifest(MANIFEST)).toEqual({
      id: "3b6a7b8a-9b3c-4f01-ab7b-5acc3ce09ea3",
      version: "1.0.0.0",
      displayName: "Styringsark",
      providerName: "Styringsark",
      defaultLocale: "da-DK",
      hosts: ["Workbook"],
      functionsNamespace: "SOC",
      sharedRuntimeResid: "Taskpane.Url",
      // Images 16/32/80; Urls script, metadata, learn-more, taskpane; 5 short and 2 long texts.
      resourceCounts: { Images: 3, Urls: 4, ShortStrings: 5, LongStrings: 2 },
    });
  });

  it("points every shared-runtime entry point and the default page at the same taskpane.html", () => {
    // Taskpane.Url is used by Runtime, CustomFunctions Page, FunctionFile and ShowTaskpane (4 resids).
    expect(MANIFEST.match(/resid="Taskpane\.Url"/g)).toHaveLength(4);
    expect(MANIFEST).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>');
    expect(MANIFEST).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
  });

  it("references icons that exist in assets/ with the size their name says", () => {
    const assets = devServerAssets(MANIFEST).map((a) => a.path).sort();
    expect(assets).toEqual(["assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"]);
    for (const path of assets) {
      const size = Number(/icon-(\d+)\.png$/.exec(path)?.[1]);
      const png = decodePng(readFileSync(join(ROOT, path)));
      expect([png.width, png.height]).toEqual([size, size]);
    }
  });
});

describe("mutated manifests fail with the expected problem", () => {
  it("malformed XML (mismatched closing tag) reports the line", () => {
    const problems = findManifestProblems(
      mutate("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteDocument</Permission>"),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0].code).toBe("malformed");
    expect(problems[0].message).toMatch(new RegExp(`^Manifestet er ikke gyldig XML \\(linje ${lineOf("<Permissions>")}, kolonne \\d+\\): `));
  });

  it("an undeclared entity is not well-formed XML", () => {
    const xml = mutate("Styringsark er indlæst.", "Styringsark&nbsp;er indlæst.");
    expect(findManifestProblems(xml)).toEqual([
      p("undefinedEntity", `Manifestet er ikke gyldig XML (linje ${lineOf("Styringsark er indlæst.")}): entiteten &nbsp; er ikke defineret`),
    ]);
  });

  it("two root elements", () => {
    expect(findManifestProblems(MANIFEST + "<OfficeApp/>")).toEqual([p("rootCount", "Manifestet skal have præcis ét rodelement, men har 2")]);
  });

  it("top-level elements out of schema order", () => {
    const xml = mutate(
      "  <Version>1.0.0.0</Version>\n  <ProviderName>Styringsark</ProviderName>\n",
      "  <ProviderName>Styringsark</ProviderName>\n  <Version>1.0.0.0</Version>\n",
    );
    expect(findManifestProblems(xml)).toEqual([
      p("outOfOrder", "<Version> står efter <ProviderName> i <OfficeApp>, men skal ifølge skemaet stå før"),
    ]);
  });

  it("Requirements after DefaultSettings is out of order too (optional elements still have a place)", () => {
    const requirements = MANIFEST.slice(MANIFEST.indexOf("  <Requirements>"), MANIFEST.indexOf("  <DefaultSettings>"));
    const xml = mutate("  <Permissions>", requirements + "  <Permissions>", mutate(requirements, ""));
    expect(findManifestProblems(xml)).toEqual([
      p("outOfOrder", "<Requirements> står efter <DefaultSettings> i <OfficeApp>, men skal ifølge skemaet stå før"),
    ]);
  });

  it("Runtimes after AllFormFactors inside the VersionOverrides host", () => {
    const xml = mutate("        </AllFormFactors>\n", "        </AllFormFactors>\n" + RUNTIMES_BLOCK, mutate(RUNTIMES_BLOCK, ""));
    expect(findManifestProblems(xml)).toEqual([
      p("outOfOrder", "<Runtimes> står efter <AllFormFactors> i <Host>, men skal ifølge skemaet stå før"),
    ]);
  });

  it("a missing required element, a duplicated one and an unknown one", () => {
    expect(findManifestProblems(mutate("  <Permissions>ReadWriteDocument</Permissions>\n", ""))).toEqual([
      p("missingElement", "<OfficeApp> mangler det påkrævede element <Permissions>"),
    ]);
    expect(
      findManifestProblems(mutate('  <DisplayName DefaultValue="Styringsark"/>\n', '  <DisplayName DefaultValue="Styringsark"/>\n  <DisplayName DefaultValue="X"/>\n')),
    ).toEqual([p("duplicateElement", "<DisplayName> står mere end én gang i <OfficeApp>")]);
    expect(findManifestProblems(mutate("  <Permissions>", "  <Farve>teal</Farve>\n  <Permissions>"))).toEqual([
      p("unknownElement", "<Farve> er ikke et kendt element i <OfficeApp>"),
    ]);
  });

  it("root must be a TaskPaneApp OfficeApp", () => {
    expect(findManifestProblems(mutate('xsi:type="TaskPaneApp"', 'xsi:type="MailApp"'))).toEqual([
      p("rootNotTaskPane", '<OfficeApp> skal have xsi:type="TaskPaneApp", men har "MailApp"'),
    ]);
    expect(findManifestProblems('<?xml version="1.0"?><Manifest/>')).toEqual([
      p("rootNotOfficeApp", "Rodelementet skal være <OfficeApp>, men er <Manifest>"),
    ]);
  });

  it("Id that is not a GUID and a three-part Version", () => {
    expect(findManifestProblems(mutate("<Id>3b6a7b8a-9b3c-4f01-ab7b-5acc3ce09ea3</Id>", "<Id>styringsark</Id>"))).toEqual([
      p("idNotGuid", '<Id> skal være en GUID (fx 3b6a7b8a-9b3c-4f01-ab7b-5acc3ce09ea3), men er "styringsark"'),
    ]);
    expect(findManifestProblems(mutate("<Version>1.0.0.0</Version>", "<Version>1.0.0</Version>"))).toEqual([
      p("versionInvalid", '<Version> skal have formen n.n.n.n (fx 1.0.0.0), men er "1.0.0"'),
    ]);
  });

  it("an unresolved resid", () => {
    expect(findManifestProblems(mutate('<Title resid="GetStarted.Title"/>', '<Title resid="GetStarted.Titel"/>'))).toEqual([
      p("residMissing", 'resid "GetStarted.Titel" på <Title> findes ikke i Resources'),
    ]);
  });

  it("a resid of the wrong kind (a label pointing at a URL)", () => {
    expect(findManifestProblems(mutate('<Label resid="CommandsGroup.Label"/>', '<Label resid="Taskpane.Url"/>'))).toEqual([
      p("residWrongKind", 'resid "Taskpane.Url" på <Label> findes i bt:Urls, men skal findes i bt:ShortStrings'),
    ]);
  });

  it("a resource id longer than 32 characters", () => {
    // "GetStarted.LearnMoreUrl.Danish.X" is 32 characters (allowed); one more is 33.
    const ok = "GetStarted.LearnMoreUrl.Danish.X";
    expect(ok).toHaveLength(32);
    const renamed = (id: string) =>
      mutate('<LearnMoreUrl resid="GetStarted.LearnMoreUrl"/>', `<LearnMoreUrl resid="${id}"/>`, mutate('<bt:Url id="GetStarted.LearnMoreUrl"', `<bt:Url id="${id}"`));
    expect(findManifestProblems(renamed(ok))).toEqual([]);
    const tooLong = ok + "Y";
    expect(findManifestProblems(renamed(tooLong))).toEqual([
      p("residTooLong", `resid "${tooLong}" er 33 tegn lang, men må højst være 32 tegn`),
      p("residTooLong", `resid "${tooLong}" er 33 tegn lang, men må højst være 32 tegn`),
    ]);
  });

  it("an http URL in Resources", () => {
    const xml = mutate('DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="http://localhost:3000/functions.js"');
    expect(findManifestProblems(xml)).toEqual([
      p("urlNotHttps", 'bt:Url "Functions.Script.Url" skal bruge https, men er "http://localhost:3000/functions.js"'),
    ]);
  });

  it.each([
    ["<IconUrl>", '<IconUrl DefaultValue="https://', '<IconUrl DefaultValue="http://', "http://localhost:3000/assets/icon-32.png"],
    ["<SupportUrl>", '<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://', "http://localhost:3000/taskpane.html"],
    ["<DefaultSettings><SourceLocation>", '<SourceLocation DefaultValue="https://', '<SourceLocation DefaultValue="http://', "http://localhost:3000/taskpane.html"],
    ["<AppDomain>", "<AppDomain>https://", "<AppDomain>http://", "http://localhost:3000"],
    ['bt:Image "Icon.80x80"', 'id="Icon.80x80" DefaultValue="https://', 'id="Icon.80x80" DefaultValue="http://', "http://localhost:3000/assets/icon-80.png"],
  ])("an http URL in %s", (where, from, to, url) => {
    expect(checkManifest(mutate(from, to))).toEqual([`${where} skal bruge https, men er "${url}"`]);
  });

  it("a URL that does not parse", () => {
    expect(checkManifest(mutate("<AppDomain>https://localhost:3000</AppDomain>", "<AppDomain>https://localhost:port</AppDomain>"))).toEqual([
      '<AppDomain> er ikke en gyldig URL: "https://localhost:port"',
    ]);
  });

  it("a 33-character custom-functions namespace (32 is allowed)", () => {
    const ns32 = "SOCIALOMRAADE.STYRINGSARK.FUNKTI";
    expect(ns32).toHaveLength(32);
    expect(findManifestProblems(mutate('DefaultValue="SOC"', `DefaultValue="${ns32}"`))).toEqual([]);
    const ns33 = ns32 + "O";
    expect(findManifestProblems(mutate('DefaultValue="SOC"', `DefaultValue="${ns33}"`))).toEqual([
      p("namespaceTooLong", `Navnerummet for brugerdefinerede funktioner "${ns33}" er 33 tegn langt, men må højst være 32 tegn`),
    ]);
  });

  it("a namespace with characters other than letters, digits and period", () => {
    expect(checkManifest(mutate('DefaultValue="SOC"', 'DefaultValue="SOC-ØK"'))).toEqual([
      'Navnerummet for brugerdefinerede funktioner "SOC-ØK" må kun indeholde bogstaver A–Z, cifre og punktum',
    ]);
  });

  it("SharedRuntime required but no long-lifetime runtime", () => {
    const missing = [p("sharedRuntimeMissing", 'Kravsættet SharedRuntime er angivet, men der er ingen <Runtime lifetime="long"> under <Runtimes>')];
    expect(findManifestProblems(mutate(RUNTIMES_BLOCK, ""))).toEqual(missing);
    expect(findManifestProblems(mutate('lifetime="long"', 'lifetime="short"'))).toEqual(missing);
  });

  it("without the SharedRuntime requirement no long runtime is needed (but the code needs the set)", () => {
    const xml = mutate('      <Set Name="SharedRuntime" MinVersion="1.1"/>\n', "", mutate(RUNTIMES_BLOCK, ""));
    expect(findManifestProblems(xml)).toEqual([
      p("requirementMissing", "<Requirements><Sets> skal kræve SharedRuntime 1.1, som koden bruger, men nævner det ikke"),
    ]);
  });

  // The code uses worksheet.customProperties (ExcelApi 1.12) and CustomFunctions.Error with a
  // message (CustomFunctionsRuntime 1.2); "Excel JavaScript API requirement sets":
  // https://learn.microsoft.com/en-us/javascript/api/requirement-sets/excel/excel-api-requirement-sets
  it("requires the ExcelApi and CustomFunctionsRuntime versions the code uses", () => {
    expect(findManifestProblems(mutate('      <Set Name="ExcelApi" MinVersion="1.12"/>\n', ""))).toEqual([
      p("requirementMissing", "<Requirements><Sets> skal kræve ExcelApi 1.12, som koden bruger, men nævner det ikke"),
    ]);
    expect(findManifestProblems(mutate('<Set Name="ExcelApi" MinVersion="1.12"/>', '<Set Name="ExcelApi" MinVersion="1.9"/>'))).toEqual([
      p("requirementMissing", "<Requirements><Sets> skal kræve ExcelApi 1.12, som koden bruger, men kræver kun 1.9"),
    ]);
    expect(findManifestProblems(mutate('<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>', '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>'))).toEqual([
      p("requirementMissing", "<Requirements><Sets> skal kræve CustomFunctionsRuntime 1.2, som koden bruger, men kræver kun 1.1"),
    ]);
  });

  it("a FunctionFile pointing at a different resid than the runtime", () => {
    const xml = mutate(
      '<FunctionFile resid="Taskpane.Url"/>',
      '<FunctionFile resid="Commands.Url"/>',
      mutate("      </bt:Urls>", '        <bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>\n      </bt:Urls>'),
    );
    expect(findManifestProblems(xml)).toEqual([
      p("sharedRuntimeMismatch", '<FunctionFile> peger på resid "Commands.Url", men den delte runtime er "Taskpane.Url" — de skal være ens'),
    ]);
  });

  it("a CustomFunctions Page or ShowTaskpane SourceLocation pointing elsewhere", () => {
    const page = mutate(
      "<Page>\n              <SourceLocation resid=\"Taskpane.Url\"/>",
      "<Page>\n              <SourceLocation resid=\"Functions.Script.Url\"/>",
    );
    expect(checkManifest(page)).toEqual([
      'CustomFunctions <Page><SourceLocation> peger på resid "Functions.Script.Url", men den delte runtime er "Taskpane.Url" — de skal være ens',
    ]);
    const button = mutate(
      "<TaskpaneId>ButtonId1</TaskpaneId>\n                    <SourceLocation resid=\"Taskpane.Url\"/>",
      "<TaskpaneId>ButtonId1</TaskpaneId>\n                    <SourceLocation resid=\"GetStarted.LearnMoreUrl\"/>",
    );
    expect(checkManifest(button)).toEqual([
      'ShowTaskpane <SourceLocation> peger på resid "GetStarted.LearnMoreUrl", men den delte runtime er "Taskpane.Url" — de skal være ens',
    ]);
  });

  it("ShortStrings over 125 and LongStrings over 250 characters (the limits themselves pass)", () => {
    const withText = (id: string, n: number) => {
      const xml = MANIFEST.replace(new RegExp(`(id="${id.replace(".", "\\.")}" DefaultValue=")[^"]*"`), `$1${"x".repeat(n)}"`);
      expect(xml).not.toBe(MANIFEST);
      return xml;
    };
    const short = (n: number) => withText("GetStarted.Title", n);
    const long = (n: number) => withText("GetStarted.Description", n);
    expect(findManifestProblems(short(125))).toEqual([]);
    expect(findManifestProblems(long(250))).toEqual([]);
    expect(checkManifest(short(126))).toEqual(['bt:String "GetStarted.Title" er 126 tegn lang, men må højst være 125 tegn']);
    expect(checkManifest(long(251))).toEqual(['bt:String "GetStarted.Description" er 251 tegn lang, men må højst være 250 tegn']);
  });

  it("a VersionOverrides host that is not declared in Hosts", () => {
    expect(checkManifest(mutate('<Host Name="Workbook"/>', '<Host Name="Document"/>'))).toEqual([
      'VersionOverrides bruger værten "Workbook", som ikke står i <Hosts> øverst i manifestet',
    ]);
  });

  it("several problems are all reported", () => {
    const xml = mutate("<Version>1.0.0.0</Version>", "<Version>1</Version>", mutate('DefaultValue="SOC"', 'DefaultValue="S O C"'));
    expect(findManifestProblems(xml).map((x) => x.code)).toEqual(["versionInvalid", "namespaceChars"]);
  });
});

describe("icons", () => {
  it.each(ICON_SIZES)("assets/icon-%i.png has that size and the pixels make-icons draws", (size) => {
    const png = decodePng(readFileSync(join(ROOT, "assets", `icon-${size}.png`)));
    expect([png.width, png.height]).toEqual([size, size]);
    // Pixels, not file bytes: zlib versions may compress the same pixels differently.
    expect(Buffer.from(png.pixels).equals(Buffer.from(renderIconPixels(size)))).toBe(true);
  });

  it("draws teal background, a white S and transparent corners (128 px, hand-checked pixels)", () => {
    const px = renderIconPixels(128);
    const at = (x: number, y: number) => Array.from(px.slice((y * 128 + x) * 4, (y * 128 + x) * 4 + 4));
    // (0,0): every sample lies outside the corner circle (centre 24,24, radius 24 px) → transparent.
    expect(at(0, 0)).toEqual([0, 0, 0, 0]);
    // (64,64): the S's middle, where the two bowls meet (0.5, 0.5) — stroke half-width 9.6 px → white.
    expect(at(64, 64)).toEqual([255, 255, 255, 255]);
    // (16,64) = unit (0.125–0.133, 0.5–0.508): inside the background (left edge, no corner), and the
    // nearest S point, the upper bowl's left side (0.31, 0.34), is ≈0.24 away, far beyond the 0.075
    // half-stroke → pure teal.
    expect(at(16, 64)).toEqual([0x00, 0x80, 0x80, 255]);
  });
});

describe("validate-manifest CLI", () => {
  // In-process: the same function `npm run validate` runs, with its output collected. One spawned
  // run below proves the script's entry point still calls it and sets the exit code.
  const run = (file: string) => {
    const out = { stdout: "", stderr: "" };
    const status = validateManifestCli([file], { log: (l) => (out.stdout += l + "\n"), error: (l) => (out.stderr += l + "\n") });
    return { status, ...out };
  };

  it("prints a summary and exits 0 for the real manifest", () => {
    const r = run(MANIFEST_PATH);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^Manifestet er gyldigt: Styringsark 1\.0\.0\.0 \(Id 3b6a7b8a-9b3c-4f01-ab7b-5acc3ce09ea3\)/);
    expect(r.stdout).toContain("funktionsnavnerum SOC, delt runtime Taskpane.Url");
  });

  it("lists each problem and exits 1, including icons missing next to the manifest", () => {
    const dir = mkdtempSync(join(tmpdir(), "manifest-"));
    const file = join(dir, "manifest.xml");
    writeFileSync(file, mutate('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'));
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    // 1 shared-runtime mismatch + icons 16, 32, 64, 80 missing (no assets/ in the temp dir) = 5.
    expect(r.stderr).toContain(`Manifestet ${file} har 5 fejl:`);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("  - "))).toHaveLength(5);
    expect(r.stderr).toContain('<FunctionFile> peger på resid "Functions.Script.Url"');
    expect(r.stderr).toContain(manifestMsg.assetMissing("https://localhost:3000/assets/icon-64.png", "assets/icon-64.png"));
  });

  it("exits 2 when the file cannot be read", () => {
    const dir = mkdtempSync(join(tmpdir(), "manifest-"));
    copyFileSync(MANIFEST_PATH, join(dir, "other.xml"));
    const r = run(join(dir, "manifest.xml"));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Kan ikke læse .*manifest\.xml: ENOENT/);
  });

  it("runs as a script: `tsx src/cli/validate-manifest.ts` exits with the code and prints to stderr", () => {
    const dir = mkdtempSync(join(tmpdir(), "manifest-"));
    const script = join(ROOT, "src", "cli", "validate-manifest.ts");
    const r = spawnSync(process.execPath, [require.resolve("tsx/cli"), script, join(dir, "manifest.xml")], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Kan ikke læse .*manifest\.xml/);
  });
});

/** Minimal PNG reader for the files make-icons writes (8-bit RGBA, filter 0, no interlace). */
function decodePng(bytes: Buffer): { width: number; height: number; pixels: Uint8Array } {
  expect(Array.from(bytes.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("ascii", offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(Array.from(data.subarray(8))).toEqual([8, 6, 0, 0, 0]);
    } else if (type === "IDAT") idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 4);
    expect(raw[row]).toBe(0);
    pixels.set(raw.subarray(row + 1, row + 1 + width * 4), y * width * 4);
  }
  return { width, height, pixels };
}
