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
import type { PanelGroup } from "./panelGroups";

/** Ports beside the workbook that some panels use. */
export interface PanelPorts {
  /** The host checks of "Kontrollér Excel" (Oversigt). */
  selvtest?: SelvtestPort;
}

export interface PanelDef {
  id: string;
  /** Danish tab title. */
  title: string;
  /** Who does it; the panels without one stand under Start. */
  group?: PanelGroup;
  render(workbook: Workbook, ports: PanelPorts): React.ReactNode;
}

/**
 * In the order of the work, grouped by who does it: the economy consultant keeps the cases and the
 * prognose month by month (the first time Disponeringsark, then Opdatér måned, which also writes the
 * Økonomitjek), the controller writes the text and the overview for the politicians, the tilbudsleder
 * the provider's budget model and the citizens' døgnskemaer. Kom i gang (Oversigt) lists the same order.
 */
export const PANELS: PanelDef[] = [
  { id: "oversigt", title: "Oversigt", group: "start", render: (workbook, ports) => <OversigtPanel workbook={workbook} selvtest={ports.selvtest} /> },
  { id: "disponering", title: "Disponeringsark", group: "konsulent", render: (workbook) => <DisponeringPanel workbook={workbook} /> },
  { id: "maaned", title: "Opdatér måned", group: "konsulent", render: (workbook) => <MaanedPanel workbook={workbook} /> },
  { id: "oekonomitjek", title: "Økonomitjek", group: "konsulent", render: (workbook) => <OekonomitjekPanel workbook={workbook} /> },
  { id: "prognose", title: "Prognose", group: "konsulent", render: (workbook) => <PrognosePanel workbook={workbook} /> },
  { id: "budgetbemaerkninger", title: "Budgetbemærkninger", group: "controller", render: (workbook) => <BudgetbemaerkningerPanel workbook={workbook} /> },
  { id: "overblik", title: "Overblik", group: "controller", render: (workbook) => <OverblikPanel workbook={workbook} /> },
  { id: "budgetmodel", title: "Budgetmodel", group: "tilbudsleder", render: (workbook) => <BudgetmodelPanel workbook={workbook} /> },
  { id: "doegnskema", title: "Døgnskema", group: "tilbudsleder", render: (workbook) => <DoegnskemaPanel workbook={workbook} /> },
];
