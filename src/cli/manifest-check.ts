// Offline checks for the add-in-only XML manifest. Office reports a broken manifest only as "add-in
// could not be started" at sideload time, and the online validator (`npm run validate:online`) needs
// network, so the mistakes we can make by hand — schema order, dangling resids, http URLs, a shared
// runtime that is not actually shared — are caught here, in tests and in `npm run validate`.
//
// Pure: takes the XML text, returns problems. File reading and exit codes live in validate-manifest.ts.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { REQUIRED_SETS } from "../flows";

const NS_OFFICEAPP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const NS_XSI = "http://www.w3.org/2001/XMLSchema-instance";

/** The four resource collections under VersionOverrides/Resources (local names). */
export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

// Limits from the Office add-in manifest schema (bt:ShortString, bt:LongString, bt:Url, resid, namespace).
const MAX_SHORT = 125;
const MAX_LONG = 250;
const MAX_URL = 2048;
const MAX_RESID = 32;
const MAX_NAMESPACE = 32;

const KIND_LABEL: Record<ResourceKind, string> = {
  Images: "bt:Images",
  Urls: "bt:Urls",
  ShortStrings: "bt:ShortStrings",
  LongStrings: "bt:LongStrings",
};

// The manifest is read by developers, but the project speaks Danish to everyone (docs/habits.md §2): all
// problem texts of this tool are kept in this one table.
export const manifestMsg = {
  malformed: (detail: string, line: number, col: number | undefined) =>
    `Manifestet er ikke gyldig XML (linje ${line}${col === undefined ? "" : `, kolonne ${col}`}): ${detail}`,
  undefinedEntity: (entity: string, line: number) =>
    `Manifestet er ikke gyldig XML (linje ${line}): entiteten ${entity} er ikke defineret`,
  rootCount: (count: number) => `Manifestet skal have præcis ét rodelement, men har ${count}`,
  rootNotOfficeApp: (name: string) => `Rodelementet skal være <OfficeApp>, men er <${name}>`,
  rootNamespace: (uri: string) =>
    `<OfficeApp> skal have navnerummet ${NS_OFFICEAPP}, men har ${uri === "" ? "intet navnerum" : uri}`,
  rootNotTaskPane: (type: string) =>
    `<OfficeApp> skal have xsi:type="TaskPaneApp", men har ${type === "" ? "ingen xsi:type" : `"${type}"`}`,
  missingElement: (parent: string, name: string) => `<${parent}> mangler det påkrævede element <${name}>`,
  unknownElement: (parent: string, name: string) => `<${name}> er ikke et kendt element i <${parent}>`,
  duplicateElement: (parent: string, name: string) => `<${name}> står mere end én gang i <${parent}>`,
  outOfOrder: (parent: string, name: string, after: string) =>
    `<${name}> står efter <${after}> i <${parent}>, men skal ifølge skemaet stå før`,
  idNotGuid: (text: string) => `<Id> skal være en GUID (fx 3b6a7b8a-9b3c-4f01-ab7b-5acc3ce09ea3), men er "${text}"`,
  versionInvalid: (text: string) => `<Version> skal have formen n.n.n.n (fx 1.0.0.0), men er "${text}"`,
  localeInvalid: (text: string) => `<DefaultLocale> skal være et sprogkode som da-DK, men er "${text}"`,
  permissionsInvalid: (text: string) =>
    `<Permissions> skal være Restricted, ReadDocument, ReadAllDocument, WriteDocument eller ReadWriteDocument, men er "${text}"`,
  emptyValue: (where: string) => `${where} er tom`,
  textTooLong: (where: string, length: number, max: number) =>
    `${where} er ${length} tegn lang, men må højst være ${max} tegn`,
  hostNotDeclared: (type: string) =>
    `VersionOverrides bruger værten "${type}", som ikke står i <Hosts> øverst i manifestet`,
  residTooLong: (resid: string) => `resid "${resid}" er ${resid.length} tegn lang, men må højst være ${MAX_RESID} tegn`,
  duplicateResourceId: (kind: ResourceKind, id: string) => `id "${id}" står mere end én gang i ${KIND_LABEL[kind]}`,
  residMissing: (element: string, resid: string) =>
    `resid "${resid}" på <${element}> findes ikke i Resources`,
  residWrongKind: (element: string, resid: string, actual: ResourceKind, expected: ResourceKind) =>
    `resid "${resid}" på <${element}> findes i ${KIND_LABEL[actual]}, men skal findes i ${KIND_LABEL[expected]}`,
  urlInvalid: (where: string, url: string) => `${where} er ikke en gyldig URL: "${url}"`,
  urlNotHttps: (where: string, url: string) => `${where} skal bruge https, men er "${url}"`,
  customFunctionsPart: (part: string) => `ExtensionPoint CustomFunctions mangler <${part}>`,
  namespaceTooLong: (ns: string) =>
    `Navnerummet for brugerdefinerede funktioner "${ns}" er ${ns.length} tegn langt, men må højst være ${MAX_NAMESPACE} tegn`,
  namespaceChars: (ns: string) =>
    `Navnerummet for brugerdefinerede funktioner "${ns}" må kun indeholde bogstaver A–Z, cifre og punktum`,
  requirementMissing: (name: string, version: string, declared: string | undefined) =>
    `<Requirements><Sets> skal kræve ${name} ${version}, som koden bruger, men ${declared === undefined ? "nævner det ikke" : `kræver kun ${declared}`}`,
  sharedRuntimeMissing: () =>
    `Kravsættet SharedRuntime er angivet, men der er ingen <Runtime lifetime="long"> under <Runtimes>`,
  assetMissing: (url: string, path: string) => `${url} peger på ${path}, som ikke findes`,
  sharedRuntimeMismatch: (where: string, resid: string, runtimeResid: string) =>
    `${where} peger på resid "${resid}", men den delte runtime er "${runtimeResid}" — de skal være ens`,
} as const;

/** Stable identifier of a problem kind (a key of {@link manifestMsg}). */
export type ManifestProblemCode = keyof typeof manifestMsg;

/** One thing wrong with a manifest. */
export interface ManifestProblem {
  code: ManifestProblemCode;
  /** Danish text for the developer. */
  message: string;
}

/** What `validate-manifest` prints for a valid manifest. */
export interface ManifestSummary {
  id: string;
  version: string;
  displayName: string;
  providerName: string;
  defaultLocale: string;
  hosts: string[];
  /** Resolved custom-functions namespace (e.g. "SOC"), if the manifest declares custom functions. */
  functionsNamespace: string | undefined;
  /** resid of the long-lived shared runtime, if any. */
  sharedRuntimeResid: string | undefined;
  /** Number of resources per collection. */
  resourceCounts: Record<ResourceKind, number>;
}

interface XmlElement {
  /** Qualified name as written, e.g. "bt:Image". */
  name: string;
  local: string;
  prefix: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** Prefix → namespace URI in scope ("" = default namespace). */
  scope: Map<string, string>;
}

interface ElementOrder {
  order: readonly string[];
  required: readonly string[];
  repeatable: readonly string[];
  /** Report children not in `order` (only where we know the complete list). */
  closed: boolean;
}

// Sequences from the manifest schema (taskpaneappversionoverrides / appforoffice 1.1), in local names.
const ORDERS: Record<string, ElementOrder> = {
  OfficeApp: {
    order: [
      "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings",
      "Permissions", "AllowSnapshot", "VersionOverrides", "ExtendedOverrides",
    ],
    required: ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "DefaultSettings", "Permissions"],
    repeatable: [],
    closed: true,
  },
  VersionOverrides: {
    order: ["Description", "Requirements", "Hosts", "Resources", "VersionOverrides", "WebApplicationInfo", "EquivalentAddins"],
    required: ["Hosts"],
    repeatable: [],
    closed: false,
  },
  Host: {
    order: ["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"],
    required: [],
    repeatable: [],
    closed: false,
  },
  DesktopFormFactor: {
    order: ["GetStarted", "FunctionFile", "ExtensionPoint"],
    required: [],
    repeatable: ["ExtensionPoint"],
    closed: false,
  },
  Resources: {
    order: ["Images", "Urls", "ShortStrings", "LongStrings"],
    required: [],
    repeatable: [],
    closed: false,
  },
};

// Which collection a resid must point into, by the local name of the element carrying it.
const RESID_KIND: Record<string, ResourceKind> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  LearnMoreUrl: "Urls",
  Title: "ShortStrings",
  Label: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){3}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const NAMESPACE_CHARS = /^[A-Za-z0-9.]+$/;

type Raw = Record<string, unknown>;

function buildElements(nodes: Raw[], parentScope: Map<string, string>): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ":@");
    if (name === undefined || name === "#text" || name.startsWith("?")) continue;
    const attrs = (node[":@"] ?? {}) as Record<string, string>;
    const scope = new Map(parentScope);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === "xmlns") scope.set("", v);
      else if (k.startsWith("xmlns:")) scope.set(k.slice(6), v);
    }
    const rawChildren = node[name] as Raw[];
    const colon = name.indexOf(":");
    const text = rawChildren
      .filter((c) => "#text" in c)
      .map((c) => String(c["#text"]))
      .join("");
    out.push({
      name,
      local: colon < 0 ? name : name.slice(colon + 1),
      prefix: colon < 0 ? "" : name.slice(0, colon),
      attrs,
      children: buildElements(rawChildren, scope),
      text,
      scope,
    });
  }
  return out;
}

function xsiType(el: XmlElement): string {
  for (const [k, v] of Object.entries(el.attrs)) {
    const colon = k.indexOf(":");
    if (colon > 0 && k.slice(colon + 1) === "type" && el.scope.get(k.slice(0, colon)) === NS_XSI) return v;
  }
  return "";
}

function child(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el?.children.find((c) => c.local === local);
}

function childrenNamed(el: XmlElement | undefined, local: string): XmlElement[] {
  return el === undefined ? [] : el.children.filter((c) => c.local === local);
}

/** Depth-first walk over el and its descendants. */
function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

function lineOf(xml: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (xml.charCodeAt(i) === 10) line++;
  return line;
}

interface Parsed {
  root: XmlElement;
  problems: ManifestProblem[];
}

function problem<C extends ManifestProblemCode>(code: C, ...args: Parameters<(typeof manifestMsg)[C]>): ManifestProblem {
  const make = manifestMsg[code] as (...a: Parameters<(typeof manifestMsg)[C]>) => string;
  return { code, message: make(...args) };
}

function parse(xml: string): Parsed | ManifestProblem {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return problem("malformed", valid.err.msg, valid.err.line, valid.err.col);
  // fast-xml-parser accepts undeclared entities; XML does not. Comments may contain a bare "&", so
  // blank them out first (keeping offsets so the line number is right).
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, " "));
  const badEntity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)[^\s;<]*;?/.exec(withoutComments);
  if (badEntity) return problem("undefinedEntity", badEntity[0], lineOf(xml, badEntity.index));

  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    trimValues: true,
  });
  const roots = buildElements(parser.parse(xml) as Raw[], new Map());
  if (roots.length !== 1) return problem("rootCount", roots.length);
  return { root: roots[0], problems: [] };
}

function checkOrder(parent: XmlElement, rule: ElementOrder, problems: ManifestProblem[]): void {
  let lastIndex = -1;
  let lastName = "";
  const seen = new Set<string>();
  for (const c of parent.children) {
    const index = rule.order.indexOf(c.local);
    if (index < 0) {
      if (rule.closed) problems.push(problem("unknownElement", parent.local, c.name));
      continue;
    }
    if (seen.has(c.local) && !rule.repeatable.includes(c.local)) {
      problems.push(problem("duplicateElement", parent.local, c.local));
    } else if (index < lastIndex) {
      problems.push(problem("outOfOrder", parent.local, c.local, lastName));
    }
    seen.add(c.local);
    if (index >= lastIndex) {
      lastIndex = index;
      lastName = c.local;
    }
  }
  for (const name of rule.required) {
    if (!seen.has(name)) problems.push(problem("missingElement", parent.local, name));
  }
}

interface Resources {
  byKind: Record<ResourceKind, Map<string, string>>;
}

const KINDS: readonly ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

function collectResources(root: XmlElement, problems: ManifestProblem[]): Resources {
  const byKind: Record<ResourceKind, Map<string, string>> = {
    Images: new Map(), Urls: new Map(), ShortStrings: new Map(), LongStrings: new Map(),
  };
  const resources = child(child(root, "VersionOverrides"), "Resources");
  for (const kind of KINDS) {
    for (const item of childrenNamed(resources, kind).flatMap((c) => c.children)) {
      const id = item.attrs.id ?? "";
      const value = item.attrs.DefaultValue ?? "";
      if (byKind[kind].has(id)) problems.push(problem("duplicateResourceId", kind, id));
      else byKind[kind].set(id, value);
      if (id.length > MAX_RESID) problems.push(problem("residTooLong", id));

      const where = `${item.name} "${id}"`;
      const values = [value, ...childrenNamed(item, "Override").map((o) => o.attrs.Value ?? "")];
      for (const v of values) {
        if (kind === "Images" || kind === "Urls") {
          checkUrl(where, v, problems);
        } else {
          checkText(where, v, kind === "ShortStrings" ? MAX_SHORT : MAX_LONG, problems);
        }
      }
    }
  }
  return { byKind };
}

function checkUrl(where: string, url: string, problems: ManifestProblem[]): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    problems.push(problem("urlInvalid", where, url));
    return;
  }
  if (parsed.protocol !== "https:") problems.push(problem("urlNotHttps", where, url));
  else if (url.length > MAX_URL) problems.push(problem("textTooLong", where, url.length, MAX_URL));
}

/** Checks a DefaultValue and its <Override Value> children as URLs. */
function checkUrlElement(el: XmlElement | undefined, where: string, problems: ManifestProblem[]): void {
  if (el === undefined) return;
  checkUrl(where, el.attrs.DefaultValue ?? "", problems);
  for (const o of childrenNamed(el, "Override")) checkUrl(`${where} (${o.attrs.Locale ?? "?"})`, o.attrs.Value ?? "", problems);
}

function checkTopLevel(root: XmlElement, problems: ManifestProblem[]): void {
  const id = child(root, "Id");
  if (id && !GUID.test(id.text)) problems.push(problem("idNotGuid", id.text));
  const version = child(root, "Version");
  if (version && !VERSION.test(version.text)) problems.push(problem("versionInvalid", version.text));
  const locale = child(root, "DefaultLocale");
  if (locale && !LOCALE.test(locale.text)) problems.push(problem("localeInvalid", locale.text));
  const permissions = child(root, "Permissions");
  if (permissions && !PERMISSIONS.includes(permissions.text)) problems.push(problem("permissionsInvalid", permissions.text));

  const provider = child(root, "ProviderName");
  if (provider) checkText("<ProviderName>", provider.text, MAX_SHORT, problems);
  const displayName = child(root, "DisplayName");
  if (displayName) checkText("<DisplayName>", displayName.attrs.DefaultValue ?? "", MAX_SHORT, problems);
  const description = child(root, "Description");
  if (description) checkText("<Description>", description.attrs.DefaultValue ?? "", MAX_LONG, problems);

  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) checkUrlElement(child(root, name), `<${name}>`, problems);
  checkUrlElement(child(child(root, "DefaultSettings"), "SourceLocation"), "<DefaultSettings><SourceLocation>", problems);
  for (const d of childrenNamed(child(root, "AppDomains"), "AppDomain")) checkUrl("<AppDomain>", d.text, problems);
}

function checkText(where: string, value: string, max: number, problems: ManifestProblem[]): void {
  if (value.trim() === "") problems.push(problem("emptyValue", where));
  else if (value.length > max) problems.push(problem("textTooLong", where, value.length, max));
}

function checkResids(root: XmlElement, resources: Resources, problems: ManifestProblem[]): void {
  const overrides = child(root, "VersionOverrides");
  if (overrides === undefined) return;
  for (const el of walk(overrides)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    if (resid.length > MAX_RESID) problems.push(problem("residTooLong", resid));
    const expected = RESID_KIND[el.local];
    const foundIn = KINDS.filter((k) => resources.byKind[k].has(resid));
    if (foundIn.length === 0) problems.push(problem("residMissing", el.name, resid));
    else if (expected !== undefined && !foundIn.includes(expected)) {
      problems.push(problem("residWrongKind", el.name, resid, foundIn[0], expected));
    }
  }
}

function overrideHosts(root: XmlElement): XmlElement[] {
  return childrenNamed(child(child(root, "VersionOverrides"), "Hosts"), "Host");
}

function customFunctionPoints(root: XmlElement): XmlElement[] {
  return overrideHosts(root)
    .flatMap((h) => childrenNamed(child(h, "AllFormFactors"), "ExtensionPoint"))
    .filter((e) => xsiType(e) === "CustomFunctions");
}

function resolveNamespace(root: XmlElement, resources: Resources): string | undefined {
  const resid = child(customFunctionPoints(root)[0], "Namespace")?.attrs.resid;
  return resid === undefined ? undefined : resources.byKind.ShortStrings.get(resid);
}

function checkCustomFunctions(root: XmlElement, resources: Resources, problems: ManifestProblem[]): void {
  for (const point of customFunctionPoints(root)) {
    for (const part of ["Script", "Page", "Metadata"]) {
      if (child(child(point, part), "SourceLocation") === undefined) problems.push(problem("customFunctionsPart", `${part}><SourceLocation`));
    }
    if (child(point, "Namespace") === undefined) problems.push(problem("customFunctionsPart", "Namespace"));
  }
  const ns = resolveNamespace(root, resources);
  if (ns === undefined) return;
  if (ns.length > MAX_NAMESPACE) problems.push(problem("namespaceTooLong", ns));
  if (!NAMESPACE_CHARS.test(ns)) problems.push(problem("namespaceChars", ns));
}

/** "1.12" > "1.9": versions compare part by part as numbers. */
function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number), b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0, y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/**
 * Every requirement set the code needs (src/flows/requirements.ts) is declared in the manifest's
 * <Requirements>, at least at the version the code uses: Office then keeps the add-in away from a
 * build that would fail with "ApiNotFound".
 */
function checkRequirementSets(root: XmlElement, problems: ManifestProblem[]): void {
  const sets = child(child(root, "Requirements"), "Sets");
  const byName = new Map(childrenNamed(sets, "Set").map((s) => [s.attrs.Name, s.attrs.MinVersion ?? sets?.attrs.DefaultMinVersion ?? "1.1"]));
  for (const req of REQUIRED_SETS) {
    const declared = byName.get(req.name);
    if (declared === undefined || !versionAtLeast(declared, req.version)) problems.push(problem("requirementMissing", req.name, req.version, declared));
  }
}

function sharedRuntimeRequired(root: XmlElement): boolean {
  const sets = [child(root, "Requirements"), child(child(root, "VersionOverrides"), "Requirements")].flatMap((r) =>
    childrenNamed(child(r, "Sets"), "Set"),
  );
  return sets.some((s) => s.attrs.Name === "SharedRuntime");
}

function longRuntimeResid(root: XmlElement): string | undefined {
  const runtimes = overrideHosts(root).flatMap((h) => childrenNamed(child(h, "Runtimes"), "Runtime"));
  return runtimes.find((r) => r.attrs.lifetime === "long")?.attrs.resid;
}

function checkSharedRuntime(root: XmlElement, problems: ManifestProblem[]): void {
  if (!sharedRuntimeRequired(root)) return;
  const runtime = longRuntimeResid(root);
  if (runtime === undefined) {
    problems.push(problem("sharedRuntimeMissing"));
    return;
  }
  // With a shared runtime, every entry point must load the very page the runtime keeps alive;
  // otherwise Office starts a second runtime and globals/events are silently not shared.
  const entries: Array<[string, string | undefined]> = [];
  for (const point of customFunctionPoints(root)) {
    entries.push(["CustomFunctions <Page><SourceLocation>", child(child(point, "Page"), "SourceLocation")?.attrs.resid]);
  }
  for (const host of overrideHosts(root)) {
    const desktop = child(host, "DesktopFormFactor");
    const functionFile = child(desktop, "FunctionFile");
    if (functionFile) entries.push(["<FunctionFile>", functionFile.attrs.resid]);
    for (const el of desktop === undefined ? [] : walk(desktop)) {
      if (el.local === "Action" && xsiType(el) === "ShowTaskpane") {
        entries.push(["ShowTaskpane <SourceLocation>", child(el, "SourceLocation")?.attrs.resid]);
      }
    }
  }
  for (const [where, resid] of entries) {
    if (resid !== undefined && resid !== runtime) problems.push(problem("sharedRuntimeMismatch", where, resid, runtime));
  }
}

function checkHosts(root: XmlElement, problems: ManifestProblem[]): void {
  const declared = new Set(childrenNamed(child(root, "Hosts"), "Host").map((h) => h.attrs.Name));
  for (const host of overrideHosts(root)) {
    const type = xsiType(host);
    if (!declared.has(type)) problems.push(problem("hostNotDeclared", type));
  }
}

function checkNestedOrder(root: XmlElement, problems: ManifestProblem[]): void {
  const overrides = child(root, "VersionOverrides");
  if (overrides === undefined) return;
  for (const el of walk(overrides)) {
    const rule = ORDERS[el.local];
    if (rule !== undefined) checkOrder(el, rule, problems);
  }
}

/**
 * All problems found in an add-in-only XML manifest, each with a stable code and a Danish message.
 * Stops after the first problem if the XML is not well-formed or the root is wrong, since nothing
 * further can be trusted then. Never throws.
 */
export function findManifestProblems(xml: string): ManifestProblem[] {
  const parsed = parse(xml);
  if ("code" in parsed) return [parsed];
  const { root } = parsed;
  const problems: ManifestProblem[] = [];
  if (root.local !== "OfficeApp") return [problem("rootNotOfficeApp", root.name)];
  const ns = root.scope.get(root.prefix) ?? "";
  if (ns !== NS_OFFICEAPP) problems.push(problem("rootNamespace", ns));
  const type = xsiType(root);
  if (type !== "TaskPaneApp") problems.push(problem("rootNotTaskPane", type));

  checkOrder(root, ORDERS.OfficeApp, problems);
  checkTopLevel(root, problems);
  checkNestedOrder(root, problems);
  checkHosts(root, problems);
  const resources = collectResources(root, problems);
  checkResids(root, resources, problems);
  checkCustomFunctions(root, resources, problems);
  checkSharedRuntime(root, problems);
  checkRequirementSets(root, problems);
  return problems;
}

/**
 * Checks an add-in-only XML manifest offline.
 * @returns Danish problem texts; empty when the manifest is valid.
 */
export function checkManifest(xml: string): string[] {
  return findManifestProblems(xml).map((p) => p.message);
}

/**
 * Key facts of a manifest for the validator's summary line, or undefined if the XML cannot be parsed
 * or has no <OfficeApp> root. Does not validate — call {@link checkManifest} for that.
 */
export function summarizeManifest(xml: string): ManifestSummary | undefined {
  const parsed = parse(xml);
  if ("code" in parsed || parsed.root.local !== "OfficeApp") return undefined;
  const { root } = parsed;
  const resources = collectResources(root, []);
  return {
    id: child(root, "Id")?.text ?? "",
    version: child(root, "Version")?.text ?? "",
    displayName: child(root, "DisplayName")?.attrs.DefaultValue ?? "",
    providerName: child(root, "ProviderName")?.text ?? "",
    defaultLocale: child(root, "DefaultLocale")?.text ?? "",
    hosts: childrenNamed(child(root, "Hosts"), "Host").map((h) => h.attrs.Name ?? ""),
    functionsNamespace: resolveNamespace(root, resources),
    sharedRuntimeResid: longRuntimeResid(root),
    resourceCounts: {
      Images: resources.byKind.Images.size,
      Urls: resources.byKind.Urls.size,
      ShortStrings: resources.byKind.ShortStrings.size,
      LongStrings: resources.byKind.LongStrings.size,
    },
  };
}

/** Dev-server origin the manifest points at (webpack dev server, package.json config.dev_server_port). */
export const DEV_SERVER_ORIGIN = "https://localhost:3000";

/**
 * Repository-relative paths of the static assets the manifest loads from the dev server's /assets/
 * folder (icons), so the CLI can check that they exist. Build outputs such as taskpane.html are not
 * included: they only exist after `npm run build`.
 */
export function devServerAssets(xml: string): Array<{ url: string; path: string }> {
  const parsed = parse(xml);
  if ("code" in parsed) return [];
  const prefix = `${DEV_SERVER_ORIGIN}/assets/`;
  const urls = new Set<string>();
  for (const el of walk(parsed.root)) {
    for (const v of [el.attrs.DefaultValue, el.attrs.Value]) if (v?.startsWith(prefix)) urls.add(v);
  }
  return [...urls].map((url) => ({ url, path: `assets/${url.slice(prefix.length)}` }));
}
