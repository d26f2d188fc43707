// Every sentence a flow hands to the user, in Danish (docs/habits.md §2): the flows' message module,
// beside the core's `core/messages.ts`. The Office error table (`hostError.ts`) and the self-test's
// table of checks (`selvtest.ts`) are message modules of their own: each row is a code or a check
// with its Danish text (docs/habits.md §3). A flow passes figures and names here and never assembles
// a user sentence itself; `test/flows/messagesHome.test.ts` fails on a Danish sentence built
// anywhere else in src/flows, src/excel or src/taskpane.
import { formatAmountText, formatDate, formatHaap, formatKr, type ChangeKind } from "../core";

/** The headline figures of a written Nøgletal, as its builders computed them. */
export interface HeadlineFigures {
  haap: number;
  /** Null when HÅP is 0 (the sheet shows #I/T). */
  gnsPris: number | null;
  disponeret: number;
  /** Null when the booked amounts the sheet keeps were not known to this run. */
  forventet: number | null;
}

/** A change between two months' case tables, one and many. */
const CHANGE_TEXT: Record<ChangeKind, [string, string]> = {
  tilgang: ["ny sag", "nye sager"],
  afgang: ["ophørt sag", "ophørte sager"],
  takst: ["takstændring", "takstændringer"],
  start: ["ændret startdato", "ændrede startdatoer"],
  stop: ["ændret stopdato", "ændrede stopdatoer"],
  takstOgStop: ["sag med ny takst og stopdato", "sager med ny takst og stopdato"],
  uaendret: ["uændret sag", "uændrede sager"],
};

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");
/** "1 række" / "3 rækker". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** " note" after a sentence, or "". */
const then = (note: string | undefined) => (note ? ` ${note}` : "");

export const flowMsg = {
  /** Said by every flow that reads a sheet, a table or writes sheets. */
  common: {
    sheetMissing: (name: string) => `Arket "${name}" findes ikke i arbejdsbogen`,
    tableMissing: (name: string) => `Tabellen "${name}" findes ikke i arbejdsbogen`,
    columnsMissing: (labels: readonly string[]) => `Arket mangler kolonnerne: ${labels.join(", ")}`,
    nothingWritten: () => "Intet er skrevet.",
    written: (names: readonly string[]) => (names.length === 1 ? `Arket "${names[0]}" er skrevet.` : `Arkene ${quoted(names)} er skrevet.`),
    wroteSheets: (names: readonly string[], note?: string) => `Skrev arkene ${names.join(", ")}.${then(note)}`,
    wroteSheet: (names: readonly string[], note?: string) => `Skrev arket ${names.join(", ")}.${then(note)}`,
    movedAside: (wanted: readonly string[]) => `Et af dine egne ark hed allerede ${quoted(wanted)}; det er ikke rørt.`,
    noBookedMonths: () => 'Tabellen "Forbrug" har ingen bogførte måneder',
    /** Values typed on the sheets that a refresh kept although the table behind them changed too. */
    typedKept: (n: number) =>
      `${n === 1 ? "Én værdi" : `${n} værdier`}, du har rettet direkte på arkene, er beholdt, selv om tabellen bag ${n === 1 ? "den" : "dem"} også er ændret siden; slet værdien på arket for at bruge tabellens.`,
  },

  /**
   * The pane's result line in figures (not in the workbook's name forms such as HÅP_2025):
   * "HÅP 185,4 · GNS-pris 727.451 kr. · forventet regnskab 134,9 mio. kr.".
   */
  headline: (f: HeadlineFigures): string =>
    [
      `HÅP ${formatHaap(f.haap)}`,
      f.gnsPris === null ? "GNS-pris kan ikke opgøres (ingen helårspersoner)" : `GNS-pris ${formatKr(f.gnsPris)}`,
      f.forventet === null ? `disponeret ${formatAmountText(f.disponeret)}` : `forventet regnskab ${formatAmountText(f.forventet)}`,
    ].join(" · "),

  disponering: {
    notCaseTable: (label: string) =>
      `${label} ligner ikke en sagstabel: ingen kolonne hedder noget med cpr-nummer, foranstaltning, takst eller startdato. Vælg tabellen med sagerne (én række pr. sag), eller vælg kolonnerne herunder.`,
    chooseColumn: (labels: readonly string[]) => `Vælg en kolonne til ${labels.join(" og ")}.`,
    checked: (source: string, cases: number, rejected: string, warnings: number) =>
      `${source}: ${cases} sager bruges, ${rejected} har fejl og er udeladt, ${warnings} advarsler.`,
    rows: (n: number) => count(n, "række", "rækker"),
    noMonths: (table: string) =>
      `Tabellen ${table} har ingen bogførte beløb i månedskolonner (jan … dec eller 1 … 12); intet er skrevet. Giv tabellen en kolonne pr. måned med beløbene, eller vælg "Ingen bogførte beløb".`,
    bookedFromForbrug: (table: string, months: number) => ` De bogførte beløb er tabellen ${table}s til og med måned ${months}, de samme som prognosen bruger.`,
    amountsUnreadable: (table: string, n: number) => `Tabellen ${table} har ${n === 1 ? "et beløb" : `${n} beløb`}, der ikke kan læses; intet er skrevet.`,
    done: (sheets: readonly string[], cases: number, bookedNote: string, note: string) =>
      `Færdig: ${sheets.map((s) => `"${s}"`).join(" og ")} er skrevet med ${cases} sager.${bookedNote}${then(note)}`,
  },

  maaned: {
    /** "1 ny sag", "3 ophørte sager". */
    change: (kind: ChangeKind, n: number) => count(n, CHANGE_TEXT[kind][0], CHANGE_TEXT[kind][1]),
    updated: (month: string, year: number, label: string, cases: number) => `Måned ${month}.${year} er opdateret fra ${label} (${cases} sager).`,
    since: (before: string, changes: readonly string[]) => `Siden ${before}: ${changes.length > 0 ? changes.join(", ") : "ingen ændringer"}.`,
    /** The snapshots Portefølje compares with (docs/domain.md §9). */
    lastSnapshotLabel: (lastMonth: boolean, month: string) => `${lastMonth ? "Sidste måned" : "Sidste sagsbillede"} (${month})`,
    quarterLabel: (month: string) => `Samme måned sidste kvartal (${month})`,
    noQuarter: (month: string) => `Der er intet sagsbillede for ${month} (samme måned sidste kvartal).`,
    noEarlier: () => "Der er intet tidligere sagsbillede at sammenligne med; næste måned får du et økonomitjek.",
    alsoUpdated: (names: readonly string[]) => `Også opdateret: ${names.join(", ")}.`,
    followUpSkipped: (why: string) => `Prognose og budgetbemærkninger er ikke opdateret: ${why}`,
    carried: (n: number) =>
      `${count(n, "række", "rækker")} med det, du har skrevet (noter, egne kolonner, bogførte beløb, puljer, nye sager, sandsynligheder, skøn), står igen ved deres sag, konto eller linje.`,
    parked: (n: number) => `${count(n, "række", "rækker")} med det, du har skrevet ved sager eller konti, der ikke længere er i udtrækket, ligger under "Fjernede sager".`,
  },

  historik: {
    notClosed: (year: number) => `Året ${year} er ikke lukket.`,
    noCases: (year: number, sheet: string) => `Året ${year} er ikke lukket: arket ${sheet} har ingen sager, der kan læses.`,
    early: (today: number) => ` Året er ikke slut (i dag er det ${formatDate(today)}): tallene er dispositionerne, som de ser ud nu; luk året igen efter nytår.`,
    closed: (year: number, foranstaltninger: number, konti: number, sheet: string, again: boolean, early: string, note: string) =>
      `Året ${year} er lukket: helårspersoner, GNS-pris og beløb for ${count(foranstaltninger, "foranstaltning", "foranstaltninger")} ` +
      `og ${count(konti, "konto", "konti")} samt personer og helårspersoner pr. aldersgruppe er gemt i det skjulte ark "${sheet}"` +
      `${again ? " (i stedet for de tal, der var gemt for året før)" : ""}. Overblik viser dem som tidligere år.${early}${then(note)}`,
  },

  refresh: {
    masked: (sheet: string) => `${sheet} har maskerede cpr-numre, så HÅP kan ikke regnes igen her; generér arket fra sagslisten.`,
    rejected: (sheet: string, n: number) =>
      `${sheet} har ${n === 1 ? "en række" : `${n} rækker`} med fejl (se kolonnen Fejl i rækken); tallene opdateres, når ${n === 1 ? "den er rettet" : "de er rettet"}.`,
    refreshed: (changed: readonly string[], written: readonly string[]) => `Tallene er opdateret efter ændringerne på ${changed.join(" og ")}: ${written.join(", ")}.`,
    upToDate: () => "Tallene er opdaterede.",
    nothing: () => "Der var intet at opdatere.",
  },

  overblik: {
    noCaseSheet: (wanted: string, komIGang: string) => `Arbejdsbogen har intet ark med en sagsliste. Læg sagerne på et ark med ${wanted}, ${komIGang}.`,
    sheetLacks: (sheet: string, labels: readonly string[]) => `arket ${sheet} mangler ${labels.join(" og ")}`,
    noSheetLikeCases: (missing: readonly string[], more: boolean, wanted: string, komIGang: string) =>
      `Intet ark ligner en sagsliste (${missing.join("; ")}${more ? " …" : ""}). Sagslisten skal have ${wanted}; ret overskrifterne, ${komIGang}.`,
    wantedHeaders: () => "overskrifterne i første række (fx Cpr-nr., Foranstaltning, Takst, Startdato, Stopdato)",
    komIGang: () => "eller indsæt eksempeltabellerne under Oversigt → Kom i gang",
  },

  prognose: {
    read: (konti: number, year: number) => `${konti} konti læst; budgetår ${year}.`,
    missingTables: (names: readonly string[]) => {
      const q = names.map((n) => `"${n}"`);
      const list = q.length === 1 ? `Tabellen ${q[0]} findes` : `Tabellerne ${q.slice(0, -1).join(", ")} og ${q[q.length - 1]} findes`;
      const make = q.length === 1 ? "Lav den som en Excel-tabel" : "Lav dem som Excel-tabeller";
      return `${list} ikke i arbejdsbogen. ${make} (Indsæt → Tabel, og giv tabellen navnet under Tabeldesign), eller indsæt eksempeltabellerne under Oversigt → Kom i gang.`;
    },
    noSuggestion: () => "Intet forslag: kræver et helt tidligere år i Forbrug (og budgettet i tabellen Regnskab for 12-dele og rammestyring).",
    suggestion: (years: readonly number[], method: string, error: string) => `Forslag ud fra ${years.join(", ")}: ${method}${error}`,
    meanError: (percent: string) => ` (gns. fejl ${percent})`,
    skoenMissing: (konto: string) => `Skriv skønnet for konto ${konto} i kr., eller vælg en anden metode.`,
    typedUsed: (n: number) =>
      ` ${n === 1 ? "Én værdi" : `${n} værdier`}, du har rettet direkte på arkene (Budgetforudsætninger, Risikosager, Prognose), er brugt i stedet for tabellernes og panelets; slet en værdi på arket for at bruge tabellens igen.`,
    // "Prognose", not "forventet regnskab": that is the workbook's one figure on Nøgletal (docs/domain.md §7).
    written: (writtenText: string, total: number, typed: string) => `${writtenText} Prognosen for året efter de valgte metoder er i alt ${formatKr(total)}${typed}`,
  },

  budgetmodel: {
    sources: (names: readonly string[]) => (names.length === 1 ? `tabellen ${names[0]}` : `tabellerne ${names.slice(0, -1).join(", ")} og ${names[names.length - 1]}`),
    created: (sheets: readonly string[], source: string | undefined, problems: number, note: string | undefined) =>
      `Arket "${sheets.join(", ")}" er oprettet${source ? ` med tal fra ${source}` : ""}.` +
      `${problems > 0 ? ` ${count(problems, "problem", "problemer")} i tabellerne; se listen.` : ""}${then(note)}`,
    createdSheets: (sheets: readonly string[], note: string | undefined) => `Oprettet: ${sheets.join(", ")}.${then(note)}`,
    noModel: (modelName: string) => `Der er ingen "${modelName}": skriv ATA-timeprisen i arket.`,
  },

  forms: {
    chooseCaseSheet: () => "Vælg arket med sagerne",
    baseYearAfterYear: () => "Basisåret må ikke ligge efter budgetåret",
    chooseBothSheets: () => "Vælg både sidste måneds kopi og den aktuelle sagstabel",
    chooseTwoSheets: () => "Vælg to forskellige ark at sammenligne",
    tilbudName: () => "Skriv tilbuddets navn",
    tilbudNameChars: () => "Navnet må ikke indeholde : \\ / ? * [ ]",
    borger: () => "Skriv borgerens pseudonym eller cpr-nummer",
    chooseExtract: () => "Vælg arket med det nye udtræk af sagstabellen",
  },

  eksempel: {
    inserted: (n: number, names: readonly string[]) => `${n} eksempeltabeller fra Eksempel Kommune er indsat på nye ark: ${names.join(", ")}.`,
    renamed: (list: readonly { wanted: string; name: string }[]) =>
      `Arbejdsbogen havde allerede tabellerne ${list.map((p) => `${p.wanted} (eksemplet hedder ${p.name})`).join(", ")}; panelerne læser dine egne.`,
    movedSheets: (sheets: readonly string[]) => `Ark med samme navn fandtes, så eksemplerne ligger på ${sheets.join(", ")}.`,
    untouched: () => "Dine egne ark og tabeller er ikke ændret. Prøv nu panelerne i rækkefølgen ovenfor.",
  },

  /** Where Leverandører ÅÅÅÅ took the providers' types from. */
  leverandoerer: {
    caseColumn: () => "sagslistens kolonne med leverandørtype",
    table: (name: string) => `tabellen ${name}`,
  },

  requirements: {
    missing: (what: string) =>
      `Denne version af Excel mangler funktioner, som Styringsark bruger: ${what}. ` +
      `Opdater Office til Microsoft 365 version 2008 eller nyere (Windows) eller 16.40 eller nyere (Mac) — ` +
      `Filer > Konto > Opdateringsindstillinger > Opdater nu — eller brug Excel på internettet.`,
  },
} as const;
