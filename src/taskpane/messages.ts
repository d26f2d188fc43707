// Every sentence the task pane builds for the user, in Danish (docs/habits.md §2): busy and error
// texts of the actions, what to do next, hints and labels kept in code, and every text with a value
// put in. A panel's fixed label written where it is shown (JSX text, or a string literal in a JSX
// attribute or expression) may stay in the panel; test/flows/messagesHome.test.ts holds the rest here.
import { formatNumber } from "../core";

/** "Tjek at arbejdsbogen kan redigeres, og …": a setting the workbook would not save. */
const checkEditable = (then: string) => `Tjek at arbejdsbogen kan redigeres, og ${then}.`;

export const paneMsg = {
  /** The one wording for masking, on every report's checkbox (and, with "i rapporter", the setting). */
  mask: {
    label: "Masker personer (pseudonym i stedet for cpr-nr. og navn)",
    settingLabel: "Masker personer i rapporter (pseudonym i stedet for cpr-nr. og navn)",
  },
  /** An error the program did not expect (a bug, not the user's to read): said in Danish, with what to do. */
  unexpected: {
    text: "Der opstod en uventet fejl i tilføjelsesprogrammet",
    next: "Prøv igen. Sker det igen, så luk opgaveruden og åbn den igen, og send den tekniske besked herunder til den, der har installeret Styringsark.",
  },
  caseSheetsUnreadable: "Arkene kunne ikke læses. Luk og åbn panelet igen.",
  amountUnderstood: (value: number) => `Forstået som ${formatNumber(value, Number.isInteger(value) ? 0 : 2)} kr.`,
  oversigt: {
    /** The order of work and the Excel tables each step reads (names as the flows look them up). */
    komIGang: {
      disponering: { step: "Disponeringsark (første gang)", needs: "en sagsliste, fx tabellen Sager (Cpr-nr., Foranstaltning, Konto, Takst, Startdato, Stopdato)" },
      maaned: { step: "Opdatér måned (hver måned)", needs: "det nye udtræk af sagslisten på et ark; disponeringsark, nøgletal og økonomitjek opdateres i ét tryk" },
      oekonomitjek: { step: "Økonomitjek (når du vil se en anden måned)", needs: "sidste måneds kopi af sagslisten og den aktuelle, på hver sit ark" },
      prognose: { step: "Prognose", needs: "tabellerne Budget, Forbrug og Budgetforudsætninger; gerne også Risikosager, Tilgang, PL, Regnskab og Sager" },
      budgetbemaerkninger: { step: "Budgetbemærkninger", needs: "de samme tabeller som Prognose og de metoder, der er valgt dér" },
      overblik: { step: "Overblik", needs: "et ark med sagslisten (overskrifter i første række)" },
      budgetmodel: { step: "Budgetmodel og Døgnskema", needs: "gerne tabellerne Regnskab, Budget fra økonomisystemet og HÅP pr. funktionsniveau" },
    },
    settingNotSaved: "Indstillingen kunne ikke gemmes i arbejdsbogen",
    settingNext: checkEditable("prøv igen"),
    inserting: "Indsætter eksempeltabellerne …",
    notInserted: "Eksempeltabellerne kunne ikke indsættes",
    alreadyThere: (names: readonly string[]) => `Arbejdsbogen har allerede ${names.length === 1 ? "tabellen" : "tabellerne"} ${names.join(", ")}. `,
  },
  disponering: {
    reading: "Læser kilden …",
    preparing: "Forbereder arkene …",
    /** The choices of art per foranstaltning, short enough for a 320 px pane. */
    arts: { anbringelse: "Anbringelse (til 18 år)", eftervaern: "Efterværn (til 23 år)", oevrig: "Øvrig (ingen aldersgrænse)" },
    bookedHint:
      "En tabel med Konto og en kolonne pr. måned (jan … dec). En måned med et beløb på kontoen bruger beløbet; en tom måned bruger det " +
      "disponerede. Har arbejdsbogen tabellen Forbrug, som prognosen bruger, bruges den, medmindre du vælger en anden tabel – så er " +
      "Disponering og Prognose bogført til samme måned.",
    sourceUnreadable: "Kilden kunne ikke læses",
    sourceNext: "Vælg en anden kilde, eller markér sagslisten med overskrifter, og tryk Læs kilden igen.",
    amountsNext: "Ret beløbene i tabellen (klik på et problem for at gå til cellen), og tryk Generér igen.",
    notWritten: "Arkene blev ikke skrevet",
    tableOnSheet: (table: string, sheet: string) => `Tabellen ${table} står på arket ${sheet}.`,
    selectionRead: "Det markerede område læses; er kun én celle markeret, læses hele det brugte område på arket.",
    ownArt: (rows: number) => `${rows} rækker har deres egen art i kolonnen Art`,
  },
  maaned: {
    updating: "Opdaterer måneden …",
    blocked: "Ret felterne markeret med rødt for at opdatere måneden.",
  },
  oekonomitjek: {
    writing: "Skriver økonomitjekket …",
    sharing: "Laver økonomitjekket som fil …",
    notShared: "Økonomitjekket blev ikke delt",
  },
  overblik: {
    writing: "Skriver overblik, portefølje og leverandører …",
    sharingLeverandoerer: "Laver leverandørerne som fil …",
    leverandoererNotShared: "Leverandørerne blev ikke delt",
    sharingPortefoelje: "Laver porteføljen som fil …",
    portefoeljeNotShared: "Porteføljen blev ikke delt",
    closing: (year: string) => `Lukker året ${year} …`,
    notClosed: "Året blev ikke lukket",
    closeQuestion: (year: string) => `Luk året ${year}?`,
    closeSaves: (sheet: string, year: string) => `Årets helårspersoner, GNS-pris og beløb fra arket "${sheet}" gemmes i arbejdsbogen som ${year}. `,
    closeThen: (year: string) => `Overblik viser derefter ${year} ud fra det gemte. Er året lukket før, erstattes de gemte tal.`,
  },
  prognose: {
    reading: "Læser tabellerne …",
    choiceNotSaved: "Valget kunne ikke gemmes i arbejdsbogen",
    choiceNext: checkEditable("vælg igen"),
    tablesUnreadable: "Tabellerne kunne ikke læses",
    notMade: "Prognosen er ikke dannet.",
    fieldsNext: "Ret felterne markeret med rødt, og tryk Dan prognosen igen.",
    making: "Danner prognosen …",
    notMadeError: "Prognosen kunne ikke dannes",
    analysing: "Danner analyserne …",
    analysesNotMade: "Analyserne kunne ikke dannes",
    skoenLabel: (konto: string) => `Skøn for ${konto} (kr.)`,
  },
  budgetbemaerkninger: {
    writing: "Skriver budgetbemærkningerne …",
    notWritten: "Budgetbemærkningerne kunne ikke skrives",
    copied: "Teksten er kopieret.",
    notCopied: "Teksten kunne ikke kopieres.",
    copyByHand: "Markér teksten i arket, og kopiér den derfra.",
  },
  budgetmodel: {
    /** The tables a budget model is pre-filled from, as the panel lists them. */
    sources: {
      regnskab: "Regnskab sidste år (tabel)",
      budget: "Budget fra økonomisystemet (tabel)",
      haap: "Helårspersoner pr. funktionsniveau (tabel)",
    },
  },
  doegnskema: {
    making: "Opretter døgnskemaet …",
    tilbudMissing: "Vælg tilbuddet, eller skriv dets navn",
  },
  selvtest: {
    checking: "Kontrollerer Excel på et midlertidigt ark …",
    passed: (passed: number, all: number) => `${passed} af ${all} kontroller i orden.`,
    notRun: "Kontrollen kunne ikke gennemføres",
    highest: (name: string, version: string | null | undefined) => `Højeste ${name}: ${version ?? "ingen"}`,
  },
} as const;
