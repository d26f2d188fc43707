// The navigation's panels. A feature adds its panel here when it exists; no placeholders.
import * as React from "react";
import type { WorkbookActions } from "./actions";
import { Overview } from "./Overview";

export interface PanelDef {
  id: string;
  /** Danish tab title. */
  title: string;
  render(actions: WorkbookActions): React.ReactNode;
}

export const PANELS: PanelDef[] = [{ id: "oversigt", title: "Oversigt", render: () => <Overview /> }];
// Issue 5: the monthly follow-up (prognosis per konto) and the controller's budget comments.
import { PrognosePanel } from "./PrognosePanel";
import { BudgetbemaerkningerPanel } from "./BudgetbemaerkningerPanel";
PANELS.push(
  { id: "prognose", title: "Prognose", render: (actions) => <PrognosePanel actions={actions} /> },
  { id: "budgetbemaerkninger", title: "Budgetbemærkninger", render: (actions) => <BudgetbemaerkningerPanel actions={actions} /> },
);
