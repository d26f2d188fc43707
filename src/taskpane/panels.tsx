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

// Issue 4: the consultant's case table → Disponering ÅÅÅÅ + Nøgletal ÅÅÅÅ.
import { DisponeringPanel } from "./DisponeringPanel";
PANELS.push({ id: "disponering", title: "Disponeringsark", render: (actions) => <DisponeringPanel actions={actions} /> });
PANELS.push(
  { id: "overblik", title: "Overblik", render: (actions) => <OverblikPanel actions={actions} /> },
  { id: "oekonomitjek", title: "Økonomitjek", render: (actions) => <OekonomitjekPanel actions={actions} /> },
);
