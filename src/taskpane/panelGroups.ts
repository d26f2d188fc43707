// Who does which task: the navigation and Kom i gang group the panels by it.
/** Who does a task (docs/domain.md: the users): the navigation's menu groups the tasks by them. */
export type PanelGroup = "start" | "konsulent" | "controller" | "tilbudsleder";

/** The groups in the navigation's order, with their Danish headings. */
export const GROUPS: readonly { id: PanelGroup; title: string }[] = [
  { id: "start", title: "Start" },
  { id: "konsulent", title: "Økonomikonsulent" },
  { id: "controller", title: "Controller" },
  { id: "tilbudsleder", title: "Tilbudsleder" },
];
