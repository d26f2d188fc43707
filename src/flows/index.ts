// Public face of the flows (docs/habits.md §7: explicit exports): one function per user action behind the Workbook port.
export {
  HostRefusal, type NewTable, type SheetInfo, type SourceTable, type TableInfo, type Workbook,
  type WriteOptions, type WriteProgress, type WrittenSheet,
} from "./workbook";
export {
  errorText, type FlowOutcome, locate, type LocatedProblem, movedNote, today, unlocated, writtenText,
} from "./outcome";
export {
  type ArtChoice, checkCaseSource, checkCaseSourceInSteps, type CheckedSource, type DisponeringOutcome,
  type DisponeringRequest, disponeringSheets, type DisponeringSheetsInput, type DisponeringStart,
  generateDisponering, initialMapping, readCaseSource, type ReadSource, rememberMapping, saveMapping,
  startDisponering,
} from "./disponering";
export {
  type BudgetbemaerkningerOutcome, buildFollowUp, checkPrognoseSettings, type FollowUpBuild, followUpForMonth,
  type FollowUpRefresh, followUpWithTyped, generateAarsanalyser, generateBudgetbemaerkninger, generatePrognose,
  headlineSheets, loadPrognoseSettings, type PrognoseSettings, methodSuggestion, missingTablesText, parseSettings, PEER_TABLES,
  type PrognoseInputs, type PrognoseOutcome, readPrognoseInputs, savePrognoseSettings, TABLES, typedText,
  withLambda, withMethod, withoutSkoen, withSkoen,
} from "./prognose";
export {
  type CaseSheets, casesOnSheet, findCaseSheets, generateOekonomitjek, generateOverblik, listCaseSheets,
  type OekonomitjekRequest, type OverblikOutcome, type OverblikRequest,
} from "./overblik";
export {
  type BudgetmodelRequest, type CreatedOutcome, type DoegnskemaRequest, generateBudgetmodel,
  generateDoegnskema, generateDoegnskemaSummary, guessChoice, PREFILL_SOURCES, type PrefillChoice,
  prefillModel, type PrefillSource, startBudgetmodel,
} from "./budgetmodel";
export {
  type DoegnskemaForm, type FormResult, type MaanedForm, type OekonomitjekForm, type OverblikForm,
  parseBudgetmodelForm, parseDoegnskemaForm, parseMaanedForm, parseOekonomitjekForm, parseOverblikForm,
  yearProblem,
} from "./forms";
export {
  artMap, ARTS_SETTING, formatMaskCpr, loadArts, loadMappings, loadMaskCpr, MAPPING_SETTING, MASK_CPR_KEY,
  parseMaskCpr, parseSavedArts, parseSavedMappings, PSEUDONYM_SECRET_KEY, pseudonymSecret, saveArt,
  type SavedArts, type SavedMappings, saveMaskCpr, SETTING_KEYS, SETTINGS_KEY,
} from "./settings";
export { type ErrorText, hostErrorText } from "./hostError";
export { budgetTableYear, defaultBudgetYear, listBudgetmodelTilbud } from "./defaults";
export { pause, runInSteps, type StepOptions } from "./steps";
export {
  type MaanedOutcome, type MaanedRequest, SNAPSHOT_KIND, snapshotName, updateMonth,
} from "./maaned";
export { refreshKeptFigures, type RefreshOutcome } from "./refresh";
export {
  closeYear, type CloseYearOutcome, type CloseYearRequest, readYearsBefore, REGNSKAB_TABLES, type YearsBefore,
} from "./historik";
export {
  botilbudA, EKSEMPEL_CSV, type EksempelFile, eksempelTable, type EksempelOutcome, eksempelTablesPresent,
  eksempelTables, type InsertedTable, insertEksempelTables, parseCsv, typedTable,
} from "./eksempel";
export {
  type CprFinding, cprFindings, shareableSpec, shareAsFile, shareLeverandoerer, shareOekonomitjek, sharePortefoelje, toBase64,
} from "./share";
export {
  FORUDSAETNINGER_TABLES, rammeOmraader, type RammetilpasningRequest, rammetilpasningSheet,
} from "./rammetilpasning";
export {
  type CheckId, type CheckResult, type HostInfo, NOT_SHOWN, platformText, reportText, runSelvtest,
  SELVTEST_SETTING, type SelvtestOptions, type SelvtestPort, type SelvtestRapport, type SetSupport,
  type Synlighed,
} from "./selvtest";
export { flowMsg, type HeadlineFigures } from "./messages";
export { type AgeLimits, loadAgeLimits } from "./ageLimits";
export { runExclusive, actionsPending } from "./queue";
// Also used by the other layers, which import this folder only through this file (eslint.config.mjs).
export { REQUIRED_SETS, requirementProblem } from "./requirements";
export { stepwise, slicing } from "./steps";
export { portfolioComparisons } from "./maaned";
export { type RequirementSet, type OptionalSet, OPTIONAL_SETS } from "./requirements";
