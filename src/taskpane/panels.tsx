// The navigation's panels. A feature adds its panel here when it exists; no placeholders.
import * as React from "react";
import type { WorkbookActions } from "./actions";
import { Overview } from "./Overview";
import { BudgetmodelPanel } from "./BudgetmodelPanel";
import { DoegnskemaPanel } from "./DoegnskemaPanel";

export interface PanelDef {
  id: string;
  /** Danish tab title. */
  title: string;
  render(actions: WorkbookActions): React.ReactNode;
}

export const PANELS: PanelDef[] = [{ id: "oversigt", title: "Oversigt", render: () => <Overview /> }];
PANELS.push(
  { id: "budgetmodel", title: "Budgetmodel", render: (actions) => <BudgetmodelPanel actions={actions} /> },
  { id: "doegnskema", title: "Døgnskema", render: (actions) => <DoegnskemaPanel actions={actions} /> },
);
