// Public face of the .xlsx writer: pure (specs → bytes), so the task pane's bundle can use it ("Del som
// fil"). The Node file writer (`file.ts`, with `fs`) is not part of it: the CLI imports that one file
// directly, the one import past an index that lint and test/architecture/imports.test.ts allow.
export { writeXlsxBuffer, writeXlsxBytes, writeXlsxInSteps, type CachedValue, type CachedValues, type XlsxOptions } from "./writer";
