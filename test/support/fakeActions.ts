// A WorkbookActions test double: every action a panel does not use rejects, so a test states exactly
// which ones it expects to be called.
import type { WorkbookActions } from "../../src/taskpane/actions";

export function fakeActions(overrides: Partial<WorkbookActions> = {}): WorkbookActions {
  const unused = (name: string) => () => Promise.reject(new Error(`${name} bruges ikke i denne test`));
  return {
    workbookName: async () => "Test.xlsx",
    findTable: unused("findTable"),
    listTables: unused("listTables"),
    readTable: unused("readTable"),
    readSelection: unused("readSelection"),
    selectCell: unused("selectCell"),
    loadSetting: unused("loadSetting"),
    saveSetting: unused("saveSetting"),
    generateSheets: unused("generateSheets"),
    ...overrides,
  };
}
