export { addSheet, buildWorkbook, writeXlsxFile, writeXlsxBuffer } from "./writer";
