// Task pane entry: wires the Excel adapter (the Workbook port) into the React app once Office is ready.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { excelWorkbook, removeLeftoverSheetsSafe } from "../excel/workbook";
import { excelSelvtest } from "../excel/selvtest";
import { hostRequirementProblem } from "../excel/requirements";
import { watchDisponering } from "../excel/autoRefresh";
import { refreshKeptFigures, today } from "../flows";

Office.onReady(() => {
  // Figures kept as values (HÅP's periods) follow the user's edits on Disponering while the pane is
  // open; without the pane the sheets say in red that they are out of date (docs/domain.md §7).
  if (hostRequirementProblem() === null) {
    // Hidden working copies a run could not delete (reported to the user then) go at the next start.
    void removeLeftoverSheetsSafe();
    void watchDisponering((changed) => refreshKeptFigures(excelWorkbook, { generatedOn: today(), changed })).catch(() => undefined);
  }
  const root = createRoot(document.getElementById("root") as HTMLElement);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App workbook={excelWorkbook} hostProblem={hostRequirementProblem()} selvtest={excelSelvtest} />
    </FluentProvider>,
  );
});
