// Task pane entry: wires the Excel adapter (the Workbook port) into the React app once Office is ready.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { excelWorkbook, removeLeftoverSheetsSafe } from "../excel";
import { excelSelvtest } from "../excel";
import { hostRequirementProblem } from "../excel";
import { watchDisponering } from "../excel";
import { refreshKeptFigures, runExclusive, today } from "../flows";

Office.onReady(() => {
  // Figures kept as values (HÅP's periods) follow the user's edits on Disponering while the pane is
  // open; without the pane the sheets say in red that they are out of date (docs/domain.md §7). The
  // refresh waits in the one queue of the add-in's actions, so it never runs beside a panel's action.
  if (hostRequirementProblem() === null) {
    // Hidden working copies a run could not delete (reported to the user then) go at the next start.
    void runExclusive(() => removeLeftoverSheetsSafe());
    void watchDisponering((changed) => runExclusive(() => refreshKeptFigures(excelWorkbook, { generatedOn: today(), changed }))).catch(() => undefined);
  }
  const root = createRoot(document.getElementById("root") as HTMLElement);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App workbook={excelWorkbook} hostProblem={hostRequirementProblem()} selvtest={excelSelvtest} />
    </FluentProvider>,
  );
});
