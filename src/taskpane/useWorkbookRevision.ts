// The pane follows the workbook: a panel re-reads its lists (tables, case sheets, budget models) and
// its proposed budget year whenever the workbook may have changed under it — when its tab is shown,
// when the pane gets focus back from the grid, and after an action of the add-in that added sheets or
// tables. A panel opened before "Indsæt eksempeltabeller" then offers the example tables without
// being reopened. Re-reading on these moments needs no Excel event, so it works on every host.
import * as React from "react";

export interface WorkbookRevision {
  /** Grows whenever the workbook may have changed; lists depend on it. */
  revision: number;
  /** Says that the add-in itself changed the workbook's sheets or tables. */
  changed: () => void;
}

export const WorkbookRevisionContext = React.createContext<WorkbookRevision>({ revision: 0, changed: () => undefined });

/** The revision the panel's lists depend on. */
export function useWorkbookRevision(): number {
  return React.useContext(WorkbookRevisionContext).revision;
}

/** What an action calls after it added sheets or tables. */
export function useWorkbookChanged(): () => void {
  return React.useContext(WorkbookRevisionContext).changed;
}

/**
 * The App's source of revisions: bumped by the returned `changed`, by a change of tab (the caller
 * passes the selected panel) and by the pane's window getting focus back.
 */
export function useRevisionSource(selected: string): WorkbookRevision {
  const [revision, setRevision] = React.useState(0);
  const changed = React.useCallback(() => setRevision((r) => r + 1), []);
  const first = React.useRef(true);
  React.useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    changed();
  }, [selected, changed]);
  React.useEffect(() => {
    window.addEventListener("focus", changed);
    return () => window.removeEventListener("focus", changed);
  }, [changed]);
  return React.useMemo(() => ({ revision, changed }), [revision, changed]);
}
