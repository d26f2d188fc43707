// The navigation's panels. A feature adds its panel here when it exists; no placeholders.
import * as React from "react";
import type { WorkbookActions } from "./actions";
import { Overview } from "./Overview";
import { OverblikPanel } from "./OverblikPanel";
import { OekonomitjekPanel } from "./OekonomitjekPanel";

export interface PanelDef {
  id: string;
  /** Danish tab title. */
  title: string;
  render(actions: WorkbookActions): React.ReactNode;
}

export const PANELS: PanelDef[] = [{ id: "oversigt", title: "Oversigt", render: () => <Overview /> }];
PANELS.push(
  { id: "overblik", title: "Overblik", render: (actions) => <OverblikPanel actions={actions} /> },
  { id: "oekonomitjek", title: "Økonomitjek", render: (actions) => <OekonomitjekPanel actions={actions} /> },
);
