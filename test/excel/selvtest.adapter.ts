// "Kontrollér Excel" (src/flows/selvtest.ts) through its Office adapter (src/excel/selvtest.ts) on the
// Excel double: every check passes on a host that does what Excel documents; a failure injected into
// each check — Excel refusing, or answering without doing it — shows that check ✗ with its Danish
// reason, the others still run, and the workbook is left exactly as before (scratch sheet, name,
// table and setting gone). The copied report holds no workbook data.
import { excelSelvtest } from "../../src/excel/selvtest";
import { NOT_SHOWN, reportText, runSelvtest, SELVTEST_SETTING, type CheckId, type SelvtestPort } from "../../src/flows/selvtest";
import { ExcelDouble, OfficeError } from "../support/excelDouble";
import { dropSelvtestHost, useSelvtestHost, withFault, type Fault } from "../support/selvtest";

afterEach(dropSelvtestHost);

const ALL: CheckId[] = [
  "skjultArk", "formler", "navne", "tabeller", "validering", "visArk", "frysRuder", "sideopsaetning", "beskyttelse",
  "indstillinger", "haendelser", "nyArbejdsbog", "sletArk",
];

/** A kommune's workbook: the user's own sheets, values, a name, a table and a setting of ours. */
function userWorkbook(): ExcelDouble {
  return new ExcelDouble(
    [
      { name: "Sager Ærø 2025", cells: { A1: "Cpr-nr.", B1: "Navn", A2: "010190-1234", B2: "Hemmelig Hansen" } },
      { name: "Budget'notat", cells: { A1: 987654.32 } },
    ],
    { names: { Hemmeligt_navn: "='Budget''notat'!$A$1" }, tables: [{ name: "Fortrolig_tabel", sheet: "Sager Ærø 2025", address: "A1:B2" }], settings: { "Styringsark.maskCpr": "true" } },
  );
}

async function run(wb: ExcelDouble, port: SelvtestPort = excelSelvtest) {
  const before = wb.snapshot();
  const tablesBefore = wb.tables.map((t) => t.name);
  const rapport = await runSelvtest(port, { eventTimeoutMs: 500 });
  return { rapport, before, tablesBefore, byId: Object.fromEntries(rapport.checks.map((c) => [c.id, c])) };
}

describe("Kontrollér Excel on the Excel double", () => {
  it("passes every check on a host that does what Excel documents, and leaves the workbook exactly as it was", async () => {
    const wb = userWorkbook();
    useSelvtestHost(wb);
    const { rapport, before, tablesBefore } = await run(wb);
    expect(rapport.checks.map((c) => [c.id, c.ok])).toEqual(ALL.map((id) => [id, true]));
    expect(wb.snapshot()).toEqual(before);
    expect(wb.tables.map((t) => t.name)).toEqual(tablesBefore);
    expect(wb.settings.has(SELVTEST_SETTING)).toBe(false);
    // What the self-test reports on the double (the text "Kopiér rapport" copies).
    expect(reportText(rapport)).toBe(
      [
        "Styringsark – Kontrollér Excel",
        "Styringsark-version: ukendt",
        "Program: Excel",
        "Platform: Windows (skrivebord)",
        "Version: 16.0.17029.20126",
        "",
        "Kravsæt, som Styringsark bruger:",
        "✓ ExcelApi 1.12 (at skrive og genkende arkene)",
        "✓ SharedRuntime 1.1 (at opgavepanelet og SOC-funktionerne kan arbejde sammen)",
        "✓ CustomFunctionsRuntime 1.2 (fejlbeskeder på dansk fra SOC-funktionerne)",
        "  Højeste ExcelApi: 1.17",
        "  Højeste CustomFunctionsRuntime: 1.4",
        "  Højeste SharedRuntime: 1.1",
        "",
        "Kontroller (13 af 13 i orden):",
        "✓ Skjult ark oprettes: Excel oprettede et skjult kladdeark.",
        "✓ Formler på engelsk med danske arknavne (æøå, mellemrum, apostrof): SUM, ROUND og DATE gav 5, 66,7 og 45688 med arknavnet i anførselstegn.",
        "✓ Navne i arbejdsbogen: Et navn for et område på kladdearket blev oprettet og brugt i en formel.",
        "✓ Tabeller: En tabel blev oprettet, navngivet og læst tilbage.",
        "✓ Datavalidering (liste): Excel godkendte en værdi fra listen og afviste en værdi uden for den.",
        "✓ Skjult ark vises: Kladdearket blev vist uden at blive aktiveret.",
        "✓ Frys ruder: Øverste række blev frosset.",
        "✓ Sideopsætning (liggende, gentagne rækker): Liggende papir og gentagne rækker blev sat.",
        "✓ Arkbeskyttelse: Beskyttet ark afviste en ændring; efter ophævelse blev den modtaget.",
        "✓ Indstillinger gemt i arbejdsbogen: En indstilling blev gemt, læst og slettet igen.",
        "✓ Ændringshændelser: Excel meldte ændringen på kladdearket.",
        "✓ Ny arbejdsbog (Del som fil): Funktionen findes (ikke prøvet: den ville åbne en ny arbejdsbog; i Excel på nettet skal pop op-vinduer være tilladt).",
        "✓ Kladdearket slettes igen: Kladdearket er slettet.",
      ].join("\n"),
    );
    // The scratch sheet was never activated (a hidden sheet must not be).
    expect(wb.activated).toEqual([]);
  });

  it("picks a scratch sheet, name and table name nobody uses (Excel compares names ignoring case)", async () => {
    const wb = new ExcelDouble([{ name: "Ark1" }, { name: "STYRINGSARK KONTROL ÆØÅ'S" }], { names: { styringsark_kontrol: "=1" } });
    useSelvtestHost(wb);
    const seen: string[] = [];
    const port: SelvtestPort = { ...excelSelvtest, addHiddenSheet: (n) => (seen.push(n), excelSelvtest.addHiddenSheet(n)), addName: (n, f) => (seen.push(n), excelSelvtest.addName(n, f)) };
    const { rapport, before } = await run(wb, port);
    expect(seen).toEqual(["Styringsark kontrol æøå's 2", "Styringsark_kontrol_2"]);
    expect(rapport.checks.every((c) => c.ok)).toBe(true);
    expect(wb.snapshot()).toEqual(before);
  });

  // One failure per check: which port call fails and how, and the reason the report must give.
  const NOT_TRIED = "Ikke prøvet, fordi kladdearket ikke kunne oprettes.";
  const cases: { id: CheckId; fault: Fault; reason: string; code?: string; alsoFailed?: CheckId[]; alsoReason?: string }[] = [
    {
      id: "skjultArk", fault: { method: "addHiddenSheet", error: new OfficeError("AccessDenied", "Access denied.") },
      reason: "Excel kunne ikke oprette et skjult ark: Excel gav ikke adgang til at ændre arbejdsbogen.", code: "AccessDenied",
      alsoFailed: ["formler", "navne", "tabeller", "validering", "visArk", "frysRuder", "sideopsaetning", "beskyttelse", "haendelser"],
    },
    {
      id: "formler", fault: { method: "writeCells", answer: [[2, 3, ""], ["#NAME?", "#NAME?", 45688]], times: 1 },
      reason: 'Formlerne gav ikke det forventede: Excel beregnede "#NAME?", "#NAME?", 45688, forventet 5, 66,7 og 45688.',
    },
    {
      id: "navne", fault: { method: "addName", error: new OfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.") },
      reason: "Navnet kunne ikke oprettes eller bruges: Excel afviste en værdi, som handlingen sendte til arbejdsbogen.", code: "InvalidArgument",
    },
    { id: "tabeller", fault: { method: "addTable", answer: [] }, reason: "Tabellen kunne ikke oprettes eller læses: Tabellens rækker kunne ikke læses tilbage, som de blev skrevet." },
    {
      id: "validering", fault: { method: "addListValidation", answer: true },
      reason: "Datavalideringen virkede ikke: Excel vurderede »Ja« som gyldig og »Måske« som gyldig mod listen Ja, Nej.",
    },
    {
      id: "visArk", fault: { method: "setVisibility" },
      reason: "Det skjulte ark kunne ikke vises: Excel meldte en intern fejl og udførte ikke handlingen.", code: "GeneralException",
      // Excel refuses freeze panes and page layout on a hidden sheet: those two are not tried.
      alsoFailed: ["frysRuder", "sideopsaetning"], alsoReason: NOT_SHOWN,
    },
    { id: "frysRuder", fault: { method: "freezeRows", answer: 0 }, reason: "Ruderne kunne ikke fryses: Excel melder 0 frosne rækker, forventet 1." },
    {
      id: "sideopsaetning", fault: { method: "setPageLayout", error: new OfficeError("ApiNotFound", "The API you are trying to use could not be found.") },
      reason: "Sideopsætningen kunne ikke sættes: Denne version af Excel kan ikke det, handlingen kræver.", code: "ApiNotFound",
    },
    {
      id: "beskyttelse", fault: { method: "tryWrite", answer: { accepted: true, code: null }, times: 1 },
      reason: "Arkbeskyttelsen virkede ikke som forventet: Det beskyttede ark tog imod en ændring.",
    },
    {
      id: "indstillinger", fault: { method: "loadSetting", answer: null, times: 1 },
      reason: "Indstillingen kunne ikke gemmes eller læses: Indstillingen var væk, da den blev læst igen.",
    },
    {
      id: "haendelser", fault: { method: "watchChange", answer: false },
      reason: "Excel meldte ikke ændringen: Ingen hændelse inden for 0.5 sekunder; den automatiske opdatering af tallene virker ikke her.",
    },
    {
      id: "nyArbejdsbog", fault: { method: "canCreateWorkbook", answer: false },
      reason: "Excel.createWorkbook findes ikke her, så Del som fil kan ikke åbne en ny arbejdsbog.",
    },
    {
      id: "sletArk", fault: { method: "deleteSheet", error: new OfficeError("GeneralException", "An internal error has occurred."), times: 1 },
      reason: "never shown: the second try deletes the sheet",
    },
  ];

  it.each(cases)("a failure in $id shows that check ✗ with its reason, the others run, and nothing is left behind", async ({ id, fault, reason, code, alsoFailed = [], alsoReason = NOT_TRIED }) => {
    const wb = userWorkbook();
    useSelvtestHost(wb);
    const { rapport, before, tablesBefore, byId } = await run(wb, withFault(excelSelvtest, fault));
    const failed = id === "sletArk" ? [] : [id, ...alsoFailed];
    expect(rapport.checks.filter((c) => !c.ok).map((c) => c.id).sort()).toEqual([...failed].sort());
    if (id !== "sletArk") expect(byId[id]).toMatchObject({ ok: false, reason, code: code ?? null });
    for (const other of alsoFailed) expect(byId[other].reason).toBe(alsoReason);
    expect(wb.snapshot()).toEqual(before);
    expect(wb.tables.map((t) => t.name)).toEqual(tablesBefore);
    expect(reportText(rapport)).toContain(id === "sletArk" ? "✓ Kladdearket slettes igen" : `✗ ${byId[id].title}: ${reason}`);
  });

  it("says so when the scratch sheet cannot be deleted, naming what to delete (it is the only thing left)", async () => {
    const wb = userWorkbook();
    useSelvtestHost(wb);
    const { byId } = await run(wb, withFault(excelSelvtest, { method: "deleteSheet" }));
    expect(byId.sletArk).toMatchObject({
      ok: false, code: "GeneralException",
      reason: "Kladdearket kunne ikke slettes: slet selv arket, hvis navn begynder med »Styringsark kontrol« (er det skjult, så højreklik på en arkfane → Vis først): Excel meldte en intern fejl og udførte ikke handlingen.",
    });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sager Ærø 2025", "Budget'notat", "Styringsark kontrol æøå's"]);
    expect(wb.names.has("Styringsark_kontrol")).toBe(false);
  });

  it("removes the scratch sheet when Excel added it but refused to hide it (a batch is not rolled back)", async () => {
    const wb = userWorkbook();
    useSelvtestHost(wb);
    // The add is applied, the visibility (the next operation of the same batch) fails.
    const port: SelvtestPort = { ...excelSelvtest, addHiddenSheet: (n) => ((wb.options.failAtOperation = wb.operations + 2), excelSelvtest.addHiddenSheet(n)) };
    const { before, byId } = await run(wb, port);
    wb.options.failAtOperation = undefined;
    expect(byId.skjultArk).toMatchObject({ ok: false, code: "GeneralException" });
    expect(byId.sletArk.ok).toBe(true);
    expect(wb.snapshot()).toEqual(before);
  });

  it("reports missing requirement sets, an old Excel's unknown diagnostics and the highest sets it has", async () => {
    const wb = userWorkbook();
    useSelvtestHost(wb, { sets: { ExcelApi: 10, SharedRuntime: 1 }, createWorkbook: false, diagnostics: undefined as never });
    (globalThis as unknown as { Office: { context: { diagnostics?: unknown } } }).Office.context.diagnostics = undefined;
    const { rapport } = await run(wb);
    const text = reportText(rapport);
    expect(text).toContain("Program: ukendt\nPlatform: ukendt\nVersion: ukendt");
    expect(text).toContain("✗ ExcelApi 1.12 (at skrive og genkende arkene)\n✓ SharedRuntime 1.1 (at opgavepanelet og SOC-funktionerne kan arbejde sammen)\n✗ CustomFunctionsRuntime 1.2");
    expect(text).toContain("  Højeste ExcelApi: 1.10\n  Højeste CustomFunctionsRuntime: ingen\n");
    expect(text).toContain("✗ Ny arbejdsbog (Del som fil): Excel.createWorkbook findes ikke her");
  });

  it("copies no workbook data: no sheet, table or name of the user's, no values, not Excel's own words", async () => {
    const wb = userWorkbook();
    useSelvtestHost(wb, { diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.0.0" } });
    // Excel's message may quote the workbook; only its code may reach the report.
    const quoting = new OfficeError("InvalidArgument", "Sager Ærø 2025 Hemmelig Hansen 010190-1234 Fortrolig_tabel");
    const { rapport } = await run(wb, withFault(excelSelvtest, { method: "addTable", error: quoting }));
    const text = reportText(rapport);
    expect(text).toContain("✗ Tabeller: Tabellen kunne ikke oprettes eller læses: Excel afviste en værdi, som handlingen sendte til arbejdsbogen. [InvalidArgument]");
    for (const secret of ["Sager", "Ærø", "Budget", "notat", "010190", "1234", "Hemmelig", "987654", "987.654", "Fortrolig", "maskCpr", "Arbejdsbog.xlsx"]) {
      expect(text).not.toContain(secret);
    }
  });
});
