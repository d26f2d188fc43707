// The name a sheet of ours gets when a user's sheet holds the wanted one ("Nøgletal 2025 (2)"), and
// the way back from it: the writer finds ours there again at the next refresh, and so do the flows
// that read what was typed on it. One rule for both directions.

/** First free name "X (2)", "X (3)" … that is not taken, within 31 characters. */
export function freeName(wanted: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** The wanted name (lower case) a "X (n)" name was given beside, or null for any other name. */
export function movedAsideFrom(name: string): string | null {
  return /^(.*) \(\d+\)$/.exec(name.toLowerCase())?.[1] ?? null;
}
