export { writeXlsxFile, writeXlsxBuffer, type CachedValue, type CachedValues, type XlsxOptions } from "./writer";
