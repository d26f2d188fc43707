// "Kontrollér Excel": the self-test a pilot kommune runs to tell us what its real Excel does. On a
// scratch sheet of its own (removed again, also when a check fails), it exercises every host
// capability the add-in relies on, one check at a time, and reads back what Excel reports after each
// step — a host that accepts a call and silently does nothing fails as surely as one that throws.
// The checks run over a small port (`SelvtestPort`) that the Office adapter implements thinly
// (src/excel/selvtest.ts); tests run it on the Excel double with a failure injected into each check.
//
// The report holds no workbook data: no sheet, table or name of the user's, no cell values, and no
// message text from Excel (which can quote names) — only Excel's error code, our Danish reason, the
// host's diagnostics and requirement sets, and the scratch sheet's own constants.
import { hostErrorText } from "./hostError";
import { REQUIRED_SETS } from "./requirements";
import { SETTING_KEYS } from "./settings";

/** Office.context.diagnostics, and the add-in's own version (from the manifest, via the build). */
export interface HostInfo {
  /** Office.HostType, e.g. "Excel"; "" when the host does not tell. */
  host: string;
  /** Office.PlatformType, e.g. "PC", "OfficeOnline", "Mac"; "" when unknown. */
  platform: string;
  /** Office's version, e.g. "16.0.17029.20126"; "" when unknown. */
  version: string;
  /** Styringsark's manifest version, or null in a build that does not know it. */
  addinVersion: string | null;
}

export type Synlighed = "Visible" | "Hidden" | "VeryHidden";

/**
 * What the self-test asks of Excel. Each method is one request, and each write answers with what
 * Excel reports afterwards, so the flow (not the adapter) judges it.
 */
export interface SelvtestPort {
  hostInfo(): HostInfo;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, version: string): boolean;
  /** Names already taken in the workbook (sheets, defined names, tables), to pick unused ones. */
  namesInUse(): Promise<string[]>;
  /** Adds a worksheet and hides it in the same request; its visibility as Excel reports it after. */
  addHiddenSheet(name: string): Promise<Synlighed>;
  setVisibility(sheet: string, visibility: Synlighed): Promise<Synlighed>;
  /** Deletes the sheet if it exists; true when Excel no longer has a sheet of that name. */
  deleteSheet(sheet: string): Promise<boolean>;
  /** Writes numbers and formulas (English function names, "=" first) into the range; the values Excel calculated. */
  writeCells(sheet: string, address: string, cells: (string | number)[][]): Promise<unknown[][]>;
  /** A workbook-scoped name for the formula (e.g. "='Ark'!$A$1:$B$1"). */
  addName(name: string, formula: string): Promise<void>;
  deleteName(name: string): Promise<void>;
  /** Makes the range (header row first) a table of that name; the body's values read back through the table. */
  addTable(sheet: string, address: string, name: string): Promise<unknown[][]>;
  /** A list rule on the range; Excel's verdict on the cells' values (DataValidation.valid: true, false, or null when mixed). */
  addListValidation(sheet: string, address: string, list: readonly string[]): Promise<boolean | null>;
  /** Freezes the top rows; how many rows Excel reports frozen afterwards. */
  freezeRows(sheet: string, rows: number): Promise<number>;
  /** Sets landscape and the rows repeated on each page ("$1:$1"); the orientation Excel reports after. */
  setPageLayout(sheet: string, titleRows: string): Promise<string>;
  /** Protects or unprotects the sheet (no password); whether Excel reports it protected afterwards. */
  setProtected(sheet: string, on: boolean): Promise<boolean>;
  /** Writes one value; whether Excel accepted it, and its error code if not. */
  tryWrite(sheet: string, address: string, value: string | number): Promise<{ accepted: boolean; code: string | null }>;
  saveSetting(key: string, value: string): Promise<void>;
  loadSetting(key: string): Promise<string | null>;
  deleteSetting(key: string): Promise<void>;
  /** Listens for changes on the sheet, writes the value, and says whether Excel raised the event within the time. */
  watchChange(sheet: string, address: string, value: string | number, timeoutMs: number): Promise<boolean>;
  /** Whether Excel.createWorkbook is there to call (not called: it would open a new workbook). */
  canCreateWorkbook(): boolean;
}

export type CheckId =
  | "skjultArk" | "formler" | "navne" | "tabeller" | "validering" | "visArk" | "frysRuder" | "sideopsaetning"
  | "beskyttelse" | "indstillinger" | "haendelser" | "nyArbejdsbog" | "sletArk";

export interface CheckResult {
  id: CheckId;
  /** What was checked, in Danish. */
  title: string;
  ok: boolean;
  /** Danish: what Excel did (✓) or why the check failed (✗). */
  reason: string;
  /** Excel's error code when Excel refused (e.g. "AccessDenied"), else null. */
  code: string | null;
}

export interface SetSupport {
  name: string;
  version: string;
  supported: boolean;
  /** What stops working without it (Danish). */
  needed: string;
}

export interface SelvtestRapport {
  host: HostInfo;
  /** The sets the add-in needs (flows/requirements.ts), each supported or not. */
  sets: SetSupport[];
  /** The highest version this Excel supports of each probed set, or null for none. */
  highest: { name: string; version: string | null }[];
  checks: CheckResult[];
}

// ---- the Danish texts (one place) ----

const TITLES: Record<CheckId, string> = {
  skjultArk: "Skjult ark oprettes",
  formler: "Formler på engelsk med danske arknavne (æøå, mellemrum, apostrof)",
  navne: "Navne i arbejdsbogen",
  tabeller: "Tabeller",
  validering: "Datavalidering (liste)",
  visArk: "Skjult ark vises",
  frysRuder: "Frys ruder",
  sideopsaetning: "Sideopsætning (liggende, gentagne rækker)",
  beskyttelse: "Arkbeskyttelse",
  indstillinger: "Indstillinger gemt i arbejdsbogen",
  haendelser: "Ændringshændelser",
  nyArbejdsbog: "Ny arbejdsbog (Del som fil)",
  sletArk: "Kladdearket slettes igen",
};

const OK: Record<CheckId, string> = {
  skjultArk: "Excel oprettede et skjult kladdeark.",
  formler: "SUM, ROUND og DATE gav 5, 66,7 og 45688 med arknavnet i anførselstegn.",
  navne: "Et navn for et område på kladdearket blev oprettet og brugt i en formel.",
  tabeller: "En tabel blev oprettet, navngivet og læst tilbage.",
  validering: "Excel godkendte en værdi fra listen og afviste en værdi uden for den.",
  visArk: "Kladdearket blev vist uden at blive aktiveret.",
  frysRuder: "Øverste række blev frosset.",
  sideopsaetning: "Liggende papir og gentagne rækker blev sat.",
  beskyttelse: "Beskyttet ark afviste en ændring; efter ophævelse blev den modtaget.",
  indstillinger: "En indstilling blev gemt, læst og slettet igen.",
  haendelser: "Excel meldte ændringen på kladdearket.",
  nyArbejdsbog: "Funktionen findes (ikke prøvet: den ville åbne en ny arbejdsbog; i Excel på nettet skal pop op-vinduer være tilladt).",
  sletArk: "Kladdearket er slettet.",
};

const FAILED: Record<CheckId, string> = {
  skjultArk: "Excel kunne ikke oprette et skjult ark",
  formler: "Formlerne gav ikke det forventede",
  navne: "Navnet kunne ikke oprettes eller bruges",
  tabeller: "Tabellen kunne ikke oprettes eller læses",
  validering: "Datavalideringen virkede ikke",
  visArk: "Det skjulte ark kunne ikke vises",
  frysRuder: "Ruderne kunne ikke fryses",
  sideopsaetning: "Sideopsætningen kunne ikke sættes",
  beskyttelse: "Arkbeskyttelsen virkede ikke som forventet",
  indstillinger: "Indstillingen kunne ikke gemmes eller læses",
  haendelser: "Excel meldte ikke ændringen",
  nyArbejdsbog: "Excel.createWorkbook findes ikke her, så Del som fil kan ikke åbne en ny arbejdsbog",
  sletArk: "Kladdearket kunne ikke slettes: slet selv arket, hvis navn begynder med »Styringsark kontrol« (er det skjult, så højreklik på en arkfane → Vis først)",
};

const NOT_TRIED = "Ikke prøvet, fordi kladdearket ikke kunne oprettes.";
/** Excel freezes panes and sets page layout only on a visible sheet (see the writer). */
export const NOT_SHOWN = "Ikke prøvet, fordi kladdearket ikke kunne vises (Excel fryser ikke ruder og sætter ikke sideopsætning på et skjult ark).";

const PLATFORMS: Record<string, string> = {
  PC: "Windows (skrivebord)",
  OfficeOnline: "Excel på nettet",
  Mac: "Mac",
  iOS: "iPad",
  Android: "Android",
  Universal: "Windows (Universal)",
};

/** Office.context.diagnostics.platform in the user's words. */
export function platformText(platform: string): string {
  return PLATFORMS[platform] ?? (platform || "ukendt");
}

// ---- the checks ----

/** The scratch sheet's name: Danish letters, a space and an apostrophe, as our own sheet names may have. */
const SCRATCH = "Styringsark kontrol æøå's";
const NAME = "Styringsark_kontrol";
const TABLE = "Styringsark_kontroltabel";
export const SELVTEST_SETTING = SETTING_KEYS.selvtest;

/** Requirement sets whose highest supported version the report shows. */
const PROBED: { name: string; max: number }[] = [
  { name: "ExcelApi", max: 20 },
  { name: "CustomFunctionsRuntime", max: 5 },
  { name: "SharedRuntime", max: 1 },
];

/** A check whose outcome Excel reported differently from what was asked; `reason` is Danish. */
class Mismatch extends Error {}

const codeOf = (e: unknown): string | null =>
  typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string" ? (e as { code: string }).code : null;

/** A name not in `taken` (compared ignoring case, as Excel does): `base`, `base 2`, `base 3` … */
function unused(base: string, taken: readonly string[], sep: string): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base}${sep}${i}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** Sheet prefix for a formula: always quoted, an apostrophe doubled (Excel's rule). */
const prefix = (sheet: string) => `'${sheet.replace(/'/g, "''")}'!`;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const shown = (v: unknown) => (typeof v === "number" ? String(v).replace(".", ",") : JSON.stringify(v));

export interface SelvtestOptions {
  /** How long to wait for Excel's change event (ms). */
  eventTimeoutMs?: number;
}

/** Runs every check on a scratch sheet it removes again, and returns the report. */
export async function runSelvtest(port: SelvtestPort, options: SelvtestOptions = {}): Promise<SelvtestRapport> {
  const host = port.hostInfo();
  const sets = REQUIRED_SETS.map((s) => ({ ...s, supported: safeSupported(port, s.name, s.version) }));
  const highest = PROBED.map(({ name, max }) => {
    let version: string | null = null;
    for (let minor = 1; minor <= max; minor++) if (safeSupported(port, name, `1.${minor}`)) version = `1.${minor}`;
    return { name, version };
  });

  const checks: CheckResult[] = [];
  const run = async (id: CheckId, fn: () => Promise<void>) => {
    try {
      await fn();
      checks.push({ id, title: TITLES[id], ok: true, reason: OK[id], code: null });
      return true;
    } catch (e) {
      checks.push(failure(id, e));
      return false;
    }
  };
  const skip = (id: CheckId, reason = NOT_TRIED) => checks.push({ id, title: TITLES[id], ok: false, reason, code: null });

  const taken = await port.namesInUse();
  const sheet = unused(SCRATCH, taken, " ");
  const name = unused(NAME, taken, "_");
  const table = unused(TABLE, taken, "_");
  const p = prefix(sheet);
  let nameAdded = false;
  try {
    const created = await run("skjultArk", async () => {
      const v = await port.addHiddenSheet(sheet);
      if (v !== "Hidden") throw new Mismatch(`Arket blev oprettet, men Excel melder det ${v === "Visible" ? "synligt" : `som ${v}`}`);
    });
    if (!created) {
      for (const id of ["formler", "navne", "tabeller", "validering", "visArk", "frysRuder", "sideopsaetning", "beskyttelse"] as const) skip(id);
    } else {
      await run("formler", async () => {
        const got = await port.writeCells(sheet, "A1:C2", [
          [2, 3, ""],
          [`=SUM(${p}A1:B1)`, `=ROUND(${p}A1/${p}B1*100,1)`, "=DATE(2025,1,31)"],
        ]);
        const want = [2, 3, "", 5, 66.7, 45688];
        if (!same(got.flat(), want)) throw new Mismatch(`Excel beregnede ${got.flat().slice(3).map(shown).join(", ")}, forventet 5, 66,7 og 45688`);
      });
      await run("navne", async () => {
        // Cells of its own, so that this check does not depend on the formulas' check.
        await port.addName(name, `=${p}$J$1:$K$1`);
        nameAdded = true;
        const got = await port.writeCells(sheet, "J1:L1", [[2, 3, `=SUM(${name})`]]);
        if (got[0]?.[2] !== 5) throw new Mismatch(`En formel med navnet gav ${shown(got[0]?.[2])}, forventet 5`);
      });
      await run("tabeller", async () => {
        await port.writeCells(sheet, "A4:B6", [["Type", "Beløb"], ["Plejefamilie", 100], ["Opholdssted", 250]]);
        const body = await port.addTable(sheet, "A4:B6", table);
        if (!same(body, [["Plejefamilie", 100], ["Opholdssted", 250]])) throw new Mismatch("Tabellens rækker kunne ikke læses tilbage, som de blev skrevet");
      });
      await run("validering", async () => {
        await port.writeCells(sheet, "F1:F2", [["Ja"], ["Måske"]]);
        const good = await port.addListValidation(sheet, "F1", ["Ja", "Nej"]);
        const bad = await port.addListValidation(sheet, "F2", ["Ja", "Nej"]);
        if (good !== true || bad !== false) throw new Mismatch(`Excel vurderede »Ja« som ${verdict(good)} og »Måske« som ${verdict(bad)} mod listen Ja, Nej`);
      });
      const shownSheet = await run("visArk", async () => {
        const v = await port.setVisibility(sheet, "Visible");
        if (v !== "Visible") throw new Mismatch(`Excel melder arket ${v === "Hidden" ? "stadig skjult" : `som ${v}`}`);
      });
      // Freeze panes and page layout on a visible sheet, as the writer sets them (office-js issues
      // report failures on hidden sheets): on a sheet that stayed hidden they are not tried.
      if (!shownSheet) {
        skip("frysRuder", NOT_SHOWN);
        skip("sideopsaetning", NOT_SHOWN);
      } else await run("frysRuder", async () => {
        const rows = await port.freezeRows(sheet, 1);
        if (rows !== 1) throw new Mismatch(`Excel melder ${rows} frosne rækker, forventet 1`);
      });
      if (shownSheet) await run("sideopsaetning", async () => {
        const o = await port.setPageLayout(sheet, "$1:$1");
        if (o !== "Landscape") throw new Mismatch(`Excel melder papirretningen ${o === "Portrait" ? "stående" : o}, forventet liggende`);
      });
      await run("beskyttelse", async () => {
        try {
          if (!(await port.setProtected(sheet, true))) throw new Mismatch("Excel melder ikke arket beskyttet efter beskyttelse");
          const blocked = await port.tryWrite(sheet, "H1", 1);
          if (blocked.accepted) throw new Mismatch("Det beskyttede ark tog imod en ændring");
          if (await port.setProtected(sheet, false)) throw new Mismatch("Excel melder stadig arket beskyttet efter ophævelse");
          const open = await port.tryWrite(sheet, "H1", 1);
          if (!open.accepted) throw new Mismatch(`Arket afviste en ændring efter ophævet beskyttelse${open.code ? ` (${open.code})` : ""}`);
        } catch (e) {
          // Left protected, the sheet would fail the checks after this one for the wrong reason.
          await port.setProtected(sheet, false).catch(() => undefined);
          throw e;
        }
      });
    }
    await run("indstillinger", async () => {
      const value = `kontrol ${Date.now()}`;
      await port.saveSetting(SELVTEST_SETTING, value);
      const back = await port.loadSetting(SELVTEST_SETTING);
      await port.deleteSetting(SELVTEST_SETTING);
      if (back !== value) throw new Mismatch(back === null ? "Indstillingen var væk, da den blev læst igen" : "Indstillingen kom tilbage med en anden værdi");
      if ((await port.loadSetting(SELVTEST_SETTING)) !== null) throw new Mismatch("Indstillingen var der stadig efter sletning");
    });
    if (created) {
      await run("haendelser", async () => {
        const ms = options.eventTimeoutMs ?? 3000;
        if (!(await port.watchChange(sheet, "H2", 1, ms))) throw new Mismatch(`Ingen hændelse inden for ${ms / 1000} sekunder; den automatiske opdatering af tallene virker ikke her`);
      });
    } else skip("haendelser");
    await run("nyArbejdsbog", async () => {
      if (!port.canCreateWorkbook()) throw new Mismatch("");
    });
  } finally {
    await run("sletArk", async () => {
      if (nameAdded) await port.deleteName(name).catch(() => undefined);
      // Once more after a failure: a request that failed on a busy host often passes the second time.
      const gone = await port.deleteSheet(sheet).catch(() => port.deleteSheet(sheet));
      if (!gone) throw new Mismatch("");
    });
  }
  return { host, sets, highest, checks };
}

function safeSupported(port: SelvtestPort, name: string, version: string): boolean {
  try {
    return port.isSetSupported(name, version);
  } catch {
    return false;
  }
}

const verdict = (v: boolean | null) => (v === true ? "gyldig" : v === false ? "ugyldig" : "ukendt");

/** A failed check: our sentence for the check, then Excel's reason in Danish (never Excel's own words). */
function failure(id: CheckId, e: unknown): CheckResult {
  const head = FAILED[id];
  if (e instanceof Mismatch) return { id, title: TITLES[id], ok: false, reason: e.message ? `${head}: ${e.message}.` : `${head}.`, code: null };
  const code = codeOf(e);
  // hostErrorText gives a Danish sentence for Office's codes; anything else (a TypeError from a
  // missing API, our own message) is summarised without its text, which could quote workbook data.
  const danish = code ? hostErrorText(e).text : e instanceof TypeError ? "Denne Excel kender ikke funktionen." : "Excel afviste handlingen.";
  return { id, title: TITLES[id], ok: false, reason: `${head}: ${danish}`, code };
}

/** The report as plain text for "Kopiér rapport": Danish, no workbook data. */
export function reportText(r: SelvtestRapport): string {
  const passed = r.checks.filter((c) => c.ok).length;
  const lines = [
    "Styringsark – Kontrollér Excel",
    `Styringsark-version: ${r.host.addinVersion ?? "ukendt"}`,
    `Program: ${r.host.host || "ukendt"}`,
    `Platform: ${platformText(r.host.platform)}`,
    `Version: ${r.host.version || "ukendt"}`,
    "",
    "Kravsæt, som Styringsark bruger:",
    ...r.sets.map((s) => `${s.supported ? "✓" : "✗"} ${s.name} ${s.version} (${s.needed})`),
    ...r.highest.map((h) => `  Højeste ${h.name}: ${h.version ?? "ingen"}`),
    "",
    `Kontroller (${passed} af ${r.checks.length} i orden):`,
    ...r.checks.map((c) => `${c.ok ? "✓" : "✗"} ${c.title}: ${c.reason}${c.code ? ` [${c.code}]` : ""}`),
  ];
  return lines.join("\n");
}
