// The worksheets that hold a case table, read once through the actions.
import * as React from "react";
import type { WorkbookActions } from "./actions";

export function useCaseSheets(actions: WorkbookActions): { sheets: string[]; error: string | null } {
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [error, setError] = React.useState<string | null>(null);
  React.useEffect(() => {
    let alive = true;
    if (!actions.listCaseSheets) return;
    actions.listCaseSheets().then(
      (s) => alive && setSheets(s),
      () => alive && setError("Arkene kunne ikke læses"),
    );
    return () => {
      alive = false;
    };
  }, [actions]);
  return { sheets, error };
}
