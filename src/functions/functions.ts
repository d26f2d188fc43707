// The custom functions of the SOC namespace: thin wrappers that read Excel's arguments (args.ts)
// and call the core. The JSDoc blocks are Excel's metadata (custom-functions-metadata-plugin turns
// them into functions.json and adds the CustomFunctions.associate calls), so their text is what
// the user sees in Danish, and parameter names are Danish because Excel shows them in the tooltip.
// Ranges are typed `unknown[][]`: the generator maps `unknown` to Excel's "any" exactly as `any`,
// so text dates and blank cells reach us, and strict TypeScript still checks the code.
import {
  ageAt, ataHoursPerWeek, birthDay, dayToYmd, disponeringInMonth, disposedAmountOfColumns, gnsPris as coreGnsPris, haapOfSpans,
  msg, parseHaapMethod, parseAmount, parseUnit, perYear,
  plFremskrivning as corePlFremskrivning, risikoprognose as coreRisikoprognose, ymdToDay, describeValue,
} from "../core";
import {
  ARGS, argDate, argProblem, caseColumns, finite, isBlankOrZero, personRows, presentCases, raise, readCases, readList, readPeriod,
  readTableRows, single,
} from "./args";

const L = msg.fnArg;

/**
 * Disponering pr. kalendermåned: taksten fremskrevet til den måned, der indeholder datoen i måned. Med områder af sager og/eller en række af måneder gives et gitter med én række pr. sag og én kolonne pr. måned (spild). Tomme rækker giver 0.
 * @customfunction DISPONERING DISPONERING
 * @param takst Taksten (beløb pr. takstenhed). Én værdi eller et område med én pr. sag.
 * @param startdato Startdato (inklusiv), som dato eller tekst dd.mm.åååå.
 * @param stopdato Stopdato (inklusiv). Tom, 0 eller 01.01.9999 betyder åben.
 * @param måned En dato i den ønskede måned, eller en række af datoer (én pr. måned).
 * @param takstenhed [Valgfri] "måned" (standard), "døgn", "uge" eller "år". Én værdi for alle eller én pr. sag.
 * @returns Disponeringen pr. sag og måned i kr.
 */
export function disponering(
  takst: unknown[][],
  startdato: unknown[][],
  stopdato: unknown[][],
  måned: unknown[][],
  takstenhed?: unknown[][],
): number[][] {
  const cases = readCases({ takst, startdato, stopdato, takstenhed });
  const months = readList(ARGS.maaned, måned, false).map(dayToYmd);
  return cases.map((c) => months.map(({ y, m }) => (c === null ? 0 : finite(disponeringInMonth(c, y, m)))));
}

/**
 * Disponeret beløb i alt for alle rækker i perioden fra–til (begge dage med), måned for måned efter takstenheden.
 * @customfunction DISPONERET DISPONERET
 * @param takster Takster, én pr. sag.
 * @param startdatoer Startdatoer (inklusiv), én pr. sag.
 * @param stopdatoer Stopdatoer (inklusiv), én pr. sag. Tom, 0 eller 01.01.9999 betyder åben.
 * @param fra Periodens første dag.
 * @param til Periodens sidste dag.
 * @param takstenhed [Valgfri] "måned" (standard), "døgn", "uge" eller "år". Én værdi for alle eller én pr. sag.
 * @returns Disponeret beløb i kr.
 */
export function disponeret(
  takster: unknown[][],
  startdatoer: unknown[][],
  stopdatoer: unknown[][],
  fra: unknown,
  til: unknown,
  takstenhed?: unknown[][],
): number {
  const cases = caseColumns({ takst: takster, startdato: startdatoer, stopdato: stopdatoer, takstenhed });
  const [a, b] = readPeriod(fra, til);
  return finite(disposedAmountOfColumns(cases, a, b));
}

/**
 * Helårspersoner (HÅP) i perioden fra–til. Metode "dage": dage med foranstaltning ÷ dage i perioden; "måneder": måneder med foranstaltning ÷ måneder i perioden. Med cpr tæller en persons overlappende rækker kun én gang.
 * @customfunction HAAP HÅP
 * @param startdatoer Startdatoer (inklusiv), én pr. række.
 * @param stopdatoer Stopdatoer (inklusiv), én pr. række. Tom, 0 eller 01.01.9999 betyder åben.
 * @param fra Periodens første dag.
 * @param til Periodens sidste dag.
 * @param cpr [Valgfri] Cpr-numre, én pr. række. Rækker med samme cpr-nummer er én person.
 * @param metode [Valgfri] "dage" (standard) eller "måneder".
 * @returns Antal helårspersoner.
 */
export function haap(
  startdatoer: unknown[][],
  stopdatoer: unknown[][],
  fra: unknown,
  til: unknown,
  cpr?: unknown[][],
  metode?: unknown,
): number {
  // The period is read first so the rows can be clipped while they are read; a bad row is still
  // reported before a bad period, as it always was.
  let period: [number, number] | undefined, periodError: unknown;
  try {
    period = readPeriod(fra, til);
  } catch (e) {
    periodError = e;
  }
  const rows = personRows({ startdato: startdatoer, stopdato: stopdatoer, cpr }, period);
  if (!period) throw periodError;
  const [a, b] = period;
  const method = parseHaapMethod(single(metode ?? null, L.metode));
  if (!method.ok) argProblem(L.metode, method.problem);
  return finite(haapOfSpans(rows, a, b, method.value));
}

/**
 * Gennemsnitspris: disponeret beløb ÷ helårspersoner (metode dage) for de samme rækker i perioden fra–til. Giver #I/T med en forklaring, hvis der ingen helårspersoner er.
 * @customfunction GNSPRIS GNSPRIS
 * @param takster Takster, én pr. sag.
 * @param startdatoer Startdatoer (inklusiv), én pr. sag.
 * @param stopdatoer Stopdatoer (inklusiv), én pr. sag. Tom, 0 eller 01.01.9999 betyder åben.
 * @param fra Periodens første dag.
 * @param til Periodens sidste dag.
 * @param cpr [Valgfri] Cpr-numre, én pr. sag. Rækker med samme cpr-nummer er én person.
 * @param takstenhed [Valgfri] "måned" (standard), "døgn", "uge" eller "år". Én værdi for alle eller én pr. sag.
 * @returns Gennemsnitspris pr. helårsperson i kr.
 */
export function gnspris(
  takster: unknown[][],
  startdatoer: unknown[][],
  stopdatoer: unknown[][],
  fra: unknown,
  til: unknown,
  cpr?: unknown[][],
  takstenhed?: unknown[][],
): number {
  const cases = presentCases({ takst: takster, startdato: startdatoer, stopdato: stopdatoer, cpr, takstenhed });
  const [a, b] = readPeriod(fra, til);
  const r = coreGnsPris(cases, a, b);
  // #N/A, not #DIV/0!: Excel shows a custom message only with #VALUE! and #N/A ("Handle and return
  // errors from your custom function", learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors),
  // and "no helårspersoner in the period" is a value that is not available, with the reason in Danish.
  if (!r.ok) raise(r.problem.message, CustomFunctions.ErrorCode.notAvailable);
  return finite(r.value);
}

/**
 * Risikoprognose: summen af antal × enhedsudgift pr. måned × sandsynlighed × måneder, række for række.
 * @customfunction RISIKOPROGNOSE RISIKOPROGNOSE
 * @param antal Antal sager, én værdi eller én pr. række.
 * @param enhedsudgift Forventet udgift pr. sag pr. måned.
 * @param sandsynlighed Sandsynlighed mellem 0 og 1, fx 0,4 eller 40 %.
 * @param måneder Antal måneder, sagen forventes at løbe.
 * @returns Forventet udgift i kr.
 */
export function risikoprognose(
  antal: unknown[][],
  enhedsudgift: unknown[][],
  sandsynlighed: unknown[][],
  måneder: unknown[][],
): number {
  const risks = readTableRows(
    [ARGS.antal, ARGS.enhedsudgift, ARGS.sandsynlighed, ARGS.maaneder],
    [antal, enhedsudgift, sandsynlighed, måneder],
  ).map(({ values: [n, udgift, p, mdr] }) => ({
    antal: n as number, udgiftPrMaaned: udgift as number, sandsynlighed: p as number, maaneder: mdr as number,
  }));
  return finite(coreRisikoprognose(risks));
}

/**
 * ATA-timer (ansigt-til-ansigt) fra et døgnskema: summen af minutter × gange pr. uge × medarbejdere ÷ borgere ÷ 60, pr. uge eller pr. år.
 * @customfunction ATATIMER ATATIMER
 * @param minutter Minutter pr. gang, én pr. aktivitet.
 * @param hyppighed Gange pr. uge, som tal eller tekst: "Alle ugens 7 dage", "Hverdage", "Weekend", "Fredag", "2 gange ugentligt", "Månedligt".
 * @param normering [Valgfri] Normering medarbejdere:borgere som 1:1 (standard), 1:3 eller 2:1 (to-mandsbetjening). Én værdi for alle eller én pr. aktivitet.
 * @param periode [Valgfri] "uge" (standard) eller "år".
 * @returns ATA-timer pr. uge eller pr. år.
 */
export function atatimer(minutter: unknown[][], hyppighed: unknown[][], normering?: unknown[][], periode?: unknown): number {
  const per = readAtaPeriod(periode);
  let hours = 0;
  const rows = readTableRows([ARGS.minutter, ARGS.hyppighed, ARGS.normering], [minutter, hyppighed, normering ?? null]);
  for (const { values: [m, g, n] } of rows) hours += ataHoursPerWeek({ minutter: m as number, gangePrUge: g as number, normering: n as number });
  return finite(per === "år" ? perYear(hours) : hours);
}

/** "uge" (default) or "år"; the unit parser supplies the Danish spellings. */
function readAtaPeriod(arg: unknown): "uge" | "år" {
  const v = single(arg ?? null, L.periode);
  if (isBlankOrZero(v)) return "uge";
  const unit = parseUnit(v);
  if (unit.ok && (unit.value === "uge" || unit.value === "år")) return unit.value;
  return raise(msg.argument(L.periode, msg.periodUnitInvalid(describeValue(v))));
}

/**
 * PL-fremskrivning: beløbet ganget med (1 + PL-sats) for hver sats i området, fx fra budgetåret til et overslagsår. Tomme celler springes over.
 * @customfunction PLFREMSKRIVNING PLFREMSKRIVNING
 * @param beløb Beløbet i kr., der skal fremskrives.
 * @param pl_satser PL-satser, én pr. år, fx 0,042 eller 4,2 %.
 * @returns Det fremskrevne beløb i kr.
 */
export function plfremskrivning(beløb: unknown, pl_satser: unknown[][]): number {
  const v = single(beløb, L.beloeb);
  if (isBlankOrZero(v) && v !== 0) raise(msg.argument(L.beloeb, msg.required()));
  const amount = parseAmount(v);
  if (!amount.ok) argProblem(L.beloeb, amount.problem);
  const rates = readList(ARGS.plSatser, pl_satser, true);
  return finite(rates.length === 0 ? amount.value : corePlFremskrivning(amount.value, rates)[rates.length - 1]);
}

/**
 * Alder i hele år på datoen ud fra fødselsdatoen i cpr-nummeret. Cpr-nummerets 7. ciffer afgør århundredet, og erstatningsnumre (dag + 60) godtages. Uden dato bruges dags dato: funktionen beregnes igen ved hver genberegning og når projektmappen åbnes, så alderen følger med fra dag til dag.
 * @customfunction ALDER ALDER
 * @volatile
 * @param cpr Cpr-nummeret som DDMMÅÅ-SSSS, med eller uden bindestreg.
 * @param dato [Valgfri] Datoen, alderen gælder på. Standard er dags dato.
 * @returns Alder i hele år.
 */
// Volatile: without a date the answer depends on today's date, which is no argument Excel can see, so
// a non-volatile function would keep yesterday's age until its cell is edited. Volatile functions are
// recalculated at every recalculation and when the workbook opens ("Volatile values in functions",
// https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-volatile; the @volatile tag,
// https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json-autogeneration). The
// alternative, a required date (=SOC.ALDER(A2;IDAG())), would break every formula written without
// one; an age is a few microseconds of work, so recalculating it with a given date costs nothing.
export function alder(cpr: unknown, dato?: unknown): number {
  const v = single(cpr, L.cpr);
  if (isBlankOrZero(v)) raise(msg.argument(L.cpr, msg.required()));
  const birth = birthDay(v);
  if (!birth.ok) argProblem(L.cpr, birth.problem);
  const d = single(dato ?? null, L.dato);
  const day = isBlankOrZero(d) ? today() : argDate(d, L.dato);
  if (day < birth.value) raise(msg.argument(L.dato, msg.dateBeforeBirth(day, birth.value)), CustomFunctions.ErrorCode.invalidNumber);
  return ageAt(birth.value, day);
}

/** Today's day number on the user's clock (Excel's IDAG() is local time too). */
function today(): number {
  const now = new Date();
  return ymdToDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
