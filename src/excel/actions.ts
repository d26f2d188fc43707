// The task pane's WorkbookActions implemented with Excel.run.
import type { WorkbookActions } from "../taskpane/actions";
import { overviewActions } from "./overviewActions";

export const excelActions: WorkbookActions = {
  ...overviewActions,
  async workbookName() {
    return Excel.run(async (context) => {
      const wb = context.workbook;
      wb.load("name");
      await context.sync();
      return wb.name;
    });
  },
};
