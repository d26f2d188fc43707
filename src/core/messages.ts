// Every Danish text the core hands to a user lives here (docs/habits.md §2), so wording is reviewed in one
// place and the other layers never build sentences of their own from the core's data.
import { formatAmountText, formatHaap } from "./budgetText";
import { formatDate, formatNumber } from "./format";

/** A text ending a sentence: its own full stop ("kr.") ends it. */
const endSentence = (text: string) => (text.endsWith(".") ? text : `${text}.`);

/**
 * A cell's text as a message quotes it: at most 40 characters, so a 32.767-character cell gives a
 * readable message (and a short one in Excel's error tooltip).
 */
export function quote(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

export const msg = {
  /** The kinds problems are grouped by in the task pane, each with what to do (problemKinds.ts). */
  kind: {
    overlap: { title: "Overlappende sager for samme person", todo: "Ret start- eller stopdato, så perioderne ikke overlapper, eller slet den dobbelte række." },
    date: { title: "Datoer, der ikke kan læses", todo: "Skriv datoen som dd.mm.åååå, fx 01.03.2025, eller som en Excel-dato." },
    amount: { title: "Beløb, der ikke kan læses", todo: "Skriv beløbet som et tal i kroner, fx 75.000 eller 1.200.000,50." },
    unit: { title: "Ukendte takstenheder", todo: "Skriv måned, døgn, uge eller år i kolonnen for enhed." },
    required: { title: "Felter, der mangler", todo: "Udfyld cellen, eller slet rækken, hvis den ikke er en sag." },
    cpr: { title: "Cpr-numre, der ikke kan bruges", todo: "Skriv det fulde cpr-nummer som DDMMÅÅ-SSSS; et maskeret nummer kan ikke skelne personer." },
    cprDate: { title: "Cpr-numre uden gyldig fødselsdato", todo: "Tjek nummeret; rækken er talt med, men alderen kan ikke beregnes." },
    column: { title: "Kolonner, der mangler", todo: "Tilføj kolonnen i tabellen, eller ret koblingen af kolonner." },
    age: { title: "Sager efter 18-årsdagen", todo: "Tjek stopdatoen, eller markér foranstaltningen som efterværn." },
    percent: { title: "Procentsatser, der ikke kan læses", todo: "Skriv satsen som 40 % eller 0,4." },
    substitute: { title: "Erstatningspersonnumre (dag 61–91)", todo: "Til orientering: rækkerne er talt med. Tjek blot, at numrene er de rigtige." },
    other: { title: "Andre problemer", todo: "Klik på et problem for at gå til cellen, og ret den." },
  },
  /** The task pane's fields: one message per kind, each with an example (fields.ts). */
  field: {
    year: () => `Skriv et årstal mellem 2000 og 2100 med fire cifre, fx 2025.`,
    month: () => `Skriv månedens nummer fra 1 til 12, fx 10 for oktober.`,
    count: (min: number, max: number) =>
      `Skriv et helt tal fra ${formatNumber(min)} til ${formatNumber(max)}, fx ${formatNumber(Math.min(Math.max(min, 12), max))}.`,
    countAtLeast: (min: number) => `Skriv et helt tal på ${formatNumber(min)} eller derover, fx ${formatNumber(Math.max(min, 12))}.`,
    amount: () => `Skriv et beløb i kroner, fx 1.200.000 eller 75.000,50.`,
    amountAtLeast: (min: number) => `Skriv et beløb på ${formatNumber(min)} kr. eller derover, fx 1.200.000.`,
    share: () => `Skriv en andel mellem 0 og 100 %, fx 60 % eller 0,6.`,
    hoursPerWeek: () => `Skriv timer pr. uge fra 0 til 168 (ugens timer), fx 12 eller 12,5.`,
    required: () => `Feltet skal udfyldes.`,
  },
  dateInvalid: (text: string) => `${quote(text)} er ikke en gyldig dato`,
  dateTwoDigitYear: (text: string) => `${quote(text)} har et tocifret årstal — skriv året med fire cifre`,
  dateFictitious1900: () => `29.02.1900 findes ikke (Excels fiktive dato, serienummer 60)`,
  dateOutOfRange: (text: string) => `${quote(text)} ligger uden for Excels datoområde (01.01.1900–31.12.9999)`,
  dateMissing: () => `mangler en dato`,
  linkedDataType: () => `cellen indeholder en datatype (fx Aktier eller Geografi) — skriv tekst, en dato eller et tal`,
  numberInvalid: (text: string) => `${quote(text)} er ikke et gyldigt beløb`,
  numberNotFinite: (text: string) => `${quote(text)} er ikke et endeligt tal`,
  numberNegative: (text: string) => `${quote(text)} må ikke være negativ`,
  percentInvalid: (text: string) => `${quote(text)} er ikke en gyldig procentsats`,
  probabilityAboveOne: (text: string) =>
    `${quote(text)} er større end 1 — skriv sandsynligheden som 0,4 eller 40 %`,
  probabilityNegative: (text: string) => `${quote(text)} er negativ — sandsynligheden skal ligge mellem 0 og 1`,
  rateAboveOne: (text: string) => `${quote(text)} er større end 1 — skriv satsen som 0,042 eller 4,2 %`,
  unitInvalid: (text: string) => `${quote(text)} er ikke en kendt takstenhed (måned, døgn, uge eller år)`,
  stopBeforeStart: (stop: number, start: number) =>
    `stopdato ${formatDate(stop)} ligger før startdato ${formatDate(start)}`,
  periodInvalid: (from: number, to: number) =>
    `perioden ${formatDate(from)}–${formatDate(to)} er ugyldig: til-datoen ligger før fra-datoen`,
  haapZero: () => `Helårspersoner er 0 i perioden — gennemsnitsprisen kan ikke beregnes (division med 0)`,
  indexBaseZero: () => `Basisårets værdi er 0 — indekset kan ikke beregnes`,
  methodInvalid: (text: string) => `${quote(text)} er ikke en kendt metode (dage eller måneder)`,
  frequencyInvalid: (text: string) =>
    `${quote(text)} er ikke en kendt hyppighed (fx "Alle ugens 7 dage", "Hverdage", "Weekend", "Fredag", "2 gange ugentligt", "Månedligt")`,
  ratioNeedsNumber: (text: string) =>
    `${quote(text)}: angiv hvor mange borgere én medarbejder deler sig imellem, fx 1:3`,
  ratioInvalid: (text: string) => `${quote(text)} er ikke en gyldig normering M:N, medarbejdere:borgere (fx 1:1, 1:3 eller 2:1)`,
  minutesInvalid: (text: string) => `${quote(text)} er ikke et gyldigt antal minutter`,
  periodUnitInvalid: (text: string) => `${quote(text)} er ikke en kendt periode (uge eller år)`,
  historyTooShort: (need: number, have: number) =>
    `kræver ${need} bogførte måneder, men der er kun ${have}`,
  historyEmpty: () => `der er ingen historik at beregne tilgangen ud fra`,
  rangeShape: (name: string) => `${name} skal have samme antal rækker som de øvrige områder`,
  oneCellExpected: (name: string, cells: number) =>
    `${name}: forventer én celle, men fik et område med ${cells} celler — vælg en enkelt celle`,
  resultNotFinite: () =>
    `resultatet er for stort til at være et tal i Excel (over 1,8·10³⁰⁸) — tjek takster, beløb og satser`,
  valueNotFinite: (where: string) => `${where}: værdien er ikke et endeligt tal (∞ eller ikke et tal) og skrives ikke`,
  cprFormat: (text: string) => `${quote(text)} er ikke et cpr-nummer på formen DDMMÅÅ-SSSS`,
  cprDate: (text: string) => `${quote(text)} indeholder ikke en gyldig fødselsdato`,
  cprMasked: (text: string) => `${quote(text)} er et maskeret cpr-nummer og kan ikke skelne personer — brug det fulde cpr-nummer`,
  cprTruth: (text: string) => `${quote(text)} er en sandhedsværdi, ikke et cpr-nummer — er det den rigtige kolonne?`,
  cprZero: (text: string) => `${quote(text)} er ikke et cpr-nummer og kan ikke skelne personer — skriv det fulde cpr-nummer, eller lad cellen stå tom`,
  cprSubstitute: (text: string) => `${quote(text)} er et erstatningspersonnummer (dag 61–91)`,
  row: (row: number, text: string) => `Række ${row}: ${text}`,
  rowColumn: (row: number, column: string, text: string) => `Række ${row}, ${column}: ${text}`,
  required: () => `skal udfyldes`,
  duplicateOverlap: (cpr: string, foranstaltning: string, otherRow: number) =>
    `${cpr} har allerede en overlappende række for ${foranstaltning} (række ${otherRow})`,
  // Custom functions (src/functions): each argument's name as Excel's formula tooltip shows it, so a
  // message can say which argument (and which cell of it) is wrong.
  fnArg: {
    takst: "takst", startdato: "startdato", stopdato: "stopdato", maaned: "måned", takstenhed: "takstenhed",
    fra: "fra", til: "til", cpr: "cpr", metode: "metode", antal: "antal", udgift: "enhedsudgift",
    sandsynlighed: "sandsynlighed", maaneder: "måneder", minutter: "minutter", hyppighed: "hyppighed",
    normering: "normering", periode: "periode", beloeb: "beløb", plSatser: "pl_satser", dato: "dato",
  },
  argument: (name: string, text: string) => `${name}: ${text}`,
  argumentCell: (name: string, cell: number, text: string) => `${name}, celle ${cell}: ${text}`,
  noForanstaltning: () => `(uden foranstaltning)`,
  prognoseMethodUnknown: (text: string) =>
    `${quote(text)} er ikke en kendt prognosemetode (disponering, risikosager, pulje, glidende gennemsnit, 12-dele, rammestyring eller skøn)`,
  prognoseInputMissing: (method: string, what: string) => `${method} mangler ${what}`,
  tableMissing: (name: string) => `Tabellen "${name}" findes ikke i arbejdsbogen`,
  tableColumnMissing: (table: string, column: string) => `Tabellen "${table}" mangler kolonnen "${column}"`,
  leverandoerTypeInvalid: (text: string) => `"${text}" er ikke en leverandørtype; skriv intern eller ekstern`,
  /** Where Leverandører's types come from, said in its banner. */
  leverandoerTypeSource: (caseColumn: boolean, table: string | null) =>
    [caseColumn ? "sagslistens kolonne med leverandørtype" : null, table ? `tabellen ${table}` : null].filter((x) => x !== null).join(" og "),
  // Portefølje per rådgiver over time: the columns of the snapshots compared with, and a missing one.
  portfolioLastMonth: (ym: string, exact: boolean) => `${exact ? "Sidste måned" : "Sidste sagsbillede"} (${ym})`,
  portfolioQuarter: (ym: string) => `Samme måned sidste kvartal (${ym})`,
  portfolioNoQuarter: (ym: string) => `Der er intet sagsbillede for ${ym} (samme måned sidste kvartal).`,
  monthHeaderInvalid: (text: string) => `${quote(text)} er ikke en måned (skriv fx 2025-01 eller 01.01.2025)`,
  // Pre-filling the budget model from the workbook's tables (docs/domain.md §5).
  budgetLineUnknown: (text: string) => `"${quote(text)}" er ikke en linje i budgetmodellen — beløbet er ikke brugt`,
  budgetLineAmbiguous: (text: string, lines: readonly string[]) =>
    `"${quote(text)}" passer på flere linjer i budgetmodellen (${lines.join("; ")}) — skriv linjens fulde navn; beløbet er ikke brugt`,
  budgetLevelUnknown: (text: string, levels: readonly string[]) =>
    `"${quote(text)}" er ikke et funktionsniveau i budgetmodellen (${levels.join(", ")}) — rækken er ikke brugt`,
  budgetInternEkstern: (text: string) => `"${quote(text)}" er hverken intern eller ekstern — rækken er ikke brugt`,
  // Age and the 18th birthday (docs/domain.md §8).
  cell: (address: string, text: string) => `Celle ${address}: ${text}`,
  dateBeforeBirth: (day: number, birth: number) => `${formatDate(day)} ligger før fødselsdatoen ${formatDate(birth)}`,
  ageNoCpr: () => `mangler cpr-nummer — alderen kan ikke beregnes`,
  artUnknown: (text: string) => `${quote(text)} er ikke en kendt art (anbringelse, efterværn eller øvrig)`,
  ageLimitPassed: (limit: number, stop: number | null, last: number) =>
    `${stop === null ? "den åbne sag starter" : `stopdato ${formatDate(stop)} ligger`} efter ${formatDate(last)}, dagen før ${limit}-årsdagen: ` +
    (limit === 18 ? `anbringelsen løber efter 18-årsdagen — er det efterværn?` : `efterværnet løber efter dagen før ${limit}-årsdagen`),
  noegletalUnknown: (names: readonly string[]) =>
    `Disse nøgletal kan ikke beregnes ud fra sagerne: ${names.map((n) => `"${n}"`).join(", ")} — skriv kommunens eget tal i den gule celle på arket Sammenligning`,
  yearInvalid: (text: string) => `${text} er ikke et årstal`,
  yearMissing: (year: number) => `der er ingen tal for ${year} (hverken gemt ved årsafslutning eller i regnskabstabellen)`,
  // Backtest of the prognose methods (docs/domain.md §8).
  backtestHowTo: () =>
    `Grundlaget er tabellen Forbrug (bogført pr. konto og måned) og budgetterne for de tidligere år i tabellen Regnskab. Et år tæller med, når alle 12 måneder er bogført.`,
  backtestNotRebuildable: () => `kan ikke efterprøves: metoden bruger oplysninger, som ikke er gemt for tidligere år`,
  // Rammetilpasning (docs/domain.md §9): the sentence for the budget text.
  rammeUdenRamme: (omraade: string) => `Skriv budgetrammen for ${omraade} i den gule celle, og dan arket igen for at få teksten.`,
  rammeTekst: (t: {
    omraade: string; ramme: number; udgift: number; helaarsforanstaltninger: number; overskridelse: number; prisaendring: number | null;
    flyt: { fra: string; til: string; haap: number; muligt: boolean; fraHaap: number; andelFoer: number | null; andelEfter: number | null; maal: number } | null;
  }) => {
    const pct = (f: number) => `${formatNumber(f * 100, 1)} %`;
    const over = t.overskridelse;
    const first = `Med de forventede ${formatHaap(t.helaarsforanstaltninger)} helårsforanstaltninger på ${t.omraade} bliver udgiften ${formatAmountText(t.udgift)}, ` +
      (Math.round(over) === 0 ? `svarende til budgetrammen.` : `hvilket er ${formatAmountText(Math.abs(over))} ${over > 0 ? "mere" : "mindre"} end budgetrammen på ${endSentence(formatAmountText(t.ramme))}`);
    if (over <= 0 || Math.round(over) === 0) return first;
    const ways: string[] = [];
    const f = t.flyt;
    if (f) {
      const shares = f.andelFoer !== null && f.andelEfter !== null
        ? `, så andelen i plejefamilie går fra ${pct(f.andelFoer)} til ${pct(f.andelEfter)} (målet er ${pct(f.maal)})` : "";
      ways.push(`hvis ${formatNumber(f.haap, 2)} helårspersoner flyttes fra ${f.fra.toLowerCase()} til ${f.til.toLowerCase()}${shares}` +
        (f.muligt ? "" : ` — det er flere end de ${formatHaap(f.fraHaap)}, der forventes i ${f.fra.toLowerCase()}`));
    }
    if (t.prisaendring !== null) ways.push(`hvis gennemsnitspriserne samlet falder ${pct(-t.prisaendring)}`);
    return ways.length === 0 ? first : `${first} Rammen holdes, ${ways.join(", eller ")}.`;
  },
  backtestNoRuns: (needsBudget: boolean) =>
    needsBudget
      ? `kan ikke efterprøves: der mangler budget for de tidligere år`
      : `kan ikke efterprøves: der er ikke 12 bogførte måneder før de tidligere år`,
  // "Del som fil" and the pseudonym key behind it (docs/domain.md §7).
  share: {
    noReport: () => `Vælg mindst én rapport at dele.`,
    hidden: (sheet: string) => `Arket ${sheet} er skjult og deles ikke.`,
    formulas: (sheet: string) => `Arket ${sheet} har formler; en delt fil må kun have værdier.`,
    cprInCell: (sheet: string, address: string) =>
      `Arket ${sheet}, celle ${address}: cellen indeholder et cpr-nummer fra sagerne, så filen deles ikke. ` +
      `Ret teksten i sagslisten (fx Rådgiver eller Foranstaltning), og prøv igen.`,
    cprInSheetName: (position: number) =>
      `Navnet på ark nr. ${position} i den delte fil indeholder et cpr-nummer fra sagerne, så filen deles ikke. Omdøb arket, og prøv igen.`,
    cannotOpen: () => `Excel kunne ikke åbne den nye projektmappe. Tillad pop op-vinduer for Excel, og prøv igen.`,
    opened: (names: readonly string[]) =>
      `Den nye projektmappe med ${names.length === 1 ? `arket ${names[0]}` : `arkene ${names.join(", ")}`} er åbnet: kun værdier, personer som pseudonymer. Gem den, og del den.`,
    // The user's sheet names stay behind (a name may hold anything, also a cpr-nummer).
    versionBefore: () => `sagslisten sidst`,
    versionNow: () => `sagslisten nu`,
    keyUnreadable: (cause: string) =>
      `Nøglen til pseudonymer kunne ikke læses fra arbejdsbogen${cause ? ` (${cause})` : ""}. Der er ikke lavet en ny nøgle, for så ville hver person få et nyt pseudonym. Prøv igen om lidt; hjælper det ikke, så luk og åbn arbejdsbogen.`,
    keyNotSaved: () =>
      `Nøglen til pseudonymer kunne ikke gemmes i arbejdsbogen, så samme person ville få et nyt pseudonym næste gang. Gem arbejdsbogen, og prøv igen.`,
    noRandom: () => `Denne Excel kan ikke lave tilfældige tal til pseudonymer. Opdatér Excel, eller slå maskering fra for denne rapport.`,
  },
} as const;
