// The navigation's panels. A feature adds its panel here when it exists; no placeholders.
import * as React from "react";
import type { SelvtestPort, Workbook } from "../flows";
import { OversigtPanel } from "./OversigtPanel";
import { DisponeringPanel } from "./DisponeringPanel";
import { PrognosePanel } from "./PrognosePanel";
import { BudgetbemaerkningerPanel } from "./BudgetbemaerkningerPanel";
import { OverblikPanel } from "./OverblikPanel";
import { OekonomitjekPanel } from "./OekonomitjekPanel";
import { BudgetmodelPanel } from "./BudgetmodelPanel";
import { DoegnskemaPanel } from "./DoegnskemaPanel";
import { MaanedPanel } from "./MaanedPanel";

/** Ports beside the workbook that some panels use. */
export interface PanelPorts {
  /** The host checks of "Kontrollér Excel" (Oversigt). */
  selvtest?: SelvtestPort;
}

export interface PanelDef {
  id: string;
  /** Danish tab title. */
  title: string;
  render(workbook: Workbook, ports: PanelPorts): React.ReactNode;
}

/** In the order of the monthly work: cases → prognosis → comments → overview → what changed. */
export const PANELS: PanelDef[] = [
  { id: "oversigt", title: "Oversigt", render: (workbook, ports) => <OversigtPanel workbook={workbook} selvtest={ports.selvtest} /> },
  { id: "maaned", title: "Opdatér måned", render: (workbook) => <MaanedPanel workbook={workbook} /> },
  { id: "disponering", title: "Disponeringsark", render: (workbook) => <DisponeringPanel workbook={workbook} /> },
  { id: "prognose", title: "Prognose", render: (workbook) => <PrognosePanel workbook={workbook} /> },
  { id: "budgetbemaerkninger", title: "Budgetbemærkninger", render: (workbook) => <BudgetbemaerkningerPanel workbook={workbook} /> },
  { id: "overblik", title: "Overblik", render: (workbook) => <OverblikPanel workbook={workbook} /> },
  { id: "oekonomitjek", title: "Økonomitjek", render: (workbook) => <OekonomitjekPanel workbook={workbook} /> },
  // For the tilbudsleder: the provider's budget model and the citizens' døgnskemaer.
  { id: "budgetmodel", title: "Budgetmodel", render: (workbook) => <BudgetmodelPanel workbook={workbook} /> },
  { id: "doegnskema", title: "Døgnskema", render: (workbook) => <DoegnskemaPanel workbook={workbook} /> },
];
