// The Office writer's own Danish sentences for what the workbook refuses before anything is written
// (docs/habits.md §2: one place per layer, so the wording is reviewed together and tests pin it).
// Menu paths are those of Excel for Microsoft 365 in Danish.

const q = (name: string) => `"${name}"`;

export const writerMsg = {
  /** The status line while the writer works. */
  progressLooking: () => "Læser arbejdsbogens ark …",
  progressWriting: (sheet: string) => `Skriver arket ${q(sheet)} …`,
  progressSwapping: () => "Lægger arkene på plads …",
  /** Two specs whose names Excel takes for one. */
  sameName: (sheet: string) => `To ark ville hedde ${q(sheet)} (Excel skelner ikke mellem store og små bogstaver i arknavne)`,
  /** A failed run, the workbook as it was. */
  unchanged: (cause: string) => `Arkene kunne ikke skrives, og arbejdsbogen er uændret. Årsag: ${cause}`,
  /** A failed run rolled back but for what cannot be brought back (charts replaced, leftovers removed). */
  rolledBackExcept: (changed: readonly string[], cause: string) => `Arkene kunne ikke skrives. Arbejdsbogen er sat tilbage, bortset fra: ${changed.join("; ")}. Årsag: ${cause}`,
  chartsReplaced: (sheet: string) => `diagrammerne på arket ${q(sheet)} er skiftet ud`,
  leftoversRemoved: (n: number) => `${n} skjult(e) ark fra en tidligere afbrudt kørsel er fjernet`,
  /** A failed run whose rollback failed too: what may be half-written and where the old content is. */
  notRolledBack: (why: string) => `Arkene kunne ikke skrives, og arbejdsbogen kunne ikke sættes helt tilbage (${why}).`,
  partlyUpdated: (quotedSheets: readonly string[], quotedBackups: readonly string[]) =>
    `Arkene ${quotedSheets.join(", ")} kan være delvist opdateret; deres tidligere indhold ligger i de skjulte ark ${quotedBackups.join(", ")}.`,
  tempsRemovedNextRun: (quotedTemps: readonly string[]) => `Skjulte midlertidige ark (${quotedTemps.join(", ")}) fjernes ved næste kørsel.`,
  cause: (cause: string) => `Årsag: ${cause}`,
  /** Workbook structure protection blocks adding, renaming, hiding and deleting sheets. */
  structureProtected: () =>
    "Arbejdsbogens struktur er beskyttet, så Styringsark kan ikke tilføje eller omdøbe ark. Fjern beskyttelsen under Gennemse › Beskyt projektmappe, og prøv igen; arbejdsbogen er uændret.",
  /** A sheet of ours protected with a password: we cannot and will not remove it. */
  sheetPasswordProtected: (sheet: string) =>
    `Arket ${q(sheet)} er beskyttet med adgangskode. Fjern beskyttelsen under Gennemse › Fjern arkbeskyttelse, og prøv igen; arbejdsbogen er uændret.`,
  /** The protection of a sheet of ours could not be lifted and put back for some other reason. */
  sheetProtectionFailed: (sheet: string, cause: string) =>
    `Beskyttelsen af arket ${q(sheet)} kunne ikke løftes og sættes på igen. Fjern beskyttelsen under Gennemse › Fjern arkbeskyttelse, og prøv igen; arbejdsbogen er uændret. Årsag: ${cause}`,
  /** A user's table holds a name we define: Excel keeps names and table names in one namespace. */
  nameIsTable: (name: string, sheet: string) =>
    `Tabellen ${q(name)} hedder det samme som det navn, Styringsark giver en celle på arket ${q(sheet)}, og Excel tillader ikke et navn og en tabel med samme navn. Omdøb tabellen (klik i den, Tabeldesign › Tabelnavn), og prøv igen; arbejdsbogen er uændret.`,
  /** Everything is in place, but the hidden working copies could not be deleted. */
  leftoversRemain: (sheets: readonly string[]) =>
    `Arkene er skrevet, men ${sheets.length === 1 ? "et skjult arbejdsark" : `${sheets.length} skjulte arbejdsark`} (${sheets.map(q).join(", ")}) kunne ikke slettes; de kan indeholde en kopi af arkenes data med cpr-numre. Styringsark sletter dem, næste gang panelet åbnes eller et ark skrives. Du kan også selv slette dem nu: højreklik på et arkfaneblad › Vis, vælg arket og slet det.`,
};

/** Opening a shared report as a new workbook ("Del som fil"). */
const mb = (bytes: number) => (bytes / (1024 * 1024)).toLocaleString("da-DK", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const newWorkbookMsg = {
  tooLarge: (bytes: number) =>
    `Filen fylder ${mb(bytes)} MB, når den sendes til Excel, og Excel på internettet tager højst imod 5 MB ad gangen fra et tilføjelsesprogram. ` +
    `Del færre rapporter ad gangen, eller brug Excel på computeren, som ikke har den grænse.`,
  noApi: () =>
    "Denne version af Excel kan ikke åbne en ny projektmappe fra et tilføjelsesprogram (det kræver ExcelApi 1.8). Opdater Office, eller brug Excel på internettet.",
  policy: (host: string) =>
    `Windows' sikkerhedspolitik (extensionHardening) forhindrer Excel i at åbne filen. Bed IT om at tillade .xlsx-filer fra Excel-tilføjelsesprogrammer. (Excel: ${host})`,
  desktop: (host: string) =>
    `Excel kunne ikke åbne den nye projektmappe. Luk eventuelle dialogbokse i Excel, og prøv igen.${host ? ` (Excel: ${host})` : ""}`,
};

/** The document settings (Office's own text, English or absent, in parentheses for support). */
export const settingsMsg = {
  notSaved: (hostText: string | undefined) => `Indstillingen kunne ikke gemmes i arbejdsbogen${hostText ? ` (${hostText})` : ""}`,
};
