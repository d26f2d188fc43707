// Problems grouped by kind for the task pane: the real problems first, each kind once with its count
// and what to do, and notes that only inform (substitute CPR numbers of the example's own persons,
// say) after them, so 320 of those never bury 14 overlapping cases.
import { msg } from "./messages";
import type { Problem } from "./result";

export type ProblemKindId = keyof typeof msg.kind;

/** The kind of a problem code, by its family ("date.invalid" → date). The first match wins. */
const KIND_OF_CODE: readonly [RegExp, ProblemKindId][] = [
  [/^row\.overlap$/, "overlap"],
  [/^cpr\.substitute$/, "substitute"],
  [/^cpr\.date$/, "cprDate"],
  [/^cpr\./, "cpr"],
  [/^date\./, "date"],
  [/^(number\.|value\.linked)/, "amount"],
  [/^unit\./, "unit"],
  [/^required$/, "required"],
  [/^table\.column$/, "column"],
  [/^alder\./, "age"],
  [/^percent\./, "percent"],
];

/** Kinds that only inform: shown last and folded. */
const QUIET: ReadonlySet<ProblemKindId> = new Set(["substitute"]);

export function problemKindOf(code: string | undefined): ProblemKindId {
  if (code === undefined) return "other";
  return KIND_OF_CODE.find(([re]) => re.test(code))?.[1] ?? "other";
}

export interface ProblemGroup<P> {
  kind: ProblemKindId;
  title: string;
  todo: string;
  /** Errors (rows left out) in the group, and warnings (rows used). */
  errors: number;
  warnings: number;
  /** Only informs: shown after the rest, folded. */
  quiet: boolean;
  problems: P[];
}

/**
 * Groups problems by kind: groups holding errors first, then warnings, quiet kinds last; within each
 * the larger group first, and the problems in their original order.
 */
export function groupProblems<P extends Pick<Problem, "severity"> & { code?: string }>(problems: readonly P[]): ProblemGroup<P>[] {
  const groups = new Map<ProblemKindId, ProblemGroup<P>>();
  for (const p of problems) {
    const kind = problemKindOf(p.code);
    let g = groups.get(kind);
    if (!g) {
      g = { kind, ...msg.kind[kind], errors: 0, warnings: 0, quiet: QUIET.has(kind), problems: [] };
      groups.set(kind, g);
    }
    g.problems.push(p);
    if (p.severity === "fejl") g.errors++;
    else g.warnings++;
  }
  const rank = (g: ProblemGroup<P>) => (g.quiet ? 2 : g.errors > 0 ? 0 : 1);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || b.problems.length - a.problems.length);
}
