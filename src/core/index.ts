// Public face of the domain core (docs/habits.md §7: explicit exports).
export { type Problem, type Result, ok, fail, CoreUsageError } from "./result";
export { msg } from "./messages";
export { formatDate, formatNumber, formatKr, formatPercent, roundForDisplay, roundedText, relativeChange, MONTHS_DA } from "./format";
export {
  OPEN_END, type Ymd, dayToSerial, ymdToDay, dayToYmd, isLeapYear, daysInMonth, daysInYear, isValidYmd, yearStart,
  yearEnd, monthStart, monthEnd, overlapDays, monthsInPeriod, mergeDaySpans,
} from "./calendar";
export { type DateValue, parseDate, serialToDay } from "./dates";
export { describeValue, parseAmount, parseFraction, type FractionOptions } from "./numbers";
export { type ProblemGroup, type ProblemKindId, groupProblems, problemKindOf } from "./problemKinds";
export { BUDGET_YEAR_MAX, BUDGET_YEAR_MIN, type FieldReading, isBudgetYear, readAmount, readCount, readHoursPerWeek, readMonth, readShare, readYear } from "./fields";
export { type Unit, type UnitRule, UNITS, UNIT_RULES, UNITS_TEXT, parseUnit, dayFactor, unitRule, unitFormula } from "./units";
export {
  type CaseSpan, type CaseColumns, type ForventetRegnskabInput, disponeringInPeriod, disponeringInMonth, monthlyDisponering,
  disposedAmount, disposedAmountInSteps, disposedAmountOfColumns, monthlyTotals, forventetRegnskab,
} from "./disponering";
export {
  type HaapMethod, type PersonSpan, type PersonColumns, haap, haapOfColumns, haapOfSpans, personColumns, personColumnsInSteps, personsInPeriod, personsOfColumns, haapFiguresInSteps, type HaapFigures, personIds, personIdsOfKeys, gnsPris, parseHaapMethod,
} from "./haap";
export {
  type RiskCase, type LambdaMethod, risikoprognose, monthsToYearEnd, lambdaFromHistory, pulje,
  glidendeGennemsnit, tolvtedele, plFremskrivning, indeks,
} from "./prognose";
export { type Volume, type VarianceSplit, splitVariance } from "./variance";
export {
  type AtaActivity, FREQUENCIES, parseFrequency, parseRatio, ataHoursPerWeek, perYear, totalAtaHoursPerWeek,
  ataCapacity, ataTimepris, overDelivery,
} from "./ata";
export {
  checkCpr, containsCpr, cprCode, cprInCell, cprKey, cprRowKey, cprsOfTable, cprsOfTableInSteps, maskCpr, normaliseCpr, personKey, cprCentury, cprUnusable, isMaskedCpr, isTruthValue,
  CPR_EMPTY, CPR_MASKED, CPR_TEXT, CPR_TRUTH, CPR_ZERO,
} from "./cpr";
export {
  type CaseField, type ColumnMapping, CASE_FIELDS, FIELD_LABELS, REQUIRED_FIELDS, headerKey, recogniseHeaders,
  missingFields, unitFromHeader,
} from "./headers";
export {
  type CaseRow, type CaseStatus, type CaseTable, type RawCaseRow, type ValidationOutcome, type ValidateOptions, readCaseTable, validateCases,
  readCaseTableInSteps, validateCasesInSteps, ROWS_PER_STEP,
} from "./cases";
export { endsStep, finish, filterInSteps, groupInSteps, mapInSteps, sortInSteps, ITEMS_PER_STEP } from "./steps";
export { type TableData, isBlank } from "./table";
export { type BookedAmounts, bookedOfYear, forventetRegnskabWithBooked, readBookedAmounts } from "./bookedAmounts";
export {
  type ForanstaltningSeries, type MonthlyShares, type YearFigures, type PersonSpanRow,
  groupSorted, foranstaltningSeries, foranstaltningSeriesInSteps, monthlyShares, yearFigures, indexAgainst, mergedPersonSpans, mergedPersonSpansInSteps,
} from "./overblik";
export {
  type AdviserFigures, type AdviserChange, type AdviserCounts, type CaseAmount, NO_ADVISER, adviserOf, adviserChanges, adviserChangesInSteps, adviserCounts, adviserCountsInSteps, mostExpensive, adviserPortfolio,
  adviserPortfolioInSteps,
} from "./portefoelje";
export {
  type ChangeKind, type CaseChange, type ChangeReport, CHANGE_KINDS, CHANGE_LABELS, caseGroupKey, caseId, compareSnapshots, compareSnapshotsInSteps, largestChanges, largestChangesInSteps,
} from "./oekonomitjek";
export { type KeyFigures, type KeyFigureTable, keyFigures, keyFiguresInSteps } from "./noegletal";
export {
  type MethodId, type MethodInput, type MethodDef, type PrognoseInputs, type RestCells, METHODS, METHOD_IDS, methodDef, parseMethodId, prognose,
} from "./methods";
export {
  type OmraadeFigures, budgetParagraph, haapSentence, pricesSentence, priceSentence, amountSentence, splitSentence, formatHaap, formatAmountText, priceNotComputableReason,
  expectedPrice, budgetPrice, textVarianceSplit,
} from "./budgetText";
export {
  type BudgetLine, type YearMonth, type MonthSeries, type RiskRow, type Assumption, type PlRate, type Parsed,
  parseMonthHeader, readBudget, readMonthSeries, readRiskCases, readAssumptions, readPlRates,
} from "./prognoseTables";
export {
  type PrognoseData, type PrognoseChoices, type PrognoseTyped, type PrognoseFigures, type KontoFigures, type TypeFigures,
  bookedThrough, kontoOfType, poolPrice, prognoseFigures, prognoseFiguresInSteps, riskRest,
} from "./prognoseFigures";
export {
  type BaseColumn, type CostLine, type ServiceLevel, type StaffCategory, type BudgetModelInput, type BudgetColumn,
  type BudgetModelResult, BASE_COLUMNS, COL_BUDGET_TAKST, COL_PROGNOSE, weightedAarsvaerkPris, aarsvaerkToCut,
  rammebesparelse, projectLine, computeBudgetModel, STAFF_CATEGORIES, staffRows,
} from "./budgetmodel";
export { type DoegnskemaRow, type DoegnskemaTotals, doegnskemaTotals } from "./doegnskema";
export {
  type NamedTable, type BudgetPrefillTables, type BudgetPrefillOutcome, COL_REGNSKAB_FOER, COL_BUDGET_OEKONOMI, prefillBudgetModel,
} from "./budgetmodelPrefill";
export {
  type Foranstaltningsart, type ForanstaltningType, AGE_LIMIT, FORANSTALTNINGSART_LABELS, FORANSTALTNING_TYPE_LABELS, classifyForanstaltning, defaultArt, parseArt,
} from "./foranstaltning";
export { type AgeGroup, AGE_GROUPS, ageAt, agesAt, ageDay, ageGroupIndex, alder, birthDay, birthDaySafe, birthdayAt } from "./alder";
export {
  type AgeGroupFigures, type AgeDistribution, type AgeSpan, type AgeByMonth, UNKNOWN_AGE_LABEL, ageDistribution, ageGroupOfRows, ageSpans, ageSpansInSteps, ageByMonth,
} from "./alderFordeling";
export {
  type AgeLimitOptions, type Overgang, type OvergangForanstaltning, artOfCase, lastDayByAge, applyAgeLimits, applyAgeLimitsInSteps, monthlyCost, overgange18,
} from "./overgang";
export { type BookedYear, type KontoHistory, type MethodScore, type BacktestResult, AS_OF_MONTHS, backtestKonto, backtest } from "./backtest";
export {
  type NoegletalId, type NoegletalDef, type PeerFigure, type PeerTable, type Comparison, NOEGLETAL, noegletalOf, readPeerTable,
  ownFigures, compareWithPeers, anbragtePersoner,
} from "./sammenligning";
export {
  type HistorikArt, type HistorikNiveau, type HistorikRow, type RegnskabRow, type YearPoint, type YearSource, HISTORIK_ALLE, HISTORIK_ART_LABELS, HISTORIK_HEADER, yearEndSnapshot, yearEndSnapshotInSteps,
  historikCells, mergeSnapshot, readHistorik, readRegnskab, yearSeries, kontoHistories, ageYears, type AgeYear,
} from "./historik";
export { type BudgetRegnskab, type BudgetRegnskabLine, budgetAgainstRegnskab } from "./budgetRegnskab";
export { type RammeLinje, type RammeInput, type RammeFlyt, type Rammetilpasning, rammetilpasning, rammeTekst } from "./rammetilpasning";
export { haapPeriods, haapPeriodsInSteps, type HaapPeriod, type PeriodCase } from "./haapPeriods";
export { casesChecksum, casesChecksumInSteps, checksumTerm, checksumFormula, checksumSumFormula, CHECKSUM_ALPHABET, CHECKSUM_PRIME, type ChecksumField, type ChecksumRow } from "./checksum";
export { compareDa } from "./collation";
export { type InputRow, type MergedInputs, inputKey, hasInput, mergeInputs, parseRecord, sameInput, typedInputs } from "./inputs";
export { hmacSha256, isLeverandoerPseudonym, leverandoerPseudonym, personPseudonym, personPseudonyms, personPseudonymsInSteps, pseudonym, sha256 } from "./pseudonym";
export { leverandoerKey, leverandoerName, maskedLeverandoer, privateLeverandoerer, privateLeverandoererInSteps, raadgiverInitials, shareableCases, shareableCasesInSteps } from "./share";
export {
  type LeverandoerFigures, type LeverandoerYear, type LeverandoerType, LEVERANDOER_TYPES, NO_PROVIDER, leverandoerYear, leverandoerYearInSteps,
  leverandoerTypesOfCaseTable, parseLeverandoerType, readLeverandoerTypes,
} from "./leverandoerer";
