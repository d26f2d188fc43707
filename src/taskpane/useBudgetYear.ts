// The budget year a panel proposes: the one rule of the flows (the year the workbook is working on,
// else this year), unless the caller fixes it. A year the user already typed is never replaced.
import * as React from "react";
import { defaultBudgetYear, type Workbook } from "../flows";
import { useWorkbookRevision } from "./useWorkbookRevision";

export function useBudgetYear(workbook: Workbook, given?: number, now?: Date): [string, (text: string) => void] {
  const [year, setYear] = React.useState(String(given ?? (now ?? new Date()).getFullYear()));
  const touched = React.useRef(false);
  // Asked again when the workbook may have changed: the example tables' Budget says 2025.
  const revision = useWorkbookRevision();
  React.useEffect(() => {
    if (given !== undefined) return;
    let alive = true;
    void defaultBudgetYear(workbook, now).then((y) => alive && !touched.current && setYear(String(y)));
    return () => {
      alive = false;
    };
    // `now` is read once: a new Date each render must not ask again.
  }, [workbook, given, revision]);
  const set = React.useCallback((text: string) => {
    touched.current = true;
    setYear(text);
  }, []);
  return [year, set];
}
