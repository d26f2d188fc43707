// Builds the harness page once for all browser files; each copies it (page.ts `bundle`).
import { mkdtempSync } from "fs";
import os from "os";
import path from "path";
import { buildHarness, HARNESS_DIR_ENV } from "./page";

export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "styringsark-harness-"));
  await buildHarness(dir);
  // The test workers are started after this and inherit the environment.
  process.env[HARNESS_DIR_ENV] = dir;
}
