// `npm run validate`: offline check of manifest.xml (see manifest-check.ts for what is checked).
// Usage: tsx src/cli/validate-manifest.ts [manifest.xml]
// Exit code 0 = valid, 1 = problems found, 2 = the file could not be read.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { devServerAssets, findManifestProblems, manifestMsg, summarizeManifest } from "./manifest-check";

/** Where the CLI prints: the console when run, a collector in tests (which call it in-process). */
export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

/** Checks the manifest named in `argv` (default manifest.xml) and returns the exit code. */
export function validateManifestCli(argv: string[], out: CliOutput = console): number {
  const file = resolve(argv[0] ?? "manifest.xml");
  let xml: string;
  try {
    xml = readFileSync(file, "utf8");
  } catch (e) {
    out.error(`Kan ikke læse ${file}: ${(e as Error).message}`);
    return 2;
  }

  const problems = findManifestProblems(xml).map((p) => p.message);
  // Icons are served from the repository's assets/ folder, so a typo in an icon URL is a missing file.
  for (const { url, path } of devServerAssets(xml)) {
    if (!existsSync(resolve(dirname(file), path))) problems.push(manifestMsg.assetMissing(url, path));
  }

  if (problems.length > 0) {
    out.error(`Manifestet ${file} har ${problems.length} fejl:`);
    for (const p of problems) out.error(`  - ${p}`);
    return 1;
  }

  const s = summarizeManifest(xml);
  if (s === undefined) return 1; // unreachable: a manifest without problems always parses
  const counts = s.resourceCounts;
  out.log(
    `Manifestet er gyldigt: ${s.displayName} ${s.version} (Id ${s.id}) fra ${s.providerName}, sprog ${s.defaultLocale}, ` +
      `værter ${s.hosts.join(", ")}, funktionsnavnerum ${s.functionsNamespace ?? "(ingen)"}, ` +
      `delt runtime ${s.sharedRuntimeResid ?? "(ingen)"}, ressourcer: ${counts.Images} billeder, ${counts.Urls} URL'er, ` +
      `${counts.ShortStrings} korte og ${counts.LongStrings} lange tekster.`,
  );
  return 0;
}

if (require.main === module) process.exitCode = validateManifestCli(process.argv.slice(2));
