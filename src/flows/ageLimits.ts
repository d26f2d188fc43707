// The 18th birthday (docs/domain.md §8) as every action applies it after reading cases: an open
// anbringelse is disposed until the day before it, with the art the user chose per foranstaltning on
// the Disponeringsark panel (the workbook's settings), else the default from the name. One home, so
// no action — the automatic refresh included — writes a sheet that disposes a placement past it.
import { applyAgeLimits, applyAgeLimitsInSteps, type CaseRow, type Foranstaltningsart } from "../core";
import { artMap, loadArts } from "./settings";
import type { Workbook } from "./workbook";

/** The user's arts and the age limits with them, loaded once per action. */
export interface AgeLimits {
  arts: ReadonlyMap<string, Foranstaltningsart>;
  /** The cases with the age limits applied (a stop the user typed after the birthday is kept). */
  apply<T extends CaseRow>(cases: readonly T[]): T[];
  /** The same in steps (run it with `stepwise`), for an action over a large case table. */
  applyInSteps<T extends CaseRow>(cases: readonly T[]): Generator<void, T[]>;
}

/** Loads the user's arts (none when the host cannot read settings: the defaults apply). */
export async function loadAgeLimits(wb: Pick<Workbook, "loadSetting">): Promise<AgeLimits> {
  const arts = artMap(await loadArts(wb));
  return {
    arts,
    apply: (cases) => applyAgeLimits(cases, { arts }).cases,
    *applyInSteps(cases) {
      return (yield* applyAgeLimitsInSteps(cases, { arts })).cases;
    },
  };
}
