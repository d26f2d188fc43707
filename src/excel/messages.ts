// The Office writer's own Danish sentences for what the workbook refuses before anything is written
// (docs/habits.md §2: one place per layer, so the wording is reviewed together and tests pin it).
// Menu paths are those of Excel for Microsoft 365 in Danish.

const q = (name: string) => `"${name}"`;

export const writerMsg = {
  /** Workbook structure protection blocks adding, renaming, hiding and deleting sheets. */
  structureProtected: () =>
    "Arbejdsbogens struktur er beskyttet, så Styringsark kan ikke tilføje eller omdøbe ark. Fjern beskyttelsen under Gennemse › Beskyt projektmappe, og prøv igen. Intet er ændret.",
  /** A sheet of ours protected with a password: we cannot and will not remove it. */
  sheetPasswordProtected: (sheet: string) =>
    `Arket ${q(sheet)} er beskyttet med adgangskode. Fjern beskyttelsen under Gennemse › Fjern arkbeskyttelse, og prøv igen. Intet er ændret.`,
  /** The protection of a sheet of ours could not be lifted and put back for some other reason. */
  sheetProtectionFailed: (sheet: string, cause: string) =>
    `Beskyttelsen af arket ${q(sheet)} kunne ikke løftes og sættes på igen. Fjern beskyttelsen under Gennemse › Fjern arkbeskyttelse, og prøv igen. Intet er ændret. Årsag: ${cause}`,
  /** A user's table holds a name we define: Excel keeps names and table names in one namespace. */
  nameIsTable: (name: string, sheet: string) =>
    `Tabellen ${q(name)} hedder det samme som det navn, Styringsark giver en celle på arket ${q(sheet)}, og Excel tillader ikke et navn og en tabel med samme navn. Omdøb tabellen (klik i den, Tabeldesign › Tabelnavn), og prøv igen. Intet er ændret.`,
  /** Everything is in place, but the hidden working copies could not be deleted. */
  leftoversRemain: (sheets: readonly string[]) =>
    `Arkene er skrevet, men ${sheets.length === 1 ? "et skjult arbejdsark" : `${sheets.length} skjulte arbejdsark`} (${sheets.map(q).join(", ")}) kunne ikke slettes; de kan indeholde en kopi af arkenes data med cpr-numre. Styringsark sletter dem, næste gang panelet åbnes eller et ark skrives. Du kan også selv slette dem nu: højreklik på et arkfaneblad › Vis, vælg arket og slet det.`,
};
