export { writeXlsxFile, writeXlsxBuffer } from "./writer";
