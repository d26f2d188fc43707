// The navigation's panels. A feature adds its panel here when it exists; no placeholders.
import * as React from "react";
import type { WorkbookActions } from "./actions";
import { OversigtPanel } from "./OversigtPanel";
import { DisponeringPanel } from "./DisponeringPanel";
import { PrognosePanel } from "./PrognosePanel";
import { BudgetbemaerkningerPanel } from "./BudgetbemaerkningerPanel";
import { OverblikPanel } from "./OverblikPanel";
import { OekonomitjekPanel } from "./OekonomitjekPanel";
import { BudgetmodelPanel } from "./BudgetmodelPanel";
import { DoegnskemaPanel } from "./DoegnskemaPanel";

export interface PanelDef {
  id: string;
  /** Danish tab title. */
  title: string;
  render(actions: WorkbookActions): React.ReactNode;
}

/** In the order of the monthly work: cases → prognosis → comments → overview → what changed. */
export const PANELS: PanelDef[] = [
  { id: "oversigt", title: "Oversigt", render: (actions) => <OversigtPanel actions={actions} /> },
  { id: "disponering", title: "Disponeringsark", render: (actions) => <DisponeringPanel actions={actions} /> },
  { id: "prognose", title: "Prognose", render: (actions) => <PrognosePanel actions={actions} /> },
  { id: "budgetbemaerkninger", title: "Budgetbemærkninger", render: (actions) => <BudgetbemaerkningerPanel actions={actions} /> },
  { id: "overblik", title: "Overblik", render: (actions) => <OverblikPanel actions={actions} /> },
  { id: "oekonomitjek", title: "Økonomitjek", render: (actions) => <OekonomitjekPanel actions={actions} /> },
  // For the tilbudsleder: the provider's budget model and the citizens' døgnskemaer.
  { id: "budgetmodel", title: "Budgetmodel", render: (actions) => <BudgetmodelPanel actions={actions} /> },
  { id: "doegnskema", title: "Døgnskema", render: (actions) => <DoegnskemaPanel actions={actions} /> },
];
