// The worksheets that hold a case table, read through the flow again whenever the workbook may have
// changed (useWorkbookRevision); when there are none, why.
import * as React from "react";
import { findCaseSheets, type Workbook } from "../flows";
import { useWorkbookRevision } from "./useWorkbookRevision";
import { paneMsg } from "./messages";

export function useCaseSheets(workbook: Workbook): { sheets: string[]; error: string | null } {
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [error, setError] = React.useState<string | null>(null);
  const revision = useWorkbookRevision();
  React.useEffect(() => {
    let alive = true;
    findCaseSheets(workbook).then(
      (s) => {
        if (!alive) return;
        setSheets(s.sheets);
        setError(s.hint);
      },
      () => alive && setError(paneMsg.caseSheetsUnreadable),
    );
    return () => {
      alive = false;
    };
  }, [workbook, revision]);
  return { sheets, error };
}
