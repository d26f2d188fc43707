// The worksheets that hold a case table, read once through the flow.
import * as React from "react";
import { listCaseSheets, type Workbook } from "../flows";

export function useCaseSheets(workbook: Workbook): { sheets: string[]; error: string | null } {
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [error, setError] = React.useState<string | null>(null);
  React.useEffect(() => {
    let alive = true;
    listCaseSheets(workbook).then(
      (s) => alive && setSheets(s),
      () => alive && setError("Arkene kunne ikke læses"),
    );
    return () => {
      alive = false;
    };
  }, [workbook]);
  return { sheets, error };
}
