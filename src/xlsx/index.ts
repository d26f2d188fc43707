export { writeXlsxBuffer, writeXlsxBytes, type CachedValue, type CachedValues, type XlsxOptions } from "./writer";
export { writeXlsxFile } from "./file";
