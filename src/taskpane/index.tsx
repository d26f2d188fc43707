// Task pane entry: wires the Excel adapter (the Workbook port) into the React app once Office is ready.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { excelWorkbook } from "../excel/workbook";
import { hostRequirementProblem } from "../excel/requirements";

Office.onReady(() => {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App workbook={excelWorkbook} hostProblem={hostRequirementProblem()} />
    </FluentProvider>,
  );
});
