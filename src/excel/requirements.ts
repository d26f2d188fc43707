// Asks the running host for the requirement sets of src/flows/requirements.ts (Office.js loaded).
import { requirementProblem } from "../flows/requirements";

/** A Danish explanation of what to update, or null when this Excel has every set the add-in uses. */
export function hostRequirementProblem(): string | null {
  return requirementProblem((name, version) => Office.context.requirements.isSetSupported(name, version));
}
