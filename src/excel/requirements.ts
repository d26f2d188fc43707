// Asks the running host for the requirement sets of src/flows/requirements.ts (Office.js loaded).
import { requirementProblem } from "../flows";

/** A Danish explanation of what to update, or null when this Excel has every set the add-in uses. */
export function hostRequirementProblem(): string | null {
  return requirementProblem((name, version) => Office.context.requirements.isSetSupported(name, version));
}

/** Whether the running host has a requirement set (Office.context.requirements.isSetSupported, Office.js loaded). */
export function hostSupports(name: string, version: string): boolean {
  return Office.context.requirements.isSetSupported(name, version);
}
