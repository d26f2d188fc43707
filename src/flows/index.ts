// Public face of the flows: one function per user action behind the Workbook port.
export * from "./workbook";
export * from "./outcome";
export * from "./disponering";
export * from "./prognose";
export * from "./overblik";
export * from "./budgetmodel";
export * from "./forms";
export * from "./settings";
export * from "./hostError";
export * from "./defaults";
export * from "./steps";
export * from "./maaned";
export * from "./refresh";
export * from "./historik";
export * from "./eksempel";
export * from "./share";
export * from "./selvtest";
export { runExclusive, actionsPending } from "./queue";
