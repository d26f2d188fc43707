// The .xlsx writer's Node-only entry: writing the file to disk (npm run demo, the LibreOffice tests).
// Apart from writer.ts so that the task pane's bundle, which builds a file in memory (Del som fil),
// never meets Node's file system.
import type { SheetSpec } from "../sheets";
import { writeXlsxBuffer, type XlsxOptions } from "./writer";

/** Writes sheet descriptions to an .xlsx file. */
export async function writeXlsxFile(specs: readonly SheetSpec[], path: string, options: XlsxOptions = {}): Promise<void> {
  const { writeFile } = await import("fs/promises");
  await writeFile(path, await writeXlsxBuffer(specs, options));
}
